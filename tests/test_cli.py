"""The `qa` command: exit statuses, output formats, stdin conversations, knowledge selection and error reporting.

Most tests call `qa.cli.main` in-process with in-memory stdin and stdout; two run the real entry point
(`python -m qa`) in a subprocess, where a traceback or a wrong exit status could not hide.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import qa
from qa.cli import KNOWLEDGE_ENV, main
from qa.paths import builtin_knowledge_dir

DECLINED_QUESTIONS = ["What is the budget of NASA?", "Who is the president of DLR?", "How old is Jean-Yves Le Gall?"]
FOLLOW_UP = ["Who is the president of KARI?", "What about KMA?"]


@dataclass(frozen=True)
class Run:
    status: int
    out: str


def run(*argv: str, stdin: str = "") -> Run:
    out = io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    return Run(status, out.getvalue())


def answers(json_lines: str) -> list[qa.Answer]:
    return [qa.Answer.model_validate_json(line) for line in json_lines.splitlines()]


def blocks(text: str) -> list[str]:
    """The answers printed for stdin questions: one block each, separated by a blank line."""
    return [block for block in text.split("\n\n") if block.strip()]


def qa_subprocess(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != KNOWLEDGE_ENV}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "qa", *argv], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=60
    )


@pytest.fixture(autouse=True)
def _no_knowledge_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without $QA_KNOWLEDGE, whatever the developer's shell exports."""
    monkeypatch.delenv(KNOWLEDGE_ENV, raising=False)


@pytest.fixture
def broken_knowledge(tmp_path: Path) -> Path:
    """A copy of the built-in knowledge whose entries.toml is not valid TOML."""
    copy = tmp_path / "broken"
    shutil.copytree(builtin_knowledge_dir(), copy)
    with (copy / "entries.toml").open("a", encoding="utf-8") as file:
        file.write("\n[[entry]\n")
    return copy


@pytest.fixture
def reworded_knowledge(tmp_path: Path) -> Path:
    """A valid copy of the built-in knowledge whose answers about presidents are worded differently."""
    copy = tmp_path / "reworded"
    shutil.copytree(builtin_knowledge_dir(), copy)
    relations = copy / "relations.toml"
    text = relations.read_text(encoding="utf-8")
    reworded = text.replace('"{object} is the President of {subject}."', '"{object} presides over {subject}."')
    assert reworded != text
    relations.write_text(reworded, encoding="utf-8")
    return copy


# --- qa ask QUESTION --------------------------------------------------------------------------------------------


def test_ask_exits_0_when_answered() -> None:
    assert run("ask", "Who leads CNES?").status == 0


def test_ask_prints_the_answer_and_its_source() -> None:
    out = run("ask", "Who leads CNES?").out
    assert "Le Gall" in out
    assert "Source:" in out


def test_ask_joins_several_words_into_one_question() -> None:
    assert "Le Gall" in run("ask", "Who", "leads", "CNES?").out


@pytest.mark.parametrize("question", DECLINED_QUESTIONS)
def test_ask_exits_1_when_declined(question: str) -> None:
    assert run("ask", question).status == 1


def test_ask_json_prints_a_valid_answer() -> None:
    answer = qa.Answer.model_validate_json(run("ask", "--json", "Who leads CNES?").out)
    assert answer.answered
    assert "Le Gall" in answer.text


def test_ask_json_still_exits_1_when_declined() -> None:
    assert run("ask", "--json", DECLINED_QUESTIONS[0]).status == 1


# --- qa ask, questions from stdin -------------------------------------------------------------------------------


# Each line after the first only makes sense in the conversation: the expected words start the last answer.
CONVERSATIONS = [
    pytest.param(FOLLOW_UP, "Nam Jae-Cheol is the Head of the Korea Meteorological Administration", id="ellipsis"),
    pytest.param(["What is the KMA?", "Who heads it?"], "Nam Jae-Cheol", id="pronoun"),
    pytest.param(["Where was the SCO announced?", "and when?"], "The SCO was announced", id="question-only"),
]


def stdin_lines(questions: list[str], ending: str = "\n") -> str:
    return "".join(question + ending for question in questions)


@pytest.mark.parametrize(("questions", "expected"), CONVERSATIONS)
def test_ask_reads_stdin_as_one_conversation(questions: list[str], expected: str) -> None:
    last = blocks(run("ask", stdin=stdin_lines(questions)).out)[-1]
    assert last.startswith(expected), last


def test_ask_prints_one_block_per_stdin_question() -> None:
    assert len(blocks(run("ask", stdin=stdin_lines(FOLLOW_UP)).out)) == len(FOLLOW_UP)


def test_ask_json_from_stdin_prints_one_answer_per_line() -> None:
    got = answers(run("ask", "--json", stdin=stdin_lines(FOLLOW_UP)).out)
    assert [a.question for a in got] == FOLLOW_UP


@pytest.mark.parametrize(("questions", "expected"), CONVERSATIONS)
def test_ask_json_from_stdin_resolves_the_follow_up(questions: list[str], expected: str) -> None:
    last = answers(run("ask", "--json", stdin=stdin_lines(questions)).out)[-1]
    assert last.text.startswith(expected), last.text


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""], ids=["lf", "crlf", "no-final-newline"])
def test_ask_from_stdin_takes_each_line_without_its_ending(ending: str) -> None:
    got = answers(run("ask", "--json", stdin=stdin_lines(["Who leads CNES?"], ending)).out)
    assert [a.question for a in got] == ["Who leads CNES?"]


def test_ask_from_stdin_exits_0_even_when_a_question_is_declined() -> None:
    assert run("ask", stdin=stdin_lines(["Who leads CNES?", DECLINED_QUESTIONS[0]])).status == 0


@pytest.mark.parametrize("blank", ["", "   ", "\t"], ids=["empty", "spaces", "tab"])
def test_a_blank_stdin_line_is_not_answered_from_the_previous_question(blank: str) -> None:
    got = answers(run("ask", "--json", stdin=stdin_lines(["Who leads CNES?", blank])).out)
    assert not any(a.answered for a in got if not a.question.strip()), [a.text for a in got]


# --- qa (the chat) with piped stdin -----------------------------------------------------------------------------


def test_chat_with_piped_stdin_exits_0() -> None:
    assert run(stdin=f"Who leads CNES?\nhello\n{DECLINED_QUESTIONS[0]}\n").status == 0


def test_chat_with_piped_stdin_answers_each_line() -> None:
    out = run(stdin="Who leads CNES?\nWho heads the KMA?\n").out
    assert len(blocks(out)) == 2
    assert "Le Gall" in blocks(out)[0]
    assert "Nam Jae-Cheol" in blocks(out)[1]


def test_chat_command_with_piped_stdin_answers_like_the_default() -> None:
    assert run("chat", stdin="Who leads CNES?\n") == run(stdin="Who leads CNES?\n")


# --- qa check ---------------------------------------------------------------------------------------------------


def test_check_exits_0_on_the_builtin_knowledge() -> None:
    result = run("check")
    assert result.status == 0, result.out


def test_check_json_reports_ok() -> None:
    result = run("check", "--json")
    assert json.loads(result.out)["ok"] is True


def test_check_exits_1_when_the_knowledge_has_errors(tmp_path: Path) -> None:
    copy = tmp_path / "unknown-entity"
    shutil.copytree(builtin_knowledge_dir(), copy)
    facts = copy / "facts.toml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace('subject = "cnes"', 'subject = "atlantis"', 1), encoding="utf-8")
    assert run("--knowledge", str(copy), "check").status == 1


# --- choosing the knowledge -------------------------------------------------------------------------------------

# Every command, with the knowledge option before or after the command name; KNOWLEDGE stands for the directory.
KNOWLEDGE = "<knowledge>"
WITH_KNOWLEDGE_OPTION = [
    pytest.param(["--knowledge", KNOWLEDGE, "ask", "Who leads CNES?"], id="before-ask"),
    pytest.param(["ask", "--knowledge", KNOWLEDGE, "Who leads CNES?"], id="after-ask"),
    pytest.param(["--knowledge", KNOWLEDGE, "ask"], id="before-ask-stdin"),
    pytest.param(["--knowledge", KNOWLEDGE], id="before-default-chat"),
    pytest.param(["chat", "--knowledge", KNOWLEDGE], id="after-chat"),
]
COMMANDS = [
    pytest.param(["ask", "Who leads CNES?"], id="ask"),
    pytest.param(["ask"], id="ask-stdin"),
    pytest.param([], id="default-chat"),
]


def with_knowledge(argv: list[str], directory: Path) -> list[str]:
    return [str(directory) if arg == KNOWLEDGE else arg for arg in argv]


@pytest.mark.parametrize("argv", WITH_KNOWLEDGE_OPTION)
def test_broken_knowledge_option_exits_3(broken_knowledge: Path, argv: list[str]) -> None:
    assert run(*with_knowledge(argv, broken_knowledge), stdin="Who leads CNES?\n").status == 3


@pytest.mark.parametrize("argv", WITH_KNOWLEDGE_OPTION)
def test_broken_knowledge_option_reports_one_line_naming_the_file_on_stderr(
    broken_knowledge: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    run(*with_knowledge(argv, broken_knowledge), stdin="Who leads CNES?\n")
    err = capsys.readouterr().err
    assert err.startswith("qa: ")
    assert err.count("\n") == 1
    assert "entries.toml" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", WITH_KNOWLEDGE_OPTION)
def test_broken_knowledge_option_prints_nothing_on_stdout(broken_knowledge: Path, argv: list[str]) -> None:
    assert run(*with_knowledge(argv, broken_knowledge), stdin="Who leads CNES?\n").out == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_broken_knowledge_from_environment_exits_3(
    broken_knowledge: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KNOWLEDGE_ENV, str(broken_knowledge))
    assert run(*command, stdin="Who leads CNES?\n").status == 3


@pytest.mark.parametrize("command", COMMANDS)
def test_broken_knowledge_from_environment_reports_one_line_on_stderr(
    broken_knowledge: Path, command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(KNOWLEDGE_ENV, str(broken_knowledge))
    run(*command, stdin="Who leads CNES?\n")
    err = capsys.readouterr().err
    assert err.startswith("qa: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_missing_knowledge_directory_exits_3(tmp_path: Path) -> None:
    assert run("--knowledge", str(tmp_path / "nowhere"), "ask", "Who leads CNES?").status == 3


def test_knowledge_option_selects_the_knowledge(reworded_knowledge: Path) -> None:
    assert "presides over CNES" in run("--knowledge", str(reworded_knowledge), "ask", "Who leads CNES?").out


def test_knowledge_environment_variable_selects_the_knowledge(
    reworded_knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KNOWLEDGE_ENV, str(reworded_knowledge))
    assert "presides over CNES" in run("ask", "Who leads CNES?").out


def test_knowledge_option_wins_over_the_environment(
    broken_knowledge: Path, reworded_knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KNOWLEDGE_ENV, str(broken_knowledge))
    assert run("--knowledge", str(reworded_knowledge), "ask", "Who leads CNES?").status == 0


# --- usage --------------------------------------------------------------------------------------------------------


def test_version_exits_0() -> None:
    assert run("--version").status == 0


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    run("--version")
    assert capsys.readouterr().out.strip() == f"qa {qa.__version__}"


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["ask", "--bogus", "Who leads CNES?"], ["check", "--bogus"], ["frobnicate"]],
    ids=["top-level-option", "ask-option", "check-option", "unknown-command"],
)
def test_usage_error_exits_2(argv: list[str]) -> None:
    assert run(*argv).status == 2


def test_usage_error_is_reported_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    run("--bogus")
    assert "--bogus" in capsys.readouterr().err


# --- the real entry point ---------------------------------------------------------------------------------------


def test_python_m_qa_answers_and_exits_0(tmp_path: Path) -> None:
    done = qa_subprocess("ask", "Who leads CNES?", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Le Gall" in done.stdout
    assert "Source:" in done.stdout


def test_python_m_qa_reports_broken_knowledge_in_one_line_and_exits_3(broken_knowledge: Path, tmp_path: Path) -> None:
    done = qa_subprocess("--knowledge", str(broken_knowledge), "ask", "Who leads CNES?", cwd=tmp_path)
    assert done.returncode == 3
    assert done.stderr.startswith("qa: ")
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("argv", [["--knowledge", KNOWLEDGE, "check"], ["check", "--knowledge", KNOWLEDGE]])
def test_check_lists_schema_errors_and_exits_1(broken_knowledge: Path, argv: list[str]) -> None:
    result = run(*with_knowledge(argv, broken_knowledge))
    assert result.status == 1
    errors = [line for line in result.out.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert "entries.toml" in errors[0]
    assert "Traceback" not in result.out


def test_check_lists_every_schema_error_not_just_the_first(broken_knowledge: Path) -> None:
    with (broken_knowledge / "facts.toml").open("a", encoding="utf-8") as file:
        file.write('\n[[fact]]\nid = "x"\n')
    result = run("check", "--knowledge", str(broken_knowledge))
    errors = [line for line in result.out.splitlines() if line.startswith("error: ")]
    assert any("entries.toml" in line for line in errors)
    assert any("facts.toml" in line and "'x'" in line for line in errors)
