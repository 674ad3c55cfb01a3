"""One engine per knowledge store. A store in a directory - the built-in one, or one named by path - is indexed
once and kept on disk (`qa.cache`), so later runs load it instead of indexing again; a `Knowledge` built or
loaded by the caller gets its engine on first use, dropped with the store.

Free of pydantic at import time: a one-shot `qa ask` whose index is cached never loads the knowledge models.
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from qa import cache
from qa.engine import Engine
from qa.paths import builtin_knowledge_dir

if TYPE_CHECKING:
    from qa.knowledge import Knowledge

_lock = threading.Lock()
# Engines for stores given as objects are dropped with the store; the built-in one lives for the process.
_engines: weakref.WeakKeyDictionary[Knowledge, Engine] = weakref.WeakKeyDictionary()
_builtin: list[Engine] = []
# Stores given by directory: the fingerprint they were indexed at, and their engine.
_by_directory: dict[Path, tuple[bytes, Engine]] = {}


def _directory_engine(directory: Path, stamp: bytes) -> Engine:
    """The engine for a knowledge directory: from the on-disk cache when it is current, else built and cached."""
    engine = cache.load(directory, stamp)
    if engine is None:
        from qa.knowledge import load_knowledge  # only when building: it brings in the pydantic models

        engine = Engine(load_knowledge(directory))
        cache.save(engine, directory, stamp)
    return engine


def engine_for(knowledge: object = None) -> Engine:
    """The engine for a knowledge store: None for the built-in one, a directory path, or a `Knowledge`."""
    with _lock:
        if knowledge is None:
            if not _builtin:
                directory = builtin_knowledge_dir()
                _builtin.append(_directory_engine(directory, cache.fingerprint(directory)))
            return _builtin[0]
        if isinstance(knowledge, (str, Path)):
            # Checked on every call (a few file stats), so an edited directory is indexed again.
            directory = Path(knowledge).resolve()
            stamp = cache.fingerprint(directory) if directory.is_dir() else b""
            known = _by_directory.get(directory)
            if known is None or known[0] != stamp or not stamp:
                known = _by_directory[directory] = (stamp, _directory_engine(directory, stamp))
            return known[1]
        from qa.knowledge import Knowledge  # a store given by the caller: the models are loaded already

        if not isinstance(knowledge, Knowledge):
            raise TypeError("knowledge must be a Knowledge (from qa.load_knowledge), a directory path, or None")
        engine = _engines.get(knowledge)
        if engine is None:
            engine = _engines[knowledge] = Engine(knowledge)
        return engine
