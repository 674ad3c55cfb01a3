"""The shapes of questions, as patterns: clauses, choices offered, claims and tags, dates, purposes and asides.

`qa.analysis` reads a question's words against the knowledge; these say how the words are put together around them
- what opens a relative clause, what makes a claim to check, where a remark ends and the question starts. Plain
regular expressions and word sets, with no knowledge of any store.
"""

from __future__ import annotations

import re

from qa.kinds import QUESTION, SYNONYM
from qa.patterns import Pattern


def _clause(markers: str) -> Pattern:
    """A clause opened by one of `markers` after a word (its head), running to a mark that ends a clause."""
    return Pattern(rf"(?P<head>[^\W_][\w'’]*)\s+(?:{markers})\s+(?:(?!\s[-–—]\s)[^,;:?!.()–—])+", re.IGNORECASE)


# A relative clause: "the agency *that Le Gall met*".
RELATIVE_CLAUSE = _clause("that|who|whom|which|whose")
# ... or one with no word to open it, ending on a verb of meeting: "the other agency *Le Gall met*", "the aerospace
# institute *the CNES man sat down with*" (a head word, then a few words naming who met, then the verb).
_MET = r"(?:met|visited|saw|briefed|sat\s+(?:down\s+)?with|went\s+to\s+see|spoke\s+(?:to|with)|talked\s+(?:to|with))"
BARE_RELATIVE_CLAUSE = Pattern(
    r"(?P<head>[^\W_][\w'’]*)\s+(?:the\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+)?"
    rf"(?:(?!(?:that|who|whom|which|whose)\b)[^\W\d_][\w'’-]*\s+){{1,3}}?{_MET}(?=\s*(?:[,;:?!.]|$))",
    re.IGNORECASE,
)
# (Its verb ending a clause, looked for first: the whole pattern is slow to try at every word.)
MET_AT_CLAUSE_END = Pattern(rf"\b{_MET}(?=\s*(?:[,;:?!.]|$))", re.IGNORECASE)
# What a question sets apart: "apart from X, what else ...", "besides X, which ...".
SET_APART = Pattern(
    r"\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding|not counting|in addition to"
    r"|(?:leaving|setting|putting|leave|set|put) aside|as opposed to|rather than|instead of|not including"
    # (or "not" opening a sentence or a part of one: "Where did the SCO go live? Not the announcement, the start.")
    r"|(?:(?<=[.?!,;:]\s)|(?<=^))not(?=\s+(?:the|a|an|his|its|their|that|this)\b))\s+"
    r"(?P<body>[^,;:?!.]+?)(?=\s*[,;:?!.]|\s+(?:what|which|who|whom|where|when|how|has|have|had|did|does|do|is|are"
    r"|was|were|can|could)\b)",
    re.IGNORECASE,
)
# A description put after the question's subject at its end: "Who heads the KMA, *the weather people the French
# visitor sat down with*?" says which agency, as a relative clause does.
APPOSITIVE = Pattern(r",\s+(?:the|those|these)\s+[^,;:?!.]+?\W*$", re.IGNORECASE)
OFFERS_CHOICE = Pattern(r"\bor\b", re.IGNORECASE)  # (a description offering choices describes nothing)
RELATED_TO = Pattern(r"\b(?:of|for|with|by|at)\b", re.IGNORECASE)  # "an organiser *of* the forum"
# A clause of time inside a question that asks something else: "Who ran KARI *when the CNES president came over*?".
TIME_CLAUSE = _clause("when|while|whilst|once")
# ... or a time put after a comma by what came before or after it: "Where was the SCO first announced, *before its
# proper launch*?" asks where it was announced, not launched.
TIMED_BY = Pattern(
    r"(?P<head>[^\W_][\w'’]*)\s*,\s*(?:(?:just|shortly|long|well)\s+)?(?:before|after|ahead\s+of|prior\s+to)\s+"
    r"(?!or\b|and\b|that\b|then\b)[^,;:?!.()–—]+",
    re.IGNORECASE,
)
QUESTION_WORD = Pattern(r"\b(?:who|whom|whose|what|which|where|why|how)\b", re.IGNORECASE)
# A clause of time that opens a question asking something else: "*When the CNES president went over to Korea,* who
# did he meet?" - a "when" with a subject after it, not a question's verb ("When did he go, and who ...?").
OPENING_TIME_CLAUSE = Pattern(
    r"^\W*(?:when|while|whilst|before|after|once|until)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|shall"
    rf"|exactly|precisely|roughly|approximately)\b)[^,;:?!.]+[,:](?=[^?]*{QUESTION_WORD.pattern})",
    re.IGNORECASE,
)
# Words that only say which one, interchangeable inside a phrase (see `Analyzer.__init__`).
DETERMINERS = ("the", "a", "that", "this", "his")
# A question word, and the pattern that finds one (the conversation splits questions by them too).
WH = r"(?:who|whom|whose|what|which|where|when|why|how)\b"
WH_WORD = Pattern(rf"\b{WH}", re.IGNORECASE)
# Where a question's sentences and parts end: "... one detail: at which show ...", "... client. In one sentence, ...".
_SENTENCE_END_SOURCE = (
    # (after two letters - an initial's full stop, "J. Smith", ends nothing - or a possessive: "at St Mary's. Who
    # ..."; after a number too, a space following: "lunch in 5. since when ...", "the KSLV-2? I should like ...")
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=[\w)][!?])|(?<=\d\.)|(?<=[^\W\d_]['\u2019]s[.!?]))[.!?]*\s+"
    r"|(?:\.\.\.|\u2026)\s+|[;:]\s+|\s[-\u2013\u2014]\s|\s[:;]-?[()DPp]+\s+"
    r"|\s*[\u2600-\u27bf\U0001f300-\U0001faff]+[\ufe0f\s]*\s"  # (an emoji: "red bags everywhere 🙄 whats ...")
)
SENTENCE_END = Pattern(_SENTENCE_END_SOURCE, re.IGNORECASE)
# ... and where a question starts after a comma: "Since the early 2000s, what has CNES done?", "Call me cynical, but
# how is this trip tied to the state visit?" - or where the asker says after it what the answer is for: "What's the
# full name of the CNES president, so I can signwrite it right?"
SEGMENT_END = Pattern(
    rf"{_SENTENCE_END_SOURCE}|,\s+(?:but\s+)?(?=(?:could|can|would|will)\s+you\b|please\b|tell me\b|{WH})"
    rf"|\s+but\s+(?={WH})"  # ("omg this is so boring but what did france n korea sign in 2015")
    r"|,\s+(?=so\s+(?:that\s+)?(?:i|we)\b)",
    re.IGNORECASE,
)
_YES_NO_VERBS = "is|are|was|were|did|does|do|has|have|had"  # what a yes/no question opens with
# What makes a part of the text a question: a question word, or a yes/no question's verb (or a request) first.
ASKS = Pattern(rf"\b{WH}|^\W*(?:{_YES_NO_VERBS}|can|could|will|would|should|name|list|give|tell)\b", re.IGNORECASE)
# Words after a question that ask for names, which the question alone may not: "... did CNES work on? Names, please."
NAMES_WANTED = Pattern(r"\bnames\b", re.IGNORECASE)
WHO_ASKED = Pattern(r"\b(?:who|whom)\b", re.IGNORECASE)
# Words by which the asker speaks of themselves.
ASKER = Pattern(r"\b(?:i|i'm|i’m|im|my|me|we|we're|our|us)\b", re.IGNORECASE)
# ... and a remark opened by them, about themselves: "I keep the flower rota at St Mary's."
ABOUT_ASKER = Pattern(r"\W*(?:i|i'm|i’m|im|i've|i’ve|my|we|we're|we’re|we've|we’ve|our)\b", re.IGNORECASE)
# Whether the asker speaks of themselves at all (a cheap test before the patterns that need it).
SPEAKS_OF_ASKER = Pattern(r"\b(?:i|we)\b", re.IGNORECASE)
# A yes/no question asked of a topic named before it, or a claim about it tagged to be checked: "That forum earlier
# in the year - was it held in Lyon?" (see `Analyzer.topic_put_in`).
TOPIC_FIRST = Pattern(
    r"^\W*(?P<topic>(?:(?![-\u2013\u2014]\s)[^\s?!.;:]+\s+){0,7}?[^\s?!.;:]+)(?:\s+[-\u2013\u2014]\s+|:\s+)"
    r"(?:(?P<verb>was|is|were|are|did|does|do|has|had|will)\s+(?:it|that|they|he|she)\b"
    # (... or a claim about it, tagged to be checked: "The forum in the spring - that was held in Lyon, wasn't it?")
    r"|(?:it|that|they|he|she)\s+(?P<said>was|is|were|are|has|had|will)\b)(?P<rest>[^?]*)\?\W*$",
    re.IGNORECASE,
)
# A time that comes round again, or one of the asker's: "every year", "once a week", "our windiest day" (see
# `Analyzer._coda`).
RECURRING_TIME = Pattern(
    r"\b(?:every|each|per|a|once\s+a|twice\s+a|(?:our|my)(?:\s+[a-z]+)?)\s+(?P<unit>year|month|week|day)\b",
    re.IGNORECASE,
)
# A request to be put right, said after a claim: "Correct me if I'm muddled.", "Put me right, would you.", "Or have I
# got the month wrong?", "I lose count of these things." (see `Analyzer._correction_asked`) ...
CORRECTION_ASKED = Pattern(
    r"\b(?:correct\s+me|put\s+me\s+(?:right|straight)|set\s+me\s+(?:right|straight)|(?:got|get|have|had)\s+(?:\w+\s+){0,3}"
    r"(?:wrong|mixed|muddled|confused)|wrong|mistaken|misremember\w*|muddl\w*|mix\w*\s+(?:\w+\s+)?up|lose\s+count"
    r"|keep\s+(?:\w+\s+)?straight|(?:can[’']?t|cannot|never)\s+remember|forg[eo]t\w*|memory)\b",
    re.IGNORECASE,
)
# ... or another guess left open: "Or was it earlier than that?", "Or was it something else?".
OR_OTHERWISE = Pattern(
    r"^\W*or\s+(?:was|is|did|were|are)\s+(?:it|that|he|she|they)\s+(?:\w+\s+)?(?:earlier|later|else|before|after|different"
    r"|another|other)\b",
    re.IGNORECASE,
)
# A time or place of the asker's own, said after a question: "... when you're crossing dunes", "... where I work" - a
# question word that asks nothing (see `Analyzer._coda`).
ASKERS_WHEN = Pattern(
    r"\b(?:(?:when|whenever|where|wherever|while)\s+(?:i|we|you|i'm|we're|you're|i’m|we’re|you’re|my|our)|back\s+when)\b",
    re.IGNORECASE,
)
# Where the asker comes back from a digression to the question: "Found fusion crust on a chondrite!!! anyway lol who
# heads KARI?", "..., took me all afternoon. Anyway - that Korean chap, what outfit is he president of?" (see
# `Analyzer.after_digression`).
BACK_FROM_DIGRESSION = Pattern(
    r"(?:[.!?,;:]|\s[-\u2013\u2014])\s*(?:(?:but|so|ok|okay|right)\s*,?\s+)?(?:anyway|anyways|anyhow|moving on"
    r"|enough about (?:me|that)|but i digress|where was i)\b[\s,:;.!\u2013\u2014-]*(?:(?:lol|haha|ha)\b[\s,]*)?",
    re.IGNORECASE,
)
# A likeness the asker draws, as a sentence of its own: "Like prepping the kids before the big assembly."
LIKENESS = Pattern(r"^\W*(?:(?:a\s+bit|kind\s+of|sort\s+of|just)\s+)?like\s+(?!that\b|this\b)", re.IGNORECASE)
# A question word that asks, not one that only points at what was said: "they help with what rocket", but not "That's
# what my neighbour told me." (see `Analyzer._coda`).
ASKING_WH = Pattern(
    rf"(?<!\bthat's\s)(?<!\bthat’s\s)(?<!\bthats\s)(?<!\bthat is\s)(?<!\bit's\s)(?<!\bit’s\s)\b{WH}", re.IGNORECASE
)
# How someone is described, or styled: their title (see `Analyzer._analyse_question`).
PERSON_DESCRIBED = Pattern(
    r"^\W*how\s+(?:is|was)\s+[^?]+?\s+(?:described|referred\s+to|styled|titled|introduced)\b", re.IGNORECASE
)
# The day something happened, said as the time of what is asked: "What was the weather like on the day of the visit?".
DAY_SETTING = Pattern(r"\bon\s+(?:(?:the|that|this)\s+)?(?:very\s+|same\s+)?day\b", re.IGNORECASE)
# When the asker asks, said after the question: "Name of the CNES president, quick, before I go up the next lift?"
ASKERS_TIME = Pattern(
    r",\s*(?P<clause>(?:before|after|while|whilst|until|till|once|as)\s+(?:i|we)\b[^,;:?!.]*)[?!.\s]*$", re.IGNORECASE
)
# What the asker will do with the answer, said after the question word: "Which date do I circle?", "what figure would
# I start from?" ask for a date and a figure; circling and starting are the asker's (see `Analyzer._askers_use`).
ASKERS_USE = Pattern(
    rf"(?:^|[.!?,;:]\s*)\W*{WH}(?:\s+[\w'\u2019-]+){{0,2}}?\s+(?:would|do|did|should|could|will|can|might|must|shall)"
    r"\s+(?:i|we)\s+(?P<use>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\W*$",
    re.IGNORECASE,
)
# A small number of the things asked for, before them: "which 2 korean agencies" (see `Analyzer._counting`). Not "the
# two countries", which may be how the release names them.
COUNTED_THINGS = Pattern(
    r"\b(?:which|what)\s+(?P<count>\d|two|three|four|five|six)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+s\b",
    re.IGNORECASE,
)
# A likeness the asker draws after the question, from their own world: "Where was the SCO launched? Like christening
# a new narrowboat?", "Who developed KASS, the way you'd have a main contractor on a lock rebuild?" - after a mark
# that ends a clause, "like" (or "as if", "the way you'd") and a thing or a doing, to the end of the sentence. The
# asker likening themselves needs no mark before it: "... for regular folks like me flipping dogs on the corner?".
LIKENED = Pattern(
    r"(?:(?:[,;:?!.]|\s[-–—])\s*(?:(?:just|kind\s+of|sort\s+of|a\s+bit|much|rather)\s+)?|\s(?=like\s+(?:me|us)\b))"
    r"(?P<clause>(?:like\s+(?:a|an|the|my|our|your|his|her|their|some|one|[^\W\d_]+ing|i|you|we|me|us|if)\b"
    # (or as one would do something: "Kindly list the leaders he met, as one would the names on a service sheet.")
    r"|as\s+(?:if|though)\b|as\s+(?:one|you|i|we)\s+(?:would|might|do|does|did)\b|the\s+way\s+(?:you|i|we)\b)"
    r"[^?!.;]*)",
    re.IGNORECASE,
)
# ... unless it points back at what the question is about: "..., like launching stuff for them?" is an example asked.
POINTS_BACK = Pattern(r"\b(?:them|they|it|him|he|she)\b", re.IGNORECASE)
# An opening that says what the answer is for: "For a school report on partnerships, ...", "As a teacher, ...".
PURPOSE = Pattern(rf"^\W*(?:for|as)\b(?:(?!\b{WH})[^,:;?]){{3,}},", re.IGNORECASE)
# A request ("Expand the acronym KMA ...") and what it may end on: whom or what the answer is for ("... for my
# briefing sheet", "... for a humble starship cadet").
REQUEST = Pattern(
    r"^\W*(?:please\s+)?(?:expand|decode|spell|explain|tell|give|list|name|describe|summari[sz]e|define|write|remind"
    r"|confirm)\b",
    re.IGNORECASE,
)
PURPOSE_TAIL = Pattern(r"\s+for\s+(?:my|our|a|an|your|his|her|the)\s+(?:[\w'-]+\s+){0,3}[\w'-]+\W*$", re.IGNORECASE)
# ... and, after a comma, what any question may end on ("Which city, for the message slip?").
# (Also after how to put it: "What's the KSLV-2, in plain words for a waller?")
AFTER_COMMA_PURPOSE = Pattern(
    r"(?<=,)\s*(?:(?:in\s+(?:[\w']+\s+){0,2}(?:words|terms|english|language)|simply|briefly|roughly)\s+)?"
    r"for\s+(?:my|our|a|an|your|the)\s+(?:[\w'-]+\s+){0,3}[\w'-]+\W*$",
    re.IGNORECASE,
)
# A worksheet's numbering and marks, no part of what is asked: "Q2. State the main purpose of ...", "Q4 Explain what
# the SCO will help us to do. (2 marks)", "whats the date le gall was in korea, need it for q3".
WORKSHEET_LABEL = Pattern(
    r"^\W*(?:q|qn|question|task|exercise)\s*\.?\s*\d{1,3}[a-z]?\s*[.):\-\u2013]*\s+"
    # (... or a quiz's: "For five points: which ...?", "Bonus point: name that boss!")
    r"|^\W*(?:bonus\s+(?:points?|question|round)|for\s+(?:\w+\s+)?points?|tie-?breaker|final\s+question)\s*[:!.\-\u2013]\s*"
    r"|\s*\(\s*\d{1,2}\s*(?:marks?|points?|pts?)\s*\)"
    r"|,?\s*(?:(?:i\s+)?need\s+it\s+)?for\s+(?:q|qn|question)\s*\d{1,3}[a-z]?\b",
    re.IGNORECASE,
)
# A blank to fill in stands for what is asked: "the SCO was officially launched at the ______ last week".
BLANK = Pattern(r"_{3,}|\.{4,}")
# ... and so do dots where a phrase trails off unfinished, after an article and a word, with what asks for it: "le gall
# said the korean decision was a new... what was it?" asks "a new what?".
TRAILED_BLANK = Pattern(
    r"\b(?P<kept>(?:a|an|the)\s+[^\W\d_]+)\s*(?:\.{3,}|\u2026)\s*"
    r"(?:(?:what|which)\s+(?:was|is)\s+(?:it|that|the\s+word)\b|(?:what|which)\s+(?:word|one)\b|(?=(?:what|which)\b))",
    re.IGNORECASE,
)
# "The thing" points back as "it" does: "Which summit announced the SCO? - and where'd they officially launch the
# thing?"
THE_THING = Pattern(
    r"\bthe\s+(?:whole\s+)?(?:thing|thingy|thingie|whatsit)\b(?!\s+(?:that|which|who|with|about|of|is|was)\b)",
    re.IGNORECASE,
)
# What came first, said of a thing, is what came before: "The forum in Paris came first, I believe" names no first
# edition of it (but "he came first time to Korea" is his first visit).
CAME_FIRST = Pattern(
    r"\b(?P<verb>came|come|comes|happened|happens|took\s+place|occurred)\s+first\b(?=\s*(?:[,;:.!]|$))",
    re.IGNORECASE,
)
# How to put the answer, with any word inside: "In plain workshop terms, what's the SCO meant to do?" asks nothing of
# a workshop.
IN_PLAIN_TERMS = Pattern(
    r"\bin\s+(?:plain|simple|simpler|layman['\u2019]?s|lay|basic|everyday|normal|non-technical|easy)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:terms|words|english|language)\b",
    re.IGNORECASE,
)
# Where a short word of another language stands as a particle (see `Analyzer._particles`): before a mark or at the
# end ("... climate change gyud?", "hello bambo, ..."), or in a run after the last comma ("..., kuv xav paub.") - and
# where a word is a name a preposition governs instead ("did le gall go to busan").
WORD_BEFORE_MARK = Pattern(r"\b([^\W\d_]+)\s*(?:[,.!?;:]|$)")
TRAILING_RUN = Pattern(r",\s*(?P<run>(?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\W*$")
GOVERNED_WORD = Pattern(
    # (the word after it looked at, not taken: "up to in busan" has "in" and "busan" governed)
    r"\b(?:to|in|at|from|with|of|for|about|by|on|into|near|visit|visited|visiting|and|or)\s+(?=([^\W\d_]+))",
    re.IGNORECASE,
)
# The other way round, offered after a yes/no question: "Is the SCO a CNES idea, or did somebody else dream it up?"
OTHER_WAY = Pattern(
    r",?\s+or\s+(?:[\w'’]+\s+){0,4}(?:some|any|no)(?:where|place|one|body|thing)\s+else(?:['’]s)?(?:\s+[\w'’]+){0,3}\W*$",
    re.IGNORECASE,
)
# Days and months, which a question may offer to be confirmed or chosen from rather than state ("may" and
# "march" are verbs too often to be read so).
DAY_NAMES = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
CALENDAR = Pattern(
    rf"\b(?:{DAY_NAMES}|january|february|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# A day of the month with its month, either way round ("3 June", "May 3rd"): with a number next to it, "may" and
# "march" are months. Offered to be checked, the day goes with the month (see `Analyzer._offered`).
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
DAY_OF_MONTH = Pattern(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\b"
    rf"|\b(?P<month2>{_MONTH_NAMES})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# A date before a noun, saying which one: "the July meetings", "that 3 April forum" (see `Analyzer._dated`).
DATED_NOUN = Pattern(
    r"\b(?:the|that|this|these|those)\s+"
    rf"(?P<date>(?:(?:{DAY_NAMES})\s+)?(?:\d{{1,2}}\s+)?"
    r"(?:january|february|april|june|july|august|september|october|november|december)(?:\s+\d{1,2})?)"
    r"\s+(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
# ... or after it: "the meeting in July", "that forum on 3 April".
DATED_AFTER_NOUN = Pattern(
    r"\b(?:the|that|this|these|those)\s+(?P<noun>[^\W\d_]+)\s+(?:in|on|of)\s+"
    rf"(?P<date>(?:(?:{DAY_NAMES})\s+)?(?:\d{{1,2}}\s+)?"
    r"(?:january|february|april|june|july|august|september|october|november|december)(?:\s+\d{1,2})?)\b",
    re.IGNORECASE,
)
WHAT_FOR = Pattern(
    r"^\W*(?:and\s+|so\s+)?what(?:\s+(?:was|is|were|are|did|does|do)|['\u2019]s|s|['\u2019]re)\b[^?]*\bfor\b"
    r"(?P<after>[^?]*)\W*$",
    re.IGNORECASE,
)
WHAT_FOR_LATER = Pattern(
    r"\bwhat(?:\s+(?:was|is|were|are|did|does|do)|['\u2019]s|s|['\u2019]re)\b[^?]*\bfor\b(?P<after>[^?]*)\W*$",
    re.IGNORECASE,
)
# "What did he go there to do?", "the main thing he came to Korea to do": what one went somewhere to do is why.
WENT_TO_DO = Pattern(
    r"^\W*(?:and\s+|so\s+)?what\b[^?]*\b(?:go|goes|going|gone|went|come|comes|coming|came|travel\w*|fl[ye]w?\w*"
    r"|head\w*|visit\w*|there|here)\b[^?]*\bto\s+do\b",
    re.IGNORECASE,
)
# The main task of a trip is what it was for (see `Analyzer.analyse`).
MAIN_JOB = Pattern(
    r"\b(?:main|chief|real|key|big|principal)\s+(?P<job>job|business|task|mission|errand|assignment)\b", re.IGNORECASE
)
VISIT = "visit"  # the synonym group of visiting (a trip's main job is why it was made)
# "What took him there?", "what brought Le Gall to Korea?": what takes one somewhere is why one goes (and "what event
# took him there?" which event - see `Analyzer._analyse_question`).
WHAT_TOOK = Pattern(
    r"^\W*(?:and\s+|so\s+|but\s+)?what\s+(?:(?P<noun>\w+)\s+)?"
    r"(?:took|takes|brought|brings|drew|draws|led|leads|sent|sends)\s+"
    r"(?:\w+\s+){1,4}?(?:there|here|over|back|to)\b",
    re.IGNORECASE,
)
# Terms of a "what ... for" question that ask something else than why: "who for", "what does KSLV stand for".
# "How ... supposed to ...?": the modal asks nothing of the purpose (see `Analyzer.analyse`).
HOW_SUPPOSED = Pattern(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?how\b[^?]*\b(?:supposed|meant|intended)\s+to\b", re.IGNORECASE
)
MODAL_WHY = frozenset(("supposed to", "meant to", "intended to"))
# ... nor "what" a modal's verb takes, other than doing or being: "What are the partners meant to hand over to each
# other?" asks what they hand over ("What is the SCO meant to do?" asks what it is for).
WHAT_SUPPOSED = Pattern(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:what|which)\b[^?]*\b(?:supposed|meant|intended)\s+to\s+"
    r"(?!(?:do|be|achieve|accomplish|help|serve|deliver|bring|offer|provide)\b)[^\W\d_]",
    re.IGNORECASE,
)
NOT_WHY = frozenset((QUESTION + "why", QUESTION + "who", SYNONYM + "acronym"))
WORD_MONTHS = frozenset({"march", "may"})  # months that are words too, left out of `CALENDAR`
DAY_NAME = Pattern(rf"\b(?:{DAY_NAMES})\b", re.IGNORECASE)
ENDS_IN_DATE = Pattern(rf"(?:{CALENDAR.pattern}|\b(?:19|20)\d\d\b)\W*$", re.IGNORECASE)
# A date a statement ends on, said as when something is: "... is in December", "... was on a Friday", "... was in
# july too?" (not "And before that, back in December?", which asks what was then).
DATE_SAID = Pattern(
    r"(?:\b(?:is|was|are|were|be|been|held|happened|happens)|['\u2019]s)\s+(?:in|on)\s+(?:(?:a|an|the)\s+)?"
    rf"(?:{CALENDAR.pattern}|\b(?:19|20)\d\d\b)(?:\s+(?:too|as well|also|again))?\W*$",
    re.IGNORECASE,
)
CHOICE = Pattern(rf"{CALENDAR.pattern},?\s+or\s+(?:on\s+|in\s+)?(?:an?\s+|the\s+)?{CALENDAR.pattern}", re.IGNORECASE)
# Two names offered to choose from where a question ends: "...: Paris or Toulouse?", "..., KARI or the KMA?".
NAMED_CHOICE = Pattern(
    r"[:,\u2013\u2014-]\s*(?:(?:was it|is it|the)\s+)?(?P<a>[^,:;?!.]+?)\s+or\s+(?:the\s+)?"
    r"(?P<b>[^,:;?!.]+?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# ... or several, the last after "or": "... for how many years, 20, 30 or 40?", "...: Airbus, Thales or Arianespace?"
_OPTION = r"[^\s,:;?!.]+(?:\s+[^\s,:;?!.]+){0,3}?"  # (a name of a few words, not a clause)
LISTED_CHOICE = Pattern(
    rf"[:,\u2013\u2014-]\s*(?:(?:was it|is it|the)\s+)?(?P<options>(?:{_OPTION},\s*)+{_OPTION},?\s+or\s+(?:the\s+)?"
    rf"{_OPTION})\s*[?!.]*\s*$",
    re.IGNORECASE,
)
OPTION_SEPARATOR = Pattern(r",?\s+or\s+(?:the\s+)?|,\s*", re.IGNORECASE)
# ... or guesses in plain words put after a question of its own: "Who attended the Paris forum - was it only the two
# agencies, or a broader guest list?", "How does the release describe the group behind the SCO - a small club or a
# big affair?" (see `Analyzer._guessed_between`).
PLAIN_CHOICE = Pattern(
    r"(?:\s[\u2013\u2014-]|[:,]|(?<=\?)\s)\s*(?:(?:was|is|were|are)\s+(?:it|that|this|they)\s+)?"
    r"(?P<a>[^,:;?!.\u2013\u2014]+?),?\s+or\s+(?P<b>[^,:;?!.\u2013\u2014]+?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# Options lettered as in a quiz: "Was the KASS prime contractor a) Airbus b) Thales Alenia Space c) Arianespace?"
LETTERED_OPTION = Pattern(r"(?:^|\s)\(?(?P<letter>[a-eA-E])\)\s+")
# A claim put as a quiz: "true or false: the forum was in Paris", "heyy true/false: ..."
TRUE_OR_FALSE = Pattern(
    r"^\W*(?:[^\W\d_]+\W+){0,2}?(?:true\s*(?:or|/)\s*false|t\s*/\s*f)\s*[:?,\u2013\u2014-]+\s*(?P<claim>\w.*?)[\s?.!]*$",
    re.IGNORECASE | re.DOTALL,
)
# The other answer offered after a question as a question of its own: "... in Paris? or was it Seoul? which one?"
SPLIT_CHOICE = Pattern(
    r"^(?P<claim>[^?]+?)\s*\?+\s*or\s+(?:(?:was|is|were|are|did|does|do)\s+(?:it|that|this|he|she|they)\s+)?"
    r"(?P<other>[^?]+?)\s*\?*\s*(?:which(?:\s+(?:one|is\s+it|was\s+it|is\s+right|is\s+correct))?\W*)?$",
    re.IGNORECASE,
)
# A question the asker corrects as they write it: "What was the main cargo of that trip - I mean, what was the chief
# reason for going?" asks the second - the last, if corrected again (see `Analyzer._corrected`).
CORRECTED = Pattern(
    r"^.+(?:\s*[-\u2013\u2014,.;:?!]|\s\.\.\.)\s*(?:(?:sorry|no|wait|oops|um+|er+)\W+)*"
    r"(?:i\s+mean|i\s+meant|or\s+rather|correction|let\s+me\s+rephrase|scratch\s+that)\b\W*(?P<question>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# A polite suffix joined to a name: "Lim Cheol-Ho-ssi", "Le Gall-san" (see `Analyzer._without_tag_words`).
NAME_SUFFIX = Pattern(r"(?<=[^\W\d_])-(?P<suffix>[a-z]{2,6})\b")
# A word or two tagged on after a comma where a sentence ends, "..., ludzu?", "..., ek vergeet?", "..., alva? which
# agreement?", or called out before the question, "labas! who ..." (see `Analyzer._without_tag_words`).
TAG_WORD = Pattern(
    r",\s*(?P<word>['\u2019]?[^\W\d_]+(?:['\u2019][^\W\d_]+)*(?:\s+['\u2019]?[^\W\d_]+(?:['\u2019][^\W\d_]+)*)?)"
    r"['\u2019]?(?:\s+(?:please|pls|plz))?"  # (a dropped letter: "darlin'")
    r"\s*(?:[?.!]+(?=\s+\S)|[?.!]*\s*$)",
    re.IGNORECASE,
)
# ... or a greeting of one to four words before it: "Sannu da aiki! who is ...", "Dobar dan. Who heads ...".
CALLED_OUT = Pattern(
    r"^\W*(?P<words>[^\W\d_]+(?:[\s'\u2019]+[^\W\d_]+){0,3}?)\s*(?P<mark>[!?~]+|,|\.)\s*(?P<rest>\w.*)$", re.DOTALL
)
ASKING = Pattern(rf"\b(?:{WH}|tell\b|please\b)", re.IGNORECASE)
# A question word asked where its answer would stand, ending the question: "kslv-2 is a what", "he met who?"
IN_PLACE_WH = Pattern(r"\b(?:who|whom|what|which|where|when)\W*$", re.IGNORECASE)
# (after a word that only turns to the question: "ugh rats all day lol. anyway who organised that paris forum")
OPENS_WITH_WH = Pattern(
    rf"^\W*(?:(?:and|so|but|then|ok|okay|anyway|anyways|anyhow|right|well|alright|now|btw)\W+)?(?:{WH}|whats\b)",
    re.IGNORECASE,
)
# Words put after a question's last comma that ask nothing: "was the forum in paris or seoul, by the way?" ends on its
# choice, as a question is read (see `Analyzer._analyse_question`).
TRAILING_ASIDE = Pattern(
    r",\s*(?:by\s+the\s+way|btw|thanks|thank\s+you|cheers|just\s+(?:wondering|curious|asking)"
    r"|out\s+of\s+(?:interest|curiosity)|if\s+you\s+(?:know|can|could))\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
ENDS_IN_CHOICE = Pattern(r"\bor\s+(?:in\s+|at\s+|to\s+)?(?:the\s+)?[^\W\d_][\w-]+\W*$", re.IGNORECASE)
YEAR = Pattern(r"\b(?:19|20)\d\d\b")
DECADE = Pattern(r"(?<!\w)(?:19|20|')?\d0s\b")  # "the 1990s", "the 80s", "the '80s"
# Two letters or more spelt one by one ("k m a", "K. A. R. I."): perhaps an acronym (`Analyzer._joined_letters`).
SPELT_OUT = Pattern(r"\b[a-z]\W+[a-z]\b(?!')", re.IGNORECASE)
# What follows the last comma or dash of a question, or the question itself: a guess at the answer ("which day was it,
# Tuesday?", "... - was it March?", "when exactly? sometime in july?").
GUESSED = Pattern(
    r"(?:,|\?|\s[\u2013\u2014-])\s*(?:(?:was|is)\s+(?:it|that|this)\s+)?(?P<value>[^,?\u2013\u2014-]{1,40}?)"
    r"(?:\s+(?:was|is)\s+(?:it|that|this))?\W*$",
    re.IGNORECASE,
)
# The words before a place that say it is where something was or happened (see `analysis._places_it`) ...
PLACING_VERBS = frozenset(
    (
        "held",
        "hosted",
        "staged",
        "located",
        "place",
        "launched",
        "announced",
        "organised",
        "organized",
        "happen",
        "happened",
        "be",
        "is",
        "was",
        "were",
    )
)
# ... and words before it that say it is not: "the one in Paris", "back in Korea".
NOT_PLACING = frozenset(("one", "ones", "back"))
# A yes/no question opened by a form of "be": "Was the forum in Toulouse?".
YES_NO_BE = Pattern(r"^\W*(?:so\s+|and\s+)?(?:was|is|were|are)(?:n[’']t)?\b", re.IGNORECASE)
# A place a claim puts something in: "... held in Seoul", "... launched at Cannes".
# (... or where one goes: "Is Moon's state visit going to be to Germany?")
OFFERED_PLACE = Pattern(
    r"\b(?:in|at|(?P<to>(?:visit|visits|trip|go|goes|going|gone|went|travel\w*|head\w*|fl[yi]\w*|flew|be|is|was)\s+to"
    r"|visit(?:s|ed|ing)?))\s+"  # ("Was Le Gall visiting Japan in July?")
    r"(?:the\s+)?(?:([^\W\d_][\w-]+)\s+or\s+(?:in\s+|at\s+|to\s+)?(?:the\s+)?)?([^\W\d_][\w-]+)"
    # (... or followed only by a time said relatively: "launched in lyon last week?", or by where there: "held in
    # Marseille by the harbour?"; a date said with it is offered itself, and is what is checked: "held in Seoul in
    # April?")
    r"(?=(?:\s+(?:last|this|next)\s+(?:week|month|year)|\s+(?:by|near|on|along|beside)\s+the\s+(?P<there>[a-z]+)"
    # (... or by when, which may be right: "Was Le Gall in Japan on 2 July?" - see `Analyzer._offered`)
    rf"|\s+on\s+(?:(?:a|the)\s+)?(?:(?:{DAY_NAMES})\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})"
    rf"|\s+on\s+(?:(?:a|the)\s+)?(?:{DAY_NAMES})|\s+in\s+(?:{_MONTH_NAMES})"
    # (... or by what for, or a likeness the asker draws: "Was Le Gall in Japan for these meetings?", "launched at a
    # show in Lyon, like the fair we go to?")
    r"|\s+for\s+(?:the|these|those|this|that|his|its|their)\s+[a-z]+|\s*,\s*(?:just\s+)?like\b.*"
    r")?\W*$)",
    re.IGNORECASE,
)
# ... or a place or an event of a few words, written like a name: "... launched at the Paris Air Show, didn't it?"
# ... or who did something, named where the claim ends: "KASS is built by Airbus, yeah?", "the forum was organised by
# CNES together with ESA?" (only for what one does or leads: see `DOER_KEYS`).
_NAME_WORDS = r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"  # one to four words written like a name
OFFERED_DOER = Pattern(rf"\b(?:by|(?:together|along|jointly) with)\s+(?:the\s+)?{_NAME_WORDS}\W*$")
DOER_KEYS = frozenset(SYNONYM + k for k in ("organise", "develop", "lead", "contractor"))
# ... or put first as the one who organised it: "Did NASA organise the forum?" (the release names who did; it names
# no one who runs or leads the SCO, whatever NASA or ESA may do there).
OFFERED_DOER_FIRST = Pattern(
    rf"^\W*(?i:did|does|do|has|have)\s+(?:the\s+)?{_NAME_WORDS}\s+"
    r"(?i:(?:co-?)?organi[sz]e)\b"
)
# ... or put first as the holder of a role: "Is Airbus the prime contractor for KASS?".
OFFERED_HOLDER = Pattern(rf"^\W*(?i:is|was)\s+(?:the\s+)?{_NAME_WORDS}\s+(?i:the|a|an)\s")
# ... or stated, as a claim to check: "Airbus is the prime contractor for KASS, right?", "True or false: Airbus is the
# prime contractor for KASS."
OFFERED_HOLDER_STATED = Pattern(
    rf"^\W*(?:(?i:true\s+or\s+false)\W+)?(?:(?i:the)\s+)?{_NAME_WORDS}\s+(?i:is|was)\s+(?i:the|a|an)\s"
)
OFFERED_NAMED_PLACE = Pattern(rf"\b(?:in|at)\s+(?:the\s+)?{_NAME_WORDS}\W*$")
# A statement turned into a question by what follows it: "..., right?", "..., didn't they?", "if I remember well?".
TAGGED = Pattern(
    r"(?:,|\s)\s*(?:right|correct|true|is that (?:right|correct|true|so)|(?:is|was|did|does|do|are|were|has|have)n[’']t"
    r" (?:it|he|she|they|that|there)|if i (?:remember|recall) (?:well|correctly|rightly)"
    # (a denial tagged the other way: "The visit wasn't on a Sunday, was it?")
    r"|(?<=,)\s*(?:is|was|did|does|do|are|were|has|have) (?:it|he|she|they|that|there)"
    r"|(?:or )?am i (?:right|wrong|mistaken|misremembering)|(?:have|did) i (?:got|get) (?:that|it) right"
    r"|could you (?:double[- ]?)?check (?:that|it)(?: for me)?|is (?:that|this|it) (?:accurate|so|a fair reading)"
    r"|(?:is )?that (?:right|correct|true)|no|yes|yeah|yea|eh|or not|or no|or what|or elsewhere"
    # (a claim the asker half-remembers: "... pencilled in for September, I believe?", "... in November, if I recall?")
    r"|i (?:believe|think|reckon|guess|suppose)|if i (?:recall|remember)"
    r"|or (?:some|any|no)(?:where|place|one|body|thing) else|or (?:an|some)?other (?:place|city|one)"
    # (... or one the asker read or was told: "Was the forum in Lyon, as I read somewhere?")
    r"|as (?:i|we) (?:read|heard|saw|was told|were told)(?: (?:somewhere|online|once|it))?"
    r"|as (?:someone|somebody|people|a friend|my \w+) (?:told me|said|says|claims?|reckons?))"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# Someone else's claim put to be checked, with who made it first: "lads on site reckon the koreans built their nav
# system on their own, no contractor. that right?", "our table reckons the sco got launched at the summit".
_HEARSAY_SOURCE = (
    r"(?P<speaker>(?!(?:who|whom|what|which|when|where|why|how|i|we)\b)(?:[^\W\d_][\w'\u2019-]*\s+){1,7}?)"
    r"(?:reckons?|reckoned|swears?|swore|insists?|insisted|reckon(?:ing)?)\s+(?:that\s+)?(?=\w)"
)
HEARSAY = Pattern(rf"^\W*{_HEARSAY_SOURCE}", re.IGNORECASE)
# A statement put forward to be checked: "Correct me if I'm wrong, but the forum was held in Seoul?"
CLAIM_OPENING = Pattern(
    r"^\W*(?:true or false|correct me if i[’']?m wrong|i(?:[’']d| would) argue|it[’']?s (?:claimed|said)"
    r"|i (?:think|believe|heard|read)|if i (?:remember|recall)(?: (?:right|rightly|correctly|well))?"
    # (someone else's claim, as `HEARSAY` reads it, without naming its group: a pattern names a group once)
    rf"|{_HEARSAY_SOURCE.replace('?P<speaker>', '?:')})\b",
    re.IGNORECASE,
)
# A time before now offered with a claim: "launched about a year ago?", "last year?" (not "last week", which the
# release says itself).
RELATIVE_PAST = Pattern(
    r"\b(?:(?:about|around|roughly|some|nearly|almost|over|just|a|an|one|two|three|four|five|six|several|few|couple"
    r"|of|\d+)\s+)*(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|back|earlier)\b"
    r"|\blast\s+(?:year|month|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
# A number of years or decades offered with a claim: "for about 20 years".
SPAN = Pattern(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|a few|a couple of|several)\s+(?:years?|yrs?|decades?)\b",
    re.IGNORECASE,
)
# "Is KASS an Earth-observation satellite?", "Was Lim Cheol-Ho the head of the KMA?": a subject, what it is said to be.
CLASSIFYING = Pattern(
    r"^\W*(?:(?:so|and|but)\s+)?(?:is|was|are|were|isn't|wasn't|aren't|weren't)\s+(?P<subject>[^,;:?]+?)\s+"
    r"(?:an?|the)\s+(?P<predicate>[^,;:?!.]+?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# (also negated: "Wasn't the forum in Seoul?", "Didn't the KMA organise it?")
YES_NO = Pattern(
    rf"^\W*(?:(?:omg|oh|so|ok|okay|hey|um|uh|wait|yo|lol|hmm|well|pardon me|excuse me|sorry)\W+)?(?:{_YES_NO_VERBS})"
    r"(?:n[’']t)?\b",
    re.IGNORECASE,
)
# Generic words that head a relative clause though they mean little themselves: "the guy that ...".
CLAUSE_HEADS = frozenset(("guy", "person", "man", "woman", "one", "people", "official", "someone", "thing", "things"))

DOTTED_ACRONYM = Pattern(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b)?")
POSSESSIVE = Pattern(r"'s\b")
NEGATION = Pattern(r"n't\b")
NEGATED = Pattern(r"\bnot\b|n't\b", re.IGNORECASE)  # "not" or a negated verb: "which of the two is not ..."
CONTRACTION = Pattern(r"'(?:re|ll|ve|d|m)\b")
WORD_PATTERN = Pattern(r"[^\W_]+")
# The words that shape a question in two or a comparison in time (see `Analyzer.respelt`).
SHAPING_WORDS = frozenset(
    ("which", "what", "first", "before", "after", "came", "come", "earlier", "later", "where", "when", "between")
)
# Where Latin letters or digits meet letters of another script (accents are stripped first).
SCRIPT_BOUNDARY = Pattern(r"(?<=[a-zA-Z0-9])(?=[^\W\d_a-zA-Z])|(?<=[^\W\d_a-zA-Z])(?=[a-zA-Z0-9])")
# A noun made an adjective by a hyphenated word says no more than the noun: "satellite-based navigation" is
# satellite navigation, "climate-related" is about climate.
MADE_ADJECTIVE = Pattern(r"(?<=\w)-(?:based|related|oriented|focused|focussed|driven|centred|centered|linked)\b")
ARTICLES = frozenset(("a", "an", "the"))
SHOW = frozenset(("show", "shows", "showed", "shown"))
SHOWS_BEFORE_COMMA = Pattern(
    r"\bwhat\b[^?,]*\b(?:does|did|do)\b[^?,]*\bshow(?=\s*,|\s+(?:about|regarding|of)\b)", re.IGNORECASE
)
# "Did Le Gall like Korea?": after an auxiliary and its subject, "like" is the verb (to enjoy), not a filler.
AUXILIARIES = frozenset(("did", "does", "do"))
LIKE_NOT_A_VERB_AFTER = frozenset(("look", "looks", "looked", "sound", "sounds", "seem", "seems", "feel", "feels"))
TIME_UNITS = frozenset(("hour", "day", "week", "month", "quarter", "year", "night", "fortnight"))
STRETCHED = Pattern(r"([^\W\d_])\1{2,}")  # a letter three times or more: "soooo", "whaaat"
DIGITS = Pattern(r"^\d+$")
PARTICLES = frozenset(("on", "up", "together", "off", "out", "over", "back", "down"))
# Nouns of a role or a crew that an organisation's word may qualify: "the weather boss", "the weather folks".
ROLE_NOUNS = frozenset(
    (
        "boss",
        "chief",
        "head",
        "guy",
        "man",
        "men",
        "people",
        "folk",
        "folks",
        "lot",
        "crowd",
        "bloke",
        "honcho",
        "bigwig",
        "director",
        "leader",
        "official",
        "dude",
        "fella",
        "gaffer",
        "team",
        "office",
        "bureau",
        "body",
    )
)
MET_NOUNS = frozenset(
    (
        "leaders",
        "heads",
        "bosses",
        "chiefs",
        "agencies",
        "institutes",
        "institutions",
        "organisations",
        "organizations",
        "bodies",
        "ones",
        "persons",
        "officials",
        "figures",
        "counterparts",
        "partners",
    )
)
ORDINAL_NUMBER = Pattern(r"\d+(?:st|nd|rd|th)")  # "10th", "3rd"
# Points of the compass, which make another name of a place's ("North Korea", "East Asia").
COMPASS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western"))
# The words for the people of an organisation, said after its name ("the KMA lot"): they are the organisation.
CREW_NOUNS = frozenset(("lot", "crew", "team", "bunch", "mob", "outfit", "squad", "gang", "crowd", "lads"))
DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
# Titles a head of state or government holds too (see `Analyzer.__init__`, roles).
TITLES = frozenset(("president", "head", "leader", "director", "chairman"))
PERSON_NOUNS = frozenset(("guy", "guys", "man", "men", "woman", "women", "person", "fellow", "chap", "lady"))
PERSON_NOUNS |= frozenset(
    ("gentleman", "gentlemen", "official", "officials", "dude", "bloke", "fella", "feller", "gent")
)
# Pronouns and references that point back into the conversation, by the kind of thing they stand for.
PRONOUNS: dict[str, str] = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "hers": "person",
    "it": "thing",
    "its": "thing",
    "this": "thing",
    "that": "thing",
    "they": "group",
    "them": "group",
    "their": "group",
    "there": "place",
}
PERSONAL = frozenset(p for p, kind in PRONOUNS.items() if kind == "person")  # "he", "his", "her"...

# A pronoun that points back at something named before ("this" and "that" may point at the release itself).
POINTING = Pattern(rf"\b(?:{'|'.join(p for p in PRONOUNS if p not in ('this', 'that'))})\b", re.IGNORECASE)
# Where a clause of a long question ends (see `Analyzer.asking_clauses`).
CLAUSE_END = Pattern(r"\s*(?:[,;:]|\s[-\u2013\u2014]\s|\bbecause\b|\bso\b)\s*", re.IGNORECASE)
RELATIVE = Pattern(r"(?:which|who|whom|whose)\b", re.IGNORECASE)
# A question reported inside a sentence: "One of my borrowers asked who runs KARI.", "a guest wants to know what day
# the CNES president was in Korea", or one the asker says they cannot answer: "I've always been a little unclear on
# how long these two countries have collaborated", "I can never remember who runs KMA" (see
# `Analyzer.embedded_questions`).
EMBEDDED = Pattern(
    r"\b(?:ask(?:s|ed|ing)?(?:\s+me)?|wonder(?:s|ed|ing)?|(?:want(?:s|ed)?|wanna|need(?:s|ed)?|like|liked|keen)\s+"
    r"(?:to\s+)?know|curious(?:\s+about)?"
    r"|(?:unclear|unsure|not\s+sure|confused|puzzled|hazy|foggy)(?:\s+(?:on|about|as\s+to|over|of))?"
    r"|(?:don'?t|don\u2019t|do\s+not|never|didn'?t|did\s+not)\s+(?:know|remember|recall)|no\s+idea"
    r"|(?:forgot|forget|forgotten)|(?:can'?t|can\u2019t|cannot|could\s+never|can\s+never)\s+(?:remember|recall)"
    rf"|(?:work|figure|find)(?:ing)?\s+out)[,:]?\s+"
    # (... opened by a preposition or by "whether": "wants to know since what year ...", "asks whether the meetings
    # ...", up to the end of its sentence or a dash: "asks who heads the KMA - did Le Gall meet him?")
    rf"(?P<clause>(?:(?:since|from|in|at|on|by|for|until|till|to|with)\s+)?(?:{WH}|whether\b)"
    r"(?:(?!\s[-\u2013\u2014]\s)[^.?!,;])*)",
    re.IGNORECASE,
)
# How long someone has held a post: "how long has X been president", "since when is X head of", "when did X become
# president" (see `Analyzer.analyse`).
TENURE = "tenure"
ALONE = "alone"  # the synonym group of doing something alone, asked by `ALONE_OR_MORE`
ATTEND = "attend"  # the synonym group of attending, asked by `WHO_CAME`
WHO_CAME = Pattern(
    r"\bwho\s+(?:came|come|turned\s+up|showed\s+up|turned\s+out)(?:\s+(?:along|then|in\s+the\s+end))?\W*$",
    re.IGNORECASE,
)
_POST = (
    r"(?:president|presidents|head|chief|boss|leader|director|chair|chairman|in\s+charge|in\s+office|at\s+the\s+helm)"
)
TENURE_PATTERN = Pattern(
    rf"\b(?:how\s+long|since\s+when|how\s+many\s+years?|since\s+what\s+year|since\s+how\s+many\s+years?)\b"
    rf"[^?.!]{{0,60}}\b(?:been|be|is|was|served|serving)\b[^?.!]{{0,40}}\b{_POST}\b"
    rf"|\b(?:become|became|becoming|took\s+over\s+as|take\s+over\s+as|appointed|elected)\s+"
    rf"(?:the\s+)?(?:\w+\s+){{0,2}}?{_POST}\b"
    rf"|\b{_POST}\b[^?.!]{{0,30}}\bfor\s+long\b"
    # (or the post said first: "Le Gall: CNES president since when?", "KMA head for how long?")
    rf"|\b{_POST}\s+(?:since\s+when|since\s+what\s+year|for\s+how\s+long|how\s+long)\b"
    # (or has been doing the job: "how long has le gall been running CNES?", "since when has he led it?")
    r"|\b(?:how\s+long|since\s+when|how\s+many\s+years?|since\s+what\s+year)\b[^?.!]{0,60}\b"
    r"(?:been\s+(?:running|leading|heading|chairing|directing|managing|bossing)"
    r"|(?:has|have)\s+(?:\w+\s+){0,3}?(?:run|led|headed|chaired|directed|managed))"
    # (... something: an agreement "has been running" for years, and two countries "the same line")
    r"\s+(?!(?:for|since|now|together|in|on|the\s+same|things|it)\b)(?:the\s+)?[^\W\d_]{2,}",
    re.IGNORECASE,
)
# A choice between one doer alone and many: "Is the SCO just a French thing, or have others joined in?", "only CNES,
# or a whole league of players?" - whether it is done alone (see `Analyzer.analyse`).
ALONE_OR_MORE = Pattern(
    r"\b(?:just|only|solely|purely|simply|solo|alone|one[\s-]man|single[\s-]handed(?:ly)?"
    r"|on\s+(?:its|their|his|her)\s+own|by\s+(?:itself|themselves|himself|herself))\b[^?.!]{1,40}?\bor\b[^?.!]{0,40}?"
    r"\b(?:others?|anyone\s+else|somebody\s+else|someone\s+else|more|bigger|wider|broader|larger|lots|loads|many"
    r"|several|partners?|partnerships?|group|network|league|crowd|everyone|pack|gang|together|agencies|alliance"
    r"|coalition|international|whole|team|ensemble|consortium|collective|joint)\b",
    re.IGNORECASE,
)
QUOTE = "quote"  # the synonym group of what someone said, asked by `CALLED_A_WHAT`
# A blank for the word someone called a thing: "Le Gall called this a what?", "he called it a new what?" asks what he
# said it was (see `Analyzer.analyse`).
CALLED_A_WHAT = Pattern(
    r"\b(?:call(?:s|ed)?|dub(?:s|bed)?|term(?:s|ed)?|label(?:s|led)?|describe[sd]?)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?what\b",
    re.IGNORECASE,
)
SENTENCES = Pattern(r"(?<=[.?!])\s+")  # where one whole sentence ends and the next begins
EXCLAMATION = Pattern(r"^\W*(?:what\s+(?:a|an)|how|such)\b[^?]*!+\W*$", re.IGNORECASE)
QUOTES = Pattern(r'["\u201c\u201d\u00ab\u00bb]')
# "there" pointing back at a place said before (not "is there", "was there": something exists).
POINTING_BACK = Pattern(r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)\bthere\b", re.IGNORECASE)
# "this" or "that" standing for what was said, not pointing at a noun: "which countries was that about?"
THAT_SAID = Pattern(
    r"(?<!\bthan )\b(?:that|this)\b(?=\s*(?:[?!.,]|$|(?:about|mean|means|meant|refers?|from)\b))", re.IGNORECASE
)
