"""`qa.answer`: one question, answered statelessly."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qa.engines import engine_for
from qa.models import Answer

if TYPE_CHECKING:
    from qa.knowledge import Knowledge


def answer(question: str, knowledge: Knowledge | str | Path | None = None) -> Answer:
    """Answer one question, statelessly, from the built-in knowledge or the one given."""
    return Answer.from_reply(engine_for(knowledge).reply(question))
