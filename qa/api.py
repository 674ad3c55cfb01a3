"""`qa.answer`: one question, answered statelessly."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qa.conversation import (
    Conversation,
    asks_before_or_after,
    asks_mentioned_date,
    split_checked_claim,
    split_compared,
    split_composed,
    split_dashed,
)
from qa.engine import MAX_QUESTION_CHARS
from qa.engines import engine_for
from qa.models import Answer

if TYPE_CHECKING:
    from qa.knowledge import Knowledge


def answer(question: str, knowledge: Knowledge | str | Path | None = None) -> Answer:
    """Answer one question, statelessly, from the built-in knowledge or the one given."""
    # The engine first: loading a cached index also readies the patterns the splitting below uses (`qa.patterns`).
    engine = engine_for(knowledge)
    shaped = engine.analyzer.respelt(question) if isinstance(question, str) else question
    if (
        isinstance(question, str)
        and len(question) <= MAX_QUESTION_CHARS
        and (
            split_composed(shaped)
            or split_compared(shaped)
            or split_dashed(shaped)
            or split_checked_claim(shaped)
            or asks_before_or_after(shaped)
            or asks_mentioned_date(shaped)
        )
    ):
        # Two questions in one ("Who organised the forum, and where was it held?", "Which came first, the forum or
        # the visit?", "Did the visit come before or after the forum?"): answered as in a conversation of its own.
        return Answer.from_reply(Conversation(knowledge).reply(question))
    return Answer.from_reply(engine.reply(question))
