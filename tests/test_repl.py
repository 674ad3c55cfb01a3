"""The terminal chat, driven through prompt-toolkit's pipe input, and its commands as scripted transcripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.formatted_text import FormattedText, to_plain_text
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from qa import repl


@pytest.fixture(autouse=True)
def history_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "state" / "history"
    monkeypatch.setenv(repl.HISTORY_ENV, str(path))
    return path


def transcript(lines: list[str], *, echo: bool = False) -> str:
    """What the chat shows for the lines typed (with the typed lines after a `you> ` prompt when `echo`)."""
    out: list[str] = []

    def write(text: FormattedText) -> None:
        out.append(to_plain_text(text))

    chat = repl.Chat(None, write)
    for line in lines:
        if echo:
            out.append(f"you> {line}")
        chat.handle(line)
    return "\n".join(out)


def test_question_gets_answer_and_source() -> None:
    text = transcript(["Who leads CNES?"])
    assert "Jean-Yves Le Gall" in text
    assert "Source:" in text


def test_why_explains_the_last_answer() -> None:
    text = transcript(["Who leads KARI?", "/why"])
    assert "Words matched" in text
    assert "best: fact kari-president" in text
    assert "Margin" in text


def test_source_shows_the_paragraph() -> None:
    text = transcript(["Who is the prime contractor for KASS?", "/source"])
    assert "Since the early 2000s" in text


def test_help_lists_every_command() -> None:
    text = transcript(["/help"])
    for name in repl.COMMANDS:
        assert name in text


def test_unknown_command_and_control_characters_are_not_echoed_raw() -> None:
    text = transcript(["/nope\x1b[31m"])
    assert "\x1b" not in text
    assert "Unknown command" in text


def test_reset_forgets_context() -> None:
    text = transcript(["Tell me about the One Planet Summit", "/reset", "Where was it held?"])
    assert "Conversation forgotten" in text


def test_chat_loop_runs_until_end_of_input(history_in_tmp: Path) -> None:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("Who leads CNES?\n/quit\n")
        assert repl.run_chat() == 0
    assert history_in_tmp.exists()
    assert history_in_tmp.stat().st_mode & 0o077 == 0


def test_chat_survives_unwritable_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(repl.HISTORY_ENV, str(blocker / "history"))
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("hello\n")
        pipe.close()
        assert repl.run_chat() == 0
