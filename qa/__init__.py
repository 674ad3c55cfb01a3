"""Question answering about the CNES press release on France - South Korea space cooperation.

>>> import qa
>>> qa.answer("Who leads CNES?").text
'Jean-Yves Le Gall is the President of CNES.'
"""

from __future__ import annotations

from qa._version import __version__
from qa.api import answer
from qa.conversation import Conversation
from qa.errors import ExitCode, KnowledgeError, QAError
from qa.knowledge import Knowledge, build_knowledge, load_knowledge
from qa.models import Answer, Candidate, Decision, Entity, EntityType, Entry, Fact, Relation, SmallTalk

__all__ = [
    "Answer",
    "Candidate",
    "Conversation",
    "Decision",
    "Entity",
    "EntityType",
    "Entry",
    "ExitCode",
    "Fact",
    "Knowledge",
    "KnowledgeError",
    "QAError",
    "Relation",
    "SmallTalk",
    "__version__",
    "answer",
    "build_knowledge",
    "load_knowledge",
]
