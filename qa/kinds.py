"""The small vocabularies shared by the engine and the public models: kinds of entity, of match and of decision.

Kept apart from `qa.models` (pydantic) so that the engine, which a one-shot `qa ask` loads from its cache, imports no
model machinery.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class EntityType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PROGRAMME = "programme"
    EVENT = "event"
    PLACE = "place"
    CITY = "city"  # a place that answers "which city" ("Paris"; not "France")
    DATE = "date"


class Decision(StrEnum):
    """The three-way outcome of matching a question."""

    ANSWER = "answer"
    CLARIFY = "clarify"
    DECLINE = "decline"


MatchKind = Literal["entry", "fact", "smalltalk", "none"]

# The kinds of term a question is read into (see `qa.analysis`): an entity, a question marker, a synonym group, a
# plain word (its stem) and an unknown word.
ENTITY, QUESTION, SYNONYM, WORD, UNKNOWN = "@", "?", "~", "", "!"
