"""How an answer reads on a terminal: shared by `qa ask` and the chat, free of any UI library.

Each line is a (style, text) pair; the chat maps styles onto prompt-toolkit classes, `qa ask` prints the text.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.models import Answer
    from qa.reply import Reply

Line = tuple[str, str]  # (style name, text)


def printable(text: str) -> str:
    """`text` with control and escape characters made visible, so nothing typed can drive the terminal."""
    out = []
    for ch in text:
        if ch in "\n\t" or unicodedata.category(ch)[0] != "C":
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return "".join(out)


def answer_lines(answer: Answer | Reply, *, suggestions: bool = True) -> list[Line]:
    # The quotes are shown on lines of their own, so the answer without them.
    lines: list[Line] = [("answer" if answer.answered else "decline", printable(answer.brief or answer.text))]
    for quote in answer.evidence:
        lines.append(("source", f"  Source: \u201c{quote}\u201d"))
    if answer.context:
        lines.append(("context", f"  ({answer.context})"))
    if suggestions and answer.suggestions:
        title = "You may also ask:" if answer.answered else "You could ask:"
        lines.append(("suggestion", f"  {title}"))
        lines.extend(("suggestion", f"    - {s}") for s in answer.suggestions)
    return lines


def answer_text(answer: Answer | Reply, *, suggestions: bool = True) -> str:
    return "\n".join(text for _, text in answer_lines(answer, suggestions=suggestions))
