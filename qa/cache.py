"""A prepared index kept on disk, so that a one-shot `qa ask` does not rebuild it on every run.

The cache lives in `$QA_CACHE_DIR`, else `$XDG_CACHE_HOME/qa`, else `~/.cache/qa`. A cached index is used only when
its fingerprint matches: the package and Python versions and the name, size and modification time of every file of the
knowledge directory and of the package itself, so editing the knowledge or upgrading `qa` invalidates it. The file
starts with the whole fingerprint, compared exactly; its name is a checksum of the directory's path, so each
directory has one file, and at most `MAX_FILES` are kept. Any problem reading or writing the cache is ignored: the
index is then simply built. After the index, the file keeps the compiled programs of the package's regular
expressions (see `qa.patterns`), which a one-shot question would otherwise spend most of its time compiling.

Loading it is on the path of every one-shot `qa ask`, so this module imports only what loading needs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import zlib
from pathlib import Path

from qa import patterns
from qa._version import __version__
from qa.engine import Engine, collector_paused

CACHE_ENV = "QA_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "qa"


def fingerprint(knowledge_dir: Path) -> bytes:
    """What the prepared index depends on: one line naming the version and every file with its size and time."""
    parts = [__version__, sys.version]
    for root in (knowledge_dir.resolve(), _PACKAGE):
        parts.append(str(root))
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            stat = path.stat()
            parts.append(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\0".join(parts).encode("utf-8", "surrogateescape").replace(b"\n", b"\\n")


MAX_FILES = 8  # cached indexes kept, one per knowledge directory; the least recently written go first


def _path(knowledge_dir: Path) -> Path:
    """One file per knowledge directory: a new index of the same directory replaces the old one."""
    return (
        cache_dir() / f"index-{zlib.crc32(str(knowledge_dir.resolve()).encode('utf-8', 'surrogateescape')):08x}.pickle"
    )


def load(knowledge_dir: Path, stamp: bytes | None = None) -> Engine | None:
    """The cached engine for `knowledge_dir`, or None when there is none that fits. `stamp`: its fingerprint,
    when the caller has it already."""
    try:
        if stamp is None:
            stamp = fingerprint(knowledge_dir)
        with _path(knowledge_dir).open("rb") as file:
            if file.readline() != stamp + b"\n":
                return None
            with collector_paused():
                engine = pickle.load(file)
                kept = pickle.load(file)
    except Exception:
        return None
    if not isinstance(engine, Engine):
        return None
    if isinstance(kept, dict):
        patterns.install(kept)
    return engine


def save(engine: Engine, knowledge_dir: Path, stamp: bytes | None = None) -> None:
    """Keep `engine` for the next run; written atomically, owner-only, errors ignored."""
    import tempfile  # saving happens only after a build, which dwarfs this import

    with contextlib.suppress(Exception):
        if stamp is None:
            stamp = fingerprint(knowledge_dir)
        target = _path(knowledge_dir)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        others = sorted(target.parent.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in others if p != target][MAX_FILES - 1 :]:
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as file:
            file.write(stamp + b"\n")
            with collector_paused():
                pickle.dump(engine, file, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(patterns.programs(), file, protocol=pickle.HIGHEST_PROTOCOL)
        Path(file.name).replace(target)
