"""A prepared index kept on disk, so that a one-shot `qa ask` does not rebuild it on every run.

The cache lives in `$QA_CACHE_DIR`, else `$XDG_CACHE_HOME/qa`, else `~/.cache/qa`. A cached index is used only when
its fingerprint matches: the package version and the name, size and modification time of every file of the
knowledge directory and of the package itself, so editing the knowledge or upgrading `qa` invalidates it. Any
problem reading or writing the cache is ignored: the index is then simply built.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from qa._version import __version__
from qa.engine import Engine

CACHE_ENV = "QA_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "qa"


def fingerprint(knowledge_dir: Path) -> str:
    """What the prepared index depends on, hashed."""
    digest = hashlib.sha256(__version__.encode())
    for root in (knowledge_dir.resolve(), _PACKAGE):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _path(knowledge_dir: Path) -> Path:
    return cache_dir() / f"index-{fingerprint(knowledge_dir)}.pickle"


def load(knowledge_dir: Path) -> Engine | None:
    """The cached engine for `knowledge_dir`, or None when there is none that fits."""
    try:
        with _path(knowledge_dir).open("rb") as file:
            engine = pickle.load(file)
    except Exception:
        return None
    return engine if isinstance(engine, Engine) else None


def save(engine: Engine, knowledge_dir: Path) -> None:
    """Keep `engine` for the next run; written atomically, owner-only, errors ignored."""
    with contextlib.suppress(Exception):
        target = _path(knowledge_dir)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in target.parent.glob("index-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as file:
            pickle.dump(engine, file, protocol=pickle.HIGHEST_PROTOCOL)
        Path(file.name).replace(target)
