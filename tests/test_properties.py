"""Property-based tests: any text in, a valid and repeatable Answer out."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import qa
from qa.analysis import _word_counts, tokenize
from qa.text import fold_quote

texts = st.text(max_size=300)
questions = st.one_of(
    texts,
    st.lists(st.sampled_from(["who", "leads", "CNES", "KARI", "the", "?", "président", "☃", "\x1b[31m", "Ç"])).map(
        " ".join
    ),
)


@settings(max_examples=300, deadline=None)
@given(questions)
def test_any_text_gets_a_valid_repeatable_answer(question: str) -> None:
    first = qa.answer(question)
    assert isinstance(first, qa.Answer)
    assert 0.0 <= first.confidence <= 1.0
    assert first.answered or not first.evidence
    assert qa.answer(question) == first


@settings(max_examples=200, deadline=None)
@given(questions)
def test_conversation_accepts_any_text(question: str) -> None:
    conversation = qa.Conversation()
    assert isinstance(conversation.ask(question), qa.Answer)
    assert isinstance(conversation.ask(question), qa.Answer)


@given(texts)
def test_folding_is_idempotent(text: str) -> None:
    assert fold_quote(fold_quote(text)) == fold_quote(text)


@given(texts)
def test_tokens_are_lowercase_words(text: str) -> None:
    for token in tokenize(text):
        assert token == token.casefold()
        assert token.strip() == token
        assert token


# Pieces that the rewrites of `tokenize` act on, at the edges of a text: a batch must not join them across texts.
edgy = st.lists(
    st.sampled_from(["k.", "m.a.", "'s", "n't", "-based", "don", "-", "|", "\n", "é", "Corée", "x", " ", "'", "."])
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(texts, edgy), max_size=12), st.integers(min_value=1, max_value=4))
def test_counting_words_in_batches_counts_each_text_alone(many: list[str], batch: int) -> None:
    alone: Counter[str] = Counter()
    for text in many:
        alone.update(tokenize(text))
    assert _word_counts(many, batch=batch) == alone
