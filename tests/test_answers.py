"""The answer engine, as a table: question -> what the answer must (and must not) say, or that it declines."""

from __future__ import annotations

import pytest

import qa
from qa.conversation import split_composed
from qa.text import fold_loose

ANSWERS = [
    # paraphrase, casual, keyword
    ("Who leads CNES?", "Jean-Yves Le Gall", "Lim Cheol-Ho"),
    ("who's at the helm of CNES", "Jean-Yves Le Gall", "Lim Cheol-Ho"),
    ("CNES boss", "Jean-Yves Le Gall", None),
    ("Who is the KMA's head?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    ("What is Lim Cheol-Ho's job?", "President of the Korea Aerospace Research Institute", None),
    ("Who presides over KARI?", "Lim Cheol-Ho", "Nam"),
    ("k.m.a.", "Korea Meteorological Administration", None),
    # overlapping names: the longer one wins, not the role "boss of South Korea"
    ("Who is the boss of South Korea's aerospace research institute?", "Lim Cheol-Ho", "Moon"),
    ("1987", "1987", None),
    ("what date was the forum", "3 April", None),
    ("When were the first France-Korea space days?", "1987", None),  # the "days" of a name ask for no day
    ("launch facilities", "launch facilities", None),
    ("When was the forum in Paris?", "3 April", "2 July"),
    ("In which capital did the France-Korea Space Forum take place?", "Paris", "Toulouse"),
    ("Which country did the CNES president visit in July?", "South Korea", None),  # July: the release's only one
    ("the 2nd forum, what date was it", "3 April", None),  # "2nd" is the forum's own ordinal, not a question
    ("who organsied the 2nd forun in paris", "CNES and KARI", None),
    ("Where was the SCO announced?", "One Planet Summit", None),
    ("Who is the prime contractor for KASS?", "Thales Alenia Space", None),
    ("What does SCO stand for?", "Space Climate Observatory", None),
    ("How long have France and South Korea worked together in space?", "30 years", None),
    ("who's the head honcho at kari", "Lim Cheol-Ho", None),
    ("who put the forum on?", "CNES and KARI", None),  # a phrasal verb split by its object
    ("what knid of systme is KASS", "satellite navigation", None),  # "systme" is "system", part of KASS's name
    ("lim cheol-ho works where", "Korea Aerospace Research Institute", None),
    ("What initiative did CNES present to KARI and KMA?", "SCO", None),  # "initiative" is no form of "initial"
    ("Who holds the post of President at the Korea Aerospace Research Institute?", "Lim Cheol-Ho", None),
    # KARI is no stand-in for the phrasing's "South Korea's": the answer itself names it
    ("What is the name of the satellite navigation system developed by KARI?", "KASS", None),
    ("who put that forum together?", "CNES and KARI", None),
    ("what happened in 87", "1987", None),  # a year in two digits
    # words about the asker and their task are not asked about
    ("For my school report, who leads CNES?", "Jean-Yves Le Gall", None),
    ("I'm trying to remember: who was the prime contractor on KASS?", "Thales Alenia Space", None),
    # chat shorthand ("w" for "with") and phrasal verbs in another form ("teaming up") still make their phrase
    ("which korean agencies r working w cnes on the sco", "KMA", None),
    ("which Korean agencies are teaming up with CNES on the SCO?", "KMA", None),
    # words only some stored question uses ("formed", "upcoming") say how it is put, not what is asked
    ("Le Gall's trip formed part of the preparations for which upcoming event?", "state visit", None),
    # a neighbouring key struck for the first letter
    ("when was the sco kaunched", "Toulouse Space Show", None),
    # what a question sets apart is not what it asks for, but may be in the answer that gives both
    (
        "Apart from Earth-observing satellites, what has CNES done at KARI since the early 2000s?",
        "launch facilities",
        None,
    ),
    ("Besides helping measure climate impacts, what else is the SCO going to provide?", "decision support", None),
    # a clause of time in a question about something else asks no "when"
    ("Who was in charge of the Korea Aerospace Research Institute when the CNES president came over?", "Lim", "2 July"),
    # intensifiers and register words ("senior", "formally", "national") carry no question; "sit down with" is "meet"
    (
        "During his stay in Korea, which two senior figures of the Korean space sector did Le Gall sit down with?",
        "Nam",
        None,
    ),
    ("Who is in charge of South Korea's national weather agency?", "Nam Jae-Cheol", None),
    ("who did le gall sat down with in korea", "Lim Cheol-Ho", None),  # "sat" starts a phrase: no "satellite"
    ("soooo who runs cnes", "Le Gall", None),  # letters drawn out for effect
    ("whaaat is the SCO, in a nutshell", "Space Climate Observatory", None),  # ... and a discourse marker
    ("As far as KARI is concerned, who is in charge?", "Lim Cheol-Ho", None),
    ("who is nam jae chul", "Head of the Korea Meteorological", None),  # another romanisation of one syllable
    ("Which firm was prime contractor for the satellite-based navigation system?", "Thales", None),  # "-based"
    ("Who was head of the KMA at the time?", "Nam Jae-Cheol", None),  # "at the time" asks no time
    ("What does Monsieur Le Gall lead?", "CNES", None),  # an honorific is no unknown name
    ("Which forum took place in the French capital?", "Space Forum", None),  # a descriptive alias of Paris
    ("Who occupies the post of Head of the KMA?", "Nam Jae-Cheol", None),  # the post is the role
    ("What kinds of people attended the Franco-Korean forum in Paris?", "politicians", None),  # "Franco-" is France
    ("what have the 2 partners started since 2015", "inter-agency agreement", None),  # a count names nothing
    ("Besides satellites, what infrastructure of KARI has CNES worked on?", "launch facilities", None),
    ("At which trade fair was the SCO launched?", "Toulouse Space Show", None),
    ("What is the complete name of the KMA in English?", "Korea Meteorological Administration", None),
    ("so the korean prez is visiting france at some point?", "October", None),  # "prez", "at some point"
    ("which day did the cnes guy land in korea", "Monday 2 July", None),  # "the CNES guy" holds its role
    ("when did the cnes boss rock up in korea", "Monday 2 July", None),
    ("le gall's trip was prep for which event", "state visit", None),
    # the name of a thing is what it is called, spelt out, not who; the name of a person is who
    ("What is the name of the climate observatory?", "Space Climate Observatory (SCO)", None),
    ("tell me the name of the man in charge of the KMA", "Nam Jae-Cheol", None),
    # someone standing for the organisation they lead, and "presenting" is no "was present" (attended)
    ("What was Le Gall presenting to KARI and the KMA?", "progress", None),
    ("launch-wise, what has France done for Korea", "launch services", None),  # "-wise" only frames it
    ("Has France helped put Korean satellites into orbit?", "launch services", None),
    ("Which office does Le Gall hold?", "President of CNES", None),  # office, post, job: one position
    # what a relative clause names only says which event is meant: the forum, not the visit, is asked about
    ("Who put on the event that came before the July visit?", "CNES", None),
    ("has the KMA signed up to the SCO?", "decided to work with CNES", None),  # signing up is joining
    # the full name of a person is who they are, not what an acronym stands for; "please state" only asks
    ("Please state the full name of the man who heads the KMA.", "Nam Jae-Cheol", None),
    ("What is the full name of KARI?", "Korea Aerospace Research Institute", None),
    ("what's the short form of Korea Meteorological Administration", "KMA stands for", None),
    ("what does kma stand for yaar", "Korea Meteorological Administration", None),  # "yaar" is no "year"
    ("KARI - what is it called in full?", "KARI stands for", None),  # not Le Gall's full quote
    ("le gall first went to korea in the 80s? which year exactly", "1987", None),  # a decade is a guess, no name
    ("lowkey who runs kari rn", "Lim Cheol-Ho", None),
    # a place that only says which forum ("the Paris forum") is no subject of its own
    ("Representatives from which countries' space sectors were at the Paris forum?", "French", None),
    # what is set apart is no answer, unless the answer also says what else is asked
    ("Apart from Earth-observing satellites, what else has CNES helped KARI with?", "KASS", None),
    ("besides sharing data, what do the SCO partners pool?", "pool resources", None),
    # a blank to fill: the answer that says the words before it, and the word after
    ("According to Le Gall, the decision is a new what for the two countries?", "new milestone", None),
    ("the kari and kma decision is a new what, according to le gall?", "new milestone", None),
    # ... as is a phrase left unfinished, for the question after it to fill in
    ("Le Gall called the Korean decision a new... what was it again?", "new milestone", "visited"),
    ("so Le Gall says it has always been a huge what to come back?", "huge pleasure", None),
    # an English word the release does not use is no name it lacks
    ("Which stakeholders attended the forum in Paris?", "politicians", None),
    # the sentence that names the leaders he met gives the day: its date fact answers "when", though it matches less
    ("What day was Le Gall in Korea to meet the heads of its space sector?", "Monday 2 July", "3 April"),
    ("where does Nam Jae-Cheol work", "Korea Meteorological Administration", None),  # an organisation is a "where"
    ("the kari dude, what's his name", "Lim Cheol-Ho", None),
    ("the korean weather folks, who is in charge", "Nam Jae-Cheol", None),  # "folks" for the agency
    ("who's the boss of the korean aerospace place", "Lim Cheol-Ho", "Moon"),  # "place" too, not the country's head
    ("who's in charge of the french space shop?", "Jean-Yves Le Gall", None),
    ("what was le gall's trip getting everyone ready for?", "state visit", None),  # getting them ready: preparing
    ("which french agency sent its president over to korea?", "CNES", None),  # sending someone over: a visit
    ("who were the CNES chief's sit-downs with?", "Nam Jae-Cheol", None),  # a sit-down is a meeting
    ("where was the france and korea space get-together held?", "Paris", None),  # a get-together: the forum
    ("Who turned out for the forum in Paris?", "politicians", None),  # turning out for it is attending it
    ("the franco-korean forum, was it held in Paris?", "Paris", "earlier ones"),  # its name without "Space"
    ("With the KSLV-2, what bit of the job is France giving Korea a hand on?", "ground segment", None),  # a hand: help
    # running an event is organising it (not running the agency that organised it); earlier years ask no length
    ("who was running the space forum in paris?", "organized by CNES", None),
    ("In earlier years what sort of help did France give Korea?", "building satellites", None),
    # putting a programme together is developing it, not organising an event
    ("Is CNES putting the SCO together on its own?", "international partnership", None),
    # a choice of places the release knows asks where, and neither is the subject; nor is the rest of the world
    ("was the forum in paris or toulouse", "Paris", "Toulouse"),
    ("Was the One Planet Summit held in Paris or elsewhere?", "held in Paris", None),
    # guesses in plain words after a question of its own are settled by its answer, not asked about
    ("How big is the SCO partnership? Just a couple of agencies, or a bigger network?", "vast", None),
    ("What is KASS for, navigation or weather?", "satellite navigation", None),
    # whose claim it is says nothing asked: the claim is checked
    ("my brother-in-law reckons the space forum was held in Seoul, was it?", "Paris", None),
    ("france and korea, how many years?", "30 years", "1987"),  # the two countries', not Le Gall's own years
    ("Name the three ways France has helped Korea's space programme.", "launch services", None),  # no names asked
    ("which part of the KSLV-2 are the french helping put together?", "ground segment", None),
    # a measure describes unless asked for with "how"
    ("so who made KASS, some big firm?", "Thales Alenia Space", None),
    ("Le Gall first came to Korea when, a long time ago?", "1987", None),
    # everyday words for the release's own ("researchers" for scientists, "effects" for impacts)
    ("Did researchers take part in the Paris forum?", "scientists", None),
    ("What is the SCO supposed to do about the effects of climate change?", "impacts", None),
    # two answers as close that name the same things leave nothing to choose between
    ("Which Korean bodies are in on the SCO?", "KMA", None),
    ("did CNES present anything to KARI and the KMA", "Space Climate Observatory", None),
    # a day or month offered to be confirmed or chosen from asks which it was
    ("Did the forum in Paris take place on a Monday?", "Tuesday 3 April", None),
    ("thursday or friday, the space forum?", "Tuesday 3 April", None),
    ("Did Le Gall visit Korea in August?", "Monday 2 July", None),
    ("Was Moon Jae-In's state visit planned for October or November?", "October", None),
    ("who is moon", "President of South Korea", None),  # a name in lower case, with no article: still the name
    ("Which number of forum took place in Paris?", "2nd", None),  # which one of a series: an ordinal will do
    ("Ordinal number of the France-Korea Space Forum held in April?", "2nd", None),
    ("Who did Lim Cheol-Ho meet?", "Le Gall", None),  # the meeting, asked from the other side
    ("Who else did Le Gall meet besides Lim Cheol-Ho?", "Nam Jae-Cheol", None),  # not "Lim met Le Gall"
    # ... as a question setting him apart without "else" asks ("except" is no word of the question)
    ("Except for Lim Cheol-Ho, who did Le Gall meet?", "Nam Jae-Cheol", "Lim Cheol-Ho met"),
    ("Except Lim Cheol-Ho, which other Korean leader has he met there?", "Nam Jae-Cheol", "Lim Cheol-Ho met"),
    ("Whose launch facilities did CNES help design and manage?", "KARI", None),  # "management" says "manage"
    # ... and so does a statement put up to be confirmed, whatever year or day it offers
    ("Le Gall first came to Korea in 1995, if I remember well?", "1987", None),
    ("The forum took place on Monday 3 April, right?", "Tuesday 3 April", None),
    ("France and Korea have worked together in space for some 10 years, am I right?", "30 years", None),
    ("Le Gall was in Korea on a Friday in August. Have I got that right?", "Monday 2 July", None),
    ("lim chul-ho, what is his job", "President of the Korea Aerospace", None),
    # what comes before the question says who asks and why, not what is asked
    (
        "I'm writing an article for a school magazine and my editor wants one fact checked: when was the SCO launched?",
        "Toulouse Space Show",
        None,
    ),
    ("For a presentation to my colleagues at the weather office, who heads the KMA?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    ("We are preparing a museum exhibit on satellites. Which company was prime contractor for KASS?", "Thales", None),
    # ... even when the question points back at a claim made there (and what "came first" came before: no edition)
    (
        "I'm putting together a wall chart for my pupils. The forum in Paris came first, I think; what date was that?",
        "3 April",
        None,
    ),
    # ... even when the question asks by its question mark alone
    ("ok, speed round, ready: kari boss's name?", "Lim Cheol-Ho", "Nam Jae-Cheol"),
    ("Evening all. Sanity check from the greenhouse: the KMA boss?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    # ... and so does what comes after it to say what the answer is for
    ("What's the full name of the CNES president, so I can signwrite it right?", "Jean-Yves Le Gall", None),
    ("when was the forum, so that we can book the same week next year?", "3 April", None),
    ("When did Le Gal visit South Corea?", "2 July", None),  # an old spelling of the name
    ("cnes on kari earth obs sats since when", "early 2000s", None),  # "obs", "sats": shorthand
    # a question asking what (after a remark too) is not answered by when, if what is asked matches nearly as well
    ("nice one. so the 2015 agreement - what did it get going?", "KSLV-2", "dates from"),
    # how many things are asked for says which, not what: the answer listing them need not be asked with the number
    ("which 2 korean organisations did le gall sit down with?", "KARI", None),
    # "been at it" with someone is working together (not Le Gall's own history with Korea)
    ("How long has France been at it with Korea?", "30 years", "1987"),
    # a role in keywords, the role word first
    ("president Korea name", "Moon Jae-In", "Le Gall"),
    # a role with the organisation's generic noun left out
    ("ok so who did the french space boss meet", "Lim Cheol-Ho", None),
    # a formal deal between the two agencies is their inter-agency agreement
    ("since what year has there been a formal deal between the two agencies?", "2015", None),
    ("since when has the agreement between the two agencies been running?", "2015", None),  # no tenure
    # the weather side is the weather agency
    ("who did le gall sit down with from the met side?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    # ... and with the name of its country alone, for a role word no head of state holds and one person has
    ("who did the french bloke meet at the weather agency?", "Nam Jae-Cheol", None),
    # a plain man or person after an organisation is its head, as a boss or a bloke is
    ("What date did the CNES man pull in to South Korea?", "2 July", None),
    ("who is the kari person?", "Lim Cheol-Ho", "Nam Jae-Cheol"),
    # a relative clause only says which one is meant
    (
        "Who is the man heading the Korean weather agency that decided to work with CNES?",
        "Nam Jae-Cheol",
        "Lim Cheol-Ho",
    ),
    ("Who was the head of the Korean meteorological agency that Le Gall met?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    # general English: a false friend ("organism"), a near synonym ("quantify"), the asker's audience and season
    ("Which organism does Nam Jae-Cheol head?", "Korea Meteorological Administration", None),
    ("What will the SCO help quantify?", "impacts of climate change", None),
    # climate change is the problem, the issue, the challenge the SCO is for
    ("SCO will help in which problem of the world?", "climate change", None),
    ("the observatory is meant to tackle what big issue?", "climate change", None),
    ("For our listeners: who organised the Paris forum?", "CNES and KARI", None),
    ("What diplomatic event was the trip preparing for?", "state visit", None),
    # what an event was linked to or leading up to is what it prepared (not the forum it followed)
    ("Was the July trip linked to a bigger event coming up later?", "state visit", None),
    ("What bigger event was the Korea visit leading up to?", "state visit", "followed"),
    ("what was le gall's korea visit getting everything ready for?", "state visit", None),  # with what is readied
    # "how long back" asks when; a stance is a commitment; "howdy" greets, and a "feller" is a guy
    ("How long back was the SCO launched?", "last week", None),
    ("What do KARI and the KMA's choice show about Korea's stance on climate change?", "resolute commitment", None),
    ("howdy! who's the weather boss the cnes feller met?", "Nam Jae-Cheol", "Lim"),
    # of two answers nearly tied, the one whose stored question asks how long too (the fields they work in say since
    # when CNES has)
    ("How long France and Korea are cooperating in the space field?", "30 years", None),
    # a time put after a comma by what came before it only says which time: the announcement, not the launch
    (
        "At which gathering was the Space Climate Observatory first announced, before its proper launch?",
        "One Planet",
        "Toulouse",
    ),
    # greetings and "please" in Igbo
    ("kedu! biko what KMA stand for?", "Korea Meteorological Administration", None),
    # who is top of an organisation leads it
    ("who's top of the KMA these days?", "Nam Jae-Cheol is the Head", None),
    # a yes/no question saying its subject is related to another thing claims the relation ("an organiser of")
    ("Was the KMA an organiser of the Paris forum?", "CNES and the Korea Aerospace Research Institute", None),
    # coming to an event is attending it (coming to a place is visiting it)
    ("What kind of people was coming to the space forum?", "politicians", "followed"),
    # a big deal is a milestone ("what's the big deal with X" asks what X is)
    ("how'd le gall sum up the korea deal, big deal or nah", "new milestone", None),
    ("hey so what's the big deal with this sco thing", "climate change", None),
    # names asked for after the question, where the release gives them
    ("Who did Le Gall meet? Names please.", "Lim Cheol-Ho", None),
    # a part of a name asks for the name
    ("What's Le Gall's first name?", "Jean-Yves Le Gall", "1987"),
    ("KMA head's family name?", "Nam Jae-Cheol", None),
    ("Name the South Korean president, first and last name.", "Moon Jae-In", None),
    # the top seat, the driving seat, calling the shots: leading
    ("who calls the shots at KARI?", "Lim Cheol-Ho", "Nam Jae-Cheol"),
    ("which agency has Le Gall in the driving seat?", "CNES", None),
    # "ooh lovely" acknowledges the last answer; it asks nothing of the pleasure Le Gall speaks of
    ("oh lovely, and who's the top bod at the KMA?", "Nam Jae-Cheol", "pleasure"),
    # a number counted, in a remark before the question, is no name the release lacks
    ("stuck on the 12th hole lol. since when have the two agencies had their agreement?", "2015", None),
    # putting the word out, spreading the word is announcing
    ("where was the sco news first put out", "One Planet Summit", None),
    # having a hand in something is being involved in it
    ("Has CNES had a hand in Korea's launch sites too, or only in satellites?", "launch facilities", None),
    # the Frenchies are the French; donkey's years is a long time, asked how long
    ("the frenchies and the koreans, been at it for donkey's years, how long exactly?", "30 years", None),
    # a group effort, a network, a consortium is a partnership
    ("Is the SCO run by a consortium?", "international partnership", None),
    # science stuff is scientific: the instruments France designs
    ("did france design any science stuff for korea", "scientific instruments", None),
    # a thingy, a gizmo, a whatsit is a thing: it names nothing the release lacks
    ("what's the korean satnav whatsit called?", "KASS", None),
    ("what's this climate gizmo?", "Space Climate Observatory", None),
    # of two near-tied answers, the one whose phrasing asks where too
    ("Where did they first float the SCO idea?", "One Planet Summit", None),
    # "what ... for" asks why, after words that ask nothing too
    ("ok real talk what's the sco even for", "climate change", None),
    # "just X, or others too?" asks whether X does it alone
    ("Is this SCO just a French thing, or have others joined in on it?", "international partnership", None),
    ("so is the sco just a cnes thing or are others in on it", "international partnership", None),
    # ... and so do "solo", "one-man", "on its own", whatever the guesses are called
    ("Is the SCO a one-man band for CNES, or is a whole orchestra behind it?", "international partnership", None),
    ("Is France doing the SCO on its own, or is it a wider affair?", "international partnership", None),
    ("soo why'd le gall go over there in the first place", "Space Climate Observatory", None),  # "soo" is "so"
    # a likeness the asker draws from their own world asks nothing
    ("Where did the SCO get its official send-off, like christening a new narrowboat?", "Toulouse Space Show", None),
    ("How do the SCO partners work together? Like a co-op sharing boats and gear?", "pool resources", None),
    ("Who was at the Paris forum, like my Sunday crowd at the market?", "politicians", None),  # a day is no name
    # ... and a comment after a yes/no question asks nothing
    ("So was the SCO announced in Paris or in Lyon? I keep mixing them up like salt and pepper.", "One Planet", None),
    ("What is the SCO meant to do for regular folks like me stacking shelves all night?", "climate change", None),
    ("Le Gall went to Korea this summer: on which day?", "Monday 2 July", "3 April"),
    # "before" and "after" say which event came first, from either end
    ("What came after the Paris forum?", "visit followed", None),
    ("What was organised ahead of Le Gall's visit?", "Space Forum", None),
    ("what was the trip about, basically?", "Space Climate Observatory", "3 April"),
    # an update is progress reported; "gave" is as empty as "give"
    ("Which project did CNES give a progress update on?", "SCO", None),
    ("CNES gave an update on what during the visit?", "SCO", None),
    # a word the release says only inside a name ("Korea Aerospace Research Institute") weighs little elsewhere
    ("At which aerospace show was the SCO launched?", "Toulouse Space Show", None),
    ("Is the SCO a research tool for climate change?", "impacts of climate change", None),
    # a date put after the question as a guess is checked, not matched: the answer gives the right one
    ("When was Le Gall in Korea, October?", "2 July", None),
    ("What year did Le Gall first visit Korea, 1990?", "1987", None),
    ("wich day was the Paris forum, Tusday?", "Tuesday 3 April", None),
    # ... and so is a place the release does not know, guessed after a question of where
    ("where was the SCO launched, Lyon was it?", "Toulouse Space Show", None),
    # ... or as a question of its own after it
    ("cnes president in korea when? july sometime?", "2 July", None),
    ("How long have France and Korea worked together in space? More than 20 years?", "30 years", None),
    # letters spelt one by one, as speech-to-text writes an acronym
    ("what does k m a stand for", "Korea Meteorological Administration", None),
    ("who is the president of k a r i", "Lim Cheol-Ho", None),
    # an offered year says a year is asked, whatever the marker ("dates from")
    ("The inter-agency agreement dates from 2010, right?", "2015", None),
    # what the asker says of themselves, even with a name or a question word in it, asks nothing
    ("My grandson asked me who develops the KASS system. Which organisation is it?", "KARI", None),
    ("I assumed it was in Lyon, but perhaps not. Where was the forum held?", "Paris", None),
    ("When I was young I visited Busan. Who leads KARI?", "Lim Cheol-Ho", None),
    # turning to another question says nothing about it
    ("Switching topics: who heads the KMA?", "Nam Jae-Cheol", None),
    ("On another note, when was the forum?", "3 April", None),
    # a decade offered or guessed is checked like a year
    ("Is it true that CNES has worked on KARI's satellites since the 1990s?", "early 2000s", None),
    ("Le Gall's first time in Korea was when, like the 80s?", "1987", None),
    # the history of something asks how long it goes back
    ("France-Korea space cooperation history", "30 years", None),
    # asking for a name: the answer names it (a role or a common noun in the question is no name)
    ("What's the name of the forum held in Paris?", "France-Korea Space Forum", None),
    ("Whats the name of the CNSE president?", "Jean-Yves Le Gall", None),
    ("What is the Korean navigation system called?", "KASS", None),
    # more general English: a prime contract, an executive, going back, a broader partnership
    ("Which Thales entity holds the prime contract on KASS?", "Thales Alenia Space", None),
    ("Which senior CNES executive went to Korea?", "Le Gall", None),
    ("How far does the France-Korea partnership go back?", "30 years", None),
    ("Is the SCO part of a broader partnership?", "vast international partnership", None),
    # a claim put forward to be checked, however it opens or ends: the answer gives the fact
    ("Correct me if I'm wrong, but the SCO was announced in Lyon?", "Paris", None),
    ("Le Gall met Nam Jae-Cheol on a Friday. Is that accurate?", "Monday 2 July", None),
    ("who threw the forum in paris", "organized by CNES and KARI", None),  # "threw" a party: organised it
    ("What is the full English name of KMA?", "Korea Meteorological Administration", None),
    # "last week" says how long before the release
    ("How long before the release was the SCO launched?", "last week", None),
    # a claim that puts something in a place the release does not know is checked: the answer says where
    ("Was the SCO announced in Lyon?", "Paris", None),
    ("The forum was held in Seoul, wasn't it?", "Paris", None),
    ("The forum was held in Seoul?", "Paris", None),  # a statement asked as a question
    ("Forum was in Seoul, yebo?", "Paris", None),  # a tag in the asker's own language
    ("Le Gall first went to Korea in 2000, ee?", "1987", None),
    ("Was Le Gall in Japan for these meetings?", "South Korea", None),  # what for, after the place
    ("Was the SCO launched at a show in Lyon, like our fair?", "Toulouse", None),  # a likeness, after it
    ("france n korea been at it 20 yrs right?", "30 years", None),
    ("april forum organisers?", "CNES and KARI", None),  # asks who, checks no date
    ("Moon's state visit to France is in December?", "October", "One Planet"),  # a date said as when
    ("lemme guess, the paris forum was in july too?", "3 April", None),
    # a question the asker comes back to after a digression, whatever the digression names
    (
        "Got a slice of Gibeon iron with gorgeous Widmanstatten lines!! Anyway, who runs CNES?",
        "Jean-Yves Le Gall",
        None,
    ),
    ("just back from a 3am delivery lol, anyway who's kma's boss again?", "Nam Jae-Cheol", None),
    # typos, spacing and hyphen variants
    ("who is the presdient of cnes", "Jean-Yves Le Gall", None),
    ("Lim Cheolho", "Lim Cheol-Ho", None),
    ("that 2015 agreement - what came out ofit?", "KSLV-2", None),  # small words run together, not "fit"
    ("Tales Alenia", "Thales Alenia Space", None),
    ("Who organised the Frans-Korea forum?", "CNES and KARI", None),  # spelt as it sounds, not "FR" + "ans"
    ("How long have Fance and Korea worked together?", "30 years", None),  # a name before "face"
    ("Thales-Alenia", "Thales Alenia Space", None),
    # ... a name's letters swapped further apart ("KIRA"), a first name spelt by its sound beside the rest of the name
    # ("Jon-Yves", not "June"), an ending spelt as it sounds ("navigashun")
    ("who is the presidnet of KIRA?", "Lim Cheol-Ho", None),
    ("when did Jon-Yves Le Gall go to Korea?", "2 July", None),
    ("Who is the prime contracter for the KASS navigashun system?", "Thales Alenia Space", None),
    # a name given after "called" is offered to be checked, not asked for
    ("Is the South Korean president in this the one called Moon Jae-In?", "Moon Jae-In", None),
    ("Was the head of the KMA the fellow called Lim Cheol-Ho?", "Nam Jae-Cheol", None),
    # which ones of a crowd the release speaks of only as a crowd: the answer names any there are
    ("Which Korean officials did Le Gall meet?", "Nam Jae-Cheol", None),
    ("whoisthe head of KMA", "Nam Jae-Cheol", None),
    ("What does SCO stand ofr?", "Space Climate Observatory", None),  # "ofr" is "for" here: "stand for"
    ("wher was the forum", "Paris", None),  # "wher" is "where", not "when"
    ("Lim Cheol-Hlo", "KARI", None),
    ("whats Nam Jae-Cheol's jbo?", "Head of the Korea Meteorological", None),  # two letters swapped in a short word
    ("who is the haed of the KMA", "Nam Jae-Cheol", None),  # a swap keeps the letters: "head", not "hand"
    ("what actions were started under the 2105 agreement", "KSLV-2", None),  # two digits of a year swapped
    # A long word one slip from an ordinary English word is that word misspelt, not an unknown name.
    ("wasn't the SCO launched somwhere other than the One Planet Summit?", "Toulouse Space Show", None),
    ("who heads KARIs institute", "Lim Cheol-Ho", None),  # "KARIs" is a plural or possessive, not a brand
    ("What type of satellites has CNES helped KARIdevelop?", "Earth-observing", None),  # run together
    # A yes/no question saying what its subject is asks what it is: the answer says, right guess or not.
    ("Is KSLV-2 a satellite?", "launch vehicle", "built satellites"),
    ("Is Lim Cheol-Ho the head of the KMA?", "President of the Korea Aerospace", None),
    # Two names offered to choose from: the answer names the right one.
    ("Which city hosted the announcement of the SCO: Paris or Toulouse?", "announced in Paris", None),
    ("Who organised the forum, CNES or the KMA?", "organized by CNES and the Korea Aerospace", None),
    # A word of another script is an ordinary unknown word, apart from the Latin letters it touches.
    ("KMA가 뭐예요? What does KMA stand for?", "Korea Meteorological Administration", None),
    # A claim to check, however put - negated, tagged "no?", a place in lower case - is answered with the fact.
    ("Wasn't the inter-agency agreement made in 2010?", "2015", None),
    ("Le Gall first visited South Korea in 1997, no?", "1987", None),
    ("that france-korea forum was in seoul right?", "Paris", None),
    # ... and so is one naming the wrong agency for what it asks: the answer names the right one.
    ("Didn't the KMA co-organise the Paris space forum with CNES?", "organized by CNES and the Korea Aerospace", None),
    ("So the forum in Paris was organised by CNES and the KMA?", "organized by CNES and the Korea Aerospace", None),
    # A span offered in words, with its tag, asks how long: "years" there asks for no year.
    ("So the two countries have cooperated in space for twenty years, right?", "over 30 years", None),
    # A scene set before the question weighs less than what is asked, though its names count.
    ("Big crowds, lots of speeches, plenty of coffee. Who organised the forum in Paris?", "organized by CNES", None),
    # An acronym the question did not use is spelt out; one it used is not.
    ("What was announced at the One Planet Summit?", "the Space Climate Observatory (SCO) was announced", None),
    ("When was the SCO officially launched?", "The SCO was officially launched", "Space Climate Observatory"),
    # One of several people an answer names, picked out by the organisation the question names, is the answer;
    # "who else" asks for the others, and an organisation in a clause about someone else picks out no one.
    ("Who did Le Gall meet from the KMA?", "Nam Jae-Cheol", "Lim"),
    ("Which bloke from the weather agency did Le Gall meet?", "Nam Jae-Cheol", "Lim"),  # "bloke", "fella": people
    ("Which of the two Korean officials runs the weather agency?", "Nam Jae-Cheol", "Lim"),  # one of a list
    # which one is not: the one left over, never the one excluded
    ("Who did Le Gall meet that was not from KARI?", "Nam Jae-Cheol", "Lim"),
    ("Which SCO event was not held in Paris?", "Toulouse", "One Planet"),
    ("Who organised the forum, didn't they?", "CNES", None),  # a tag question negates nothing
    ("Instead of the SCO, tell me what bigger event the visit prepared", "state visit", None),  # set apart
    ("Before it was officially launched, where was the SCO announced?", "One Planet Summit", None),  # a clause of time
    ("Who headed the CNES delegation to South Korea?", "Le Gall", None),  # a delegation is its organisation
    ("What company is mentioned?", "Thales Alenia Space", "Lim Cheol-Ho"),  # a company is no person
    ("Who is Le Gall's counterpart at the KMA?", "Nam Jae-Cheol", None),  # one's counterpart at X leads X
    ("what does the strapline of the release say", "CNES briefs", None),  # a strapline is a headline
    ("who's the speaker quoted at the end of the release", "Jean-Yves Le Gall", "Lim Cheol-Ho"),
    ("does Le Gall like coming to Korea?", "pleasure", None),  # after an auxiliary, "like" is the verb
    ("le gall, does he actually like visiting korea?", "pleasure", None),  # ... and before a gerund
    ("What sort of partnership is the SCO developed inside?", "international partnership", None),  # "inside": filler
    ("Which three organisations are named?", "Korea Meteorological Administration", None),  # a count is no name
    ("Did France and Korea only begin their space cooperation in 2015?", "30 years", None),  # a wrong year offered
    # a place one goes to, offered to be checked, is answered with where one went (a country will do)
    ("Is the state visit to Italy?", "France", None),
    ("Did Le Gall travel to Japan?", "South Korea", None),
    # what one went somewhere to do is why one went
    ("what was le gall there to do", "state of progress", None),
    ("What did CNES's president travel to South Korea to do?", "state of progress", None),
    # the particles of other Englishes are no unknown names ("abeg", "sef": Nigerian Pidgin; "oga": the boss)
    ("abeg, who be the CNES oga sef?", "Jean-Yves Le Gall", None),
    ("wetin KASS be, abi?", "satellite navigation", None),
    # ... nor those of Hindi and Urdu ("bhai": brother; "kaun": who), nor chat slang ("wtf is": what is)
    ("bhai, KARI ka president kaun?", "Lim Cheol-Ho", "Nam"),
    ("wtf is kass", "satellite navigation", None),
    # the crowd at a forum is who attended it; "please" in other languages asks nothing
    ("who was in the crowd at the forum in Paris?", "scientists", None),
    ("Where was the SCO officially launched, molim?", "Toulouse", None),
    # ... where any sentence ends, and with an apostrophe in it
    ("good morning, since 2015 only they are having that agreement, allava? which agreement?", "inter-agency", None),
    ("Who organised the Paris forum, fa'afetai?", "KARI", None),
    # ... nor do greetings, thanks and particles of many more languages, before, inside or after the question
    ("Shwmae. Who is it, the president of CNES, please?", "Jean-Yves Le Gall", None),
    ("Maakye o. Who is the head of the KMA?", "Nam Jae-Cheol", None),  # (a one-letter particle is no acronym)
    ("In which country he was on 2 July, the CNES man? Diolch.", "South Korea", None),
    ("Who is head of the meteorology administration of Korea, os gwelwch yn dda?", "Nam Jae-Cheol", "Lim"),
    ("Kodwa why the Le Gall he go to Korea? What is the main purpose of the visit?", "Space Climate Observatory", None),
    ("Allora, in which day he was in South Korea, the president of CNES?", "2 July", None),
    ("xiexie, qingwen who is the KARI president?", "Lim Cheol-Ho", "Nam"),
    # a remark that opens the last sentence is set aside too; a greeting that sounds like a question asks nothing
    ("hiya! just dropped the spaniel back, who's the kari boss again?", "Lim Cheol-Ho", None),
    ("alright? ladder's up, bucket's full, who runs the korean weather lot?", "Nam Jae-Cheol", None),
    # a remark of a few words before the question names nothing by a word it writes in small letters
    ("yo just dropped a large margherita, who was the french space guy in korea again", "Le Gall", None),
    ("just dropped a patient off at x-ray, quick one - where did the sco get launched officially?", "Toulouse", None),
    # (who is named as holding a post is no question of how long they have held it)
    ("Who is named as Head of the Korea Meteorological Administration?", "Nam Jae-Cheol", None),
    # "which one" picks one of the people a list answer names, by the organisation the question names
    ("Of the two heads Le Gall met, which one runs the weather agency?", "Nam Jae-Cheol", "Lim"),
    # "why" asks for a reason or a purpose, not for when something was
    ("why did he visit South Korea on 2 July?", "main purpose", None),
    # a contract is the prime contractor's; opening is launching; going public is announcing; taking something up a
    # notch is taking it a step further; a step in cooperation is a milestone
    ("Who's on the other side of the KASS contract, the prime contractor?", "Thales Alenia Space", None),
    ("Which company took the lead contract on Korea's satellite navigation system?", "Thales Alenia Space", None),
    ("At what show did the SCO get its official opening?", "Toulouse Space Show", None),
    ("Where did they first go public with this climate observatory idea?", "One Planet Summit", None),
    ("When does Le Gall want to take the cooperation up a notch? Give me the month.", "October", None),
    ("What word did Le Gall use to describe this step in France-Korea space cooperation?", "milestone", None),
    # a question reported rather than asked is answered as asked
    ("One of my borrowers at the village stop asked who runs KARI. Can you tell me?", "Lim Cheol-Ho", "Nam"),
    ("A guest at the desk wants to know what day of the week the CNES president was in Korea.", "Monday", None),
    # ... for someone called by a title of courtesy, in a servant's words
    ("His Lordship enquires as to the name of the president of the Korea Aerospace Research Institute.", "Lim", None),
    ("Her Ladyship wonders whether the KASS navigation system was developed by CNES itself.", "developed by", None),
    # ... or one the asker says they are unsure of, even naming nothing but the release's own topic
    ("I've always been a bit hazy on how long the two countries have worked together in space.", "30 years", None),
    # a figure of speech: everyday words the release lacks, no name or attribute among them, around a plain question
    ("Where did the SCO have its official opening, like the grand opening of a new wing?", "Toulouse Space Show", None),
    ("Our depot's got a guvnor, so who's the guvnor over at the Korea Aerospace Research Institute?", "Lim", "Nam"),
    ("heading up a mountain tmrw, just tell me the date of the forum quick", "3 April", None),  # (read less surely)
    # a place offered to be checked may be followed by when ("... launched in Lyon last week?")
    ("Was the SCO launched in Lyon last week?", "Toulouse Space Show", None),
    # a time before now offered ("a year ago", "last year"): when it was
    ("Was the observatory officially launched about a year ago?", "last week", None),
    ("Was the SCO launched last year?", "last week", None),
    # ... or by where there ("... by the harbour"), a word the release lacks that names nothing of its own
    ("Was the forum held down in Marseille by the harbour?", "Paris", None),
    # ... or by when, which the release has right: where is what is checked
    ("Did the CNES president go to Japan on 2 July?", "South Korea", None),
    # an organiser the release does not know, put first: who organised it
    ("Did NASA organise the forum?", "organized by CNES", None),
    # "SK", short for South Korea
    ("CNES pres visited SK on what date exactly?", "2 July", None),
    # a day of the month offered with its month is checked with it ("3 May": with a number, "may" is a month)
    ("Was the forum held on 3 May?", "3 April", None),
    ("Was the Paris forum held on Tuesday 3 March?", "3 April", None),
    ("Did Le Gall visit Korea on July 3?", "2 July", None),
    # a claim put back to be checked by a short question naming nothing of its own: what the claim gets wrong
    ("Didn't the French space chief go to Korea sometime in June? When was it exactly?", "2 July", None),
    # ... stated flat, and put back by asking again what it said ("announced")
    ("Someone told me the SCO was announced in Seoul. Where was it really announced?", "One Planet Summit", None),
    ("The forum was in Lyon. Where was it actually held?", "Paris", None),
    ("Le Gall went to Japan. Where did he go really?", "South Korea", None),
    # ... or put back by a bare yes/no, after whose claim it was ("A dad at my last visit swore ...")
    ("A dad at my last visit swore the forum was held in Lyon. Was it?", "Paris", None),
    # (none of three letters or fewer, which a misspelt word could be split into: "KAAS" is no "ka as")
    ("what is KAAS", "satellite navigation", None),
    ("what belonging to KARI has CNES helped design and manage?", "launch facilities", None),
    # a word of another language tagged on at the end; radio talk; something new asks how long it has gone on
    ("Who heads KARI, dziekuje?", "Lim Cheol-Ho", None),
    ("who organised the forum, ačiū?", "Korea Aerospace Research", None),
    # ... or called out before the question: a greeting
    ("labas! who is boss of korean weather agency", "Nam Jae-Cheol", None),
    ("Barev! Please tell me, who is president of KARI?", "Lim Cheol-Ho", None),
    ("Shnorhakalutyun. Who organised the forum in Paris?", "Korea Aerospace Research", None),
    ("aney machan who heads the kma", "Nam Jae-Cheol", None),
    ("Mela, when was the forum in Paris?", "3 April", None),
    # ... of several words ("good day"); written like a name before a comma, when the question names its own subject;
    # and a question that names its subject before its pronoun points back at it, not at the greeting
    ("Dzień dobry! When was the forum in Paris?", "3 April", None),
    ("Tere hommikust. Who heads KARI?", "Lim Cheol-Ho", None),
    ("Haide, which company is prime contractor for KASS?", "Thales Alenia Space", None),
    ("Salam. When did the CNES president say he first came to Korea?", "1987", None),
    ("Szia. Who did the CNES president meet when he was in Korea?", "Lim Cheol-Ho", None),
    ("who heads kari, shukran please?", "Lim Cheol-Ho", None),
    ("Who runs KARI, lutfen soyle?", "Lim Cheol-Ho", None),
    ("Konnichiwa~ who heads the KMA?", "Nam Jae-Cheol", None),
    ("Aigoo? who is the president of KARI?", "Lim Cheol-Ho", None),
    # ... nor a polite suffix joined to a name
    ("When did Le Gall-ssi first visit Korea?", "1987", None),
    ("who is top of the shop at the KMA?", "Nam Jae-Cheol", None),
    # "or someplace else?" offers no second place; what the asker will do with the answer is no attribute asked for
    ("Was the forum held in Busan or someplace else?", "Paris", None),
    ("About Le Gall's first trip: what year do we pencil in?", "1987", None),
    # going out to a place is going there; the word opening a clause of time about the asker asks nothing
    ("who from CNES came out to Korea?", "2 July", None),
    ("On what day did the CNES boss turn up in Korea?", "2 July", None),
    ("Before I lock up the shop: which CNES president travelled to Korea?", "Jean-Yves Le Gall", "followed"),
    ("Before I head off, which CNES president went to South Korea?", "Jean-Yves Le Gall", "followed"),
    # a remark before a question naming its own subject names nothing asked about, whatever words it uses
    ("just finished hoovering the zendo. who runs kari?", "Lim Cheol-Ho", None),
    ("Long shift at the Wetherspoons today. Who heads the KMA?", "Nam Jae-Cheol", None),
    ("hey, quick q from the ferry queue, who runs kari these days?", "Lim Cheol-Ho", None),
    ("seas are flat calm so i got time - what's kass again?", "satellite navigation", None),
    ("morning. ropes coiled, crampons off. who's lim cheol-ho when he's at home?", "KARI", None),
    # the main job of a trip is what it was for; someone's main job is still their post
    ("What was the main job Le Gall had to do on that trip?", "state of progress", "President of CNES"),
    ("What's Le Gall's main job?", "President of CNES", None),
    # an ordinal the question offers to check is answered by what asks about the edition, not taken for another one
    ("Which edition was the space forum in Paris? Was it the first?", "2nd", None),
    ("the forum in april, was it the first forum or which number?", "2nd", None),
    # a claim denied, then tagged as a question ("wasn't ..., was it?"), offers its value to be checked
    ("The forum wasn't held in Seoul, was it?", "Paris", None),
    ("Le Gall's first visit wasn't in 1997, was it?", "1987", None),
    ("The visit wasn't on a Sunday, was it?", "Monday", None),
    ("Lim Cheol-Ho isn't the one heading the KMA, is he?", "Nam Jae-Cheol", None),
    # when the asker asks, said at the end, is no part of the question
    ("Who heads the KMA, before I head back down the shaft?", "Nam Jae-Cheol", None),
    # a quiz: options lettered or listed, of which the release knows one, and a claim flagged true or false
    (
        "Which company is the prime contractor for KASS: a) Boeing b) Thales Alenia Space c) Lockheed Martin?",
        "Thales Alenia Space",
        None,
    ),
    ("for how many years have France and Korea cooperated in space, 10, 30 or 50?", "30 years", None),
    ("When is Moon's state visit to France: June, October or December?", "October", None),
    ("true/false: the forum in Paris was organised by the KMA", "CNES and", None),
    # an organisation's people, lot or outfit is the organisation
    ("who is the boss of the weather people?", "Nam Jae-Cheol", None),
    ("who runs the aerospace research mob?", "Lim Cheol-Ho", None),
    ("who is the bloke from the French space mob who went to Korea?", "Jean-Yves Le Gall", "satellites"),
    # "how much years" is how many
    ("how much years have France and Korea worked together in space?", "30 years", None),
    # who sits at the top of an organisation leads it
    ("who sits at the top of KARI?", "Lim Cheol-Ho", None),
    # a description after the subject at the end says which one is meant, however much it says
    ("Who runs KARI, the folks the French space boss sat down with in July?", "Lim Cheol-Ho", "Le Gall"),
    ("When was the forum, the big gathering the politicians and scientists flocked to?", "3 April", None),
    # a date before a noun says which one is meant; it is not asked what happened then
    ("What did the July meetings give the two countries a chance to do?", "strengthen", None),
    ("Which agency led by Lim Cheol-Ho co-organised the April forum?", "Korea Aerospace Research", None),
    ("What happened in July?", "2 July", None),
    # "which institute", "what outfit" ask which one, as "which agency" does: the post, not all about the agency
    ("Which institute does Lim Cheol-Ho preside over?", "President of the Korea Aerospace Research Institute", "KMA"),
    ("What outfit is Nam Jae-Cheol in charge of?", "Head of the Korea Meteorological Administration", "CNES"),
    # a private company, a firm, a corporation: a company
    ("name the private corporation in the release", "Thales Alenia Space", None),
    ("which commercial company is involved?", "Thales Alenia Space", None),
    # a presidential visit is the state visit
    ("when is the presidential visit?", "October", None),
    # people drawn from somewhere come from there
    ("Where were the forum's officials drawn from?", "French and Korean space sector", None),
    # listed as a post is holding it: not a list of people
    ("Name the person listed as President of KARI.", "Lim Cheol-Ho", "Nam Jae-Cheol"),
    # a decade is the one year of the release in it
    ("so le gall's been going to korea since the 80s? for real?", "1987", None),
    ("what happened in the 1980s?", "1987", None),
    # a person's full title is their post (an organisation's, what its name stands for)
    ("What is Nam Jae-Cheol's full title?", "Head of the Korea Meteorological Administration", None),
    ("what is the full title of KARI?", "Korea Aerospace Research Institute", None),
    ("Request the date the CNES president was on the ground in Korea.", "2 July", None),
    ("Copy, I need the day the CNES president was on the ground in Korea.", "2 July", None),
    ("who was the guy from cnes hanging out in korea", "Jean-Yves Le Gall", None),  # hanging out in: visiting
    ("hang on, which system did Thales build?", "KASS", None),
    ("Is the France-Korea space partnership something new?", "30 years", None),
    ("When was Le Gall's debut trip to Korea?", "1987", None),  # a debut is a first
    ("Which Korean officials rubbed shoulders with Le Gall?", "Nam Jae-Cheol", None),  # ... rubbing shoulders, meeting
    # a remark before a last part that opens with a question word, even without a question mark, or after a smiley
    ("long shift at the bakery today :) where was the sco officially launched", "Toulouse", None),
    ("cute dog photo - who runs the kma", "Nam Jae-Cheol", None),
    ("so what's this kass thing for, then?", "satellite navigation", None),  # what's ... for: why, or what it does
    ("long shift :) whats the sco for", "climate change", None),
    ("long day :) whats the sco for", "climate change", None),  # the day of the remark asks no "when"
    # two questions in one phone message; a remark after the question that names nothing
    ("who heads kari? n when was the forum", "3 April", None),
    ("kari boss?? need it fast, the kettle is boiling over here", "Lim Cheol-Ho", None),
    ("what does nam do for a living?", "Head of the Korea Meteorological", None),  # a living is a post
    # a question taken back as it is written asks what replaces it; an attribute in what is taken back is not asked
    ("What was the budget of the forum - sorry, I mean, who organised it?", "Korea Aerospace Research", None),
    ("What did the visit cost - or rather, what was it for?", "state of progress", None),
    ("Where was the forum, when was it - no, I mean who organised it?", "Korea Aerospace Research", "Paris"),
    # "which <people>" asked inside a request still asks for people: not what the visit was
    ("My class wants to know exactly which Korean leaders Le Gall met on that trip - names please!", "Nam", None),
    # ... and so does one opening a sentence after a remark
    (
        "I do the parish newsletter, so spell them right. Which Korean leaders did the CNES chief go to see?",
        "Nam",
        None,
    ),
    ("Roll call, please: which Korean bosses did the CNES president meet?", "Lim Cheol-Ho", None),
    # how short the answer should be, and a vague span placing the thing asked about, ask nothing themselves
    ("explain sco in one sentence", "Space Climate Observatory", None),
    ("the sco, in like a line?", "Space Climate Observatory", None),
    ("What happened a few weeks before the July trip, in Paris?", "Space Forum", None),
    ("What gathering, held earlier in the year in Paris, came before the visit?", "Space Forum", None),  # no "when"
    ("Who did the Frenchman meet at KARI?", "Lim Cheol-Ho", "Nam"),
    ("Le Gall, he met the KMA and who else?", "Lim Cheol-Ho", None),
    ("Name of the KARI boss Le Gall met with?", "Lim Cheol-Ho", "Nam"),  # the one a role names
    ("who'd the cnes guy meet over there", "Nam Jae-Cheol", None),  # the role is who met them
    # "which <people>" asks for people: an answer naming none is no rival
    ("Which Korean leaders did Le Gall meet on his trip?", "Lim Cheol-Ho", None),
    ("Which Korean executives did Le Gall meet during the visit?", "Nam Jae-Cheol", None),
    ("What kind of people attended the 3 April forum?", "politicians", None),  # a kind of people, not whom
    # ... and "at which gathering" for an event: the partnership being international names none
    ("At which international event was the SCO first announced?", "One Planet Summit", None),
    # bare "years" asks how long; "in recent years" only says when
    ("France Korea space cooperation years", "30 years", None),
    ("Under what type of arrangement have the two partners launched new actions in recent years?", "agreement", None),
    # what letters mean, in chat shorthand too, is what an acronym stands for
    ("whats kma stand 4", "Korea Meteorological Administration", None),
    ("What is the meaning of the letters KARI?", "Korea Aerospace Research Institute", None),
    # a "top job" is the lead; to expand an abbreviation is to say what it stands for
    ("Who holds the top job at the Korea Aerospace Research Institute?", "Lim Cheol-Ho", None),
    ("Expand the abbreviation SCO as used in the release.", "Space Climate Observatory", None),
    # "which year" wants a year, though "date" is there too, as a verb
    ("From which year does the inter-agency agreement between the two partners date?", "2015", None),
    # a guess after a dash is checked like one after a comma, "March" and "May" too
    ("The Paris forum on 3 April - was that a Monday?", "Tuesday", None),
    ("In which month was the France-Korea Space Forum - was it March?", "April", None),
    # two answers nearly tied, both quoted by a third nearly as close: that one, which says both
    ("How did Le Gall characterise the decision?", "new milestone", None),
    ("Quiz: name the event where the SCO was announced and the one where it was launched", "Toulouse Space Show", None),
    # what someone said of a thing is their statement, not the thing it reports
    ("How did Le Gall characterise the Korean agencies' decision, in terms of bilateral ties?", "milestone", None),
    # a role read as its holder still asks who: answers naming the same person first agree
    ("yo who's the cnes guy that went to korea", "Le Gall", None),
    # chat's "4" is "for"; a guest who wants to know is the asker's; a place the release lacks offered beside one
    ("what did france do 4 korea space wise", "satellites", None),
    ("A guest wants to know which head of the French space agency came over to Korea in July.", "Le Gall", None),
    ("omg was the space forum in paris or seoul", "Paris", None),
    # the best match about another subject gives way to one about the question's, nearly as close
    ("Which satellite navigation system's rollout is CNES supporting?", "KASS", None),
    ("what did Le Gal say about KARI and KMA decison on the SCO", "resolute commitment", None),
    # a deal is an agreement, and it "dates from" a year, not a day; "only" asks nothing; being back is returning
    ("inter-agency deal dates from when?", "2015", None),
    ("yaar who is heading kma only?", "Nam Jae-Cheol", None),
    ("Who does the SCO partnership bring together - only space agencies?", "space agencies", None),
    ("was the CNES guy stoked to be back in Korea?", "pleasure", None),
    # a venue asked for is the event where something took place, when the release names one; "building" the verb
    ("Which venue hosted the SCO launch?", "Toulouse Space Show", None),
    ("Apart from building satellites, what has France designed for Korea's space programme?", "instruments", None),
    # "true or false" puts a claim to check, whichever way it is put
    ("The release says the SCO is a KARI initiative. True or false?", "CNES initiative", None),
    ("true or false: the forum was in Seoul", "Paris", None),
    # of two nearly tied answers, the one that names all the question names, where the other misses one
    ("What exactly was CNES presenting about the SCO in Korea?", "state of progress", None),
    # "the French agency" is CNES, whose president made the trip - not the Korean president's state visit
    ("Which French agency's president made the trip to South Korea?", "Le Gall", "Moon"),
    ("What does KARI stand for?", "Korea Aerospace Research Institute", None),  # no "what ... for" purpose
    # "in the first place" asks for no first visit
    ("Why did the CNES boss travel to South Korea in the first place?", "Space Climate Observatory", "1987"),
    # before an event, not a person: the forum came before the visit
    ("What came before Le Gall's trip to Korea?", "Forum", None),
    ("the CNES boss who went to meet the weather agency heads, what was he called?", "Le Gall", None),
    # a clause of time that opens the question says when, it does not ask it (and a clause inside it is part of it)
    (
        "When the CNES president went to South Korea and sat down with the people who run the weather service, who"
        " was the head of the weather agency he met?",
        "Nam Jae-Cheol",
        "Lim Cheol-Ho",
    ),
    # "what ... for" asks why, whatever filler follows; "in plain words" and "no clue" are how it is asked
    ("so what did the french fella actually go to korea for, honestly", "state of progress", "Moon"),
    ("so what's this sco thing for, in plain words? i have no clue", "climate change", None),
    # "word" is the singular of "words": what he said
    ("What word does Le Gall use for the decision?", "milestone", None),
    # words the knowledge never uses, read as the lexicon's synonyms: a voyage is a visit
    ("What was the chief reason Le Gall made the voyage out there?", "state of progress", None),
    # an English word is a form of the known word it shares a stem with ("playing" of "play"), not a slip for one of
    # the lexicon's derived forms ("planing", from "plan")
    ("How long have France and South Korea been playing on the same team in space?", "30 years", None),
    # an idiom made of words the knowledge knows: to set the stage is to prepare
    ("Whose state visit is this trip helping to set the stage for?", "Moon Jae-In", None),
    # more ways of asking why and when: a game plan is a purpose, "how recently" asks when
    ("What was the main game plan behind the visit?", "state of progress", None),
    ("how recently before his trip had the SCO been launched", "last week", None),
    # two nearly tied answers from one sentence of the source (his "commitment" and his "milestone") are parts of the
    # statement that says both, though it did not match as closely
    ("so what'd le gall call the kari/kma decision", "milestone", None),
    # an officer, like an official, is a person: not an office (a position)
    ("Which officer holds the presidency of the Korea Aerospace Research Institute?", "Lim Cheol-Ho", None),
    # slang: a boss, a short trip, a launch party; a measure word that starts a phrase is kept ("big cheese")
    ("so who's the big cheese from cnes that went over to korea", "Jean-Yves Le Gall", None),
    ("Did Le Gall go over just to see one bloke, or a bunch of the top people?", "key leaders", None),
    ("What was the principal object of Le Gall's visit?", "state of progress", None),
    ("gall's mood about coming back?", "pleasure", None),
    ("What's the overall subject line at the very top of the release?", "Space cooperation between France", None),
    # an organisation the question names by a description ("the meteorological body") is spelt out in the answer
    (
        "Which meteorological body was briefed on the Space Climate Observatory?",
        "Korea Meteorological Administration",
        None,
    ),
    # question words of other languages mixed in; "counts" the verb asks for no count
    ("KARI 원장 누구?", "Lim Cheol-Ho", "Nam"),
    ("Sino po ang CNES President?", "Jean-Yves Le Gall", None),
    ("Every seam counts: what is the full name of the agency abbreviated KMA?", "Korea Meteorological Admin", None),
    # a capital opening a second sentence is no name; what comes after the question says how to answer
    ("Who did Le Gall meet in South Korea? Names only.", "Nam Jae-Cheol", None),
    ("enna da, who is the kma head?", "Nam Jae-Cheol", "Lim"),
    # "which country" wants an answer naming a country: not the leaders of "the country's space sector"
    ("Kindly tell which country's space sector leaders Le Gall went to meet.", "South Korea", None),
    # a request that ends by saying whom it is for; what CNES presented about the SCO is its progress, not its
    # announcement; common nouns in small letters describe what the question asks the name of
    ("Decode the three letters SCO for a humble starship cadet.", "Space Climate Observatory", None),
    ("What exactly was CNES there to present about the SCO?", "state of progress", "One Planet"),
    ("What is the name of the climate observatory which CNES presented?", "Space Climate Observatory", None),
    # doing something alone, in its many wordings, is asked of the partnership
    ("Is the SCO something France is doing all on its own?", "vast international partnership", None),
    ("did cnes do the forum by itself or", "organized by CNES and KARI", None),
    # who made the visit; a name with "meeting" for "forum" is still the forum; "compared to" asks nothing;
    # a few words after a question with no question word still say how to answer
    ("who went to korea?", "Jean-Yves Le Gall", None),
    ("Who went to the big France-Korea space meeting in Paris?", "numerous politicians", None),
    ("The Toulouse Space Show was when, compared to the visit?", "last week", None),
    ("kari boss name? stoked to know", "Lim Cheol-Ho", None),
    # "during his time in" asks no time; a destination is a where; "staged" is "held"
    ("Tell me who Le Gall met during his time in South Korea.", "Nam Jae-Cheol", None),
    ("Moon Jae-In visit destination", "France", None),
    ("In which city was the 2nd France-Korea Space Forum staged?", "Paris", "Toulouse"),
    # a number of years guessed after the question is a span to check, not an unknown number
    ("france and korea are space friends how long, like 10 years or more?", "30 years", None),
    # a fragment of the release with a blank to fill: the words that ask for the blank ask nothing else
    ("'...announced in Paris at the ... in December' - which event fills the blank?", "One Planet Summit", None),
    # what a phrase refers to asks nothing of its own; talking about something is saying it
    ("What does 'key leaders of the country's space sector' refer to - who are they?", "Lim Cheol-Ho", None),
    ("What is the full name of the South Korean head of state referred to in the release?", "Moon Jae-In", None),
    # "foreseen" is "planned"
    ("Which visit is foreseen for October?", "state visit", None),
    # what came after the SCO's announcement is its launch
    ("After being announced at the One Planet Summit, what happened next to the SCO?", "Toulouse Space Show", None),
    # the other answer offered as a question of its own: a choice between two places, one the release names
    ("wait so the forum was in paris? or was it seoul? which one", "Paris", None),
    # showing people something is presenting it to them; "off the record" is an aside, like "for the record"
    ("what did CNES show them in Korea", "state of progress", None),
    # "this announcement" is the release; what someone was there to present is what they presented
    ("what is this announcement about?", "space cooperation between France and South Korea", None),
    ("what was Le Gall there to present?", "state of progress", None),
    # a new stage of something is a milestone in it; "as far as X goes" only frames the question
    ("What did Le Gall call this new stage in the Franco-Korean space relationship?", "milestone", None),
    ("What happened at the Toulouse Space Show, as far as the SCO goes?", "officially launched", None),
    ("off the record, who runs kari?", "Lim Cheol-Ho", None),
    # a question word in a remark before the question asks nothing when the question asks with its own ("time" is
    # no "when"), and one both ask reads as the question asks it (a month, not a date) - unless the question points
    # back at what the remark said
    ("Climate is THE story of our time if you ask me. What exactly will the SCO help us understand?", "impacts", None),
    ("haha i always forget dates. the one planet summit was what month?", "December", None),
    ("I remember 'for over 30 years' - which two countries was that about?", "South Korea", None),
    # a word by which the asker addresses the bot asks nothing, English or not; nor does a British idiom
    ("Who heads up the Korea Meteorological Administration, love?", "Nam Jae-Cheol", None),
    ("what's the SCO meant to be for, in plain words, darlin'?", "climate change", None),  # (a letter dropped)
    ("Who leads CNES, my friend?", "Jean-Yves Le Gall", None),
    ("Sat Sri Akal ji, kindly tell me the CNES president went to which country on 2 July?", "South Korea", None),
    ("so what's this sco thing when it's at home?", "climate change", None),
    # the full meaning of an acronym is what it stands for
    ("Ji, what is full meaning of KMA, please tell?", "Korea Meteorological Administration", None),
    # remarks before a question that names its own subject: if they keep it from being matched, it is asked alone
    ("Busy shift at the depot, the kettle is on. Who is the president of KARI?", "Lim Cheol-Ho", None),
    ("What a CV! Since the early 2000s, what exactly has CNES been doing with KARI?", "launch facilities", None),
    ("brainstorming a quiz round lol, what's kass exactly?", "satellite navigation", None),
    # ... and a long one wrapped in hedges is answered by its clause that asks of a subject it names
    (
        "Leaving the diplomatic fluff aside for a moment, what I actually want to know is who exactly the CNES "
        "president sat down with while he was over there, because the names confuse me?",
        "Lim Cheol-Ho",
        None,
    ),
    (
        "I have seen KASS next to the rocket in the news, so what kind of system is KASS actually, since I can never "
        "tell these apart and my notes are a mess?",
        "satellite navigation",
        None,
    ),
    # ... or followed by a few words that only say how to answer
    ("The guy in charge at KARI, what's his name? Want it written down proper.", "Lim Cheol-Ho", None),
    # a question made of common words matches its stored question whatever its determiners and hedges; what the
    # release is about says who went where too
    ("so what's the release about, basically?", "Le Gall was in South Korea", None),
    # a negation after the question's clause is a guess, not "which one is not"
    ("Which day was the forum held, I bet not a Friday?", "Tuesday", None),
    # several questions in a row: the one that names its subject and is answered
    ("Who set the forum up? Which agencies laid its first stone, so to speak?", "KARI", None),
    # "what on earth" asks what; a send-off is a launch
    ("What on earth is KASS? Sounds like something from a hardware shop.", "satellite navigation", None),
    # ... or before "but" and a question of its own
    ("sorry the kids are screaming but where was the forum held", "Paris", None),
    # ... or a word on how to answer, or what the answer is for ("brief" is no briefing)
    ("Who is in the SCO partnership? Brief answer.", "space agencies", "briefed"),
    ("Quick one for the minutes: exact date of the space forum in Paris, please.", "3 April", None),
    # ... also before a question asked in place, with its question word last
    ("quickfire round: kslv-2 is a what", "launch vehicle", None),
    ("what's the SCO for, one-liner pls", "climate change", None),  # how to answer is no name
    ("what is KASS exactly, 1 line pls", "satellite navigation", None),
    ("hi, busy day here. KMA boss?", "Nam Jae-Cheol", None),  # the asker's day asks for no date
    ("Forum attendees, by category. Bullet pts.", "politicians", None),  # nor is the form of a list
    ("where did the SCO get its proper send-off?", "Toulouse Space Show", None),
    ("Where did the SCO make its official debut?", "Toulouse Space Show", "One Planet"),  # a debut is a launch
    ("In which year was Le Gall's debut visit to Korea?", "1987", None),  # ... and a debut visit the first
    # "how ... supposed to" asks how, not what for
    ("How are the SCO partners supposed to work together?", "pool resources", None),
    # ... nor "what" a modal's verb takes, other than doing or being (what they give, not what it is all for)
    ("What are the partners in the SCO supposed to give each other?", "share data", "decision support"),
    # "which" asked where the answer would stand is the question, not a relative clause
    ("Le Gall met which person from the weather office?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    # ... or by a comment of the asker's that names and asks nothing ("ops" is no acronym of the summit)
    ("Who heads the KMA? These visits always look like photo ops to me.", "Nam Jae-Cheol", None),
    ("What is the SCO supposed to do? Us farmers feel the weather changing every single season.", "climate", None),
    ("what's the KMA boss called again? bit of a mouthful for the rota", "Nam Jae-Cheol", None),
    # ... naming again, about the asker, what the question names ("Fridays" of "a Friday", "Lyon" of "in Lyon")
    ("Did Le Gall's Korea visit fall on a Friday? I teach Fridays so I'd remember.", "Monday", None),
    ("Was the second France-Korea forum held in Lyon? I do the Lyon fair with the van every year.", "Paris", None),
    # ... after a topic named before a yes/no question, or after remarks the asker makes about themselves
    (
        "That space forum in Paris - was it on a Tuesday? We do the big tank clean on Tuesdays, so I'd remember.",
        "Tuesday 3 April",
        None,
    ),
    ("We book services weeks ahead. Is the state visit to France in October, or later than that?", "October", None),
    # one place the release knows, offered for something else it names, asks where that was
    ("Was the second France-Korea space forum held down in Toulouse?", "Paris", "Toulouse Space Show"),
    ("The One Planet Summit where the SCO was announced was held in Toulouse, correct?", "Paris", None),
    # ... but not a place that says which one, or where one is glad to be
    ("Did politicians and scientists really attend that forum in Paris?", "scientists", None),
    ("is Le Gall happy to be back in korea or what?", "huge pleasure", None),
    # a question alone before comments, or after remarks, is answered as asked alone, though the whole would be too
    ("Which country did the CNES president head out to? Somewhere with decent snow, I hope.", "South Korea", "October"),
    ("Was the France-Korea Space Forum held in Toulouse? My sister went to a fair there once.", "Paris", "Toulouse"),
    # ... ("That's what ..." asks nothing)
    ("Was the SCO first announced in Toulouse? That's what my neighbour told me at the market.", "One Planet", None),
    # a question reported after a caller's name, opened by a preposition or by "whether", is the question asked
    ("Maureen from Leeds wants to know since which year the inter-agency agreement has been running.", "2015", None),
    (
        "Our next caller, Tom in Derby, asks whether the SCO is purely a French project or part of a wider effort.",
        "international partnership",
        None,
    ),
    # what something "is intended to do" is what it is for, not what anyone hopes
    ("What is the SCO intended to do, in plain terms?", "better understand", "step further"),
    # a claim the asker read or was told is checked as one tagged "right?"
    ("Was the SCO launched in Cannes, as my cousin says?", "Toulouse Space Show", None),
    ("Did the forum take place on 2 July, as someone told me?", "3 April", None),
    # a country offered as where someone was is answered by the country they were in, after "excuse me" too
    ("Excuse me, was Le Gall in Germany in July?", "South Korea", None),
    # "number two" is the second of something; "down the years" asks for no number of years
    ("Forum number two - which city was it in?", "Paris", None),
    ("What has France provided for Korea's space efforts down the years?", "building satellites", None),
    # a claim about a topic named first, tagged to be checked, before a comment naming its place again
    (
        "The France-Korea forum in the spring - that was held in Lyon, wasn't it? Lovely old streets in Lyon.",
        "Paris",
        None,
    ),
    # a day of the asker's own in a comment asks for no day
    ("Was Le Gall in Korea on a Sunday? That's our quietest day for some reason.", "Monday", None),
    # how someone is described is their title, not what they said
    ("How is Jean-Yves Le Gall described in the release?", "CNES President", "huge pleasure"),
    # a greeting in another language before a claim to check names nothing asked about
    ("Mbote. Was the forum held in Marseille?", "Paris", None),
    # a request to be put right after a claim asks nothing of its own
    ("The SCO was launched in Toulouse in March, wasn't it? Or have I got the month wrong?", "last week", None),
    ("Le Gall first went to Korea in 1995, I believe? Or was it earlier than that?", "1987", None),
    ("I think the forum in Paris was on a Monday, was it? Put me right, would you.", "Tuesday 3 April", None),
    # a yes/no question of a topic named first is asked of the topic
    (
        "I always check my route before I set off. That France-Korea forum in the spring - was it held in Lyon?",
        "Paris",
        "Toulouse",
    ),
    # ... even after a question mark that follows a digit, not two letters ("KSLV-2?" ends a sentence)
    ("Who helps with the KSLV-2? I want to put it accurately in our club bulletin.", "ground segment", None),
    # a real word typed for another that is the only one a question about the release can mean
    ("who did the cnes president meat in korea?", "Nam Jae-Cheol", None),
    # a greeting with a word of address before the question names nothing; "OG" is chat for first
    ("alright love, when did the cnes boss land in korea then", "2 July", None),
    ("so when was le gall's first trip to korea, like the OG one", "1987", None),
    # ... or by a thanks in another language, after a request
    ("Please tell me the year of Le Gall's first visit to South Korea. Siyabonga.", "1987", None),
    # "when" opening a clause of time asks nothing when the question asks something else
    ("Who was in charge of KARI when the CNES president visited?", "Lim Cheol-Ho", None),
    ("What is the SCO meant to do once it is built, in simple words for a simple man?", "climate change", None),
    # "all these years" is how long something went on, not a question of how long; "till" says nothing
    ("Whose space programme has France been backing all these years?", "South Korea", None),
    ("whose space programme is france propping up", "South Korea", None),
    ("never heard of the sco till today, what does it stand for?", "Space Climate Observatory", None),
    ("Call me a sceptic, but how is the Korea trip linked to President Moon going to France?", "state visit", None),
    # a venue is answered by a city when the question names none
    ("Which venue hosted the forum?", "Paris", None),
    # a claim to check that ends on a date, a place or a doer the release lacks is corrected, not declined: the
    # release gives that date, place or doer
    ("Moon's state visit is planned for September, I believe?", "October", None),
    ("Le Gall Korea visit September?", "2 July", None),
    ("Was the SCO officially launched at the Paris Air Show?", "Toulouse Space Show", None),
    ("KASS is built by Airbus, yeah?", "Thales Alenia Space", None),
    ("Was Boeing the prime contractor for KASS?", "Thales Alenia Space", None),  # ... or put first as the holder
    ("If I remember right, the forum was organised by CNES together with ESA?", "KARI", None),
    # an attribute word of one organisation's name, said of a role or a crew, names it ("the weather in Paris"
    # asks for the weather: see DECLINES)
    ("who's the weather boss over in korea then?", "Nam Jae-Cheol", None),
    ("which weather people did le gall meet?", "Korea Meteorological Administration", None),
    # a season places nothing; "this news" is the release; dropping the news is announcing it
    ("That forum in the spring, which city did they hold it in?", "Paris", None),
    ("Hello! I am reading this news, the CNES president name is who?", "Jean-Yves Le Gall", None),
    ("where did they first drop the news of the observatory?", "One Planet Summit", None),
    # a yes/no question ending on the other way round asks the first way: the answer settles both
    ("Is the SCO a CNES idea, or did somebody else dream it up?", "CNES initiative", None),
    ("Is the SCO CNES's idea, or did it come from somewhere else?", "CNES initiative", None),
    # a remark before the question, which opens on a word that only turns to it, asks nothing
    ("busy day at the yard. anyway who ran that space forum in paris", "Korea Aerospace Research", None),
    # a boss by any name; the other way round ending a yes/no question, without a comma
    ("who's the french space supremo in this?", "Jean-Yves Le Gall", None),
    ("Is the SCO a CNES idea or somebody else's?", "CNES initiative", None),
    # a "not" in a later sentence asks no "which one is not"; "not X" opening a part sets X apart
    ("What is the KMA please. I do not know these letters.", "Korea Meteorological Administration", None),
    ("Where did the SCO go live? Not the announcement, the real start.", "Toulouse Space Show", None),
    # a blank for the word someone called a thing; the many offered against one doer alone are a guess, no name
    ("Le Gall called the Korean decision a new what?", "milestone", None),
    ("Is the SCO just France doing it alone, or a big pack of agencies working together?", "partnership", None),
    # a remark naming nothing is not what "they" points at when the question names its subject after it
    ("lovely day for a walk! which summit did they first announce the SCO at?", "One Planet Summit", None),
    # how to put the answer asks nothing, whatever word is inside it
    ("In plain kitchen terms, what's the SCO meant to do?", "climate change", None),
    # a short word of another language set off by a comma or ending the question is a particle, not a name
    ("hello kawan, the Le Gall he is happy to come back in Korea?", "huge pleasure", None),
    ("the forum is in which city gitu?", "Paris", None),
    ("Le Gall first visit to Korea is which year, thov qhia kuv.", "1987", None),  # (a run of them)
    # a fact matched by the date the question gives yields to a close match about what it asks
    ("What's he say he'll do with the cooperation come October?", "step further", None),
    # the other way round ending a question that asks whose; an official unveiling is the launch
    ("Whose idea was the SCO, CNES's or somebody else's?", "CNES initiative", None),
    ("Where did the SCO get its official unveiling?", "Toulouse Space Show", None),
    # "is it correct to say" only puts a claim; a thing of decades' standing has lasted that long
    ("Is it correct to say the partnership is of two decades' standing?", "30 years", None),
    # an expectation of what might come of something is a hope for it
    ("What expectations did Le Gall voice for the state visit?", "step further", None),
    # the firm leading the work is its prime contractor
    ("Which firm's the lead outfit on the Korean satnav kit?", "Thales Alenia Space", None),
    # a moment in a relationship is a milestone in it
    ("How did Le Gall describe this moment in the French-Korean space relationship?", "new milestone", None),
    ("Has the KMA agreed to work with CNES on the SCO?", "KMA decided", None),
    # what one thought of something is what one said of it
    ("What was Le Gall's opinion of the Korean decision?", "resolute commitment", None),
    # the main job one went to do is why one went, not one's post
    ("Cut to the chase for me: what was the main job he went over there to do?", "Space Climate Observatory", None),
    # what to put the answer in, and for whom, asks nothing
    ("What's KASS, in plain words for a waller?", "satellite navigation system", None),
    # being out in a place is being in it; having a hand in something is taking part in it
    ("What day of the week was he out in Korea? Mondays are always busy at the garage.", "Monday", None),
    ("Apart from the satellites, did CNES have any hand in Korea's launch sites?", "launch facilities", None),
    # a release's main or secondary heading is its headline; "as printed" says how to answer, not what
    ("Give me the release's main heading, just as it's printed.", "Space cooperation between France", None),
    ("What's the secondary heading of the press release?", "CNES briefs KARI and KMA", None),
    # a milestone "in the history of" a cooperation is in it, not a question of how long it has lasted
    (
        "What does Le Gall say the decision is in the history of cooperation between the two countries?",
        "new milestone",
        None,
    ),
    # one of the leaders Le Gall met, picked by his organisation, is that one alone - in the answer and in its quote
    ("Which person from the KMA did the French delegation sit down with?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    ("So the weather agency chief the Frenchman met, who's he?", "Nam Jae-Cheol", "Lim Cheol-Ho"),
    # Bislama and Tok Pisin: question words ("wanem", "hu", "wanem taem"), thanks, "please" and particles
    ("Halo! Wanem taem the SCO i bin announce? Tankyu tumas.", "December", None),
    ("Plis, hu i head blong KMA?", "Nam Jae-Cheol", None),
    # "what ... for" asks why in any part of the question, with a comment after a comma
    ("what's the SCO actually for, in one line?", "climate change", None),
    ("What is the observatory for? My nephew thinks it watches planets.", "climate change", None),
    # seeing a thing is no meeting
    ("what's that sco thing for, because i keep seeing it on the news?", "climate change", None),
    # a date after a noun says which one, as before it ("the July meetings"): it is not what is asked
    ("If I'd been a fly on the wall on 2 July, who would I have seen Le Gall meet?", "Lim Cheol-Ho", None),
    # Ilocano and Breton question words, greetings and thanks; "admin" is short for administration
    ("Agyamanak! Siasino the president of KARI, apo?", "Lim Cheol-Ho", None),
    ("Sadino was the SCO officially launched? Trugarez.", "Toulouse Space Show", None),
    ("who heads the korea meteorological admin?", "Nam Jae-Cheol", None),
    # what takes one somewhere is a visit, and why one went - unless it asks which event did
    ("what took le gall to korea in july?", "state of progress", None),
    ("What gathering took Le Gall to Korea for the first time back in 1987?", "space days", None),
    # words after the last comma that ask nothing leave the question ending on its choice
    ("was the forum in paris or busan, by the way?", "Paris", None),
    # an acronym "in full" is what it stands for, not the full statement
    ("What is the KMA in full?", "Korea Meteorological Administration", "Le Gall"),
    ("Give me Le Gall's statement in full.", "huge pleasure", None),
    # a holder the release lacks, stated as a claim to check, is corrected by the one it names
    ("Arianespace is the prime contractor for KASS, right?", "Thales Alenia Space", None),
    ("True or false: Boeing is the developer of KASS.", "Korea Aerospace Research Institute", None),
    # a name written down by ear, with a first letter of the same sound ("cass" for KASS), is that name - not the
    # word one letter off that asks nothing ("class"), which left "what is the press release" to answer
    ("what is cass in the press release", "satellite navigation", "CNES briefs"),
    ("cass what is", "satellite navigation", None),
    # a worksheet's numbering and marks ask nothing; a blank to fill in is what is asked
    ("Q2. State the main purpose of Le Gall's visit to South Korea.", "Space Climate Observatory", None),
    ("Q4. Explain what the SCO will help us to do. (2 marks)", "climate change", None),
    ("whats the date le gall was in korea, need it for q3", "2 July", None),
    ("q5 fill in the blank: the SCO was officially launched at the ______ last week", "Toulouse Space Show", None),
    # "they" after a claim naming several people are those people, not the first alone
    ("le gall met lim cheolho and nam jaecheol rite? what orgs do they run", "Meteorological", "President of CNES"),
    # question words of Kapampangan, as of other languages before ("Ninu ... pu?")
    ("Ninu the head of the Korea Meteorological Administration pu?", "Nam Jae-Cheol", None),
    # ... and of Pangasinan
    ("Kapigan the forum in Paris, manong?", "3 April", None),
    # "how much long time" is how long, not an amount
    ("France and Korea doing work together in the space since how much long time?", "30 years", None),
    # an intention, a rationale, is what something was for
    (
        "What was the deeper intention behind Jean-Yves Le Gall's journey to South Korea?",
        "Space Climate Observatory",
        None,
    ),
    # a thing's designation is its name (a person's, his title: "What is Lim Cheol-Ho's designation?")
    ("What designation does the release use for South Korea's new launch vehicle?", "KSLV-2", None),
    ("What is Lim Cheol-Ho's designation?", "President of the Korea Aerospace Research Institute", None),
    # nor does a wish to the reader
    ("Khurumjari! Hope you are keeping fine. Who is head of KARI, please?", "Lim Cheol-Ho", None),
    # an English greeting called out first asks nothing; nor does how the asker asks ("informal" is no "inform")
    ("Good afternoon. An informal question, but I would like it accurate: who is CNES's president?", "Le Gall", None),
    ("good evening, asa the sco is launch officially?", "Toulouse", None),
    # how Le Gall characterised the decision is both things he said of it
    ("How did Mr Le Gall characterise the decision taken by KARI and the KMA?", "resolute commitment", None),
    ("How so is the decision of KARI and the KMA significant, in Le Gall's view?", "resolute commitment", None),
    # what someone called something asks for their words, not for a name; "the phrase" is their words too
    ("Le Gall called Korea's decision a new what in the cooperation?", "new milestone", None),
    ("le gall called the KARI and KMA decision a milestone of some kind, what was the phrase?", "new milestone", None),
    # a time put after a comma by another event asks of the first one, whatever the question word
    ("When was the SCO first announced, before it was officially launched?", "December", "Toulouse"),
    # the date of some kind that what someone said names is the answer about that date, not when they said it
    ("Which year does Le Gall mention in his statement?", "1987", "does not give the year"),
    ("which year is mentioned in Le Gall's quote?", "1987", "does not give the year"),
    ("What month does Le Gall mention?", "October", None),
]

DECLINES = [
    # ... which may still be about something the release does not know
    "Sam from Crewe asks whether NASA is part of the SCO.",
    # the day something happened, said as the time of what is asked, does not ask when
    "What was the weather like in South Korea on the day of the meetings?",
    "What was weather in Korea on day of the visit?",
    # a greeting quoted is what is asked about, not called out
    "How you say 'good morning' in French?",
    # a name tagged on at the end is still a name: written like one, or known to be another organisation
    "Who heads KARI, Zorblax?",
    # (... unless it names another organisation, or is a topic label)
    "just heard about kompsat on the radio, what's France's part?",
    "kompsat - what's France's part?",
    "paris book fair - sco there?",  # (what "there" points back at is asked about, not set aside)
    "Did Arianespace provide the launch services for Korea's satellites?",  # (France did: no holder named)
    "when was the 5th France-Korea Space Forum?",  # (though a number counted is no name, the release has no 5th)
    "did spacex launch kari's satellites?",  # (another organisation in small letters is no slip of a name)
    "when did le gall go to north korea",  # (a point of the compass before a known name makes another one)
    "Where is the NASA office, Houston?",  # (a place guessed is checked only where it is the only name lacking)
    # "the French president", "the French leader" may be the head of state the release does not name
    "Who is the French president?",
    "What is the name of the French leader?",
    # where a thing is located or based wants a place: an organisation named does not say it
    "Where is Thales Alenia Space based?",
    "Where are the KARI launch facilities that CNES helped design located?",
    # the names of things the release speaks of unnamed, however asked for
    "KARI Earth-observing satellites that CNES help, what is their names?",
    "Does the release name any of the satellites France built for Korea?",
    "Name the specific Earth-observing satellites CNES worked on with KARI.",
    "which satellites did France build for Korea? names only",  # (asked for after the question)
    "Which Earth-observing satellites has CNES worked on with KARI? Names, please.",
    "What's the name of the Korean launch site that CNES helped design?",  # a launch site is a place
    # how long a stay lasted, asked with no auxiliary as a learner may ask it: the release gives no duration
    "How long Le Gall stay in Korea?",
    # (a name in a likeness drawn after the question is still a name the release lacks)
    "Who is the CEO of KARI's launch arm, like the boss of SpaceX?",
    # (aerospace firms and satellite-navigation systems the release does not name are names, however written)
    "what's airbus building for kari then?",
    "is cnes helping korea with galileo as well as kass?",
    # (... but a country or a world, however written, is a name; an attribute is never a slip for a small word)
    "when did the cnes president visit china?",
    "China and France space cooperation, how many years?",
    "What is Le Gall's pay?",
    # (... unless it is about something the release never mentions)
    "My friend at JAXA wants to know who runs JAXA",
    "I have no idea who the head of JAXA is",
    # (a country that is an English word too, written with its capital, is a name even opening the question)
    "Japan Meteorological Agency head, what is his name?",
    # (nor how long anyone has held a post: a tenure, never given, whatever else the question matches)
    "How long has Jean-Yves Le Gall been CNES president?",
    "When did Le Gall become CNES president?",
    "Since when Nam Jae-Cheol is head of KMA?",
    "how long has le gall been running CNES?",
    # (nor exactly which satellites: the release does not name them)
    "Exactly which satellites did France build for the Koreans?",
    "Le Gall, CNES president for how long?",
    # (nor when KASS will be up and running: helping its rollout is no date for it)
    "When will KASS be up and running?",
    # (what a contract is worth, or when it was signed, the release does not say)
    "When was the KASS contract signed?",
    "How much is the KASS contract worth?",
    # (a day offered asks for the day, which the release does not give for the summit)
    "True or false: the One Planet Summit was held on 12 December.",
    # (a claim about something the release never mentions stays a question about it, however it is put back)
    "Did NASA join the SCO? When was that?",
    "Le Gall went to Japan. When was that?",
    "Ilang taon na po si Jean-Yves Le Gall? How old is he?",
    # (names that are also a word of thanks or greeting somewhere stay names: Saab, Salem)
    "Did Saab build KASS?",
    "When did Le Gall visit Salem?",
    "what did kim jong un say abt all this",
    "who leads it, nasa?",
    "roscosmos! who leads it?",
    "Galileo, CNES role in Korea?",  # a name put first, not called out
    "Zorblax! what role did it play in the SCO?",  # the question points back at it
    "Kompsat satellites, which did CNES build?",  # words of the knowledge: a subject put first, not a greeting
    "JAXA? who leads it?",  # the question points back at the word called out
    # a name said about the asker, that the question points back at, is what it asks about
    "My aunt is a fan of that astronaut, Chris Hadfield. What did he say at the Paris forum?",
    "Roscosmos launched something today. who leads it?",  # the question points back at the remark's name
    "kompsat - what's CNES's part?",  # a name put first before a dash is the subject
    "The Kompsat satellites - what did CNES build for KARI?",  # ... even when the question names one of its own
    'Translate "good morning, how are you" into French.',  # a quote is no remark before a question
    "What building in Paris hosted the forum?",  # a venue finer than the city the question names
    "Isn't KASS meant to work with Galileo?",  # what it works with is no doer: an unknown name
    "What was the weather like in Paris during the forum?",
    "Nam Jae-Cheol is head of the KMA since which year?",  # (the year he took office, which the release lacks)
    "Who leads NASA? Who leads KARI?",  # several questions, one about a name the release lacks: not half answered
    # a long question's clause that leaves out what the question names - an edition, a name it lacks - asks
    # something else
    "The first France-Korea Space Forum, which surely came before the Paris one, in which city and year was that held?",
    "Thinking about the long history here, and I realise this is niche, who was the first NASA official that Le Gall "
    "ever met, and where did they meet?",
    "Who leads NASA: Bill Nelson, Jim Bridenstine or Lim Cheol-Ho?",  # a name offered does not answer for another
    "since the 1990s?",  # (no year of the release is in it: no slip for the 1980s)
    # the names of things the release does not name: not the agencies a clause after them names
    "the Earth-observing satellites of KARI - what are their names?",
    "What are the names of the Earth-observing satellites the French agency helped the Korean institute develop?",
    "did ban ki-moon go to the one planet summit",  # part of a hyphened name is another name than "Moon"
    "Did Le Gall talk to NASA?",  # not a place one goes to: an unknown name
    "Which agencies didn't CNES brief?",  # the release names only those it briefed
    "Which of the forum and the summit was not in Paris?",  # both were
    "Who is the president of DLR?",
    "The ESA, what does it do with the SCO?",  # a subject put first with a comma is what is asked about
    "where is kari's hq",  # a two-letter attribute is no stray fragment
    "Le Gall Korea trip - duration (days)?",  # a duration is a span: "since 1987" is no answer
    "Who is the president of NASA?",
    "I'm writing about space agencies for my class: who is the president of DLR?",  # names count in a preamble
    "who is kim chul ho",  # a name sounding like a known one's part is still another name
    "Was the SCO launched on a Monday?",  # the release gives no day for it
    "Was the SCO launched in 2016?",  # nor a year
    "When was the forum, 2010?",  # a year guessed asks for the year, which the release never gives
    "How big is KARI?",  # a measure asked for
    "How much is CNES putting into the KSLV-2 ground segment?",  # an amount: "the two partners" is no amount
    "Since when has Lim Cheol-Ho led KARI?",  # the sentence naming him gives the visit's day, not his term's
    "Where did the first France-Korea space forum take place?",  # "where": only an answer naming a place will do
    "Did Le Gall first visit NASA in 1995?",  # an offered year does not excuse an unknown name
    "Did NASA take part in the forum in Seoul?",  # nor does an offered place
    "When was Le Gall visiting Georgia, batono?",  # a word of courtesy after a question is no tag
    "I read about NASA's boss visiting. Anyway, who was he?",  # "he" may point into the digression
    "I love kimchi. Who heads JAXA?",  # nor what the asker says of themselves
    "Did Le Gall meet Lim Cheol-Ho in Seoul?",  # a city offered: "in South Korea" does not say which
    "What is the KSLV-3 rocket?",  # a number written into a name is part of it
    "When did Jean-Yves Le Gall first visit China?",
    "What is KARI's budget?",
    "What is KSLV-2's payload capacity?",
    "How old is Jean-Yves Le Gall?",
    "What are the names of KARI's Earth-observing satellites?",  # spoken of, never named
    "Which politicians attended the forum?",  # only "numerous politicians"
    "Which scientists were at the Paris forum? Names please.",
    "When did Pierre Le Gall go to Korea?",  # another first name: another person
    "Does NASA run the SCO?",  # the release names no one who runs it
    "What did they eat at the forum in Paris?",  # "eat" is no slip for "at"
    "Which scientific instruments exactly did France design for Korea?",  # described, never named
    "Did SK Hynix join the SCO?",  # "SK" is South Korea, but not in a company's name
    "Which specific instruments did France design for Korea?",
    "When and where was the first France-Korea Space Forum held?",  # the release names only the 2nd
    "Who is the CEO of Thales Alenia Space?",  # a role the release gives for no one there
    "Who chaired the space forum in Paris?",  # chairing an event is no organising it
    "When did the CNES president visit Togo?",  # a name, not "to go" run together
    "Name all of KARI's Earth-observing satellites.",  # asked to name what the release leaves unnamed
    "Who is Jean-Yves Le Gall's deputy at CNES?",  # nor for anyone
    "Who is the mayor of Toulouse?",
    "Who was CNES president before Jean-Yves Le Gall?",  # someone who came before him, never named
    "who headed cnes after le gall",
    "On which exact days in October is President Moon's state visit?",  # days, where the release gives a month
    "What was the exact date of the One Planet Summit?",  # only its month: "what date" wants a day
    "At what time of day did Le Gall meet Lim Cheol-Ho?",  # a date is no time of day
    "Which venue in Paris hosted the France-Korea Space Forum?",  # only the city it names: no venue
    "In which building or venue in Paris was the Space Forum held?",
    "How long did Le Gall stay in South Korea?",  # a span: "since 1987" will not do
    "How long has Nam Jae-Cheol been head of the KMA?",  # not "How far back does the CNES President go with Korea?"
    "How accurate is the KASS navigation system?",  # an attribute the knowledge never speaks of
    "When does the 2015 inter-agency agreement expire?",
    "Write me a short poem about cats.",  # naming nothing known, its unknown words are its subject
    "Write me a haiku about the moon.",  # a noun after an article, though one of President Moon's names
    "What did the President of CNRS say at the Paris forum?",  # another French agency, not a slip for CNES
    "who runs KASA",  # nor the Korean space agency one for KASS
    "uk space agency involved?",  # a country known by its letters, however written
    "nuri rocket - france involved?",  # a word the release lacks, put first, is a name: not a particle
    "what did the kari lot get up to in daejeon?",  # ... and so is one a preposition governs, after another
    "What is the meaning of the letters KASS?",  # what KASS stands for: the release only says what it is
    "When's the KSLV-2 due to go up?",  # a rocket going up is its launch, which the release does not date
    "Where in Korea is the KSLV-2 launched from?",  # not where the SCO was launched, nor whose rocket it is
    "When is the first launch of the KSLV-2 rocket scheduled?",  # not what the rocket is, though that has a date
    "What is the weather in Seoul tomorrow?",
    "asdkjh qwe",
    "",
    "   ",
    "???",
]


@pytest.mark.parametrize(("question", "must", "must_not"), ANSWERS)
def test_answers_from_the_release(question: str, must: str, must_not: str | None) -> None:
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert must.casefold() in answer.text.casefold()
    if must_not is not None:
        assert must_not.casefold() not in answer.text.casefold()


@pytest.mark.parametrize("question", DECLINES)
def test_declines_what_the_release_does_not_say(question: str) -> None:
    answer = qa.answer(question)
    assert not answer.answered, answer.text
    assert answer.evidence == []
    assert answer.text


def test_every_answer_cites_the_release_verbatim() -> None:
    knowledge = qa.load_knowledge()
    for question, _, _ in ANSWERS:
        answer = qa.answer(question)
        assert answer.evidence
        assert all(knowledge.source.contains(quote) for quote in answer.evidence)
        # The text shows the release's words too, after the answer alone (`brief`), each once.
        assert answer.text.startswith(answer.brief)
        for quote in answer.evidence:
            assert fold_loose(quote.rstrip(".")) in fold_loose(answer.text)
            assert fold_loose(answer.text).count(fold_loose(quote.rstrip("."))) == 1


def test_unknown_attribute_says_what_the_release_does_say() -> None:
    answer = qa.answer("What is KSLV-2's payload capacity?")
    assert "KSLV-2" in answer.text
    assert "launch vehicle" in answer.text


def test_unknown_name_is_named_in_the_reply() -> None:
    assert "DLR" in qa.answer("Who is the president of DLR?").text


def test_small_talk_gets_a_friendly_reply_that_answers_nothing_from_the_release() -> None:
    answer = qa.answer("hello")
    assert not answer.answered  # a greeting is no question the release answers
    assert answer.kind == "smalltalk"
    assert answer.evidence == []
    assert "Ask me anything" in answer.text


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("how are you?", "how-are-you"),
        ("hey how's your day going", "how-are-you"),  # an opener before small talk, and "day" asks no date
        ("ok thanks", "thanks"),
        ("hi", "greeting"),
    ],
)
def test_small_talk_is_recognised_after_an_opener(question: str, reply: str) -> None:
    answer = qa.answer(question)
    assert (answer.kind, answer.match, answer.answered) == ("smalltalk", reply, False)


def test_near_tie_asks_which_was_meant() -> None:
    """Two answers nearly tied, from different sentences of the release, and none that says both: ask which."""
    answer = qa.answer("What was in Paris?")
    assert not answer.answered
    assert answer.suggestions


def test_near_tie_within_one_sentence_is_answered_by_what_says_both() -> None:
    """When and where the SCO was announced, and when it was launched, are one sentence of the release: asked
    together, the answer that says both is given rather than asking which."""
    answer = qa.answer("When was it announced and launched?")
    assert answer.answered
    assert "One Planet Summit" in answer.text
    assert "Toulouse Space Show" in answer.text


def test_answer_names_what_matched() -> None:
    answer = qa.answer("Who leads KARI?")
    assert answer.match == "kari-president"
    assert answer.kind == "fact"
    assert 0.8 <= answer.confidence <= 1.0


def test_overlong_question_is_declined_with_a_reason() -> None:
    answer = qa.answer("who leads cnes " * 200)
    assert not answer.answered
    assert "too long" in answer.text


def test_answer_is_deterministic() -> None:
    assert qa.answer("Who runs KMA?") == qa.answer("Who runs KMA?")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who is Elon Musk?", "Elon Musk"),
        ("Who is the president of the United States?", "United States"),
        # A capitalised name is not a slip for a filler word ("being"), nor a brand for a known word ("space").
        ("What satellite did Boeing build for KARI?", "Boeing"),
        ("What did SpaceX contribute to the Space Climate Observatory?", "SpaceX"),
        # ... nor a slip inside a name ("Space Launch"); the question's first word is no part of the name
        ("Did SpaceX launch any of the Korean satellites CNES worked on?", "SpaceX"),
        ("Elon Musk spoke at the forum?", "Elon Musk"),
    ],
)
def test_a_declined_name_is_quoted_whole(question: str, name: str) -> None:
    answer = qa.answer(question)
    assert not answer.answered
    assert f"does not mention {name}." in answer.text


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("What did Nam Jae-Cheol say about the SCO?", "Nam Jae-Cheol"),
        ("what lim cheol-ho said after meetings?", "Lim Cheol-Ho"),
        ("What has President Moon said about the visit?", "Moon Jae-In"),
        # "he", when the question names one person
        ("Lim Cheol-Ho must have said something too. What did he say after the meeting?", "Lim Cheol-Ho"),
    ],
)
def test_the_words_of_someone_the_release_does_not_quote_are_declined(question: str, person: str) -> None:
    """The release quotes Le Gall alone: asked what another said, the bot says it does not quote them - not Le Gall's
    words, nor who the other is."""
    answer = qa.answer(question)
    assert not answer.answered, answer.text
    assert answer.text.startswith(f"The release does not quote {person}.")


def test_the_words_of_the_one_it_quotes_are_given() -> None:
    assert "huge pleasure" in qa.answer("What did Le Gall say about Lim Cheol-Ho?").text


def test_an_answer_of_the_wrong_kind_is_declined_saying_what_is_missing() -> None:
    # "numerous" is no number: the bot says the release gives none, and what it does say instead.
    answer = qa.answer("How many people attended the France-Korea Space Forum?")
    assert not answer.answered
    assert answer.text.startswith("The release does not give a number. What it does say:")
    assert "numerous politicians" in answer.text


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How many Korean agencies did CNES brief on the SCO?", ["Korea Aerospace", "Korea Meteorological"]),
        ("How many organizations organized the Paris forum?", ["CNES", "Korea Aerospace"]),
        ("how mnay Korean leaders did Le Gall meet by name", ["Lim Cheol-Ho", "Nam Jae-Cheol"]),
    ],
)
def test_a_count_the_release_does_not_give_is_the_number_of_things_it_lists(question: str, names: list[str]) -> None:
    # A count of what the release names, said as such, with the words it rests on ("key leaders ..., including").
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("The release names two: "), answer.text
    assert all(name in answer.text for name in names), answer.text
    assert "In the release: \u201c" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How many people came to the space forum in Paris?",  # one person the answer names is no list of them
        "How many employees does KARI have?",  # what is counted, no answer lists
    ],
)
def test_a_count_of_what_no_answer_lists_is_declined(question: str) -> None:
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "held", "claimed"),
    [
        (
            "Le Gall is president of KARI, yes or no?",
            "Le Gall is the President of CNES",
            "Lim Cheol-Ho is the President",
        ),
        (
            "Lim Cheol-Ho runs the Korea Meteorological Administration, doesn't he?",
            "Lim Cheol-Ho is the President",
            "Nam",
        ),
        ("Is Nam Jae-Cheol the head of KARI?", "Nam Jae-Cheol is the Head", "Lim Cheol-Ho is the President"),
    ],
)
def test_a_claimed_post_held_by_another_gets_both_posts(question: str, held: str, claimed: str) -> None:
    # The post the person holds, and who holds the one claimed - both quoted.
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert held in answer.text, answer.text
    assert claimed in answer.text, answer.text
    assert len(answer.evidence) == 2


@pytest.mark.parametrize(
    "question",
    [
        "Is Lim Cheol-Ho the president of KARI?",  # the post claimed is his
        "Did Le Gall meet the KARI president?",  # a meeting is claimed, not a post
    ],
)
def test_a_claim_that_is_no_mistaken_post_gets_one_answer(question: str) -> None:
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert len(answer.evidence) == 1, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How many launches has France provided to South Korea?",  # "the two partners" counts partners
        "How many space agencies have joined the SCO partnership so far?",  # "the One Planet Summit" is a name
    ],
)
def test_a_count_of_something_else_is_no_count(question: str) -> None:
    answer = qa.answer(question)
    assert not answer.answered, answer.text
    assert answer.text.startswith("The release does not give a number."), answer.text


def test_a_date_is_no_count() -> None:
    answer = qa.answer("How many days did Le Gall stay in South Korea?")
    assert not answer.answered
    assert answer.text.startswith("The release does not give a number.")


def test_an_entry_saying_what_the_release_leaves_out_is_a_decline() -> None:
    answer = qa.answer("What year was this?")
    assert not answer.answered
    assert answer.match == "what-year"
    assert answer.text.startswith("The release does not give the year")
    assert answer.evidence == []
    assert answer.context is not None
    assert "2018" in answer.context


def test_a_pronoun_with_nothing_to_point_at_is_not_guessed() -> None:
    answer = qa.answer("When was it?")
    assert not answer.answered
    assert "\u201cit\u201d" in answer.text


@pytest.mark.parametrize(
    ("question", "pronoun", "must"),
    [
        ("ok so what day was he actually over there", "he", "2 July"),
        ("what day was he there, monday?", "he", "Monday 2 July"),
        ("what was the main reason for his trip over there?", "his", "state of progress"),
        # ... even when it names something else, but no person: the reading is kept when so read it is answered
        ("what's he hoping to do once october comes round", "he", "step further"),
        ("did he say anything sweet about korea", "he", "pleasure"),
        ("which 2 korean agencies did he sit down with", "he", "KARI"),
    ],
)
def test_he_with_no_one_to_point_at_is_taken_unsurely_to_be_the_person_the_release_is_about(
    question: str, pronoun: str, must: str
) -> None:
    answer = qa.answer(question)
    assert answer.answered
    assert answer.text.startswith(f"Taking \u201c{pronoun}\u201d to be Jean-Yves Le Gall: ")
    assert answer.brief.startswith(f"Taking \u201c{pronoun}\u201d to be Jean-Yves Le Gall: ")  # (the guess, briefly)
    assert must in answer.text
    assert answer.confidence < 0.8


def test_what_the_release_does_not_say_of_its_main_person_is_still_declined() -> None:
    answer = qa.answer("how old is he?")
    assert not answer.answered
    assert "Jean-Yves Le Gall" in answer.text


def test_a_bare_question_word_is_not_guessed() -> None:
    assert not qa.answer("since when?").answered


@pytest.mark.parametrize(
    ("question", "city"),
    [("Which city hosted the forum?", "Paris"), ("In which city was the SCO officially launched?", "Toulouse")],
)
def test_which_city_is_answered_by_a_city(question: str, city: str) -> None:
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert city in answer.text


def test_which_city_is_not_answered_by_a_country() -> None:
    answer = qa.answer("In which Korean city were the meetings held?")
    assert not answer.answered
    assert answer.text.startswith("The release does not name the city. What it does say:")


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Who organised the 2nd France-Korea Space Forum, and where was it held?", ["CNES and KARI", "Paris"]),
        ("Who leads KARI and who heads the KMA?", ["Lim Cheol-Ho", "Nam Jae-Cheol"]),
        # Two events compared in time: when each was.
        ("Which was earlier, the Paris forum or the meetings in Korea?", ["3 April", "2 July"]),
        ("Which came first, the forum or the visit?", ["3 April", "2 July"]),  # each asked on its own
        ("Which began earlier, the state visit or the Paris forum?", ["October", "3 April"]),
        # (the words that shape the comparison read through slips)
        ("Which came frist, the Paris forum or the Korea visit?", ["3 April", "2 July"]),
        # ... or set against each other with "vs"
        ("who heads the kma vs the boss at cnes?", ["Nam Jae-Cheol", "Jean-Yves Le Gall"]),
        ("date of the forum vs date of the visit", ["3 April", "2 July"]),  # each side asked on its own
        ("announced vs launched, where was the sco each time?", ["One Planet Summit", "Toulouse"]),  # then asked
        ("kma vs kari heads", ["Nam Jae-Cheol", "Lim Cheol-Ho"]),  # what the second side asks for, the first too
        # ... or run together: the same question word opening both, a bare question word added, a misspelt one
        ("What month was the One Planet Summit what month is President Moon's visit", ["December", "October"]),
        ("Who visited South Korea on 2 July and why?", ["Le Gall", "main purpose"]),
        ("wher was the forum and what moth is the state visit", ["Paris", "October"]),
        ("who's the kass prime contractor n what's cnes doing on kslv-2", ["Thales Alenia Space", "ground segment"]),
        ("How many weeks passed between the forum and Le Gall's visit?", ["3 April", "2 July"]),
        ("How long before the visit was the SCO officially launched?", ["2 July", "last week"]),
        # ... or the second after a dash
        ("Who organised the Paris forum - when did it take place?", ["CNES and", "3 April"]),
        # ... or two things asked of one subject in keywords, each answered by its own match
        ("space forum edition and city?", ["2nd", "Paris"]),
        ("Forum edition number and date?", ["2nd", "3 April"]),
        ("Kindly state both the date and the city of the space forum.", ["3 April", "Paris"]),
        # ... or after a subject put first
        ("Space forum in Paris, what date, and who organised it?", ["3 April", "CNES and"]),
    ],
)
def test_two_questions_in_one_are_both_answered(question: str, parts: list[str]) -> None:
    answer = qa.answer(question)
    assert answer.answered, answer.text
    for part in parts:
        assert part in answer.text
    assert len(answer.evidence) >= 1


@pytest.mark.parametrize(
    ("question", "parts", "not_repeated"),
    [
        # what the release says instead of the count is said, when the other answer does not say it
        (
            "how many people attended the forum, and who organised it?",
            ["does not give a number", "numerous politicians", "organized by CNES"],
            None,
        ),
        # ... and not when it does: the date the answer gives
        ("how many days was Le Gall in Korea - on what date?", ["does not", "Monday 2 July"], "Monday 2 July"),
    ],
)
def test_a_count_the_release_does_not_give_does_not_stop_the_other_question_being_answered(
    question: str, parts: list[str], not_repeated: str | None
) -> None:
    answer = qa.answer(question)
    assert answer.answered, answer.text
    for part in parts:
        assert part in answer.text
    assert answer.evidence
    if not_repeated is not None:
        assert answer.text.count(not_repeated) == 2  # (the answer and its quote)


@pytest.mark.parametrize(
    "question", ["What is KARI's budget and who leads it?", "How many staff does KARI have, and who leads it?"]
)
def test_an_attribute_the_release_never_speaks_of_is_declined_whatever_else_is_asked_with_it(question: str) -> None:
    # (A guard: the count or attribute is outside the release, not merely not given.)
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("KSLV-2 sounds like a club model. What sort of kit is it actually?", "launch vehicle"),
        ("I heard a French space boss went over to Korea. Who was he?", "Jean-Yves Le Gall"),
        ("My sister lives in Toulouse, lovely town. What was launched there?", "Space Climate Observatory"),
        ("The SCO partners muck in together. What have they agreed to do?", "share data"),
    ],
)
def test_a_question_pointing_back_at_the_one_thing_a_remark_names_is_asked_of_it(question: str, must: str) -> None:
    reply = qa.answer(question)
    assert reply.answered
    assert must in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "The names of KARI's Earth-observing satellites - what are they?",  # "they" are the satellites, unnamed
        "I remember someone from Roscosmos signing up to the SCO. Who was it?",  # a name the release lacks
        "I keep thinking the SCO was first announced in Toulouse. Was it?",  # only asks if the claim holds
    ],
)
def test_a_question_pointing_back_at_what_the_release_does_not_say_is_not_asked_of_another_thing(question: str) -> None:
    reply = qa.answer(question)
    assert not reply.answered or "One Planet Summit" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("Le Gall works at the KMA, right? Which organisation is he really president of?", "President of CNES"),
        ("Lim Cheol-Ho heads the KMA, right? what does he actually lead?", "Korea Aerospace Research Institute"),
        ("KASS was built by Thales alone, wasn't it? who developed it?", "Korea Aerospace Research Institute"),
        ("Le Gall met Moon on 2 July, yes? Which people does the release say he met?", "Lim Cheol-Ho"),
    ],
)
def test_a_question_after_a_claim_the_asker_checks_is_asked_of_what_the_claim_names(question: str, must: str) -> None:
    # (Surely: the claim's words - "works at the KMA" - are not what is asked.)
    answer = qa.answer(question)
    assert answer.answered, answer.text
    assert must in answer.text
    assert answer.confidence >= 0.6


@pytest.mark.parametrize(
    "question",
    [
        "Le Gall also met the president of KAIST, right? What's his name?",
        "The Eiffel Tower was built for a fair, right? How tall is it?",
    ],
)
def test_a_question_pointing_back_at_a_claim_about_what_the_release_does_not_know_is_declined(question: str) -> None:
    assert not qa.answer(question).answered


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Did Le Gall's visit to Korea come before or after the forum?", "After: "),
        ("Was the Paris forum before or after Le Gall's trip?", "Before: "),
        # (torn between the two things and the answer that orders them: that answer; the choice may come last)
        ("Did the Korea visit come before or after the Paris Space Forum?", "After: "),
        ("Did the Korea visit come after the Paris Space Forum or before it?", "After: "),
        # (... or answered by one of the two alone: the answer that orders them)
        ("Did the meetings in Korea come before or after the Paris forum?", "After: "),
    ],
)
def test_before_or_after_is_answered_by_ordering_the_two_dates(question: str, opening: str) -> None:
    answer = qa.answer(question)
    assert answer.answered
    assert answer.text.startswith(opening)
    assert answer.evidence
    assert "followed" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # ("last week", the SCO's launch, is no date of the calendar)
        "Did the SCO launch come before or after the visit?",
        # (nor a month alone: the summit "in December" was the year before the forum, which the release does not say)
        "Did the forum happen before or after the One Planet Summit?",
    ],
)
def test_before_or_after_is_not_said_when_a_date_cannot_be_ordered(question: str) -> None:
    answer = qa.answer(question)
    assert not answer.text.startswith(("Before", "After"))


def test_a_question_asked_alone_after_remarks_says_which_part_was_answered() -> None:
    answer = qa.answer("What a CV! Since the early 2000s, what exactly has CNES been doing with KARI?")
    assert answer.answered
    assert answer.question == "What a CV! Since the early 2000s, what exactly has CNES been doing with KARI?"
    assert answer.resolved == "Since the early 2000s, what exactly has CNES been doing with KARI?"


def test_a_long_question_answered_by_one_clause_says_which_and_is_less_sure() -> None:
    question = (
        "I have seen KASS next to the rocket in the news, so what kind of system is KASS actually, since I can never "
        "tell these apart and my notes are a mess?"
    )
    answer, clause = qa.answer(question), qa.answer("what kind of system is KASS actually")
    assert answer.answered
    assert answer.resolved == "what kind of system is KASS actually"
    assert answer.confidence < clause.confidence


def test_remarks_naming_what_the_question_does_not_are_not_dropped() -> None:
    """ "Le Gall:" puts the subject first: the question alone would be about the decision, not his view of it."""
    answer = qa.answer("Le Gall: what does the Korean decision mean for bilateral ties?")
    assert not answer.answered or "milestone" in answer.text


def test_one_question_with_a_comma_is_not_split() -> None:
    answer = qa.answer("According to Le Gall, what does the decision of KARI and the KMA show?")
    assert "President of CNES" not in answer.text


def test_a_subject_put_first_is_no_question_but_the_ones_after_it_are_two() -> None:
    assert split_composed("Space forum in Paris, what date, and who organised it?") == (
        "Space forum in Paris, what date",
        "who organised it?",
    )
    # (... and so is one picking between the things it names, but a relative clause after it asks nothing)
    assert split_composed("The forum and the visit, which of the two came first, and on what date?") == (
        "The forum and the visit, which of the two came first",
        "on what date?",
    )
    assert split_composed("The first space forum, which came before the one in Paris, where and when was it?") is None


def test_words_about_the_asker_count_where_the_knowledge_speaks_of_them() -> None:
    """ "report" is filler for the release, which never says it; a store about a report keeps it as a subject."""
    sentence = "The annual report of Vela Labs was published in May, and its budget was set in March."
    entries = [
        qa.Entry(
            id="report-date",
            question="When was the annual report of Vela Labs published?",
            phrasings=[
                "report publication date",
                "when did the report come out",
                "report release",
                "date of the report",
                "report out when",
            ],
            answer="The annual report was published in May.",
            evidence=["The annual report of Vela Labs was published in May"],
        ),
        qa.Entry(
            id="budget-date",
            question="When was the budget of Vela Labs set?",
            phrasings=[
                "budget date",
                "when was the budget decided",
                "budget set when",
                "date of the budget",
                "budget fixed when",
            ],
            answer="The budget was set in March.",
            evidence=["its budget was set in March"],
        ),
    ]
    knowledge = qa.build_knowledge(sentence, entries)
    answer = qa.answer("When was the report published?", knowledge=knowledge)
    assert answer.answered, answer.text
    assert "May" in answer.text
    assert "report" in [w.casefold() for w in answer.matched_words]


@pytest.mark.parametrize(
    ("question", "attends"),
    [
        ("Who was present at the forum?", True),
        ("CNES was presenting progress on the SCO", False),  # another form of "present" makes no "was present"
    ],
)
def test_a_word_read_in_another_form_makes_no_phrase_of_that_form(question: str, attends: bool) -> None:
    from qa.engines import engine_for

    keys = {t.key for t in engine_for().analyzer.analyse(question).terms}
    assert ("~attend" in keys) is attends


def test_another_organisation_a_store_names_is_no_unknown_name() -> None:
    """The organisations that are never read as a slip for a known name ("CNRS" for CNES) are answered about as
    usual in a store that names them."""
    sentence = "NASA is led by Ann Smith."
    entry = qa.Entry(
        id="nasa-head",
        question="Who leads NASA?",
        phrasings=["NASA boss", "head of NASA", "NASA chief", "who runs NASA", "NASA leader"],
        answer=sentence,
        evidence=[sentence],
    )
    nasa = qa.Entity(id="nasa", name="NASA", type=qa.EntityType.ORGANISATION)
    knowledge = qa.build_knowledge(sentence, [entry], entities=[nasa], name="nasa")
    assert "Ann Smith" in qa.answer("Who is the head of NASA?", knowledge=knowledge).text


@pytest.mark.parametrize(
    ("question", "match"),
    [
        ("who is the presdent of KARI", "kari-president"),  # "the present" is a phrase, but "the" says nothing
        ("what does kma stand ofr", "acronym-kma"),  # "stand for" is a phrase with a word that says something
        ("where was the one planit sumit", "summit-location"),  # ... and so is a name
    ],
)
def test_a_slip_between_two_words_is_settled_by_a_meaningful_neighbour(question: str, match: str) -> None:
    answer = qa.answer(question)
    assert answer.match == match, answer.text


@pytest.mark.parametrize(
    ("question", "meant", "not_meant"),
    [
        ("who did Jean-Yvse Le Gall mete in Korea?", "~meet", "mete"),  # two letters swapped make a word it means
        ("I'm a bit lost: who leads KARI?", "!lost", "lots"),  # but "lots" means nothing of its own
    ],
)
def test_an_english_word_with_two_letters_swapped(question: str, meant: str, not_meant: str) -> None:
    from qa.engines import engine_for

    keys = [t.key for t in engine_for().analyzer.analyse(question).terms]
    assert meant in keys, keys
    assert not_meant not in keys, keys


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("who heads the korean research institute?", "Lim Cheol-Ho is the President"),
        ("when was the forum with the korean research institute?", "3 April"),
    ],
)
def test_the_korean_research_institute_is_kari(question: str, must: str) -> None:
    answer = qa.answer(question)
    assert must in answer.text
    assert answer.confidence >= 0.8


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("On which weekday was Le Gall's presence in South Korea?", "Monday 2 July"),
        ("what was the purpose of his stay in South Korea?", "state of progress"),
    ],
)
def test_a_presence_or_a_stay_in_a_place_is_a_visit_there(question: str, must: str) -> None:
    answer = qa.answer(question)
    assert must in answer.text
    assert answer.confidence >= 0.8


@pytest.mark.parametrize("question", ["when did Le Gall make that trip?", "who was making this trip to Korea?"])
def test_a_phrase_with_another_determiner_is_the_same_phrase(question: str) -> None:
    from qa.engines import engine_for

    keys = {t.key for t in engine_for().analyzer.analyse(question).terms}
    assert "~visit" in keys  # "make the trip", in the lexicon, with "that" or "this"
    assert "~develop" not in keys  # ... not "make" as in making a satellite


def test_which_one_is_not_is_only_another_thing_of_the_kind_asked() -> None:
    """ "Which person quoted in the release is not a Korean official?" asks for a person: the answer is no other
    country than Korea (France, which the best match also names)."""
    answer = qa.answer("Which person quoted in the release is not a Korean official?")
    assert not answer.answered or "Le Gall" in answer.text
    assert "France has regularly supported" not in answer.text


@pytest.mark.parametrize("question", ["which day of week?", "what day of the week?", "on which weekday?"])
def test_asking_the_day_of_the_week_is_one_question_word(question: str) -> None:
    """... with or without "the", so that a follow-up made of it is the previous question asking for the day."""
    from qa.engines import engine_for

    assert [t.key for t in engine_for().analyzer.analyse(question).terms] == ["?when"]


@pytest.mark.parametrize(
    "question",
    ["where did they hold that second france-korea forum?", "In which city was the second space forum held?"],
)
def test_an_entitys_own_ordinal_before_its_name_only_names_it(question: str) -> None:
    """ "that second forum" is the 2nd France-Korea Space Forum: where it was held is asked, not which edition it was,
    and the answer is sure of it."""
    answer = qa.answer(question)
    assert "Paris" in answer.text
    assert answer.confidence >= 0.8
