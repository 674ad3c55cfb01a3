"""Multi-turn conversations: follow-up questions resolved against the subject in focus.

Kinds of follow-up recognised in the analysed question:
- a pronoun ("it", "he", "its", "there", "that"): it stands for the most recent entity of a fitting kind (a person
  for "he", a programme or event before a place for "it");
- ellipsis with a new subject ("And for KASS?", "What about the forum?"): the previous question, with its subject
  replaced by the new one;
- only a question word ("and when?", "where?"): the previous question, asking for something else - or, when the
  last answer already is of that kind ("since when?" after "... since the early 2000s"), that answer;
- no subject at all ("What was announced there?"): the subject in focus is added.
Words carried over from the previous question weigh less than the words asked now. The entities in focus come from
the question and from the answer (what the answer was mainly about, when the question did not name it, first).

Two questions in one ("Who organised the forum, and where was it held?") are answered as two turns, the second in
the context of the first, and returned as one reply when both are answered.

A question that names its own subject is answered on its own, and context is only used when it yields an answer, so
context never makes a self-contained question worse; a question whose only subject is a pronoun is answered in
context or declined, never answered about something else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from copy import copy
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from qa.analysis import (
    QUALIFIER_BOOST,
    Analysis,
    Term,
    corrected_question,
    tokenize,
)
from qa.engine import CLASS_WORDS, MAX_QUESTION_CHARS, NEGATED_PICK, Engine, cited
from qa.engines import engine_for
from qa.kinds import ENTITY, QUESTION, SYNONYM, WORD, Decision, EntityType
from qa.patterns import Pattern
from qa.reply import Reply
from qa.shapes import BARE_RELATIVE_CLAUSE, DAY_NAME, PERSONAL, PRONOUNS, RELATIVE, TRAILED_BLANK, WH, WH_WORD
from qa.text import scrub

if TYPE_CHECKING:
    from qa.models import Answer

MAX_LISTS_LOOKED_AT = 200  # answers about a thing looked through for "the other one" (see `_other_reference`)
CONTEXT_BOOST = 0.3  # weight of words carried over from the previous question
SURE = 0.9  # confidence at which a question read on its own beats an unanswerable reading in context
_ELLIPSIS_STARTS = (
    ("and",),
    ("what", "about"),
    ("how", "about"),
    ("what", "of"),
    ("and", "for"),
)
# The words that open an ellipsis and ask nothing themselves: "same for KMA", "same question for the KMA", "ditto".
_ELLIPSIS_OPENER = Pattern(
    r"^\W*(?:(?:and\s+)?(?:the\s+)?same(?:\s+(?:question|thing|again))?|likewise|ditto|similarly)"
    r"(?:\s+(?:for|with|about|of))?\b",
    re.IGNORECASE,
)
# A few words said back before the question, as a sentence of their own: "Ooh, Paris. And what got announced there?"
_ECHO = Pattern(r"^\W*(?P<echo>(?:[\w'-]+[\s,]+){0,3}[\w'-]+)\s*[.!]+\s+(?P<rest>\S.*)$", re.DOTALL)
# What each kind of pronoun can stand for, in tiers: the most recent entity of the first tier that has one wins
# ("it" after "When is Moon visiting France?" is the state visit, not France).
OTHER_READINGS = 4  # other entities in focus a pronoun is tried as (see `_other_readings`)
PARTIAL_CONFIDENCE = 0.5  # how sure the answered half of two questions must be when the other has no count
OTHER_READING_CONFIDENCE = 0.8  # how confident another reading's answer must be when the likeliest has none
OTHER_READING_FLOOR = 0.5  # ... and when the likeliest reading's answer leaves out what the question names
_KIND_TYPES: dict[str, tuple[tuple[EntityType, ...], ...]] = {
    "person": ((EntityType.PERSON,),),
    "place": ((EntityType.PLACE, EntityType.CITY), (EntityType.EVENT,)),
    "group": ((EntityType.ORGANISATION,), (EntityType.PLACE, EntityType.CITY)),
    "thing": (
        (EntityType.PROGRAMME, EntityType.EVENT, EntityType.ORGANISATION),
        (EntityType.DATE, EntityType.PLACE, EntityType.CITY),
    ),
}


class Conversation:
    """A conversation with the bot: `ask` answers in the context of the earlier questions."""

    def __init__(self, knowledge: object = None) -> None:
        self._engine: Engine = engine_for(knowledge)
        self._focus: list[str] = []  # entity ids, most recent last
        self._last: Analysis | None = None
        self._last_target: int | None = None  # the target of the last answer
        self._last_named: tuple[str, ...] = ()  # the entities the last answer named, in its order
        self._named_before: tuple[str, ...] = ()  # ... and those the answer before it named
        self._last_asked: str | None = None  # the entity the last question asked for ("which event ...?")
        self._last_subject: str | None = None  # what the last answer was about, when the question did not name it
        self._last_topic: str | None = None  # what the last question asked to be told about ("tell me about X")

    def reset(self) -> None:
        """Forget the conversation so far."""
        self._focus.clear()
        self._last = None
        self._last_target = None
        self._last_named = ()
        self._named_before = ()
        self._last_asked = None
        self._last_subject = None
        self._last_topic = None

    @property
    def focus(self) -> list[str]:
        """Entity ids in focus, most recent last."""
        return list(self._focus)

    def ask(self, question: str) -> Answer:
        """Answer `question` in the context of this conversation. Never raises for any `str`."""
        from qa.models import Answer  # here, not at the top: `reply` (the CLI's one-shot path) needs no pydantic

        return Answer.from_reply(self.reply(question))

    def reply(self, question: str) -> Reply:
        """`ask`, as the engine's plain reply: what the command line shows without validating a model."""
        question = scrub(question)
        if len(question) <= MAX_QUESTION_CHARS:
            # (Read with the words that shape it respelt: "Which came frist, the forum or the visit?")
            shaped = self._engine.analyzer.respelt(question)
            checked = split_checked_claim(shaped)
            if checked is not None:
                reply = self._after_claim(question, *checked)
                if reply is not None:
                    return reply
            # (A comparison in time that cannot be read as one may still be two questions: "how many months after
            # the forum was that - what was its date again?")
            for split in (split_compared, split_composed, split_dashed):
                parts = split(shaped)
                composed = None if parts is None else self._composed(question, parts, split=split)
                if composed is not None:
                    return composed
            asked = _BEFORE_OR_AFTER.search(shaped)
            if asked is not None:
                return self._before_or_after(question, asked["x"] or asked["x2"], asked["y"] or asked["y2"])
            mentioned = self._mentioned_date(question, shaped)
            if mentioned is not None:
                return mentioned
        return self._reply_one(question)

    def _mentioned_date(self, question: str, shaped: str) -> Reply | None:
        """The answer about the one date of the asked kind that what someone said names: "Which year does he bring
        up?" after Le Gall's statement is 1987, the year his statement speaks of - not the year he made it, which the
        release does not give. What was said is the last answer, when the question points back at it ("he", "it"),
        else what the question asks to be said ("Which year does Le Gall mention in his statement?"). None when the
        question is not of that shape, or what was said names no date of that kind, or more than one."""
        asked = _MENTIONED.match(shaped)
        if asked is None:
            return None
        speaker, rest = asked.group("speaker") or "", asked.group("rest") or ""
        words = set(tokenize(speaker + " " + rest))
        if words <= set(PRONOUNS) | _EMPTY_REST:
            if self._last_target is None:
                return None
            said = self._engine.targets[self._last_target].answer
        else:
            base = self._engine.reply(f"What does {speaker} say {rest}" if speaker else f"What is said {rest}")
            if not base.answered:
                return None
            said = base.text
        kind = _DATE_KINDS[asked.group("kind").casefold()]
        dates = [
            e.name
            for e in self._engine.entities.values()
            if e.type == EntityType.DATE and kind.search(e.name) and any(n in said for n in (e.name, *e.aliases))
        ]
        if len(dates) != 1:
            return None
        reply = self._reply_one(dates[0])
        return replace(reply, question=question) if reply.answered else None

    def _before_or_after(self, question: str, first: str, second: str) -> Reply:
        """The reply to "Did the July visit come before or after the Paris forum?", opening with "Before" or
        "After" when the dates of the two can be ordered (each asked on its own, in the context the question had)."""
        saved = self._state()
        asked = (f"When was {first}?", f"When was {second}?")
        dates = [self._date_in(self._reply_one(when).brief) for when in asked]
        self._restore(saved)
        order = _order(*dates)
        if order is None:
            # Dates it cannot order ("last week" against "Monday 2 July"): when each was, as the release says it -
            # not an answer about whichever pair of things the question's words come closest to.
            both = self._composed(question, asked, split=split_compared)
            if both is not None:
                return both
        reply = self._reply_one(question)
        if order is not None and (reply.answered or reply.decision == Decision.CLARIFY):
            # (Torn between the two things asked about and the answer that orders them, or answered by one of the
            # two alone - "the 2nd forum, and nothing more about earlier ones": the answer that orders them.)
            ordering = self._engine.ordering_candidate(reply)
            if ordering is not None and ordering != self._engine.target_of(reply):
                reply = self._engine.answer_again(question, ordering, resolved=question)
        if not reply.answered or order is None:
            return reply
        return replace(reply, text=f"{order}: {reply.text}", brief=f"{order}: {reply.brief or reply.text}")

    def _after_claim(self, question: str, claim: str, asked: str) -> Reply | None:
        """The reply to a question put after a claim the asker checks ("Le Gall is from KMA, right? Which
        organisation is he actually president of?"): the question, in the context of what the claim names - the
        claim itself may be wrong, and is not what is asked. None (and the conversation as it was) if that question
        has no answer, or if it points back at a claim with words the release does not know ("Le Gall also met the
        President of KAIST, right? What's his name?", "Japan is in the SCO too, ja? What is its role?")."""
        engine = self._engine
        said = engine.analyzer.analyse(claim)
        pointing = engine.analyzer.analyse(asked).pronouns
        if pointing and said.unknown:
            return None
        saved = self._state()
        claimed = [e for e in said.entities if e in engine.entities]
        self._talked_about(said, claimed)
        # (What the claim names is what "they" may stand for, as what an answer names is: "Le Gall met Lim Cheol-Ho
        # and Nam Jae-Cheol, right? What organisations do they run?")
        self._last_named = tuple(claimed)
        reply = self._reply_one(asked)
        if not reply.answered:
            self._restore(saved)
            return None
        return replace(reply, question=question)

    def _composed(self, question: str, parts: tuple[str, str], split: Callable[[str], object]) -> Reply | None:
        """Both halves of "Who organised the forum, and where was it held?", the second read in the context of the
        first (or, for two things compared, in the context the first had), as one reply; None (and the conversation
        as it was) unless both are answered differently - or one is, and the other asks a count the release does
        not give. (After a dash, a question may ask the first again: "What does 'key leaders' refer to - who are
        they?" is one question if its answers quote each other.)"""
        saved = self._state()
        first = self._reply_one(parts[0])
        if split is split_compared:
            self._restore(saved)
        second = self._reply_one(parts[1])
        same = first.text == second.text or (split is split_dashed and _says_the_same(first, second))
        if same or not ((first.answered and second.answered) or _no_count_given(first, second)):
            self._restore(saved)
            return None
        answered = first if first.answered else second
        said = [r.brief or r.text for r in (first, second)]
        if not (first.answered and second.answered):
            # Of a count the release does not give, that it does not, and what it says instead - unless that is
            # what the other answer says or quotes ("how many weeks later was he in Korea - on what date?").
            declined = 1 if first.answered else 0
            if any(said_too in said[declined] for said_too in (said[1 - declined], *answered.evidence)):
                said[declined] = said[declined].split(". ", 1)[0].rstrip(".") + "."
        brief = " ".join(said)
        evidence = tuple(dict.fromkeys([*first.evidence, *second.evidence]))
        return replace(
            answered,
            question=question,
            text=cited(brief, evidence),  # (both answers, then the release's words for both)
            brief=brief,
            confidence=min(r.confidence for r in (first, second) if r.answered),
            evidence=evidence,
            suggestions=tuple(dict.fromkeys([*first.suggestions, *second.suggestions]))[:3],
            related=tuple(dict.fromkeys([*first.related, *second.related])),
            resolved=f"{first.resolved} / {second.resolved}",
            matched_words=first.matched_words + second.matched_words,
            unknown_words=first.unknown_words + second.unknown_words,
            candidates=first.candidates[:2] + second.candidates[:1],
            context=first.context or second.context,
        )

    def _is_date(self, key: str) -> bool:
        entity = self._engine.entities.get(key[1:])
        return entity is not None and entity.type == EntityType.DATE

    def _state(self) -> dict[str, object]:
        """What the conversation remembers, to be put back when a reading is abandoned (see `_restore`)."""
        return {name: copy(value) for name, value in vars(self).items() if name != "_engine"}

    def _restore(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, copy(value))

    def _reply_one(self, question: str) -> Reply:
        engine = self._engine
        heard = self._without_echo(question)
        standalone = engine.reply(heard)
        if heard != question:
            standalone = replace(standalone, question=question)
        if standalone.kind == "smalltalk" or len(question) > MAX_QUESTION_CHARS:
            return standalone
        # "Anything besides that?": "that" is the answer just given, not a thing in focus - it asks what else.
        besides_it = self._last_target is not None and _BESIDES_IT.search(heard) is not None
        read = _BESIDES_IT.sub(" else ", heard) if besides_it else heard
        analysis = _counterpart(_without_opener(engine.analyzer.analyse(read)))
        contextual = self._resolve(analysis)
        if contextual is not None and self._last is not None and _AT_THAT_TIME.search(read):
            # "at the time", "back then": the time the question before asked of - its words say which ("When did
            # Le Gall first go out to Korea? - what was on over there at the time?": his *first* visit).
            carried = [t._replace(boost=CONTEXT_BOOST) for t in self._last.terms if t.kind in (SYNONYM, WORD)]
            contextual = replace(contextual, terms=tuple(_merge(list(contextual.terms), carried)))
        result = standalone
        # A question naming its own subject, with no pronoun, stands alone; otherwise the subject in focus is what a
        # person would assume, so its reading wins whenever it gives an answer.
        # (A bare name, "KMA?" after "Who did Le Gall meet from KARI?", asks that question of it, as "And the KMA?"
        # does, when there is something of its kind to swap - if that reading is answered.)
        self_contained = (
            bool(analysis.entities)
            and not analysis.pronouns
            and not _elliptic(analysis)
            and not self._swaps_alike(analysis)
            and self._subject_in_hand(analysis) is None
        )
        if contextual is not None and not (self_contained and standalone.answered):
            candidate = engine.decide(question, contextual)
            # "it" may stand for another thing in focus than the latest: "What actions were started under it?"
            # after a question about CNES, KARI and their agreement means the agreement. Only when the likeliest
            # reading has no answer are the others tried, and the first answered surely wins.
            # (Or when it is answered only unsurely: "When was it announced?" after "What was CNES presenting in
            # Korea?" - the SCO, which was announced, not the visit.)
            # (Nor is a reading sure whose answer leaves out what the question itself names: "And who did he see
            # at the KMA?" after "Who did Le Gall meet at KARI?" - "he" taken as Lim Cheol-Ho, the answer just given,
            # is answered by his meeting with Le Gall, which is not about the KMA; "he" is Le Gall, as before.)
            # Another reading whose answer does name it wins, if answered at all surely (`OTHER_READING_FLOOR`).
            # (And a pronoun standing for what the last question asked to be told about is sure of it: after "Tell
            # me about the forum that came before this trip", "What date was it on?" asks the forum's date, however
            # surely the trip's would be answered.)
            # (Of a person: what a thing stands for may be named otherwise in its answer - "the two partners".)
            # (Nor is "there" in a question naming its own subject sure of a reading that leaves that out: "And who
            # runs the weather administration over there?" after "Who's in charge of KARI?" asks about the KMA.)
            pointing = not PERSONAL.isdisjoint(analysis.pronouns) or (
                "there" in analysis.pronouns and bool(analysis.entities)
            )
            covers = not pointing or self._answer_names_all(candidate, analysis)
            on_topic = self._last_topic is not None and ENTITY + self._last_topic in {t.key for t in contextual.terms}
            sure = candidate.answered and covers and (candidate.confidence >= OTHER_READING_CONFIDENCE or on_topic)
            # (Last, when the answer leaves out what the question names, the question with its pronoun standing for
            # nothing: "who's in charge of the weather agency he met?" after "Who heads KARI?" - "he" is not Lim
            # Cheol-Ho, whose meeting with Le Gall says nothing of the KMA; the KMA's head is the answer.)
            # (Nor when the pronoun stands for the one thing the question before asked about: "what's the KSLV-2? -
            # when's it launching?" is about KSLV-2, and the release does not say - not about the agreement its
            # answer names, which was launched in 2015.)
            # (Nor is "he", standing for another person than the release's main one, read as that one: "What's the
            # exact date he arrives?" after an answer about President Moon's visit is about him - and the release
            # does not say - however surely Le Gall's date would be answered.)
            another = (
                not analysis.entities
                and not PERSONAL.isdisjoint(analysis.pronouns)
                and any(e != engine.main_person and engine.is_person(e) for e in contextual.entities)
            )
            readings = (
                []
                if sure or another or self._asked_alone_before(contextual)
                else self._other_readings(analysis, contextual, named_too=not covers)
            )
            if not sure and not covers:
                readings.append(analysis)
            for other in readings:
                reply = engine.decide(question, other)
                if not reply.answered:
                    continue
                fuller = (
                    candidate.answered
                    and not covers
                    and reply.confidence >= OTHER_READING_FLOOR
                    and self._answer_names_all(reply, analysis)
                )
                # (A question naming things of its own is read otherwise only to name them all.)
                surer = not analysis.entities and reply.confidence >= max(
                    OTHER_READING_CONFIDENCE, candidate.confidence
                )
                if fuller or surer:
                    candidate, contextual = reply, other
                    break
            # A pronoun with nothing else to name its subject ("where did it take place?") means the subject in
            # focus: if that reading cannot be answered, say so rather than answer about something else - unless
            # the question, read on its own, is a sure match of a stored one ("Who did he meet there?").
            vague = analysis.pronouns and not analysis.entities and (standalone.confidence < SURE or another)
            # "And for KSLV-2?" after "Who is the prime contractor for KASS?" asks about KSLV-2's contractor: if the
            # release does not say, that is the reply, not what it says about KSLV-2 in general.
            elliptic = _elliptic(analysis) and bool(analysis.entities) and _only_entities(analysis)
            # "What did he say about the SCO?" after "Who runs KARI?" asks for Lim Cheol-Ho's words: if the release
            # does not quote him, that is the reply, not what it says about the SCO.
            if candidate.answered or vague or elliptic or engine.asks_words_of_pronoun(analysis):
                result = candidate
                analysis = contextual
            elif self._last_target is not None and engine.says_what_is_asked(analysis, self._last_target):
                # "since when?" after an answer that already says when ("... since the early 2000s"): that answer.
                result = engine.answer_again(question, self._last_target, resolved=contextual.text)
                analysis = contextual
        elif contextual is None and standalone.decision == Decision.CLARIFY and self._last is not None:
            # A question of its own that could mean two things may be settled by what was talked about: "visiting
            # France when?" after "Who is Moon Jae-In?" is his state visit, not Le Gall's trip - when the subject
            # of the question before makes one of the readings offered a sure answer.
            subjects = [t._replace(boost=CONTEXT_BOOST) for t in self._last.terms if t.kind == ENTITY]
            settled = engine.decide(question, replace(analysis, terms=tuple(_merge(list(analysis.terms), subjects))))
            offered = {c.target for c in standalone.candidates}
            if settled.answered and settled.confidence >= SURE and settled.match in offered:
                result = settled
        if self._last_target is not None and (_WHAT_ELSE.search(read) or analysis.apart):
            result = self._something_else(question, analysis, result, self._last_target)
        if self._last_target is not None:
            # ("Did he go anywhere else on that trip?" when nothing else is there: no other place is named.)
            result = engine.no_other_place(question, analysis, result, self._last_target) or result
        self._remember(analysis, result)
        return result

    def _answer_names_all(self, reply: Reply, analysis: Analysis) -> bool:
        """Whether the reply's target names (or is about) every entity the question names itself - but the release's
        own topic, which any answer is about ("What is France helping with on it?" is answered by what CNES does)."""
        engine = self._engine
        index = engine.target_of(reply)
        if index is None:
            return True
        said = {*engine.answer_entities[index], *engine.targets[index].subjects}
        named = [e for e in analysis.entities if e in engine.entities and ENTITY + e not in engine.background]
        if all(e in said for e in named):
            return True
        # (A reply giving two answers quotes both: "Le Gall is the President of CNES. Lim Cheol-Ho is the President
        # of KARI." names Lim Cheol-Ho, though its target is Le Gall's post.)
        # (The release's own words, spelt right: read as `Engine.answer_kinds` reads a target's evidence.)
        quoted = engine.analyzer.analyse(" ".join(reply.evidence), repair=False).entities if reply.evidence else ()
        return all(e in said or e in quoted for e in named)

    def _without_echo(self, question: str) -> str:
        """The question without the few words it opens with that only say back what the answer just given named:
        "Ooh, Paris. And what got announced there?" - Paris was the answer, not a new subject for "there"."""
        if self._last_target is None or (echo := _ECHO.match(question)) is None:
            return question
        said = self._engine.analyzer.analyse(echo.group("echo"))
        named = self._engine.answer_entities[self._last_target]
        if said.terms and all(t.kind == ENTITY and t.key[1:] in named for t in said.terms):
            return echo.group("rest")
        return question

    def _something_else(self, question: str, analysis: Analysis, result: Reply, last: int) -> Reply:
        """The reply to "and what else?" after the answer of target `last`: not that answer again, but what the same
        sentence of the release says besides, the one closest to the question ("Since when is CNES involved with
        KARI's satellites? - And what else since then?": the launch facilities); `result` if it already says
        something else, or if nothing else is there."""
        engine = self._engine
        target = engine.targets[last]
        index = engine.target_of(result) if result.answered else None
        # (An answer that says again what is set apart, and nothing else asked, says nothing else: "Anything besides
        # the satellites?" - unlike "What else will it provide besides measuring impacts?", if it says what it
        # provides.)
        wanted = {t.key for t in analysis.terms if t.kind in (SYNONYM, WORD) and t.boost >= 1.0} - analysis.apart

        def repeats(said: frozenset[str]) -> bool:
            return not analysis.apart.isdisjoint(said) and wanted.isdisjoint(said)

        others = [i for i in engine.alongside(last) if not repeats(engine.answer_keys[i])]
        # The rest of the very sentence the last answer quoted part of comes first ("... satellites as well as ...
        # launch facilities"), before answers that bring in other sentences the question's words also match.
        rest = [i for i in others if engine.quotes_only_from(i, last)]
        # The targets the question's words match, the closest first: scored once, and only when needed.
        closest: list[int] | None = None
        if (
            result.answered
            and (result.kind, result.match) != (target.kind, target.id)
            and not (index is not None and repeats(engine.answer_keys[index]))
            # (Asked of the time the last answer gave, what else is the rest of that sentence, when the question's
            # words match some of it: "What else did it help with from then on?" after CNES's work on KARI's
            # satellites since the early 2000s is its launch facilities, not the SCO.)
            and not (
                _FROM_THEN.search(analysis.text)
                and not set(closest := [s.target for s in engine.score(analysis)]).isdisjoint(rest)
            )
        ):
            return result
        others = rest or others
        if closest is None:
            closest = [s.target for s in engine.score(analysis)]
        ranked = [t for t in closest if t in others]  # the closest first
        if not ranked and others:
            # Nothing to rank them by ("anything else?"): the one that says the most the last answer did not.
            said = engine.answer_keys[last]
            ranked = [max(others, key=lambda i: len(engine.answer_keys[i] - said))]
        if not ranked:
            return result
        return engine.answer_again(question, ranked[0], resolved=analysis.text)

    # --- resolution -------------------------------------------------------------------------------------------

    def _fact_pair(self, index: int) -> tuple[str, str] | None:
        """The (subject, object) of the target if it is a fact, or of the fact an entry rests on with it: one on the
        same sentence of the release about the entry's first subject and another of its subjects."""
        engine = self._engine
        target = engine.targets[index]
        if target.kind == "fact" or not target.subjects:
            return (target.subjects[0], target.subjects[1]) if len(target.subjects) == 2 else None
        first, rest = target.subjects[0], set(target.subjects[1:])
        for i in engine.alongside(index):
            other = engine.targets[i]
            if (
                other.kind == "fact"
                and len(other.subjects) == 2
                and other.subjects[0] == first
                and other.subjects[1] in rest
            ):
                return first, other.subjects[1]
        return None

    def _swaps_alike(self, analysis: Analysis) -> bool:
        """Whether the question is nothing but names, one of a kind the previous question named ("KMA?" after a
        question naming KARI)."""
        if self._last is None or not analysis.entities or not _only_entities(analysis):
            return False
        entities = self._engine.entities
        types = {entities[e].type for e in analysis.entities if e in entities}
        before = [e for e in self._last.entities if e in entities and e not in analysis.entities]
        return any(entities[e].type in types for e in before)

    def _own_words(self, term: Term) -> str:
        """The words of a term's surface that name its entity alone: "kari" of "kari president", which names KARI's
        President too."""
        words = term.surface.split()
        analyse = self._engine.analyzer.analyse
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                span = " ".join(words[start : start + size])
                if analyse(span, repair=False).entities == [term.key[1:]]:
                    return span
        return term.surface

    def _resolve(self, analysis: Analysis) -> Analysis | None:
        """The question rewritten with the conversation's subject, or None when there is nothing to resolve."""
        if not self._focus:
            return None
        about = self._about_swapped(analysis)
        if about is not None:
            return about
        other = self._negated_reference(analysis)
        if other is not None:
            # "which one of them is not KARI?" after an answer naming KARI and the KMA: the KMA.
            chosen, words = other
            terms = [t for t in analysis.terms if t.surface not in words and t.kind != ENTITY]
            return replace(analysis, terms=tuple(_merge(terms, [Term(ENTITY + chosen, chosen)])))
        new_entities = analysis.entities
        in_hand = self._subject_in_hand(analysis)
        if in_hand:
            # "CNES role?" after "KSLV-2 - what is it?": CNES's role in KSLV-2, the subject still in hand.
            return replace(analysis, terms=tuple(_merge(list(analysis.terms), in_hand)))
        if new_entities and self._last is not None and _only_entities(analysis) and not analysis.pronouns:
            # "And for KASS?", "the forum?": the previous question's terms, its subject swapped for the new one.
            # (Not with a pronoun, which stands for what is in focus: "Is CNES involved with it at all?")
            # ("And when was he in Korea?" asks its own question.) Only an entity of the same kind is swapped when
            # there is one: after "Who did Le Gall meet from KARI?", "And from the weather agency?" still asks
            # whom Le Gall met.
            entities = self._engine.entities
            types = {entities[e].type for e in new_entities if e in entities}
            alike = [
                t
                for t in self._last.terms
                if t.kind == ENTITY and t.key[1:] in entities and entities[t.key[1:]].type in types
            ]
            # (A role named by the swapped entity goes with it: "the head of KMA" is no longer asked about.)
            swapped = {w for t in alike for w in tokenize(t.surface)}
            kept = [
                t
                for t in self._last.terms
                if t.kind != ENTITY or (alike and t not in alike and swapped.isdisjoint(tokenize(t.surface)))
            ]
            if not alike:
                # Nothing of the new one's kind to swap ("Since when has CNES worked on KARI's satellites? - and the
                # inter-agency agreement?"): what was asked (since when) is asked of it; the words that were about
                # the old subject only weigh as context.
                kept = [t if t.kind == QUESTION else t._replace(boost=CONTEXT_BOOST) for t in kept]
            text = _swapped_text(self._last.text, [t._replace(surface=self._own_words(t)) for t in alike], analysis)
            return replace(analysis, text=text, terms=tuple(_merge(list(analysis.terms), kept)))
        if self._last is not None and not new_entities and _elliptic(analysis) and _only_classes(analysis):
            # "What new launch vehicle is South Korea developing? - And the navigation system?": the previous
            # question, asked of the new kind of thing instead.
            kept = [t for t in self._last.terms if t.key not in CLASS_WORDS]
            if len(kept) < len(self._last.terms):
                return replace(analysis, terms=tuple(_merge(list(analysis.terms), kept)))
        if (
            self._last is not None
            and not new_entities
            and {"they", "them", "their"} & set(analysis.pronouns)
            and _ASKED_GROUP.match(self._last.text)
        ):
            # "Who are the partners in the SCO? - What do they agree to do?": "they" are the partners asked about,
            # whom the previous question's words say, not an organisation its answer happened to name.
            kept = [t for t in self._last.terms if t.kind != QUESTION]
            return replace(analysis, terms=tuple(_merge(list(analysis.terms), kept)))
        markers_only = (
            all(t.key.startswith(QUESTION) for t in analysis.terms)
            if analysis.terms
            else _BARE_OBJECT_QUESTION.match(analysis.text) is not None  # "On what?", "with whom?"
        )
        the_other = self._other_reference(analysis) if markers_only and not new_entities else None
        if the_other is not None:
            # "And the other official, who is he?" after "Who is Lim Cheol-Ho?": the other one, whom "he" stands for
            # too - not the subject of the question before, as a bare "who is he?" would be.
            return _pointed_at(analysis, *the_other)
        # ("that" may point at the statement made instead, unless what was asked for is an event: "when did that
        # take place?")
        event = self._last_asked is not None and self._engine.entities[self._last_asked].type == EntityType.EVENT
        pointing = [p for p in analysis.pronouns if event or p not in ("that", "this")]
        if not new_entities and markers_only and pointing and self._last_asked is not None:
            # "When is it?" after "Which event ...?": "it" is the event asked for and named in the answer, not the
            # previous question's subject.
            return replace(analysis, terms=(*analysis.terms, Term(ENTITY + self._last_asked, self._last_asked)))
        if not new_entities and self._last is not None and markers_only:
            # "And when?", "when was that?": the previous question asking for something else. Its subject keeps
            # its full weight; its other words are context, weighing less than what is asked now - and so does a
            # date that only placed its subject: "Where did Le Gall go on 2 July? - What for?" asks why he went.
            subjects = [t for t in self._last.terms if t.kind == ENTITY and not self._is_date(t.key)]
            kept = [
                t if t.kind == ENTITY and (t in subjects or not subjects) else t._replace(boost=CONTEXT_BOOST)
                for t in self._last.terms
                if not t.key.startswith(QUESTION)
            ]
            if self._last_subject is not None:
                # ... and what its answer was about, which it did not name: "What happened on 3 April? - In which
                # city?" asks where the forum was.
                kept.append(Term(ENTITY + self._last_subject, self._last_subject))
            return replace(analysis, terms=tuple(_merge(list(analysis.terms), kept)))
        if self._last is not None and _points_at_a_statement(analysis):
            # "Who said that?": "that" is what was said, not a thing in focus. The previous question says what.
            kept = [t._replace(boost=CONTEXT_BOOST) for t in self._last.terms if t.kind != QUESTION]
            return replace(analysis, terms=tuple(_merge(list(analysis.terms), kept)))
        counted = (
            self._ordinal_reference(analysis)
            or self._other_reference(analysis)
            or (None if new_entities else self._described_reference(analysis))
        )
        demonstrated = None if counted is not None else self._demonstrative_reference(analysis)
        reference = counted or demonstrated
        if reference is not None:
            # "which organisation does the second person lead?": the second person the last answer named; "where was
            # that initiative launched?": the initiative in focus (the SCO), not the latest thing. The words only
            # point: it is not asked whose initiative the SCO is.
            chosen, words = reference
            if demonstrated is not None:
                chosen = self._unnamed_one(analysis, chosen, demonstrated=True)
            return _pointed_at(analysis, chosen, words)
        if new_entities and analysis.pronouns and self._fronted(analysis):
            # "And the inter-agency agreement, which year is it?": "it" is the subject the question puts first.
            return None
        group = [] if new_entities else self._plural_reference(analysis)
        if group:
            # "Name them" after "The release names two: KARI and the KMA": all of them.
            terms = [*analysis.terms, *(Term(ENTITY + e, e) for e in group)]
            return replace(analysis, terms=tuple(terms))
        if analysis.pronouns or not new_entities:
            # (With no pronoun - "visiting where?" after "Moon Jae-In?" - the subject is what the question before
            # named, not whatever its answer named last.)
            asked_before = (
                [t.key[1:] for t in self._last.terms if t.kind == ENTITY and t.boost >= 1.0]
                if (self._last is not None and not analysis.pronouns)
                else []
            )
            entity = asked_before[0] if len(asked_before) == 1 else self._pick(analysis.pronouns)
            if entity is None:
                return None
            entity = self._unnamed_one(analysis, entity)
            # ("his lot", "his agency": the organisation the person in focus heads - "Who heads the KMA? - Has his
            # lot agreed to work with CNES?" asks whether the KMA has.)
            body = self._engine.organisation_of(entity) if _THEIR_BODY.search(analysis.text) else None
            entity = body or entity
            terms = list(analysis.terms)
            # Pronouns of different kinds stand for different things: in "And there he met whom?", "he" is the
            # person and "there" the place.
            first_of_kind: dict[str, str] = {}
            for pronoun in analysis.pronouns:
                first_of_kind.setdefault(PRONOUNS[pronoun], pronoun)
            picked = (
                [entity]
                if len(first_of_kind) < 2
                else [found[0] for p in first_of_kind.values() if (found := self._candidates((p,)))]
            )
            for meant in dict.fromkeys(picked or [entity]):
                if not any(t.key == ENTITY + meant for t in terms):
                    # ("And the forum that preceded it?": "it" only says which forum, which is what is asked about.)
                    qualifying = bool(analysis.qualifying) and any(t.kind == ENTITY and t.boost >= 1.0 for t in terms)
                    terms.append(Term(ENTITY + meant, meant, boost=QUALIFIER_BOOST if qualifying else 1.0))
            if not analysis.terms and not analysis.pronouns:
                return None
            if not new_entities and not analysis.pronouns and self._last is not None:
                # "What was the occasion?" after "When did Le Gall first visit Korea?": still about that visit,
                # so the previous question's words come along, weighing less than those asked now.
                terms = _merge(
                    terms, [t._replace(boost=CONTEXT_BOOST) for t in self._last.terms if t.kind in (WORD, SYNONYM)]
                )
            return replace(analysis, terms=tuple(terms))
        return None

    def _subject_in_hand(self, analysis: Analysis) -> list[Term] | None:
        """The subjects of the question before that a bare fragment asking the part of something of another kind
        asks about still: after "KSLV-2 - what is it?", "CNES role?" asks CNES's role in KSLV-2 - a fragment of a
        few words, no question word, no pronoun. None if the question is no such fragment."""
        if (
            self._last is None
            or analysis.pronouns
            or not _FRAGMENT.match(analysis.text)
            or _PART_WORDS.isdisjoint(tokenize(analysis.text))
        ):
            return None
        entities = self._engine.entities
        named = [e for e in analysis.entities if e in entities]
        if not named:
            return None
        types = {entities[e].type for e in named}
        carried = [
            t
            for t in self._last.terms
            if t.kind == ENTITY and t.boost >= 1.0 and t.key[1:] in entities and entities[t.key[1:]].type not in types
        ]
        return carried or None

    def _unnamed_one(self, analysis: Analysis, entity: str, *, demonstrated: bool = False) -> str:
        """Whom a question asking for a name points at, when the question before spoke of one person only by a role:
        that one rather than someone it named by name - "Did Le Gall meet the head of the KMA? - What's his name?"
        asks the name of the KMA's head - or, `demonstrated` ("that man", "that person"), rather than any other
        person, whoever its answer named last: "Did Le Gall meet the boss of KARI? - What's that man's name?".
        `entity` otherwise."""
        by_name, by_role = self._named_and_unnamed(analysis)
        if len(by_role) != 1 or entity in by_role:
            return entity
        known = self._engine.entities.get(entity)
        other = known is not None and known.type == EntityType.PERSON if demonstrated else entity in by_name
        return by_role[0] if other else entity

    def _named_and_unnamed(self, analysis: Analysis) -> tuple[set[str], list[str]]:
        """For a question asking for a name, the people the question before named by name, and those it spoke of
        only by a role (read as its holder, or a post at an organisation: "the head of the KMA"); none otherwise."""
        if self._last is None or _ASKS_NAME.search(analysis.text) is None:
            return set(), []
        roles = {t.surface for t in self._last.terms if t.boost < 1.0}
        entities = self._engine.entities
        people = [
            t
            for t in self._last.terms
            if t.kind == ENTITY
            and t.boost >= 1.0
            and t.key[1:] in entities
            and entities[t.key[1:]].type == EntityType.PERSON
        ]
        by_role = [t.key[1:] for t in people if t.surface in roles]
        by_name = {t.key[1:] for t in people if t.surface not in roles}
        if any(t.key in self._engine.role_keys for t in self._last.terms):
            holders = (self._engine.holder_of(t.key[1:]) for t in self._last.terms if t.kind == ENTITY)
            by_role += [h for h in holders if h is not None and h not in by_name and h not in by_role]
        return by_name, by_role

    def _ordinal_reference(self, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
        """The entity "the second person", "the first agency", "the latter" points at among those the last answer
        named (people for "person", organisations for "agency"...), with the words that point; None if none."""
        match = _ORDINAL_REFERENCE.search(analysis.text)
        if match is None or not self._last_named:
            return None
        entities = self._engine.entities
        noun = (match.group("noun") or "").casefold()
        types = _NOUN_TYPES.get(noun, ())
        ordinal = (match.group("ordinal") or match.group("bare")).casefold()
        # (What the last question named itself is no item of the list its answer gave: "Who did Le Gall meet?")
        asked = set(self._last.entities) if self._last is not None else set()
        listed = [e for e in self._last_named if e in entities and e not in asked]
        if noun == "one":
            # "the second one": of the one kind the last answer named several of - unless a thing in focus has
            # another ordinal of its own ("where was the first one held?" after the 2nd forum asks about the 1st).
            said = self._engine.analyzer.phrases.get((ordinal,))
            if any(self._engine.entity_ordinal.get(ENTITY + e, said) != said for e in self._focus):
                return None
            kinds = Counter(entities[e].type for e in listed)
            several = [kind for kind, count in kinds.items() if count > 1]
            if not several:
                return None
            # (Of two kinds listed, the kind of the list's first item: "Lim Cheol-Ho, President of KARI, and Nam
            # Jae-Cheol ..." lists people, each with an agency.)
            types = (next(entities[e].type for e in listed if entities[e].type in several),)
        named = [e for e in listed if not types or entities[e].type in types]
        position = _ORDINAL_POSITIONS[ordinal]
        if len(named) < 2 or position >= len(named):
            return None
        return named[position], frozenset(tokenize(match.group()))

    def _described_reference(self, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
        """The organisation "the space one" points at among those the last answer named, by the one word that only
        its names say ("Which Korean agencies did Le Gall meet? - who runs the space one?": KARI, "Korean space
        agency", not the KMA) - or, for "the space guy", the person holding a post there; None if not one."""
        match = _DESCRIBED_REFERENCE.search(analysis.text)
        if match is None or not self._last_named:
            return None
        entities = self._engine.entities
        word = match.group("word").casefold()
        organisations = [
            e for e in dict.fromkeys(self._last_named) if e in entities and entities[e].type == EntityType.ORGANISATION
        ]
        if len(organisations) < 2:
            return None
        described = [
            e for e in organisations if any(word in tokenize(name) for name in (entities[e].name, *entities[e].aliases))
        ]
        if len(described) != 1:
            return None
        chosen = described[0]
        if _NOUN_TYPES.get(match.group("noun").casefold()) == (EntityType.PERSON,):
            holder = self._engine.holder_of(chosen)
            if holder is None:
                return None
            chosen = holder
        return chosen, frozenset(tokenize(match.group()))

    def _fronted(self, analysis: Analysis) -> bool:
        """Whether the question puts one thing first, then asks about it: "(And) the KMA, who runs it?"."""
        match = _FRONTED.match(analysis.text)
        if match is None:
            return False
        subject = self._engine.analyzer.analyse(match.group("subject"))
        # (One thing, however many terms a role read as its holder makes: "the president of KARI" is Lim Cheol-Ho,
        # with the role and KARI weighing less.)
        return (
            len({t.surface for t in subject.terms}) == 1
            and any(t.kind == ENTITY and t.boost >= 1.0 for t in subject.terms)
            and not subject.pronouns
        )

    def _plural_reference(self, analysis: Analysis) -> list[str]:
        """The things "they" or "them" stand for after an answer that added several things of one kind, and of one
        kind only ("How many Korean agencies did CNES brief?" - KARI and the KMA); none otherwise."""
        if _PLURAL_PRONOUNS.isdisjoint(analysis.pronouns):
            return []
        entities = self._engine.entities
        kinds = Counter(entities[e].type for e in self._last_named if e in entities)
        if len(kinds) != 1 or next(iter(kinds.values())) < 2:
            return []
        return [e for e in self._last_named if e in entities]

    def _other_reference(self, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
        """The entity "the other one" points at, with the words that point: after an answer that picked one thing
        of several an earlier answer named ("Who did Le Gall meet? - Which of them runs the weather agency?" - Nam
        Jae-Cheol), the one other thing of that kind the earlier answer named (Lim Cheol-Ho); None if not one."""
        match = _OTHER_REFERENCE.search(analysis.text)
        if match is None or (not self._last_named and self._last is None):
            return None
        pointing = set(tokenize(match.group()))
        # The words that point, with a clause of who met after them, which only says which one: "the other leader
        # *Le Gall met*" - Le Gall is not asked about, nor is the other one the one who met.
        met = BARE_RELATIVE_CLAUSE.match(analysis.text, match.start("noun"))
        meeting = set(tokenize(met.group())) - pointing if met is not None else set()
        words = frozenset(pointing | meeting)
        chosen = self._other_offered()
        if chosen is not None:
            return chosen, words
        entities = self._engine.entities
        noun = match.group("noun").casefold()
        types = _NOUN_TYPES.get(noun) or tuple({entities[e].type for e in self._last_named if e in entities})
        if noun == "one" and not PERSONAL.isdisjoint(analysis.pronouns):
            types = (EntityType.PERSON,)  # ("the other one, which agency is *he* head of?": a person)
        if not types:
            return None
        picked = [e for e in self._last_named if e in entities and entities[e].type in types]
        if len(picked) == 2 and not (set(picked) & set(analysis.entities)):
            # Two of that kind just named, neither singled out since: the other one is the second, the first being
            # the one named first ("Which two Korean leaders did he meet? - What about the other one, which agency
            # is he head of?" - Nam Jae-Cheol).
            return picked[1], words
        # Those of that kind the question before named.
        asked_before = (
            [e for e in self._last.entities if e in entities and entities[e].type in types]
            if self._last is not None
            else []
        )
        if len(picked) == 1 and asked_before:
            # One the question before named, and the answer one more: the other is that one ("Le Gall didn't meet
            # only the KARI president, did he? - what's the other fella's name?" - Nam Jae-Cheol, whom the answer
            # named besides him).
            return picked[0], words
        if not picked:
            # (... or the one of that kind the question before named: "Who is head of KMA? - and president of other
            # agency?" - the other agency than the KMA.)
            picked = asked_before
        if len(picked) != 1:
            return None
        named = {t.key[1:] for t in analysis.terms if t.kind == ENTITY and not set(t.surface.split()) <= words}
        if any(e in entities and entities[e].type in types and e not in picked for e in named):
            # The question names the other one itself: "And who heads the other agency Le Gall met, the
            # meteorological one?" after KARI's president - the KMA, not a third agency. (Not in the words that
            # point: "the other Korean leader" is no role read as President Moon.)
            return None
        apart = {*self._last_named, *analysis.entities, *picked}
        others = [e for e in self._named_before if e in entities and entities[e].type in types and e not in apart]
        if not others:
            # Or its sibling, when it has one of that kind: "Who is the president of KARI? - what about the other
            # agency?" - the KMA, briefed by CNES and working with it as KARI is, not CNES itself.
            siblings = [
                e
                for e in self._engine.siblings.get(picked[0], ())
                if e in entities and entities[e].type in types and e not in apart
            ]
            others = siblings if len(siblings) == 1 else []
        if not others:
            # Or, when no answer before listed them, the other thing of that kind that answers about it name with it
            # most often, but for what the question names: "Who runs KARI? - And the other man Le Gall met?" - Nam
            # Jae-Cheol, named with Lim Cheol-Ho in three answers (President Moon in one, Le Gall is named).
            engine = self._engine
            together = Counter(
                e
                for i in engine.by_entity.get(picked[0], ())[:MAX_LISTS_LOOKED_AT]
                for e in set(engine.answer_entities[i])
                if e in entities and entities[e].type in types and e not in apart
            ).most_common(2)
            if together and (len(together) == 1 or together[0][1] > together[1][1]):
                others = [together[0][0]]
        return (others[0], words) if len(others) == 1 else None

    def _other_offered(self) -> str | None:
        """The one thing the question before offered to choose from that its answer did not pick: after "Who leads
        KARI: Lim Cheol-Ho or Nam Jae-Cheol?", "the other one" is Nam Jae-Cheol. None if not exactly one."""
        if self._last is None or self._last_target is None:
            return None
        offered = [t.key[1:] for t in self._last.terms if t.kind == ENTITY and t.offered]
        picked = set(self._engine.answer_entities[self._last_target]) & set(offered)
        if len(offered) < 2 or not picked:
            return None
        if len(picked) > 1:
            # (An answer naming both picks the one tied to what the question asked of: the head of KARI.)
            asked = {t.key for t in self._last.terms if t.kind == ENTITY and not t.offered}
            picked = {e for e in picked if self._engine.linked.get(ENTITY + e, frozenset()) & asked}
        left = [e for e in offered if e not in picked]
        return left[0] if len(picked) == 1 and len(left) == 1 else None

    def _about_swapped(self, analysis: Analysis) -> Analysis | None:
        """ "And about President Moon's visit?" after "What did Le Gall say about coming back to Korea?": the previous
        question, with what it was about replaced by the new thing - "What did Le Gall say about President Moon's
        visit?"; None unless the question is only that, and the previous one said what it was about."""
        text = self._last.text if self._last is not None else ""
        new = _ABOUT_ELLIPSIS.match(analysis.text)
        old = _ABOUT.search(text) if new is not None else None
        if new is None or old is None:
            return None
        swapped = text[: old.start("thing")] + new.group("thing") + text[old.end("thing") :]
        return self._engine.analyzer.analyse(swapped)

    def _negated_reference(self, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
        """The entity "which one of them is not the aerospace research institute?" points at: of the things of that
        kind the last answer named (KARI and the KMA), the one other than the one named; None unless it is one. The
        words that point are the question's own."""
        if not self._last_named or not {"them", "these", "those", "they"} & set(analysis.pronouns):
            return None
        if NEGATED_PICK.search(analysis.text) is None or len(analysis.entities) != 1:
            return None
        entities = self._engine.entities
        excluded = analysis.entities[0]
        if excluded not in self._last_named or excluded not in entities:
            return None
        others = [e for e in self._last_named if e != excluded and entities[e].type == entities[excluded].type]
        said = next(t.surface for t in analysis.terms if t.key == ENTITY + excluded)
        return (others[0], frozenset(tokenize(said))) if len(others) == 1 else None

    def _demonstrative_reference(self, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
        """The entity "that initiative", "this visit", "those agencies" point at - the most recent in focus of the
        noun's kind, when the noun names nothing itself ("that forum" is the forum) - and the words that point;
        None if none."""
        match = _DEMONSTRATIVE.search(analysis.text)
        if match is None or not self._focus:
            return None
        noun = match.group("noun")
        if any(t.kind == ENTITY and noun.casefold() in tokenize(t.surface) for t in analysis.terms):
            return None
        noun = noun.casefold()
        types = _DEMONSTRATED_TYPES.get(noun) or _DEMONSTRATED_TYPES[noun.removesuffix("s")]  # ("boss", "visits")
        entities = self._engine.entities
        # The thing of that kind the last question asked for ("This trip prepares which state visit? - To which
        # country is this visit?"), or the one the last answer added, if it added one ("Who organised the forum
        # with CNES? - KARI ... And who is that agency's president?"): else the latest in focus.
        asked = self._last_asked if self._last_asked in entities else None
        added = [e for e in self._last_named if e in entities and entities[e].type in types]
        latest = next((e for e in reversed(self._focus) if entities[e].type in types), None)
        if asked is not None and entities[asked].type in types:
            found: str | None = asked
        else:
            found = added[0] if len(added) == 1 else latest
        return None if found is None else (found, frozenset(tokenize(match.group())))

    def _pick(self, pronouns: tuple[str, ...]) -> str | None:
        """The entity in focus a pronoun most likely stands for: the latest of its kind."""
        return next(iter(self._candidates(pronouns)), self._focus[-1] if self._focus else None)

    def _candidates(self, pronouns: tuple[str, ...]) -> list[str]:
        """The entities in focus the pronouns may stand for, the likeliest first: by kind, then the latest."""
        entities = self._engine.entities
        found: list[str] = []
        for kind in (PRONOUNS[p] for p in pronouns):
            for types in _KIND_TYPES[kind]:
                found += [e for e in reversed(self._focus) if entities[e].type in types and e not in found]
        if self._last is not None and found and all(PRONOUNS[p] == "thing" for p in pronouns):
            # Things the question before named together ("Since when have CNES and KARI had an inter-agency
            # agreement?") are "they": "it" is the one thing it named alone, if there is one.
            paired = _paired(self._last)
            found.sort(key=lambda e: e in paired)
        return found

    def _asked_alone_before(self, reading: Analysis) -> bool:
        """Whether the reading's pronoun stands for the one thing the question before asked about, and asked
        nothing else of: "what's the KSLV-2?", "KASS?"."""
        if self._last is None or len(self._last.terms) != 1 or self._last.terms[0].kind != ENTITY:
            return False
        return self._last.terms[0].key in {t.key for t in reading.terms}

    def _other_readings(self, analysis: Analysis, primary: Analysis, *, named_too: bool = False) -> list[Analysis]:
        """The question with its pronoun standing for each other entity in focus it may mean, a few at most; only
        for a question that names nothing itself, unless `named_too`."""
        if not analysis.pronouns or (analysis.entities and not named_too) or self._plural_reference(analysis):
            return []  # ("them" for several things the last answer named stands for them all, not for one)
        used = {t.key for t in primary.terms if t.kind == ENTITY}
        # (A question asking for a name has none when the question before named all but one person only by a
        # role: "What's his name?" after "Did Le Gall meet the head of the KMA?" asks the head's - see
        # `_unnamed_one`.)
        by_name, by_role = self._named_and_unnamed(analysis)
        if by_name and len(by_role) == 1:
            return []
        others = [e for e in self._candidates(analysis.pronouns) if ENTITY + e not in used][:OTHER_READINGS]
        return [replace(analysis, terms=(*analysis.terms, Term(ENTITY + e, e))) for e in others]

    def _bring_to_focus(self, entity_ids: Iterable[str]) -> None:
        """Make these entities the most recent in focus, the last given most; the focus keeps the last eight."""
        for entity_id in entity_ids:
            if entity_id in self._focus:
                self._focus.remove(entity_id)
            self._focus.append(entity_id)
        del self._focus[:-8]

    def _remember(self, analysis: Analysis, answer: Reply) -> None:
        self._last_topic = None
        mentioned = [e for e in analysis.entities if e in self._engine.entities]
        if mentioned and (answer.decision == Decision.CLARIFY or not (answer.answered or answer.unknown_words)):
            # Asked which was meant, the person still named what they speak of: "So the CNES boss went to Korea?
            # ... Who'd he meet there?" - "he" is the CNES boss, whichever reading was meant. So they did if what
            # they asked is only not given: "how many weeks later was Le Gall in Korea? - on what date?" asks it
            # of Le Gall.
            if answer.decision == Decision.CLARIFY:
                self._bring_to_focus(reversed(mentioned))
            else:
                self._talked_about(analysis, mentioned)
            return
        if not answer.answered or answer.kind == "smalltalk":
            return
        index = self._engine.target_of(answer)
        target = None if index is None else self._engine.targets[index]
        named = () if index is None else self._engine.answer_entities[index]
        from_answer = [s for s in dict.fromkeys([*(target.subjects if target else ()), *named]) if s not in mentioned]
        # Question entities are the most recent, so pronouns prefer them, the first-named (the head of "the forum in
        # Paris") most; answer entities fill in behind them.
        order = [*reversed(from_answer), *reversed(mentioned)]
        self._last_subject = None
        if target is not None and target.subjects and target.subjects[0] not in mentioned:
            # The answer is mainly about something the question did not name ("What initiative did CNES present?" -
            # the SCO): that is what the next "it" means.
            order.append(target.subjects[0])
            # (Kept for a bare "where?" next only when the question named no thing but a time or place: "What
            # happened on 3 April?" - the forum. "Whose state visit ...?" is about the state visit, whatever the
            # answer's subject.)
            entities = self._engine.entities
            settings = (EntityType.DATE, EntityType.PLACE, EntityType.CITY)
            if target.subjects[0] in entities and all(entities[e].type in settings for e in mentioned if e in entities):
                self._last_subject = target.subjects[0]
        asked = _asked_entity(analysis) or self._asked_by_kind(analysis, from_answer, mentioned)
        self._last_asked = asked if asked in self._engine.entities else None
        pair = None if target is None or index is None else self._fact_pair(index)
        if asked is None and pair is not None and not any(t.key in _WHERE_OR_WHEN for t in analysis.terms):
            # A fact asked from its subject ("What did the 2 July visit follow?") answers with its object: an event
            # that a bare "When did that take place?" means next. (After "Where was the SCO launched?", "when was
            # that?" is the launch, not the show.) So does an entry saying what such a fact says ("Le Gall's visit
            # was part of preparations for what?": the state visit), however the question named its subject.
            subject, obj = pair
            entities = self._engine.entities
            if (
                (subject in mentioned or (target is not None and target.kind == "entry"))
                and obj not in mentioned
                and obj in entities
                and entities[obj].type == EntityType.EVENT
            ):
                self._last_asked = obj
        if asked is not None and asked in self._engine.entities:
            # "Which forum came before Le Gall's visit?": the forum is what was asked for, and what "it" means next.
            order.append(asked)
            if _WHOSE.match(analysis.text):
                # "Whose state visit ...?" asks for its owner, the one person tied to it by a fact: whom "he" means
                # next ("where's he going?": President Moon, not the CNES president the answer also names).
                entities = self._engine.entities
                owners = [
                    e[1:]
                    for e in self._engine.linked.get(ENTITY + asked, frozenset())
                    if e[1:] in entities and entities[e[1:]].type == EntityType.PERSON
                ]
                order += owners if len(owners) == 1 else []
        if any(t.key == QUESTION + "who" and t.boost >= 1.0 for t in analysis.terms):
            # "Who from KARI met Le Gall?": the people the answer names are who was asked for, and whom "he" means
            # next - the first named most.
            # Most of all those linked to what the question named: "Who did he meet from the weather agency?" -
            # its head.
            entities, linked = self._engine.entities, self._engine.linked
            people = [e for e in reversed(from_answer) if entities[e].type == EntityType.PERSON]
            asked_about = {ENTITY + e for e in mentioned}
            order += sorted(people, key=lambda e: bool(linked.get(ENTITY + e, frozenset()) & asked_about))
            # Unless the question itself described the one it asked for, by role and not by name: "who's the korean
            # president visiting france?" asks for President Moon, whom "his full name" means next - not the CNES
            # president the answer also names.
            order += [
                t.key[1:]
                for t in analysis.terms
                if t.kind == ENTITY
                and t.key[1:] in entities
                and entities[t.key[1:]].type == EntityType.PERSON
                and set(tokenize(t.surface)).isdisjoint(tokenize(entities[t.key[1:]].name))
            ]
        topic = _topic_entity(analysis)
        self._last_topic = topic if topic in self._engine.entities else None
        if self._last_topic is not None:
            # "Tell me about the forum that came before this trip": what it is told about is what "it" means next,
            # not what the clause describing it names.
            order.append(self._last_topic)
        self._bring_to_focus(order)
        self._last = analysis
        self._last_target = index
        self._named_before = self._last_named
        self._last_named = tuple(e for e in named if e not in mentioned)  # (what the answer added)

    def _date_in(self, text: str) -> str | None:
        """The name of the one date of the knowledge an answer gives ("Monday 2 July"), or None."""
        dates = [e.name for e in self._engine.entities.values() if e.type == EntityType.DATE and e.name in text]
        return dates[0] if len(dates) == 1 else None

    def _talked_about(self, analysis: Analysis, mentioned: list[str]) -> None:
        """Remember a question, or a claim, that got no answer of its own as what is talked about: what it names
        comes into focus, and it is the question before the next one."""
        self._bring_to_focus(reversed(mentioned))
        self._last, self._last_target, self._last_subject, self._last_asked = analysis, None, None, None

    def _asked_by_kind(self, analysis: Analysis, from_answer: list[str], mentioned: list[str]) -> str | None:
        """The thing a "which <kind>" question asked for, which the answer named: "Which event is Le Gall's visit
        part of the preparations for?" - the state visit (an event too, but not the visit the question is about,
        which is Le Gall's)."""
        match = _WHICH.match(analysis.text)
        noun = next(iter(tokenize(match.group("rest"))), "") if match is not None else ""
        types = _DEMONSTRATED_TYPES.get(noun.removesuffix("s"))
        entities, linked = self._engine.entities, self._engine.linked
        if types is None:
            # Or what a "what did ... do" question asked for, when its answer names one programme the question did
            # not: "What did CNES present during the trip?" - the SCO, which "what is it supposed to do?" means.
            if not _WHAT_ASKED.match(analysis.text):
                return None
            programmes = [e for e in from_answer if e in entities and entities[e].type == EntityType.PROGRAMME]
            return programmes[0] if len(programmes) == 1 else None
        about = {ENTITY + e for e in mentioned}
        kind = [e for e in from_answer if e in entities and entities[e].type in types]
        apart = [e for e in kind if not linked.get(ENTITY + e, frozenset()) & about]
        return apart[-1] if apart else None


# Two questions in one: "..., and where was it held?", "... and on which project?", "...; since which year ...?".
_COMPOSED = Pattern(
    r"^(?P<first>.{8,}?)(?:,?\s+(?:and|n|&)|;|,|(?P<asked>\?)\s*(?:n|&|plus|also))\s+(?P<second>(?:(?:on|in|at|for|from|since|by|to)\s+)?"
    rf"{WH}.{{3,}})$",
    re.IGNORECASE | re.DOTALL,
)


# A question asking what someone is called: "What's his name?", "what is that man called?".
_ASKS_NAME = Pattern(
    r"\b(?:his|her|(?:that|this|the)\s+(?:person|man|woman|guy|fella|gentleman|one)['\u2019]s)\s+(?:full\s+)?name\b"
    r"|\b(?:he|she|that\s+\w+)\s+called\b",
    re.IGNORECASE,
)
# An organisation said as someone's: "his lot", "her agency".
_THEIR_BODY = Pattern(
    r"\b(?:his|her)\s+(?:own\s+)?(?:agency|lot|organi[sz]ation|outfit|institute|administration|people|team|crowd"
    r"|office|body|mob|gang|shop|firm|bunch)\b",
    re.IGNORECASE,
)
# "which" picking one of things just named, not opening a relative clause: "which of them", "which came first".
_PICKS_ONE = Pattern(
    r"which\s+(?:of|one|(?:came|comes|happened|was)\s+(?:first|earlier|sooner|later|last|second))\b", re.IGNORECASE
)
# "X vs Y": the question asked of X, then of Y.
_VERSUS = Pattern(r"^(?P<first>[^?]{8,}?|\w{3,})\s+(?:vs\.?|versus|v\.)\s+(?P<second>[^?]{3,}\??)\s*$", re.IGNORECASE)
# "announced vs launched, where was the sco each time?": two things set against each other, then what is asked of each.
_VERSUS_ASKED = Pattern(
    r"^(?:\W*(?:lol|ok|so|hey|and)\W+)?(?P<x>[^?,:;]{2,40}?)\s+(?:vs\.?|versus|v\.)\s+(?P<y>[^?,:;]{2,40}?)\s*[,:;-]\s*"
    r"(?P<q>[^?]*\b(?:who|what|when|where|which|how)\b[^?]*\??)\s*$",
    re.IGNORECASE,
)


# A claim checked with a tag, then a question: "Le Gall is from KMA, right? Which organisation is he president of?"
_CLAIM_TAG = (
    r"right|rite|yes|yeah|ya|yah|yep|no|correct|true|innit|eh|ne|ja|non|na|ok|okay|am\s+i\s+right|"
    r"(?:is|are|was|were|do|does|did|has|have|had)(?:n[\u2019']?t)?\s+(?:it|he|she|they|that|there)"
)
_CHECKED_CLAIM = Pattern(
    rf"^(?P<claim>[^?]{{8,}}?)(?:,?\s*(?:{_CLAIM_TAG})\s*\?+|\s*(?:\.\.\.+|\u2026))\s*"
    r"(?P<question>(?:(?:or|so|and|but|then|anyway)\s+)?(?:[\w']+\s+){0,2}?"
    rf"{WH}.*\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_COMPOSED_DASH = Pattern(
    r"^(?P<first>.{8,}?)\s[-\u2013\u2014](?P<asked>)\s+(?P<second>(?:(?:on|in|at|for|from|since|by|to)\s+)?"
    rf"{WH}.{{3,}})$",
    re.IGNORECASE | re.DOTALL,
)


# "his counterpart at KARI", "her opposite number in Korea": the one in the same post elsewhere.
_COUNTERPART = Pattern(
    r"\b(?P<pronoun>his|her|their|its)\s+(?:\w+\s+)?(?:counterparts?|opposite\s+numbers?|equivalents?|peers?)\s+"
    r"(?:at|in|from|of|for)\b",
    re.IGNORECASE,
)
_WHAT_ELSE = Pattern(r"\belse\b", re.IGNORECASE)  # "what else?", "who else?"
_FROM_THEN = Pattern(r"\b(?:from then on|since then|from that (?:point|time|day) on|ever since)\b", re.IGNORECASE)
# The time the question before asked about, said at the end ("... at the time?", "... then?"; "since then" is after it).
# (", then?" after a comma is a word of talk, not a time: "what's his job, then?")
_AT_THAT_TIME = Pattern(
    r"\b(?:at the time|at that time|(?<!since )(?<!all )that time|on that occasion|back then|by then"
    r"|(?<!since )(?<!until )(?<!till )(?<!,)(?<!, )then)\W*$",
    re.IGNORECASE,
)
# A question for the date of some kind that what someone said names (see `Conversation._mentioned_date`): "Which
# year does he bring up?", "What month does Le Gall mention in his statement?", "which year is mentioned in it?"
_MENTIONED = Pattern(
    r"^\W*(?:and\s+|so\s+)?(?:which|what)\s+(?P<kind>year|month|date|day)\s+(?:"
    r"(?:is|was|gets?|got)\s+(?:mentioned|brought up|referred to|cited|quoted|given)"
    r"|(?:comes?|came)\s+up"
    r"|(?:does|did|do|is|was)\s+(?P<speaker>[^?,;]+?)\s+(?:mention|bring up|refer to|cite|talk about|speak of|quote))"
    r"(?P<rest>(?:\s+(?:in|during|after)\s+[^?]*)?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# What fills the rest of such a question when it points back at what was just said: "in it", "in that", "there".
_EMPTY_REST = frozenset(["in", "during", "after", "there", "then", "that", "this", "it", "again"])
# What else there is besides the answer just given: "anything besides that?", "what else apart from this?"
_BESIDES_IT = Pattern(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|in addition to|on top of)\s+"
    r"(?:that|this|it|those|these|them)(?=\s*(?:[?.!,;]|$))",
    re.IGNORECASE,
)
_YEAR_IN = Pattern(r"\b(?:1[0-9]|20)\d\d\b")
_HOW_MANY = Pattern(r"\bhow\s+(?:many|much)\b", re.IGNORECASE)
# The same question word opening two questions run together: "what month was the summit what month is the visit".
# (Only "what" and "how", which open no relative clause: "who is the bloke ... who went to Korea?" is one question;
# and not after a word that makes the second a part of the first: "... about what the decision reflects".)
_REPEATED_WH = Pattern(
    r"^(?P<first>(?P<wh>what|how)\b.{8,}?)(?<!\babout)(?<!\bof)(?<!\bon)(?<!\bfor)(?<!\bto)(?<!\bis)(?<!\bwas)"
    r"(?<!\bknow)(?<!\bsay)(?<!\bsaid)\s+(?P<second>(?P=wh)\b.{3,})$",
    re.IGNORECASE | re.DOTALL,
)
# A bare question word added to a question: "Who visited South Korea on 2 July and why?".
_ADDED_WH = Pattern(r"^(?P<first>.{8,}?),?\s+and\s+(?P<wh>why|when|where|how)\s*\?*\s*$", re.IGNORECASE | re.DOTALL)
_LEADING_WH = Pattern(rf"^\W*{WH}", re.IGNORECASE)


# Two events compared in time: "Which came first, the forum or the visit?", "How much time lay between the forum and
# the meetings?", "How long before the meetings was the SCO launched?" - each is asked when it was.
# "Did the July visit come before or after the Paris forum?": answered "After: ..." when both dates can be ordered.
_BEFORE_OR_AFTER = Pattern(
    r"\b(?:did|was|were|is|does|do)\s+(?P<x>[^?]+?)\s+(?:(?:come|happen|take\s+place|occur|fall)\s+)?"
    r"(?:before\s+or\s+after|after\s+or\s+before)\s+(?P<y>[^?]+?)\s*(?:\?|$)"
    # (or the other one named first, then the choice: "Did the visit come after the forum or before it?")
    r"|\b(?:did|was|were|is|does|do)\s+(?P<x2>[^?]+?)\s+(?:(?:come|happen|take\s+place|occur|fall)\s+)?"
    r"(?:before|after)\s+(?P<y2>[^?]+?)\s+or\s+(?:before|after)(?:\s+(?:it|that|them|then))?\s*(?:\?|$)",
    re.IGNORECASE,
)
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_DAY_MONTH = Pattern(rf"\b(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{'|'.join(_MONTHS)})\b", re.IGNORECASE)
# Which dates are of the kind asked for (see `_MENTIONED`): a year names one, a month a month, a date a day of a month.
_DATE_KINDS = {
    "year": Pattern(r"\b\d{4}\b"),
    "month": Pattern(rf"\b(?:{'|'.join(_MONTHS)})\b", re.IGNORECASE),
    "date": Pattern(r"\b\d{1,2}\s+[a-z]+", re.IGNORECASE),
    "day": DAY_NAME,
}
_COMPARED = (
    Pattern(
        r"\b(?:which|what)\s+(?:came|comes|come|happened|happens|took\s+place|was|were|is|started|starts|began"
        r"|begins)\s+(?:first|earlier|sooner|later|last)\b(?:\s+in\s+the\s+year)?[\s,:;-]*(?P<x>[^?]+?)\s+or\s+"
        r"(?P<y>[^?]+?)\s*(?:\?|$)",
        re.IGNORECASE,
    ),
    Pattern(
        r"\bhow\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years))\s+(?:[\w']+\s+){0,3}?between\s+"
        r"(?P<x>[^?]+?)\s+and\s+(?P<y>[^?]+?)\s*(?:\?|$)",
        re.IGNORECASE,
    ),
    Pattern(
        r"\bhow\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years))\s+(?:before|after)\s+(?P<x>[^?]+?)\s+"
        r"(?:was|were|did|had)\s+(?P<y>[^?]+?)\s*(?:\?|$)",
        re.IGNORECASE,
    ),
)


def split_compared(question: str) -> tuple[str, str] | None:
    """The two questions of a comparison in time ("Which came first, the forum or the visit?": when was each, each
    asked on its own), or of two things set against each other ("who's the boss at cnes vs the boss at kari?",
    "forum date vs visit date": each side asked on its own), or None."""
    asked = _VERSUS_ASKED.match(question)
    if asked is not None:
        # "announced vs launched, where was the sco each time?": the question asked of each side.
        what = asked.group("q").rstrip(" ?")
        return f"{what} {asked.group('x')}?", f"{what} {asked.group('y')}?"
    versus = _VERSUS.match(question)
    if versus is not None:
        first, second = versus.group("first"), versus.group("second")
        words = second.rstrip(" ?").split()
        if len(first.split()) == 1 and 2 <= len(words) <= 3:
            # "forum vs visit dates": what the second side asks for is asked of the first too.
            first = f"{first} {words[-1]}"
        return f"{first}?", second
    for pattern in _COMPARED:
        compared = pattern.search(question)
        if compared is not None:
            return f"When was {compared.group('x')}?", f"When was {compared.group('y')}?"
    return None


def _order(first: str | None, second: str | None) -> str | None:
    """ "Before" or "After": whether the first date comes before the second, when both name a day of a month of the
    same year (the release gives "Monday 2 July" and "Tuesday 3 April" with no year, and says the one followed the
    other); None if they cannot be ordered. (Not a month alone: the SCO was announced "in December" - of the year
    before, which the release does not say - and the forum of 3 April came after it, not before.)"""
    found = [_DAY_MONTH.search(d) if d else None for d in (first, second)]
    if found[0] is None or found[1] is None or any(_YEAR_IN.search(d or "") for d in (first, second)):
        return None
    a, b = ((_MONTHS.index(m.group("month").casefold()), int(m.group("day") or 0)) for m in found if m)
    if a == b or not (a[1] and b[1]):
        return None  # (the same date, or a month with its day missing)
    return "Before" if a < b else "After"


def _says_the_same(first: Reply, second: Reply) -> bool:
    """Whether either answer says what the other quotes."""
    return any(quote in other.brief for one, other in ((first, second), (second, first)) for quote in one.evidence)


def _no_count_given(first: Reply, second: Reply) -> bool:
    """Whether one of two questions asked in one is answered and the other asks for a count the release does not
    give, of nothing it does not know: "how many months after the forum was that - what was the forum's date?" is
    answered, saying the release gives no number. (Not when the count is of another agency's staff, or of an
    attribute the release never speaks of: then the question is not about the release. Nor any other question
    left unanswered: "When did Lim take over at KARI, how long has he been president?" asks one thing twice.)"""
    declined = second if first.answered else first
    return (
        first.answered != second.answered
        and declined.decision == Decision.DECLINE
        and not declined.unknown_words
        and _HOW_MANY.search(declined.question) is not None
        and (first if first.answered else second).confidence >= PARTIAL_CONFIDENCE
    )


def _pointed_at(analysis: Analysis, chosen: str, words: frozenset[str]) -> Analysis:
    """The analysis asking of `chosen`, the entity its pointing `words` ("the other one") stand for, without them."""
    # (All of a term said in those words goes: "the other Korean boss" is no role read as President Moon.)
    terms = [t for t in analysis.terms if not set(tokenize(t.surface)) <= words]
    return replace(analysis, terms=tuple(_merge(terms, [Term(ENTITY + chosen, chosen)])))


def asks_mentioned_date(question: str) -> bool:
    """Whether the question asks for the date of some kind that what someone said names (see `_MENTIONED`)."""
    return _MENTIONED.match(question) is not None


def asks_before_or_after(question: str) -> bool:
    """Whether the question asks if one thing came before or after another."""
    return _BEFORE_OR_AFTER.search(question) is not None


def split_composed(question: str) -> tuple[str, str] | None:
    """The two questions of a composed one ("Who organised the forum, and where was it held?"), or None. Also when
    the same question word opens both, with nothing between ("What month was the summit what month is the state
    visit"), and when a bare question word is added ("Who visited South Korea on 2 July and why?": why did he)."""
    composed = _split(_COMPOSED, question)
    if composed is not None:
        return composed
    repeated = _REPEATED_WH.match(question.strip())
    if repeated is not None:
        return repeated.group("first").strip(" ,;"), repeated.group("second").strip()
    added = _ADDED_WH.match(question.strip())
    if added is not None:
        first = added.group("first").strip(" ,;")
        rest = _LEADING_WH.sub("", first, count=1)
        return first, f"{added.group('wh')} {rest}?"
    return None


def split_checked_claim(question: str) -> tuple[str, str] | None:
    """The claim and the question of "KMA is Korea's rocket agency, isn't it? What does the M in KMA stand for?",
    or None: a claim asking nothing, checked with a tag ("right?", "isn't it?", "yes?") or trailing off ("..."),
    then a question."""
    match = _CHECKED_CLAIM.match(question.strip())
    # (Not a phrase left unfinished for the question to fill in: "... the decision was a new... what was it?")
    if match is None or WH_WORD.search(match.group("claim")) or TRAILED_BLANK.search(question):
        return None
    return match.group("claim").strip(" ,"), match.group("question").strip()


def split_dashed(question: str) -> tuple[str, str] | None:
    """The two questions of one with a second after a dash ("how many weeks later was that - on what date?"), or
    None."""
    return _split(_COMPOSED_DASH, question)


def _asks(text: str) -> bool:
    """Whether the text has a question word, however misspelt ("wher was the forum", "since wen ...")."""
    return WH_WORD.search(text) is not None or any(w in _WH_SLIPS for w in tokenize(text))


# Question words as they are often mistyped (one letter out or swapped): "wher", "wen", "whn", "wat", "hwo". ("were"
# is a word of its own.)
_WH_SLIPS = frozenset(
    [
        "wher",
        "whre",
        "wehre",
        "wen",
        "whn",
        "wehn",
        "whem",
        "wat",
        "wht",
        "waht",
        "whta",
        "hwo",
        "woh",
        "hw",
        "hwat",
        "whihc",
        "wich",
        "whcih",
        "whos",
        "hows",
        "whens",
        "wheres",
        "whats",
        "wats",
    ]
)


def _split(pattern: Pattern, question: str) -> tuple[str, str] | None:
    question = question.strip()
    match = pattern.match(question)
    if match is None:
        return None
    if not (_asks(match.group("first")) or match.group("asked")):
        # "According to Le Gall, what ...?" is one question; "forum date? n who ran it" is two; and so is "Forum in
        # Paris, when exactly, and who ran it?", split further on.
        # (Not at a relative clause, which asks nothing: "The first forum, which must have come before ..., where
        # and when was it?" - though "which of those two came first" picks one.)
        second = match.group("second")
        relative = RELATIVE.match(second) is not None and _PICKS_ONE.match(second) is None
        later = None if relative else _split(pattern, second)
        if later is None:
            return None
        return question[: match.start("second")] + later[0], later[1]
    if corrected_question(question) is not None:
        return None  # "Where was it, I mean, when was it - no, I mean who ran it?" asks the last only
    return match.group("first").strip(" ,;"), match.group("second").strip()


def _counterpart(analysis: Analysis) -> Analysis:
    """The analysis without the pronoun of "his counterpart at KARI", when the question names where: the one in the
    same post there is asked for, not the man "his" points back at."""
    match = _COUNTERPART.search(analysis.text)
    if match is None or not analysis.entities:
        return analysis
    pronouns = list(analysis.pronouns)
    said = match.group("pronoun").casefold()
    if said in pronouns:
        pronouns.remove(said)
    return replace(analysis, pronouns=tuple(pronouns))


def _paired(analysis: Analysis) -> set[str]:
    """The entities the question names two together, joined by "and" ("CNES and KARI")."""
    said = f" {' '.join(tokenize(analysis.text))} "
    named = [t for t in analysis.terms if t.kind == ENTITY]
    return {
        t.key[1:]
        for first, second in pairwise(named)
        if f" {first.surface} and {second.surface} " in said
        for t in (first, second)
    }


def _elliptic(analysis: Analysis) -> bool:
    """Whether the question opens like a follow-up: "And ...", "What about ...", "How about ...", "Same for ..."."""
    words = tuple(w.strip("?,.!") for w in analysis.text.casefold().split())
    opens = any(words[: len(start)] == start for start in _ELLIPSIS_STARTS)
    return opens or _ELLIPSIS_OPENER.match(analysis.text) is not None


def _swapped_text(previous: str, swapped: list[Term], analysis: Analysis) -> str:
    """The previous question as an ellipsis asks it again, one name put for another: "Which KMA official did Le
    Gall meet?" then "What about KARI?" is "Which KARI official did Le Gall meet?" - so that what was asked for (a
    person, here) is still what is asked. The question as it stands unless one name is swapped for one."""
    new = [t for t in analysis.terms if t.kind == ENTITY]
    if len(swapped) != 1 or len(new) != 1:
        return analysis.text
    was = _written(swapped[0].surface, previous)
    now = _written(new[0].surface, analysis.text)
    if was is None or now is None:
        return analysis.text
    return f"{previous[: was.start()]}{now.group()}{previous[was.end() :]}"


def _written(surface: str, text: str) -> re.Match[str] | None:
    """Where the words of a term's surface ("le gall") are written in the text ("Le Gall"), if they are."""
    words = surface.split()
    if not words:
        return None
    return re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.IGNORECASE)


def _without_opener(analysis: Analysis) -> Analysis:
    """The question without the words that only open an ellipsis ("same for KMA": the KMA)."""
    opener = _ELLIPSIS_OPENER.match(analysis.text)
    if opener is None:
        return analysis
    words = set(tokenize(opener.group()))
    return replace(analysis, terms=tuple(t for t in analysis.terms if not set(tokenize(t.surface)) <= words))


def _only_classes(analysis: Analysis) -> bool:
    """Whether the question names a kind of thing and asks nothing else: "And the navigation system?" after "What new
    launch vehicle ...?" asks the same of it."""
    return any(t.key in CLASS_WORDS for t in analysis.terms) and all(
        t.key in CLASS_WORDS or t.kind == QUESTION for t in analysis.terms
    )


def _points_at_a_statement(analysis: Analysis) -> bool:
    """Whether the question's only reference is "that" or "this" and it asks about saying: "who said that?" (or
    "it", when it asks who said it)."""
    return (
        bool(analysis.pronouns)
        and set(analysis.pronouns) <= {"that", "this", "it"}
        and not analysis.entities
        and any(t.key == SYNONYM + "quote" for t in analysis.terms)
        # ("it" only when who said it is asked: "what did he say about it?" means a thing.)
        and ("it" not in analysis.pronouns or any(t.key == QUESTION + "who" for t in analysis.terms))
    )


# "the second person", "the first agency", "the latter": one of several things the last answer named, by its place.
_ORDINAL_POSITIONS = {"first": 0, "former": 0, "second": 1, "latter": -1, "last": -1, "third": 2}
# The nouns for a person that both "the other ..." and "that ..." point with.
_POINTED_PERSONS = (
    "man",
    "person",
    "official",
    "gentleman",
    "boss",
    "chief",
    "leader",
    "guy",
    "fella",
    "bloke",
    "chap",
)
_NOUN_TYPES: dict[str, tuple[EntityType, ...]] = {
    **dict.fromkeys((*_POINTED_PERSONS, "people", "feller", "gent", "dude", "lady", "woman"), (EntityType.PERSON,)),
    # (a post, or a nationality said of a person: "the other Korean head", "the other Korean he met")
    **dict.fromkeys(("head", "korean", "frenchman"), (EntityType.PERSON,)),
    "agency": (EntityType.ORGANISATION,),
    "organisation": (EntityType.ORGANISATION,),
    "organization": (EntityType.ORGANISATION,),
    "institution": (EntityType.ORGANISATION,),
}
_ORDINAL_REFERENCE = Pattern(
    rf"\bthe\s+(?:(?P<ordinal>{'|'.join(_ORDINAL_POSITIONS)})\s+(?P<noun>{'|'.join(_NOUN_TYPES)}|one)s?"
    r"|(?P<bare>former|latter))\b",
    re.IGNORECASE,
)
# "the space one", "the weather guy": one of several things just named, by a word its names say (see
# `Conversation._described_reference`).
_DESCRIBED_REFERENCE = Pattern(
    rf"\bthe\s+(?P<word>[a-z]+)\s+(?P<noun>{'|'.join(_NOUN_TYPES)}|one|outfit|lot|body|institute|crowd)\b",
    re.IGNORECASE,
)
# A subject put first, before the comma of the question about it.
_FRONTED = Pattern(r"^\W*(?:(?:and|so|but|ok|okay|now)\W+)?(?P<subject>[^,?]+?)\s*,\s*\S", re.IGNORECASE)
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
# "the other one", "the other guy": the one left of a pair (see `Conversation._other_reference`).
# ("the other Korean official", "and president of other agency?")
_OTHER_REFERENCE = Pattern(
    rf"\b(?:the\s+)?other\s+(?:[a-z]+\s+)?(?P<noun>{'|'.join(_NOUN_TYPES)}|one)\b", re.IGNORECASE
)
# What a common noun after "that", "this" can stand for: "that initiative" is the programme in focus.
_DEMONSTRATED_TYPES: dict[str, tuple[EntityType, ...]] = {
    **dict.fromkeys(
        ("initiative", "project", "programme", "program", "system", "observatory"), (EntityType.PROGRAMME,)
    ),
    **dict.fromkeys(("visit", "trip", "event", "meeting", "occasion"), (EntityType.EVENT,)),
    **dict.fromkeys(("agency", "organisation", "organization", "institute", "institution"), (EntityType.ORGANISATION,)),
    **dict.fromkeys(_POINTED_PERSONS, (EntityType.PERSON,)),
}
_DEMONSTRATIVE = Pattern(
    rf"\b(?:that|this|these|those)\s+(?P<noun>(?:{'|'.join(_DEMONSTRATED_TYPES)})s?)\b", re.IGNORECASE
)
# A preposition and a question word, nothing else: the previous question, asking for that preposition's object.
_BARE_OBJECT_QUESTION = Pattern(r"^\W*(?:and\s+)?[a-z]+\s+(?:what|which|whom|who)\W*$", re.IGNORECASE)
# A question asking who or what a group is ("Who are the partners in the SCO?"): "they" next means that group.
_ASKED_GROUP = Pattern(
    r"^\W*(?:who|what|which)(?:\s+|['\u2019]s\s+)(?:(?:are|were)\s+(?:the|all\s+the)\s+\w+|(?:(?:is|are|was|were)\s+)?"
    r"(?:involved|taking\s+part|participating|in\s+(?:on\s+)?(?:the|it|this|that)\b|part\s+of|members?\s+of)"
    r"|(?:takes?|took)\s+part|participates?|participated)",
    re.IGNORECASE,
)
_WHERE_OR_WHEN = frozenset({QUESTION + "where", QUESTION + "when"})  # questions placing a thing, not naming it
_WHICH = Pattern(r"^\W*(?:which|what)\s+(?P<rest>.+)", re.IGNORECASE | re.DOTALL)
_WHOSE = Pattern(r"^\W*whose\b", re.IGNORECASE)
_WHAT_ASKED = Pattern(r"^\W*(?:(?:and|so|ok|okay)\W+)?what\s+(?:did|does|do)\b", re.IGNORECASE)
# (Anywhere: "This trip is preparation for which state visit?")
_WHICH_OR_WHOSE = Pattern(r"\b(?:which|what|whose)\s+(?P<rest>.+)", re.IGNORECASE | re.DOTALL)


# "and about X?": the previous question about X instead; "about ..." up to the end of its clause is what it is about.
_ABOUT_ELLIPSIS = Pattern(
    r"^\W*(?:(?:and|but|so|ok|okay)\W+)?(?:about|regarding|concerning)\s+(?P<thing>[^?]+?)\W*$", re.IGNORECASE
)
_ABOUT = Pattern(r"\b(?:about|regarding|concerning)\s+(?P<thing>[^?,;.!]+?)\s*(?:[?,;.!]|$)", re.IGNORECASE)


def _asked_entity(analysis: Analysis) -> str | None:
    """The entity a "which ..." question asks for by its kind: the one named right after "which" ("Which forum came
    before the visit?" - the forum); or the one a "whose ..." question asks the owner of ("Whose state visit is
    being prepared?" - the state visit, what "when is it?" asks about next)."""
    match = _WHICH_OR_WHOSE.search(analysis.text)
    if match is None:
        return None
    rest = " ".join(tokenize(match.group("rest")))
    for t in analysis.terms:
        if t.kind == ENTITY and rest.startswith(" ".join(tokenize(t.surface))):
            return t.key[1:]
    return None


def _topic_entity(analysis: Analysis) -> str | None:
    """The entity named first after "about" ("Tell me about the forum that came before this trip" - the forum), or
    None."""
    match = _ABOUT.search(analysis.text)
    if match is None:
        return None
    thing = " ".join(tokenize(match.group("thing")))
    named = [t for t in analysis.terms if t.kind == ENTITY and f" {' '.join(tokenize(t.surface))} " in f" {thing} "]
    if not named:
        return None
    return min(named, key=lambda t: thing.find(" ".join(tokenize(t.surface)))).key[1:]


# The words of a fragment asking what part something plays (see `Conversation._subject_in_hand`).
_PART_WORDS = frozenset(["role", "roles", "part", "involvement", "contribution", "input", "job", "hand"])
# A bare fragment of a follow-up: a few words and no question word ("CNES role?", "KARI's part?").
_FRAGMENT = Pattern(rf"^\W*(?!.*\b{WH})(?:[\w'\u2019-]+\s*){{1,3}}\W*$", re.IGNORECASE)


def _only_entities(analysis: Analysis) -> bool:
    return all(t.key.startswith(ENTITY) for t in analysis.terms)


def _merge(first: list[Term], second: list[Term]) -> list[Term]:
    keys = {t.key for t in first}
    return first + [t for t in second if t.key not in keys]
