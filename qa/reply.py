"""What the engine decides for one question, as plain data.

`qa.Answer` (pydantic, validated) is what callers get; it is made from a `Reply`. The engine and the one-shot
`qa ask` path work on replies so that they never pay for importing and building pydantic models (issue: start-up).
"""

from __future__ import annotations

from dataclasses import dataclass

from qa.kinds import Decision, MatchKind


@dataclass(frozen=True, slots=True)
class ReplyCandidate:
    """One scored candidate behind a reply, for the "why this answer" trace."""

    target: str
    kind: MatchKind
    phrasing: str
    score: float


@dataclass(frozen=True, slots=True)
class Reply:
    """The engine's reply to one question; the fields are those of `qa.Answer`."""

    question: str
    answered: bool
    text: str
    confidence: float
    evidence: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    match: str | None = None
    kind: MatchKind = "none"
    decision: Decision = Decision.DECLINE
    context: str | None = None
    related: tuple[str, ...] = ()
    resolved: str = ""
    matched_words: tuple[str, ...] = ()
    unknown_words: tuple[str, ...] = ()
    candidates: tuple[ReplyCandidate, ...] = ()
    brief: str = ""  # an answer's text without the release's words it quotes (`text` ends with them)
