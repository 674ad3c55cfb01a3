"""The public functions behind `qa.answer`, `qa.load_knowledge` and `qa.Conversation`."""

from __future__ import annotations

import threading
import weakref
from pathlib import Path

from qa.engine import Engine
from qa.knowledge import Knowledge, load_knowledge
from qa.models import Answer

_lock = threading.Lock()
# Engines are built once per knowledge store and dropped with it; the built-in one lives for the process.
_engines: weakref.WeakKeyDictionary[Knowledge, Engine] = weakref.WeakKeyDictionary()
_builtin: list[Knowledge] = []


def engine_for(knowledge: object = None) -> Engine:
    """The engine for a knowledge store (the built-in one, loaded and indexed once, when None)."""
    with _lock:
        if knowledge is None:
            if not _builtin:
                _builtin.append(load_knowledge())
            knowledge = _builtin[0]
        elif isinstance(knowledge, (str, Path)):
            knowledge = load_knowledge(knowledge)
        if not isinstance(knowledge, Knowledge):
            raise TypeError("knowledge must be a Knowledge (from qa.load_knowledge), a directory path, or None")
        engine = _engines.get(knowledge)
        if engine is None:
            engine = _engines[knowledge] = Engine(knowledge)
        return engine


def answer(question: str, knowledge: Knowledge | str | Path | None = None) -> Answer:
    """Answer one question, statelessly, from the built-in knowledge or the one given."""
    return engine_for(knowledge).answer(question)
