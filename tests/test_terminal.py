"""The chat in a real pseudo-terminal: what a person sees on screen, Ctrl-C and Ctrl-D included."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest


@pytest.fixture
def chat(tmp_path: Path) -> pexpect.spawn:
    # PROMPT_TOOLKIT_NO_CPR: pexpect does not answer cursor-position requests as a real terminal does.
    env = {
        **os.environ,
        "TERM": "xterm",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "NO_COLOR": "1",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    env.pop("QA_HISTORY_FILE", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "qa"], env=env, cwd=str(tmp_path), encoding="utf-8", timeout=20, dimensions=(40, 120)
    )
    child.expect("Type /help")
    yield child
    child.close(force=True)


def test_question_answer_and_ctrl_d_goodbye(chat: pexpect.spawn, tmp_path: Path) -> None:
    chat.expect("you>")
    chat.send("Who leads CNES?\r")
    chat.expect("Jean-Yves Le Gall is the President of CNES")
    chat.expect("Source:")
    chat.expect("you>")
    chat.sendcontrol("d")
    chat.expect("Goodbye")
    chat.expect(pexpect.EOF)
    chat.close()
    assert chat.exitstatus == 0
    history = tmp_path / "state" / "qa" / "history"
    assert "Who leads CNES?" in history.read_text(encoding="utf-8")
    assert history.stat().st_mode & 0o077 == 0


def test_ctrl_c_cancels_the_line_and_the_chat_goes_on(chat: pexpect.spawn) -> None:
    chat.expect("you>")
    chat.send("half a question")
    chat.sendcontrol("c")
    chat.expect("you>")
    chat.send("/quit\r")
    chat.expect("Goodbye")
    chat.expect(pexpect.EOF)


def test_decline_offers_questions_it_can_answer(chat: pexpect.spawn) -> None:
    chat.expect("you>")
    chat.send("What is KARI's budget?\r")
    chat.expect("does not say")
    chat.expect("You could ask:")
    chat.send("/quit\r")
    chat.expect(pexpect.EOF)
