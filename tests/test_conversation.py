"""Follow-ups: scripted conversations, each turn's answer asserted."""

from __future__ import annotations

import pytest

import qa
from qa.engines import engine_for

TRANSCRIPTS = [
    # what something shows, before a comma, is what it reflects; a gig is an event
    [
        ("What did KARI and the KMA decide to do?", "work with CNES"),
        ("And what does that show, in his words?", "resolute commitment"),
    ],
    [("Whose state visit is mentioned?", "Moon Jae-In"), ("And when's the gig?", "October")],
    # "which of the two" asks for one of the two people just named, by what they do
    [("Who did Le Gall meet in Korea?", "Nam Jae-Cheol"), ("Which of the two runs KARI?", "Lim Cheol-Ho")],
    # "the thing" points back as "it" does
    [
        ("Where was the SCO announced?", "One Planet Summit"),
        ("and where did they officially launch the thing?", "Toulouse Space Show"),
    ],
    # "the other agency" after one of two siblings (both briefed by CNES, both working with it) is the other one
    [("Who is the president of KARI?", "Lim Cheol-Ho"), ("what about the other agency?", "Nam Jae-Cheol")],
    [("Who is Lim Cheol-Ho?", "KARI"), ("And which agency does the other Korean official lead?", "Meteorological")],
    # "there" is the place in focus before the event: after the visit's date, Korea
    [("When was the CNES president in Korea?", "2 July"), ("what was he there to present?", "state of progress")],
    # "at the time" is the time the question before asked about: Le Gall's first trip, not his July one
    [
        ("When was Le Gall's first trip to Korea?", "1987"),
        ("and which event was held there at the time?", "space days"),
    ],
    # two things named together are "they": "it" is the one thing named alone
    [
        ("When did CNES and KARI start their inter-agency agreement?", "2015"),
        ("and what came out of it?", "inter-agency agreement"),
    ],
    # "the other one" after a choice offered is the one the answer did not pick
    [
        ("Who heads the KMA: Lim Cheol-Ho or Nam Jae-Cheol?", "Nam Jae-Cheol"),
        ("and the other one leads which agency?", "Lim Cheol-Ho"),
    ],
    # how long before the release: the release says when, relative to itself
    [("Where was the SCO officially launched?", "Toulouse"), ("How long before the release was that?", "last week")],
    # whom the answer is for, said after a comma, asks nothing of its own
    [("When was the France-Korea Space Forum?", "3 April"), ("Which city, for the phone message?", "Paris")],
    # the people of an organisation, said after its name, are the organisation
    [("Who heads KARI?", "Lim Cheol-Ho"), ("and what about the KMA crew?", "Nam Jae-Cheol")],
    # "the other fella" is the other person; after a question naming one and an answer naming one more, that one
    [("Who heads KARI?", "Lim Cheol-Ho"), ("what's the other fella's name?", "Nam Jae-Cheol")],
    [
        ("Le Gall met more than just the KARI president, right?", "Nam Jae-Cheol"),
        ("and the other bloke's name again?", "Nam Jae-Cheol"),
    ],
    # what was started under something asks what, not when it started
    [
        ("How long has the inter-agency agreement been in place?", "2015"),
        ("and what got started under it?", "KSLV-2"),
    ],
    # When the visit came after the forum is its own date, not the forum's
    [("When was the forum in Paris?", "3 April"), ("and when did Le Gall go to Korea after it?", "2 July")],
    # A question of its own that could mean either visit means the one of whom was asked before
    [("Who is Moon Jae-In?", "President of South Korea"), ("visiting France when?", "October")],
    [("Tell me about President Moon", None), ("and visiting France when?", "October")],
    # "they" are those the question asked about ("who is in ...?"), not the agencies its answer named last
    [("Who is in the SCO partnership?", "partnership"), ("What do they agree to do?", "pool resources")],
    # "this visit" is the one the last question asked for, wherever its "which" stood - not the trip it named
    [
        ("Le Gall's trip was a preparation for which state visit?", "Moon Jae-In"),
        ("which country is this visit to?", "France"),
    ],
    # What the release only does not give still says what is talked about: Le Gall, whose date is asked next.
    [("How many days did Le Gall stay in Korea?", None), ("and on what date?", "2 July")],
    [
        ("Which edition was the Paris forum?", "2nd"),
        ("and how many weeks later was Le Gall in Korea - on what date?", "2 July"),
    ],
    [("Who is the president of KARI?", "Lim Cheol-Ho"), ("What about KMA?", "Nam Jae-Cheol")],
    [("Tell me about the One Planet Summit", None), ("Where was it held?", "Paris")],
    [("Where was the SCO announced?", "One Planet Summit"), ("and when?", "December")],
    [("What is KASS?", None), ("Who is the prime contractor for it?", "Thales Alenia Space")],
    [("Who organised the 2nd France-Korea Space Forum?", "CNES"), ("When was it?", "3 April")],
    # A pronoun may point at someone the answer named, not the question ("he" is Le Gall here).
    [("Which French official visited South Korea on 2 July?", "Le Gall"), ("which agency does he lead?", "CNES")],
    [("Who heads KARI?", "Lim Cheol-Ho"), ("when did he meet Le Gall?", "2 July")],
    # "it" is what the answer was mainly about when the question did not name it (the SCO, not CNES).
    [
        ("What initiative did CNES present to KARI and KMA?", "SCO"),
        ("at which show was it officially launched?", "Toulouse"),
    ],
    # A kind of thing alone asks the previous question of that kind: the navigation system, not the launch vehicle.
    [("What new launch vehicle is South Korea developing?", "KSLV-2"), ("And the navigation system?", "KASS")],
    # A meeting asked from the side of the one met.
    [("Who is Nam Jae-Cheol?", "Head of the Korea"), ("Whom did he meet from CNES?", "Le Gall")],
    # "Since what year?" asks the year of the subject before, like "when?".
    [("Is there a formal agreement between CNES and KARI?", "inter-agency agreement"), ("Since what year?", "2015")],
    # A bare "since when?" about an answer that already says when gives that answer again.
    [("What kind of KARI satellites has CNES helped develop?", "satellites"), ("since when?", "2000s")],
    # No subject, no pronoun: still about the previous question's subject and words.
    [("When did Le Gall first visit South Korea?", "1987"), ("what was the occasion?", "space days")],
    # "done for them" asks what France helped with; "in that time" is no "when".
    [
        ("How long have France and South Korea worked together in space?", "30 years"),
        ("what has France done for them in that time?", "satellites"),
    ],
    # A pronoun in a relative clause only says which thing is meant: the forum is asked about, not the visit.
    [("When was Le Gall in Korea?", "2 July"), ("and the forum that came before it, when was that?", "3 April")],
    # "it" after "which event ...?" is the event the answer named, not the visit the question was about.
    [("Which event is Le Gall's trip helping to prepare?", "state visit"), ("when will it happen?", "October")],
    # "whose state visit?" asks for its owner: "it" next is the state visit, "he" the owner (Moon), not the CNES
    # president whose trip the answer also names.
    [("Whose state visit is the trip preparing for?", "Moon"), ("when is it happening?", "October")],
    [("Whose state visit is being prepared?", "Moon"), ("where's he going?", "France")],
    # A "who" question that describes the person it asks for ("the korean president") asks for him, not for the
    # other person the answer names: "his" next is President Moon.
    [("who's the korean president visiting france", "Moon Jae-In"), ("whats his full name tho", "Moon Jae-In")],
    # "he" keeps the part it had when the same question is asked of something else: Le Gall, who met people, not the
    # person he met - that reading is answered by a meeting that is not about the KMA the question names.
    [("Who did Le Gall meet at KARI?", "Lim Cheol-Ho"), ("And who did he see at the KMA?", "Nam Jae-Cheol")],
    # ... and when no one else in focus may be "he", the question read without it: the head of the agency it names
    [("Who heads KARI?", "Lim Cheol-Ho"), ("and who's in charge of the weather agency he met?", "Nam Jae-Cheol")],
    # what else "from then on" is the rest of the sentence that gave the time, not another subject of the agency
    [
        ("Since when has CNES been involved with KARI's Earth-observing satellites?", "early 2000s"),
        ("What else did it help with from then on?", "launch facilities"),
    ],
    # a question naming one thing and pointing at another with "it" is no ellipsis ("And for CNES?")
    [("What is KSLV-2?", "launch vehicle"), ("Is CNES involved with it at all?", "ground segment")],
    # ", then?" is a word of talk, not the time asked before: "his" is the one who went, answered
    [("Who went to see Lim Cheol-Ho on 2 July?", "Le Gall"), ("what's his job, then?", "President of CNES")],
    # "who came?" after the organisers asks who attended
    [("Who organised the forum in Paris?", "KARI"), ("who came", "politicians")],
    # what a "what did ... do" question asked for, one programme its answer names, is what "it" means next
    [("What did CNES present during the trip to Korea?", "SCO"), ("what is it supposed to do?", "climate change")],
    # (... not after "what is X?": "it" is X)
    [("What is the KMA?", "Meteorological"), ("Who is the head of it?", "Nam Jae-Cheol")],
    # "the other Korean leader" is no role read as President Moon, but the other of the leaders met
    [("Who's Lim Cheol-Ho?", "KARI"), ("And who's the other Korean leader named alongside him?", "Nam Jae-Cheol")],
    # "the other one" of two just named, neither singled out since, is the second
    [
        ("Which two Korean leaders did the CNES president meet?", "Nam Jae-Cheol"),
        ("What about the other one, which agency is he head of?", "Nam Jae-Cheol is the Head"),
    ],
    # "the other agency" the question names itself is that one, not a third
    [
        ("Who is the President of KARI?", "Lim Cheol-Ho"),
        ("And who heads the other agency Mr Le Gall met, the meteorological one?", "Nam Jae-Cheol is the Head"),
    ],
    # what something shows about a thing is what it reflects
    [
        ("Which Korean agencies are working with CNES on the SCO?", "KMA"),
        ("And what does that show about Korea, according to Le Gall?", "resolute commitment"),
    ],
    # "coming" alone says nothing more than "when's he" does: the state visit's date, not something coming along
    [("Which Korean president is visiting France?", "Moon Jae-In"), ("When's he coming?", "October")],
    # What the question before asked to be told about is what "it" means, not the trip its clause names.
    [
        ("Tell me about the France-Korea Space Forum that came before this trip.", "3 April"),
        ("What date was it on?", "3 April"),
    ],
    # A few words saying back what the answer named ("Ooh, Paris.") bring no new subject: "there" is still the summit.
    [
        ("Where was the One Planet Summit held?", "Paris"),
        ("Ooh, Paris. And what got announced there?", "Space Climate Observatory"),
        ("When was that?", "December"),
    ],
    # "which of them is not X?" is the other of the things the last answer named.
    [("Which agencies did CNES brief on the SCO?", "KARI"), ("which of them isn't KARI?", "headed by Nam Jae-Cheol")],
    # "same for", "ditto" open an ellipsis and ask nothing themselves.
    [("Who leads KARI?", "Lim Cheol-Ho"), ("same question for the weather agency", "Nam Jae-Cheol")],
    [("Who leads KARI?", "Lim Cheol-Ho"), ("ditto for KMA", "Nam Jae-Cheol")],
    # "and about X?" asks the previous question about X instead of what it was about.
    [("What did Le Gall say about coming back to Korea?", "pleasure"), ("and about the state visit?", "step further")],
    # "who said it?" after a quotation: "it" is what was said.
    [("What is the quote about a resolute commitment?", "resolute"), ("who said it?", "Le Gall")],
    # "anything besides X?" asks what else, and an answer saying X again (and nothing else asked) is no reply.
    [
        ("What did CNES help KARI with since the early 2000s?", "satellites"),
        ("And besides the satellites?", "launch facilities"),
    ],
    # "besides that" is besides the answer just given, not besides the country in focus (France: its state visit).
    [("What has France built for South Korea?", "satellites"), ("Anything apart from that?", "launch facilities")],
    # With nothing to rank them by, "what else?" is what says the most the last answer did not.
    [("What has France built for South Korea?", "satellites"), ("anything else?", "launch facilities")],
    # A date that only placed the subject of the question before is context to a bare question word, not its subject.
    [("Where was the CNES president on 2 July?", "South Korea"), ("and why?", "state of progress")],
    # What took him there is why he went: to his first visit, if that is what was asked about.
    [("When was Le Gall's first trip to South Korea?", "1987"), ("what took him there?", "space days")],
    # "his counterpart at KARI" is whoever holds the post there, not the man "his" points back at.
    [("Who runs the KMA?", "Nam Jae-Cheol"), ("and what about her opposite number at KARI?", "Lim Cheol-Ho")],
    [("Who is the head of the weather agency?", "Nam Jae-Cheol"), ("his counterpart at KARI?", "Lim Cheol-Ho")],
    # "that agency" is the one the last answer added, not the one the question named.
    [("Who put on the forum together with CNES?", "Korea Aerospace"), ("who heads that agency?", "Lim Cheol-Ho")],
    # "the second one" after a list of one kind is its second; after the 2nd forum, "the first one" is no position.
    [("Which agencies did CNES brief?", "Korea Meteorological"), ("who leads the second one?", "Nam Jae-Cheol")],
    [("Tell me about the 2nd France-Korea Space Forum", "Paris"), ("when was the first one?", "1987")],
    # ... but "the second one" after it is the second of the list its answer gave; and a list is of what the
    # question did not name (not Le Gall), of the kind of its first item (people, each with an agency).
    [("Which agencies organised the 2nd forum?", "KARI"), ("who is president of the second one?", "Lim Cheol-Ho")],
    [("Whom did Le Gall see in Korea?", "Lim Cheol-Ho"), ("which agency is the second one head of?", "KMA")],
    # "what came out of it?": "it" is still a pronoun in an idiom of coming out.
    [("What began in 2015?", "inter-agency agreement"), ("what came out of it?", "KASS")],
    # "occur", like "happen", asks nothing of its own: "that" is the announcement asked about before.
    [("Where was the SCO announced?", "One Planet Summit"), ("what month did that occur in?", "December")],
    # "they" after "who are the partners ...?" are the partners asked about, not CNES, which the answer names.
    [("Who are the partners in the SCO?", "partnership"), ("What do they agree to do?", "pool resources")],
    [("Who is involved in the SCO?", None), ("what do they agree to?", "share data")],
    # "that" after a fact's event ("what did the visit follow?" - the forum) is that event, when it took place.
    [("what did Jean-Yves Le Gall's visit to South Korea follow", "Space Forum"), ("when did that happen?", "3 April")],
    # The likeliest "it" (the visit) answered only unsurely, another thing in focus answered surely (the SCO, which
    # was announced) is meant.
    [
        ("What was CNES presenting in Korea?", "progress"),
        ("When was it announced?", "December"),
        ("And where?", "One Planet Summit"),
    ],
    [("What happened on 2 July?", "Le Gall"), ("What was its main purpose?", "progress")],
    # ... however far back in focus the thing is that the question's verb fits: "launched" is the SCO, not the visit
    # the answer was about, nor the three agencies it named after it.
    [("What was CNES presenting to KARI and the KMA?", "progress"), ("when was it officially launched?", "last week")],
    # "that guy" points back at a person, as "him" does.
    [("Who leads KARI?", "Lim Cheol-Ho"), ("whats that guy's title", "President of the Korea Aerospace")],
    # "what else?" is what the same sentence of the release says besides the answer just given.
    [
        ("Since when is CNES involved with KARI's Earth-observing satellites?", "2000s"),
        ("And what else since then?", "launch facilities"),
    ],
    # ... the rest of that very sentence, before answers that bring in other sentences about satellites.
    [
        ("Since when does CNES work on KARI's Earth-observing satellites?", "2000s"),
        ("what else since then?", "launch facilities"),
    ],
    # "the weather one" after a question about agencies is the weather agency.
    [("Which Korean agencies decided to work with CNES on the SCO?", "KARI"), ("Who leads the weather one?", "Nam")],
    # ... and after an entry saying what such a fact says, however the question named its subject.
    [("Le Gall's visit was part of preparations for what?", "state visit"), ("and when's that happening?", "October")],
    # "what ... for?" asks why; "what does it stand for?" does not.
    [("When was Le Gall in South Korea?", "2 July"), ("What was he there for?", "progress")],
    # A new explicit subject replaces the old one.
    [("When was the forum?", "3 April"), ("Who leads CNES?", "Le Gall")],
    # "And ..." opening a question of its own is no ellipsis: "he" is Le Gall, not "who leads South Korea".
    [("Who leads CNES?", "Le Gall"), ("And when was he in Korea?", "2 July")],
    # "that" in "who said that?" is what was said.
    [("What does the decision by KARI and the KMA reflect?", "commitment"), ("Who said that?", "Le Gall")],
    # "it" after "which forum ...?" is the forum asked for, not the visit also named.
    [("Which forum took place before Le Gall's trip to Korea?", "Space Forum"), ("who put it on?", "CNES and KARI")],
    # A yes/no question is answered by the meetings, not by the phrasing that asks when they were.
    [("Tell me who Lim Cheol-Ho is", "KARI"), ("did le gall meet him", "Lim Cheol-Ho")],
    # An ordinal carried over from the question before names no other edition ("first of its kind").
    [("Was the Paris forum the first of its kind?", "2nd"), ("What day of the week was it held?", "Tuesday")],
    # A name without the country it opens with; an adverb of manner asks nothing.
    [("Who heads the KMA?", "Nam Jae-Cheol"), ("And the aerospace research institute?", "Lim Cheol-Ho")],
    [
        ("How long have France and Korea worked together in space?", "30 years"),
        ("And concretely, what has France done to support Korea's programme?", "satellites"),
    ],
    # An ellipsis swaps the entity of its own kind: still whom Le Gall met, now from the KMA.
    [("Who did Le Gall meet from KARI?", "Lim Cheol-Ho"), ("And from the weather agency?", "Nam Jae-Cheol")],
    # ... and a role named by the swapped entity goes with it: "the head of KMA" is no longer asked about.
    [("Who is the head of KMA?", "Nam Jae-Cheol"), ("and what about KARI?", "Lim Cheol-Ho")],
    # A preposition and a question word ask the previous question for that preposition's object.
    [("Which two Korean agencies did CNES brief?", "KARI"), ("On what?", "Space Climate Observatory")],
    # After "who ...?", "he" is the person the answer named, not the one the question did.
    [("Who from KARI met Le Gall?", "Lim Cheol-Ho"), ("And what's his title?", "President of the Korea Aerospace")],
    # A word of one organisation's name alone points to it: "meteorology" is the KMA, and "it" next.
    [("Which Korean agency is in charge of meteorology?", "Meteorological"), ("Who heads it?", "Nam Jae-Cheol")],
    # "the second person" is the second the last answer named (beyond those the question named).
    [("Who did Le Gall meet in South Korea?", "Nam Jae-Cheol"), ("which agency does the second person lead?", "KMA")],
    [("Who did Le Gall meet in South Korea?", "Lim Cheol-Ho"), ("and the first person?", "KARI")],
    # Asked which was meant, the person still named whom "he" means; of the people an answer names, "his" is the
    # one linked to what the question asked about (the weather agency's head).
    [
        ("So the CNES boss went to Korea, right, to meet the space people?", None),
        ("Who'd he meet there from the weather agency?", "Nam Jae-Cheol"),
        ("And what's his exact title?", "Head of the Korea Meteorological Administration"),
    ],
    # "it" is another thing in focus than the latest when only that reading is answered surely: the agreement.
    [
        ("When did CNES and KARI sign their inter-agency agreement?", None),
        ("What actions were started under it?", "KSLV-2"),
    ],
    # "which of them ...?" picks one of the people the last answer named, by the organisation it names; "the other
    # one" is then the one left.
    [
        ("Who did Le Gall meet in Korea?", "Lim Cheol-Ho"),
        ("Which of them runs the weather agency?", "Nam Jae-Cheol is the Head"),
        ("And what's the other one's title?", "Lim Cheol-Ho is the President"),
    ],
    # "them" after an answer naming several things of one kind is all of them.
    [
        ("How many Korean agencies did CNES brief on the SCO?", "names two"),
        ("name them", "Korea Meteorological Administration"),
    ],
    # With no pronoun and no subject, the follow-up is about what the question before named, not what its answer
    # named last (South Korea, of which Moon is President).
    [("moon jae-in?", "President of South Korea"), ("visiting where?", "France")],
    # A subject put first is what the pronoun after it means: the agreement, not the visit asked about before.
    [("Le Gall first visit Korea which year?", "1987"), ("And the inter-agency agreement, which year it is?", "2015")],
    # A year "he brings up" is the one the answer just given speaks of (1987), not the year he spoke, which the
    # release does not give (see the declines below).
    [("What did Le Gall say after the meetings?", "huge pleasure"), ("Which year does he bring up?", "1987")],
    # "Before or after?" of two dates the release gives in words that cannot be ordered ("last week", "2 July"):
    # when each was, not an answer about some other pair of events.
    [
        ("Where did the SCO get its official launch?", "Toulouse"),
        ("Was that before or after the Korea trip?", "last week"),
    ],
    [("When is Moon's state visit?", "October"), ("Is that before or after the SCO's official launch?", "last week")],
    # "That day", put first, says when (the day just asked about); it asks no date again.
    [
        ("Le Gall is visiting South Korea which day?", "2 July"),
        ("That day he is meeting whom from KMA?", "Nam Jae-Cheol"),
    ],
    # A bare fragment asking the part of something else ("CNES role?") asks it of the subject still in hand.
    [("KSLV-2 - what is it?", "launch vehicle"), ("CNES role?", "ground segment")],
    [("What is KASS?", "satellite navigation"), ("Thales role?", "prime contractor")],
    # "that boss" is the person in focus, like "that man"; a quiz's "Bonus point:" asks nothing.
    [
        ("For five points: which French agency's boss toured South Korea on Monday 2 July?", "Le Gall"),
        ("Bonus point: name that boss!", "Jean-Yves Le Gall is the President of CNES"),
    ],
    [("Who runs KARI?", "Lim Cheol-Ho"), ("and what is that boss's title?", "President of the Korea Aerospace")],
    # What the decision shows, asked after what Le Gall said of it, is in the answer about it.
    [
        ("What Le Gall say about decision of KARI and KMA?", "new milestone"),
        ("And it show which commitment of Korea?", "commitment to fight climate change"),
    ],
    # "which of those two" picks from a near tie the answer that lists them.
    [
        ("Who did Le Gall meet?", "Lim Cheol-Ho"),
        ("Which of those two runs the weather agency?", "Nam Jae-Cheol is the"),
    ],
    # A bare "in which city?" after an answer about something the question did not name (the forum): where that was.
    [("What happen on 3 April?", "Space Forum"), ("in which city?", "Paris")],
    # "the other man" after an answer naming one person: the one most often named with him, but for who is named.
    [
        ("Who runs KARI?", "Lim Cheol-Ho"),
        ("and the other man Le Gall met - which organisation does he lead?", "Korea Meteorological Administration"),
    ],
    # ... and "he" after "the other official" is that other one, not the man asked about before.
    [("Who is Lim Cheol-Ho?", "KARI"), ("And the other official, who is he?", "Nam Jae-Cheol")],
    # ... and who met the other one only says which: Le Gall is not asked about, nor is the other one Nam.
    [("Who heads the KMA?", "Nam Jae-Cheol"), ("And the other leader Le Gall met?", "Lim Cheol-Ho is the President")],
    # ... and "the other Korean boss" is a person, no role read as the Korean President.
    [("Who's in charge at KARI?", "Lim Cheol-Ho"), ("And who was the other Korean boss he met?", "Nam Jae-Cheol")],
    [("Who is Nam Jae-Cheol?", "KMA"), ("And the other Korean he met?", "Lim Cheol-Ho")],
    # "other agency", with no article, after a question about one agency: the agency named with it most often.
    [("Who is head of KMA?", "Nam Jae-Cheol"), ("and president of other agency?", "Lim Cheol-Ho")],
    # "which decision was he talking about?" after a quotation about a decision: the decision it spoke of.
    [
        ("Who said the decision reflects Korea's resolute commitment?", "Le Gall"),
        ("which decision was he talking about?", "Space Climate Observatory"),
    ],
    # An ellipsis with nothing of its kind to swap asks what was asked (since when) of the new subject.
    [
        ("Since when has CNES worked on KARI's Earth-observing satellites?", "2000s"),
        ("and the inter-agency agreement?", "2015"),
    ],
    # A short trip in slang is a visit.
    [("Why did Le Gall go to South Korea?", "progress"), ("when'd he pop over there then", "2 July")],
    # An ellipsis still asks for what the question before asked for: a KARI official, not whom Le Gall met.
    [("Which KMA official did Le Gall meet?", "Nam Jae-Cheol"), ("What about KARI?", "Lim Cheol-Ho is the President")],
    # "that initiative" is the initiative in focus - the SCO, not the visit answered last.
    [
        ("What did CNES present to KARI and the KMA?", "Space Climate Observatory"),
        ("Where was that initiative officially launched?", "Toulouse Space Show"),
    ],
    # "his lot" is the organisation the man in focus heads; a yes/no question naming it is answered by what names it
    [("Who heads the KMA?", "Nam Jae-Cheol"), ("Has his lot agreed to work with CNES on the SCO?", "KMA decided")],
    # "over there" in a question naming its own subject does not make it about the subject before
    [("Who's in charge of KARI?", "Lim Cheol-Ho"), ("And who heads the weather agency over there?", "Nam Jae-Cheol")],
    # asking the name of "him" after a question naming one man by name and another only by his post asks the other's
    [("Did Le Gall meet the head of the KMA?", None), ("What's his name?", "Nam Jae-Cheol")],
    # ... and "that man", "that person" is that one, whoever the answer named last
    [("Is it true Le Gall met the boss of KARI?", None), ("And what's that man's name?", "Lim Cheol-Ho")],
    [("Did Le Gall really meet the KMA's head?", None), ("what's that person's name?", "Nam Jae-Cheol")],
]


def test_pronouns_of_two_kinds_stand_for_two_things() -> None:
    """In "And there he has met which persons?", "he" is Le Gall and "there" South Korea: read as the visit alone,
    the question was answered with what the visit prepares for. It is answered with the leaders he met, or asked
    back with that question offered first."""
    conversation = qa.Conversation()
    conversation.ask("The president of CNES, he went where in July?")
    answer = conversation.ask("And there he has met which persons?")
    assert not (answer.answered and "state visit" in answer.text), answer.text
    wanted = "Lim Cheol-Ho" if answer.answered else "Did you mean: Which Korean leaders did Jean-Yves Le Gall meet?"
    assert wanted in answer.text


@pytest.mark.parametrize(
    ("pointing", "meant", "other"),
    [
        ("and who's in charge of the space one?", "Lim Cheol-Ho", "Nam"),
        ("who's the weather guy there?", "Nam Jae-Cheol", "Lim"),
    ],
)
def test_a_word_of_its_names_picks_one_of_the_organisations_just_named(pointing: str, meant: str, other: str) -> None:
    """After an answer naming KARI and the KMA, "the space one" is KARI (the "Korean space agency") and "the weather
    guy" the head of the KMA: answered about that one alone, not with both again."""
    conversation = qa.Conversation()
    assert "Korea Meteorological" in conversation.ask("Which Korean agencies did Le Gall meet?").text
    answer = conversation.ask(pointing)
    assert meant in answer.text, answer.text
    assert other not in answer.text, answer.text


def test_that_time_is_the_time_the_question_before_asked_of() -> None:
    """ "that time", after his first visit, is the first visit: not answered with what the July visit was for."""
    conversation = qa.Conversation()
    assert "1987" in conversation.ask("When did Le Gall first go to Korea?").text
    answer = conversation.ask("What brought him over that time?")
    assert "state of progress" not in answer.text or not answer.answered, answer.text


def test_an_ellipsis_asks_the_previous_question_of_the_new_subject_even_when_it_must_decline() -> None:
    """ "And for KSLV-2?" asks for KSLV-2's prime contractor, which the release does not name: not "what is KSLV-2"."""
    conversation = qa.Conversation()
    assert "Thales Alenia Space" in conversation.ask("Who is the prime contractor for KASS?").text
    answer = conversation.ask("and for KSLV-2?")
    assert not answer.answered, answer.text
    assert "KSLV-2" in answer.text  # what the release does say about it


def test_an_ellipsis_after_a_role_swaps_the_organisation_and_keeps_the_role() -> None:
    """ "And the KMA one?" after "Who is the KARI president?" asks for the KMA's president, and says so."""
    conversation = qa.Conversation()
    assert "Lim Cheol-Ho" in conversation.ask("Who is the KARI president?").text
    answer = conversation.ask("And the KMA one?")
    assert "Nam Jae-Cheol" in answer.text
    assert answer.resolved == "Who is the KMA president?"


@pytest.mark.parametrize("turns", TRANSCRIPTS)
def test_follow_ups_resolve_against_the_conversation(turns: list[tuple[str, str | None]]) -> None:
    conversation = qa.Conversation()
    for question, expected in turns:
        answer = conversation.ask(question)
        if expected is not None:
            assert answer.answered, (question, answer.text)
            assert expected.casefold() in answer.text.casefold(), (question, answer.text)


@pytest.mark.parametrize(
    "turns",
    [
        # Another edition of the forum is not the one the release names.
        ["When was the 2nd France-Korea Space Forum?", "And the third one, when will it be?"],
        ["Where was the 2nd France-Korea Space Forum held?", "and the 4th one?"],
        # When he said it is not the year his words speak of.
        ["What did Le Gall say after the meetings?", "When did he say that?"],
        # "it" after a question about one thing alone is that thing, not what its answer names (the agreement).
        ["What is KSLV-2?", "when's it launching?"],
        # The words of whom "he" stands for, though the question names something else: the release quotes Le Gall only.
        ["Who's the president of KARI?", "What did he say about the SCO?"],
        ["Who's the president of KARI?", "Was he quoted saying anything himself, about the SCO?"],
        # Another place than the one just named, when the release names none.
        ["Did Le Gall go to Korea?", "Did he go anywhere else on that trip?"],
        # "he" after an answer about President Moon is him, not the release's main person, Le Gall.
        ["Which Korean president is making a state visit to France?", "What's the exact date he arrives?"],
    ],
)
def test_a_follow_up_about_what_the_release_does_not_say_declines(turns: list[str]) -> None:
    conversation = qa.Conversation()
    for question in turns[:-1]:
        assert conversation.ask(question).answered
    assert not conversation.ask(turns[-1]).answered


@pytest.mark.parametrize(
    ("first", "name", "match"),
    [("Who did Le Gall meet from KARI?", "KMA?", "kma-head"), ("Who leads CNES?", "KARI?", "kari-president")],
)
def test_a_bare_name_asks_the_previous_question_of_it(first: str, name: str, match: str) -> None:
    """ "KMA?" after a question naming KARI asks it of the KMA, as "And the KMA?" does - not what the KMA is."""
    conversation = qa.Conversation()
    conversation.ask(first)
    assert conversation.ask(name).match == match


def test_what_else_is_never_the_answer_just_given() -> None:
    conversation = qa.Conversation()
    first = conversation.ask("Since when has CNES worked on KARI's Earth-observing satellites?")
    second = conversation.ask("What else has it helped with over that period?")
    assert second.answered, second.text
    assert second.match != first.match
    assert "launch facilities" in second.text


def test_context_never_spoils_a_self_contained_question() -> None:
    conversation = qa.Conversation()
    conversation.ask("What is KASS?")
    assert conversation.ask("Who is the head of the KMA?") == qa.answer("Who is the head of the KMA?")


def test_he_is_whom_the_conversation_points_at_not_the_person_the_release_is_about() -> None:
    # (A guard: on its own, "he" is taken to be Le Gall; after a question about Moon Jae-In, he is Moon.)
    conversation = qa.Conversation()
    conversation.ask("Who is the President of South Korea?")
    answer = conversation.ask("where did he go?")
    assert "Moon Jae-In" in answer.text
    assert "France" in answer.text
    assert "Le Gall" not in answer.text


def test_reset_forgets_the_subject() -> None:
    conversation = qa.Conversation()
    assert "December" in conversation.ask("Tell me about the One Planet Summit").text
    conversation.reset()
    assert not conversation.ask("When was it?").answered


def test_conversations_are_independent() -> None:
    first, second = qa.Conversation(), qa.Conversation()
    first.ask("What is KASS?")
    assert second.focus == []


def test_answer_is_stateless() -> None:
    qa.answer("Tell me about the One Planet Summit")
    assert not qa.answer("When was it?").answered


def test_siblings_are_the_entities_in_the_most_facts_alike() -> None:
    """KARI and the KMA are both briefed by CNES and both work with it: each is the other's sibling, not CNES."""
    siblings = engine_for(qa.load_knowledge()).siblings
    assert siblings["kari"] == ("kma",)
    assert siblings["kma"] == ("kari",)


def test_a_post_claimed_of_a_pronoun_is_checked_for_the_one_it_stands_for() -> None:
    """ "he's the head of KARI, right?" names KARI's head by the role - but claims it of "he", who is someone in
    focus: the reply gives both posts, not only who heads KARI."""
    conv = qa.Conversation()
    conv.ask("Did Le Gall meet Nam Jae-Cheol?")
    answer = conv.ask("and he's the head of KARI, right?")
    assert "Lim Cheol-Ho" in answer.text
    assert "Le Gall" in answer.text or "Nam Jae-Cheol" in answer.text


def test_a_subject_put_first_is_what_he_stands_for_even_a_role_read_as_its_holder() -> None:
    conversation = qa.Conversation()
    conversation.ask("Who heads the KMA?")
    answer = conversation.ask("And the head of KARI, who is he?")
    assert "Lim Cheol-Ho" in answer.text
    assert "Nam Jae-Cheol" not in answer.text  # (not the man in focus before)
