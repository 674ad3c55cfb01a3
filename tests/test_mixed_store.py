"""The built-in knowledge mixed with other entries (as users do with much larger stores): names and words of the
other entries must not change what the built-in questions get."""

from __future__ import annotations

import pytest

import qa
from tests.bench_scale import build_store, builtin_plus


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
            [
                "where is Anzu Kari headquartered",
                "Anzu Kari presidency",
                "chum of Anzu Kari",
                "lol robot",
                "w",
                "is Anzu Kari a quango",
                "what is the actual work of Anzu Kari",
            ],
            "Its staff study the stars.",
        )
    )
    anzu = qa.Entity(id="anzu-kari", name="Anzu Kari", type=qa.EntityType.ORGANISATION)
    return builtin_plus(extra_source, entries, [anzu])


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
        "Naro Space Center - what did CNES do there?",  # "there" may be the place the remark names
        "Suppose I needed the China National Space Administration's role in the SCO. What is it?",
    ],
)
def test_a_remark_written_like_a_name_is_one_where_the_store_knows_its_words(
    mixed: qa.Knowledge, question: str
) -> None:
    """Remarks naming nothing leave a question free to be asked alone, and a pronoun free to point at the one thing
    they name; a word written like a name is a name there, even where the other entries know it as a plain word."""
    answer = qa.answer(question, knowledge=mixed)
    assert not answer.answered, answer.text


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


@pytest.fixture(scope="module")
def large() -> qa.Knowledge:
    """The built-in knowledge among 3,000 synthetic entries, whose words make many of the release's common."""
    return build_store(3000, with_builtin=True)[0]


@pytest.mark.parametrize(
    "question",
    [
        "prime contractor",  # thousands of other entries speak of suppliers: the release's body answers
        "what is KAAS",  # the store's vocabulary has closer words than KASS: the release's body reads it
        "Tell me a joke about rockets.",  # an answer from the release's body is judged there: no question of it
        "Write me a haiku about rockets.",
        "Who is the President of KARI?",
    ],
)
def test_a_question_naming_nothing_gets_the_same_reply_among_many_other_entries(
    large: qa.Knowledge, question: str
) -> None:
    alone = qa.answer(question)
    together = qa.answer(question, knowledge=large)
    assert (together.answered, together.text) == (alone.answered, alone.text)


@pytest.fixture(scope="module")
def clubs() -> qa.Knowledge:
    """The built-in knowledge and forty entries declaring no subjects whose phrasings name KARI too ("the Kari dance
    club"): KARI is then spoken of elsewhere as much as in the release, and gets no engine of its own."""
    sentences = [f"The Kari dance club number {i} is run by Dancer {i}." for i in range(40)]
    entries = [
        qa.Entry(
            id=f"club-{i}",
            question=f"Who runs the Kari dance club number {i}?",
            phrasings=[
                f"Kari dance club {i} leader",
                f"who leads Kari club {i}",
                f"Kari club {i}",
                f"Kari dancers {i}",
                f"head of the Kari dance club {i}",
            ],
            answer=sentence,
            evidence=[sentence],
        )
        for i, sentence in enumerate(sentences)
    ]
    return builtin_plus(" ".join(sentences), entries, [])


def test_a_name_other_entries_share_goes_with_the_body_that_declares_it(clubs: qa.Knowledge) -> None:
    """With Lim Cheol-Ho, whom only the release speaks of, KARI is the release's: the question is answered there."""
    question = "How long has Lim Cheol-Ho been KARI's president?"
    alone = qa.answer(question)
    together = qa.answer(question, knowledge=clubs)
    assert (together.answered, together.text) == (alone.answered, alone.text)
    # ... while KARI alone is still looked for everywhere.
    assert "Dancer 3" in qa.answer("Who runs the Kari dance club number 3?", knowledge=clubs).text


def test_small_talk_run_together_is_small_talk_whatever_words_other_entries_use() -> None:
    """ "thanks bye" is two small-talk phrasings, not a question about the entry that happens to say "bye"."""
    sentence = "The bye rule of Anzu Kari thanks every player."
    entry = _anzu_entry(
        "anzu-bye", "What is the bye rule of Anzu Kari?", ["bye rule", "thanks", "bye", "a", "b"], sentence
    )
    anzu = qa.Entity(id="anzu-kari", name="Anzu Kari", type=qa.EntityType.ORGANISATION)
    store = builtin_plus(sentence, [entry], [anzu])
    for question, reply in [("thanks bye", "goodbye"), ("ok thanks", "thanks"), ("hi, who are you?", "who-are-you")]:
        answer = qa.answer(question, knowledge=store)
        assert (answer.kind, answer.match) == ("smalltalk", reply), answer.text


def test_a_word_another_entry_says_in_passing_answers_nothing() -> None:
    """ "joke" is a word of the store only because one phrasing about an organisation's mascot says it in passing
    ("according to the joke"): a question of that word alone asks nothing of the mascot."""
    sentences, entries, entities = [], [], []
    for i, name in enumerate(f"Zor{c}{v}an Vel" for c in "bcdfgklm" for v in "aeiou"):
        sentence = f"The mascot of {name} is a brass owl number {i}."
        source = "the joke" if i == 7 else "the guide"
        phrasings = [f"{name} mascot", f"mascot of {name}", f"{name}'s mascot", f"{name} owl"]
        phrasings.append(f"Which mascot does {name} have, according to {source}?")
        entries.append(
            qa.Entry(
                id=f"zor-{i}",
                question=f"What is the mascot of {name}?",
                phrasings=phrasings,
                answer=sentence,
                evidence=[sentence],
                subjects=[f"zor-{i}"],
            )
        )
        entities.append(qa.Entity(id=f"zor-{i}", name=name, type=qa.EntityType.ORGANISATION))
        sentences.append(sentence)
    store = builtin_plus(" ".join(sentences), entries, entities)
    assert "Zorcian Vel" in qa.answer("What is the mascot of Zorcian Vel?", knowledge=store).text
    assert not qa.answer("tell me a joke", knowledge=store).answered


@pytest.fixture(scope="module")
def lookalike() -> qa.Knowledge:
    """The built-in knowledge and an organisation named like KARI ("Kari Agency", which variants would make "Kari
    institute"), whose one entry asks its question with a word in passing ("according to the weather")."""
    sentence = "The Kari Agency was founded in 1999."
    entry = qa.Entry(
        id="kari-agency-founded",
        question="When was the Kari Agency founded, according to the weather?",
        phrasings=[
            "Kari Agency founding date",
            "when was the Kari Agency set up",
            "founding of the Kari Agency",
            "the Kari Agency's first year",
            "Kari Agency creation",
        ],
        answer=sentence,
        evidence=[sentence],
        subjects=["kari-agency"],
    )
    agency = qa.Entity(id="kari-agency", name="Kari Agency", type=qa.EntityType.ORGANISATION)
    return builtin_plus(sentence, [entry], [agency])


def test_a_name_starting_with_another_organisations_name_is_no_variant_of_it(lookalike: qa.Knowledge) -> None:
    """ "the KARI institute" is KARI: the agency's name with "institute" for "agency" does not take it over."""
    answer = qa.answer("Who is the president of the KARI institute?", knowledge=lookalike)
    assert "Lim Cheol-Ho" in answer.text


@pytest.mark.parametrize("question", ["weather when?", "when is the weather", "weather 2day?"])
def test_a_word_a_stored_question_uses_in_passing_is_not_asked_about(lookalike: qa.Knowledge, question: str) -> None:
    """One plain word and a question word do not make the founding of the Kari Agency the answer."""
    assert not qa.answer(question, knowledge=lookalike).answered


def test_a_word_called_out_is_not_corrected_to_a_word_of_the_other_entries(mixed: qa.Knowledge) -> None:
    """ "Quando?" called out before the question is a word of another language, as it is for the release alone -
    not the other entries' "quango"."""
    conversation = qa.Conversation(knowledge=mixed)
    assert "Toulouse Space Show" in conversation.ask("Where was the SCO officially launched?").text
    answer = conversation.ask("Quando? When was this?")
    assert answer.answered, answer.text
    assert "last week" in answer.text


def test_a_filler_word_the_other_entries_use_stays_filler(mixed: qa.Knowledge) -> None:
    """ "actual" is a word of the other entries; in a follow-up about the release it still asks nothing."""
    turns = ["What happened in 2015 between the two agencies?", "What came out of it, in terms of actual work?"]
    alone, together = qa.Conversation(), qa.Conversation(knowledge=mixed)
    for turn in turns:
        expected, got = alone.ask(turn), together.ask(turn)
    assert got.answered, got.text
    assert got.text == expected.text
