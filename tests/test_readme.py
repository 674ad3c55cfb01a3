"""The README cannot drift: every example in it is run here and its output compared.

- ```text blocks starting with `$ ` are shell commands, run with this environment's `qa` first on the PATH;
- ```chat blocks are chat transcripts: lines starting with `you> ` are typed, the rest is what the chat shows;
- ```python blocks are run as they are;
- the quick start's `make` targets exist, and every option the README names is in the real `--help`.

`python -m tests.test_readme --update` rewrites the outputs in the README from a real run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa import repl
from tests.test_repl import transcript

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def blocks(kind: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README.read_text(encoding="utf-8")) if lang == kind]


def run_shell(command: str, cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=cwd, env=env, check=False)
    return done.stdout


def run_chat(typed: list[str]) -> str:
    return transcript(typed, echo=True)


def shell_blocks() -> list[str]:
    return [b for b in blocks("text") if b.startswith("$ ")]


@pytest.mark.parametrize("block", shell_blocks())
def test_shell_example_prints_what_the_readme_shows(block: str, tmp_path: Path) -> None:
    command, _, expected = block.partition("\n")
    assert run_shell(command[2:], tmp_path).rstrip() == expected.rstrip()


@pytest.mark.parametrize("block", blocks("chat"))
def test_chat_transcript_is_what_the_chat_shows(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(repl.HISTORY_ENV, str(tmp_path / "history"))
    typed = [line[5:] for line in block.splitlines() if line.startswith("you> ")]
    assert run_chat(typed).rstrip() == block.rstrip()


@pytest.mark.parametrize("block", blocks("python"))
def test_python_example_runs(block: str) -> None:
    exec(compile(block, "README.md", "exec"), {})


def test_quick_start_targets_exist() -> None:
    (quick_start,) = blocks("sh")[:1]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for line in quick_start.splitlines():
        target = line.split("#")[0].split()[1]
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_every_option_the_readme_names_is_in_the_help(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    helps = run_shell("qa --help; qa ask --help; qa check --help; qa chat --help", tmp_path)
    for option in sorted(set(re.findall(r"`qa [^`]*?(--[a-z-]+)", text)) | set(re.findall(r"`(--[a-z-]+)", text))):
        assert option in helps, option
    for command in set(re.findall(r"`qa (ask|check|chat)\b", text)):
        assert command in helps


def update() -> None:
    """Rewrite the README's example outputs from a real run."""
    text = README.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        lang, body = match.group(1), match.group(2)
        if lang == "text" and body.startswith("$ "):
            command = body.partition("\n")[0]
            return f"```text\n{command}\n{run_shell(command[2:], ROOT).rstrip()}\n```"
        if lang == "chat":
            typed = [line[5:] for line in body.splitlines() if line.startswith("you> ")]
            return f"```chat\n{run_chat(typed).rstrip()}\n```"
        return match.group(0)

    README.write_text(BLOCK.sub(fill, text), encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    update()
