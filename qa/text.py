"""Text folding shared by the evidence checker and the matcher.

The release was extracted from a PDF: hard line breaks, words hyphenated across lines ("France-" / "Korea"), curly
quotes. Quotes are compared after folding those differences away, never by editing the source.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\r?\n\s*")


def scrub(text: str) -> str:
    """`text` with lone surrogates (from broken input or `surrogateescape`) replaced by U+FFFD, so that it can be
    encoded, printed and serialised as JSON; valid text is returned unchanged."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


# The Unicode blocks of combining marks (a regular expression, not a test per character: a large store's source
# is long).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_accents(text: str) -> str:
    """Remove combining accents ("Corée" -> "Coree") after compatibility decomposition."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return _COMBINING.sub("", decomposed)


def fold_quote(text: str) -> str:
    """Fold a quote or the source for verbatim comparison: quote styles, dashes, line-break hyphens, white space.

    A hyphen at a line break is kept ("France-\\nKorea" -> "France-Korea"): in this release such hyphens belong to
    the compound. Case and wording are left alone, so the comparison stays verbatim.
    """
    # (Plain ASCII has nothing to normalise but the backtick: every evidence quote of a large store is folded.)
    text = text.replace("`", "'") if text.isascii() else unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if "\n" in text:
        text = _LINE_BREAK_HYPHEN.sub("-", text)
    return " ".join(text.split())  # (str.split and the regex \s agree on what white space is)


def fold_loose(text: str) -> str:
    """Case-insensitive, accent-free fold of `fold_quote`, for matching expected words in answers."""
    return strip_accents(fold_quote(text)).casefold()
