"""The answer engine: an index of every way to ask each answer, scoring by weighted terms, and a three-way decision.

Targets are the things an answer can come from: a curated entry, a fact (asked forwards or backwards) or a small
talk reply. Each target has several phrasings; each phrasing is analysed into terms once, at index time.

A question is scored against a phrasing by how much of the question's meaning the phrasing explains (recall) and how
much of the phrasing the question asks for (precision), both weighted by how rare each term is (smoothed IDF over
targets, so rare names and numbers carry the meaning and "who" carries little). An unknown name or attribute word
weighs as much as the rarest known term, which is what makes "Who is the president of DLR?" fail where "Who is the
presdient of CNES?" succeeds. Only answers of the kind asked for compete ("how many" wants a number). The decision
then answers, asks to clarify (two different answers nearly tied) or declines, saying which of the declines it is.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from qa import bulk
from qa.analysis import (
    Analysis,
    Analyzer,
    Term,
    english,
    is_claim,
    is_decade,
    is_year,
    opens_yes_no,
    puts_a_claim,
    stem,
    tokenize,
)
from qa.kinds import ENTITY, QUESTION, SYNONYM, UNKNOWN, WORD, Decision, EntityType, MatchKind
from qa.patterns import Pattern
from qa.reply import Reply, ReplyCandidate
from qa.shapes import ATTEND, DAY_NAMES, DOER_KEYS, PERSONAL, VISIT, WH_WORD
from qa.source import Source
from qa.text import fold_loose, fold_quote, scrub

if TYPE_CHECKING:
    from qa.knowledge import Knowledge

# Decision thresholds, tuned on the labelled sets in tests/eval (tests/evaluate.py prints the tables).
ANSWER_FLOOR = 0.60  # below this best score, decline
COUNT_LIMIT = 12  # a bare number up to this is a count ("the 2 agencies"), not part of a name
YES_NO_MARGIN = 0.2  # a yes/no question prefers a phrasing asking no kind of answer within this margin (`decide`)
CLARIFY_MARGIN = 0.03  # a different answer within this margin of the best: ask which was meant
RECALL_BETA = 1.0  # weight of recall (question explained) against precision (phrasing asked for) in the F-score
LITERAL_STRICT_RATIO = 97.0
LITERAL_RATIO = 88.0  # whole-string similarity for greetings, thanks and other common-words-only phrasings
MAX_QUESTION_CHARS = 1000
# A declined question of this many words or more is tried clause by clause; a clause's answer must be this sure, and
# is given this much as sure (see `Engine._reply_to_part`); this many clauses are tried at most.
LONG_QUESTION_WORDS = 18
CLAUSE_SURE = 0.6
CLAUSE_SHARE = 0.9
MAX_CLAUSES = 12
# How surely a question read without its figurative words must be answered (see `reply`). Measured on the labelled sets:
# 0.8 left "Who flew the flag for CNES on the trip?" and a dozen like it declined; 0.45 answers them, at the cost of
# one wrong answer given at confidence 0.28 - lower than this, declines of what the release does not say go too.
FIGURATIVE_SURE = 0.45
FIGURATIVE_SHARE = 0.6  # ... and how much of that confidence its answer keeps
_YEAR_NAME = re.compile(r"1\d{3}|2\d{3}")
GUESSED_PERSON_CONFIDENCE = 0.7  # the most an answer taking "he" to be the source's main person is sure of
MAIN_PERSON_SHARE = 2.0  # how many times more often than anyone else the main person is what the knowledge is about
# Weight of an unknown word relative to the rarest known term. Attribute words ("budget", "age") weigh fully: they
# are what a question about something the release does not say hinges on; other unknown words are mostly
# paraphrase ("responsible for organising"), so they weigh less.
UNKNOWN_WORD_SHARE = 0.45
# Of that, what an ordinary word the knowledge lacks weighs when it is said about the asker ("red bags everywhere
# today"), in a question that names its own subject: it cannot be matched, and says nothing of what is asked.
ASIDE_UNKNOWN_SHARE = 0.5
ATTRIBUTE_SURE = 0.8  # below this score, a question asking for an attribute the knowledge lacks is declined
SUBJECTLESS_UNKNOWN = 2.0  # unknown words weigh this much more in a question that names no known entity
CHATTER_TOKENS = 12  # from this many words on, ordinary unknown words weigh less and less (see `_chatter`)
DEMANDING_MARKER_SHARE = 0.5
# A question (or its last part, after a remark) opening with what or which: "so that 2015 agreement - what did it get
# going?".
_ASKS_WHAT = Pattern(
    r"(?:^|[.!?;:]\s|\s[-\u2013\u2014]\s)\W*(?:(?:and|so|but|then|ok|okay)\W+)?(?:what|whats|which)\b(?!.*[.!?;:]\s\w)",
    re.IGNORECASE | re.DOTALL,
)
# Question words that ask for one kind of answer (a time, a place, a count...).
_KIND_MARKERS = frozenset(QUESTION + k for k in ("when", "where", "how_many", "how_much", "how_long", "year"))
_DEMANDING_MARKERS = frozenset(QUESTION + k for k in ("how_many", "how_much", "how_long", "year"))
_ASKED_TOGETHER = Pattern(r"\band\b|&", re.IGNORECASE)  # two things asked at once ("number and location")
PART_FLOOR = 0.45  # the least score of a match answering the other part of such a question (see `_other_part`)
_ALIKE_MARKERS = _DEMANDING_MARKERS | {QUESTION + "where"}  # what a near tie is settled by (see `_asking_alike`)
BACKGROUND_SHARE = 0.3  # weight of a missing term of the release's own topic (its title's places and words)
UNGROUNDED_SHARE = 0.55  # weight of a missing plain word that the knowledge never states (see `score`)
ANSWER_CREDIT = 0.5  # share of its weight a question word earns when only the answer, not the phrasing, uses it
_ACRONYM_QUESTIONS = (
    "what does {short} stand for",
    "{short} acronym",
    "what is {short} short for",
    "{short} full name",
    "what is {short} in full",
    "what is the full name of {short}",
    "what is the acronym of {long}",
    "{long} abbreviation",
)
MAX_SUGGESTIONS = 3
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# Numbers in words, by value: counts in answers are found by them, and a count the engine makes is said with them.
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# A count written in words ("One" written as a name's is no count: "the One Planet Summit").
_COUNT_WORDS = "(?-i:one)|" + "|".join(_NUMBER_WORDS[2:]) + "|dozens?|hundreds?|thousands?"
# What an answer must contain to answer each kind of question (see `Engine._fits`).
_ANSWER_KINDS = {
    QUESTION + "how_many": Pattern(
        # A count: not "numerous" or "various" (the release then gives no number, and says so: `_KIND_GAPS`), and
        # not a year or the day of a date ("2015", "3 April").
        rf"\b(?!(?:1[89]|20)\d\d\b)\d+\b(?!\s+(?:{_MONTHS})\b)|\b(?:{_COUNT_WORDS})\b",
        re.IGNORECASE,
    ),
    # An amount: money, or a quantity with its unit ("two partners" is a count, no amount).
    QUESTION + "how_much": Pattern(
        r"[$€£¥₩]|\b(?:euros?|dollars?|won|pounds?|million|billion|percent|per cent|tonnes?|tons?|kg|kilograms?)\b|%",
        re.IGNORECASE,
    ),
    QUESTION + "how_long": Pattern(
        # ("launched last week" says how long before the release: "How long before the visit was it launched?")
        r"\d+\s*(?:years?|months?|weeks?|days?|decades?)|\b(?:since|decades?|years|long|ago|(?:1[89]|20)\d\d)\b"
        r"|\blast (?:week|month|year)\b",
        re.IGNORECASE,
    ),
    QUESTION + "year": Pattern(r"\b(?:1[89]|20)\d\d\b|\d0s\b|\byear", re.IGNORECASE),
    QUESTION + "when": Pattern(
        # (A number, but not an ordinal: "the 2nd forum" says nothing about when.)
        rf"\b\d+\b|\b(?:{_MONTHS}|week|year|years|since|today|ago|last|next|early|late|"
        rf"{DAY_NAMES}|after|before|during|followed)\b",
        re.IGNORECASE,
    ),
}
# "Why": an answer that gives a reason or a purpose ("The main purpose of his visit was ...", "... to meet the key
# leaders"), not one that only says when or where something was ("Le Gall was in South Korea on Monday 2 July").
_ANSWER_KINDS[QUESTION + "why"] = Pattern(
    r"\b(?:purpose|because|so that|so as to|reasons?|aims?|in order to|to [a-z]+|helps?|for|mentions?)\b", re.IGNORECASE
)
_MENTIONED = Pattern(r"\b(?:mention(?:s|ed)?|named|cited|included|brought up)\b", re.IGNORECASE)
# What the release leaves out when the best match is not of the kind asked for ("how many" answered by "numerous").
_KIND_GAPS = {
    QUESTION + "why": "The release does not say why",
    QUESTION + "how_many": "The release does not give a number",
    QUESTION + "how_much": "The release does not give an amount",
    QUESTION + "how_long": "The release does not say how long",
    QUESTION + "year": "The release does not give the year",
    QUESTION + "when": "The release does not say when",
}
WHERE_KIND = QUESTION + "where"  # answered by an answer that names a place, or something in a city
_KIND_GAPS[WHERE_KIND] = "The release does not say where"
_SETTINGS = (EntityType.PLACE.value, EntityType.CITY.value, EntityType.DATE.value)  # where and when things are
_PLACES = (EntityType.PLACE, EntityType.CITY, EntityType.ORGANISATION)  # "works where?": at KARI
# "Where is it located?", "where are they based?": where a thing is, which an organisation named will not say (as
# it does for "where does he work?").
LOCATION_KIND = "location"
_KIND_GAPS[LOCATION_KIND] = "The release does not say where"
_LOCATED_WORDS = Pattern(r"\b(?:located|situated|based|sited|headquartered|whereabouts)\b", re.IGNORECASE)
CITY_KIND = "city"  # the kind of "which city" questions (see `Engine.asked_kinds`)
_KIND_GAPS[CITY_KIND] = "The release does not name the city"
BLANK_MARGIN = 0.2  # an answer filling a blank ("a new what?") this far below the best match still wins
# A blank in a statement: "a new what", "the main what" - an article, a word, then "what" asking for the next word.
_BLANK = Pattern(
    r"\b(?:a|an|the)\s+(?P<before>[a-z]+)\s+what\b(?!\s+(?:is|was|are|were|do|does|did|has|have|will|would|can)\b)",
    re.IGNORECASE,
)
KIND_MARGIN = 0.1  # a fitting answer this far below the best match is about something else (see `decide`)
_MOVING_TO = Pattern(r"(?:come|comes|came|coming|go|goes|went|going|gone)\s+(?:along\s+)?to", re.IGNORECASE)
_CITY_WORDS = Pattern(r"\b(?:city|cities|town|towns|capital)\b", re.IGNORECASE)
# "which country", "what nation": only an answer that names a country (a place that is no city) will do.
_LOWER_WORDS = Pattern(r"\b[a-z][a-z' -]*[a-z]\b")  # a run of words in small letters
_COUNTRY_WORDS = Pattern(r"\b(?:which|what)\s+(?:country|countries|nation|nations)\b", re.IGNORECASE)
COUNTRY_KIND = "country"
_KIND_GAPS[COUNTRY_KIND] = "The release does not name the country"
# "What date", "which day of the week": a month or a year will not do. "What time of day": nor will a date.
DAY_KIND, TIME_KIND = "day", "time"
_KIND_GAPS[DAY_KIND] = "The release does not give the exact day"
_KIND_GAPS[TIME_KIND] = "The release does not give the time of day"
_ANSWER_KINDS[DAY_KIND] = Pattern(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b"
    rf"|\b(?:{DAY_NAMES}|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
_ANSWER_KINDS[TIME_KIND] = Pattern(
    r"\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:morning|afternoon|evening|noon|midnight|o'clock)\b",
    re.IGNORECASE,
)
# "How long did he stay?", "how long was the visit?" ask for a span: a year or a "since" will not do (as it does for
# "how long have they worked together?").
SPAN_KIND = "span"
_KIND_GAPS[SPAN_KIND] = "The release does not say how long"
_ANSWER_KINDS[SPAN_KIND] = Pattern(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)\s+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b",
    re.IGNORECASE,
)
_SPAN_WORDS = Pattern(
    r"\bhow long (?:did|does|do|will|would|was|is|were)\b|\bduration\b|\bhow many (?:days?|weeks?|hours?)\b"
    # (or with no auxiliary, as a learner may ask: "How long Le Gall stay in Korea?")
    r"|\bhow long\s+(?:[\w'-]+\s+){1,4}?(?:stay|stays|stayed|spend|spends|spent|remain|remains|remained)\b",
    re.IGNORECASE,
)
# "Which number was the forum?", "KSLV - what number?" ask which one of a series: an ordinal, or the number in a
# name, will do, as for no count ("how many").
NUMBER_KIND = "number"
_KIND_GAPS[NUMBER_KIND] = "The release does not give a number"
_ANSWER_KINDS[NUMBER_KIND] = Pattern(
    r"\b\d+(?:st|nd|rd|th)?\b|\b(?:first|second|third|fourth|fifth)\b|[^\W\d_]-\d+\b", re.IGNORECASE
)
_WHICH_NUMBER = Pattern(r"\b(?:(?:what|which)\s+(?:number|edition)|ordinal)\b", re.IGNORECASE)
# "how many Korean agencies ...", "the number of leaders": what is counted (in the few words after the marker),
# which a list the release gives may count.
_COUNTED_WORDS = 3
_COUNTED_KINDS = {
    **dict.fromkeys(
        (
            "agency",
            "agencies",
            "organisation",
            "organisations",
            "organization",
            "organizations",
            "institution",
            "institutions",
            "institute",
            "institutes",
            "bodies",
            "body",
            "partner",
            "partners",
            "orgs",
        ),
        EntityType.ORGANISATION,
    ),
    **dict.fromkeys(
        (
            "people",
            "persons",
            "person",
            "leader",
            "leaders",
            "official",
            "officials",
            "head",
            "heads",
            "individuals",
            "men",
            "presidents",
            "bosses",
            "names",
        ),
        EntityType.PERSON,
    ),
    **dict.fromkeys(("city", "cities"), EntityType.CITY),
    **dict.fromkeys(("event", "events", "gatherings"), EntityType.EVENT),
}
# A count in an answer, and the words after it: what it counts ("the two partners").
_COUNT_OF = Pattern(rf"\b(?:\d+|{_COUNT_WORDS})\s+(?P<what>(?:[\w-]+\s+){{0,2}}[\w-]+)", re.IGNORECASE)
_DAY_WORDS = Pattern(r"\b(?:date|dates|days?|weekdays?)\b", re.IGNORECASE)
# A venue asked for ("which venue", "what building"; not "building" the verb).
_VENUE = Pattern(
    r"\b(?:venues?|hotel|auditorium|premises|address|(?:which|what)\s+(?:\w+\s+)?(?:building|hall|room))\b",
    re.IGNORECASE,
)
_DATES_FROM = Pattern(r"\bdate[sd]?\s+(?:from|back)\b", re.IGNORECASE)  # "date" the verb: how old it is
_TIME_WORDS = Pattern(r"\bwhat time\b|\btime of (?:the )?day\b|\bhour\b", re.IGNORECASE)
# Asking for names: "the names of", "what is it called", "which specific ones". (Not "called" said of what someone
# calls something: "Le Gall called the decision a new what?" asks for his words.)
_NAMING = Pattern(
    r"\bnames?\s+(?:of|for)\b|\bcalled\b(?!\s+(?:the|a|an|it|its|this|that|these|those|them|him|her|his|their|[\w-]+['’]s)\b)"
    r"|\b(?:which|what|the)\s+specific\b|\bwhat\s+(?:are\s+)?(?:their\s+|its\s+)?names\b"
    r"|\b(?:their|the)\s+names\b|\bnames?\s+any\b|\bby\s+name\b|\bnames[,.]?\s+(?:please|only)\b"
    # (or exactly which ones: "Which satellites exactly did France build for South Korea?")
    r"|\bwhich\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s\s+exactly\b|\bexactly\s+which\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s\b",
    re.IGNORECASE,
)
# ... or which ones of a crowd the release speaks of only as a crowd: "Which politicians attended the forum?" asks for
# people by name (see `_CROWDS`).
_WHICH_FEW = Pattern(r"\b(?:which|what)\s+(?:[^\W\d_][\w-]*\s+)??(?P<few>[^\W\d_][\w-]*s)\b", re.IGNORECASE)
# (Not "representatives", asked of where they came from: "Which representatives from ... were at the forum?")
_CROWDS = frozenset((SYNONYM + "politician", SYNONYM + "scientist", "offici"))
# ... or asked to name things of a kind that has names: "Name the KARI Earth-observing satellites CNES worked on." (not
# "Name the three ways France has helped", which asks for descriptions).
_NAME_THE = Pattern(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)*name\s+(?:the|all|any|both|those|these|some)\b", re.IGNORECASE
)
_PERSON_NOUN = Pattern(
    r"\b(?:man|men|woman|women|person|persons|people|guys?|lady|ladies|gentleman|gentlemen|fellows?|fellas?|feller"
    r"|chaps?|blokes?|dudes?|gents?|individual|official|officials)\b",
    re.IGNORECASE,
)
# Whose words a question asks for: "What did Lim Cheol-Ho say ...?", "Has Nam commented ...?", "What Nam said?".
_SAID_BY = Pattern(
    r"\b(?:did|does|do|has|had|will|would|what)\s+(?P<speaker>[^?,;]+?)\s+"
    r"(?:say|said|tell|told|comment|commented|stated|declare|declared|remark|remarked)\b",
    re.IGNORECASE,
)
# ... or whether they are quoted: "Was Lim Cheol-Ho quoted saying anything?", "Is he quoted at all?"
_QUOTED_OF = Pattern(r"\b(?:was|is|were|are)\s+(?P<speaker>[^?,;]+?)\s+(?:quoted|cited)\b", re.IGNORECASE)
# Another place than one named: "Did he go anywhere else on that trip?", "any other countries?" (not a choice: "in
# Paris or somewhere else?")
_ELSEWHERE = Pattern(
    r"(?<!\bor )\b(?:any|some|no)(?:where|place)\s+else\b|(?<!\bor )\belsewhere\b"
    r"|\b(?:any|some)\s+other\s+(?:places?|countr(?:y|ies)|cit(?:y|ies))\b",
    re.IGNORECASE,
)
_PLACE_KINDS = frozenset((EntityType.PLACE, EntityType.CITY))
_ELSE = Pattern(r"\b(?:else|other|others|besides)\b", re.IGNORECASE)  # "who else": the others
# Which one is not: "Which Korean official Le Gall met is not from the weather agency?" - the one of several that
# the question leaves over, never the one it excludes. (Not "not only", "or not", nor a tag: "..., didn't they?")
# (In the clause of the question word: "what day was the forum, I'm guessing not a Monday?" offers a guess.)
NEGATED_PICK = Pattern(
    # (within the question's own sentence: "What is the KMA please. I do not know all these letters." picks none)
    r"^\W*(?:(?:and|so|but|ok|okay|then)\W+)?(?:which|who|what)\b[^?,.!;]*?"
    r"(?:(?<!\bor\s)\bnot|n['\u2019]t)\b(?!\s+(?:only|just|merely|counting)\b)(?!\s+(?:it|they|he|she|there|so)\W*$)",
    re.IGNORECASE,
)
# "before Jean-Yves Le Gall", "after President Moon": who came next to a person (see `_asks_who_came_next`).
_BEFORE_SOMEONE = Pattern(
    r"\b(?:before|after|preceding|prior\s+to)\s+(?:(?:mr|mrs|ms|dr|president)\.?\s+)?(?P<rest>\w.*)$", re.IGNORECASE
)
_POSSESSIVE_START = Pattern(r"[\w .-]*?['\u2019]s\b")  # "Le Gall's visit": an event, not a person
# "which" or "what" and the next few words, which say what kind of thing is asked for ("Which Korean leaders",
# "at which gathering").
_WHICH_FEW_WORDS = Pattern(
    # (At the start, or asked inside a request: "Chat wants to know exactly which Korean leaders he met".)
    # (Or opening a sentence after a remark: "I like names spelled properly. Which Korean leaders did he see?")
    r"(?:^\W*|(?<=[.!?;:])\s+|\b(?:know|tell\s+(?:me|us)|wonder|wondering|ask|asking|find\s+out|check)\s+(?:exactly\s+|again\s+)?)"
    # ("which of the two Korean officials ...": the noun follows the set it is picked from)
    r"(?:(?:and|so|but|then)\s+)?(?:(?:at|in|to|from|during|for)\s+)?(?:which|what)\s+(?:one\s+)?(?:of\s+(?:the|these|those)\s+)?"
    r"(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)
# The class words of "which <noun>" whose answer must name a person or an event (see `Engine._which_kind`).
_LEAD, _ORGANISE, _DEVELOP = SYNONYM + "lead", SYNONYM + "organise", SYNONYM + "develop"
_LAUNCH = SYNONYM + "launch"
# The words of the launch group that say a launch, not a start: "went live", "go up", "lift off".
_LAUNCHING = Pattern(
    r"launch\w*|(?:go|goes|going|gone|went)\s+(?:up|live)|(?:lift|blast)\w*\s+off|lift-?off|blast-?off",
    re.IGNORECASE,
)
_RUN = frozenset({"run", "ran"})  # the stems of the verb by which an event is led: run, runs, ran, running
_PLACING_KINDS = frozenset((EntityType.DATE, EntityType.PLACE, EntityType.CITY))  # what places a fact in time or space
_WHICH_KINDS = {_LEAD: EntityType.PERSON, SYNONYM + "event": EntityType.EVENT}
# "which of them", "which one of the two", "of the two heads, which one ...": picks one of the things the answer
# names, which may be people.
_WHICH_OF_THEM = Pattern(
    r"\b(?:which|who)\s+(?:one\s+)?of\s+(?:them|those|these|the\s+two|both|the\s+pair)\b|\bwhich\s+one\b",
    re.IGNORECASE,
)
_KIND_OF = Pattern(r"\b(?:kinds?|types?|sorts?)\b", re.IGNORECASE)
_OPENERS = frozenset({"hey", "hi", "hello", "yo", "oh", "ok", "okay", "well", "so"})  # before small talk
# Words that change nothing in a question made of common words: "what's the release about, basically?" is "what's
# this release about?" (see `Engine.literal`).
_LITERAL_NOISE = frozenset(
    {"the", "this", "that", "a", "an", "so", "basically", "actually", "really", "exactly", "just"}
)


def _literal_form(words: list[str]) -> str:
    """Words as a near-literal match compares them: without determiners and hedges, unless nothing else is left."""
    kept = [w for w in words if w not in _LITERAL_NOISE]
    return " ".join(kept or words)


_FULL_NAME = Pattern(r"(?:full|whole|complete)\s+name", re.IGNORECASE)
_FULL_TITLE = Pattern(r"full\s+title", re.IGNORECASE)
_NAME_OF = Pattern(r"(?:the\s+)?names?\s+of", re.IGNORECASE)  # the words "name of" as a question marker
_QUOTE = SYNONYM + "quote"  # saying, describing, calling: what someone said
_ACRONYM = SYNONYM + "acronym"  # "the full name of KARI" asks what the acronym stands for, not for a name
# The words of the acronym group that ask what letters stand for, and no name: "stand for", "the letters".
_LETTERS_ASKED = Pattern(
    r"acronyms?|stands?\s+for|short\s+for|abbreviat\w*|abbrev?|initials|initialisms?|expan\w+|decod\w*|letters"
    r"|full\s+(?:form|meaning)|spel[lt]\w*\s+out",
    re.IGNORECASE,
)
_LETTERS_COUNTED = Pattern(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+letters\b", re.IGNORECASE
)
# The kinds of thing a class word asks the name of ("the names of the satellites": a programme).
_NAMED_KINDS: dict[str, tuple[EntityType, ...]] = {
    SYNONYM + "satellite": (EntityType.PROGRAMME,),
    SYNONYM + "rocket": (EntityType.PROGRAMME,),
    SYNONYM + "satnav": (EntityType.PROGRAMME,),
    SYNONYM + "agency": (EntityType.ORGANISATION,),
    SYNONYM + "facility": (EntityType.PLACE, EntityType.CITY),
    SYNONYM + "event": (EntityType.EVENT,),
    _LEAD: (EntityType.PERSON,),
}
# The class words alone, without the role: "And the navigation system?" names a kind of thing (see `Conversation`).
CLASS_WORDS = frozenset(key for key in _NAMED_KINDS if key != _LEAD)
COMMON_POSTINGS = 2000  # a term in more phrasings than this does not generate candidates (see `score`)
MAX_POSTINGS = 20000  # and no term's postings are read beyond this many
SCOPE_MIN_TARGETS = 20  # a body of knowledge this large, in a store that holds more, gets an engine of its own
SCOPE_OUTSIDE_SHARE = 0.5  # an entity other bodies speak of this much (per target of its own) is not routed
MAX_SCOPES = 4  # engines of their own for the largest bodies only
MAX_ALONGSIDE = 500  # targets about the same subjects looked at for "what else?" (see `alongside`)
MAX_SMALLTALK_WORDS = 6  # the longest small-talk phrasing looked for in a run of them
MAX_CANDIDATES = 12  # scored targets kept for deciding, suggesting and explaining


@dataclass(frozen=True)
class Target:
    """Something an answer can come from."""

    kind: MatchKind
    id: str
    question: str  # the canonical way to ask for it, shown as a suggestion
    answer: str
    evidence: tuple[str, ...]
    subjects: tuple[str, ...]  # entity ids it is about, main first
    related: tuple[str, ...] = ()
    context: str | None = None
    declines: bool = False  # the answer says what the release leaves out (see `Entry.declines`)


@dataclass(frozen=True)
class Subject:
    """What the engine keeps of an entity: it holds no knowledge models, so a cached engine loads without pydantic."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phrasing:
    target: int
    text: str
    keys: frozenset[str]


@dataclass
class Scored:
    target: int
    score: float
    phrasing: Phrasing
    matched: list[Term] = field(default_factory=list)


def _main_person(k: Knowledge) -> str | None:
    """The person the knowledge is about, if one clearly is: the subject of at least `MAIN_PERSON_SHARE` times as
    many entries and facts as any other person (in the release, Jean-Yves Le Gall, whose trip it reports)."""
    people = {e.id for e in k.entities if e.type == EntityType.PERSON}
    counts = Counter(s for e in k.entries for s in e.subjects if s in people)
    counts.update(s for f in k.facts for s in (f.subject, f.object) if s in people)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * MAIN_PERSON_SHARE > ranked[0][1]):
        return None
    return ranked[0][0]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused, and resumed only if it was running, whatever the host program set. An
    index is millions of small objects that hold no cycles: the collector's passes over them while they are made
    are wasted - a tenth of the time of indexing 100,000 entries, and two thirds of that of loading them cached."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _siblings(knowledge: Knowledge) -> dict[str, tuple[str, ...]]:
    """For each entity, the entities that stand in the most of the same facts with it - the same relation to the
    same other end: KARI and the KMA, both briefed by CNES and both working with it, are siblings, as CNES and KARI
    are not. Whom "the other agency" means after one of them (see `Conversation`). Only siblings of the largest
    count, so a tie keeps them all."""
    ends: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for fact in knowledge.facts:
        ends[("object", fact.relation, fact.subject)].add(fact.object)
        ends[("subject", fact.relation, fact.object)].add(fact.subject)
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for group in ends.values():
        if len(group) > 1:
            for entity in group:
                shared[entity].update(other for other in group if other != entity)
    out = {}
    for entity, counts in shared.items():
        most = max(counts.values())
        out[entity] = tuple(sorted(other for other, n in counts.items() if n == most))
    return out


class Engine:
    """Matches questions against one knowledge store. Build once per store; `answer` is safe to share."""

    def __init__(self, knowledge: Knowledge) -> None:
        with collector_paused():
            self._build(knowledge)

    def _build(self, knowledge: Knowledge) -> None:
        k = knowledge
        self.entities = {e.id: Subject(e.id, e.name, e.type, tuple(e.aliases)) for e in k.entities}
        self.source: Source = k.source
        self.tags = tuple(sorted({t for e in k.entries for t in e.tags}))
        self._entry_questions = {e.id: e.question for e in k.entries}
        kinds = (EntityType.ORGANISATION, EntityType.PROGRAMME)
        names = [e.name for e in k.entities if e.type in kinds][:6]
        self._topics = "the release (" + ", ".join(names) + ")"
        aliases = {e.id: [e.name, *e.aliases] for e in k.entities}
        for entity_id, shorter in _without_place(k).items():
            aliases[entity_id].extend(shorter)
        for entity_id, decades in _decades(k).items():
            aliases[entity_id].extend(decades)
        self.siblings = _siblings(k)
        # A role names its holder: "the CNES president", "head of the KMA" are read as the person.
        roles: list[tuple[str, str, str]] = []
        for fact in k.facts:
            relation = k.relation.get(fact.relation)
            subject = k.entity.get(fact.subject)
            if relation is None or subject is None or fact.object not in aliases:
                continue
            for word in relation.role_words:
                for name in [subject.name, *subject.aliases]:
                    # (... and in keywords, the role first: "president korea name")
                    for alias in (f"{name} {word}", f"{word} of {name}", f"{name}'s {word}", f"{word} {name}"):
                        roles.append((alias, fact.object, f"{word} of {name}"))
        corpus: list[str] = []  # what the knowledge asks; what it says is in `statements`
        for entry in k.entries:
            corpus += [entry.question, *entry.phrasings]
        for relation in k.relations:
            corpus += [*relation.ask, *relation.ask_inverse]
        for fact in k.facts:
            corpus += fact.phrasings
        statements = [k.source.text, *(e.answer for e in k.entries), *(f.answer or "" for f in k.facts)]
        statements += [r.answer for r in k.relations]
        hinted = [e.id for e in k.entities if e.type in (EntityType.ORGANISATION, EntityType.PROGRAMME)]
        people = [e.id for e in k.entities if e.type == EntityType.PERSON]
        places = [e.id for e in k.entities if e.type in (EntityType.PLACE, EntityType.CITY)]
        self.analyzer = Analyzer(
            aliases, k.synonyms.groups, corpus, roles, statements, hinted=hinted, people=people, places=places
        )
        self.targets: list[Target] = []
        self.phrasings: list[Phrasing] = []
        self._literal: list[Phrasing] = []  # small talk, and phrasings made only of common words
        self._seen_keys: dict[int, set[frozenset[str]]] = {}  # per target, the terms of its indexed phrasings
        self._build_targets(k)
        del self._seen_keys, self._stored_keys
        self._build_weights(k)
        # The ordinals a target's own phrasings ask about ("Was it the first France-Korea Space Forum?"): a question
        # asking that is about the edition, not about another one (see `_names_unknown`).
        self._asked_ordinals: dict[int, frozenset[str]] = {}
        for p in self.phrasings:
            if not p.keys.isdisjoint(self.ordinal_keys):
                self._asked_ordinals[p.target] = self._asked_ordinals.get(p.target, frozenset()) | (
                    p.keys & self.ordinal_keys
                )
        self._literal_text = [_literal_form(tokenize(p.text)) for p in self._literal]
        # Small-talk phrasings as words, for questions made of several ("thanks bye": see `smalltalk_run`).
        self._smalltalk: dict[tuple[str, ...], int] = {
            tuple(tokenize(p.text)): p.target for p in self._literal if self.targets[p.target].kind == "smalltalk"
        }
        self._build_scopes(k)
        self.main_person = _main_person(k)
        # Each acronym the source defines, the entity it names, and the word as a pattern (for `_spelt_out`).
        self._acronyms = [
            (a, self._entity_named(a.short), re.compile(rf"\b{re.escape(a.short)}\b", re.IGNORECASE))
            for a in k.source.acronyms
        ]

    # --- index ------------------------------------------------------------------------------------------------

    def _add(self, target: Target) -> int:
        self.targets.append(target)
        return len(self.targets) - 1

    def _index(self, index: int, texts: Iterable[str], shadowed: frozenset[frozenset[str]] = frozenset()) -> None:
        """Index phrasings of a target, skipping repeats and those whose terms equal a `shadowed` phrasing's."""
        seen = self._seen_keys.setdefault(index, set())
        for text in texts:
            read = self._stored_keys.get(text) or self.analyzer.stored_keys(text)
            keys = frozenset(key for key in read if not key.startswith(UNKNOWN))
            if not keys:
                # Nothing but common words ("What is this about?"): only a near-literal question can match it.
                self._literal.append(Phrasing(index, text, keys))
            elif keys not in seen and keys not in shadowed:
                seen.add(keys)
                self.phrasings.append(Phrasing(index, text, keys))

    def _build_targets(self, k: Knowledge) -> None:
        # The entries' phrasings, most of what a large store asks, are read in bulk (see `qa.bulk`).
        asked = list(dict.fromkeys(text for entry in k.entries for text in (entry.question, *entry.phrasings)))
        self._stored_keys = dict(zip(asked, bulk.term_keys(self.analyzer, asked), strict=True))
        for entry in k.entries:
            target = Target(
                "entry",
                entry.id,
                entry.question,
                entry.answer,
                tuple(entry.evidence),
                tuple(entry.subjects),
                tuple(entry.related),
                entry.context,
                entry.declines,
            )
            self._index(self._add(target), [entry.question, *entry.phrasings])
        # Questions generated from fact templates never compete with a curated phrasing that means the same.
        curated = frozenset(p.keys for p in self.phrasings)
        for fact in k.facts:
            relation = k.relation[fact.relation]
            subject, obj = k.entity[fact.subject], k.entity[fact.object]
            answer = fact.answer or relation.answer.format(subject=subject.name, object=obj.name)
            texts = [t.format(subject=subject.name) for t in relation.ask]
            texts += [t.format(object=obj.name) for t in relation.ask_inverse]
            question = _capitalise(relation.ask[0].format(subject=subject.name)) + "?"
            target = Target("fact", fact.id, question, _capitalise(answer), tuple(fact.evidence), (subject.id, obj.id))
            index = self._add(target)
            self._index(index, fact.phrasings)
            self._index(index, texts, curated)
        for acronym in k.source.acronyms:
            entity = self._entity_named(acronym.short)
            target = Target(
                "fact",
                f"acronym-{acronym.short.lower()}",
                f"What does {acronym.short} stand for?",
                f"{acronym.short} stands for {acronym.long}.",
                (acronym.quote,),
                (entity,) if entity else (),
            )
            texts = [t.format(short=acronym.short, long=acronym.long) for t in _ACRONYM_QUESTIONS]
            self._index(self._add(target), texts, curated)
        for talk in k.smalltalk:
            index = self._add(Target("smalltalk", talk.id, talk.phrasings[0], talk.answer, (), ()))
            self._literal += [Phrasing(index, p, frozenset()) for p in talk.phrasings]

    def _kind(self, key: str) -> str | None:
        entity = self.entities.get(key[1:])
        return None if entity is None else entity.type.value

    def _entity_named(self, alias: str) -> str | None:
        keys = [t.key for t in self.analyzer.analyse(alias).terms]
        return keys[0][1:] if len(keys) == 1 and keys[0].startswith(ENTITY) else None

    def _build_weights(self, k: Knowledge) -> None:
        self._folded_evidence = [tuple(fold_quote(q) for q in t.evidence) for t in self.targets]
        # The sentences of the source each target's evidence comes from, worked out when first needed.
        self._sentences: dict[int, frozenset[str]] = {}
        self.target_index = {(t.kind, t.id): i for i, t in enumerate(self.targets)}
        targets_with: dict[str, set[int]] = defaultdict(set)
        for p in self.phrasings:
            for key in p.keys:
                targets_with[key].add(p.target)
        n = max(1, len({p.target for p in self.phrasings}))
        # Smoothed IDF (never zero or negative, unlike plain Okapi IDF on a tiny corpus: rank_bm25 #39).
        self.weight = {key: math.log(1 + (n - len(ts) + 0.5) / (len(ts) + 0.5)) for key, ts in targets_with.items()}
        self.unknown_weight = math.log(1 + (n + 0.5) / 0.5) if self.weight else 1.0
        self.attribute_words = frozenset(english().attributes)
        self.attributes = frozenset(stem(w) for w in self.attribute_words)
        # Ordinal synonym groups ("first", "2nd" -> ~second), and the ordinal in an entity's own name ("the 2nd
        # France-Korea Space Forum"), so that a question about another edition is told apart (see `_names_unknown`).
        self.ordinal_keys = frozenset(
            SYNONYM + key
            for key, members in english().synonyms.items()
            if any(re.fullmatch(r"\d+(?:st|nd|rd|th)", m) for m in members)
        )
        self.entity_ordinal: dict[str, str] = {}
        for e in k.entities:
            for word in tokenize(e.name):
                ordinal = self.analyzer.phrases.get((word,))
                if ordinal in self.ordinal_keys:
                    self.entity_ordinal[ENTITY + e.id] = ordinal
        # The synonym groups naming a role ("president", "boss", "CEO" -> ~lead): what "the CEO of X" asks for.
        self.role_keys = frozenset(
            t.key
            for relation in k.relations
            for word in relation.role_words
            for t in self.analyzer.analyse(word, repair=False).terms
            if t.kind == SYNONYM
        )
        links: dict[str, set[str]] = defaultdict(set)
        for fact in k.facts:
            links[ENTITY + fact.subject].add(ENTITY + fact.object)
            links[ENTITY + fact.object].add(ENTITY + fact.subject)
        self.linked = {k: frozenset(v) for k, v in links.items()}
        # The facts between two entities ("kma-head" between the KMA and Nam Jae-Cheol), by the pair.
        self._facts_between: dict[frozenset[str], list[int]] = defaultdict(list)
        for i, target in enumerate(self.targets):
            if target.kind == "fact" and len(set(target.subjects)) == 2:
                self._facts_between[frozenset(target.subjects)].append(i)
        # The facts of who holds which post ("kari-president"), by the person and by the organisation.
        posts = {r.id for r in k.relations if r.role_words}
        fact_targets = {t.id: i for i, t in enumerate(self.targets) if t.kind == "fact"}
        self._posts: dict[str, list[int]] = defaultdict(list)
        for fact in k.facts:
            if fact.relation in posts and fact.id in fact_targets:
                self._posts[fact.subject].append(fact_targets[fact.id])
                self._posts[fact.object].append(fact_targets[fact.id])
        title = k.source.sentences[0] if k.source.sentences else ""
        self.background = frozenset(
            t.key for t in self.analyzer.analyse(title).terms if t.kind != ENTITY or self._kind(t.key) == "place"
        )
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.phrasings):
            for key in p.keys:
                self.postings[key].append(i)
        # (fsum: exactly rounded, whatever order a set's keys come in - which varies with the hash seed - so that
        # scores, and the order of near-equal candidates, are the same in every process.)
        self.phrasing_weight = [math.fsum(self.weight[k] for k in p.keys) for p in self.phrasings]
        self.phrasing_target = [p.target for p in self.phrasings]
        # The words of each target's answer (not its entities: naming the subject must not stand in for asking).
        self.answer_keys: list[frozenset[str]] = []
        # The entities each answer names, which a follow-up may point back to ("he" after "Le Gall was in Korea").
        self.answer_entities: list[tuple[str, ...]] = []
        for keys in bulk.term_keys(self.analyzer, [target.answer for target in self.targets]):
            self.answer_keys.append(frozenset(key for key in keys if key[:1] not in (ENTITY, UNKNOWN, QUESTION)))
            self.answer_entities.append(tuple(key[1:] for key in keys if key.startswith(ENTITY)))
        # Entities that name a city: the cities, and whatever is named after one ("the Toulouse Space Show").
        cities = [e.name for e in self.entities.values() if e.type == EntityType.CITY]
        self._in_a_city = frozenset(
            e.id for e in self.entities.values() if any(re.search(rf"\b{re.escape(c)}\b", e.name) for c in cities)
        )
        self._answer_kinds: dict[int, frozenset[str]] = {}
        self._context: dict[int, tuple[str, ...]] = {}  # filled on first use: few targets are ever candidates
        self._alongside: dict[int, list[int]] = {}  # likewise (see `alongside`)
        answer_postings: dict[str, list[int]] = defaultdict(list)
        for i, said in enumerate(self.answer_keys):
            for key in said:
                answer_postings[key].append(i)
        self.answer_postings = dict(answer_postings)
        # The people whose words some answer gives (in the release, Le Gall): asked what anyone else said, the
        # release has no words of theirs to give.
        self._quoted = frozenset(
            e
            for i in answer_postings.get(_QUOTE, ())
            for e in self.answer_entities[i]
            if self._kind(ENTITY + e) == EntityType.PERSON
        )
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(self.targets):
            for s in t.subjects:
                self.by_entity[s].append(i)
        # The attribute words ("budget", "signed") each entity is asked or told about: in a store where other
        # entries make such a word known, it still names nothing the knowledge says of this entity.
        spoken: dict[str, set[str]] = defaultdict(set)
        for pi, p in enumerate(self.phrasings):
            for s in self.targets[self.phrasing_target[pi]].subjects:
                spoken[s].update(k for k in p.keys if k in self.attributes)
        for i, t in enumerate(self.targets):
            for s in t.subjects:
                spoken[s].update(k for k in self.answer_keys[i] if k in self.attributes)
        self.entity_attributes = {e: frozenset(keys) for e, keys in spoken.items()}

    # --- bodies of knowledge ----------------------------------------------------------------------------------

    def _build_scopes(self, k: Knowledge) -> None:
        """Find the bodies of knowledge a store mixes - targets joined, directly or not, by the entities they are
        about - and give each of the largest (short of the whole store) an engine of its own. A question about the
        entities of one body is answered there, as if the rest of the store were not: its words weigh what they
        weigh in that body, and words only other entries use are as unknown to it as they are to the release."""
        self.scopes: dict[str, Engine] = {}  # entity key -> the engine of the body it belongs to
        self._bodies: dict[tuple[str, str], Engine] = {}  # (kind, id) of a target -> the engine of its body
        self._homes: dict[str, Engine] = {}  # entity key -> the engine of the body that declares it
        parent = list(range(len(self.targets)))

        def root(t: int) -> int:
            while parent[t] != t:
                parent[t] = parent[parent[t]]
                t = parent[t]
            return t

        # Targets that declare subjects are joined by them; those that declare none (a store built without them),
        # by the entities their phrasings name, among themselves: an invented name that happens to contain "Kari"
        # must not join another entry to the release.
        declared: dict[str, list[int]] = defaultdict(list)
        for i, target in enumerate(self.targets):
            for e in target.subjects:
                declared[ENTITY + e].append(i)
        mentioned: dict[str, list[int]] = {}
        for key, found in self.postings.items():
            if key.startswith(ENTITY):
                loose = {t for t in (self.phrasing_target[pi] for pi in found) if not self.targets[t].subjects}
                if loose:
                    mentioned[key] = sorted(loose)
        # (Loose targets are not joined through an entity that others declare: the few whose names contain
        # "Kari" would make one large body of unrelated entries.)
        loose_groups = [group for key, group in mentioned.items() if key not in declared]
        for group in (*declared.values(), *loose_groups):
            first = root(group[0])
            for t in group[1:]:
                parent[root(t)] = first
        members: dict[int, list[int]] = defaultdict(list)
        for i, target in enumerate(self.targets):
            if target.kind != "smalltalk":
                members[root(i)].append(i)
        everything = sum(len(m) for m in members.values())
        bodies = sorted((m for m in members.values() if SCOPE_MIN_TARGETS <= len(m) < everything), key=len)
        for body in bodies[-MAX_SCOPES:]:
            engine = Engine(self._part_of(k, body))
            for i in body:
                self._bodies[(self.targets[i].kind, self.targets[i].id)] = engine
            home = root(body[0])
            for key, named in declared.items():
                # (Only while the entity is mostly spoken of there: other knowledge that asks about CNES as much
                # keeps competing for questions about CNES; a few entries whose names contain "Kari" do not.)
                if root(named[0]) != home:
                    continue
                self._homes[key] = engine
                if len(mentioned.get(key, ())) < len(named) * SCOPE_OUTSIDE_SHARE:
                    self.scopes[key] = engine

    def _part_of(self, k: Knowledge, body: list[int]) -> Knowledge:
        """The knowledge of one body: its entries, facts and entities, and the paragraphs of the source its
        evidence comes from (in their order, so its title comes first)."""
        ids = {(self.targets[i].kind, self.targets[i].id) for i in body}
        named = {e for i in body for e in (*self.targets[i].subjects, *self.answer_entities[i])}
        inside = set(body)
        named |= {
            key[1:]
            for key, found in self.postings.items()
            if key.startswith(ENTITY) and any(self.phrasing_target[pi] in inside for pi in found)
        }
        # Each quote found once in the source folded whole, then placed in its paragraph by offset.
        paragraphs = k.source.paragraphs
        starts = list(accumulate((len(p) + 1 for p in paragraphs), initial=0))
        folded = "\n".join(paragraphs)
        found = {folded.find(fold_quote(q)) for i in body for q in self.targets[i].evidence}
        used = sorted({bisect_right(starts, at) - 1 for at in found if at >= 0})
        return replace(
            k,
            source=Source("\n\n".join(paragraphs[i] for i in used)),
            entities=tuple(e for e in k.entities if e.id in named),
            facts=tuple(f for f in k.facts if ("fact", f.id) in ids),
            entries=tuple(e for e in k.entries if ("entry", e.id) in ids),
            smalltalk=(),
        )

    def scope_of(self, analysis: Analysis) -> Engine | None:
        """The engine of the body of knowledge a question is about, when the entities it names all belong to
        one that has its own (see `_build_scopes`); None otherwise."""
        if not self.scopes:
            return None
        keys = {t.key for t in analysis.terms if t.kind == ENTITY}
        found = {self.scopes.get(key) for key in keys} - {None}
        if len(found) != 1:
            return None
        engine = found.pop()
        # An entity other knowledge speaks of too (a large store's "Kari Chipra" for KARI) goes with the body
        # that declares it, when the question also names what only that body speaks of: "Lim Cheol-Ho, KARI".
        return engine if all(self.scopes.get(key, self._homes.get(key)) is engine for key in keys) else None

    # --- scoring ----------------------------------------------------------------------------------------------

    def term_weight(self, term: Term, chatter: float = 1.0, aside: float = 1.0) -> float:
        """How much a term of the question weighs: rarity, raised for unknown and demanding words. `chatter` scales
        ordinary unknown words (see `_chatter`), and `aside` those of them said about the asker."""
        if term.kind == UNKNOWN:
            # (A name or an attribute said about the asker - "I visited Busan", "for my report on costs" - or in a
            # question taken back asks nothing: it weighs as an ordinary word.)
            if not term.aside and (term.name_like or stem(term.surface) in self.attributes):
                return self.unknown_weight * term.boost
            said_aside = aside if term.aside and not term.name_like else 1.0
            return self.unknown_weight * UNKNOWN_WORD_SHARE * chatter * term.boost * said_aside
        weight = self.weight.get(term.key)
        if weight is None:
            # (A kind of answer no phrasing asks for weighs as demanding, not as a word nothing says: "how many" in
            # a store whose phrasings never ask it.)
            weight = self.unknown_weight * (DEMANDING_MARKER_SHARE if term.key in _DEMANDING_MARKERS else 1.0)
        if term.kind == WORD and term.key in self.attributes:
            # "budget", "website": what such a question hinges on, however common the word is in a large store.
            weight = max(weight, self.unknown_weight)
        if term.key in _DEMANDING_MARKERS:
            # "How many", "what year": only an answer of that kind will do, so they weigh like rare words.
            weight = max(weight, self.unknown_weight * DEMANDING_MARKER_SHARE)
        return weight * term.boost

    def score(self, analysis: Analysis) -> list[Scored]:
        """Every target sharing a term with the question, best phrasing each, best first.

        One pass over the postings of the question's terms accumulates, per phrasing, the weight it explains; the
        work is proportional to the postings touched, not to the size of the store.
        """
        # An entity's own ordinal put before its name ("the *2nd* forum", "that *second* France-Korea forum") only
        # says the name: it asks nothing of the edition.
        # (Unless another ordinal is said too: "the 2nd forum ... then the first one was when?" sets editions apart.)
        ordinals = {t.key for t in analysis.terms if t.key in self.ordinal_keys}
        if len(ordinals) == 1 and any(t.key in self.entity_ordinal for t in analysis.terms):
            analysis = _without_own_ordinals(analysis, self.entity_ordinal)
        terms = [t for t in analysis.terms if t.kind != UNKNOWN]
        chatter = _chatter(analysis)
        subject = any(t.kind == ENTITY and not t.aside and t.boost >= 1.0 for t in analysis.terms)
        aside = ASIDE_UNKNOWN_SHARE if subject else 1.0
        full = sum(self.term_weight(t, chatter, aside) for t in analysis.terms)
        if full <= 0 or not terms:
            return []
        # The release's own topic (its title's places and words) is implied by every question: asking about
        # "Korean organisations" where a phrasing says "organisations" costs little.
        # So is an entity that merely describes another one the question names: "the forum *in Paris*", "the SCO,
        # *CNES's* initiative" - any entity a fact links to another entity of the question.
        present = {t.key for t in terms if t.kind == ENTITY}
        described = {k for k in present if self.linked.get(k, frozenset()) & present}
        # An entity's own ordinal said elsewhere ("the forum, the second one") only repeats its name.
        described |= {self.entity_ordinal[k] for k in present if k in self.entity_ordinal}
        background_keys = self.background | described
        if all(t.key in background_keys for t in terms):
            # Nothing but the release's own topic ("France and Korea in space?"): no discount, it is all there is.
            background_keys = frozenset()
        # Plain words the knowledge never states (only some stored question of it uses them: "national", "view")
        # say how the question is put more than what it asks: missing from a phrasing, they cost less.
        grounded, attributes = self.analyzer.stated, self.attributes
        share = [
            BACKGROUND_SHARE
            if t.key in background_keys
            else UNGROUNDED_SHARE
            if t.kind == WORD
            and t.quality >= 1.0  # (a correction is a guess: "girst" read as "gist" must not count for little)
            and t.key not in grounded
            and t.key not in attributes
            and not t.name_like
            else 1.0
            for t in terms
        ]
        asked = [self.term_weight(t) for t in terms]
        # What each term does not cost when a phrasing misses it.
        spared = [a * (1 - s) for a, s in zip(asked, share, strict=True)]
        spared_mass = sum(spared)
        # Words of the question that a target's answer uses, though the matched phrasing does not, earn part of
        # their weight: "What kinds of people *attended* the forum?" for "Who was at the forum?".
        # Credited through the answer, a term counts no more than it weighs when the phrasing misses it.
        answer_weight = [a * s for a, s in zip(asked, share, strict=True)]
        # Each phrasing touched gets a bit mask of the question's terms it holds: one dictionary update per posting.
        # Candidates come from the postings of the rarer terms; a term so common that its postings would dominate
        # the work (a large store's "who") only marks candidates found otherwise, so the work per question does
        # not grow with the store.
        postings = self.postings
        order = sorted(range(len(terms)), key=lambda i: len(postings.get(terms[i].key, ())))
        masks: dict[int, int] = {}
        for rank, i in enumerate(order):
            found = postings.get(terms[i].key, ())
            bit = 1 << i
            if len(found) <= COMMON_POSTINGS or rank == 0:
                for pi in found[:MAX_POSTINGS]:
                    masks[pi] = masks.get(pi, 0) | bit
            else:
                key = terms[i].key
                for pi in masks:
                    if key in self.phrasings[pi].keys:
                        masks[pi] |= bit
        sums: dict[int, tuple[float, float, float]] = {}
        both_sums: dict[int, float] = {0: 0.0}
        # Within one target and one set of matched terms, only the shortest phrasing (the highest precision) can
        # be its best: keep that one per (target, mask), and score each pair once.
        phrasing_target, phrasing_weight = self.phrasing_target, self.phrasing_weight
        shortest: dict[tuple[int, int], int] = {}
        for pi, mask in masks.items():
            pair = (phrasing_target[pi], mask)
            kept = shortest.get(pair)
            if kept is None or phrasing_weight[pi] < phrasing_weight[kept]:
                shortest[pair] = pi
        # Per candidate target, the question's terms its answer uses: from the inverted index of answer words when
        # a term's list is shorter than the candidates, else by looking at each candidate (a large store's common
        # answer words are in a great many answers: the work must not grow with the store).
        candidates = {target for target, _ in shortest}
        answer_bits: dict[int, int] = defaultdict(int)
        for i, t in enumerate(terms):
            with_it = self.answer_postings.get(t.key, ())
            if len(with_it) <= len(candidates):
                for target in with_it:
                    answer_bits[target] |= 1 << i
            else:
                for target in candidates:
                    if t.key in self.answer_keys[target]:
                        answer_bits[target] |= 1 << i
        beta2 = RECALL_BETA**2
        best: dict[int, tuple[float, int]] = {}
        for (target, mask), pi in shortest.items():
            if mask not in sums:
                bits = [i for i in range(len(terms)) if mask >> i & 1]
                sums[mask] = (
                    math.fsum(self.weight[terms[i].key] for i in bits),
                    sum(asked[i] * (0.5 + 0.5 * terms[i].quality) for i in bits),
                    sum(spared[i] for i in bits),
                )
            matched_weight, credit, spared_hit = sums[mask]
            both = mask & answer_bits[target]
            in_both = both_sums.get(both)
            if in_both is None:
                in_both = both_sums[both] = sum(answer_weight[i] for i in range(len(terms)) if both >> i & 1)
            everything = answer_bits[target]
            in_answer = both_sums.get(everything)
            if in_answer is None:
                in_answer = both_sums[everything] = sum(
                    answer_weight[i] for i in range(len(terms)) if everything >> i & 1
                )
            total = full - (spared_mass - spared_hit)
            recall = (credit + ANSWER_CREDIT * (in_answer - in_both)) / total
            precision = matched_weight / phrasing_weight[pi]
            f = (1 + beta2) * precision * recall / (beta2 * precision + recall)
            current = best.get(target)
            if current is None or f > current[0]:
                best[target] = (f, pi)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        out = []
        for target, (f, pi) in ranked[:MAX_CANDIDATES]:
            phrasing = self.phrasings[pi]
            out.append(Scored(target, f, phrasing, [t for t in terms if t.key in phrasing.keys]))
        return out

    # --- deciding ---------------------------------------------------------------------------------------------

    def literal(self, text: str, cutoff: float = LITERAL_RATIO) -> int | None:
        """The target of a small-talk or common-words phrasing that `text` nearly equals, if any."""
        words = tokenize(text)
        while len(words) > 1 and words[0] in _OPENERS:
            words = words[1:]  # "hey, how's your day going?" is "how's your day going?"
        norm = _literal_form(words)
        if not norm or len(norm) > 80 or not self._literal_text:
            return None
        found = process.extractOne(norm, self._literal_text, scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if found is None else self._literal[found[2]].target

    def smalltalk_run(self, text: str) -> int | None:
        """The small-talk target for a question made wholly of small-talk phrasings run together ("thanks bye",
        "ok thanks", "hi, who are you"): the last one's, which is what to reply to. None for anything else - however
        many entries of a large store use "bye"."""
        words = tokenize(text)
        last, i = None, 0
        while i < len(words):
            for size in range(min(len(words) - i, MAX_SMALLTALK_WORDS), 0, -1):
                last = self._smalltalk.get(tuple(words[i : i + size]))
                if last is not None:
                    i += size
                    break
            else:
                return None
        return last

    def reply(self, question: str, analysis: Analysis | None = None) -> Reply:
        """Answer one question on its own (no conversation). Never raises for any `str`."""
        question = scrub(question)
        if len(question) > MAX_QUESTION_CHARS:
            return self._decline(
                question,
                f"That question is too long for me (over {MAX_QUESTION_CHARS} characters). Please ask it briefly.",
            )
        if analysis is not None:
            return self.decide(question, analysis)
        # A question that can be asked alone, after remarks or before comments of the asker's, is answered as asked
        # alone first: the remarks' words only mislead the whole ("Which country did the CNES president head out to?
        # Somewhere with decent powder, I hope." is no question about anything powdery). Only whole sentences are
        # split off: a part after a comma may lean on what goes before ("Besides measuring climate impacts, what
        # ...").
        # (So is a question the asker comes back to after a digression: "Found fusion crust on a chondrite!!! anyway
        # lol who heads KARI?")
        resumed = self.analyzer.after_digression(question)
        if resumed is not None:
            reply = self.reply(resumed)
            if reply.answered:
                return replace(reply, question=question, resolved=reply.resolved or resumed)
        alone = self.analyzer.question_alone(question, segments=False)
        if alone is not None:
            reply = self._reply_whole(alone)
            if reply.answered:
                return replace(reply, question=question, resolved=reply.resolved or alone)
        reply = self._reply_whole(question)
        if reply.answered or reply.kind == "smalltalk":
            return reply
        return (
            self._reply_to_part(question)
            or self._reply_figuratively(question)
            or self._reply_about_the_main_person(question)
            or reply
        )

    def _reply_about_the_main_person(self, question: str) -> Reply | None:
        """The answer to a question asked on its own about "he" or "his" that names something but no one, read as
        asked of the person the source is about, as one naming nothing is (`_about_main_person`), when so read it is
        answered: "which 2 korean agencies did he sit down with", "What's he hoping to do with the cooperation once
        October comes round?". None otherwise (a reading that answers nothing is no better than none)."""
        if self.main_person is None:
            return None
        analysis = self.analyzer.analyse(question)
        # (Not when the question names a person, or describes one by a role the pronoun may point back at: "The
        # president whose state visit they're preparing, what's his name?")
        if (
            PERSONAL.isdisjoint(analysis.pronouns)
            or any(self.is_person(e) for e in analysis.entities)
            or any(t.key == _LEAD for t in analysis.terms)
        ):
            return None
        reply = self._about_main_person(question, analysis, self.main_person)
        return reply if reply.answered else None

    def _reply_figuratively(self, question: str) -> Reply | None:
        """The answer to a question that its plain words ask surely, when the only words keeping it from being
        answered are everyday words the knowledge lacks, no name and no attribute among them: a figure of speech
        ("Who's top of the tree at the French space agency?", "When was kick-off for Le Gall's away fixture?").
        Answered less surely than the plain question (`FIGURATIVE_SHARE`); None otherwise."""
        analysis = self.analyzer.analyse(question)
        unknown = [t for t in analysis.terms if t.kind == UNKNOWN]
        dictionary = self.analyzer.dictionary
        if (
            not unknown
            or any(
                t.name_like
                or stem(t.surface) in self.attributes
                or t.surface not in dictionary
                or self.analyzer.names_another(t.surface)
                for t in unknown
            )
            or not any(t.kind == ENTITY for t in analysis.terms)
            or not any(t.kind == QUESTION for t in analysis.terms)
        ):
            return None
        plain = replace(analysis, terms=tuple(t for t in analysis.terms if t.kind != UNKNOWN))
        reply = self.decide(question, plain)
        if not reply.answered or reply.confidence < FIGURATIVE_SURE:
            return None
        return replace(reply, confidence=reply.confidence * FIGURATIVE_SHARE)

    def _reply_whole(self, question: str) -> Reply:
        """The reply to the question as a whole."""
        analysis = self.analyzer.analyse(question)
        scope = self.scope_of(analysis)
        if scope is not None:
            return scope.reply(question)
        run = self.smalltalk_run(question)
        if run is not None:
            return self._literal_reply(question, run)
        # A question with meaningful words must be almost exactly a literal phrasing ("help") to match one.
        literal = self.literal(question, LITERAL_RATIO if not analysis.terms else LITERAL_STRICT_RATIO)
        if literal is not None:
            return self._literal_reply(question, literal)
        if self.scopes and not any(t.kind == ENTITY for t in analysis.terms):
            return self._from_any_body(question, analysis)
        return self.decide(question, analysis)

    def _reply_to_part(self, question: str) -> Reply | None:
        """The answer to the part of a declined question that asks it, if one part can be asked alone and is
        answered; None otherwise. The reply says which part it answered (`resolved`).

        - Remarks before a question may keep it from being matched however little they weigh ("What a CV! Since
          the early 2000s, what has CNES been doing with KARI?"): the question it ends on, if that names its own
          subject (`Analyzer.question_alone`).
        - Several questions in a row ("Who set that forum up? Which agencies laid the first course, so to
          speak?") are answered by the one that names its own subject and is answered most surely; a long question
          wrapped in hedges and asides ("..., leaving aside the diplomatic fluff, what I actually want to know is
          who the CNES president sat down with, because ...") by its clause that asks something of a subject it
          names. Either if answered surely (`CLAUSE_SURE`), and a little less surely: a part may leave out some of
          what is asked.
        - A claim put back to be checked by a short question naming nothing of its own ("Didn't the French space
          chief go to Korea sometime in June? When was it exactly?"): the claim, answered as it is.
        - A question reported rather than asked ("One of my borrowers asked who runs KARI. Can you tell me?").
        """
        # (The last sentence may begin with a remark of its own: "hiya! just dropped the spaniel back, who's the kari
        # boss again?" - then the part after it, if that can be asked alone.)
        asked: str | None = question
        alone = self.analyzer.question_alone(question)
        while alone is not None and alone != asked:
            reply = self._reply_whole(alone)
            if reply.answered:
                return replace(reply, question=question, resolved=reply.resolved or alone)
            alone, asked = self.analyzer.question_alone(alone), alone
        # A yes/no question of a topic named first, or a claim about it tagged to be checked: "That forum earlier in
        # the year - was it held in Lyon?", "The forum in the spring - that was held in Lyon, wasn't it?".
        topical = self.analyzer.topic_put_in(asked or question)
        if topical is not None:
            reply = self._reply_whole(topical)
            if reply.answered:
                return replace(reply, question=question, resolved=reply.resolved or topical)
        # A question pointing back at the one thing the remarks before it name: "KSLV-2 sounds like a club model.
        # What sort of kit is it actually?" - answered as asked of that thing, if surely (`CLAUSE_SURE`).
        pointed = self.analyzer.pointer_put_in(question)
        if pointed is not None:
            reply = self._reply_whole(pointed)
            if reply.answered and reply.confidence >= CLAUSE_SURE:
                return replace(reply, question=question, confidence=reply.confidence * CLAUSE_SHARE, resolved=pointed)
        # A claim put back to be checked: "Didn't he go in June? When was it exactly?" asks what the claim gets wrong.
        claim = self.analyzer.claim_put_back(question)
        if claim is not None:
            reply = self._reply_whole(claim)
            if reply.answered:
                return replace(reply, question=question, confidence=reply.confidence * CLAUSE_SHARE, resolved=claim)
        clauses = self.analyzer.asking_sentences(question)
        if not clauses and len(question.split()) >= LONG_QUESTION_WORDS:
            clauses = self.analyzer.asking_clauses(question)
        # (A question reported rather than asked - "a guest wants to know what day the CNES president was in Korea"
        # - is tried first.)
        # (It is the whole question, only reported, so it need not be answered more surely than one asked.)
        reported = self.analyzer.embedded_questions(question)
        clauses = [*reported, *clauses]
        best: tuple[Reply, str] | None = None
        for clause in clauses[:MAX_CLAUSES]:
            reply = self._reply_whole(clause)
            if (
                reply.answered
                and (reply.confidence >= CLAUSE_SURE or clause in reported)
                and (best is None or reply.confidence > best[0].confidence)
            ):
                best = reply, clause
        if best is None:
            return None
        reply, clause = best
        return replace(
            reply, question=question, confidence=reply.confidence * CLAUSE_SHARE, resolved=reply.resolved or clause
        )

    def _from_any_body(self, question: str, analysis: Analysis) -> Reply:
        """The reply to a question naming nothing, in a store with bodies of knowledge of their own: the whole
        store's answer, as its body judges it if it has an engine of its own ("Tell me a joke about rockets" is
        no question about launch services, whatever other entries make words weigh); or, when the whole store
        declines, the answer of a body - with the rarity of its own words and its own vocabulary ("prime
        contractor" where thousands of other entries speak of suppliers; "KAAS", which a large store's vocabulary
        has closer words for). The most confident body's answer, if several answer."""
        reply = self.decide(question, analysis)
        if reply.answered:
            body = self._bodies.get((reply.kind, reply.match or ""))
            return reply if body is None else body.reply(question)
        found = [r for body in dict.fromkeys(self.scopes.values()) if (r := body.reply(question)).answered]
        return max(found, key=lambda r: r.confidence) if found else reply

    def _about_main_person(self, question: str, analysis: Analysis, person: str) -> Reply:
        """The reply to a question about "him" that names no one, read as asked of the person the source is about
        (see `_main_person`): someone who asks "what day was he over there?" of a release about one man's trip
        means him. It is a guess, so it is answered unsurely - less than a reading in a conversation, whose
        context says whom "he" is (`SURE`) - and says whom it took "he" to be."""
        reading = replace(analysis, terms=(*analysis.terms, Term(ENTITY + person, self.entities[person].name)))
        reply = self.decide(question, reading)
        if not reply.answered:
            return reply
        name = self.entities[person].name
        pronoun = next(p for p in analysis.pronouns if p in PERSONAL)
        taking = f"Taking \u201c{pronoun}\u201d to be {name}: "
        return replace(
            reply,
            text=taking + reply.text,
            brief=taking + reply.brief if reply.brief else reply.brief,
            confidence=min(reply.confidence, GUESSED_PERSON_CONFIDENCE),
            resolved=reply.resolved or f"{analysis.text} ({pronoun} = {name})",
        )

    def decide(self, question: str, analysis: Analysis) -> Reply:
        scope = self.scope_of(analysis)
        if scope is not None:
            return scope.decide(question, analysis)
        if self.main_person is not None and not analysis.entities and not PERSONAL.isdisjoint(analysis.pronouns):
            return self._about_main_person(question, analysis, self.main_person)
        analysis = self._building(self._attending(self._naming_a_thing(analysis)))
        scored = self.score(analysis)
        pointing = [p for p in analysis.pronouns if p != "this"]  # "What year was this?" means the release
        bare = bool(analysis.terms) and all(t.kind == QUESTION for t in analysis.terms)
        if bare and not (scored and scored[0].score >= 0.999) and (pointing or not analysis.pronouns):
            # "When was it?" with nothing for "it" to stand for, or just "since when?": any answer would be a guess
            # (in a conversation, the question is read in context instead).
            what = f"what \u201c{pointing[0]}\u201d refers to here" if pointing else "what you are asking about"
            return self._decline(
                question,
                f"I don't know {what}. Please say what you are asking about.",
                analysis=analysis,
                suggestions=self._suggest(scored, []),
                scored=scored,
            )
        known_entities = [e for e in analysis.entities if e in self.entities]
        unknown = analysis.unknown
        # Only answers of the kind asked for compete ("how long": a duration); if none is, the release does not say.
        asked = self.asked_kinds(analysis)
        counting = self._counted_keys(analysis) if QUESTION + "how_many" in asked else frozenset()
        fitting = [s for s in scored if self._fits(asked, s, counting)]
        if not fitting or fitting[0].score < max(ANSWER_FLOOR, scored[0].score - KIND_MARGIN):
            # The question is well understood but its answer is not of the kind asked for: say what is missing,
            # and what the release does say ("How many people attended?" - "numerous politicians, ..."). An answer
            # of the right kind that matches much worse is about something else.
            best = scored[0] if scored else None
            if (
                best is not None
                and best.score >= ANSWER_FLOOR
                and not self._fits(asked, best, counting)
                and not self._names_unknown(analysis, best)
            ):
                given = next((s for s in fitting if self._one_sentence(analysis, best, s)), None)
                if given is None:
                    counted = self._counted(analysis, best, asked)
                    if counted:
                        return self._count_reply(question, analysis, best, scored, counted)
                    # (The other part is answered by a match of the kind the best one lacks: "both the date and the
                    # city of the forum" - its date, and where it was.)
                    lacking = tuple(k for k in asked if k not in self.answer_kinds(best.target))
                    part = next(
                        (
                            s
                            for s in scored
                            if s is not best
                            and self._fits(lacking, s, counting)
                            and self._other_part(analysis, best, s)
                        ),
                        None,
                    )
                    if part is not None:
                        # "Forum edition number and location?": two things asked of one subject, each answered by
                        # its own match - the release does say where, so it is not declined as saying nothing.
                        confidence = _confidence(part.score, part.score)
                        return self._both_answers(question, analysis, (best.target, part.target), scored, confidence)
                    return self._decline_wrong_kind(question, analysis, best, scored)
                fitting = [given, *(s for s in fitting if s is not given)]
        if not fitting or self._incidental(analysis, fitting[0]):
            return self._decline_unmatched(question, analysis, known_entities, unknown, scored)
        scored = fitting
        # What the question sets apart is not the answer: "Apart from Earth-observing satellites, what else has CNES
        # helped KARI with?" is not answered by a phrasing about the satellites, if another matches.
        # (Unless its answer also says what else the question asks: "besides sharing data, what do they pool?")
        if analysis.apart:
            wanted = {t.key for t in analysis.terms if t.kind in (SYNONYM, WORD)} - analysis.apart
            other = [
                s
                for s in scored
                if analysis.apart.isdisjoint(s.phrasing.keys) or not wanted.isdisjoint(self.answer_keys[s.target])
            ]
            if other and other[0] is not scored[0]:
                scored = other
        if analysis.apart or _ELSE.search(analysis.text):
            # "Who else did Le Gall meet besides Lim Cheol-Ho?": a fact between two things the question names is
            # what the asker knows already, not the answer, if another matches - as it is when the question sets
            # one apart without saying "else" ("Except for Lim Cheol-Ho, who did Le Gall meet?").
            named = {t.key[1:] for t in analysis.terms if t.kind == ENTITY}
            # (So is a fact about what it sets apart: "Except Lim Cheol-Ho, which other leader has he met?")
            known = {key[1:] for key in analysis.apart if key.startswith(ENTITY)}
            news = [
                s
                for s in scored
                if not self._fact_between(s.target, named)
                and not (self.targets[s.target].kind == "fact" and known & set(self.targets[s.target].subjects))
            ]
            if news and news[0] is not scored[0]:
                scored = news
        # Likewise only answers that speak of the role asked about ("Who is the man heading the agency that ...?"),
        # if one matches nearly as well; otherwise the role is not addressed and the question is declined below.
        addressed = [s for s in scored if not self._unaddressed(analysis, s)]
        if addressed and addressed[0] is not scored[0] and addressed[0].score >= scored[0].score - KIND_MARGIN:
            scored = addressed
        # "Which Korean leaders did he meet?" asks for people, "At which gathering was the SCO announced?" for an
        # event: only answers naming one the question did not name compete, if one matches nearly as well.
        kind_asked = self._which_kind(analysis)
        if kind_asked is not None:
            naming = [s for s in scored if self._names_new(analysis, s, kind_asked)]
            if naming and naming[0].score >= scored[0].score - KIND_MARGIN:
                scored = naming
        # "How did Le Gall characterise the decision?" asks what he said of it: only answers about him compete (his
        # statement, not the decision it reports), if one matches nearly as well.
        speakers = {
            t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.boost >= 1.0 and self.is_person(t.key[1:])
        }
        if speakers and any(t.key == _QUOTE and t.boost >= 1.0 for t in analysis.terms):
            theirs = [s for s in scored if speakers & set(self.targets[s.target].subjects)]
            if theirs and theirs[0].score >= scored[0].score - KIND_MARGIN:
                scored = theirs
        # A yes/no question ("Did Le Gall meet him?") is not answered by a phrasing that asks when, where or how
        # many, if one that asks none of those matches nearly as well.
        # (So is a question asking what, in no kind of answer: "What's been started under the agreement?" is not
        # answered by when it started.)
        if not any(t.key in _KIND_MARKERS for t in analysis.terms):
            margin = (
                YES_NO_MARGIN
                if opens_yes_no(analysis.text)
                else KIND_MARGIN
                if _ASKS_WHAT.search(analysis.text)
                else None
            )
            if margin is not None:
                plain = [s for s in scored if not s.phrasing.keys & _KIND_MARKERS]
                if plain and plain[0] is not scored[0] and plain[0].score >= scored[0].score - margin:
                    scored = plain
        # A blank to fill ("Le Gall calls the decision a new what?") is filled by the answer that says the words
        # before it, followed by a word: "a new milestone".
        blank = _BLANK.search(analysis.text)
        if blank is not None:
            before = re.compile(rf"\b{re.escape(blank.group('before'))}\s+\w", re.IGNORECASE)
            filled = [s for s in scored if before.search(self.targets[s.target].answer)]
            if filled and filled[0].score >= scored[0].score - BLANK_MARGIN:
                scored = filled  # (what leaves the blank empty is no rival)
        # A fact matched by the date or place the question gives gives way to a close match that speaks of what the
        # question asks: "The meeting in July, it is part of preparation for what?" does not ask when it was.
        placed = self._placed_by_question(analysis, scored[0])
        if placed:
            scored = _promoted(scored, lambda s: bool(placed & (s.phrasing.keys | self.answer_keys[s.target])))
        # An answer that leaves out an organisation a yes/no question names gives way to one that names it, if that
        # matches nearly as well: "Has the KMA agreed to work with CNES on the SCO?" is answered by the KMA's
        # decision, not by what the SCO's partners in general agree to.
        # (Not a claim of who did something, which the answer naming the doers corrects: "Wasn't it the KMA that
        # organised the forum?")
        left_out = (
            opens_yes_no(analysis.text)
            and not any(t.key in DOER_KEYS for t in analysis.terms)
            and self._organisations_left_out(analysis, scored[0])
        )
        if left_out:
            scored = _promoted(scored, lambda s: not self._organisations_left_out(analysis, s))
        # The best match about something else than the question names ("What is South Korea's satellite navigation
        # system?" for "Which satellite navigation system's rollout is CNES supporting?") gives way to the next that
        # is about it, if that one matches nearly as well and the question names nothing the release lacks.
        # (It must speak of the question words and synonyms the best match has: "And for KSLV-2?" after KASS's prime
        # contractor is not answered by what KSLV-2 is.)
        # (Whether the best names something else is worked out once: `misplaced` for the top below, unless it changes.)
        misplaced = self._names_unknown(analysis, scored[0])
        if misplaced and not analysis.unknown:
            said = {t.key for t in scored[0].matched if t.kind in (SYNONYM, QUESTION)}
            about = next(
                (
                    s
                    for s in scored[1:]
                    if s.score >= scored[0].score - KIND_MARGIN
                    and said <= s.phrasing.keys | self.answer_keys[s.target]
                    and not self._names_unknown(analysis, s)
                ),
                None,
            )
            if about is not None:
                scored = [about, *(s for s in scored if s is not about)]
                misplaced = False
        top = scored[0]
        others = (s for s in scored[1:] if not self._same_answer(top.target, s.target))
        rival = next((s for s in others if not self._agree(analysis, top, s)), None)
        margin = top.score - (rival.score if rival else 0.0)
        confidence = _confidence(top.score, margin)
        if (
            top.score < ANSWER_FLOOR
            or misplaced
            or self._unaddressed(analysis, top)
            or self._asks_unknown_attribute(analysis, top)
            or self._asks_who_came_next(analysis)
        ):
            return self._decline_unmatched(question, analysis, known_entities, unknown, scored)
        unquoted = self._unquoted_speaker(analysis, top)
        if unquoted is not None:
            # "What did Lim Cheol-Ho say after the meetings?": the release quotes Le Gall, not him.
            return self._decline_saying(
                f"The release does not quote {self.entities[unquoted].name}",
                question,
                analysis,
                top,
                scored,
                confidence=confidence,
            )
        if self._unnamed(analysis, top):
            # "What are the names of KARI's Earth-observing satellites?": the release speaks of them, unnamed.
            return self._decline_saying(
                "The release does not name them", question, analysis, top, scored, confidence=confidence
            )
        if self._elsewhere(analysis, top.target):
            # "Did he go anywhere else on that trip?" after "Did Le Gall go to Korea?": no other place is named.
            return self._decline_saying(
                "The release names no other place", question, analysis, top, scored, confidence=confidence
            )
        if self._venue_unnamed(analysis, top):
            # "Which venue in Paris hosted the forum?": the answer names only the city the question names.
            return self._decline_saying(
                "The release does not name the venue", question, analysis, top, scored, confidence=confidence
            )
        # An exact match of a stored phrasing's terms wins over any partial one, however close.
        exact = top.score >= 0.999 and (rival is None or rival.score < 0.999)
        if rival is not None and margin < CLARIFY_MARGIN and not exact:
            # Two answers nearly tied, both quoted whole by a third nearly as close (Le Gall's statement, for how
            # he described the decision: a milestone, and a commitment): that one says both.
            # Or one of the two speaks of more of what the question names ("What was CNES presenting about the SCO
            # in Korea?": the visit's purpose names CNES and the SCO, the SCO's announcement only the SCO).
            both = (
                self._covering(top, rival, scored)
                or self._naming_more(analysis, top, rival)
                or self._asking_alike(analysis, top, rival)
            )
            if both is None and _WHICH_OF_THEM.search(analysis.text):
                # Or one of the two lists the people "which of them ...?" picks one from, and the pick is sure.
                both = next((s for s in (top, rival) if self._one_of_several(analysis, s) is not None), None)
            if both is None:
                return self._clarify(question, analysis, scored, confidence)
            top = both
        mistaken = self._mistaken_post(analysis)
        if mistaken is not None:
            return self._both_answers(question, analysis, mistaken, scored, confidence)
        negation = self._negation(analysis)
        negated = negation is not None
        one = self._one_of_several(analysis, top, negated=negated)
        # (The several may be listed by another close match: "Who did Le Gall meet that was not from KARI?")
        for close in scored[1:] if negated else ():
            if one is not None or close.score < top.score - KIND_MARGIN:
                break
            one = self._one_of_several(analysis, close, negated=True)
        if one is None and negation is not None:
            one = self._the_other(analysis, negation, top, scored)
            if one is None:
                # The best match answers the question without its "not": the one the question excludes.
                return self._decline_saying(
                    "The release does not say which one is not", question, analysis, top, scored, confidence=0.0
                )
        if one is not None:
            return self._answer(question, analysis, replace(top, target=one), scored, confidence)
        return self._answer(question, analysis, top, scored, confidence)

    def _mistaken_post(self, analysis: Analysis) -> tuple[int, int] | None:
        """For a claim that someone holds a post the release gives another ("Le Gall is president of KARI, yes or
        no?", "Lim Cheol-Ho runs the KMA, doesn't he?"): the fact of the post that person holds and the fact of who
        holds the post claimed; None for any other question."""
        if not puts_a_claim(analysis.text) or not any(t.key == _LEAD for t in analysis.terms):
            return None
        by_role = {t.surface for t in analysis.terms if t.kind == ENTITY and t.boost < 1.0}
        people = {
            t.key[1:]
            for t in analysis.terms
            if t.kind == ENTITY and t.boost >= 1.0 and t.surface not in by_role and self.is_person(t.key[1:])
        }
        organisations = {
            t.key[1:] for t in analysis.terms if t.kind == ENTITY and self._kind(t.key) == EntityType.ORGANISATION
        }
        if len(people) != 1 or len(organisations) != 1:
            return None
        # (Only a claim of who holds a post, nothing else: "Did Le Gall meet the KARI president?" claims a meeting.)
        holders = {t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.surface in by_role and t.boost >= 1.0}
        if any(
            (t.kind in (SYNONYM, WORD) and t.key != _LEAD)
            or (t.kind == ENTITY and t.key[1:] not in people | organisations | holders)
            for t in analysis.terms
            if t.boost >= 1.0
        ):
            return None
        person, organisation = people.pop(), organisations.pop()
        held, claimed = self._posts.get(person, []), self._posts.get(organisation, [])
        if len(held) != 1 or len(claimed) != 1 or held == claimed:
            return None  # (the post claimed is theirs, or the release gives no single one to set against it)
        return held[0], claimed[0]

    def _both_answers(
        self, question: str, analysis: Analysis, targets: tuple[int, int], scored: list[Scored], confidence: float
    ) -> Reply:
        """One reply giving two targets' answers, each with the release's words."""
        first, second = (self.targets[t] for t in targets)
        said = f"{first.answer} {second.answer}"
        evidence = tuple(dict.fromkeys([*first.evidence, *second.evidence]))
        reply = self._answered(
            question, targets[0], confidence, resolved=analysis.text, candidates=self._candidates(scored)
        )
        return replace(reply, text=cited(said, evidence), brief=said, evidence=evidence)

    def _incidental(self, analysis: Analysis, top: Scored) -> bool:
        """Whether the question is one plain word that the best phrasing mentions in passing: a phrasing about
        something the question does not name, whose answer does not use the word ("tell me a joke" and "Which
        headquarters does Anzu have, according to the joke?" in a large store). Nothing is asked of that thing."""
        if analysis.entities or analysis.pronouns:
            return False  # (it names, or points at, what it asks about)
        # (Asking when or who of it changes nothing: "weather 2day?" is not answered by a launch date that a stored
        # question happens to ask with "its weatherly".)
        asked = [t for t in analysis.terms if t.boost >= 1.0 and t.kind != QUESTION]
        if len(asked) != 1 or asked[0].kind != WORD or asked[0].key in self.answer_keys[top.target]:
            return False
        return any(key.startswith(ENTITY) for key in top.phrasing.keys)

    def _fact_between(self, target: int, named: set[str]) -> bool:
        """Whether the target is a fact between two of the `named` entities."""
        found = self.targets[target]
        return found.kind == "fact" and len(set(found.subjects)) == 2 and set(found.subjects) <= named

    def _one_of_several(self, analysis: Analysis, top: Scored, *, negated: bool = False) -> int | None:
        """The fact about the one person of a list answer whom the question picks out by an organisation it names:
        "Who did Le Gall meet from the KMA?" is answered by who heads the KMA, not by both the leaders he met. None
        unless the question asks who and exactly one of the people the answer names, and no other, is tied by a
        fact to an organisation the question names. `negated` ("... is not from the KMA?"): the fact about the one
        person left over, if exactly one is."""
        of_them = _WHICH_OF_THEM.search(analysis.text) is not None
        asks_who = of_them or any(t.key == QUESTION + "who" for t in analysis.terms)
        if not (asks_who or self._which_kind(analysis) == EntityType.PERSON) or _ELSE.search(analysis.text):
            return None  # ("he met the KMA and who else?" asks for the others)
        # Or by a role the question reads as them ("the name of the KARI boss Le Gall met"): the fact of that role -
        # unless they are the one the answer is about, named first ("who did the CNES boss meet?").
        by_role = {t.surface: t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.boost < 1.0}
        held = [
            (t.key[1:], by_role[t.surface])
            for t in analysis.terms
            if t.kind == ENTITY and t.boost >= 1.0 and t.surface in by_role and self.is_person(t.key[1:])
        ]
        listed = [e for e in self.answer_entities[top.target] if self.is_person(e)]
        if len(held) == 1 and held[0][0] in listed[1:] and len(listed) > 2:
            facts = self._facts_between.get(frozenset(held[0]), [])
            return facts[0] if len(facts) == 1 else None
        named = {t.key[1:] for t in analysis.terms if t.kind == ENTITY}
        # (Nor, of three or more, the one the answer is about, named first: "Which person from the weather service
        # did the French delegation meet?" picks from the leaders Le Gall met, not Le Gall by his CNES.)
        people = {e for e in listed[1 if len(listed) > 2 else 0 :] if e not in named}
        # (Named in the question proper, not in a clause about someone else: "the boss who went to meet the heads
        # of the weather agency" asks about the boss.)
        # (In "which of them runs the weather agency?", "them" is what the one is picked from, not what picks it:
        # only the organisations the question itself says count.)
        from_context = set(_from_context(analysis)) if of_them else set()
        organisations = [
            t.key[1:]
            for t in analysis.terms
            # (... unless it says who is not: "Who did he meet that was not from KARI?")
            if t.kind == ENTITY
            and (t.boost >= 1.0 or negated)
            and self._kind(t.key) == EntityType.ORGANISATION
            and t.key[1:] not in from_context
        ]
        if len(people) < 2 or not organisations:
            return None
        ties = {(p, f) for p in people for o in organisations for f in self._facts_between.get(frozenset((p, o)), ())}
        if negated:
            left = people - {p for p, _ in ties}
            return self._fact_of(left.pop()) if ties and len(left) == 1 else None
        return ties.pop()[1] if len(ties) == 1 else None

    def _fact_of(self, entity: str, named: Collection[str] = ()) -> int | None:
        """The one fact about an entity and something the question names, or else its one fact with an organisation
        (a person's post); None if there is no single one."""
        for others in (named, [e for e in self.entities if self._kind(ENTITY + e) == EntityType.ORGANISATION]):
            facts = {f for o in others for f in self._facts_between.get(frozenset((entity, o)), ())}
            if len(facts) == 1:
                return facts.pop()
        return None

    def _negation(self, analysis: Analysis) -> tuple[list[str], list[str]] | None:
        """For a question asking which one is not: the entities it names before the "not" (what it picks from) and
        after it (what they are not); None for any other question, or when the context has already put another
        thing for what is after it ("which one of them is not KARI?": the KMA)."""
        negation = NEGATED_PICK.search(analysis.text)
        if negation is None:
            return None
        said = self.analyzer.analyse(analysis.text[negation.end() :]).entities
        if not set(said) <= set(analysis.entities):
            return None
        return self.analyzer.analyse(analysis.text[: negation.end()]).entities, said

    def _the_other(
        self, analysis: Analysis, negation: tuple[list[str], list[str]], top: Scored, scored: list[Scored]
    ) -> int | None:
        """What a question asking which one is not answers, when the release makes it a single thing; None if not.
        - "Which one of them is not the aerospace research institute?" (of KARI and the KMA, which the best match
          names): the other one.
        - "Which SCO event wasn't in Paris?": the best match answers the question without its "not" (the One
          Planet Summit, and the forum); the answer is the one other thing of that kind that a match names together
          with one of those, or else that a fact ties to what the question picks from (the SCO) and none to what it
          says they are not (Paris): the Toulouse Space Show - by its fact with what the question names."""
        picked, said = negation
        named = set(analysis.entities)

        def new(target: int, kind: str | None) -> set[str]:
            return {e for e in self.answer_entities[target] if e not in named and self._kind(ENTITY + e) == kind}

        kind = self._which_kind(analysis) or (
            EntityType.PERSON if any(t.key == QUESTION + "who" for t in analysis.terms) else None
        )
        for entity in said:
            # (Only a thing of the kind asked for: "Which person ... is not a Korean official?" is not "which
            # country is not Korea".)
            if kind is not None and self._kind(ENTITY + entity) != kind:
                continue
            others = new(top.target, self._kind(ENTITY + entity))
            if entity in self.answer_entities[top.target] and len(others) == 1:
                return self._about_target(others.pop(), named)
        if kind is None:
            return None
        excluded = new(top.target, kind)
        for s in scored:
            together = new(s.target, kind)
            if s is not top and together & excluded and len(together - excluded) == 1:
                return self._fact_of((together - excluded).pop(), named)
        left = {
            e[1:]
            for p in picked
            for e in self.linked.get(ENTITY + p, frozenset())
            if self._kind(e) == kind and e[1:] not in named
        }
        left -= {e[1:] for p in said for e in self.linked.get(ENTITY + p, frozenset())}
        return self._fact_of(left.pop(), picked) if picked and said and len(left) == 1 else None

    def _about_target(self, entity: str, named: Collection[str]) -> int | None:
        """The one fact about an entity and something the question names, or else what the release says of the
        entity: the entry about it that the bare name asks for."""
        fact = self._fact_of(entity, named)
        if fact is not None:
            return fact
        subject = self.entities[entity]
        scored = self.score(self.analyzer.analyse(subject.name))
        return next((s.target for s in scored if self.targets[s.target].subjects[:1] == (entity,)), None)

    def _other_part(self, analysis: Analysis, best: Scored, fitting: Scored) -> bool:
        """Whether a keyword question joining two things asked with "and" has its other part answered by a fact of
        the kind asked for, about what the best match is about first: "Forum edition number and location?" - the
        edition is the best match, where the forum was is a fact of its own."""
        if not _ASKED_TOGETHER.search(analysis.text) or WH_WORD.search(analysis.text) or fitting.score < PART_FLOOR:
            return False  # (a question word asks its own way: "where and when was the first forum held?")
        given = self.targets[fitting.target]
        return (
            given.kind == "fact"
            and self.targets[best.target].subjects[:1] == given.subjects[:1]
            and not self._names_unknown(analysis, fitting)
        )

    def _one_sentence(self, analysis: Analysis, best: Scored, fitting: Scored) -> bool:
        """Whether an answer of the kind asked for rests on the same sentence of the release as the best match,
        and matches well enough: then it answers the question about that sentence ("On what date was Le Gall in
        Korea to meet its leaders?" - the sentence that names the leaders gives the day)."""
        if fitting.score < ANSWER_FLOOR:
            return False
        # ... and both match the question on a word of what is done, not just on its names ("when did Le Gall
        # meet Nam" does not say since when Nam has led the KMA, though one sentence names them both).
        asked = {t.key for t in analysis.terms if t.kind in (SYNONYM, WORD)}
        if asked.isdisjoint(best.phrasing.keys & fitting.phrasing.keys):
            return False
        # ... and it is a fact about what the best match is about first: the attribute asked for, stated of that very
        # thing ("Which city will Moon visit?" is not answered by where the forum was held that the sentence about
        # his visit also names).
        given = self.targets[fitting.target]
        if given.kind != "fact" or self.targets[best.target].subjects[:1] != given.subjects[:1]:
            return False
        return not self._target_sentences(best.target).isdisjoint(self._target_sentences(fitting.target))

    def _fits(self, asked: tuple[str, ...], top: Scored, counted: frozenset[str]) -> bool:
        """Whether the answer is of the kinds asked for (`asked_kinds`): a count for "how many", a time for "when",
        a year for "what year". However well the words match, "How many satellites?" is not answered by a list of
        work - nor "How many launches?" by "the two partners": a count must be of what is counted."""
        if not asked or not self.answer_kinds(top.target).issuperset(asked):
            return not asked
        if QUESTION + "how_many" not in asked or not counted:
            return True  # (`counted`: see `_counted_keys`; "how many?" alone, or of a name: any count will do)
        return any(
            counted & {t.key for t in self.analyzer.analyse(found.group("what"), repair=False).terms}
            for found in _COUNT_OF.finditer(self.targets[top.target].answer)
        )

    def _counted_keys(self, analysis: Analysis) -> frozenset[str]:
        """The keys of the words and synonyms a "how many" question counts (worked out once per question, for every
        candidate `_fits` checks)."""
        found = self.analyzer.analyse(" ".join(self._counted_words(analysis))).terms
        return frozenset(t.key for t in found if t.kind in (SYNONYM, WORD))

    def _counted_words(self, analysis: Analysis) -> list[str]:
        """The few words after "how many" (or "number of") as the question wrote them, however spelt ("how mnay
        Korean leaders"): what it counts."""
        marker = next((t.surface.split() for t in analysis.terms if t.key == QUESTION + "how_many"), None)
        if marker is None:
            return []
        words = tokenize(analysis.text)
        at = next((i for i in range(len(words)) if words[i : i + len(marker)] == marker), len(words))
        return words[at + len(marker) : at + len(marker) + _COUNTED_WORDS]

    @staticmethod
    def asked_kinds(analysis: Analysis) -> tuple[str, ...]:
        """The kinds of answer the question asks for that an answer can be checked against ("?how_many", "city")."""
        # (Only "why" itself asks for a reason: "what's his job title, for my report?" asks none; nor does "why is
        # Paris mentioned?", which asks what the release says of it.)
        reason = not _MENTIONED.search(analysis.text)
        asked = [
            t.key
            for t in analysis.terms
            if t.key in _ANSWER_KINDS
            and t.boost >= 1.0
            and (t.key != QUESTION + "why" or (t.surface == "why" and reason))
        ]
        if any(t.key == WHERE_KIND and t.boost >= 1.0 for t in analysis.terms):
            asked.append(WHERE_KIND)  # "where": only an answer that names a place will do
        if any(t.key == WHERE_KIND and (t.offered or _CITY_WORDS.search(analysis.text)) for t in analysis.terms):
            # "which city": a country will not do; nor for "Did he meet them in Seoul?" (see `Analyzer._offered`).
            asked.append(CITY_KIND)
        if _COUNTRY_WORDS.search(analysis.text):
            asked.append(COUNTRY_KIND)
        if WHERE_KIND in asked and _LOCATED_WORDS.search(analysis.text):
            asked.append(LOCATION_KIND)
        if _SPAN_WORDS.search(analysis.text) and any(t.key == QUESTION + "how_long" for t in analysis.terms):
            asked.append(SPAN_KIND)
        if _WHICH_NUMBER.search(analysis.text):
            asked = [kind for kind in asked if kind != QUESTION + "how_many"] + [NUMBER_KIND]
        if any(t.offered and is_year(t.surface) for t in analysis.terms):
            return tuple(asked)  # an offered year says a year is asked: "it dates from 2010, right?"
        if any(t.offered and is_decade(t.surface) for t in analysis.terms):
            return (*asked, QUESTION + "year")  # and a decade: "since when, like the 80s?" wants no day
        # The words of the question marker itself, not the question's ("the space *days*" asks for no day).
        when = " ".join(t.surface for t in analysis.terms if t.key == QUESTION + "when" and t.boost >= 1.0)
        if _TIME_WORDS.search(when) or (_DAY_WORDS.search(when) and _TIME_WORDS.search(analysis.text)):
            asked.append(TIME_KIND)
        elif _DAY_WORDS.search(when) and QUESTION + "year" not in asked and not _DATES_FROM.search(analysis.text):
            # (Not "From which year does the agreement date?", "the deal dates from when?": a year will do.)
            asked.append(DAY_KIND)
        return tuple(asked)

    def answer_kinds(self, target: int) -> frozenset[str]:
        """The kinds of question the target's answer can answer: "?when" if it gives a time, "city" if it names
        one... (see `_ANSWER_KINDS`). Worked out when first needed and kept: a dict write is safe across threads."""
        kinds = self._answer_kinds.get(target)
        if kinds is None:
            answer = self.targets[target].answer
            kinds = frozenset(kind for kind, pattern in _ANSWER_KINDS.items() if pattern.search(answer))
            if self._in_a_city.intersection(self.answer_entities[target]):
                kinds |= {CITY_KIND, WHERE_KIND}
            if any(self._kind(ENTITY + e) == EntityType.PLACE for e in self.answer_entities[target]):
                kinds |= {COUNTRY_KIND}
            # (The reply quotes the evidence too: "the 2nd France-Korea Space Forum in Paris" says where it was.)
            quoted = self.analyzer.analyse(" ".join(self.targets[target].evidence), repair=False).entities
            said = [e for e in (*self.answer_entities[target], *quoted) if e in self.entities]
            if any(self.entities[e].type in _PLACES for e in said):
                kinds |= {WHERE_KIND}
            if any(self.entities[e].type in (EntityType.PLACE, EntityType.CITY) for e in said):
                kinds |= {LOCATION_KIND}
            self._answer_kinds[target] = kinds
        return kinds

    def _context_entities(self, target: int) -> tuple[str, ...]:
        """The entities named in the paragraphs of the source the target's evidence comes from. Worked out when
        first needed and kept (a dict write is safe across threads)."""
        found = self._context.get(target)
        if found is None:
            paragraphs = {self.source.paragraph_of(q) for q in self.targets[target].evidence} - {None}
            text = " ".join(p for p in paragraphs if p)
            found = tuple(self.analyzer.analyse(text, repair=False).entities) if text else ()
            self._context[target] = found
        return found

    def _asks_unknown_attribute(self, analysis: Analysis, top: Scored) -> bool:
        """True when the question asks for an attribute ("how accurate", "when does it expire") that the knowledge
        never speaks of, unless the match is all but exact otherwise: whatever else matches, that is not said."""
        if top.score >= ATTRIBUTE_SURE:
            return False
        if any(
            t.kind == UNKNOWN and not t.name_like and t.boost >= 1.0 and stem(t.surface) in self.attributes
            for t in analysis.terms
        ):
            return True
        # A known attribute word that nothing about the question's subjects speaks of: "Who signed the agreement?"
        # in a store where other entries are signed.
        subjects = [t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.key not in self.background]
        if not subjects:
            return False
        spoken = frozenset().union(*(self.entity_attributes.get(s, frozenset()) for s in subjects))
        return any(
            t.kind == WORD
            and t.boost >= 1.0
            and t.surface in self.attribute_words  # the word itself: "operating" shares only a stem with "operational"
            and t.key not in spoken
            for t in analysis.terms
        )

    def _unquoted_speaker(self, analysis: Analysis, top: Scored) -> str | None:
        """The person the question asks the words of ("What did Lim Cheol-Ho say?"), when no answer gives words of
        theirs, or the best answer gives what someone else said - it speaks of saying and names none of the people
        asked about; else None."""
        found = (self._speakers(said_by, analysis) for said_by in self._sayings(analysis.text))
        speakers = next((people for people in found if people), [])
        if not speakers:
            return None
        if self._quoted.isdisjoint(speakers):
            return speakers[0]  # (whatever matches best: "What did Nam say about the SCO?" is not who Nam is)
        said_of = {*self.targets[top.target].subjects, *self.answer_entities[top.target]}
        if _QUOTE not in self.answer_keys[top.target] or not said_of.isdisjoint(speakers):
            return None
        return speakers[0]

    @staticmethod
    def _sayings(text: str) -> list[re.Match[str]]:
        """The phrases of a question that ask for someone's words: "did Nam say", "was he quoted"."""
        return [*_SAID_BY.finditer(text), *_QUOTED_OF.finditer(text)]

    def asks_words_of_pronoun(self, analysis: Analysis) -> bool:
        """Whether the question asks for the words of someone it points to by a pronoun: "What did he say about the
        SCO?" - whoever "he" is, and whether the release quotes him, is what decides the answer."""
        return any(said["speaker"].split()[-1].casefold() in PERSONAL for said in self._sayings(analysis.text))

    def _speakers(self, said_by: re.Match[str], analysis: Analysis) -> list[str]:
        """The people a phrase of saying names as speakers: "Lim Cheol-Ho" in "What did Lim Cheol-Ho say", or "he"
        when the question names one person ("Nam must have had something to say. What did he say?")."""
        speaker = said_by.group("speaker")
        found = [e for e in self.analyzer.analyse(speaker).entities if self.is_person(e)]
        if not found and speaker.split()[-1].casefold() in PERSONAL:
            named = [e for e in dict.fromkeys(analysis.entities) if self.is_person(e)]
            found = named if len(named) == 1 else []
        return found

    def _elsewhere(self, analysis: Analysis, target: int, before: Iterable[str] = ()) -> bool:
        """True when the question asks for another place than the ones it names (or the answer `before` it did),
        and the target's answer names only those: "Did Le Gall go anywhere else?" once South Korea is named."""
        if not _ELSEWHERE.search(analysis.text):
            return False
        places = [e for e in self.answer_entities[target] if self._kind(ENTITY + e) in _PLACE_KINDS]
        return bool(places) and set(places) <= {*analysis.entities, *before}

    def no_other_place(self, question: str, analysis: Analysis, reply: Reply, last: int) -> Reply | None:
        """The decline for a follow-up asking for another place ("Did he go anywhere else on that trip?") when the
        reply names no place but those the answer of target `last` named; None otherwise."""
        index = self.target_of(reply) if reply.answered else None
        if index is None or not self._elsewhere(analysis, index, self.answer_entities[last]):
            return None
        return self._decline(
            question,
            f"The release names no other place. What it does say: {self.targets[index].answer}",
            analysis=analysis,
            confidence=min(0.5, reply.confidence),
        )

    def _venue_unnamed(self, analysis: Analysis, top: Scored) -> bool:
        """True when the question asks for a venue ("which venue", "what building") and the answer names no place or
        event the question does not name: "Which venue hosted the SCO launch?" is the Toulouse Space Show, but the
        release names no venue in Paris for the forum."""
        if not _VENUE.search(analysis.text):
            return False
        # (A venue is a place, a city or an event - not a date, nor a country a name the question says holds
        # already: "In which building in Paris was the forum held?" is not answered by France.)
        named = set(analysis.entities)
        said = " ".join(tokenize(" ".join(self.entities[e].name for e in named if e in self.entities)))
        return not any(
            e not in named
            and self._kind(ENTITY + e) in (EntityType.PLACE.value, EntityType.CITY.value, EntityType.EVENT.value)
            and not any(f" {' '.join(tokenize(a))} " in f" {said} " for a in self._names_of(e))
            for e in self.answer_entities[top.target]
        )

    def _names_of(self, entity: str) -> list[str]:
        """An entity's name and aliases."""
        known = self.entities.get(entity)
        return [] if known is None else [known.name, *known.aliases]

    def _asks_who_came_next(self, analysis: Analysis) -> bool:
        """True when the question asks who came before or after a person: "Who was CNES president before Jean-Yves
        Le Gall?" asks for someone the release never names, not for him. ("Who met him before Le Gall's visit?"
        places the question in time by an event.)"""
        if not any(t.key == QUESTION + "who" for t in analysis.terms):
            return False
        found = _BEFORE_SOMEONE.search(analysis.text)
        if found is None or _POSSESSIVE_START.match(found.group("rest")):
            return False
        terms = self.analyzer.analyse(found.group("rest")).terms
        return bool(terms) and terms[0].kind == ENTITY and self._kind(terms[0].key) == EntityType.PERSON

    def _which_kind(self, analysis: Analysis) -> EntityType | None:
        """The kind of thing a "which <noun>" question asks for, when it is people or an event: "Which Korean
        leaders...", "what officials...", "at which gathering..."."""
        found = _WHICH_FEW_WORDS.search(analysis.text)
        if found is None or _KIND_OF.search(found.group("noun")):
            return None  # ("What kind of people attended?" asks what kind: politicians, scientists...)
        if _PERSON_NOUN.search(found.group("noun")):
            return EntityType.PERSON
        said = set(tokenize(found.group("noun")))
        for t in analysis.terms:
            if t.surface in said and t.key in _WHICH_KINDS:
                return _WHICH_KINDS[t.key]
        return None

    def _names_new(self, analysis: Analysis, scored: Scored, kind: EntityType) -> bool:
        """Whether the answer names something of that kind the question does not."""
        named = set(analysis.entities)
        return any(e not in named and self._kind(ENTITY + e) == kind for e in self.answer_entities[scored.target])

    def _unaddressed(self, analysis: Analysis, top: Scored) -> bool:
        """True when the question asks who holds a role ("the CEO of") that neither the best phrasing nor its
        answer speaks of: "Who is the CEO of Thales Alenia Space?" is not "Who is Thales Alenia Space?"."""
        keys = {t.key for t in analysis.terms}
        answer_keys = self.answer_keys[top.target]
        # (What letters stand for is asked of an acronym, however a phrasing of what the thing is matches the rest:
        # "What is the meaning of the letters KASS?" is not "KASS meaning?". A full name may be a name: "the full
        # name of the event in Toulouse"; and letters counted are a crossword's: "Day of the week, seven letters?")
        if (
            any(t.key == _ACRONYM and t.boost >= 1.0 and _LETTERS_ASKED.fullmatch(t.surface) for t in analysis.terms)
            and not (_ACRONYM in top.phrasing.keys or _ACRONYM in answer_keys)
            and not _LETTERS_COUNTED.search(analysis.text)
        ):
            return True
        # (So is when a thing was launched, by an answer that says no launch: "When's the KSLV-2 rocket due to go
        # up?" is not answered by what the rocket is, though that dates the help it gets. Starting is no launch:
        # "When did CNES start on KARI's satellites?")
        if (QUESTION + "when" in keys or QUESTION + "year" in keys) and any(
            t.key == _LAUNCH
            and t.boost >= 1.0
            and _LAUNCHING.fullmatch(t.surface)
            and _LAUNCH not in top.phrasing.keys
            and _LAUNCH not in answer_keys
            for t in analysis.terms
        ):
            return True
        if QUESTION + "who" not in keys:
            return False  # "Which weekday did he meet the leaders?" asks for a day, not for who leads
        # (Running an event the question is about is organising it: "Who put that forum on, which two outfits were
        # running it?" is answered by who organised it - not chairing it, nor running an agency that organised it.)
        # (Looked at per candidate: the cheap test of the answer's keys first.)
        organised = _ORGANISE in answer_keys and any(
            t.kind == ENTITY and t.boost >= 1.0 and self._kind(t.key) == EntityType.EVENT for t in analysis.terms
        )
        # (A role word the answer says in another form is addressed: "help design and manage" is answered by "the
        # design and management of".)
        return any(
            t.key in self.role_keys
            and t.boost >= 1.0
            and t.key not in top.phrasing.keys
            and t.key not in answer_keys
            and stem(t.surface) not in answer_keys
            and not (organised and t.key == _LEAD and stem(t.surface) in _RUN)
            for t in analysis.terms
        )

    def _attending(self, analysis: Analysis) -> Analysis:
        """The analysis with coming or going to an event read as attending it: "What kind of people was coming to the
        space forum?" asks who attended, not about a visit. (Coming to a place is visiting it.)"""
        moving = [t for t in analysis.terms if t.key == SYNONYM + VISIT and _MOVING_TO.fullmatch(t.surface)]
        if not moving:
            return analysis
        kinds = {self._kind(t.key) for t in analysis.terms if t.kind == ENTITY and t.boost >= 1.0}
        if EntityType.EVENT not in kinds or kinds & {EntityType.PLACE, EntityType.CITY}:
            return analysis
        return replace(
            analysis, terms=tuple(t._replace(key=SYNONYM + ATTEND) if t in moving else t for t in analysis.terms)
        )

    def _building(self, analysis: Analysis) -> Analysis:
        """The analysis with putting together or setting up a programme read as developing it: "Who put KASS
        together?" asks who developed the system, not who organised an event."""
        organising = [t for t in analysis.terms if t.key == _ORGANISE]
        if not organising:
            return analysis
        kinds = {self._kind(t.key) for t in analysis.terms if t.kind == ENTITY and t.boost >= 1.0}
        if EntityType.PROGRAMME not in kinds or EntityType.EVENT in kinds:
            return analysis
        return replace(
            analysis, terms=tuple(t._replace(key=_DEVELOP) if t in organising else t for t in analysis.terms)
        )

    def _naming_a_thing(self, analysis: Analysis) -> Analysis:
        """The analysis without "the name of" asking who, when it asks the name of a thing, not of a person: "What is
        the name of the climate observatory CNES presented?" is answered by what the observatory is, which says
        its name. ("The name of the KARI president" and "the name of Le Gall's boss" still ask who.) And "the full
        name" of a person asks who, not what an acronym stands for ("the full name of the official who ..."), and
        their "full title" their post ("What is Nam Jae-Cheol's full title?")."""
        naming = [
            i for i, t in enumerate(analysis.terms) if t.key == QUESTION + "who" and _NAME_OF.fullmatch(t.surface)
        ]
        full = [
            i
            for i, t in enumerate(analysis.terms)
            if t.key == _ACRONYM and (_FULL_NAME.fullmatch(t.surface) or _FULL_TITLE.fullmatch(t.surface))
        ]
        if not naming and not full:
            return analysis
        persons = _PERSON_NOUN.search(analysis.text) is not None or any(
            t.key in self.role_keys
            or (t.kind == ENTITY and t.key[1:] in self.entities and self.entities[t.key[1:]].type == EntityType.PERSON)
            for t in analysis.terms
        )
        if not persons:
            return replace(analysis, terms=tuple(t for i, t in enumerate(analysis.terms) if i not in naming))
        if not full:
            return analysis
        # "The full name of the official who ..." asks who, not what an acronym stands for; a full title, the post.
        surface = analysis.terms[full[0]].surface
        who = Term(SYNONYM + "position" if _FULL_TITLE.fullmatch(surface) else QUESTION + "who", surface)
        terms = [who if i == full[0] else t for i, t in enumerate(analysis.terms) if t.key != who.key]
        return replace(analysis, terms=tuple(t for t in terms if t.key != _ACRONYM))

    def _unnamed(self, analysis: Analysis, top: Scored) -> bool:
        """True when the question asks for names ("the names of", "which specific") and the answer names nothing
        of the kind asked that the question does not name already: "What are the names of KARI's Earth-observing
        satellites?" is not answered by "CNES has been involved in the development of KARI's Earth-observing
        satellites". (A role is no name: "the name of the CNES president" is Le Gall's.)"""
        naming = _NAMING.search(analysis.text)
        told = _NAME_THE.match(analysis.text) if naming is None else None
        naming = naming or told
        # (The crowd words the question has, read once; "which <word>s" is read only for a question that has one.)
        crowds = _CROWDS.intersection(t.key for t in analysis.terms)
        crowd = (
            naming is None
            and bool(crowds)
            and any(
                t.key in _CROWDS
                for m in _WHICH_FEW.finditer(analysis.text)
                for t in self.analyzer.analyse(m["few"]).terms
            )
        )
        if (naming is None and not crowd) or any(t.key == _ACRONYM for t in analysis.terms):
            return False
        # (A name given after "called" is offered, not asked for: "Is the president the one called Moon Jae-In?")
        if naming is not None and naming.group().casefold() == "called":
            given = self.analyzer.analyse(analysis.text[naming.end() :]).entities
            if any(self.is_person(e) for e in given):
                return False
        # (An answer calling them what the question does, a crowd, names none of them: "numerous politicians".)
        if not crowds.isdisjoint(self.answer_keys[top.target]):
            return True
        # Named is what the question calls by a name of its own, not by a common noun: "the name of the forum"
        # asks for the name of what it calls "the forum".
        words = f" {' '.join(tokenize(analysis.text))} "
        common = self.analyzer.dictionary
        # (Common nouns said in small letters describe: "the name of the climate observatory CNES presented".)
        described = {" ".join(tokenize(m.group())) for m in _LOWER_WORDS.finditer(analysis.text)}
        named = {
            e
            for t in analysis.terms
            if t.kind == ENTITY and (e := t.key[1:]) in self.entities
            for alias in (self.entities[e].name, *self.entities[e].aliases)
            if (said := " ".join(tokenize(alias)).removeprefix("the ")) not in common
            and f" {said} " in words
            and not (all(w in common for w in said.split()) and any(f" {said} " in f" {d} " for d in described))
        }
        # The kind of thing whose names are asked: of the first kind named after "the names of", if one is ("the
        # names of the satellites the French agency helped the Korean institute develop" asks for no agency's).
        if naming is None:
            wanted = {EntityType.PERSON}  # (which of a crowd: people)
        else:
            after = [t.key for t in self.analyzer.analyse(analysis.text[naming.end() :]).terms if t.key in _NAMED_KINDS]
            if not after and told is not None:
                return False  # ("Name the three ways France has helped": no kind of thing with names)
            asked = after[:1] or [t.key for t in analysis.terms]
            wanted = {kind for key in asked for kind in _NAMED_KINDS.get(key, ())}
            if not wanted and crowds:
                wanted = {EntityType.PERSON}  # ("Which politicians were there? Names please.")
        return not any(
            e not in named
            and e in self.entities
            and self.entities[e].type != EntityType.DATE
            and (not wanted or self.entities[e].type in wanted)
            for e in self.answer_entities[top.target]
        )

    def _names_unknown(self, analysis: Analysis, top: Scored) -> bool:
        """True when the question names something the release does not: a word written like a name that is not in
        the vocabulary, or an unknown word standing where the best phrasing has an entity ("the president of DLR")."""
        # (Not a year offered to be checked, nor a word about the asker: "my grandson loves kimchi".)
        unknown = [t for t in analysis.unknown if not t.offered and not t.aside]
        if any(t.name_like for t in unknown):
            return True
        matched_keys = {t.key for t in top.matched}
        if not _title_case(analysis.text, self.analyzer.filler) and any(
            t.kind == WORD
            and t.name_like
            and t.boost >= 1.0  # (not a word carried over from the question before: "Earth-observing")
            and t.key not in matched_keys
            and t.key not in self.answer_keys[top.target]
            and not _is_count(t, analysis.text)
            for t in analysis.terms
        ):
            # A word written like a name ("first visit *China*") that the knowledge knows only as a plain word, and
            # that the answer does not use: it names something else. (Not in a question in Title Case.)
            return True
        if any(
            t.kind == WORD
            and any(c.isdigit() for c in t.key)
            and t.key not in matched_keys
            and not _is_count(t, analysis.text)
            and not t.offered
            for t in analysis.terms
        ):
            # A number the best phrasing does not have ("the 3rd forum", "KSLV-3") names something else; a small
            # count does not ("the 2 agencies").
            return True
        # (A date the question offers to be checked, "in 2015?", is not what it is about; nor the agency of a role
        # read as its holder: "the CNES President" names Le Gall, and CNES only through him.)
        holders = {t.surface for t in analysis.terms if t.kind == ENTITY and t.boost >= 1.0}
        present = {
            t.key
            for t in analysis.terms
            if t.kind == ENTITY and not t.offered and not (t.boost < 1.0 and t.surface in holders)
        }
        asked = {t.key for t in analysis.terms}
        for t in analysis.terms:
            # "the first forum" where the forum the release names is its 2nd: another edition - unless the question
            # offers its own ordinal too ("the first or the second forum?").
            if (
                t.key in self.ordinal_keys
                and t.boost >= 1.0  # (not one carried over from a question before)
                and t.key not in matched_keys
                and t.key not in self._asked_ordinals.get(top.target, ())
                and any(self.entity_ordinal.get(e, t.key) not in (t.key, *asked) for e in present)
            ):
                return True
        # (The organisation of a person the question matched only describes them: the CNES of "the CNES President"
        # where the question says "Mr Le Gall".)
        missing = [
            k
            for k in top.phrasing.keys
            if k.startswith(ENTITY)
            and k not in matched_keys
            and not any(self._kind(m) == EntityType.PERSON for m in self.linked.get(k, frozenset()) & matched_keys)
        ]
        if not missing:
            # A phrasing naming no one ("mascot") answered about someone the question does not name: "What is the
            # mascot of KARI?" is not answered by the mascot of Anzu Kari.
            # (Not when what the question names is linked to the answer's subjects, or named in the same paragraph
            # of the source as its evidence: an entry about KSLV-2 need not list CNES, who helps with it.)
            target = self.targets[top.target]
            if not target.subjects:
                return False
            about = {ENTITY + e for e in (*target.subjects, *self.answer_entities[top.target])}
            about |= {linked for k in about for linked in self.linked.get(k, frozenset())}
            about |= {ENTITY + e for e in self._context_entities(top.target)}
            own = present - self.background
            return bool(own) and not own & (about | matched_keys)
        # An entity the answer itself names is no stand-in ("the system developed by KARI" for KASS).
        answered = {ENTITY + e for e in self.answer_entities[top.target]}
        # A claim naming the wrong agency or person for what the phrasing asks ("Didn't the KMA co-organise the
        # forum?") is checked against the answer, which names the right one; another event or programme in place of
        # the phrasing's is another subject ("Did CNES organise the One Planet Summit?").
        agents = (EntityType.ORGANISATION.value, EntityType.PERSON.value)
        substitutes = (
            {k for k in present if self._kind(k) in agents and any(self._kind(m) == self._kind(k) for m in missing)}
            if is_claim(analysis.text)
            else set()
        )
        # (An entity only a relative clause names says which thing is asked about: "Who organised the event that
        # preceded the July visit?" asks about the event.)
        qualifying = {t.key for t in analysis.terms if t.kind == ENTITY and t.boost < 1.0} - {
            t.key for t in analysis.terms if t.boost >= 1.0
        }
        # (Nor a place or date that only describes what the phrasing names: the Paris of "the Paris forum".)
        describing = {
            k
            for k in present
            if self._kind(k) in _SETTINGS and self.linked.get(k, frozenset()) & matched_keys & present
        }
        own = present - self.background - answered - substitutes - qualifying - describing
        if own and not own & matched_keys:
            # None of the question's own subjects is in the phrasing, which is about someone else: "How long has
            # Nam Jae-Cheol been head of the KMA?" is not "How far back does the CNES President go with Korea?".
            return True
        # The phrasing is about an entity the question does not name, and the question names something else in its
        # place: an unknown word, or another known entity that is not mere background ("the space days" asked
        # where the stored question says "the forum").
        # (Nor is someone standing for the organisation they lead: "What was Le Gall presenting to KARI?" where the
        # stored question says "CNES".)
        other = [
            k
            for k in present - matched_keys - answered - substitutes - qualifying
            if not (self.linked.get(k, frozenset()) & (present | set(missing)))
        ]
        # Background places ("Korean") are implied, unless one stands in for another ("president of France").
        same_kind = any(self._kind(o) == self._kind(m) for o in other for m in missing)
        return bool(unknown) or same_kind or any(k not in self.background for k in other)

    def _answer(self, question: str, analysis: Analysis, top: Scored, scored: list[Scored], confidence: float) -> Reply:
        return self._answered(
            question,
            top.target,
            confidence,
            resolved=analysis.text,
            # (What a question asks the name of, it does not name: "the name of the climate observatory". Nor does
            # it name an organisation by its acronym or full name when it says "the meteorological body": only the
            # conversation may have, and `_spelt_out` reads the question's own words.)
            named=() if _NAMING.search(analysis.text) else _from_context(analysis),
            matched_words=tuple(t.surface for t in top.matched),
            unknown_words=tuple(t.surface for t in analysis.unknown),
            candidates=self._candidates(scored),
        )

    def says_what_is_asked(self, analysis: Analysis, target: int) -> bool:
        """Whether a question made only of kinds of answer this engine can check ("since when?", "how many?") is
        answered by the target's answer."""
        return (
            bool(analysis.terms)
            and all(t.key in _ANSWER_KINDS for t in analysis.terms)
            and self.answer_kinds(target).issuperset(self.asked_kinds(analysis))
        )

    def alongside(self, target: int) -> list[int]:
        """The targets (entries and facts) resting on a sentence of the source that `target` rests on, with another
        answer: what "and what else?" after its answer may mean. Only targets about one of its subjects are looked
        at, a few hundred at most, not the whole store; worked out when first asked and kept."""
        found = self._alongside.get(target)
        if found is None:
            sentences = self._target_sentences(target)
            about = sorted({i for e in self.targets[target].subjects for i in self.by_entity.get(e, ())})
            found = [
                i
                for i in about[:MAX_ALONGSIDE]
                if self.targets[i].kind in ("entry", "fact")
                and self.targets[i].answer != self.targets[target].answer
                and not self.targets[i].declines
                and sentences & self._target_sentences(i)
            ]
            self._alongside[target] = found
        return found

    def quotes_only_from(self, target: int, other: int) -> bool:
        """Whether the target's evidence comes only from sentences of the source that `other`'s comes from."""
        return self._target_sentences(target) <= self._target_sentences(other)

    def _target_sentences(self, target: int) -> frozenset[str]:
        """The sentences of the source the target's evidence comes from, worked out when first needed and kept."""
        found = self._sentences.get(target)
        if found is None:
            quotes = self.targets[target].evidence
            found = self._sentences[target] = frozenset(
                s for q in quotes if (s := self.source.sentence_of(q)) is not None
            )
        return found

    def target_of(self, reply: Reply) -> int | None:
        """The index of the target a reply gives the answer of; None for a reply that gives none of the targets'."""
        return self.target_index.get((reply.kind, reply.match or ""))

    def ordering_candidate(self, reply: Reply) -> int | None:
        """The best of a reply's candidates whose answer orders things in time ("Le Gall's visit ... followed the
        2nd France-Korea Space Forum"), for a question asking which came before the other; None if there is none."""
        found = (
            index
            for c in reply.candidates
            if (index := self.target_index.get((c.kind, c.target))) is not None
            and SYNONYM + "sequence" in self.answer_keys[index]
        )
        return next(found, None)

    def answer_again(self, question: str, target_index: int, *, resolved: str) -> Reply:
        """A target's answer given again, for a follow-up it already answers ("since when?"): as it was given."""
        return self._answered(question, target_index, 0.75, resolved=resolved, named=None)

    def _literal_reply(self, question: str, target_index: int) -> Reply:
        """The answer for a near-literal match: small talk, or an entry asked in common words only."""
        return self._answered(question, target_index, 0.95, resolved=question)

    def _answered(
        self,
        question: str,
        target_index: int,
        confidence: float,
        *,
        resolved: str,
        named: Iterable[str] | None = (),
        matched_words: tuple[str, ...] = (),
        unknown_words: tuple[str, ...] = (),
        candidates: tuple[ReplyCandidate, ...] = (),
    ) -> Reply:
        """The reply giving a target's answer; `named` are the entities the question (in its context) names, whose
        acronyms need no spelling out - None when the answer is given again as it was."""
        target = self.targets[target_index]
        related = tuple(self._entry_questions[r] for r in target.related if r in self._entry_questions)
        # Small talk ("hi there", "thanks") gets its friendly reply, but answers nothing from the release: it is
        # not counted as answered, as a greeting is no question the release could answer.
        declines = target.declines or target.kind == "smalltalk"
        answer = target.answer if declines or named is None else self._spelt_out(target.answer, question, named)
        return Reply(
            question=question,
            answered=not declines,
            text=answer if declines else cited(answer, target.evidence),
            brief=answer,
            confidence=min(confidence, 0.5) if declines else confidence,
            evidence=() if declines else target.evidence,
            suggestions=related[:MAX_SUGGESTIONS],
            match=target.id,
            kind=target.kind,
            decision=Decision.DECLINE if declines else Decision.ANSWER,
            context=target.context,
            related=related,
            resolved=resolved,
            matched_words=matched_words,
            unknown_words=unknown_words,
            candidates=candidates,
        )

    def _spelt_out(self, answer: str, question: str, named: Iterable[str]) -> str:
        """The answer with each acronym the source defines spelt out where it first uses it, unless the question
        (or the conversation it is read in) names what it stands for: "What was announced at the One Planet
        Summit?" - "the Space Climate Observatory (SCO)", where "the SCO" alone would leave the asker guessing."""
        known = set(named)
        for acronym, entity, word in self._acronyms:
            if entity in known or acronym.short not in answer:  # (a quick test first: most answers use none)
                continue
            match = word.search(answer)
            if (
                match is None
                or match.group() != acronym.short  # ("kari" in a word of the answer is not the acronym)
                or acronym.long.casefold() in answer.casefold()
                or word.search(question) is not None
                or acronym.long.casefold() in question.casefold()
            ):
                continue
            before = answer[: match.start()]
            # The long names are of institutions, said with "the": "KARI and the KMA decided" becomes "The Korea
            # Aerospace Research Institute (KARI) and the Korea Meteorological Administration (KMA) decided".
            article = "" if before.casefold().endswith("the ") else "The " if not before.strip() else "the "
            answer = before + article + acronym.quote + answer[match.end() :]
        return answer

    def _naming_more(self, analysis: Analysis, top: Scored, rival: Scored) -> Scored | None:
        """Of two answers, the one whose answer and subjects name all the question's own entities, where the other's
        miss one; None if neither does."""
        if any(t.key in _KIND_MARKERS for t in analysis.terms):
            return None  # (a kind of answer asked for: "How long has Lim Cheol-Ho been president?" is not the KARI
            # answer that says since when CNES helped it)
        asked = {e for e in analysis.entities if ENTITY + e not in self.background}

        def named(s: Scored) -> set[str]:
            return asked & {*self.answer_entities[s.target], *self.targets[s.target].subjects}

        ours, theirs = named(top), named(rival)
        # (All of them, where the other misses one: "more" alone would pick between two partial answers.)
        return top if theirs < ours == asked else rival if ours < theirs == asked else None

    @staticmethod
    def _asking_alike(analysis: Analysis, top: Scored, rival: Scored) -> Scored | None:
        """Of two answers nearly tied for a question that asks for a demanding kind of answer (how long, how many,
        what year, where), the one whose phrasing asks for it too, where the other's does not: "How long France and
        Korea are cooperating in the space field?" asks how long they have worked together, not in what fields -
        though that answer says since when CNES has; "Where'd they first float the idea of the SCO?" asks where it
        was announced, not whose idea it is. None if both or neither do."""
        asked = {t.key for t in analysis.terms if t.key in _ALIKE_MARKERS}
        if not asked:
            return None
        ours, theirs = bool(asked & top.phrasing.keys), bool(asked & rival.phrasing.keys)
        return top if ours and not theirs else rival if theirs and not ours else None

    def _covering(self, top: Scored, rival: Scored, scored: list[Scored]) -> Scored | None:
        """A candidate within `KIND_MARGIN` of the best whose evidence quotes all that both `top`'s and `rival`'s
        does, if there is one; else, when the two rest on a sentence of the source in common, the answer that quotes
        both and is about most of what they are about (Le Gall's statement, for his "milestone" and "commitment": the
        two tied answers are parts of what it says). Two answers from different sentences are two different things,
        however broad an answer quotes both."""
        quoted = (*self._folded_evidence[top.target], *self._folded_evidence[rival.target])
        for s in scored:
            if s.score < top.score - KIND_MARGIN:
                break
            if s is top or s is rival:
                continue
            theirs = self._folded_evidence[s.target]
            if theirs and _quoted_within(quoted, theirs):
                return s
        if not self._target_sentences(top.target) & self._target_sentences(rival.target):
            return None
        covering = [
            i
            for i in self.alongside(top.target)
            if i != rival.target and self._folded_evidence[i] and _quoted_within(quoted, self._folded_evidence[i])
        ]
        if not covering:
            return None
        # The one about most of what the two are about, then the one quoting least.
        about = {*self.targets[top.target].subjects, *self.targets[rival.target].subjects}
        best = min(
            covering,
            key=lambda i: (
                -len(about.intersection(self.targets[i].subjects)),
                sum(map(len, self._folded_evidence[i])),
                i,
            ),
        )
        return replace(top, target=best)

    def _agree(self, analysis: Analysis, top: Scored, other: Scored) -> bool:
        """Whether two answers name the same things besides what the question names, one's within the other's:
        "Who organised the Paris forum?" is answered alike by the fact about CNES organising it and the one about
        KARI (both name CNES and KARI), so there is nothing to choose between."""
        asked = {t.key[1:] for t in analysis.terms if t.kind == ENTITY}
        ours = set(self.answer_entities[top.target]) - asked
        theirs = set(self.answer_entities[other.target]) - asked
        if bool(ours) and bool(theirs) and (ours <= theirs or theirs <= ours):
            return True
        # "who's the cnes guy that went to korea": a role the question reads as its holder still asks who it is -
        # answers that name the same person first (besides those named by name) agree on it.
        if not any(t.key == QUESTION + "who" and t.boost >= 1.0 for t in analysis.terms):
            return False
        by_role = {t.surface for t in analysis.terms if t.boost < 1.0}
        named = {t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.surface not in by_role}
        first = [
            next((e for e in self.answer_entities[s.target] if e not in named and self.is_person(e)), None)
            for s in (top, other)
        ]
        return first[0] is not None and first[0] == first[1]

    def _placed_by_question(self, analysis: Analysis, scored: Scored) -> set[str]:
        """For a fact whose date or place the question gives itself, the synonyms the question asks that neither
        its phrasing nor its answer speaks of; empty otherwise."""
        target = self.targets[scored.target]
        if target.kind != "fact" or len(target.subjects) != 2:
            return set()
        placing = ENTITY + target.subjects[1]
        if self._kind(placing) not in _PLACING_KINDS or not any(
            t.key == placing and t.boost >= 1.0 and not t.offered for t in analysis.terms
        ):
            return set()
        asked = {t.key for t in analysis.terms if t.kind == SYNONYM and t.boost >= 1.0 and not t.aside}
        return asked - scored.phrasing.keys - self.answer_keys[scored.target]

    def _organisations_left_out(self, analysis: Analysis, scored: Scored) -> set[str]:
        """The organisations the question names as its subject that neither the phrasing nor the answer names."""
        named = {
            t.key[1:]
            for t in analysis.terms
            if t.kind == ENTITY
            and t.boost >= 1.0
            and t.key not in self.background
            and self._kind(t.key) == EntityType.ORGANISATION
        }
        return named - {k[1:] for k in scored.phrasing.keys} - set(self.answer_entities[scored.target])

    def organisation_of(self, person: str) -> str | None:
        """The one organisation at which the person holds a post, by the release's facts ("kma" for Nam Jae-Cheol);
        None for anyone else."""
        return self._other_side_of_post(person) if self.is_person(person) else None

    def holder_of(self, organisation: str) -> str | None:
        """The one person holding a post at the organisation, by the release's facts (Nam Jae-Cheol for "kma");
        None if there is no single one."""
        holder = self._other_side_of_post(organisation)
        return holder if holder is not None and self.is_person(holder) else None

    def _other_side_of_post(self, entity: str) -> str | None:
        """The one entity the facts of a post tie `entity` to (its holder, or the organisation held at); None if
        there is no single one."""
        found = {e for i in self._posts.get(entity, ()) for e in self.targets[i].subjects if e != entity}
        return next(iter(found)) if len(found) == 1 else None

    def is_person(self, entity: str) -> bool:
        """Whether the entity is a person (False for what the knowledge does not know)."""
        return self._kind(ENTITY + entity) == EntityType.PERSON

    def _same_answer(self, a: int, b: int) -> bool:
        """Whether two targets give the same answer: the same text, or one resting only on what the other's evidence
        already quotes ("December", from the summit's fact and from the announcement's entry)."""
        if self.targets[a].answer == self.targets[b].answer:
            return True
        ours, theirs = self._folded_evidence[a], self._folded_evidence[b]
        if not ours or not theirs:
            return False
        return _quoted_within(theirs, ours) or _quoted_within(ours, theirs)

    def _clarify(self, question: str, analysis: Analysis, scored: list[Scored], confidence: float) -> Reply:
        options: list[str] = []
        for i, s in enumerate(scored):
            target = self.targets[s.target]
            if target.kind == "smalltalk" or any(self._same_answer(s.target, o.target) for o in scored[:i]):
                continue
            if s.score < scored[0].score - 2 * CLARIFY_MARGIN or len(options) == MAX_SUGGESTIONS:
                break
            options.append(target.question)
        text = "I'm not sure which you mean. Did you mean: " + " / ".join(options)
        return self._decline(
            question,
            text,
            analysis=analysis,
            suggestions=options,
            scored=scored,
            confidence=confidence,
            decision=Decision.CLARIFY,
        )

    def _counted(self, analysis: Analysis, best: Scored, asked: tuple[str, ...]) -> list[str]:
        """What a "how many" question counts, when the best match's answer lists it by name though it gives no
        number: "How many Korean agencies did CNES brief?" - KARI and the KMA. Only things of the one kind the
        question counts (agencies, people, cities, events) that it does not name itself; none for any other
        question, or when the answer leaves out some other kind asked for."""
        if asked != (QUESTION + "how_many",):
            return []
        kinds = {_COUNTED_KINDS[w] for w in self._counted_words(analysis) if w in _COUNTED_KINDS}
        if len(kinds) != 1:
            return []
        kind = kinds.pop()
        named = set(analysis.entities)
        listed = [e for e in self.answer_entities[best.target] if e not in named and self._kind(ENTITY + e) == kind]
        # (One thing named is no list: "How many people came to the forum?" is not answered by the visitor whose
        # visit followed it.)
        return listed if len(listed) > 1 else []

    def _count_reply(
        self, question: str, analysis: Analysis, best: Scored, scored: list[Scored], counted: list[str]
    ) -> Reply:
        """The reply to a "how many" question that the best match's list answers: how many it names, and which,
        quoting the release - a count of what it names, not a number it gives ("key leaders ..., including" two
        is not two leaders in all, and the quotation shows it)."""
        names = [self.entities[e].name for e in counted]
        listing = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        number = _NUMBER_WORDS[len(names)] if len(names) < len(_NUMBER_WORDS) else str(len(names))
        said = f"The release names {number}: {listing}."
        reply = self._answer(question, analysis, best, scored, _confidence(best.score, best.score))
        return replace(reply, text=cited(said, self.targets[best.target].evidence), brief=said)

    def _decline_wrong_kind(self, question: str, analysis: Analysis, best: Scored, scored: list[Scored]) -> Reply:
        kinds = self.answer_kinds(best.target)
        asked = self.asked_kinds(analysis)
        # (A count of something else - "the two partners" for "how many launches" - gives no number either.)
        gap = next((_KIND_GAPS[kind] for kind in asked if kind not in kinds), _KIND_GAPS[QUESTION + "how_many"])
        return self._decline_saying(
            gap, question, analysis, best, scored, confidence=_confidence(best.score, best.score)
        )

    def _decline_saying(
        self, gap: str, question: str, analysis: Analysis, best: Scored, scored: list[Scored], *, confidence: float
    ) -> Reply:
        """Decline saying what the release leaves out (`gap`), and what it does say: the best match's answer."""
        return self._decline(
            question,
            f"{gap}. What it does say: {self.targets[best.target].answer}",
            analysis=analysis,
            suggestions=self._suggest(scored, []),
            scored=scored,
            confidence=min(0.5, confidence),
        )

    def _decline_unmatched(
        self,
        question: str,
        analysis: Analysis,
        known_entities: list[str],
        unknown: list[Term],
        scored: list[Scored],
    ) -> Reply:
        shown = [t.display for t in unknown if t.name_like] or [t.display for t in unknown]
        names = _whole_names(question, shown, self.analyzer.filler)
        suggestions = self._suggest(scored, known_entities)
        if not analysis.terms:
            text = "Please ask me something about the release: " + self.topics() + "."
        elif (
            known_entities
            and not any(t.name_like for t in unknown)
            and not (unknown and scored and self._names_unknown(analysis, scored[0]))
        ):
            entity = self.entities[known_entities[0]]
            about = self._about(entity)
            what = "anything about " + ", ".join(f"\u201c{n}\u201d" for n in names) if names else "that"
            text = f"The release does not say {what} for {entity.name}."
            if about:
                text += f" What it does say: {about}"
        elif names:
            text = f"The release does not mention {', '.join(names)}. I can only answer about {self.topics()}."
        else:
            text = f"The release does not say. I can answer questions about {self.topics()}."
        confidence = _confidence(scored[0].score, scored[0].score) if scored else 0.0
        return self._decline(
            question, text, analysis=analysis, suggestions=suggestions, scored=scored, confidence=min(confidence, 0.5)
        )

    def _decline(
        self,
        question: str,
        text: str,
        *,
        analysis: Analysis | None = None,
        suggestions: list[str] | None = None,
        scored: list[Scored] | None = None,
        confidence: float = 0.0,
        decision: Decision = Decision.DECLINE,
    ) -> Reply:
        return Reply(
            question=question,
            answered=False,
            text=text,
            confidence=confidence,
            suggestions=tuple(suggestions or ()),
            decision=decision,
            resolved=analysis.text if analysis else question,
            unknown_words=tuple(t.surface for t in analysis.unknown) if analysis else (),
            candidates=self._candidates(scored or []),
        )

    def _candidates(self, scored: list[Scored]) -> tuple[ReplyCandidate, ...]:
        return tuple(
            ReplyCandidate(self.targets[s.target].id, self.targets[s.target].kind, s.phrasing.text, round(s.score, 4))
            for s in scored[:3]
        )

    def _suggest(self, scored: list[Scored], entities: list[str]) -> list[str]:
        """Close questions it can answer: best-scoring first, then questions about the entities asked about."""
        out: list[str] = []
        for index in [s.target for s in scored] + [i for e in entities for i in self.by_entity.get(e, [])]:
            target = self.targets[index]
            if target.kind != "smalltalk" and target.question not in out:
                out.append(target.question)
            if len(out) == MAX_SUGGESTIONS:
                break
        return out

    def _about(self, entity: Subject) -> str | None:
        """What the release says about an entity: the answer to the bare question naming it."""
        scored = self.score(self.analyzer.analyse(entity.name))
        for s in scored:
            target = self.targets[s.target]
            if target.kind == "entry" and entity.id in target.subjects:
                return target.answer
        return None

    def topics(self) -> str:
        """A short list of what the knowledge is about, for declining messages."""
        return self._topics


_CAPITALISED_RUN = Pattern(r"[A-Z][\w'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'-]*)*")


def _quoted_within(quotes: Iterable[str], evidence: Iterable[str]) -> bool:
    """Whether each of the (folded) quotes is part of one of the (folded) evidence quotes."""
    within = tuple(evidence)
    return all(any(q in e for e in within) for q in quotes)


def _whole_names(question: str, words: list[str], filler: Collection[str] = ()) -> list[str]:
    """Unknown words widened to the capitalised names they are part of ("Elon" -> "Elon Musk"), without repeats.
    A `filler` word that starts the question is capitalised as its first word, not as a name: "Did SpaceX"."""
    runs = _CAPITALISED_RUN.findall(question)
    if runs and question.lstrip().startswith(runs[0]):
        first, _, rest = runs[0].partition(" ")
        if rest and first.casefold() in filler:
            runs[0] = rest
    out: list[str] = []
    for word in words:
        # (Matched whatever its case: a question's first word is not kept as written - "Elon Musk spoke ...".)
        name = next((run for run in runs if word.casefold() in run.casefold().split()), word)
        if name not in out:
            out.append(name)
    return out


_LETTER_WORDS = Pattern(r"[^\W\d_]+")


_PROPER_NAME = Pattern(r"^the\s+|\s*\([^)]*\)\s*$")  # "the" before a name, "(KARI)" after it


def _decades(k: Knowledge) -> dict[str, list[str]]:
    """The decade of each year the knowledge names, as people round it: "since the 80s?" for 1987 - only a decade
    holding one year of the knowledge, and that no entity is called already ("2000s", the early 2000s)."""
    taken = {n.casefold() for e in k.entities for n in (e.name, *e.aliases)}
    years: dict[int, list[str]] = defaultdict(list)  # decade -> the entities of the years in it
    for e in k.entities:
        year = next((int(n) for n in (e.name, *e.aliases) if _YEAR_NAME.fullmatch(n)), None)
        if e.type == EntityType.DATE and year is not None:
            years[year // 10 * 10].append(e.id)
    out: dict[str, list[str]] = {}
    for decade, (entity_id, *others) in years.items():
        names = [f"{decade}s", f"{decade % 100:02d}s"]
        if not others and taken.isdisjoint(names):
            out[entity_id] = names
    return out


def _without_place(k: Knowledge) -> dict[str, list[str]]:
    """Proper names of organisations, programmes and events without the country they open with, as people shorten
    them: "the aerospace research institute" for the Korea Aerospace Research Institute. Only what is left of two
    words or more, that no other entity is called or shortened to."""
    places = sorted(
        {n.casefold() for e in k.entities if e.type == EntityType.PLACE for n in (e.name, *e.aliases)},
        key=len,
        reverse=True,
    )
    taken = {n.casefold() for e in k.entities for n in (e.name, *e.aliases)}
    found: dict[str, set[str]] = defaultdict(set)  # shortened name -> the entities it could be
    for e in k.entities:
        if e.type not in (EntityType.ORGANISATION, EntityType.PROGRAMME, EntityType.EVENT):
            continue
        for name in (e.name, *e.aliases):
            # (Proper names only, every word capitalised: an alias may be a description already, "Korean met
            # office", of which "met office" is another one's name.)
            words = _PROPER_NAME.sub("", name).split()
            if not words or not all(w[:1].isupper() for w in words):
                continue
            proper = " ".join(words)
            place = next((p for p in places if proper.casefold().startswith((p + " ", p + "-"))), None)
            rest = proper[len(place) + 1 :].strip() if place else ""
            if len(rest.split()) >= 2 and rest.casefold() not in taken:
                found[rest.casefold()].add(e.id)
    out: dict[str, list[str]] = defaultdict(list)
    for rest, ids in found.items():
        if len(ids) == 1:
            out[next(iter(ids))].append(rest)
    return out


def _is_count(term: Term, text: str) -> bool:
    """A small number standing alone, which counts things ("the 2 agencies") rather than naming one ("KSLV-3")."""
    return (
        term.key.isdigit()
        and int(term.key) <= COUNT_LIMIT
        and re.search(rf"(?<![\w-]){term.key}(?![\w-])", text) is not None
    )


def _title_case(text: str, filler: frozenset[str]) -> bool:
    """Whether the question capitalises its small words too ("When Did Le Gall First Visit Korea?"): then capitals
    mark no names. Only filler words after the first are looked at: names are capitalised anyway."""
    small = [w for w in _LETTER_WORDS.findall(text)[1:] if w.casefold() in filler]
    return len(small) >= 2 and sum(w[0].isupper() for w in small) >= 0.6 * len(small)


def _from_context(analysis: Analysis) -> list[str]:
    """The entities a question is read with that it does not say itself (a pronoun's, an ellipsis's subject)."""
    words = f" {' '.join(tokenize(analysis.text))} "
    said = {t.key for t in analysis.terms if t.kind == ENTITY and f" {t.surface} " in words}
    return [t.key[1:] for t in analysis.terms if t.kind == ENTITY and t.key not in said]


def _promoted(scored: list[Scored], fits: Callable[[Scored], bool]) -> list[Scored]:
    """The candidates with the first after the best that `fits` and matches nearly as well (`KIND_MARGIN`) put
    first; as they are if none does."""
    found = next((s for s in scored[1:] if s.score >= scored[0].score - KIND_MARGIN and fits(s)), None)
    return scored if found is None else [found, *(s for s in scored if s is not found)]


def _without_own_ordinals(analysis: Analysis, entity_ordinal: dict[str, str]) -> Analysis:
    """The analysis without the ordinals written just before the name of the entity whose own they are."""
    said = " ".join(tokenize(analysis.text))
    naming = {
        o.key
        for t in analysis.terms
        if t.key in entity_ordinal
        for o in analysis.terms
        if o.key == entity_ordinal[t.key]
        and re.search(rf"\b{re.escape(o.surface)}\s+(?:\w+\s+){{0,2}}{re.escape(t.surface)}\b", said)
    }
    return replace(analysis, terms=tuple(t for t in analysis.terms if t.key not in naming)) if naming else analysis


def _chatter(analysis: Analysis) -> float:
    """How much an ordinary unknown word weighs, relative to a short question: a long question ("I'm a journalist
    writing a short piece: which French official ...") carries words about the asker that the release cannot hold,
    so each counts for less the longer the question. In a question naming nothing the release knows, unknown
    words are most likely its subject ("a short poem about cats"), and weigh twice as much."""
    share = min(1.0, CHATTER_TOKENS / max(1, analysis.tokens))
    return share if any(t.kind == ENTITY for t in analysis.terms) else SUBJECTLESS_UNKNOWN * share


def cited(answer: str, evidence: tuple[str, ...]) -> str:
    """The answer followed by the release's own words for it, those it does not already say: whoever shows only
    the text still shows the citation, and the release's wording ("CNES President Jean-Yves Le Gall") with it."""
    said = fold_loose(answer)
    quotes = [q for q in evidence if fold_loose(q) not in said]
    if not quotes:
        return answer
    return answer + " In the release: " + "; ".join(f"\u201c{q.rstrip('.')}\u201d" for q in quotes) + "."


def _confidence(score: float, margin: float) -> float:
    """Map the best score and its lead over a different answer onto 0-1, calibrated on the labelled set."""
    # Calibrated on the labelled sets (tests/eval): answers at 0.8 or more are right 98% of the time.
    lead = min(1.0, margin / 0.2)
    value = score * score * (0.85 + 0.15 * lead)
    return max(0.0, min(1.0, value))


__all__ = ["Engine"]
