"""Question answering about the CNES press release on France - South Korea space cooperation.

>>> import qa
>>> qa.answer("Who leads CNES?").text
'Jean-Yves Le Gall is the President of CNES.'

The public names are imported on first use (PEP 562), so that `import qa` - and a one-shot `qa ask`, which needs
neither the pydantic models nor the knowledge loader when its index is cached - stays quick to start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from qa._version import __version__

if TYPE_CHECKING:
    from qa.api import answer
    from qa.conversation import Conversation
    from qa.errors import ExitCode, KnowledgeError, QAError
    from qa.knowledge import Knowledge, build_knowledge, load_knowledge
    from qa.models import Answer, Candidate, Decision, Entity, EntityType, Entry, Fact, Relation, SmallTalk

_HOMES = {
    "answer": "qa.api",
    "Conversation": "qa.conversation",
    "ExitCode": "qa.errors",
    "KnowledgeError": "qa.errors",
    "QAError": "qa.errors",
    "Knowledge": "qa.knowledge",
    "build_knowledge": "qa.knowledge",
    "load_knowledge": "qa.knowledge",
    **dict.fromkeys(
        ("Answer", "Candidate", "Decision", "Entity", "EntityType", "Entry", "Fact", "Relation", "SmallTalk"),
        "qa.models",
    ),
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
