"""The built-in knowledge mixed with other entries (as users do with much larger stores): names and words of the
other entries must not change what the built-in questions get."""

from __future__ import annotations

import pytest

import qa


def _anzu_entry(entry_id: str, question: str, phrasings: list[str], sentence: str) -> qa.Entry:
    """An entry about Anzu Kari whose answer is one sentence of the extra source, quoted whole as its evidence."""
    return qa.Entry(
        id=entry_id,
        question=question,
        phrasings=phrasings,
        answer=sentence,
        evidence=[sentence],
        subjects=["anzu-kari"],
    )


@pytest.fixture(scope="module")
def mixed() -> qa.Knowledge:
    builtin = qa.load_knowledge()
    extra_source = (
        "The director of Anzu Kari is Mara Vell. The contract of Anzu Kari was signed in spring. "
        "The mascot of Anzu Kari is a china doll. At the gate of Anzu Kari a gal will frisk you for ten cents. "
        "Its staff study the stars."
    )
    entries = [
        _anzu_entry(
            "anzu-director",
            "Who is the director of Anzu Kari?",
            ["Anzu Kari director", "who leads Anzu Kari", "Anzu Kari boss", "head of Anzu Kari", "x"],
            "The director of Anzu Kari is Mara Vell.",
        ),
        _anzu_entry(
            "anzu-contract",
            "When was the contract of Anzu Kari signed?",
            ["Anzu Kari contract", "contract signed", "when was the contract signed", "contract date", "y"],
            "The contract of Anzu Kari was signed in spring.",
        ),
        _anzu_entry(
            "anzu-mascot",
            "What is the mascot of Anzu Kari?",
            ["Anzu Kari mascot", "mascot", "which doll is the mascot", "is the mascot made of china", "z"],
            "The mascot of Anzu Kari is a china doll.",
        ),
    ]
    # Ordinary words that lie one slip from words of the release: "gal" (Le Gall), "frisk" (first), "cents" (CNES).
    entries.append(
        _anzu_entry(
            "anzu-gate",
            "What happens at the gate of Anzu Kari?",
            [
                "Anzu Kari gate",
                "who will frisk me",
                "what does the gal charge",
                "how many cents",
                "gate",
                "what do they study",
            ],
            "At the gate of Anzu Kari a gal will frisk you for ten cents.",
        )
    )
    # Words the release never uses, which other entries make known: the release's questions must not change.
    entries.append(
        _anzu_entry(
            "anzu-presidency",
            "Who holds the presidency of Anzu Kari?",
            ["where is Anzu Kari headquartered", "Anzu Kari presidency", "chum of Anzu Kari", "lol robot", "w"],
            "Its staff study the stars.",
        )
    )
    anzu = qa.Entity(id="anzu-kari", name="Anzu Kari", type=qa.EntityType.ORGANISATION)
    return qa.build_knowledge(
        builtin.source.text + "\n\n" + extra_source,
        [*builtin.entries, *entries],
        entities=[*builtin.entities, anzu],
        relations=builtin.relations,
        facts=builtin.facts,
        smalltalk=builtin.smalltalk,
    )


@pytest.mark.parametrize(
    ("question", "must"),
    [
        # "Kari director" is a role alias of Lim Cheol-Ho; inside "Anzu Kari director" the name wins.
        ("Anzu Kari director", "Mara Vell"),
        ("KARI president", "Lim Cheol-Ho"),
        # "contracter" is a slip for the knowledge's "contractor", though "contract" is a word of the store too.
        ("who is the prime contracter for KASS", "Thales Alenia Space"),
        # a slip next to part of a name is read in the name, though the store knows "gal" as a word
        ("when did jean yves le gal visit south korea", "2 July"),
        # between two slips as close, a word of the lexicon or of a name wins over another word of the store
        ("when was Le Galls frist visit to korea", "1987"),
        ("who is the presidnet of CENS", "Jean-Yves Le Gall"),
    ],
)
def test_other_entries_do_not_capture_builtin_questions(mixed: qa.Knowledge, question: str, must: str) -> None:
    answer = qa.answer(question, knowledge=mixed)
    assert answer.answered, answer.text
    assert must in answer.text


def test_a_word_written_like_a_name_is_not_taken_for_the_plain_word_the_store_knows(mixed: qa.Knowledge) -> None:
    """ "china" is a plain word of the other entries; "China", written as a name, is a country the release never
    mentions."""
    answer = qa.answer("When did Jean-Yves Le Gall first visit China?", knowledge=mixed)
    assert not answer.answered, answer.text
    assert qa.answer("When did Jean-Yves Le Gall first visit South Korea?", knowledge=mixed).answered


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the 2015 inter-agency agreement?",  # "signed" is a word of the other entries, not of this one
        "What is the mascot of KARI?",
        "Where did Jean-Yves Le Gall study?",  # "study" a word of the other entries, an attribute of no entry of his
        # The other entries' answer about a subject the question does not name, named nowhere near the question's.
        "Who signed the KASS contract?",
    ],
)
def test_an_attribute_other_entries_give_is_still_unknown_for_the_release(mixed: qa.Knowledge, question: str) -> None:
    answer = qa.answer(question, knowledge=mixed)
    assert not answer.answered, answer.text
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "Who holds the presidency of CNES?",
        "Where is Thales Alenia Space headquartered?",
        "who is Nam Jae-Chul?",
        "When is President Moon Jae-In scheduled to pay his state visit to France?",
        "Which weekday did Le Gall meet the Korean space leaders?",
    ],
)
def test_a_question_about_the_release_gets_the_same_reply_in_a_mixed_store(mixed: qa.Knowledge, question: str) -> None:
    """A question naming the release's entities is answered within the release's own body of knowledge: words
    the other entries use ("presidency", "headquartered", "chum") do not change its reply."""
    alone = qa.answer(question)
    together = qa.answer(question, knowledge=mixed)
    assert (together.answered, together.text) == (alone.answered, alone.text)
