"""The terminal chat: a thin prompt-toolkit layer over `qa.Conversation`.

History lives in `$QA_HISTORY_FILE`, else `$XDG_STATE_HOME/qa/history`, else `~/.local/state/qa/history`, created
owner-only. Commands come from one registry (`COMMANDS`), which `/help` lists.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import WordCompleter
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory, ThreadedHistory
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.shortcuts import print_formatted_text
from prompt_toolkit.styles import Style

from qa.conversation import Conversation
from qa.engines import engine_for
from qa.models import Answer
from qa.render import answer_lines, printable

HISTORY_ENV = "QA_HISTORY_FILE"
STYLE = Style.from_dict(
    {
        "answer": "bold",
        "decline": "ansiyellow",
        "source": "ansibrightblack italic",
        "context": "ansibrightblack",
        "suggestion": "ansicyan",
        "info": "ansigreen",
        "error": "ansired",
        "bottom-toolbar": "noreverse ansibrightblack",
    }
)
GREETING = (
    "Ask me about the CNES press release on France - South Korea space cooperation "
    "(CNES, KARI, KMA, the Space Climate Observatory). Type /help for commands, Ctrl-D to leave."
)


def history_path() -> Path:
    """Where chat history is kept: $QA_HISTORY_FILE, else the XDG state directory."""
    override = os.environ.get(HISTORY_ENV)
    if override:
        return Path(override).expanduser()
    state = os.environ.get("XDG_STATE_HOME") or str(Path("~/.local/state").expanduser())
    return Path(state) / "qa" / "history"


def _history() -> tuple[History, str | None]:
    """File history when the state directory is writable; otherwise in-memory, with a warning to show."""
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        return ThreadedHistory(FileHistory(str(path))), None
    except OSError as exc:
        return InMemoryHistory(), f"History will not be saved ({path}: {exc.strerror or exc})."


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[Chat], None]


class Chat:
    """One chat session: the conversation, the last answer, and how lines are shown."""

    def __init__(self, knowledge: object, write: Callable[[FormattedText], None]) -> None:
        self.conversation = Conversation(knowledge=knowledge)
        self.engine = engine_for(knowledge)
        self.last: Answer | None = None
        self.write = write
        self.running = True

    def say(self, style: str, text: str) -> None:
        self.write(FormattedText([(f"class:{style}", text)]))

    def handle(self, line: str) -> None:
        """One turn: a command or a question. Errors are reported and the chat goes on."""
        line = line.strip()
        if not line:
            return
        if line.startswith("/"):
            name = line.split()[0].lower()
            command = COMMANDS.get(name)
            if command is None:
                self.say("error", f"Unknown command {printable(name)}. Type /help for the list.")
            else:
                command.run(self)
            return
        try:
            self.last = self.conversation.ask(line)
        except Exception as exc:
            self.say("error", f"Sorry, something went wrong with that question ({type(exc).__name__}).")
            return
        for style, text in answer_lines(self.last):
            self.say(style, text)


def _help(chat: Chat) -> None:
    for command in COMMANDS.values():
        chat.say("info", f"{command.name:<8} {command.help}")


def _why(chat: Chat) -> None:
    last = chat.last
    if last is None:
        chat.say("info", "Nothing asked yet.")
        return
    chat.say("info", f"Understood as: {printable(last.resolved)}")
    chat.say("info", f"Decision: {last.decision.value}, confidence {last.confidence:.2f}")
    if last.matched_words:
        chat.say("info", "Words matched: " + ", ".join(last.matched_words))
    if last.unknown_words:
        chat.say("info", "Words not in the release: " + ", ".join(printable(w) for w in last.unknown_words))
    for rank, candidate in enumerate(last.candidates, 1):
        label = "best" if rank == 1 else "runner-up" if rank == 2 else f"#{rank}"
        chat.say(
            "info", f"{label}: {candidate.kind} {candidate.target} via {candidate.phrasing!r} ({candidate.score:.3f})"
        )
    if len(last.candidates) >= 2:
        chat.say("info", f"Margin: {last.candidates[0].score - last.candidates[1].score:.3f}")


def _source(chat: Chat) -> None:
    if chat.last is None or not chat.last.evidence:
        chat.say("info", "The last reply cites nothing from the release.")
        return
    for quote in chat.last.evidence:
        paragraph = chat.engine.source.paragraph_of(quote) or quote
        chat.say("source", paragraph)


def _topics(chat: Chat) -> None:
    entities = chat.engine.entities.values()
    chat.say("info", "Topics: " + ", ".join(chat.engine.tags))
    chat.say("info", "Names: " + ", ".join(e.name for e in entities if e.type.value != "date"))


def _reset(chat: Chat) -> None:
    chat.conversation.reset()
    chat.last = None
    chat.say("info", "Conversation forgotten.")


def _quit(chat: Chat) -> None:
    chat.running = False


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("/help", "list the commands", _help),
        Command("/why", "explain the last answer: words matched, phrasing, score, runner-up, margin", _why),
        Command("/source", "show the cited sentence in its paragraph of the release", _source),
        Command("/topics", "what I can talk about", _topics),
        Command("/reset", "forget the conversation", _reset),
        Command("/quit", "leave", _quit),
    )
}


def _completer(chat: Chat) -> WordCompleter:
    entities = chat.engine.entities.values()
    words = [e.name for e in entities] + [a for e in entities for a in e.aliases]
    words += [t.question for t in chat.engine.targets if t.kind == "entry"] + list(COMMANDS)
    return WordCompleter(sorted(set(words)), ignore_case=True, sentence=True)


def run_chat(knowledge: object = None) -> int:
    """Run the interactive chat until /quit or Ctrl-D."""
    no_color = bool(os.environ.get("NO_COLOR"))

    def write(text: FormattedText) -> None:
        print_formatted_text(text, style=STYLE, color_depth=ColorDepth.MONOCHROME if no_color else None)

    chat = Chat(knowledge, write)
    history, warning = _history()
    session: PromptSession[str] = PromptSession(
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=_completer(chat),
        complete_while_typing=False,
        bottom_toolbar=" Enter: ask   Tab: complete   \u2192: accept suggestion   /help   Ctrl-D: quit",
        style=STYLE,
        color_depth=ColorDepth.MONOCHROME if no_color else None,
    )
    chat.say("info", GREETING)
    if warning:
        chat.say("error", warning)
    while chat.running:
        try:
            line = session.prompt("you> ")
        except KeyboardInterrupt:
            continue  # Ctrl-C cancels the line
        except EOFError:
            break
        chat.handle(line)
    chat.say("info", "Goodbye.")
    return 0
