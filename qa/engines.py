"""One engine per knowledge store: the built-in one loaded from the on-disk cache or built once, others built on
first use and dropped with their store.

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
# Engines are built once per knowledge store and dropped with it; the built-in one lives for the process.
_engines: weakref.WeakKeyDictionary[Knowledge, Engine] = weakref.WeakKeyDictionary()
_builtin: list[Engine] = []


def _builtin_engine() -> Engine:
    """The built-in knowledge's engine: from the on-disk cache when it is current, else built and cached."""
    directory = builtin_knowledge_dir()
    engine = cache.load(directory)
    if engine is None:
        from qa.knowledge import load_knowledge  # only when building: it brings in the pydantic models

        engine = Engine(load_knowledge(directory))
        cache.save(engine, directory)
    return engine


def engine_for(knowledge: object = None) -> Engine:
    """The engine for a knowledge store (the built-in one, loaded and indexed once, when None)."""
    with _lock:
        if knowledge is None:
            if not _builtin:
                _builtin.append(_builtin_engine())
            return _builtin[0]
        from qa.knowledge import Knowledge, load_knowledge  # a store given by the caller: the models are needed

        if isinstance(knowledge, (str, Path)):
            knowledge = load_knowledge(knowledge)
        if not isinstance(knowledge, Knowledge):
            raise TypeError("knowledge must be a Knowledge (from qa.load_knowledge), a directory path, or None")
        engine = _engines.get(knowledge)
        if engine is None:
            engine = _engines[knowledge] = Engine(knowledge)
        return engine
