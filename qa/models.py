"""Pydantic models for every boundary: the knowledge files on disk and the answers handed to callers.

Knowledge models forbid unknown fields so that a typo in a hand-edited TOML file is an error, not a silently
ignored key.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from qa.kinds import Decision, EntityType, MatchKind
from qa.reply import Reply

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    # defer_build: validators are made on first use, so a run that finds its index cached never pays for them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Entity(_Strict):
    """Something the release names: a person, organisation, programme, event, place (a city is its own type, so
    that "which city" can tell Paris from France) or date."""

    id: Id
    name: Text
    type: EntityType
    aliases: list[Text] = Field(default_factory=list)


class Relation(_Strict):
    """A kind of link between two things, with the wordings used to ask about it in either direction.

    `ask` templates use {subject}; `ask_inverse` use {object}; `answer` may use both.
    """

    id: Id
    answer: Text
    ask: list[Text] = Field(min_length=1)
    ask_inverse: list[Text] = Field(default_factory=list)
    # For roles (president, head): nouns naming the role, so that "the CNES president" is read as the person.
    role_words: list[Text] = Field(default_factory=list)


class Fact(_Strict):
    """A subject - relation - object triple resting on verbatim evidence from the release."""

    id: Id
    subject: Id
    relation: Id
    object: Id
    evidence: list[Text] = Field(min_length=1)
    # Extra ways to ask for this fact that the relation's templates cannot express ("When did Le Gall visit Korea?").
    phrasings: list[Text] = Field(default_factory=list)
    # Overrides the relation's answer template where the release words this fact its own way.
    answer: Text | None = None


class Entry(_Strict):
    """A curated question with its alternate phrasings, a concise answer and the release sentences it rests on."""

    id: Id
    question: Text
    phrasings: list[Text] = Field(min_length=5)
    answer: Text
    evidence: list[Text] = Field(min_length=1)
    subjects: list[Id] = Field(default_factory=list)
    tags: list[Id] = Field(default_factory=list)
    related: list[Id] = Field(default_factory=list)
    # Context a reader needs that the release itself leaves out; always shown marked as not from the release.
    context: Text | None = None
    # The answer says what the release leaves out ("The release does not give the year; ..."): it is returned as
    # a decline, so that callers see `answered` False; its evidence anchors what the release does say.
    declines: bool = False


class SmallTalk(_Strict):
    """Greetings, thanks, help and goodbye: answered briefly, never from the release."""

    id: Id
    phrasings: list[Text] = Field(min_length=1)
    answer: Text


class Synonyms(_Strict):
    """Words and phrases that mean the same in questions about this knowledge: each maps onto its key."""

    groups: dict[Id, list[Text]] = Field(default_factory=dict)


class EnglishLexicon(BaseModel):
    """The general-English data file `qa/data/english.toml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    filler: list[str]
    filler_phrases: list[str]
    asides: list[str]
    shorthand: dict[str, str]
    attributes: list[str]
    measures: list[str]
    variants: list[list[str]]
    name_heads: list[str]
    question: dict[str, list[str]]
    synonyms: dict[str, list[str]]
    # Real organisations a question may name, which are never a slip for a name the knowledge has ("CNRS" is not
    # "CNES", "KASA" not "KASS"): unless the knowledge names them itself, they are unknown names.
    other_names: list[str] = []
    # Countries and worlds whose names are English words too ("china", "mars"): written in small letters, a question
    # naming one is still no figure of speech.
    other_places: list[str] = []
    # The world's countries: a place a claim offers that is one needs no city in the answer ("Was Le Gall in Japan
    # in July?" is answered by the country he was in).
    countries: list[str] = []
    # Words by which the asker addresses the bot, English words all the same ("Who heads the KMA, love?"): after a
    # comma at the end, or called out before the question, they ask nothing.
    vocatives: list[str] = []
    # Greetings in English words, called out before the question ("Good afternoon. Who is CNES's president?"): they
    # ask nothing there, though the same words quoted may be what is asked ("How do you say 'good morning'?").
    greetings: list[str] = []


class EntitiesFile(_Strict):
    entity: list[Entity] = Field(default_factory=list)


class RelationsFile(_Strict):
    relation: list[Relation] = Field(default_factory=list)


class FactsFile(_Strict):
    fact: list[Fact] = Field(default_factory=list)


class EntriesFile(_Strict):
    entry: list[Entry] = Field(default_factory=list)


class SmallTalkFile(_Strict):
    smalltalk: list[SmallTalk] = Field(default_factory=list)


class Candidate(BaseModel):
    """One scored candidate behind an answer, for the "why this answer" trace."""

    model_config = ConfigDict(frozen=True)

    target: str
    kind: MatchKind
    phrasing: str
    score: float


class Answer(BaseModel):
    """What `qa.answer` and `Conversation.ask` return."""

    model_config = ConfigDict(frozen=True)

    question: str
    answered: bool
    text: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    match: str | None = None
    kind: MatchKind = "none"
    decision: Decision = Decision.DECLINE
    context: str | None = None
    related: list[str] = Field(default_factory=list)
    # The question as the engine understood it after follow-up resolution (equal to `question` when standalone).
    resolved: str = ""
    matched_words: list[str] = Field(default_factory=list)
    unknown_words: list[str] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    # The answer without the release's words `text` ends with, for a layout that shows `evidence` apart.
    brief: str = ""

    @classmethod
    def from_reply(cls, reply: Reply) -> Answer:
        """The validated answer for the engine's reply (field by field: `dataclasses.asdict` deep-copies, which
        cost more than the whole validation)."""
        data = {name: getattr(reply, name) for name in _REPLY_FIELDS}
        data["candidates"] = [
            {"target": c.target, "kind": c.kind, "phrasing": c.phrasing, "score": c.score} for c in reply.candidates
        ]
        return cls.model_validate(data)

    @model_validator(mode="after")
    def _declines_have_no_evidence(self) -> Answer:
        if not self.answered and self.evidence:
            raise ValueError("a declined answer carries no evidence")
        return self


_REPLY_FIELDS = tuple(f.name for f in fields(Reply))

__all__ = [
    "Answer",
    "Candidate",
    "Decision",
    "EnglishLexicon",
    "Entity",
    "EntityType",
    "Entry",
    "Fact",
    "MatchKind",
    "Relation",
    "SmallTalk",
    "Synonyms",
]
