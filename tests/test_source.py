"""The source document: finding the sentence a quote comes from."""

from __future__ import annotations

import pytest

from qa.source import Source

TEXT = """Title of the release

CNES President Jean-Yves Le Gall was in South Korea on Monday 2 July to meet the key leaders. He met
them in Seoul. "It went well." They agreed.

A second paragraph."""


@pytest.mark.parametrize(
    ("quote", "sentence"),
    [
        (
            "to meet the key leaders",
            "CNES President Jean-Yves Le Gall was in South Korea on Monday 2 July to meet the key leaders.",
        ),
        ("He met them", "He met them in Seoul."),  # across a line break
        ("in Seoul", "He met them in Seoul."),
        ("They agreed", "They agreed."),
        ("Title of", "Title of the release"),  # a title is a sentence of its own
        (
            "leaders. He met",
            "CNES President Jean-Yves Le Gall was in South Korea on Monday 2 July to meet the key leaders.",
        ),
        ("not in the text", None),
    ],
)
def test_sentence_of_a_quote(quote: str, sentence: str | None) -> None:
    assert Source(TEXT).sentence_of(quote) == sentence
