"""The `qa` command: argument parsing and the one place where errors become messages and exit statuses.

    qa                      chat (a terminal: prompt-toolkit; piped: one answer per input line)
    qa ask QUESTION         one answer; exit 0 answered, 1 declined
    qa ask                  questions from stdin, one per line, as one conversation
    qa check                validate the knowledge directory

`--knowledge DIR` (or the QA_KNOWLEDGE environment variable) selects the knowledge with every command.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from qa import __version__
from qa.errors import ExitCode, KnowledgeError, QAError

KNOWLEDGE_ENV = "QA_KNOWLEDGE"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa",
        description="Ask questions about the CNES press release on France - South Korea space cooperation.",
        epilog="With no command, starts the chat. Exit status: 0 ok, 1 declined or check failed, 2 usage, "
        "3 broken knowledge.",
    )
    parser.add_argument("--version", action="version", version=f"qa {__version__}")
    parser.add_argument(
        "--knowledge", metavar="DIR", help=f"knowledge directory (default: ${KNOWLEDGE_ENV} or the built-in one)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chat = sub.add_parser("chat", help="chat in the terminal (the default)", description="Chat in the terminal.")
    chat.set_defaults(run=_chat)
    ask = sub.add_parser(
        "ask",
        help="answer one question and exit",
        description="Answer a question with its source. With no question, read one question per line from stdin.",
    )
    ask.add_argument("question", nargs="*", help="the question (several words are joined)")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON (JSON Lines for stdin)")
    ask.set_defaults(run=_ask)
    check = sub.add_parser("check", help="validate the knowledge", description="Validate a knowledge directory.")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(run=_check)
    parser.set_defaults(run=_chat)
    for p in (chat, ask, check):
        p.add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS, help="knowledge directory")
    return parser


def _knowledge_dir(args: argparse.Namespace) -> str | None:
    """--knowledge, else $QA_KNOWLEDGE, else None (the built-in knowledge). An empty value is an error, not a
    silent fallback."""
    value: str | None = args.knowledge if args.knowledge is not None else os.environ.get(KNOWLEDGE_ENV)
    if value is not None and not value.strip():
        raise KnowledgeError(value or '""', "empty knowledge directory name")
    return value


def _load(args: argparse.Namespace) -> object:
    """The knowledge to answer from, as `qa.engines.engine_for` takes it: None for the built-in one, else the
    directory - whose index then comes from the cache when it is current, and which is loaded (and any problem
    in it reported) only when it is not."""
    return _knowledge_dir(args)


def _ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, knowledge: object = None) -> int:
    from qa.conversation import Conversation
    from qa.render import answer_text

    conversation = Conversation(knowledge=knowledge if knowledge is not None else _load(args))
    if args.question:
        questions: Sequence[str] = [" ".join(args.question)]
    else:
        questions = (line.rstrip("\r\n") for line in stdin)  # type: ignore[assignment]
    status = ExitCode.OK
    for question in questions:
        if args.json:
            answer = conversation.ask(question)
            answered = answer.answered
            stdout.write(answer.model_dump_json() + "\n")
        else:
            # The plain reply: showing it needs no validated model, which keeps a one-shot `qa ask` quick to start.
            reply = conversation.reply(question)
            answered = reply.answered
            stdout.write(answer_text(reply) + "\n")
            if not args.question:
                stdout.write("\n")
        stdout.flush()
        if args.question and not answered:
            status = ExitCode.DECLINED
    return status


def _check(args: argparse.Namespace, _stdin: TextIO, stdout: TextIO) -> int:
    import json

    from qa.check import check_directory, render
    from qa.paths import builtin_knowledge_dir

    directory = Path(_knowledge_dir(args) or builtin_knowledge_dir())
    report = check_directory(directory)
    if args.json:
        data = report.model_dump(mode="json")
        data["ok"] = report.ok
        stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(render(report) + "\n")
    return ExitCode.OK if report.ok else ExitCode.DECLINED


def _chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    knowledge = _load(args)
    if not stdin.isatty():
        # Piped or redirected: no prompt-toolkit (it is for terminals only, prompt-toolkit #502).
        args.question, args.json = [], False
        return _ask(args, stdin, stdout, knowledge)
    from qa.repl import run_chat

    return run_chat(knowledge)


def _tolerate(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `qa` command; returns the exit status."""
    if stdin is None:
        stdin = sys.stdin
        _tolerate(stdin)  # invalid UTF-8 piped in becomes U+FFFD, not a crash
    if stdout is None:
        stdout = sys.stdout
        _tolerate(stdout)  # a terminal that cannot show curly quotes gets "?" instead of a crash
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse reports usage errors itself and exits 2 (0 for --help, --version)
        return int(exc.code or 0)
    try:
        status: int = args.run(args, stdin, stdout)
    except QAError as exc:
        sys.stderr.write(f"qa: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    return status
