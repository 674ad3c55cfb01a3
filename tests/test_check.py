"""The knowledge checker behind `qa check`: each kind of error it reports, the coverage of the source, the report.

The built-in knowledge must pass with full coverage. Every other case runs on a tiny knowledge directory written from
scratch (a three-sentence release, two of them cited), so that counts and coverage are known exactly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from qa.check import CheckReport, check, render
from qa.knowledge import read_knowledge
from qa.paths import builtin_knowledge_dir

CITED_BY_ENTRY = "Acme Rockets opened a launch site in Kourou."
CITED_BY_FACT = "The site was built by Jane Doe."
UNCITED = "The first launch is planned for May."

TINY: dict[str, str] = {
    "release.txt": f"{CITED_BY_ENTRY} {CITED_BY_FACT}\n{UNCITED}\n",
    "entities.toml": """
[[entity]]
id = "acme"
name = "Acme Rockets"
type = "organisation"
aliases = ["Acme"]

[[entity]]
id = "jane-doe"
name = "Jane Doe"
type = "person"

[[entity]]
id = "kourou"
name = "Kourou"
type = "city"
""",
    "relations.toml": """
[[relation]]
id = "builder"
answer = "{object} built the launch site in {subject}."
ask = ["who built the site in {subject}", "who constructed the site in {subject}"]
""",
    "facts.toml": """
[[fact]]
id = "kourou-builder"
subject = "kourou"
relation = "builder"
object = "jane-doe"
evidence = ["The site was built by Jane Doe."]
""",
    "entries.toml": """
[[entry]]
id = "acme-site"
question = "Where did Acme Rockets open a launch site?"
phrasings = [
  "Where is the Acme launch site?",
  "Acme site location",
  "In which town did Acme open its launch site?",
  "where does acme launch from",
  "location of the acme launch site",
]
answer = "Acme Rockets opened a launch site in Kourou."
evidence = ["Acme Rockets opened a launch site in Kourou."]
subjects = ["acme", "kourou"]
""",
    "smalltalk.toml": """
[[smalltalk]]
id = "greeting"
phrasings = ["hello", "hi", "hello rocket fans"]
answer = "Hello!"
""",
}

LAUNCH_DATE_PHRASINGS = [
    "When is the first launch?",
    "first launch date",
    "When will the first launch happen?",
    "launch month",
    "In which month is the first launch?",
]


def launch_date_entry(
    *,
    entry_id: str = "launch-date",
    phrasings: Sequence[str] = LAUNCH_DATE_PHRASINGS,
    evidence: str = UNCITED,
    subjects: Sequence[str] = (),
) -> str:
    """An entry citing the uncited sentence, as TOML to append to entries.toml."""
    return f"""
[[entry]]
id = {json.dumps(entry_id)}
question = "When is the first launch planned?"
phrasings = {json.dumps(list(phrasings))}
answer = "The first launch is planned for May."
evidence = {json.dumps([evidence])}
subjects = {json.dumps(list(subjects))}
"""


# A phrasing small talk matches literally: small talk claims it before the entry's own phrasings are scored.
CLAIMED_BY_SMALLTALK = ["hello rocket fans", *LAUNCH_DATE_PHRASINGS[1:]]

ACME_SITE_COPY = """
[[entry]]
id = "acme-site-copy"
question = "Where did Acme Rockets open its launch site?"
phrasings = [
  "Where is the Acme launch site?",
  "Acme site location",
  "In which town did Acme open its launch site?",
  "where does acme launch from",
  "location of the acme launch site",
]
answer = "Somewhere else entirely."
evidence = ["Acme Rockets opened a launch site in Kourou."]
"""

BAD_RELATION_FACT = """
[[fact]]
id = "bad-fact"
subject = "kourou"
relation = "sank"
object = "jane-doe"
evidence = ["The site was built by Jane Doe."]
"""


@dataclass(frozen=True)
class Breakage:
    """TOML appended to one file of the tiny knowledge, the kind of error it causes and the entry reported."""

    name: str
    file: str
    text: str
    kind: str
    entry: str

    def __str__(self) -> str:
        return self.name


BROKEN = [
    Breakage("duplicate", "entries.toml", launch_date_entry(entry_id="acme-site"), "duplicate", "acme-site"),
    Breakage(
        "evidence",
        "entries.toml",
        launch_date_entry(evidence="The first launch is planned for June."),
        "evidence",
        "launch-date",
    ),
    Breakage("unknown-entity", "entries.toml", launch_date_entry(subjects=["atlantis"]), "reference", "launch-date"),
    Breakage("unknown-relation", "facts.toml", BAD_RELATION_FACT, "reference", "bad-fact"),
    # Near-identical phrasings, different answers: the check reports the first entry of the pair.
    Breakage("conflict", "entries.toml", ACME_SITE_COPY, "conflict", "acme-site"),
    Breakage(
        "retrieval", "entries.toml", launch_date_entry(phrasings=CLAIMED_BY_SMALLTALK), "retrieval", "launch-date"
    ),
]


def write_tiny(directory: Path) -> Path:
    directory.mkdir()
    for name, text in TINY.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as file:
        file.write(text)


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tiny(tmp_path / "tiny")


@pytest.fixture(scope="module")
def builtin_report() -> CheckReport:
    return check(read_knowledge(builtin_knowledge_dir()))


# --- the built-in knowledge -------------------------------------------------------------------------------------


def test_builtin_knowledge_has_no_errors(builtin_report: CheckReport) -> None:
    assert [str(issue) for issue in builtin_report.errors] == []


def test_builtin_knowledge_is_ok(builtin_report: CheckReport) -> None:
    assert builtin_report.ok


def test_builtin_knowledge_cites_every_sentence(builtin_report: CheckReport) -> None:
    assert builtin_report.coverage.uncited == []
    assert builtin_report.coverage.share == 1.0


def test_builtin_release_has_fifteen_sentences_including_two_title_lines(builtin_report: CheckReport) -> None:
    assert builtin_report.coverage.sentences == 15


# --- errors -------------------------------------------------------------------------------------------------------


def test_tiny_knowledge_has_no_errors(tiny: Path) -> None:
    assert [str(issue) for issue in check(read_knowledge(tiny)).errors] == []


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_each_kind_of_error_is_reported_against_its_entry(tiny: Path, case: Breakage) -> None:
    append(tiny / case.file, case.text)
    report = check(read_knowledge(tiny))
    found = {(issue.kind, issue.entry) for issue in report.errors}
    assert (case.kind, case.entry) in found, [str(issue) for issue in report.errors]


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_any_error_makes_the_report_not_ok(tiny: Path, case: Breakage) -> None:
    append(tiny / case.file, case.text)
    assert not check(read_knowledge(tiny)).ok


def test_reference_errors_name_file_and_field(tiny: Path) -> None:
    append(tiny / "entries.toml", launch_date_entry(subjects=["atlantis"]))
    [issue] = check(read_knowledge(tiny)).errors
    assert str(issue) == "entries.toml: entry 'launch-date', field 'subjects': unknown entity 'atlantis'"


def test_retrieval_check_can_be_skipped(tiny: Path) -> None:
    append(tiny / "entries.toml", launch_date_entry(phrasings=CLAIMED_BY_SMALLTALK))
    assert check(read_knowledge(tiny), retrieval=False).errors == []


# --- coverage -----------------------------------------------------------------------------------------------------


def test_coverage_counts_the_sentences_of_the_source(tiny: Path) -> None:
    assert check(read_knowledge(tiny)).coverage.sentences == 3


def test_coverage_counts_sentences_cited_by_entries_and_facts(tiny: Path) -> None:
    assert check(read_knowledge(tiny)).coverage.cited == 2


def test_coverage_lists_the_uncited_sentence(tiny: Path) -> None:
    assert check(read_knowledge(tiny)).coverage.uncited == [UNCITED]


def test_fact_evidence_counts_towards_coverage(tiny: Path) -> None:
    (tiny / "facts.toml").unlink()
    assert check(read_knowledge(tiny)).coverage.uncited == [CITED_BY_FACT, UNCITED]


def test_citing_the_last_sentence_completes_coverage(tiny: Path) -> None:
    append(tiny / "entries.toml", launch_date_entry())
    assert check(read_knowledge(tiny)).coverage.share == 1.0


def test_uncited_sentences_do_not_make_the_report_fail(tiny: Path) -> None:
    assert check(read_knowledge(tiny)).ok


# --- rendering ----------------------------------------------------------------------------------------------------


def test_render_shows_the_counts(tiny: Path) -> None:
    lines = render(check(read_knowledge(tiny))).splitlines()
    assert "1 entries, 6 phrasings, 1 facts, 3 entities, 1 relations, 1 small-talk replies" in lines


def test_render_shows_the_coverage_and_the_uncited_sentence(tiny: Path) -> None:
    lines = render(check(read_knowledge(tiny))).splitlines()
    assert lines[-3:-1] == ["coverage: 2/3 sentences of the source cited (67%)", f"  not cited: {UNCITED}"]


def test_render_ends_with_ok_when_there_are_no_errors(tiny: Path) -> None:
    assert render(check(read_knowledge(tiny))).splitlines()[-1] == "ok"


def test_render_lists_each_error_and_ends_with_the_error_count(tiny: Path) -> None:
    append(tiny / "entries.toml", launch_date_entry(subjects=["atlantis"]))
    lines = render(check(read_knowledge(tiny))).splitlines()
    assert lines[0] == "error: entries.toml: entry 'launch-date', field 'subjects': unknown entity 'atlantis'"
    assert lines[-1] == "1 error(s)"
