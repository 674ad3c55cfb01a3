"""The package's own exceptions and the exit codes the command line maps them to.

Everything a user can cause (a broken knowledge directory, an unreadable file) is a `QAError`; the CLI turns it into
one line and an exit status in a single place (`qa.cli.main`).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit statuses of the `qa` command, documented in the README."""

    OK = 0
    DECLINED = 1  # `qa ask`: the bot did not answer; `qa check`: the knowledge has errors
    USAGE = 2
    KNOWLEDGE = 3  # the knowledge directory could not be loaded
    INTERRUPTED = 130


class QAError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = ExitCode.KNOWLEDGE


class KnowledgeError(QAError):
    """A knowledge directory that cannot be used: names the file and, where known, the entry and field."""

    def __init__(self, path: Path | str, message: str, *, entry: str | None = None, field: str | None = None) -> None:
        self.path = Path(path)
        self.entry = entry
        self.field = field
        self.message = message
        where = str(self.path)
        if entry is not None:
            where += f": entry {entry!r}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")
