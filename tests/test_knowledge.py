"""Loading a knowledge directory: every way to break one is a `KnowledgeError` naming the file, entry and field.

Each case copies the built-in knowledge into a temporary directory, breaks exactly one thing, and states which
fragments the one-line error message must contain.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import qa
from qa.paths import builtin_knowledge_dir

Break = Callable[[Path], None]
Value = str | list[str]

COPY_NAME = "broken-knowledge"

# A valid entry to append to entries.toml; each case changes or drops one of its fields.
GOOD_ENTRY: dict[str, Value] = {
    "id": "extra-entry",
    "question": "What was Jean-Yves Le Gall's title?",
    "phrasings": [
        "What title did Jean-Yves Le Gall hold?",
        "Le Gall's title",
        "What office did Le Gall have?",
        "Jean-Yves Le Gall position at CNES",
        "Which post did Le Gall occupy?",
    ],
    "answer": "CNES President.",
    "evidence": ["CNES President Jean-Yves Le Gall"],
}

GOOD_FACT: dict[str, Value] = {
    "id": "extra-fact",
    "subject": "cnes",
    "relation": "president",
    "object": "le-gall",
    "evidence": ["CNES President Jean-Yves Le Gall"],
}

GOOD_SMALLTALK: dict[str, Value] = {
    "id": "extra-smalltalk",
    "phrasings": ["salut"],
    "answer": "Hello!",
}


def _toml_value(value: Value) -> str:
    # A JSON string is a valid TOML basic string (same escapes), so json.dumps serialises both.
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in value) + "]"


def _table(name: str, base: dict[str, Value], changes: dict[str, Value | None]) -> str:
    """One `[[name]]` block: `base` with `changes` applied, a None change dropping the field."""
    fields = {**base, **changes}
    lines = [f"[[{name}]]"] + [f"{key} = {_toml_value(value)}" for key, value in fields.items() if value is not None]
    return "\n\n" + "\n".join(lines) + "\n"


def entry(**changes: Value | None) -> str:
    return _table("entry", GOOD_ENTRY, changes)


def fact(**changes: Value | None) -> str:
    return _table("fact", GOOD_FACT, changes)


def smalltalk(**changes: Value | None) -> str:
    return _table("smalltalk", GOOD_SMALLTALK, changes)


def append(name: str, text: str) -> Break:
    def apply(directory: Path) -> None:
        with (directory / name).open("a", encoding="utf-8") as file:
            file.write(text)

    return apply


def overwrite(name: str, data: bytes) -> Break:
    def apply(directory: Path) -> None:
        (directory / name).write_bytes(data)

    return apply


def remove(name: str) -> Break:
    def apply(directory: Path) -> None:
        (directory / name).unlink()

    return apply


def replace_with_directory(name: str) -> Break:
    """A path that exists but cannot be read as a file (readable or not, root or not)."""

    def apply(directory: Path) -> None:
        (directory / name).unlink()
        (directory / name).mkdir()

    return apply


def remove_directory(directory: Path) -> None:
    shutil.rmtree(directory)


@dataclass(frozen=True)
class Case:
    """One way to break a knowledge directory, and the fragments the error message must contain."""

    name: str
    breakage: Break
    names: tuple[str, ...]

    def __str__(self) -> str:
        return self.name


BROKEN = [
    Case("invalid-toml-syntax", append("entries.toml", "\n[[entry]\n"), ("entries.toml", "invalid TOML")),
    Case(
        "missing-required-field",
        append("entries.toml", entry(answer=None)),
        ("entries.toml", "entry 'extra-entry'", "field 'answer'", "field required"),
    ),
    Case(
        "wrong-typed-field",
        append("entries.toml", entry(phrasings="x")),
        ("entries.toml", "entry 'extra-entry'", "field 'phrasings'", "valid list"),
    ),
    Case(
        "unknown-field",
        append("entries.toml", entry(answr="CNES President.")),
        ("entries.toml", "entry 'extra-entry'", "field 'answr'", "extra inputs are not permitted"),
    ),
    Case(
        "fewer-than-five-phrasings",
        append("entries.toml", entry(phrasings=["one", "two", "three", "four"])),
        ("entries.toml", "entry 'extra-entry'", "field 'phrasings'", "at least 5"),
    ),
    Case(
        "duplicate-entry-id",
        append("entries.toml", entry(id="release-topic")),
        ("entries.toml", "entry 'release-topic'", "field 'id'", "duplicate id"),
    ),
    Case(
        "duplicate-smalltalk-id",
        append("smalltalk.toml", smalltalk(id="greeting")),
        ("smalltalk.toml", "entry 'greeting'", "field 'id'", "duplicate id"),
    ),
    Case(
        "evidence-not-in-source",
        append("entries.toml", entry(evidence=["CNES President Jean-Yves Le Gall went to the Moon"])),
        ("entries.toml", "entry 'extra-entry'", "field 'evidence.0'", "not found verbatim"),
    ),
    Case(
        "fact-names-unknown-entity",
        append("facts.toml", fact(subject="atlantis")),
        ("facts.toml", "entry 'extra-fact'", "field 'subject'", "unknown entity 'atlantis'"),
    ),
    Case(
        "fact-names-unknown-relation",
        append("facts.toml", fact(relation="emperor")),
        ("facts.toml", "entry 'extra-fact'", "field 'relation'", "unknown relation 'emperor'"),
    ),
    Case(
        "entry-unknown-subject",
        append("entries.toml", entry(subjects=["atlantis"])),
        ("entries.toml", "entry 'extra-entry'", "field 'subjects'", "unknown entity 'atlantis'"),
    ),
    Case(
        "entry-unknown-related",
        append("entries.toml", entry(related=["no-such-entry"])),
        ("entries.toml", "entry 'extra-entry'", "field 'related'", "unknown related entry 'no-such-entry'"),
    ),
    # entries.toml is the one required TOML file ("a knowledge directory needs entries"); an empty one has none.
    Case("empty-entries-file", overwrite("entries.toml", b""), ("entries.toml",)),
    Case(
        "invalid-utf8",
        overwrite("entities.toml", b'[[entity]]\nid = "caf\xe9"\n'),
        ("entities.toml", "not valid UTF-8"),
    ),
    Case("missing-release", remove("release.txt"), ("release.txt", "missing")),
    Case("blank-release", overwrite("release.txt", b" \n\n "), ("release.txt", "empty")),
    Case("missing-entries-file", remove("entries.toml"), ("entries.toml", "missing")),
    Case("file-is-a-directory", replace_with_directory("facts.toml"), ("facts.toml", "cannot read")),
    Case("directory-does-not-exist", remove_directory, (COPY_NAME, "not a knowledge directory")),
]


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A private, writable copy of the built-in knowledge, for one test to break."""
    copy = tmp_path / COPY_NAME
    shutil.copytree(builtin_knowledge_dir(), copy)
    return copy


def load_error(directory: Path) -> qa.KnowledgeError:
    with pytest.raises(qa.KnowledgeError) as caught:
        qa.load_knowledge(directory)
    return caught.value


def test_builtin_knowledge_loads_with_more_than_fifty_entries() -> None:
    assert len(qa.load_knowledge().entries) > 50


def test_an_untouched_copy_loads(knowledge_copy: Path) -> None:
    assert len(qa.load_knowledge(knowledge_copy).entries) == len(qa.load_knowledge().entries)


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_broken_knowledge_error_names_file_entry_and_field(knowledge_copy: Path, case: Case) -> None:
    case.breakage(knowledge_copy)
    message = str(load_error(knowledge_copy))
    assert [name for name in case.names if name not in message] == [], message


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_broken_knowledge_error_is_one_line(knowledge_copy: Path, case: Case) -> None:
    case.breakage(knowledge_copy)
    assert "\n" not in str(load_error(knowledge_copy))


@pytest.mark.parametrize("name", ["release.txt", "entries.toml", "facts.toml"])
def test_unreadable_file_is_named(knowledge_copy: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root (CI runs as root), so the permission error is raised where the file is read.
    path = knowledge_copy / name
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    message = str(load_error(knowledge_copy))
    assert name in message
    assert "cannot read" in message


def test_knowledge_error_is_a_qa_error_with_exit_status_3(knowledge_copy: Path) -> None:
    remove("release.txt")(knowledge_copy)
    error = load_error(knowledge_copy)
    assert isinstance(error, qa.QAError)
    assert error.exit_code == qa.ExitCode.KNOWLEDGE
