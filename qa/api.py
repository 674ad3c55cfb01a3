"""The public functions behind `qa.answer`, `qa.load_knowledge` and `qa.Conversation`."""

from __future__ import annotations

import threading
from pathlib import Path

from qa.engine import Engine
from qa.knowledge import Knowledge, load_knowledge
from qa.models import Answer

_lock = threading.Lock()
_builtin: Engine | None = None
_engines: dict[int, Engine] = {}


def engine_for(knowledge: object = None) -> Engine:
    """The engine for a knowledge store (the built-in one, loaded and indexed once, when None)."""
    global _builtin
    if knowledge is None:
        if _builtin is None:
            with _lock:
                if _builtin is None:
                    _builtin = Engine(load_knowledge())
        return _builtin
    if isinstance(knowledge, (str, Path)):
        knowledge = load_knowledge(knowledge)
    if not isinstance(knowledge, Knowledge):
        raise TypeError("knowledge must be a Knowledge (from qa.load_knowledge), a directory path, or None")
    with _lock:
        engine = _engines.get(id(knowledge))
        if engine is None or engine.knowledge is not knowledge:
            engine = Engine(knowledge)
            _engines[id(knowledge)] = engine
        return engine


def answer(question: str, knowledge: Knowledge | str | Path | None = None) -> Answer:
    """Answer one question, statelessly, from the built-in knowledge or the one given."""
    return engine_for(knowledge).answer(question)
