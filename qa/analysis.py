"""Turning a question into terms: normalisation, typo correction, entity and phrase recognition, stemming.

The same analysis is applied to stored phrasings and to questions, so whatever it does, both sides agree. A term is
one of:

- an entity, `@kari`, from any alias ("KARI", "k.a.r.i.", "Korea Aerospace Research Institute");
- a question marker, `?when`, from "when", "what date", "which year" ...;
- a synonym group, `~lead`, from "head", "boss", "in charge" ...;
- a stemmed word, `satellit`;
- an unknown word, `!dlr`: not in the vocabulary and no close spelling is.

Filler words ("please", "tell me", "the") are dropped. Typos are corrected word by word against the vocabulary with
a budget that grows with word length (see `typo_budget`), because a whole-string similarity cannot tell a
misspelled known word from an unknown name (../shared/notes/matching.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from qa.kinds import ENTITY, QUESTION, SYNONYM, UNKNOWN, WORD
from qa.patterns import Pattern
from qa.shapes import (
    ABOUT_ASKER,
    AFTER_COMMA_PURPOSE,
    ALONE,
    ALONE_OR_MORE,
    APPOSITIVE,
    ARTICLES,
    ASKER,
    ASKERS_TIME,
    ASKERS_USE,
    ASKERS_WHEN,
    ASKING,
    ASKING_WH,
    ASKS,
    ATTEND,
    AUXILIARIES,
    BACK_FROM_DIGRESSION,
    BARE_RELATIVE_CLAUSE,
    BLANK,
    CALENDAR,
    CALLED_A_WHAT,
    CALLED_OUT,
    CAME_FIRST,
    CHOICE,
    CLAIM_OPENING,
    CLASSIFYING,
    CLAUSE_END,
    CLAUSE_HEADS,
    COMPASS,
    CONTRACTION,
    CORRECTED,
    CORRECTION_ASKED,
    COUNTED_THINGS,
    CREW_NOUNS,
    DATE_SAID,
    DATED_AFTER_NOUN,
    DATED_NOUN,
    DAY_NAME,
    DAY_OF_MONTH,
    DAY_SETTING,
    DECADE,
    DEMONSTRATIVES,
    DETERMINERS,
    DIGITS,
    DOER_KEYS,
    DOTTED_ACRONYM,
    EMBEDDED,
    ENDS_IN_CHOICE,
    ENDS_IN_DATE,
    EXCLAMATION,
    GOVERNED_WORD,
    GUESSED,
    HEARSAY,
    HOW_SUPPOSED,
    IN_PLACE_WH,
    IN_PLAIN_TERMS,
    LETTERED_OPTION,
    LIKE_NOT_A_VERB_AFTER,
    LIKENED,
    LIKENESS,
    LISTED_CHOICE,
    MADE_ADJECTIVE,
    MAIN_JOB,
    MET_AT_CLAUSE_END,
    MET_NOUNS,
    MODAL_WHY,
    NAME_SUFFIX,
    NAMED_CHOICE,
    NAMES_WANTED,
    NEGATED,
    NEGATION,
    NOT_PLACING,
    NOT_WHY,
    OFFERED_DOER,
    OFFERED_DOER_FIRST,
    OFFERED_HOLDER,
    OFFERED_HOLDER_STATED,
    OFFERED_NAMED_PLACE,
    OFFERED_PLACE,
    OFFERS_CHOICE,
    OPENING_TIME_CLAUSE,
    OPENS_WITH_WH,
    OPTION_SEPARATOR,
    OR_OTHERWISE,
    ORDINAL_NUMBER,
    OTHER_WAY,
    PARTICLES,
    PERSON_DESCRIBED,
    PERSON_NOUNS,
    PERSONAL,
    PLACING_VERBS,
    PLAIN_CHOICE,
    POINTING,
    POINTING_BACK,
    POINTS_BACK,
    POSSESSIVE,
    PRONOUNS,
    PURPOSE,
    PURPOSE_TAIL,
    QUESTION_WORD,
    QUOTE,
    QUOTES,
    RECURRING_TIME,
    RELATED_TO,
    RELATIVE,
    RELATIVE_CLAUSE,
    RELATIVE_PAST,
    REQUEST,
    ROLE_NOUNS,
    SCRIPT_BOUNDARY,
    SEGMENT_END,
    SENTENCE_END,
    SENTENCES,
    SET_APART,
    SHAPING_WORDS,
    SHOW,
    SHOWS_BEFORE_COMMA,
    SPAN,
    SPEAKS_OF_ASKER,
    SPELT_OUT,
    SPLIT_CHOICE,
    STRETCHED,
    TAG_WORD,
    TAGGED,
    TENURE,
    TENURE_PATTERN,
    THAT_SAID,
    THE_THING,
    TIME_CLAUSE,
    TIME_UNITS,
    TIMED_BY,
    TITLES,
    TOPIC_FIRST,
    TRAILED_BLANK,
    TRAILING_ASIDE,
    TRAILING_RUN,
    TRUE_OR_FALSE,
    VISIT,
    WENT_TO_DO,
    WH_WORD,
    WHAT_FOR,
    WHAT_FOR_LATER,
    WHAT_SUPPOSED,
    WHAT_TOOK,
    WHO_ASKED,
    WHO_CAME,
    WORD_BEFORE_MARK,
    WORD_MONTHS,
    WORD_PATTERN,
    WORKSHEET_LABEL,
    YEAR,
    YES_NO,
    YES_NO_BE,
)
from qa.text import fold_quote, strip_accents
from qa.words import EnglishWords, english_words, misspelt_english

if TYPE_CHECKING:
    from qa.models import EnglishLexicon

_DATA = Path(__file__).resolve().parent / "data"
FILLER = "-"  # phrase-table marker for phrases that are dropped
_MARKERS = frozenset((ENTITY, QUESTION, SYNONYM, UNKNOWN))
NAME_HINT_BOOST = 0.5  # weight of an entity a word of its name alone points to ("meteorology": the KMA)
ROLE_BOOST = 0.35  # weight of the words of a role ("president of CNES") read as the person who holds it
QUALIFIER_BOOST = 0.5  # weight of the words of a relative clause ("the agency *that Le Gall met*")
CODA_WORDS = 5  # a part after the question this short, asking nothing, says how to answer ("Names only.")
PREAMBLE_BOOST = 0.4  # weight of the plain words of what comes before the question ("I'm a teacher. Who ...?")
YES_NO_TAIL = 4  # the last words of a yes/no question or a claim, where what it offers is checked (`_offered`)
SPLIT_VERB_REACH = 6  # words between a phrasal verb and its particle ("put [the Paris space forum] on")
CLAUSES_JOINED = 3  # clauses of a long question read together at most (see `Analyzer.asking_clauses`)
ANALYSES_KEPT = 32  # questions whose analysis is kept (see `Analyzer.analyse`)
REMARK_WORDS = 4  # a remark this long is no topic label: a small-letter word it has is no name (see `_asks_alone`)
PUT_BACK_WORDS = 6  # the most words of a question that only puts a claim before it back (see `claim_put_back`)
CORRECTION_WORDS = 10  # the most words of a request to be put right after a claim (see `_correction_asked`)
CODA_STATEMENT_WORDS = 5  # a statement after the question this long may be a comment on it (see `_coda`)


@lru_cache(maxsize=1)
def english() -> EnglishLexicon:
    """The general-English data, read when an index is built (not when a cached one is loaded, hence the imports
    here: they are what a one-shot `qa ask` saves)."""
    import tomllib

    from qa.models import EnglishLexicon

    data = (_DATA / "english.toml").read_bytes()
    return EnglishLexicon.model_validate(tomllib.loads(data.decode("utf-8")))


def tokenize(text: str) -> list[str]:
    """Lower-case, accent-free word tokens; dotted acronyms joined ("K.M.A." -> "kma"), possessives dropped; a
    word of another script apart from Latin letters next to it ("KMA가" -> "kma", "가")."""
    if not text.isascii():
        text = strip_accents(fold_quote(text))
        text = SCRIPT_BOUNDARY.sub(" ", text)
    text = text.casefold()
    # Each rewrite only when its trigger character is there: this runs for every stored phrasing.
    if "." in text:
        text = DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    if "-" in text:
        text = MADE_ADJECTIVE.sub("", text)
    if "'" in text:
        text = NEGATION.sub(" not", text)
        text = POSSESSIVE.sub("", text)
        text = CONTRACTION.sub("", text)
    return WORD_PATTERN.findall(text)


_SOUNDED_ENDINGS = (("shun", "tion"), ("shon", "tion"), ("shen", "tion"), ("shin", "tion"), ("ns", "nce"))
_VOWELS = Pattern(r"(?<=.)[aeiouy]+")
_DOUBLED = Pattern(r"(.)\1+")


def _skeleton(word: str) -> str:
    """A word's consonants in order, after its first letter, doubles made single: how it sounds, roughly."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word))


def is_claim(text: str) -> bool:
    """Whether the question puts forward a claim to be checked: a yes/no question, a statement with a tag ("...,
    right?") or opened as one ("Correct me if I'm wrong, but ..."), or just asked ("So the forum was in Seoul?").
    """
    return (
        YES_NO.match(text) is not None
        or TAGGED.search(text) is not None
        or CLAIM_OPENING.match(text) is not None
        or asked_as_statement(text)
    )


def asked_as_statement(text: str) -> bool:
    """Whether the text is a statement asked as a question: "So the forum was organised by CNES and the KMA?"."""
    return text.rstrip().endswith("?") and WH_WORD.search(text) is None and len(text.split()) > 3


def corrected_question(text: str) -> str | None:
    """The question the asker puts instead, when they take theirs back as they write it ("Where was it - I mean, who
    ran it?"): only a question of its own - "Who leads KARI, I mean its head?" only says more. None if none."""
    match = CORRECTED.match(text)
    return match.group("question") if match is not None and ASKS.search(match.group("question")) else None


def opens_yes_no(text: str) -> bool:
    """Whether the text opens like a yes/no question ("Did Le Gall meet him?")."""
    return YES_NO.match(text) is not None


def _places_it(claim: str, place: re.Match[str]) -> bool:
    """Whether a claim's place says where what it names was, rather than which one it is: "Was the forum in
    Toulouse?", "Did the forum take place in Paris?" - but not "Did scientists attend that forum in Paris?", "Is it
    the one in Paris?" or "Is he happy to be back in Korea?"."""
    before = claim[: place.start()]
    to = place.group("to")
    word = (to.split()[0] if to else (before.split() or [""])[-1]).casefold()
    if word in PLACING_VERBS:
        return True
    return to is None and YES_NO_BE.match(claim) is not None and word not in NOT_PLACING and "," not in before


def puts_a_claim(text: str) -> bool:
    """Whether the text puts something forward to be confirmed: a yes/no question, or a statement with a tag
    ("Le Gall is president of KARI, yes or no?", "..., isn't he?") or a claim's opening ("I think ...")."""
    return opens_yes_no(text) or TAGGED.search(text) is not None or CLAIM_OPENING.match(text) is not None


def typo_budget(word: str) -> int:
    """Edits allowed when correcting `word`: none up to 2 letters, one from 3, two from 8.

    Search engines allow one typo from 4 or 5 letters; names here are short ("Gal" for "Gall", "KAS" for "KASS"), so
    3 letters get one, and the first-letter rule in `Analyzer._best` keeps that from turning "DLR" into anything.
    """
    if len(word) >= 8:
        return 2
    if len(word) >= 3:
        return 1
    return 0


_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """English stem, with British and American spellings folded together ("organized" ~ "organised")."""
    if DIGITS.match(word):
        return word
    return str(_STEMMER.stemWord(word.replace("iz", "is").replace("yz", "ys")))


class Term(NamedTuple):
    """One unit of meaning found in a question. (A named tuple: the index makes hundreds of thousands of them.)"""

    key: str  # "@kari", "?when", "~lead", "satellit", "!dlr"
    surface: str  # the words of the question it came from
    quality: float = 1.0  # 1 for an exact word, less for a corrected typo
    name_like: bool = False  # written like a name (capitals, digits, acronym)
    display: str = ""  # for unknown words: as the user wrote it, to quote back
    boost: float = 1.0  # less than 1 for terms carried over from an earlier question of the conversation
    offered: bool = False  # a value the question offers to be checked ("Was it in 1997?"), not one it states
    aside: bool = False  # said about the asker, not asked ("my grandson loves kimchi"): names nothing asked about

    @property
    def kind(self) -> str:
        first = self.key[:1]
        return first if first in _MARKERS else WORD


# What some ways of asking ask, in whatever words (see `Analyzer.analyse`): a term added when the question has none.
_ASKED_BY_PATTERN = (
    # "who came?", "who turned up?" with nothing after: who attended ("came" alone is filler - it comes and goes in
    # many questions - but said last, of people, it is who was there).
    (WHO_CAME, Term(SYNONYM + ATTEND, ATTEND)),
    # Asked as a choice, "just X, or others too?" asks whether X does it alone.
    (ALONE_OR_MORE, Term(SYNONYM + ALONE, ALONE)),
    # "How long has Le Gall been CNES president?", "When did he become head of the KMA?": how long someone has held
    # a post, which the release never says - an attribute, whatever else the question matches.
    (TENURE_PATTERN, Term(UNKNOWN + TENURE, TENURE, 0.0, display=TENURE)),
    # "Le Gall called this a what?": what he said it was.
    (CALLED_A_WHAT, Term(SYNONYM + QUOTE, "called ... a what")),
)


@dataclass(frozen=True)
class Analysis:
    """A question as the matcher sees it."""

    text: str
    terms: tuple[Term, ...]
    pronouns: tuple[str, ...]  # reference words found ("it", "there"), for follow-ups
    tokens: int  # how many word tokens the question had
    # Of the pronouns, those only a relative clause holds ("the forum that preceded *it*"): what they stand for only
    # says which thing is meant.
    qualifying: tuple[str, ...] = ()
    # The keys of what the question sets apart ("apart from Earth-observing satellites, what else ..."): known to
    # the asker, so not what the answer may be about.
    apart: frozenset[str] = frozenset()

    @property
    def entities(self) -> list[str]:
        return [t.key[1:] for t in self.terms if t.kind == ENTITY]

    @property
    def unknown(self) -> list[Term]:
        return [t for t in self.terms if t.kind == UNKNOWN]

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.terms]


_DASHES = ("-", "\u2013", "\u2014")


def _mark_after(text: str, part: str) -> str:
    """The punctuation that follows this part of the text, if any: a comma puts a subject first ("the DLR, how does
    it ...?"), as a dash does ("kompsat - what's france's part?")."""
    end = text.find(part) + len(part)
    following = text[end : end + 3]
    return "," if following[:1] == "," else following.strip()[:1]


PARTICLE_LETTERS = 6  # the longest word of another language read as a particle (see `Analyzer._particles`)
_PREPOSITIONS = frozenset(("on", "over", "off", "up", "down", "out"))  # particles that may govern a noun
_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my")
)


def _which_of_two(analysis: Analysis) -> Analysis:
    """The analysis without the "who" that "which of the two" reads as, when it picks by an order in time ("Which of
    those two came first?") or by what one is not ("Which of the two agencies is not the one ...?"): it asks for
    someone only when it picks by what they are or do ("Which of the two runs KARI?")."""
    picked = [t for t in analysis.terms if t.key == QUESTION + "who" and t.surface.startswith("which ")]
    if not picked or " of " not in picked[0].surface:
        return analysis
    ordered = any(t.key in (SYNONYM + "sequence", SYNONYM + "first") for t in analysis.terms)
    if not ordered and not NEGATED.search(analysis.text):
        return analysis
    # (The pair is still said: "two" weighs as the word it is.)
    two = Term("two", "two")
    return replace(analysis, terms=tuple(two if t is picked[0] else t for t in analysis.terms))


def _came_before(match: re.Match[str]) -> str:
    """ "came before" for a thing said to have come first (`CAME_FIRST`) - not when asked which came first ("Which of
    the two came first, the forum or the visit?" is asked as it is)."""
    clause = CLAUSE_END.split(match.string[: match.start()])[-1]
    return match.group() if WH_WORD.search(clause) else match.group("verb") + " before"


def _set_aside(
    analysis: Analysis, words: set[str], *, boost: float = PREAMBLE_BOOST, spared: Callable[[Term], bool] | None = None
) -> Analysis:
    """The analysis with the terms said only in `words` set aside at `boost` (who asks, how, a guess: not what is
    asked), except those `spared`."""
    terms = tuple(
        t._replace(boost=t.boost * boost, aside=True)
        if set(t.surface.split()) <= words and not (spared is not None and spared(t))
        else t
        for t in analysis.terms
    )
    return replace(analysis, terms=terms)


def _alternatives(groups: Iterable[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    """For each single word of a group, the other members of its group(s), as token tuples."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for group in groups:
        members = [tuple(tokenize(m)) for m in group]
        for member in members:
            if len(member) == 1:
                out.setdefault(member[0], []).extend(m for m in members if m and m != member)
    return out


def _alias_variants(alias: str) -> set[tuple[str, ...]]:
    """Token sequences an alias may be written as: as is, hyphenated parts joined, and without a leading "the"."""
    variants: set[tuple[str, ...]] = set()
    for form in (alias, re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)", "", alias)):
        tokens = tuple(tokenize(form))
        while tokens and tokens[0] == "the":
            tokens = tokens[1:]
        if tokens:
            variants.add(tokens)
    return variants


class Analyzer:
    """Analyses text against one vocabulary: general English plus everything a knowledge store says."""

    def __init__(
        self,
        entity_aliases: Mapping[str, Sequence[str]],
        synonyms: Mapping[str, Sequence[str]],
        corpus: Iterable[str],
        roles: Sequence[tuple[str, str, str]] = (),
        statements: Iterable[str] = (),
        *,
        hinted: Collection[str] = (),
        people: Collection[str] = (),
        places: Collection[str] = (),
    ) -> None:
        """`corpus`: the questions the knowledge expects. `statements`: what it says (its source and answers), which
        also decides the words about the asker that are read as filler; the two make the vocabulary. `roles`:
        (alias, entity id, description) for names of a role ("CNES president" for Le Gall): read as the entity, with
        the description's terms ("president of CNES") added at a low weight, so that a follow-up ("and of KMA?") can
        still swap the organisation. `hinted`: the entities (organisations, programmes) that a word of their name
        alone points to, when it is in no other name ("meteorology" for the Korea Meteorological Administration).
        `people`: the entities that are persons, whose one-word names may be nouns too ("the moon" is no president).
        `places`: the entities that are places, which a question may offer to choose from ("in Paris or Toulouse?")."""
        lexicon = english()
        # (Keyed as `tokenize` leaves a word: Korean syllables come apart into their letters.)
        self.shorthand = {" ".join(tokenize(word)): meant for word, meant in lexicon.shorthand.items()}
        self._measures = frozenset(lexicon.measures)
        exact: dict[tuple[str, ...], str] = {}
        for entity_id, aliases in entity_aliases.items():
            for alias in aliases:
                for variant in _alias_variants(alias):
                    exact[variant] = ENTITY + entity_id
        counts = _word_counts(corpus)
        said: set[str] = set()
        said_apart: set[str] = set()  # the words said outside any name (see `stated`)
        name_sizes = _lengths_by_first(exact)
        for text in statements:
            tokens = tokenize(text)
            counts.update(tokens)
            said.update(tokens)
            said_apart.update(_outside_names(tokens, exact, name_sizes))
        vocabulary = dict(counts)
        # Words about the asker ("my school report") are filler unless the knowledge says them (see english.toml):
        # a stored question that happens to mention a school project does not make "school" a subject.
        self.filler = frozenset(lexicon.filler) | {w for w in lexicon.asides if w not in said}
        # The stems of the words the knowledge states, in its source or answers (see `Engine.score`) - other than
        # as part of a name: "aerospace" in "Korea Aerospace Research Institute" states nothing aerospace.
        self.stated = frozenset(stem(w) for w in said_apart)
        # Longest-match phrase table. Later groups overwrite earlier ones for the same words, so entities (added
        # last) win over synonyms, and synonyms over question markers.
        phrases: dict[tuple[str, ...], str] = {tuple(tokenize(p)): FILLER for p in lexicon.filler_phrases}
        for marker, wordings in lexicon.question.items():
            for wording in wordings:
                phrases[tuple(tokenize(wording))] = QUESTION + marker
        for groups in (lexicon.synonyms, synonyms):
            for key, members in groups.items():
                for member in [key.replace("_", " "), *members]:
                    phrases[tuple(tokenize(member))] = SYNONYM + key
        # A phrase with another determiner means the same: "make that trip" for "make the trip".
        for phrase, key in list(phrases.items()):
            if len(phrase) > 2 and key[0] == SYNONYM:
                for i, word in enumerate(phrase[1:], 1):
                    if word in DETERMINERS:
                        for determiner in DETERMINERS:
                            phrases.setdefault((*phrase[:i], determiner, *phrase[i + 1 :]), key)
        # A phrasal verb in another form means the same: "teaming up" for "team up", "worked with" for "work with".
        for phrase, key in list(phrases.items()):
            if len(phrase) > 1 and key[0] == SYNONYM:
                for form in _verb_forms(phrase[0]):
                    phrases.setdefault((form, *phrase[1:]), key)
        # Aliases are also recognised with one word swapped for a variant ("Korean meteorological agency" for
        # "Korea Meteorological Administration"); exact aliases, added last, win over such variants.
        # (Not one that starts with another organisation's whole name: in a store that has both KARI and "Kari
        # Agency", "the KARI institute" is KARI, not the agency's variant.)
        alternatives = _alternatives(lexicon.variants)
        hinted = frozenset(hinted)  # (a large store has tens of thousands: looked up once per name word)
        self._hinted = frozenset(ENTITY + e for e in hinted)
        for variant, key in exact.items():
            other_name = exact.get(variant[:1])
            if other_name is not None and other_name != key and other_name[1:] in hinted:
                continue
            for i, word in enumerate(variant):
                for other in alternatives.get(word, ()):
                    swapped = (*variant[:i], *other, *variant[i + 1 :])
                    if swapped not in exact and swapped not in phrases:
                        phrases[swapped] = key
        phrases.update(exact)
        self._name_bigrams = frozenset(pair for variant in exact for pair in pairwise(variant))
        self._stem_entities = {tuple(stem(w) for w in variant): key for variant, key in exact.items()}
        self._stem_sizes = _lengths_by_first(self._stem_entities)
        self._name_words = frozenset(word for variant in exact for word in variant if len(word) > 1)
        skeletons: dict[str, set[str]] = {}
        for word in self._name_words:
            if word.isalpha():
                skeletons.setdefault(_skeleton(word), set()).add(word)
        # Only a sound that one name word makes: "chl" is "cheol", whatever the vowels - or, next to another word of a
        # name, the one that goes with it ("Jon-Yves": "jean", not "june"; see `_repair_names`).
        self._name_skeletons = {sound: next(iter(words)) for sound, words in skeletons.items() if len(words) == 1}
        self._name_sounds = {sound: tuple(sorted(words)) for sound, words in skeletons.items()}
        # The letters of a name word, for two of them swapped further apart than neighbours: "KIRA" for "KARI".
        letters: dict[tuple[str, str], set[str]] = {}
        for word in self._name_words:
            if len(word) >= 4 and word.isalpha():
                letters.setdefault((word[0], "".join(sorted(word))), set()).add(word)
        self._name_letters = {key: words.pop() for key, words in letters.items() if len(words) == 1}
        # Words that only ever appear in names, with the entities whose names they are part of.
        parts: dict[str, set[str]] = {}
        for variant, key in exact.items():
            if len(variant) > 1:
                for word in variant:
                    parts.setdefault(word, set()).add(key)
        self._name_parts = {w: frozenset(keys) for w, keys in parts.items() if w not in self.filler}
        stem_keys: dict[str, set[str]] = {}
        stem_members: dict[str, list[str]] = {}
        for phrase, key in phrases.items():
            if len(phrase) == 1 and key[0] in (SYNONYM, QUESTION):
                stem_keys.setdefault(stem(phrase[0]), set()).add(key)
                stem_members.setdefault(stem(phrase[0]), []).append(phrase[0])
        # Only stems that lead to one meaning ("organis" is both "organised" and "organisation": left alone).
        self._stem_phrases = {root: keys.pop() for root, keys in stem_keys.items() if len(keys) == 1}
        self._stem_members = {root: tuple(stem_members[root]) for root in self._stem_phrases}
        phrases.pop((), None)
        self.phrases = phrases
        self._phrase_pairs = frozenset(pair for phrase in phrases for pair in pairwise(phrase))
        # A word of one entity's name and of no other, that means nothing else: on its own, it hints at that entity
        # ("Which Korean agency is in charge of meteorology?" is about the KMA).
        # (Keyed by stem, as plain words are: "observatories" hints at the Space Climate Observatory.)
        owners: dict[str, set[str]] = {}
        self._attribute_words = frozenset(lexicon.attributes)
        excluded = self.filler | self._attribute_words
        attribute_owners: dict[str, set[str]] = {}
        for phrase, key in phrases.items():
            if key[0] == ENTITY and len(phrase) > 1:
                for word in phrase:
                    if word not in excluded and (word,) not in phrases and word.isalpha() and len(word) > 2:
                        owners.setdefault(stem(word), set()).add(key)
                    elif word in self._attribute_words and (word,) not in phrases:
                        attribute_owners.setdefault(word, set()).add(key)
        # An attribute word of one organisation's name, said of a role or a crew, names it: "the weather boss", "the
        # weather people" (but "the weather in Paris" asks for the weather).
        self._attribute_hints = {
            word: key for word, (key, *others) in attribute_owners.items() if not others and key[1:] in hinted
        }
        self._people = frozenset(ENTITY + person for person in people)
        self._places = frozenset(ENTITY + place for place in places)
        # The nouns for whom or what someone met, which a clause with no word to open it may follow ("the agency Le
        # Gall met", "the leaders he sat down with").
        self._met_heads = ROLE_NOUNS | CLAUSE_HEADS | PERSON_NOUNS | MET_NOUNS | set(lexicon.name_heads)
        self._other_names = frozenset(lexicon.other_names)
        self._other_places = frozenset(lexicon.other_places)
        self._countries = frozenset(lexicon.countries)
        self._vocatives = frozenset(" ".join(tokenize(v)) for v in lexicon.vocatives)
        self._greetings = frozenset(" ".join(tokenize(g)) for g in lexicon.greetings)
        self._name_hints = {root: key for root, (key, *others) in owners.items() if not others and key[1:] in hinted}
        # The word pairs inside any phrase, role names included (below): a longer phrase can only start where the
        # next word follows on.
        self._phrase_steps = self._phrase_pairs
        self._phrase_words = frozenset(word for phrase in phrases for word in phrase)
        # For each first word, the lengths of the phrases it starts, longest first: the only spans worth trying.
        self._phrase_sizes = _lengths_by_first(phrases)
        # Phrasal verbs, which may be split by their object: "put the forum on", "set it up", "put it together".
        # (Not a phrase opening on a word that says nothing alone: "in on" is no verb split by "in Korea on 2 July".)
        self._split_verbs: dict[str, dict[str, str]] = {}
        for phrase, key in phrases.items():
            if (
                len(phrase) == 2
                and phrase[1] in PARTICLES
                and key != FILLER
                and key[0] == SYNONYM
                and phrase[0] not in self.filler
            ):
                self._split_verbs.setdefault(phrase[0], {})[phrase[1]] = key

        for phrase in phrases:
            for token in phrase:
                vocabulary[token] = vocabulary.get(token, 0) + 1
        for word in self.filler:
            vocabulary.setdefault(word, 1)
        self.vocabulary = vocabulary
        self._words = [w for w in vocabulary if not DIGITS.match(w)]
        # Buckets for `_candidates`: by first letter and length; by the two letters after the first; by the first two.
        self._by_start: dict[tuple[str, int], list[str]] = {}
        self._by_second: dict[str, list[str]] = {}
        self._by_start2: dict[str, list[str]] = {}
        for w in self._words:
            self._by_start.setdefault((w[:1], len(w)), []).append(w)
            self._by_second.setdefault(w[1:3], []).append(w)
            self._by_start2.setdefault(w[:2], []).append(w)
        self._stems: dict[str, str] = {}
        for w in sorted(self._words, key=lambda w: (-vocabulary[w], w)):
            if len(w) > 3:
                self._stems.setdefault(stem(w), w)
        # Words a three-letter slip may be corrected to: filler and question or synonym words, never names.
        self._function_words = [
            w
            for w in self._words
            if w in self.filler or (len(w) <= 5 and phrases.get((w,), ENTITY)[0] in (QUESTION, SYNONYM))
        ]
        self._memoise()
        self._descriptors: dict[tuple[str, ...], tuple[str, ...]] = {}
        described: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
        # Two words left are a role only when the first names something of its own, the role word is no title another
        # may hold ("the French boss" is the CNES president, "the French president" may be the head of state), and
        # only one holder has it ("the Korean guy" may be either agency's).
        pairs: dict[tuple[str, ...], set[str]] = {}
        for alias, entity_id, description in roles:
            keys = tuple(t.key for t in self.analyse(description).terms)
            titled = description.split()[0].casefold() in TITLES
            for variant in _alias_variants(alias):
                # Also without the organisation's generic noun: "the French space boss" for "French space agency
                # boss", if what is left is still a phrase of three words or more.
                shorter = tuple(w for w in variant if w not in lexicon.name_heads)
                paired = (
                    len(shorter) == 2
                    and shorter != variant
                    and not titled
                    and self.phrases.get(shorter[:1], "").startswith(ENTITY)  # ("French": "weather boss" is no holder)
                )
                if paired:
                    pairs.setdefault(shorter, set()).add(entity_id)
                for spelling in (variant, shorter) if len(shorter) >= 3 or paired else (variant,):
                    if spelling not in self.phrases:
                        described.setdefault(spelling, (ENTITY + entity_id, keys))
        for pair, holders in pairs.items():
            if len(holders) > 1 and pair in described:
                del described[pair]
        for variant, (key, keys) in described.items():
            self.phrases[variant] = key
            self._descriptors[variant] = keys
            self._phrase_sizes[variant[0]] = tuple(
                sorted({*self._phrase_sizes.get(variant[0], ()), len(variant)}, reverse=True)
            )
        self._phrase_steps = frozenset(pair for phrase in self.phrases for pair in pairwise(phrase))
        # The descriptions were read before their roles became phrases: a word read then as starting none ("rector")
        # may start one now ("rector of Uni Zed").
        self._plain_words.clear()

    @property
    def dictionary(self) -> EnglishWords:
        """Ordinary English words: read from the package when first needed (only a word the vocabulary lacks is
        looked up), not kept in the cached index, of which it would be most."""
        return english_words()

    def __getstate__(self) -> dict[str, object]:
        # The memoised helpers are rebuilt on load: caches of bound methods cannot be pickled.
        state = dict(self.__dict__)
        for name in ("correct", "tied", "_nearest_name", "_plain_words", "_analysed"):
            state.pop(name, None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memoise()

    def _memoise(self) -> None:
        # How each word that starts nothing reads on its own (see `_plain_word`): filled as words are met.
        self._plain_words: dict[str, tuple[str, str] | None] = {}
        self.correct = lru_cache(maxsize=16384)(self._correct)
        self.tied = lru_cache(maxsize=16384)(self._tied)
        self._nearest_name = lru_cache(maxsize=16384)(self._find_name)
        # (A few: enough for one question read whole and in parts, not a store of past questions - a benchmark that
        # asks the same questions again must not find them answered already.)
        self._analysed = lru_cache(maxsize=ANALYSES_KEPT)(self._analyse_question)

    def _find_name(self, word: str) -> tuple[str, int] | None:
        """The name word `word` is a slip for: within its typo budget, or else spelt another way with the same
        consonants ("Chul" for "Cheol", "Jai" for "Jae": romanisations of one Korean syllable), at the budget's cost."""
        budget = max(1, typo_budget(word))
        found = self._best(word, self._names_near(word, budget), budget)
        if found is None and len(word) >= 3 and word.isalpha():
            same = self._name_skeletons.get(_skeleton(word))
            if same is not None and abs(len(same) - len(word)) <= 2:
                return same, budget
            shuffled = self._shuffled_name(word)
            if shuffled is not None:
                return shuffled, budget
        return found

    # --- spelling ---------------------------------------------------------------------------------------------

    def _candidates(self, word: str, budget: int) -> list[str]:
        """Vocabulary words that could be within `budget` edits of `word`, given the first-letter rule: the same
        first letter and a length within the budget, or (from two edits) any first letter and one edit less. Only
        these are compared, so a correction costs the same however large the vocabulary."""
        out: list[str] = []
        first = word[:1]
        for length in range(len(word) - budget, len(word) + budget + 1):
            out += self._by_start.get((first, length), ())
        # A slip at the very start: an extra first letter, a missing one, the first two swapped; from two edits,
        # a wrong first letter.
        extra = [*self._by_start2.get(word[1:3], ()), *self._by_second.get(word[:2], ())]
        extra += self._by_start2.get(word[1:2] + word[:1], ())
        if budget >= 2:
            extra += self._by_second.get(word[1:3], ())
        elif len(word) >= 4:
            # A neighbouring key struck for the first letter ("girst"), or one of the same sound ("cass"), at one
            # edit (see `_first_letter_penalty`).
            sounds = _SAME_SOUND - {first} if first in _SAME_SOUND else ""
            for key in (*_NEIGHBOURS.get(first, ""), *sounds):
                extra += [w for w in self._by_start.get((key, len(word)), ()) if w[1:3] == word[1:3]]
        out += [w for w in extra if abs(len(w) - len(word)) <= budget]
        return out

    def _names_near(self, word: str, budget: int) -> list[str]:
        """Words of names that could be within `budget` edits of `word` (see `_candidates`)."""
        return [w for w in self._candidates(word, budget) if w in self._name_words]

    def _best(self, word: str, choices: Sequence[str] | None, budget: int) -> tuple[str, int] | None:
        """The closest choice within `budget` edits; a different first letter costs one more (as Meilisearch).
        `choices` None means the whole vocabulary."""
        if budget <= 0:
            return None
        if choices is None:
            choices = self._candidates(word, budget)
        found = process.extract(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=budget, limit=8)
        best: tuple[int, bool, bool, int, bool, int, str] | None = None
        for choice, distance, _ in found:
            cost = int(distance) + _first_letter_penalty(word, choice)
            if cost > budget:
                continue
            # Ties go to the longer shared beginning ("wher" is "where", not "when"), then the commoner word.
            # then to a word the slip left a letter out of (the commonest slip), then the commoner word.
            rank = (
                cost,
                # A word of the lexicon's phrases or of a name before any other word of a large store: "frist" is
                # "first", not "frisk"; "CENS" is "CNES", not "cent".
                choice not in self._phrase_words,
                # Two letters swapped keep the word's letters: "haed" is "head", not "hand".
                sorted(choice) != sorted(word),
                -_shared_prefix(word, choice),
                len(choice) <= len(word),
                -self.vocabulary.get(choice, 0),
                choice,
            )
            if best is None or rank < best:
                best = rank
        return None if best is None else (best[-1], best[0])

    def _tied(self, word: str) -> tuple[str, ...]:
        """Every known word as close to the slip `word` as the closest one (for choosing by context)."""
        budget = max(1, typo_budget(word))
        pool = [*self._candidates(word, budget), *(self._function_words if len(word) == 3 else ())]
        found = process.extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=budget, limit=16)
        costs = {choice: int(d) + _first_letter_penalty(word, choice) for choice, d, _ in found}
        least = min(costs.values(), default=budget + 1)
        return tuple(sorted(c for c, cost in costs.items() if cost == least <= budget))

    def _in_context(self, words: list[tuple[str, float, str]]) -> None:
        """Between equally close corrections, take the one that makes a known phrase with a neighbour: "stand ofr"
        is "stand for", not "stand of"."""
        for i, (word, quality, surface) in enumerate(words):
            if quality >= 1.0 or quality <= 0.0 or surface == word or " " in surface:
                continue
            before = words[i - 1][0] if i > 0 else None
            after = words[i + 1][0] if i + 1 < len(words) else None

            def fits(choice: str, before: str | None = before, after: str | None = after) -> bool:
                # (A neighbour that is filler says little - any word can follow "the" or come before "of": "the
                # presdent of" is "the president of", though "the present" is a phrase - unless the two are part
                # of a name: "one planit" is the One Planet Summit.)
                return any(
                    pair in self._phrase_pairs and (neighbour not in self.filler or pair in self._name_bigrams)
                    for pair, neighbour in (((before, choice), before), ((choice, after), after))
                )

            if fits(word):
                continue
            better = next((c for c in self.tied(surface) if c != word and fits(c)), None)
            if better is not None:
                words[i] = (better, quality, surface)

    def respelt(self, text: str) -> str:
        """The text with slips in the words that shape two questions in one or a comparison respelt ("Which came
        frist, the forum or the visit?", "Was the forum befor or after the visit?"), for the patterns that find
        them (`qa.conversation`); every other word is left as written, to be read as usual."""
        if all(len(w) < 4 or w.casefold() in self.vocabulary for w in WORD_PATTERN.findall(text)):
            return text  # (nothing to respell: the common case, kept cheap)

        def fixed(found: re.Match[str]) -> str:
            word = found.group()
            low = word.casefold()
            if len(low) < 4 or low in self.vocabulary or low in self.dictionary:
                return word
            spelt, quality = self.correct(low)
            return spelt[0] if len(spelt) == 1 and spelt[0] in SHAPING_WORDS and quality >= 0.9 else word

        return WORD_PATTERN.sub(fixed, text)

    def _correct(self, word: str, as_name: bool = False) -> tuple[tuple[str, ...], float]:
        """Known spelling(s) for an unknown word, and how sure we are (1.0 exact; () when nothing fits).

        `as_name`: the user wrote it like a name (capitalised), so even an English word ("Tales") may be a
        misspelt name ("Thales").
        """
        if word in self.vocabulary:
            return (word,), 1.0
        if len(word) >= 4 and word in self.dictionary and not as_name:
            # An English word the knowledge never uses, two letters of which swapped make a word of one of its
            # meanings: the commonest slip of all ("mete" for "meet"; but "lost" is not "lots").
            for i in range(len(word) - 1):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped != word and self.phrases.get((swapped,), FILLER)[:1] in (SYNONYM, QUESTION):
                    return (swapped,), 0.9
        same_stem = self._stems.get(stem(word))
        if same_stem is not None:
            # Another form of a known word ("delivering" where the release says "deliver", "Galls" for "Gall") -
            # unless one slip away is a word of the knowledge's own phrases: "contracter" is "contractor", even in
            # a store where "contract" is a word. An English word is no slip: "playing" is a form of "play", not
            # "planing" (a form the lexicon derives from "plan").
            if len(word) > 3 and word not in self.dictionary:
                near = self._best(word, None, 1)
                if near is not None and (
                    (same_stem not in self._phrase_words and near[0] in self._phrase_words)
                    # (Nor is a form far from the word itself, when one slip makes another word of the knowledge:
                    # "facilites" is "facilities", not "facilitate".)
                    or DamerauLevenshtein.distance(word, same_stem) > 2
                ):
                    return (near[0],), 0.95
            return (same_stem,), 1.0
        if len(word) == 2 and word.isdigit():
            # A year in two digits ("since 87"), when the knowledge knows it in four.
            year = next((c + word for c in ("19", "20") if c + word in self.vocabulary), None)
            if year is not None:
                return (year,), 0.9
        if len(word) == 4 and word.isdigit() and not 1900 <= int(word) <= 2040:
            # Two digits of a year the knowledge knows swapped ("2105" for 2015): no year that far off is meant.
            for i in range(3):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped != word and swapped in self.vocabulary and YEAR.fullmatch(swapped):
                    return (swapped,), 0.8
        if DIGITS.match(word) or DECADE.fullmatch(word) or len(word) > 40:
            return (), 0.0  # (a number or a decade is as written: "1990s" is no slip for "1980s")
        if len(word) >= 4 and word in self.dictionary and not as_name:
            # An ordinary English word the knowledge never uses ("fall", "budget"): unknown, not a typo of a
            # known word that happens to be close ("full").
            return (), 0.0
        # A three-letter word is corrected towards names only when written like a name ("Gal" for "Gall", not
        # "Air" for "aim"), and otherwise towards function words only (below): "nah" is not "Nam".
        # Missing spaces: "presidentof" -> "president of", "whoisthe" -> "who is the".
        parts = self._split(word, 3)
        if len(word) > 3:
            if parts and all(part in self.filler for part in parts):
                # Small words run together ("ofit", "inthe") are that, rather than one slip from a word ("fit").
                return parts, 0.95
            # A word written like a name is a slip in a name before any other word as close: "Fance" is "France",
            # not "face".
            found = self._best(word, self._names_near(word, 1), 1) if as_name else None
            if found is None:
                found = self._best(word, None, min(1, typo_budget(word)))
            if found is None and as_name and word not in self.dictionary:
                shuffled = self._shuffled_name(word)
                found = (shuffled, 1) if shuffled is not None else None
        elif as_name:
            found = self._best(word, self._names_near(word, 1), 1)
        else:
            found = None
        if found is not None:
            return (found[0],), 1.0 - 0.05 * found[1]
        # A split is tried before two edits, which would turn "broughtle" into "brought" and lose "le" - but only
        # into words: "Frans" is a slip for "France", not "FR" (France's code) run into "ans".
        if parts and all(part in self.dictionary or part in self.filler or part in self._name_words for part in parts):
            return parts, 0.95
        if typo_budget(word) >= 2:
            found = self._best(word, None, typo_budget(word))
            if found is not None:
                return (found[0],), 1.0 - 0.05 * found[1]
        # Short slips of function words ("wat", "teh", "hwo"): one edit, towards function words only.
        if len(word) == 3 and not as_name:
            near = self._best(word, self._function_words, 1)
            # (An English word only towards a word that asks nothing: "fro" is "for", but "on air" is no "aim".)
            # (Never an attribute, which is what such a question hinges on: "What is Le Gall's pay?" is no "play".)
            if (
                near is not None
                and (word not in self.dictionary or near[0] in self.filler)
                and word not in self._attribute_words
            ):
                return (near[0],), 0.8
            # ... and two letters swapped in a known English word ("jbo" for "job"), the commonest slip of all.
            for i in (0, 1):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped in self.vocabulary and swapped in self.dictionary:
                    return (swapped,), 0.8
        # An ending spelt as it sounds ("navigashun"), then at most one slip before it.
        for sounded, spelt in _SOUNDED_ENDINGS:
            if word.endswith(sounded) and len(word) >= len(sounded) + 3:
                respelt = word[: -len(sounded)] + spelt
                near = (respelt, 0) if respelt in self.vocabulary else self._best(respelt, None, 1)
                if near is not None:
                    return (near[0],), 0.85 - 0.05 * near[1]
        return (), 0.0

    def _could_be_misspelt(self, written: str, fixed: tuple[str, ...]) -> bool:
        """Whether a word written like a name can be a slip for `fixed`. A name is never a misspelt filler word
        ("Boeing" is not "being"), and a word with a capital after a small letter ("SpaceX", "OneWeb") is a brand,
        not a slip - though it may be words run together ("KARIdevelop"). "KARIs" is just a plural."""
        if len(fixed) > 1:
            # (Though not small words run together, written with a capital: "visit Togo?" names a country, where
            # "togo" is "to go".)
            return not (written[:1].isupper() and written[1:].islower() and all(w in self.filler for w in fixed))
        if fixed[0] in self.filler:
            return False
        return not _branded(written)

    def _split(self, word: str, most: int) -> tuple[str, ...] | None:
        """`word` as at most `most` known words run together, longest first word first; None if it is not."""
        for cut in range(len(word) - 1, 1, -1):
            left, right = word[:cut], word[cut:]
            if left not in self.vocabulary:
                continue
            if right in self.vocabulary and len(right) >= 2:
                return (left, right)
            if most > 2:
                rest = self._split(right, most - 1)
                if rest:
                    return (left, *rest)
        return None

    # --- analysis ---------------------------------------------------------------------------------------------

    def _repair_names(self, words: list[tuple[str, float, str]], as_names: Mapping[str, str]) -> None:
        """Correct a word that is a slip inside a name ("Tales Alenia", "Le Gal" where the vocabulary knows "gal"):
        an unknown word, or one written like a name that is no part of any name, and only when the corrected word
        and its neighbour form part of an entity's alias."""
        parts = self._name_parts
        for i, (word, _, surface) in enumerate(words):
            if (
                not word.startswith(UNKNOWN)
                and not (surface in as_names and word not in parts)
                # A plain word next to part of a name may be a slip in it too: "le gal", where a large store
                # knows "gal" as a word of its own.
                and not (
                    len(word) >= 3
                    and word not in parts
                    and word not in self.filler
                    and word not in self._phrase_words  # "who" after "Cheol" is no slip for "Ho"
                    and ((i > 0 and words[i - 1][0] in parts) or (i + 1 < len(words) and words[i + 1][0] in parts))
                )
            ):
                continue
            if _branded(as_names.get(surface, "")) or surface in self._other_names:
                continue  # ("SpaceX launch" is no slip for the "Space Launch" of a name, however written)
            found = self._nearest_name(surface) or self._sounded_beside(words, i, surface)
            if found is None:
                continue
            pairs = []
            if i > 0:
                pairs.append((words[i - 1][0], found[0]))
            if i + 1 < len(words):
                pairs.append((found[0], words[i + 1][0]))
            if any(pair in self._name_bigrams for pair in pairs):
                words[i] = (found[0], 1.0 - 0.1 * found[1], surface)

    def _shuffled_name(self, word: str) -> str | None:
        """The one name word with the letters of `word`, from the same first letter: two of them swapped further apart
        than neighbours ("KIRA" for "KARI"); None if there is not one."""
        return self._name_letters.get((word[:1], "".join(sorted(word))))

    def _sounded_beside(self, words: list[tuple[str, float, str]], i: int, surface: str) -> tuple[str, int] | None:
        """The one name word with the consonants of `surface` that goes with the word of a name beside it: "Jon"
        before "Yves" is "jean" (though "june" sounds the same)."""
        if len(surface) < 3 or not surface.isalpha():
            return None
        sounds = self._name_sounds.get(_skeleton(surface), ())
        fits = {
            w
            for w in sounds
            if abs(len(w) - len(surface)) <= 2
            and (
                (i > 0 and (words[i - 1][0], w) in self._name_bigrams)
                or (i + 1 < len(words) and (w, words[i + 1][0]) in self._name_bigrams)
            )
        }
        return (fits.pop(), max(1, typo_budget(surface))) if len(fits) == 1 else None

    def _split_particle(self, plain: list[str], i: int) -> tuple[int, str] | None:
        """The particle of the phrasal verb at `i` a few words on, with the phrase's key: "put" ... "on"."""
        wanted = self._split_verbs[plain[i]]
        for j in range(i + 2, min(len(plain), i + 2 + SPLIT_VERB_REACH)):
            key = wanted.get(plain[j])
            # (Not a preposition before what it governs: "put the SCO on the road" puts nothing on.)
            if key is not None and not (
                plain[j] in _PREPOSITIONS and j + 1 < len(plain) and plain[j + 1] in _DETERMINERS
            ):
                return j, key
        return None

    def _unstretched(self, word: str) -> str:
        """A word with letters drawn out for effect read as the word: "soooo" is "so", "plzzz" is "plz"."""
        if word in self.vocabulary or not STRETCHED.search(word):
            return word
        for letters in (r"\1\1", r"\1"):
            shorter = STRETCHED.sub(letters, word)
            if shorter in self.vocabulary or shorter in self.dictionary:
                return shorter
        return word

    def _manner_adverb(self, word: str) -> bool:
        """An English adverb of manner made from an adjective ("concretely", "exclusively", "broadly"): it says how
        something is asked or done. Not one of time ("weekly"), which may be what is asked."""
        if not word.endswith("ly") or len(word) < 7:
            return False
        base = word[:-2]
        return base not in TIME_UNITS and (base in self.dictionary or base + "e" in self.dictionary)

    def _starts_phrase(self, words: list[str], i: int) -> bool:
        """Whether a phrase of more than one word starts at `i`."""
        return any(
            size > 1 and tuple(words[i : i + size]) in self.phrases for size in self._phrase_sizes.get(words[i], ())
        )

    def _phrase_at(self, plain: list[str], i: int) -> tuple[int, str | None, int | None]:
        """The longest phrase starting at `i`: (its size, its key, None); or (0, None, where a longer entity name
        starts) when a phrase here is overtaken by one (see `_overtaken`); or (0, None, None)."""
        sizes = self._phrase_sizes.get(plain[i], ())
        if sizes and sizes[0] > 1 and (i + 1 == len(plain) or (plain[i], plain[i + 1]) not in self._phrase_steps):
            # (Most words that start a phrase start none here: the test spares the slicing, at index time too.)
            sizes = sizes[-1:] if sizes[-1] == 1 else ()
        for size in sizes:
            if i + size > len(plain):
                continue
            key = self.phrases.get(tuple(plain[i : i + size]))
            if key is None:
                continue
            if size > 1:
                overtaken = self._overtaken(plain, i, size)
                if overtaken is not None:
                    return 0, None, overtaken
            return size, key, None
        return 0, None, None

    def _overtaken(self, plain: list[str], start: int, size: int) -> int | None:
        """Where an entity name as long as the phrase at `start` starts inside it and runs past its end, if one does:
        in "boss of South Korea aerospace research institute" the institute's name wins over the role "boss of
        South Korea"."""
        end = start + size
        for j in range(start + 1, end):
            for other in self._phrase_sizes.get(plain[j], ()):
                if other < size or not end < j + other <= len(plain):
                    continue
                later = tuple(plain[j : j + other])
                key = self.phrases.get(later)
                # Only a name proper overtakes, and one of the same length only a role ("boss of South Korea"):
                # "Anzu Kari director" is the director of Anzu Kari, not "Kari director" (the President of KARI).
                if (
                    key is not None
                    and key.startswith(ENTITY)
                    and later not in self._descriptors
                    and (other > size or tuple(plain[start:end]) in self._descriptors)
                ):
                    return j
        return None

    def _stem_match(self, plain: list[str], i: int) -> tuple[str, int] | None:
        sizes = self._stem_sizes.get(stem(plain[i]))
        if not sizes or plain[i].startswith(UNKNOWN):
            return None
        for size in sizes:
            if i + size <= len(plain):
                key = self._stem_entities.get(tuple(stem(w) for w in plain[i : i + size]))
                if key is not None:
                    return key, size
        return None

    def _common_noun(self, words: list[tuple[str, float, str]], i: int, written: dict[str, str] | None) -> bool:
        """Whether the word at `i` is written as an English noun after an article, not like a name."""
        surface = words[i][2]
        return (
            written is not None
            and i > 0
            and words[i - 1][2] in ARTICLES  # (as written: "ban ki-moon" is no "an moon")
            and surface not in written
            and surface in self.dictionary
        )

    def _plain_word(self, word: str) -> tuple[str, str] | None:
        """How `word` reads when it starts no phrase, phrasal verb or inflected name: (_TERM, its key),
        (_PRONOUN, "") or (_FILLER_WORD, ""); None when it may start one, or is unknown, and needs reading in place."""
        if (
            word in self._phrase_sizes
            or word in self._split_verbs
            or word.startswith(UNKNOWN)
            or (word not in self.filler and stem(word) in self._stem_sizes)
        ):
            return None
        if word in PRONOUNS:
            return _PRONOUN, ""
        if word in self.filler:
            return _FILLER_WORD, ""
        return _TERM, self._word_key(word)

    def _word_key(self, word: str) -> str:
        """The key of a plain word: its stem, or the synonym or question word it is a form of ("organisations" for
        "organisation")."""
        root = stem(word)
        key = self._stem_phrases.get(root)
        if key is None or not any(_inflects(word, m) for m in self._stem_members[root]):
            return root
        return key

    def _joined_letters(self, tokens: list[str]) -> list[str]:
        """Letters spelt one by one joined into the acronym they spell, when the knowledge knows it: "what does k m a
        stand for" (as speech-to-text writes it) asks about the KMA."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            end = i
            while end < len(tokens) and len(tokens[end]) == 1 and tokens[end].isalpha():
                end += 1
            joined = "".join(tokens[i:end])
            if end - i >= 2 and joined in self.vocabulary:
                out.append(joined)
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return out

    def stored_keys(self, text: str) -> tuple[str, ...]:
        """The keys of the terms of a stored phrasing or answer, in order (analysed with `repair=False`)."""
        return tuple(t.key for t in self._analyse(text, repair=False).terms)

    def analyse(self, text: str, *, repair: bool = True) -> Analysis:
        """`text` as terms. `repair=False` skips looking for misspelt names among known words: for stored
        phrasings, which are spelt right, and which the index analyses by the hundred thousand. In questions, the
        words of a relative clause or a clause of time (`_qualified`) and of what is set apart (`_set_apart`) weigh
        less. A question's analysis is kept (`_analysed`): a declined question is read again, whole and in parts,
        by each way of finding what it asks."""
        if not repair:
            return self._analyse(text, repair=False)
        return self._analysed(text)

    def _analyse_question(self, text: str) -> Analysis:
        """`analyse` of a question (`repair`), worked out."""
        text = BLANK.sub(" what ", WORKSHEET_LABEL.sub(" ", text)).strip()
        text = TRAILED_BLANK.sub(lambda m: m.group("kept") + " what", text)
        text = self._without_other_way(_as_choice(IN_PLAIN_TERMS.sub(" ", text)))
        text = CAME_FIRST.sub(_came_before, text)
        text = THE_THING.sub("it", text)
        tail = TRAILING_ASIDE.search(text)
        if tail is not None:
            text = text[: tail.start()] + tail.group("end")
        if "?" in text:
            choice = SPLIT_CHOICE.match(text)
            if choice is not None:
                # "the forum was in Paris? or was it Seoul? which one": one question offering two answers, as
                # "the forum was in Paris or Seoul?" does.
                text = f"{choice.group('claim')} or {choice.group('other')}?"
        analysis = self._particles(self._analyse(text, repair=True))
        parts = SEGMENT_END.split(text)  # (split once, for the shapes below that may stand in any one part)
        # (In any of the question's parts: after a remark, "just picked the last apples :) what's this sco for", or
        # before one, "And what is this observatory actually for? I always thought ...")
        what_for = WHAT_FOR.match(text) or next((m for part in parts if (m := WHAT_FOR.match(part)) is not None), None)
        later = WHAT_FOR_LATER.search(text) if what_for is None else None
        if later is not None and all(w in self.filler for w in tokenize(text[: later.start()])):
            what_for = later  # (after words that ask nothing: "ok real talk what's the sco even for")
        if (
            what_for is not None
            # (Only filler may follow, up to a comma: "what did he go there for, honestly?", "what's the whole SCO
            # business for, in a nutshell?")
            and all(w in self.filler for w in tokenize(what_for.group("after").split(",")[0]))
            and not any(t.key in NOT_WHY for t in analysis.terms)
        ):
            # "What was he there for?": what for is why.
            analysis = replace(analysis, terms=(*analysis.terms, Term(QUESTION + "why", "what ... for")))
        elif (WENT_TO_DO.match(text) or WENT_TO_DO.match(parts[-1])) and not any(
            t.key in NOT_WHY for t in analysis.terms
        ):
            # (The main job one went to do is no post: "Strip it back for me: what was the main job he went over
            # there to do?")
            job = MAIN_JOB.search(text)
            said = set(tokenize(job.group("job"))) if job is not None else set()
            kept = tuple(t for t in analysis.terms if not (said and set(t.surface.split()) <= said))
            analysis = replace(analysis, terms=(*kept, Term(QUESTION + "why", "what ... to do")))
        elif (took := WHAT_TOOK.match(text)) is not None and not any(t.key in NOT_WHY for t in analysis.terms):
            # What takes one somewhere is a visit; "what event took him there?" asks which event, not why.
            event = took.group("noun") is not None and any(
                t.key == SYNONYM + "event" and t.surface == took.group("noun").casefold() for t in analysis.terms
            )
            added = [] if event else [Term(QUESTION + "why", "what took ... there")]
            # (Not of "there", which a conversation reads as the visit in focus: "When did he first go? - what took
            # him there?")
            if "there" not in analysis.pronouns and not any(t.key == SYNONYM + VISIT for t in analysis.terms):
                added.append(Term(SYNONYM + VISIT, "took ... there"))
            analysis = replace(analysis, terms=(*analysis.terms, *added))
        elif (job := MAIN_JOB.search(text)) is not None and any(t.key == SYNONYM + VISIT for t in analysis.terms):
            # "the main job on that trip", "the main business he came for": what the trip was for, not a post.
            said = set(tokenize(job.group("job")))
            kept = tuple(t for t in analysis.terms if not set(t.surface.split()) <= said)
            analysis = replace(analysis, terms=(*kept, Term(QUESTION + "why", job.group())))
        if PERSON_DESCRIBED.match(text) and any(t.key in self._people for t in analysis.terms):
            # "How is Jean-Yves Le Gall described?" asks his title, not what he said.
            analysis = replace(
                analysis,
                terms=tuple(
                    Term(self._word_key("title"), t.surface) if t.key == SYNONYM + QUOTE else t
                    for t in analysis.terms
                    if t.surface != "how"
                ),
            )
        if HOW_SUPPOSED.match(text) or WHAT_SUPPOSED.match(text):
            # "How are the partners supposed to work together?" asks how, not what for.
            analysis = replace(
                analysis,
                terms=tuple(t for t in analysis.terms if not (t.key == QUESTION + "why" and t.surface in MODAL_WHY)),
            )
        offered = self._alone_or_many(
            self._guessed_between(self._chosen_between(self._offered(self._preamble(self._hearsay(analysis)))))
        )
        qualified = self._dated(self._qualified(self._classifying(self._counting(offered))))
        analysis = self._likened(
            self._askers_time(self._askers_use(self._without_tag_words(self._corrected(self._set_apart(qualified)))))
        )
        if DAY_SETTING.search(text):
            # "on the day of the meetings" says when what is asked happened, it does not ask when: "What was the
            # weather like in South Korea on the day of the meetings?" asks for the weather.
            analysis = replace(
                analysis,
                terms=tuple(t for t in analysis.terms if not (t.key == QUESTION + "when" and t.surface == "day")),
            )
        analysis = _which_of_two(analysis)
        for pattern, term in _ASKED_BY_PATTERN:
            if pattern.search(text) and not any(t.key == term.key for t in analysis.terms):
                analysis = replace(analysis, terms=(*analysis.terms, term))
        return analysis

    def _counting(self, analysis: Analysis) -> Analysis:
        """The analysis with a small number said before the things asked for weighing as a qualifier: "which 2 korean
        agencies did he sit down with" asks which agencies; the answer that lists them says how many, and a
        phrasing need not."""
        counted = COUNTED_THINGS.search(analysis.text)
        if counted is None:
            return analysis
        count = counted.group("count").casefold()
        terms = tuple(
            t._replace(boost=t.boost * QUALIFIER_BOOST, name_like=False) if t.key == count else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _askers_time(self, analysis: Analysis) -> Analysis:
        """The analysis without the words of a clause at the end saying when the asker asks ("..., before I go up
        the next lift?"): the asker's time, not the question's - "before" is no question of what came first. Names
        in it still count."""
        match = ASKERS_TIME.search(analysis.text) if SPEAKS_OF_ASKER.search(analysis.text) else None
        if match is None:
            return analysis
        said = set(tokenize(match.group("clause")))
        terms = tuple(t for t in analysis.terms if t.kind == ENTITY or not set(t.surface.split()) <= said)
        return replace(analysis, terms=terms)

    def _likened(self, analysis: Analysis) -> Analysis:
        """The analysis with the words of a likeness drawn after the question set aside (`LIKENED`): "What was the
        Korea trip helping to get ready for? Like blowing up balloons before the party?" asks what the trip
        prepared; balloons and parties are the asker's picture of it, not things the release is asked about. Not
        when the likeness names something the knowledge knows, a number or a question word, or points back at what
        is asked about: "..., like the SCO?", "like 2015 or so?", "like what year?" and "like launching stuff for
        them?" say what is asked."""
        match = LIKENED.search(analysis.text)
        if match is None or match.start() == 0:
            return analysis
        clause = match.group("clause")
        if any(c.isdigit() for c in clause) or WH_WORD.search(clause) is not None or POINTS_BACK.search(clause):
            return analysis
        said = set(tokenize(clause))
        inside = [t for t in analysis.terms if set(t.surface.split()) <= said]
        if not inside or any(t.kind in (ENTITY, QUESTION) for t in inside):
            return analysis
        if any(word[:1].isupper() and not CALENDAR.fullmatch(word) for word in clause.split()[1:]):
            # (A name the release lacks, even in a likeness, is no thing to answer about: "Samsung"; a day is no
            # name: "like my Sunday line out the door".)
            return analysis
        if len(inside) == len(analysis.terms):
            return analysis  # (nothing asked outside it)
        return _set_aside(analysis, said)

    def _askers_use(self, analysis: Analysis) -> Analysis:
        """The analysis with the plain words of what the asker will do with the answer set aside: "Which month would
        I block out?" asks for a month; blocking out is no attribute of anything the release names. Only a few words
        at the end, naming nothing the knowledge knows: "When should I say the SCO was launched?" asks when it was."""
        match = ASKERS_USE.search(analysis.text) if SPEAKS_OF_ASKER.search(analysis.text) else None
        if match is None:
            return analysis
        use = set(tokenize(match.group("use")))
        if any(t.kind not in (UNKNOWN, WORD) and set(t.surface.split()) & use for t in analysis.terms):
            return analysis
        return _set_aside(analysis, use)

    def _dated(self, analysis: Analysis) -> Analysis:
        """The analysis with a date put before a noun weighing as a qualifier: in "What did the July meetings give
        the two countries a chance to do?", July only says which meetings - it is not asked what happened then."""
        dates = {
            " ".join(tokenize(m.group("date")))
            for pattern in (DATED_NOUN, DATED_AFTER_NOUN)
            for m in pattern.finditer(analysis.text)
            if m.group("noun").casefold() not in self.filler and not CALENDAR.fullmatch(m.group("noun"))
        }
        if not dates:
            return analysis
        terms = tuple(
            t._replace(boost=t.boost * QUALIFIER_BOOST)
            if t.kind == ENTITY and " ".join(tokenize(t.surface)) in dates
            else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _without_tag_words(self, analysis: Analysis) -> Analysis:
        """The analysis without a word of another language tagged on at the end ("At which event was the SCO
        announced, ludzu?", "..., molim?") or a greeting called out before the question ("labas! who is boss of the
        weather agency", "Sannu da aiki! who is Lim Cheol-Ho?"): "please", a greeting or a particle, not a name.
        Only unknown words that are no English word, no attribute asked for and no organisation known to be
        another."""
        tagged = [m.group("word") for m in TAG_WORD.finditer(analysis.text) if m.group().islower()]
        if "-" in analysis.text:
            tagged += [m.group("suffix") for m in NAME_SUFFIX.finditer(analysis.text) if self._after_name(analysis, m)]
        greeting = self._greeting(analysis.text)
        words = {word for w in tagged for word in tokenize(w)} | greeting
        words = {w for w in words if w not in self.dictionary and w not in self._attribute_words}
        words -= self._other_names
        # (An English word by which the asker addresses the bot goes too: "Who heads the KMA, love?")
        addressed = {said for w in tagged if (said := " ".join(tokenize(w))) in self._vocatives}
        # (Nor one a larger vocabulary corrects to some word of its own: "Quando? When was this?" is no "quango".)
        terms = [
            t
            for t in analysis.terms
            if not ((t.kind == UNKNOWN or (t.quality < 1 and t.kind != ENTITY)) and t.surface in words)
            and not (t.kind != ENTITY and t.surface in addressed)
        ]
        if len(greeting) > 1:
            # A greeting of several words says nothing asked, in whatever words: "Dobar dan." ("dan" is no "when").
            terms = [t for t in terms if t.kind == ENTITY or not set(t.surface.split()) <= greeting]
        return analysis if len(terms) == len(analysis.terms) else replace(analysis, terms=tuple(terms))

    def _after_name(self, analysis: Analysis, suffix: re.Match[str]) -> bool:
        """Whether a word joined by a hyphen follows a person's name the question holds: "Le Gall-ssi"."""
        before = " ".join(tokenize(analysis.text[: suffix.start()]))
        return any(t.key in self._people and t.kind == ENTITY and before.endswith(t.surface) for t in analysis.terms)

    def _names_its_subject(self, text: str) -> bool:
        """Whether the text names something the knowledge knows before any pronoun could point back past it: "who is
        president of CNES which he go to Korea?" does, "what role did it play in the SCO?" does not."""
        pointing = POINTING.search(text)
        return bool(self._analyse(text if pointing is None else text[: pointing.start()], repair=True).entities)

    def _greeting(self, text: str) -> set[str]:
        """The words of a greeting or particle called out before the question, if there is one: "labas!",
        "Barev! Please tell me ...", "mela, who ...", "Sannu da aiki! ...", "Yauwa my friend, the forum ...". Called
        out, one word may be written like a name, as the first word of a sentence is; before a comma, only in lower
        case and before a question ("mela, who ...") - "Galileo, CNES role in Korea?" puts its subject first - or
        before a question with a name of its own ("Kai, what help is France giving Korea?"). Several words are a
        greeting only in words of another language, naming and asking nothing. And if the question points back at
        the words before naming anything of its own, they are its subject: "Airbus! what role did it play?"."""
        called = CALLED_OUT.match(text)
        if called is None:
            return set()
        words, mark, rest = called.group("words", "mark", "rest")
        if any(c.isupper() for w in words.split() for c in w[1:]):
            return set()  # an acronym or a name written with capitals inside ("JAXA!", "McDonald")
        asking = ASKING.search(rest) is not None
        one = words.split() == [words]
        named = self._names_its_subject(rest)
        if POINTING.search(rest) and not named:
            return set()
        if one and not (mark != "," or (words.islower() and asking) or (named and WH_WORD.search(rest))):
            return set()
        if " ".join(tokenize(words)) in self._greetings:
            return set(tokenize(words))  # ("Good afternoon. Who is ...?": an English greeting)
        if not one and all(w in self.filler or w in self._vocatives for w in tokenize(words)):
            return set(tokenize(words))  # ("alright love, when did ...": a greeting and a word of address)
        if not one:
            said = self._analyse(words, repair=True).terms
            foreign = sum(t.kind == UNKNOWN and t.name_like for t in said)
            # (Mostly such words, one may read as English: "Sat Sri Akal ji, ..." - "sat" is chat for "satellite".)
            if not (
                asking
                and named
                and foreign
                and (
                    all(t.kind in (UNKNOWN, WORD) or (t.kind == QUESTION and t.quality < 1) for t in said)
                    or (foreign >= 2 and [t.kind for t in said if t.kind != UNKNOWN] in ([WORD], [SYNONYM]))
                )
            ):
                return set()
        return set(tokenize(words))

    def _corrected(self, analysis: Analysis) -> Analysis:
        """The analysis of a question the asker corrects as they write it, with the words only the first attempt
        says set aside: "What was the main cargo of that trip - I mean, what was the chief reason for going?" asks
        why. Names keep their weight, as the second may point back at them ("In which month is President Moon going
        to France - or rather, what kind of visit is it?"); and a correction that asks nothing of its own only says
        more ("Who leads KARI, I mean its head?")."""
        question = corrected_question(analysis.text)
        if question is None:
            return analysis
        kept = {t.key for t in self.analyse(question).terms}
        terms = tuple(
            t if t.key in kept or t.kind == ENTITY else t._replace(boost=t.boost * PREAMBLE_BOOST, aside=True)
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _classifying(self, analysis: Analysis) -> Analysis:
        """The analysis with what a yes/no question says its subject is weighing as one qualifier: "Is KASS an
        Earth-observation satellite?" asks what KASS is - the answer says, whether or not the guess was right - not
        about the Earth-observing satellites the release speaks of elsewhere."""
        match = CLASSIFYING.match(analysis.text)
        if match is None or WH_WORD.search(match.group("predicate")):
            return analysis  # ("is the SCO a CNES thing or whose baby is it?" asks whose)
        subject = self._analyse(match.group("subject"), repair=True)
        if subject.pronouns or len(subject.terms) != 1 or subject.terms[0].kind != ENTITY:
            return analysis  # "Is it true that ...", "Was the forum in Paris a success?"
        predicate = self._analyse(match.group("predicate"), repair=True)
        said = {t.key for t in predicate.terms} - {subject.terms[0].key}
        if not said:
            return analysis
        if RELATED_TO.search(match.group("predicate")) and any(
            t.kind == ENTITY and t.key != subject.terms[0].key for t in predicate.terms
        ):
            return analysis  # (a relation to another thing is the claim: "Was the KMA an organiser of the forum?")
        share = QUALIFIER_BOOST / len(said)
        terms = tuple(t._replace(boost=t.boost * share) if t.key in said else t for t in analysis.terms)
        return replace(analysis, terms=terms)

    def _chosen_between(self, analysis: Analysis) -> Analysis:
        """The analysis with the names the question ends by offering to choose from ("Which city hosted the
        announcement: Paris or Toulouse?") weighing together as one qualifier: the answer names the right one. Of
        three or more ("...: Airbus, Thales Alenia Space or Arianespace?", "for over how many years, 20, 30 or
        40?"), those the release does not know are offered too - no names it lacks - if one is a name or number it
        does know."""
        if " or " not in analysis.text.casefold():
            return analysis  # (the patterns below, only where they may match: `qa ask` compiles what it uses)
        listed = LISTED_CHOICE.search(analysis.text)
        match = listed or NAMED_CHOICE.search(analysis.text)
        if match is None:
            return analysis
        if listed is not None:
            options = [o for o in OPTION_SEPARATOR.split(listed.group("options")) if o.strip()]
        else:
            options = [match.group("a"), match.group("b")]
        known: set[str] = set()
        lacking: set[str] = set()
        for option in options:
            # (As read in the question if it reads as nothing alone: "Boeing" is no slip for "being" there.)
            words = set(tokenize(option))
            terms = self._analyse(option, repair=True).terms or tuple(
                t for t in analysis.terms if set(t.surface.split()) <= words
            )
            if len(terms) == 1 and (terms[0].kind == ENTITY or (terms[0].kind == WORD and terms[0].surface.isdigit())):
                known.add(terms[0].key)
            elif terms and all(t.kind == UNKNOWN for t in terms):
                lacking.update(t.key for t in terms)  # ("Lockheed Martin")
            else:
                return analysis  # ("... the forum or the visit?" may be two subjects asked about, not a choice)
        if not known or (len(options) == 2 and lacking):
            return analysis  # (two, of which the release lacks one - "in Paris or Seoul?" - are a claim to check)
        # (A name the question also asks about stays asked: "Who is KARI's president: Nam, Lim or Moon?" asks of
        # Lim Cheol-Ho - the president of KARI - as well as offering him.)
        asked = {t.key for t in self._analyse(analysis.text[: match.start()], repair=True).terms}
        keys = (known | lacking) - asked
        if not keys:
            return analysis
        share = QUALIFIER_BOOST / len(keys)
        terms = tuple(
            t._replace(boost=t.boost * share, offered=True, name_like=False) if t.key in keys else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _without_other_way(self, text: str) -> str:
        """The question without the other way round it ends by offering: "Is the SCO a CNES idea, or did it come from
        somewhere else?" asks whether it was CNES's, not where anything came from, and "Whose brainchild is the
        SCO, CNES's or somebody else's?" whose it is - the answer settles both. Not when the other way names
        something: "..., or did NASA or someone else come up with it?"."""
        other = OTHER_WAY.search(text) if YES_NO.match(text) or OPENS_WITH_WH.match(text) else None
        if other is None or any(
            t.kind == ENTITY or (t.kind == UNKNOWN and t.name_like)
            for t in self._analyse(other.group(), repair=True).terms
        ):
            return text
        return text[: other.start()] + "?"

    def _hearsay(self, analysis: Analysis) -> Analysis:
        """The analysis with the plain words of who made a claim first, and their verb, set aside: in "lads on site
        reckon the koreans built their nav system on their own", the lads and the site say whose claim it is, not
        what is asked. A name there keeps its weight: "Le Gall reckons ..." may be about him."""
        said = HEARSAY.match(analysis.text)
        if said is None:
            return analysis
        # (The verb too, as the shorthand reads it: "reckon" is "think".)
        speaker = {word for w in tokenize(said.group()) for word in self.shorthand.get(w, w).split()}
        return _set_aside(analysis, speaker, spared=lambda t: t.kind in (ENTITY, QUESTION))

    def _particles(self, analysis: Analysis) -> Analysis:
        """The analysis with the short words of another language that a question naming its subject ends on, or sets
        off with a comma after them, set aside as particles, not names: "I am just curious lho, SCO is announce in
        what month?", "the sco is help to understand the climate change gyud?", "..., kuv xav paub.". Not a word
        written like a name, nor one a preposition governs ("did le gall go to busan"), nor when the question
        points back at it ("naro, what did cnes do there?")."""
        # (A name read through a slip names nothing for sure: "hmmm flim flam wibble".)
        if not any(t.kind == ENTITY and t.quality >= 1.0 for t in analysis.terms) or any(
            PRONOUNS.get(p) == "place" for p in analysis.pronouns
        ):
            return analysis
        text = analysis.text
        foreign = {
            t.surface
            for t in analysis.terms
            if t.kind == UNKNOWN
            and t.name_like
            and t.display.islower()
            and t.surface.isalpha()
            and len(t.surface) <= PARTICLE_LETTERS
            and t.surface not in self.dictionary
            and not self.names_another(t.surface)
        }
        if not foreign:
            return analysis  # (most questions: the text is not scanned)
        foreign -= {m.casefold() for m in GOVERNED_WORD.findall(text)}
        particles = foreign & {m.casefold() for m in WORD_BEFORE_MARK.findall(text)}
        # (... and all the words of such a run after a comma at the end: "..., kuv xav paub.")
        run = TRAILING_RUN.search(text)
        # (Words of it that make no term, a "please" of that language, do not count.)
        said = set(tokenize(run.group("run"))) & {t.surface for t in analysis.terms} if run is not None else set()
        if said and said <= foreign:
            particles |= said
        if not particles:
            return analysis
        terms = tuple(
            t._replace(name_like=False, boost=t.boost * PREAMBLE_BOOST, aside=True) if t.surface in particles else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _alone_or_many(self, analysis: Analysis) -> Analysis:
        """The analysis with the unknown words of a choice between one doer alone and many set aside
        as a guess ("Is the SCO just France going it alone, or is it a big pack of agencies working together?"): the
        answer that says who does it settles it - a pack is no name the release lacks."""
        chosen = ALONE_OR_MORE.search(analysis.text)
        if chosen is None:
            return analysis
        # (Both guesses, the one and the many: "a one-man bench job", "a France-Korea affair" name nothing either.)
        guesses = analysis.text[chosen.start() :]
        return _set_aside(analysis, set(tokenize(guesses)), boost=QUALIFIER_BOOST, spared=lambda t: t.kind != UNKNOWN)

    def _guessed_between(self, analysis: Analysis) -> Analysis:
        """The analysis with the plain words of guesses a question ends by offering ("Who attended the Paris forum -
        was it only the two agencies, or a broader guest list?") set aside as qualifiers: the question before them
        asks, of a subject it names, and the answer settles the guess. Not when a guess is a name (see
        `_chosen_between`) or asks something of its own."""
        if " or " not in analysis.text.casefold():
            return analysis
        match = PLAIN_CHOICE.search(analysis.text)
        if match is None:
            return analysis
        before = analysis.text[: match.start()]
        options = match.group("a", "b")
        if not WH_WORD.search(before) or any(WH_WORD.search(o) for o in options) or not self._names_its_subject(before):
            return analysis
        if set(tokenize(options[1])) <= self.filler:
            return analysis  # ("how'd le gall sum up the korea deal, big deal or nah": one guess, to confirm)
        guessed = [t for o in options for t in self._analyse(o, repair=True).terms]
        if not guessed or any(t.kind in (ENTITY, QUESTION) for t in guessed):
            return analysis
        asked = {t.key for t in self._analyse(before, repair=True).terms}
        words = set(tokenize(" ".join(options)))
        return _set_aside(analysis, words, boost=QUALIFIER_BOOST, spared=lambda t: t.kind == ENTITY or t.key in asked)

    def _foreign_tagged(self, text: str) -> str | None:
        """The statement before a tag in the asker's own language, if the text ends on one: "Forum was in Seoul,
        yebo?" - not after a question ("When was Le Gall in Georgia, batono?" only says please), nor after English
        words ("And after 2015, what's new?"). None otherwise."""
        head, comma, last = text.rpartition(",")
        if (
            comma
            and head.strip()
            and not WH_WORD.search(head)
            and not any(w in self.dictionary for w in tokenize(last))
            and self._foreign_courtesy(last)
        ):
            return head
        return None

    def _ends_in_unknown_date(self, analysis: Analysis) -> bool:
        """Whether the text ends on a date the knowledge does not know, after something else: "Moon visit
        September?" (not "1987", nor "Le Gall 1987", which ask what happened then)."""
        found = ENDS_IN_DATE.search(analysis.text)
        if found is None or not analysis.text[: found.start()].strip(" ,?!.:-"):
            return False
        date = " ".join(tokenize(found.group()))
        return any(t.kind == UNKNOWN and t.surface == date for t in analysis.terms)

    def _offered(self, analysis: Analysis) -> Analysis:
        """The analysis with the values a question offers to be checked or chosen from - days, months, years, a
        number of years - weighing as qualifiers, and asking for that kind of answer: "Was the visit on a Tuesday?"
        and "monday or tuesday, the visit?" ask which day it was, and the answer that gives it ("on Monday 2 July")
        is the reply, whichever day was offered; "for about 20 years, is that right?" asks how long."""
        text = analysis.text
        choices = [m.group() for m in CHOICE.finditer(text)] if " or " in text.casefold() else []
        spans: set[str] = set()
        tag_words: frozenset[str] = frozenset()
        places = any_place = doers = False
        relative: re.Match[str] | None = None  # a time before now offered ("a year ago")
        # (A name the release lacks may be the value offered: a place a claim ends on, or a guess.)
        unknown_names = {t.surface for t in analysis.unknown if t.name_like}
        tagged = TAGGED.search(text)
        # (A tag in the asker's own language is one too: "Forum was in Seoul, yebo?" - read only when there is no
        # English one, as it needs the tag's words analysed.)
        foreign_tagged = self._foreign_tagged(text) if tagged is None else None
        claimed = bool(
            tagged is not None
            or foreign_tagged is not None
            or YES_NO.match(text)
            or CLAIM_OPENING.match(text)
            # ("so the forum was in Paris or Seoul?": a statement ending on a choice is a claim to check, and so are
            # words ending on a date, "Moon visit September?")
            or ((ENDS_IN_CHOICE.search(text) or self._ends_in_unknown_date(analysis)) and not WH_WORD.search(text))
        )
        # A statement asked as a question, that asks for nothing, may put a place or a doer to be checked: "The forum
        # was held in Seoul?" (but not a date it does not end on as when: "april forum organisers?" asks who, and
        # "Day of the week Le Gall was in Korea?" which day).
        stated = not claimed and asked_as_statement(text) and not any(t.kind == QUESTION for t in analysis.terms)
        if choices:
            offered = {w.casefold() for choice in choices for w in CALENDAR.findall(choice)}
        elif claimed or stated:
            # Only what the question ends on is checked: "Was the visit on a Tuesday?", "Le Gall first came in 1997,
            # if I remember well?", but "Was the forum in April organised by CNES?" asks who organised it.
            claim = text[: tagged.start()] if tagged is not None else foreign_tagged or text
            tag_words = frozenset(tokenize(tagged.group())) if tagged is not None else frozenset()
            # (A statement puts a date forward only where it ends on one said as when: "Moon's state visit is in
            # December?")
            dated = claimed or DATE_SAID.search(claim) is not None
            tail = " ".join(claim.split()[-YES_NO_TAIL:]) if dated else ""
            offered = {w.casefold() for w in (*CALENDAR.findall(tail), *YEAR.findall(tail), *DECADE.findall(tail))}
            offered |= {w.casefold() for m in DAY_OF_MONTH.finditer(tail) for w in m.groups() if w}
            spans = set() if offered else {m.group(1) for m in SPAN.finditer(tail)}
            # ("Was the SCO launched about a year ago?": when it was, whatever time before now is offered)
            relative = RELATIVE_PAST.search(tail) if not offered and not spans else None
            if relative is not None:
                offered = set(tokenize(relative.group()))
            # "Was the forum held in Seoul?": a place the release does not know, where the claim ends, is the claim
            # to check - the answer says where it was - unless another unknown name makes the question about
            # something else ("Did NASA take part in the forum in Seoul?").
            place = OFFERED_PLACE.search(claim.rstrip(" ?!.,"))
            # ("... in Paris or Seoul?": either may be the one it lacks)
            named_places = {p.casefold() for p in place.groups()[1:3] if p} if place is not None else set()
            # (where there, said after the place, is part of what is offered: "... in Marseille by the harbour?")
            there = place.group("there") if place is not None else None
            named_place = OFFERED_NAMED_PLACE.search(claim.rstrip(" ?!.,"))
            if named_place is not None:
                named_places |= set(tokenize(named_place.group("name")))
            # (A place followed by when, which the release knows, is what is checked: "Was Le Gall in Japan on 2
            # July?" asks where he was then.)
            if (
                offered
                and place is not None
                and place.end() < len(claim.rstrip(" ?!.,"))
                and not any(t.kind == UNKNOWN and t.surface in offered for t in analysis.terms)
                and len(unknown_names) == 1
                and unknown_names <= named_places
            ):
                offered = set()
            if not offered and not spans and len(unknown_names) == 1 and unknown_names <= named_places:
                offered, places = unknown_names, True
                tag_words = tag_words | {there} if there is not None else tag_words
                # (Where one goes may be a country: "Is the state visit to Germany?" needs no city.)
                # (... or when it is a country: "Was Le Gall in Japan in July?")
                any_place = (place is not None and place.group("to") is not None) or unknown_names <= self._countries
            elif not offered and not spans and not unknown_names and place is not None:
                # "was that april forum in paris or toulouse?": a choice of places the release knows asks where,
                # and neither is what it is about (not the Toulouse show) - nor is one place it knows, offered for
                # something else it names: "Was the France-Korea forum held in Toulouse?".
                known = {t.surface for t in analysis.terms if t.key in self._places and t.surface in named_places}
                subjects = [t for t in analysis.terms if t.kind == ENTITY and t.surface not in known]
                if known == named_places and (place.group(2) or (subjects and _places_it(claim, place))):
                    offered, places = known, True
                    any_place = place.group("to") is not None
            doer = (
                OFFERED_DOER.search(claim.rstrip(" ?!.,"))
                or OFFERED_HOLDER.match(claim)
                or OFFERED_DOER_FIRST.match(claim)
                or OFFERED_HOLDER_STATED.match(claim)
            )
            if (
                not offered
                and not spans
                and doer is not None
                and len(unknown_names) == 1
                and unknown_names <= set(tokenize(doer.group("name")))
                and any(t.key in DOER_KEYS for t in analysis.terms)
            ):
                offered, doers = unknown_names, True
        elif (guess := GUESSED.search(text)) is not None and not WH_WORD.search(guess.group("value")):
            # (Not a question of its own after the comma: "According to Le Gall, what took place in 1987?")
            # "which day was the Paris forum, Tusday?", "what day was he there, a monday or smth?": a day, month or
            # year put after the question as a guess, however spelt, is checked like one a yes/no question ends on.
            said = f" {' '.join(tokenize(guess.group('value')))} "
            guessed = [t for t in analysis.terms if f" {t.surface} " in said]
            # ("how long, like 10 years or more?": a number of years guessed is a span offered to be checked)
            spans = {m.group(1) for m in SPAN.finditer(guess.group("value"))}
            # ("Where was the forum held, London was it?": a place the release does not know, guessed after a question
            # of where, is checked as one a claim ends on - if it is the only name the release lacks.)
            place_guessed = (
                len(guessed) == 1
                and guessed[0].kind == UNKNOWN
                and unknown_names == {guessed[0].surface}
                and any(t.key == QUESTION + "where" for t in analysis.terms)
            )
            if spans:
                guessed = []
            elif place_guessed:
                places = True
            elif not guessed or not all(
                _is_date(t.surface)
                or _is_date(t.key.lstrip(UNKNOWN))
                or (t.name_like and t.surface in WORD_MONTHS)  # ("was it March?", though "march" is a word)
                for t in guessed
            ):
                return analysis
            offered = {t.surface for t in guessed}
        else:
            return analysis
        wanted: tuple[str, ...]  # question markers that already ask for it
        if relative is not None:
            asks, wanted = Term(QUESTION + "when", "when"), (QUESTION + "when",)
        elif places:
            # (Marked as offered: the answer must name a city, or the release does not say which of its cities.)
            asks, wanted = Term(QUESTION + "where", "where", offered=not any_place), (QUESTION + "where",)
        elif doers:
            asks, wanted = Term(QUESTION + "who", "who"), (QUESTION + "who",)
        elif spans:
            asks, wanted = Term(QUESTION + "how_long", "how long"), (QUESTION + "how_long",)
        elif offered and all(YEAR.fullmatch(w) for w in offered):
            # (Even after "when": "When was the forum, 2010?" is answered by a year, not by a day.)
            asks, wanted = Term(QUESTION + "year", "year"), (QUESTION + "year",)
        elif offered and all(YEAR.fullmatch(w) or DECADE.fullmatch(w) for w in offered):
            asks, wanted = Term(QUESTION + "year", "year"), (QUESTION + "when", QUESTION + "year")
        elif offered:
            # (A day of the month offered asks for the day, as a day of the week does: "... on 12 December?")
            day = DAY_NAME.search(" ".join(offered)) is not None or any(w.isdigit() for w in offered)
            asks, wanted = Term(QUESTION + "when", "day" if day else "month"), (QUESTION + "when", QUESTION + "year")
        else:
            return analysis
        values = spans or offered
        # Of values to choose from, one at most is right: together they weigh as one qualifier. They are no names.
        share = QUALIFIER_BOOST / len(values)
        terms = [
            t._replace(boost=t.boost * share, name_like=False, offered=True)
            if (t.key.lstrip(UNKNOWN) if spans else t.surface) in values
            else t
            for t in analysis.terms
            # ("for about ten years, correct?" asks no year, and the tag asks nothing of its own)
            if not (spans and t.key == QUESTION + "year" and t.surface in ("year", "years"))
            # (nor does "a year ago": the year it offers is no year asked)
            and not (relative is not None and t.kind == QUESTION and t.surface in offered)
            and not (tag_words and t.kind in (WORD, UNKNOWN) and t.surface in tag_words)
        ]
        if not any(t.key in wanted for t in terms):
            terms.append(asks)
        return replace(analysis, terms=tuple(terms))

    def _preamble(self, analysis: Analysis) -> Analysis:
        """The analysis with the plain words of the parts that ask nothing weighing less: in "I run a small
        consultancy and I'm briefing a client. In one sentence, what role did Thales Alenia Space play?", the
        consultancy and the sentence say who asks and how, not what. Names keep their weight there: "I'm filing a
        story on the SCO: when was it launched?" is about the SCO. If the question part holds nothing but question
        words and pronouns ("... - could you remind me what he was called?"), the rest is what it asks about."""
        text = analysis.text
        parts = [p for p in SEGMENT_END.split(text) if p and p.strip()]
        purpose = PURPOSE.match(parts[0]) if parts else None
        if purpose is not None:
            parts[:1] = [purpose.group(), parts[0][purpose.end() :]]
        purpose_tail = None
        for i, part in enumerate(parts):
            # ... or a request that ends by saying whom it is for: "Expand KMA for my briefing sheet."
            # (... or any question, after a comma: "Which city, for the message slip?")
            tail = PURPOSE_TAIL.search(part) if REQUEST.match(part) else AFTER_COMMA_PURPOSE.search(part)
            if tail is not None:
                purpose_tail = tail.group()
                parts[i : i + 1] = [part[: tail.start()], purpose_tail]
                break
        if len(parts) < 2:
            return analysis
        # Only parts about the asker or the purpose are set aside: "the korean rocket thing, what did france do for
        # it" puts its subject first.
        # A statement about the asker is set aside even with a question word in it, when a question follows: "When
        # I taught science we barely mentioned the climate. What is this observatory supposed to help us do?"
        questions = [p for p in parts if p.rstrip().endswith("?") and WH_WORD.search(p)]  # ("Can you help?": no)
        if not questions and OPENS_WITH_WH.match(parts[-1]):
            questions = [parts[-1]]  # (the last part, if it opens with a question word: "... :) what's this for")
        if not questions and IN_PLACE_WH.search(parts[-1]) and self._names_its_subject(parts[-1]):
            questions = [parts[-1]]  # (... or ends on one, asked in place: "lol ok rapid fire: kslv-2 is a what")
        if (
            not questions
            and parts[-1].rstrip().endswith("?")
            and self._names_its_subject(parts[-1])
            and not POINTING_BACK.search(parts[-1])
        ):
            # (or if it asks by its question mark alone, of a subject it names: "lightning round, go: kma boss's
            # name?" - and not of a place said before it: "paris air show - sco there?")
            questions = [parts[-1]]
        about_asker = [
            p
            for p in parts
            if (ASKER.search(p) or PURPOSE.match(p + ",") or PURPOSE_TAIL.fullmatch(p) or p == purpose_tail)
            and (not ASKS.search(p) or (questions and p not in questions and p.rstrip()[-1:] in ".!"))
        ]
        # So is a statement set before the question as its scene ("There was a big forum in Paris this spring...
        # who organised it?"), though not a subject put first with a comma ("the DLR, how does it cooperate?"):
        # its plain words weigh less, but a name there still names what is asked about.
        last_question = max((i for i, p in enumerate(parts) if p in questions), default=-1)
        scene = [
            p
            for i, p in enumerate(parts)
            if i < last_question
            and p not in about_asker
            and not ASKS.search(p)
            and not p.rstrip().endswith("?")  # ("Thales something? What's their role?" names its subject)
            # (A subject put first with a comma is asked about - "the DLR, how does it cooperate?" - unless it is
            # only words the knowledge lacks and the question names its own subject: "hey, quick q from the
            # transfer boat, who runs kari these days?")
            and (
                _mark_after(text, p) != ","
                or (self._only_words_it_lacks(p) and self._names_its_subject(parts[last_question]))
            )
        ]
        # And a few words after the question that say how to answer: "... Names only.", "Just the date, please."
        asked_last = max((i for i, p in enumerate(parts) if p.rstrip().endswith("?")), default=last_question)
        coda = [
            p
            for i, p in enumerate(parts)
            if asked_last >= 0
            and i > asked_last
            and p not in about_asker
            and not ASKS.search(p)
            and not p.rstrip().endswith("?")
            # (Or a remark of any length that names nothing the knowledge knows: "need it quick, tickets are piling
            # up".)
            and (len(p.split()) <= CODA_WORDS or self._remark(p))
        ]
        aside = about_asker + scene + coda
        asking = [p for p in parts if p not in aside]
        if not aside or not asking:
            return analysis
        asked_text = " , ".join(asking)
        asked = self.analyse(asked_text).terms
        main = {t.key for t in asked if t.kind != QUESTION}
        # (A question of bare question words asks of what the rest names - unless the rest only says whom the answer
        # is for: "Which city, for the message slip?")
        # (... or when the rest names nothing and the question asks of someone it points at: "Strip it back to the
        # rafters for me: what was the main job he went over there to do?")
        # (The rest's own reading, made once and only if one of the tests below needs it.)
        aside_terms = cache(lambda: self._analyse(" , ".join(aside), repair=True).terms)
        only_for = all(PURPOSE_TAIL.fullmatch(p) or p == purpose_tail for p in aside) or (
            bool(PERSONAL & set(analysis.pronouns))
            and not any(t.kind == ENTITY or (t.kind == UNKNOWN and t.name_like) for t in aside_terms())
        )
        if not only_for and not any(t.key in main for t in analysis.terms if t.kind in (ENTITY, SYNONYM, WORD)):
            # The question asks of what the rest says - but the asker's talk of themselves that names nothing is
            # aside all the same: "I'm trying to get the sequence straight for a little timeline I'm drawing up. The
            # forum in Paris came first, I believe; on what date was that held?" asks of the forum, not of sequences.
            idle = [p for p in about_asker if not self._analyse(p, repair=True).entities]
            if not idle or len(idle) == len(about_asker):
                return analysis
            kept = set(tokenize(" ".join(p for p in parts if p not in idle)))
            return _set_aside(analysis, set(tokenize(" ".join(idle))) - kept, spared=lambda t: t.kind == ENTITY)
        # Question words keep their weight, unless the question asks something else of its own - or asks with a
        # question word that marks nothing ("Climate is the story of our time. What will the SCO help us do?"): then
        # "time" in the remark asks nothing.
        # (One the question asks too reads as it is asked there: "I always forget dates. The summit was what month?"
        # asks for a month, not a date.)
        markers = {t.key: t for t in asked if t.kind == QUESTION}
        # A name the release lacks, in the scene, may be what the question is about - unless the question names its
        # own subject: "hey, zamboni guy here lol. who's running kari these days?"
        # (A name put first before a dash is the subject all the same: "kompsat - what's france's part?")
        names_own = self._names_its_subject(asked_text)
        scene_named = bool(scene) and (not names_own or any(_mark_after(text, p) in _DASHES for p in scene))
        said_by_asker = (
            {t.key for t in self._analyse(" , ".join(about_asker), repair=True).terms} if scene_named else None
        )
        # (A name said about the asker is what a question pointing back at it asks about: "My neighbour's boy
        # adores that French astronaut, Thomas Pesquet. What did he do during the Korea visit?")
        # (Not at a remark that names nothing, when the question names what it asks about after the pronoun:
        # "lovely day for walkies! which summit did they first announce the SCO at?" - "they" are whoever did.)
        pointed = (
            POINTING.search(asked_text) is not None
            and not names_own
            and (
                not any(t.kind == ENTITY for t in asked)
                or any(
                    t.kind == ENTITY or (t.kind == UNKNOWN and t.name_like and not t.display.islower())
                    for t in aside_terms()
                )
            )
        )
        # (... and so is a question word there: "I remember 'for over 30 years' - which countries was that about?")
        keep_unasked = not markers and (
            pointed or THAT_SAID.search(asked_text) is not None or WH_WORD.search(asked_text) is None
        )
        terms = tuple(
            t._replace(surface=markers[t.key].surface, display=markers[t.key].display)
            if t.key in markers
            else t
            if t.key in main or t.kind == ENTITY or (t.kind == QUESTION and keep_unasked)
            else t._replace(boost=t.boost * PREAMBLE_BOOST)
            if t.name_like and (pointed or (said_by_asker is not None and t.key not in said_by_asker))
            else t._replace(boost=t.boost * PREAMBLE_BOOST, aside=True)
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def question_alone(self, text: str, segments: bool = True) -> str | None:
        """The question a text ends on after remarks, when it can be asked without them: "Thirty years of cooperation
        is a long marriage, ha. What has France done for Korea's space programme?" ends on a question that names its
        own subject. The last sentence, else the last part after a comma ("love this, who's the kari guy?"). None
        when there are no remarks before it, when something before it is a question too, when it quotes, or when it
        points back at them ("... Is that where it was launched?")."""
        if QUOTES.search(text):  # (the parts may be pieces of the quote: 'Translate "good morning, how are you".')
            return None
        for ends in (SENTENCE_END, SEGMENT_END) if segments else (SENTENCE_END,):
            parts = [p for p in ends.split(text) if p and p.strip()]
            # (Or a few words after it that only say how to answer: "..., what's his name? Want it chalked up.", or
            # thank in another language: "Please tell me the year of his first visit. Ngiyabonga.")
            # (A request to be put right after a claim is no question of its own: "The forum was in March, wasn't
            # it? Or have I got the month wrong?")
            asked = max(
                (i for i, p in enumerate(parts) if p.rstrip().endswith("?") and not self._correction_asked(p, text)),
                default=-1,
            )
            if asked < 0:
                asked = next(
                    (i for i in reversed(range(len(parts))) if not self._foreign_courtesy(parts[i])), len(parts) - 1
                )
            after = parts[asked + 1 :]
            if not all(self._coda(p, parts[asked]) for p in after):
                continue
            if len(parts) >= 2 and self._asks_alone(parts[asked].strip(), parts[:asked], ends is SENTENCE_END):
                return parts[asked].strip()
            # (Or all before the comment, when it names its subject as a topic first: "That space forum in Paris -
            # was it on a Tuesday? We do the big tank clean on Tuesdays, so I'd remember.")
            # (Remarks the asker makes about themselves before it are left out: "I always check my route first.
            # That France-Korea forum - was it held in Lyon?")
            lead = next((i for i in range(asked) if not ABOUT_ASKER.match(parts[i])), asked)
            if (after or lead) and asked > lead and puts_a_claim(parts[asked]):
                head = text[text.find(parts[lead]) : text.find(parts[asked]) + len(parts[asked])].strip()
                if self._asks_alone(head, []):
                    return head
        return None

    def topic_put_in(self, text: str) -> str | None:
        """A yes/no question asked of a topic named before it, with the topic put in place of the pronoun: "That
        France-Korea forum earlier in the year - was it held in Lyon?" is "was That France-Korea forum earlier in the
        year held in Lyon?" - which the claim patterns read; or a claim about it, tagged to be checked ("The forum in
        the spring - that was held in Lyon, wasn't it?"). None when the text is not so put, or the topic names
        nothing of the knowledge."""
        match = TOPIC_FIRST.match(text)
        if match is None or not self._names_its_subject(match.group("topic")):
            return None
        if match.group("said") is not None:
            claim = f"{match.group('topic')} {match.group('said')}{match.group('rest')}?"
            return claim if TAGGED.search(claim) else None
        return f"{match.group('verb')} {match.group('topic')}{match.group('rest')}?"

    def after_digression(self, text: str) -> str | None:
        """The question the asker comes back to after a digression, said to be one ("Just got a slice of Gibeon iron!!
        Anyway, who runs CNES?"): what follows the last "anyway", if it asks something of a subject it names. None
        otherwise (a question pointing back may point into the digression: "Read about NASA's boss. Anyway, who was
        he?")."""
        backs = list(BACK_FROM_DIGRESSION.finditer(text))
        if not backs:
            return None
        rest = text[backs[-1].end() :].strip()
        asks = rest.endswith("?") or OPENS_WITH_WH.match(rest) is not None or ASKS.search(rest) is not None
        return rest if rest and asks and self._names_its_subject(rest) else None

    def pointer_put_in(self, text: str) -> str | None:
        """The question a text ends on, with what a pronoun in it points back at put in its place, when the remarks
        before it name one thing it can point at: "KSLV-2 sounds like a club model. What sort of kit is it
        actually?" is "What sort of kit is KSLV-2 actually?"; "I heard a French space boss went over. Who was he?"
        is "Who was french space boss?" (a person for "he", a place for "there", neither for "it"). None when the
        text is not so put, the remarks ask something themselves, or name no such thing or more than one."""
        parts = [p.strip() for p in SENTENCE_END.split(text) if p.strip()]
        if (
            len(parts) < 2
            or QUOTES.search(text)
            or any(self._asks_something(p) or OPENS_WITH_WH.match(p) for p in parts[:-1])
        ):
            return None
        last = parts[-1]
        pointer = POINTING.search(last)
        if pointer is None or not (last.endswith("?") or OPENS_WITH_WH.match(last)) or THAT_SAID.search(last):
            return None
        word = pointer.group().casefold()
        kind = PRONOUNS[word]
        asked = {t.key for t in self._analyse(last, repair=True).terms}
        # (Not a question that only asks whether a claim made before it holds: "I keep thinking it was announced in
        # Toulouse. Was it?")
        if not asked and not OPENS_WITH_WH.match(last):
            return None
        remarks = " , ".join(parts[:-1])
        named: dict[str, str] = {}  # key -> how the remarks name it, the last naming kept
        terms = self._analyse(remarks, repair=True).terms
        # Nor after remarks naming something the knowledge lacks, which the pronoun may point at instead: "I remember
        # someone from Roscosmos signing up. Who was it?" - a word written like a name counting as one even where a
        # large store knows it as a plain word; nor after remarks naming what is asked: "The exact dates of the show
        # - what were they?".
        written = {w for t in terms if t.kind == ENTITY for w in t.surface.split()}
        if any(w not in written for p in parts[:-1] for w in _name_written_words(p)):
            return None
        for t in terms:
            if (
                (t.kind == QUESTION and t.key not in asked)
                or (t.kind == WORD and t.surface in self._attribute_words)
                or (t.kind == UNKNOWN and t.name_like and not t.display.islower() and not t.surface.isdigit())
            ):
                return None
            # (Whose something is is not what it is: in "the names of KARI's satellites - what are they?" "they" are
            # the satellites, and so are "their" in "the satellites of KARI - what are their names?".)
            if t.kind != ENTITY or t.key in asked or _written_as_owner(remarks, t.surface):
                continue
            # ("he" and "his" point at a person, "there" at a place, "it" and "they" at anything else)
            if (kind == "person") == (t.key in self._people) and (kind == "place") == (t.key in self._places):
                named[t.key] = t.surface
        if len(named) != 1:
            return None
        (surface,) = named.values()
        if kind == "place":
            put = f"in {surface}"
        elif word in ("his", "her", "its", "their"):
            put = f"{surface}'s"
        else:
            put = surface
        return f"{last[: pointer.start()]}{put}{last[pointer.end() :]}"

    def _coda(self, text: str, question: str) -> bool:
        """Whether words after the question only comment on it: a few words naming and asking nothing ("Want it
        chalked up proper."), a thanks in another language, or a statement of five words or more that names nothing
        the knowledge has and asks nothing ("These trips always look like photo ops to me.") - but not a fragment
        that names an attribute ("Also his age.")."""
        if self._correction_asked(text, question):
            return True
        # (Nor words that ask something themselves: "... in 2015 yes? they help with what rocket" - but "That's what
        # my neighbour told me." asks nothing.)
        # (Names asked for after a question that asks who only say how to answer: "Who did he sit down with? Names,
        # please, as you'd print them." - but after "Which satellites did CNES work on?" they are what is asked.)
        if text.rstrip().endswith("?") or (NAMES_WANTED.search(text) and not WHO_ASKED.search(question)):
            return False
        # (A time or a place of the asker's own asks nothing: "Weather matters when you're crossing dunes.", "Back
        # when a cone was 20p."; nor a likeness: "Like who runs the evening session here, you know.")
        askers = ASKERS_WHEN.search(text)
        # (A likeness drawn in a sentence of its own only compares: "Like the start date on a service contract.")
        likeness = LIKENESS.match(text) is not None
        if not likeness and ASKING_WH.search(text[: askers.start()] if askers is not None else text):
            return False
        if self._foreign_courtesy(text) or (self._remark(text) and not self._asks_for_attribute(text)):
            return True
        question_terms = self._analyse(question, repair=True).terms
        # (The asker may name again what the question names, or what it asks for: "Did the visit fall on a Friday? I
        # teach Fridays so I'd remember.", "Was the forum in Lyon? Lovely old clocks in Lyon.", "Who heads the
        # Korean weather agency? Weather matters when you're crossing dunes.", "On what date did he go? I want it
        # like a pairing sheet, day and month.")
        named = {t.surface for t in question_terms}
        named_keys = {t.key for t in question_terms}
        long_enough = likeness or len(text.split()) >= CODA_STATEMENT_WORDS
        if askers is not None:
            text = text[: askers.start()]
        terms = self._analyse(text, repair=True).terms
        # (Nor is a time of the asker's life, or one that recurs, asked for: "I do the Lyon fair every year.",
        # "That's our windiest day.")
        recurring = {m.group("unit").casefold() for m in RECURRING_TIME.finditer(text)}
        # (Nor is a day or a month guessed after a question that asks when: "Which day of the week were his
        # meetings? I'm guessing a Friday, same as our deliveries.")
        asks_when = any(t.key in (QUESTION + "when", QUESTION + "year") for t in question_terms)
        # (A word the dictionary lacks counts as a name only if written like one: "... for the tannoy" names none.)
        return long_enough and not any(
            (t.kind == ENTITY and t.key not in named_keys)
            or (t.kind == QUESTION and t.surface not in recurring and t.key not in named_keys and not likeness)
            or (
                t.kind == UNKNOWN
                and t.name_like
                and not t.display.islower()
                and not {t.surface, t.surface.removesuffix("s")} & named
                and not (asks_when and CALENDAR.fullmatch(t.surface))
            )
            for t in terms
        )

    def _correction_asked(self, text: str, question: str) -> bool:
        """Whether the text only asks to be put right about a claim ("Correct me if I'm muddled.", "Or was it
        earlier than that?", "I can never keep them straight."): a few words, naming nothing `question` does not
        (the question it follows, or the whole text while that is still to be found)."""
        if len(text.split()) > CORRECTION_WORDS or not (CORRECTION_ASKED.search(text) or OR_OTHERWISE.match(text)):
            return False
        named = self._surfaces(question)
        return not any(
            (t.kind == ENTITY or (t.kind == UNKNOWN and t.name_like and not t.display.islower()))
            and t.surface not in named
            for t in self._analyse(text, repair=True).terms
        )

    def _surfaces(self, text: str) -> set[str]:
        """The words of each term the text has, as read (what a comment after it may name again)."""
        return {t.surface for t in self._analyse(text, repair=True).terms}

    def _foreign_courtesy(self, text: str) -> bool:
        """Whether the text is a word or two of another language, as a thanks or a greeting after the question is:
        "Ngiyabonga." - no English word, no name the knowledge has, not written in capitals like an acronym, and
        no organisation known to be another."""
        words = text.strip(" .!?,;:").split()
        return (
            0 < len(words) <= 2
            and not any(w.isupper() and len(w) > 1 for w in words)
            and all(
                t.kind == UNKNOWN and t.surface not in self.dictionary and t.surface not in self._other_names
                for t in self._analyse(text, repair=True).terms
            )
        )

    def _asks_for_attribute(self, text: str) -> bool:
        """Whether the text says an attribute a question may ask for: "Also his age."."""
        return any(w in self._attribute_words for w in tokenize(text))

    def asking_clauses(self, text: str) -> list[str]:
        """The clauses of a long question, alone and with the one or two after them, that ask something (a
        question word) of a subject they name themselves: "..., leaving aside the diplomatic fluff for a moment, what
        I actually want to know is who exactly the CNES president sat down with, because ..." has "what I actually
        want to know is who exactly the CNES president sat down with"."""
        # (None when the question names something the release lacks: a clause without it would ask another thing.)
        if QUOTES.search(text) or self._names_what_it_lacks(text):
            return []
        parts = [p.strip() for p in CLAUSE_END.split(text) if p and p.strip()]
        # (A relative clause describes what comes before it, and asks nothing: "The first forum, which must have come
        # before the one in Paris, ...".)
        relative = [i > 0 and RELATIVE.match(p) is not None and not p.endswith("?") for i, p in enumerate(parts)]
        asks = [WH_WORD.search(p) is not None and not relative[i] for i, p in enumerate(parts)]
        found = []
        for i in range(len(parts)):
            if relative[i]:
                continue
            for j in range(i + 1, min(len(parts), i + CLAUSES_JOINED) + 1):
                clause = ", ".join(parts[i:j])
                if any(asks[i:j]) and self._names_its_subject(clause):
                    found.append(clause)
        return found

    def _names_what_it_lacks(self, text: str) -> bool:
        """Whether the text names something the knowledge lacks: an unknown word written like a name."""
        return any(t.kind == UNKNOWN and t.name_like for t in self._analyse(text, repair=True).terms)

    def claim_put_back(self, text: str) -> str | None:
        """The claim a text ends by asking to have checked or completed: "Didn't the French space chief go to Korea
        sometime in June? When was it exactly?", "I think the forum was held in Seoul? Can you put me straight?" -
        all before a last sentence of a few words that names nothing of its own, when that names its subject.
        None otherwise."""
        if QUOTES.search(text):
            return None
        # (Whole sentences only: in "Le Gall - when to take cooperation further?" the dash sets out a topic.)
        parts = [p.strip() for p in SENTENCES.split(text.strip()) if p.strip()]
        if len(parts) < 2 or len(parts[-1].split()) > PUT_BACK_WORDS or not parts[-1].endswith("?"):
            return None
        claim = " ".join(parts[:-1])
        # (Nor when it asks for something of its own: "Ilang taon na po si Le Gall? How old is he?" - words the claim
        # has said are no such thing: "The SCO was announced in Seoul. Where was it really announced?")
        said = {t.key for t in self._analyse(claim, repair=True).terms}
        asked = self._analyse(parts[-1], repair=True).terms
        if any(t.kind != QUESTION and t.key not in said for t in asked):
            return None
        if not self._names_its_subject(claim):
            return None
        if claim.endswith("?"):
            return claim
        # A claim stated flat is put as one to check when the question after it asks nothing else, or asks for what
        # the claim offers: "The forum was in Lyon. Where was it held?" is "The forum was in Lyon, right?" (but in
        # "Le Gall went to Japan. When was that?", where he went is taken as said).
        checked = f"{claim.rstrip(' .!')}, right?"
        if not asked:
            return checked  # ("... swore the forum was held in Lyon. Was it?")
        offers = {t.key for t in self.analyse(checked).terms if t.kind == QUESTION} - said
        return checked if offers & {t.key for t in asked} else claim

    def embedded_questions(self, text: str) -> list[str]:
        """The questions a text reports rather than asks ("One of my borrowers asked who runs KARI. Can you tell
        me?" - "who runs KARI"), each naming its own subject."""
        if QUOTES.search(text):
            return []
        found = (m.group("clause").strip() for m in EMBEDDED.finditer(text))
        # (A clause may name nothing, when nothing around it does either: "I've always been unclear on how long these
        # two countries have collaborated" has nothing to point back at but the release's own topic. The whole text
        # is read only if a clause needs it.)
        named_around = cache(lambda: self._names_its_subject(text))
        return [clause for clause in found if self._names_its_subject(clause) or not named_around()]

    def asking_sentences(self, text: str) -> list[str]:
        """The questions of a text that asks several, each of which names its own subject: "Who set that forum up?
        Which agencies laid the first course, so to speak?". None when the text quotes or names something the
        release lacks (one of them may be about it)."""
        if QUOTES.search(text):
            return []
        parts = [p.strip() for p in SENTENCE_END.split(text) if p and p.strip()]
        asked = [p for p in parts if p.endswith("?") and ASKS.search(p)]
        if len(asked) < 2 or self._names_what_it_lacks(text):
            return []
        return [p for p in asked if self._names_its_subject(p) and not POINTING_BACK.search(p)]

    def _asks_alone(self, last: str, remarks: list[str], sentences: bool = True) -> bool:
        """Whether `last` is a question of its own after `remarks` (see `question_alone`); `sentences` says whether
        the remarks are whole sentences rather than parts before a comma."""
        courteous = [self._foreign_courtesy(p) for p in remarks]
        # Remarks that name nothing of the knowledge - no name, no synonym, no name it lacks - leave nothing for
        # the question to lean on (see below).
        # (A word written like a name is one, even where a large store knows it as a plain word: "Naro Space
        # Center - what did CNES do there?")
        idle = (sentences or not remarks) and all(
            not _name_written_words(p)
            and not any(
                t.kind in (ENTITY, SYNONYM) or (t.kind == UNKNOWN and t.name_like)
                for t in self._analyse(p, repair=True).terms
            )
            for p in remarks
        )
        if REQUEST.match(last) is None and (
            # (After such remarks a question word anywhere asks: "shed's damp haha. whats KSLV-2 btw")
            not (last.endswith("?") or OPENS_WITH_WH.match(last) or (remarks and idle and ASKING_WH.search(last)))
            # (A yes/no question asks too, when only a comment follows it: "So was the SCO first announced in Paris or
            # in Toulouse? I keep mixing them up like poppy and sesame.")
            # (Or after remarks the asker makes about themselves: "We book our services weeks ahead. Is the state
            # visit down for October?")
            or not (
                ASKS.search(last)
                or (
                    # (... or after a greeting in another language: "Okuhepa. SCO was launched in Lyon, correct?")
                    all(ABOUT_ASKER.match(p) or polite for p, polite in zip(remarks, courteous, strict=True))
                    and puts_a_claim(SENTENCE_END.split(last)[-1])
                )
            )
        ):
            return False
        if any(self._asks_something(p) for p in remarks) or THAT_SAID.search(last):
            return False
        # (Nor when it points back at a place there: "Naro Space Center - what did CNES do *there*?" - though with
        # nothing before it, or only sentences that name nothing of the knowledge, it can only point at what was said
        # before: "What is this visit getting ready for? Like prepping the kids for the big assembly.", "goodness,
        # typing without capitals feels criminal. what was the main purpose of the trip, then?" - but a part after a
        # comma may be no question of its own: "Suppose I wanted to learn guitar, where should I start?")
        # (A name the knowledge lacks is something a pronoun may point at: "My aunt is a fan of Chris Hadfield. What
        # did he say at the forum?")
        if not idle and (not self._names_its_subject(last) or POINTING_BACK.search(last)):
            return False
        # Not when the remarks name something the question does not: it may be what is asked about ("Le Gall: what
        # does the decision mean?", "kompsat - what's France's part?").
        # (An exclamation names nothing asked about: "What a CV! Since the early 2000s, what has CNES done?")
        # (Nor a remark the asker makes about themselves: "I keep the flower rota at St Mary's." names their
        # church, not what they ask about.)
        # (Nor a greeting in another language: "Mbote. Was the forum held in Marseille?")
        said = self._analyse(
            " , ".join(
                p
                for p, polite in zip(remarks, courteous, strict=True)
                if not EXCLAMATION.match(p) and not ABOUT_ASKER.match(p) and not polite
            ),
            repair=True,
        )
        # (A number there is no name: "just back from the 17:42 announcement. When did they announce the SCO?"; nor,
        # in a remark of a few words, a word the dictionary lacks written in small letters, unless it names another
        # organisation: "yo just dropped a large margherita, who was ...?" - but "kompsat - what's France's part?")
        casual = {
            t.surface
            for p in remarks
            if len(p.split()) >= REMARK_WORDS
            for t in self._analyse(p, repair=True).terms
            if t.kind == UNKNOWN and t.display.islower() and t.surface not in self._other_names
        }
        if any(
            t.kind == UNKNOWN and t.name_like and not t.surface.isdigit() and t.surface not in casual
            for t in said.terms
        ):
            return False
        return set(said.entities) <= set(self._analyse(last, repair=True).entities)

    def _asks_something(self, remark: str) -> bool:
        """Whether a remark before the question is a question too: not a greeting that only sounds like one
        ("alright? ladder's up, who runs the korean weather lot?"), which names and asks nothing."""
        return remark.rstrip().endswith("?") and bool(self._analyse(remark, repair=True).terms)

    def names_another(self, word: str) -> bool:
        """Whether the word is the name of another organisation, country or world than the knowledge's ("nasa",
        "china"), however it is written."""
        return word in self._other_names or word in self._other_places

    def _only_words_it_lacks(self, text: str) -> bool:
        """Whether the text is only words the knowledge lacks, none written like a name: "quick q from the transfer
        boat"."""
        terms = self._analyse(text, repair=True).terms
        return bool(terms) and all(t.kind == UNKNOWN and not t.name_like for t in terms)

    def _remark(self, text: str) -> bool:
        """Whether the text names nothing and asks nothing: no name, synonym or question word of the knowledge, and no
        word written like a name."""
        return all(t.kind in (UNKNOWN, WORD) and not t.name_like for t in self._analyse(text, repair=True).terms)

    def _set_apart(self, analysis: Analysis) -> Analysis:
        """The analysis with the terms of what the question sets apart weighing less: in "Apart from Earth-observing
        satellites, what else has CNES helped KARI with?", the satellites are known, not asked about."""
        match = SET_APART.search(analysis.text)
        if match is None:
            return analysis
        rest = analysis.text[: match.start()] + " , " + analysis.text[match.end() :]
        kept = {t.key for t in self._analyse(rest, repair=True).terms}
        apart = {t.key for t in self._analyse(match.group("body"), repair=True).terms if t.kind != UNKNOWN} - kept
        if not apart:
            return analysis
        # They still say what the question is about ("besides helping measure climate impacts, what else ..." is
        # answered by the sentence that says both), at the weight of a qualifier.
        terms = tuple(t._replace(boost=t.boost * QUALIFIER_BOOST) if t.key in apart else t for t in analysis.terms)
        return replace(analysis, terms=terms, apart=frozenset(apart))

    @staticmethod
    def _asked_in_place(text: str, clause: re.Match[str]) -> bool:
        """Whether a clause opened by "which", "who" or "whose" is the question itself, asked where its answer would
        stand: "Le Gall met which person from the weather office?" - no other question word, and no yes/no question
        around it."""
        marker = clause.group()[clause.end("head") - clause.start() :].split()[0].casefold()
        if marker == "that":
            return False
        rest = text[: clause.start()] + " " + text[clause.end() :]
        return WH_WORD.search(rest) is None and YES_NO.match(text) is None

    def _qualified(self, analysis: Analysis) -> Analysis:
        """The analysis with the terms only a relative clause holds weighing less: in "Who is the head of the
        weather agency that decided to work with CNES?", what the agency decided only says which agency is meant,
        and a stored question about its head need not repeat it. If nothing else is asked ("Is it true that CNES
        works with KARI?"), the clause is the question and keeps its weight."""
        text = analysis.text
        cuts = [
            (m.end("head"), m.end())
            for m in RELATIVE_CLAUSE.finditer(text)
            if ((head := m.group("head").casefold()) in CLAUSE_HEADS or head not in self.filler)
            and WORD_PATTERN.search(text, 0, m.start())  # (a question opening "Since which year ..." is no clause)
            and not self._asked_in_place(text, m)
        ]
        # (A clause with no word to open it qualifies a noun after the question has asked something of it: "who
        # heads the other agency Le Gall met" - not "Which agency Le Gall met?", where it is what is asked.)
        bare = BARE_RELATIVE_CLAUSE.search(text) if MET_AT_CLAUSE_END.search(text) else None
        while bare is not None and bare.group("head").casefold() not in self._met_heads:
            # (its head is a noun for who or what was met, the last word before it: "the other *agency* Le Gall met")
            bare = BARE_RELATIVE_CLAUSE.search(text, bare.end("head"))
        if (
            bare is not None
            and (asking := QUESTION_WORD.search(text, 0, bare.start())) is not None
            and len(text[asking.end() : bare.start()].split()) >= 2
            and not any(start < bare.end() and bare.start() < end for start, end in cuts)
        ):
            cuts.append((bare.end("head"), bare.end()))
        timed = [
            (m.end("head"), m.end()) for m in TIME_CLAUSE.finditer(text) if QUESTION_WORD.search(text[: m.start()])
        ]
        # (Asked with any question word: "When was the SCO first announced, before it was officially launched?")
        timed_by = [(m.end("head"), m.end()) for m in TIMED_BY.finditer(text) if WH_WORD.search(text[: m.start()])]
        timed += timed_by
        cuts += timed
        appositive = APPOSITIVE.search(text) if "," in text else None
        if appositive is not None and WH_WORD.search(text[: appositive.start()]):
            # (taking in any clause inside it: "..., the agency that came to brief KARI?")
            cuts = [c for c in cuts if c[0] < appositive.start()] + [(appositive.start(), appositive.end())]
        else:
            appositive = None
        opening = OPENING_TIME_CLAUSE.match(text)
        if opening is not None:
            cuts.append((0, opening.end()))
        # A clause inside the opening one is part of it ("When he sat down with the people *who run the weather
        # service*, who ...?").
        cuts = sorted(c for c in set(cuts) if opening is None or c == (0, opening.end()) or c[0] >= opening.end())
        if not cuts or any(start < end_before for (_, end_before), (start, _) in pairwise(cuts)):
            return analysis  # no clause, or clauses inside one another: left as they are
        # What is left with each clause cut after its head word.
        pieces, last = [], 0
        for start, end in cuts:
            pieces.append(text[last:start])
            last = end
        main_text = " , ".join([*pieces, text[last:]])
        main_analysis = self._analyse(main_text, repair=True)
        main = {t.key for t in main_analysis.terms}
        if not any(t.key in main for t in analysis.terms if t.kind in (ENTITY, SYNONYM, WORD)):
            return analysis
        # (A description at the end weighs less again: it may say more than the question asks, "the folks the
        # French space boss sat down with in July".)
        described = (
            {t.key for t in self._analyse(appositive.group(), repair=True).terms} if appositive is not None else set()
        )
        # (Unless the question only points at what the description names: in "Who heads the other agency Le Gall
        # met, the meteorological one?" and "When was it launched, the SCO?" it names the subject - no thing but a
        # person is named before it. Not choices offered: "Which came first, the forum or the visit?")
        if (
            described
            and appositive is not None
            and not OFFERS_CHOICE.search(appositive.group())
            and not any(t.kind == ENTITY and t.key not in self._people for t in main_analysis.terms)
        ):
            main |= {key for key in described if key.startswith(ENTITY)}
        # (The word that opens a clause of time asks nothing: "*Before* I rope up the group: who ...?", "Who was in
        # charge of KARI *when* the CNES president came over?")
        opener = set(tokenize(opening.group())[:1]) if opening is not None else set()
        if timed:
            opener |= {"when", "while", "whilst", "once"}
        if timed_by:
            opener |= {"before", "after"}
        terms = tuple(
            t
            if t.key in main
            else t._replace(boost=t.boost * QUALIFIER_BOOST * (PREAMBLE_BOOST if t.key in described else 1))
            for t in analysis.terms
            if t.key in main or t.surface not in opener
        )
        qualifying = Counter(analysis.pronouns) - Counter(main_analysis.pronouns)
        return replace(analysis, terms=terms, qualifying=tuple(qualifying.elements()))

    def _crew_of_named(self, terms: list[Term], words: list[str]) -> list[Term]:
        """The terms without a word for the people of an organisation said right after its name: "the weather agency
        lot", "the KMA crew" are the KMA."""
        said = _spaced(words)
        return [
            t
            for i, t in enumerate(terms)
            if not (
                t.surface in CREW_NOUNS
                and i > 0
                and terms[i - 1].key in self._hinted
                and _said_together(terms[i - 1], t, said)
            )
        ]

    def _attribute_named(self, terms: list[Term], words: list[str]) -> list[Term]:
        """The terms with an attribute word that names an organisation before a role or a crew read as that
        organisation (see `_attribute_hints`): "who's the weather boss over in korea?"."""
        named = {
            word
            for word, after in pairwise(words)
            if word in self._attribute_hints and (after in ROLE_NOUNS or after.rstrip("s") in ROLE_NOUNS)
        }
        if not named:
            return terms
        present = {t.key for t in terms}
        out = []
        for t in terms:
            key = self._attribute_hints.get(t.surface) if t.surface in named else None
            if key is None:
                out.append(t)
            elif key not in present:
                out.append(Term(key, t.surface, t.quality))
                present.add(key)
        return out

    def _analyse(self, text: str, *, repair: bool) -> Analysis:
        shorthand = self.shorthand
        tokens = tokenize(text)
        # Shorthand is read as its word unless the word as written starts a phrase: "sat down with" is a meeting.
        # (Each rewrite only when needed: this runs for every stored phrasing.)
        raw = (
            tokens
            if shorthand.keys().isdisjoint(tokens)
            else [
                t if t not in shorthand or self._starts_phrase(tokens, i) else shorthand[t]
                for i, t in enumerate(tokens)
            ]
        )
        if raw and raw[-1] in SHOW and "what" in raw[:-1] and (raw[-2], raw[-1]) not in self._phrase_steps:
            # "What does their decision show?": a question ending on "show" asks what a thing reflects ("show me"
            # is filler; "the Toulouse Space Show" a name).
            raw = [*raw[:-1], "reflect"]
        elif (shown := SHOWS_BEFORE_COMMA.search(text)) is not None and "show" in raw:
            # (... or on "show" before a comma, or before what it shows something of: "And what does that show, in
            # his words?", "what does their choice show about Korea?")
            at = len(tokenize(text[: shown.end()])) - 1
            if 0 < at < len(raw) and raw[at] in SHOW and (raw[at - 1], raw[at]) not in self._phrase_steps:
                raw = [*raw[:at], "reflect", *raw[at + 1 :]]
        if "like" in raw and not AUXILIARIES.isdisjoint(raw):
            raw = [
                "enjoy"
                if t == "like"
                and any(w in AUXILIARIES for w in raw[max(0, i - 4) : i - 1])
                and raw[i - 1] not in LIKE_NOT_A_VERB_AFTER
                and (raw[i - 1] not in self.filler or raw[i - 1] in PRONOUNS)
                else t
                for i, t in enumerate(raw)
            ]
        if not DEMONSTRATIVES.isdisjoint(raw):
            # "that guy", "those officials": a person pointed back at, like "him" and "them" - not a statement.
            raw = [
                ("them" if t in ("these", "those") or raw[i + 1].endswith(("s", "men")) else "him")
                if t in DEMONSTRATIVES and i + 1 < len(raw) and raw[i + 1] in PERSON_NOUNS
                else t
                for i, t in enumerate(raw)
            ]
        if repair and STRETCHED.search(text):  # (people draw letters out; stored phrasings do not)
            raw = [self._unstretched(t) for t in raw]
        if repair and SPELT_OUT.search(text):
            raw = self._joined_letters(raw)
        if repair and not self._measures.isdisjoint(raw):
            # "some big company?": a measure describes unless it is asked for ("how big", "for long") - or starts a
            # phrase ("the big cheese").
            raw = [
                t
                for i, t in enumerate(raw)
                if t not in self._measures or (i > 0 and raw[i - 1] in ("how", "for")) or self._starts_phrase(raw, i)
            ]
        # Words written like names matter only for words the vocabulary lacks, which stored phrasings never have.
        original_words: dict[str, str] | None = None
        # Correct spelling first, so that phrases and aliases are recognised even when misspelled.
        words: list[tuple[str, float, str]] = []  # (word, quality, surface)
        vocabulary = self.vocabulary
        i = 0
        while i < len(raw):
            token = raw[i]
            if token in vocabulary:
                words.append((token, 1.0, token))
                i += 1
                continue
            if original_words is None:
                original_words = _original_words(text)
            if i + 1 < len(raw) and token + raw[i + 1] in vocabulary:
                # Extra space: "thales alenia" is fine, but "cheol ho" / "launch facilites" pairs join when known.
                words.append((token + raw[i + 1], 1.0, f"{token} {raw[i + 1]}"))
                i += 2
                continue
            if words and words[-1][0] + token in vocabulary and len(words[-1][0]) <= 3:
                # ... and with the word before when that is short ("we ekday", "K ASS").
                previous = words.pop()
                words.append((previous[0] + token, 1.0, f"{previous[2]} {token}"))
                i += 1
                continue
            written = original_words.get(token)
            # (Another organisation is named as it is, not corrected to a name of the knowledge: "CNRS", "KASA".)
            fixed, quality = ((), 0.0) if token in self._other_names else self.correct(token, written is not None)
            if fixed and written is not None and not self._could_be_misspelt(written, fixed):
                fixed = ()
            if fixed:
                words.extend((w, quality, token) for w in fixed)
            elif (
                len(token) > 2
                or token in original_words
                or token in self._attribute_words
                or token in self._other_names  # ("uk space agency involved?")
            ):
                words.append((UNKNOWN + token, 0.0, token))
            elif _hyphened(token, text):
                # Part of a hyphened name ("Ban Ki-moon"): another name than the one its other part may be in.
                words.append((UNKNOWN + token, 0.0, token))
                original_words.setdefault(token, token)
            # else: a stray one- or two-letter fragment ("what'ws" -> "ws"), not a name nor an attribute ("hq"):
            # ignored.
            i += 1
        if original_words is not None:
            self._in_context(words)
        if repair and original_words is None:
            original_words = _original_words(text)
        if original_words is not None:
            self._repair_names(words, original_words)

        terms: list[Term] = []
        pronouns: list[str] = []
        name_words: dict[int, str] = {}  # index in `terms` -> the word, for plain words that are part of a name
        plain = [w for w, _, _ in words]
        i = 0
        particles: set[int] = set()  # positions of particles already read with their verb
        plain_words = self._plain_words
        while i < len(words):
            if i in particles:
                i += 1
                continue
            # Most words start nothing and read the same wherever they are: looked up once per word, not worked out
            # again for each of the hundreds of thousands of phrasings an index reads.
            reading = plain_words.get(plain[i], _UNREAD)
            if reading is _UNREAD:
                reading = self._plain_word(plain[i])
                if plain[i] in self.vocabulary:  # (never the words of questions: the cache must not grow with them)
                    plain_words[plain[i]] = reading
            if reading is not None:
                action, word_key = reading
                word, quality, surface = words[i]
                i += 1
                if action == _PRONOUN:
                    pronouns.append(word)
                elif action == _TERM:
                    if word in self._name_parts:
                        name_words[len(terms)] = word
                    # A known word written like a name ("Korea Aerospace *Industries*") may be part of another name.
                    named = original_words is not None and surface in original_words
                    terms.append(Term(word_key, surface, quality, name_like=named))
                continue
            # (Most words start no phrase: the dictionary test spares the call, at index time too.)
            size, key, overtaken = self._phrase_at(plain, i) if plain[i] in self._phrase_sizes else (0, None, None)
            if size > 1 and any(
                q == 1.0 and w != s and " " not in s and s in self.dictionary for w, q, s in words[i + 1 : i + size]
            ):
                # A word read as another form of a known one is that word alone, not in a phrase the form would not
                # make: "was presenting" is no "was present". (The first word of a phrase is mostly a verb, which
                # may take any form: "acting as" is "act as".)
                size, key = 0, None
            if key is None and plain[i] in self._split_verbs:
                split = self._split_particle(plain, i)
                if split is not None:
                    position, key = split
                    particles.add(position)
                    terms.append(Term(key, f"{words[i][2]} ... {words[position][2]}", words[i][1]))
                    i += 1
                    continue
            if key is not None and size == 1 and key in self._people and self._common_noun(words, i, original_words):
                # "a haiku about the moon": a person's one-word name, written as a noun after an article, is the noun.
                word, quality, surface = words[i]
                terms.append(Term(self._word_key(word), surface, quality))
                i += 1
                continue
            if key is not None:
                if size == 1:
                    _, quality, surface = words[i]
                else:
                    span = words[i : i + size]
                    quality = min([q for _, q, _ in span])
                    surface = " ".join([s for _, _, s in span])
                if key != FILLER:
                    terms.append(Term(key, surface, quality))
                for extra in self._descriptors.get(tuple(plain[i : i + size]), ()):
                    terms.append(Term(extra, surface, quality, boost=ROLE_BOOST))
                i += size
                continue
            # Names in another inflection ("South Koreans", "the observatories"): compare stems.
            matched = None if plain[i] in self.filler else self._stem_match(plain, i)
            if matched is not None and matched[1] > 1:
                overtaken = self._overtaken(plain, i, matched[1])
                if overtaken is not None:
                    matched = None
            if matched is not None:
                key, size = matched
                span = words[i : i + size]
                terms.append(Term(key, " ".join(s for _, _, s in span), min(q for _, q, _ in span)))
                i += size
                continue
            if overtaken is not None and all(w in self._name_parts for w in plain[i:overtaken]):
                # The words the longer name cut off ("South" of "South Korea's aerospace research institute")
                # qualify that name; they are not asked about on their own.
                i = overtaken
                continue
            word, quality, surface = words[i]
            i += 1
            if word.startswith(UNKNOWN):
                if self._manner_adverb(surface):
                    continue  # "concretely, what has France done": how it is asked, not what
                if DECADE.fullmatch(surface):
                    # "his first trip was like the 80s? what year": a guess at when, which the answer checks - no
                    # name the release lacks.
                    terms.append(Term(word, surface, 0.0, display=surface, boost=QUALIFIER_BOOST, offered=True))
                    continue
                # Written like a name, or no English word at all: a name the knowledge lacks (or gibberish). An
                # attribute ("hq") is none.
                written = (original_words or {}).get(surface)
                english_word = (
                    surface in self.dictionary
                    or surface in self._attribute_words
                    or misspelt_english(surface) is not None
                )
                # (A word of another script - "KARI 원장" - is no name this release could lack, but a word of a
                # language it is not written in: it weighs as an ordinary unknown word.)
                # (Another organisation is a name however written: "what's airbus building for kari?"; a country that
                # is an English word too, when written with its capital, even opening the question: "Japan
                # Meteorological Agency head, what is his name?")
                another = surface in self._other_names or (
                    surface in self._other_places and surface.capitalize() in WORD_PATTERN.findall(text)
                )
                # (A number counted is no name: "waiting on the 10th tee".)
                name_like = (
                    (written is not None or not english_word or another)
                    and surface.isascii()
                    and not ORDINAL_NUMBER.fullmatch(surface)
                )
                terms.append(Term(word, surface, 0.0, name_like=name_like, display=written or surface))
            elif word in PRONOUNS:
                pronouns.append(word)
            elif word not in self.filler:
                if word in self._name_parts:
                    name_words[len(terms)] = word
                key = self._word_key(word)
                # A known word written like a name ("Korea Aerospace *Industries*") may be part of another name.
                named = original_words is not None and surface in original_words
                terms.append(Term(key, surface, quality, name_like=named))
        # Part of a name written apart from the rest ("Jean Yves LeGall"): the entity already stands for it.
        # (Judged on the word as corrected: "systme" is "system", a word of "the KASS satellite navigation system".)
        entities = {t.key for t in terms if t.key[0] == ENTITY} if name_words else set()
        if entities:
            terms = [
                t for i, t in enumerate(terms) if i not in name_words or not self._name_parts[name_words[i]] & entities
            ]
        if self._attribute_hints and not self._attribute_hints.keys().isdisjoint(plain):
            terms = self._attribute_named(terms, plain)
        if not CREW_NOUNS.isdisjoint(plain):
            terms = self._crew_of_named(terms, plain)
        if not COMPASS.isdisjoint(raw):
            terms = _compass_named(terms, raw)
        hints = self._name_hints
        hinting = [(hints[t.key], t) for t in terms if t.key in hints] if hints else []
        if hinting:
            present = {t.key for t in terms if t.key[0] == ENTITY}
            for key, t in hinting:
                if key not in present:
                    terms.append(Term(key, t.surface, t.quality, boost=NAME_HINT_BOOST))
                    present.add(key)
        return Analysis(text=text, terms=tuple(_dedupe(terms)), pronouns=tuple(pronouns), tokens=len(raw))


def _compass_named(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms with a point of the compass the knowledge lacks, said right before a name it knows, read as part of
    another name: "North Korea" is no South Korea, and "north" no plain word ("when did le gall visit north korea")."""
    said = _spaced(words)
    return [
        t._replace(name_like=True, display=f"{t.surface} {terms[i + 1].surface}".title())
        if t.kind == UNKNOWN
        and t.surface in COMPASS
        and i + 1 < len(terms)
        and terms[i + 1].kind == ENTITY
        and _said_together(t, terms[i + 1], said)
        else t
        for i, t in enumerate(terms)
    ]


def _spaced(words: list[str]) -> str:
    """The words as one text with a space at each end, to look for a run of them in (see `_said_together`)."""
    return f" {' '.join(words)} "


def _said_together(first: Term, second: Term, said: str) -> bool:
    """Whether the words of two terms come one right after the other in `said` (made by `_spaced`)."""
    return f" {first.surface} {second.surface} " in said


def _as_choice(text: str) -> str:
    """A quiz question put the way the analysis reads choices: lettered options as a list ("... contractor a)
    Airbus b) Thales c) Arianespace?" as "... contractor: Airbus, Thales or Arianespace?"), and a claim to check
    however it is flagged ("heyy true/false: X" as "true or false: X?")."""
    folded = text.casefold()
    quiz = TRUE_OR_FALSE.match(text) if "true" in folded or "t/f" in folded else None
    if quiz is not None:
        text = f"true or false: {quiz.group('claim')}?"
    letters = list(LETTERED_OPTION.finditer(text)) if ")" in text else []
    if len(letters) < 2 or [m.group("letter").casefold() for m in letters] != list("abcde"[: len(letters)]):
        return text
    bounds = [*(m.start() for m in letters), len(text)]
    options = [text[m.end() : end].strip(" ,;?!.") for m, end in zip(letters, bounds[1:], strict=True)]
    return f"{text[: letters[0].start()].rstrip(' :,')}: {', '.join(options[:-1])} or {options[-1]}?"


_INFLECTIONS = ("", "s", "es", "d", "ed", "ing", "er", "ers", "ly")
_TERM, _PRONOUN, _FILLER_WORD = "term", "pronoun", "filler"  # how a plain word reads (see `Analyzer._plain_word`)
_UNREAD = ("", "")  # a word `Analyzer._plain_word` has not been asked about yet


def _inflects(word: str, member: str) -> bool:
    """Whether `word` is an inflection of `member` ("organisations" of "organisation", "presented" of "present"),
    not merely a word with the same stem ("initiative" is no form of "initial")."""
    bases = (
        (member, member[:-1])
        if member.endswith("e")
        else (member, member[:-1] + "i")
        if member.endswith("y")
        else (member,)
    )
    return any(word == base + ending for base in bases for ending in _INFLECTIONS)


def _verb_forms(verb: str) -> tuple[str, ...]:
    """The inflections of a verb, built by rule ("team": "teams", "teamed", "teaming"; "set": "setting"). Some are
    not words; they only ever meet words people type."""
    if len(verb) < 3 or not verb.isalpha():
        return ()
    stem_ = verb[:-1] if verb.endswith("e") else verb
    forms = [verb + "s", stem_ + "ed", stem_ + "ing"]
    if len(verb) <= 4 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]  # "set" -> "setting", "plan" -> "planned"
    return tuple(forms)


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _keyboard_neighbours(rows: Sequence[str] = ("qwertyuiop", "asdfghjkl", "zxcvbnm")) -> dict[str, str]:
    """For each key, the keys next to it on a QWERTY keyboard: in its row, and diagonally above and below."""
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = row[max(0, c - 1) : c + 2]
            near += rows[r - 1][c : c + 2] if r > 0 else ""
            near += rows[r + 1][max(0, c - 1) : c + 1] if r + 1 < len(rows) else ""
            out[key] = near.replace(key, "")
    return out


_NEIGHBOURS = _keyboard_neighbours()


_SAME_SOUND = frozenset("ckq")  # first letters written for one another by ear: "cass" for "KASS", "kalendar"


def _first_letter_penalty(word: str, choice: str) -> int:
    """One more edit for a different first letter (people rarely mistype it, as Meilisearch assumes), except for a
    slip at the very start: an extra or missing first letter, the first two letters swapped, or a neighbouring key
    ("girst" for "first"), or a letter of the same sound, as heard and written down ("cass" for "KASS")."""
    if word[:1] == choice[:1] or word[1:2] == choice[:1] or word[:1] == choice[1:2]:
        return 0
    if word[:1] in _SAME_SOUND and choice[:1] in _SAME_SOUND:
        return 0
    if len(word) >= 4 and choice[:1] in _NEIGHBOURS.get(word[:1], ""):
        return 0
    return 1


def _branded(written: str) -> bool:
    """Whether a word has a capital after a small letter, as brands do ("SpaceX", "OneWeb"): no slip for a word."""
    return any(a.islower() and b.isupper() for a, b in pairwise(written))


def _hyphened(fragment: str, text: str) -> bool:
    """Whether a short fragment is joined by a hyphen to a word of the text ("ki" in "Ban Ki-moon")."""
    return (
        re.search(
            rf"(?<![^\W\d_])(?:{re.escape(fragment)}-[^\W\d_]|[^\W\d_]-{re.escape(fragment)}(?![^\W\d_]))",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _name_written_words(text: str) -> set[str]:
    """The words of the text written like names (see `_original_words`), the asker's "I" aside, as tokens."""
    return {w for word in _original_words(text) for w in tokenize(word)} - {"i", "i'm", "im", "i've", "i'd", "i'll"}


def _written_as_owner(text: str, surface: str) -> bool:
    """Whether the text writes the words `surface` (as read) as whose something is: "KARI's satellites", "the
    satellites of KARI"."""
    words = r"\W+".join(re.escape(w) for w in surface.split())
    return (
        re.search(rf"\b{words}['\u2019]s\b|\bof\s+(?:the\s+)?{words}\b", strip_accents(text), re.IGNORECASE) is not None
    )


def _original_words(text: str) -> dict[str, str]:
    """Words the user wrote like names (capitalised mid-sentence, all capitals, or with digits), keyed by their
    folded form, valued as written."""
    out: dict[str, str] = {}
    for position, match in enumerate(WORD_PATTERN.finditer(text)):
        word = match.group()
        # (A capital opening a sentence says nothing: "Who did he meet? Names only.")
        opens = position == 0 or text[: match.start()].rstrip().endswith((".", "?", "!"))
        if (word[:1].isupper() and not opens) or (word.isupper() and len(word) > 1) or any(c.isdigit() for c in word):
            out[strip_accents(word).casefold()] = word
    return out


def is_year(word: str) -> bool:
    """Whether the word is a year ("1987")."""
    return YEAR.fullmatch(word) is not None


def is_decade(word: str) -> bool:
    """Whether the word is a decade ("1990s", "80s", "'80s")."""
    return DECADE.fullmatch(word) is not None


def _is_date(words: str) -> bool:
    """Whether the words are a day, a month, a date, a year or a decade ("tuesday", "2 july", "1987", "80s")."""
    return all(
        CALENDAR.fullmatch(w) or YEAR.fullmatch(w) or DECADE.fullmatch(w) or w.isdigit() for w in words.split()
    ) and bool(CALENDAR.search(words) or YEAR.search(words) or DECADE.search(words))


def _word_counts(texts: Iterable[str], batch: int = 1000) -> Counter[str]:
    """How often each token occurs in `texts`. (A large store has millions of words: plain ASCII texts are
    tokenized a thousand at a time, joined by a mark no rewrite of `tokenize` reaches across, and counted in C.)"""
    counts: Counter[str] = Counter()
    plain: list[str] = []
    for text in texts:
        if text.isascii():
            plain.append(text)
            if len(plain) == batch:
                counts.update(tokenize(" | ".join(plain)))
                plain.clear()
        else:
            counts.update(tokenize(text))
    counts.update(tokenize(" | ".join(plain)))
    return counts


def _lengths_by_first(spans: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each first word of `spans`, the lengths of the spans it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for span in spans:
        lengths.setdefault(span[0], set()).add(len(span))
    return {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}


def _outside_names(
    tokens: list[str], names: Mapping[tuple[str, ...], str], sizes: Mapping[str, tuple[int, ...]]
) -> Iterator[str]:
    """The tokens that are not part of a name (the longest one starting at each place; `sizes`: the lengths of the
    names each word starts, longest first)."""
    i = 0
    while i < len(tokens):
        starts = sizes.get(tokens[i])  # (most words start no name: no search for them)
        size = next((n for n in starts if tuple(tokens[i : i + n]) in names), 0) if starts else 0
        if size:
            i += size
        else:
            yield tokens[i]
            i += 1


def _dedupe(terms: list[Term]) -> list[Term]:
    """Keep the first (best-quality) occurrence of each key."""
    if len({t.key for t in terms}) == len(terms):
        return terms
    seen: dict[str, Term] = {}
    for term in terms:
        if term.key not in seen or term.quality > seen[term.key].quality:
            seen[term.key] = term
    return list(seen.values())
