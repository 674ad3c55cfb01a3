"""The package version, in one place for the CLI, the cache fingerprint and the build."""

__version__ = "0.1.0"
