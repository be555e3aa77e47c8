"""Attribution: turn cues, sources and contents into statements.

Each cue found by :mod:`provenance.cues` gets:

- a **source**, the words that name the speaker: the nearest noun phrase to
  its left that is not the object of a preposition (``X said ...``), the one
  right after it when it follows a quote (``"...," said X``), the noun
  phrase after ``according to``, the source of the cue it is coordinated
  with (``X was approached ... and insisted``, ``X said ..., saying ...``,
  ``before adding``), or, for a sentence that opens with a cue and no
  subject (``Adding that ...``), the previous speaker. The source span
  covers the whole noun phrase: a title before a name ("Senate Majority
  Leader Tom Becker") and a role in apposition ("The prime minister, Alan
  Morris"). Sources that name no person ("a video obtained by X", "Leaked
  messages") keep their span and have no speaker;
- a **content**: the quote right after it (``X said: "..."``, ``X said
  "..."``, ``told a colleague: "..."``), the quote right before it
  (``"...," X said``), the quote it describes (``dismissed it as "..."``),
  or the reported clause after it (``X said (that) ...``, ``said in a
  statement that ...``), which ends where the next coordinated cue begins. A
  reported clause becomes an ``indirect`` statement, and every quote inside
  it a ``partial`` (or ``direct``) one with the same cue.

A quote that no cue claims continues the previous speaker when it opens its
paragraph (the multi-paragraph convention and follow-on quote paragraphs)
or its sentence right after an attributed one; a quote after a colon that
follows a short noun phrase ("Minister's messages: '...'") is attributed to
that phrase; otherwise it is kept with no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import evolve, frozen

from provenance.cues import (
    ANONYMITY_AFTER,
    GOES_ON_TO,
    OBJECT_PRONOUNS,
    SEEMS_TO,
    FoundCue,
    find_cues,
    indefinite_compound,
    lemma_frame,
    looks_like_clause,
    modifies_plural_noun,
)
from provenance.lexicon import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    BODY_KINDS,
    CLAUSE_VERBS,
    DETERMINERS,
    DOCUMENTS,
    GIVEN_ALONE,
    HONORIFICS,
    IRREGULAR_PAST,
    KIN_NOUNS,
    MEDIUM_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORGANISATION_WORDS,
    OUTLET_NOUNS,
    PAST_ONLY,
    PREMODIFIERS,
    PREPOSITIONS,
    PRONOUNS,
    RECORDING_NOUNS,
    RECORDINGS,
    RELATIVE_ASIDE_OPENER,
    ROLE_HEADS,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
    VOICE_IDENTIFIED,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WHICH_CLAUSE,
    given_name,
    past_form,
)
from provenance.memo import memoised
from provenance.mentions import (
    COLON_DATELINE,
    PLATFORM_NAMES,
    in_prepositional_phrase,
    noun_phrase_start,
)
from provenance.quotes import QuoteIndex
from provenance.records import Article, Cue, Mention, Quote, QuoteSpan, Segments, Sentence
from provenance.scanning import Scan
from provenance.tokens import WORD, previous_word, previous_words, words

ADDRESSEES = frozenset(
    "reporters journalists him her them me us supporters viewers listeners readers "
    "colleagues lawmakers members voters delegates friends".split()
)
# Groups told what someone thinks ("told investors poorer countries 'can wait'"), but not
# what to do: "told officials to delay repairs", "told colleagues to ignore complaints"
# keep them in what was said (a pronoun does not: "told them to").
TOLD_GROUPS = frozenset(
    "deans investors shareholders donors staff employees students parents officials officers "
    "workers councillors trustees residents".split()
)
# Who may be told what to do and stay in it ("told colleagues to", "told officials to").
TOLD_WHAT_TO_DO = ADDRESSEES | TOLD_GROUPS
_ADVERBIAL = (
    r"(?:in|on|at|during|over|to|via|through|after|before|when|for|without|with|earlier|later|"
    r"last|this|late|early|again|also|repeatedly|privately|publicly|yesterday|today|tonight|"
    rf"{WEEKDAY_NAMES})"
    # (at most 75 characters, and no finite verb: "said last week the council had been
    # warned that ..." is no adverbial before "that")
    r"\b(?:(?!\b(?:had|has|have|was|were|is|are|been|will|would)\b)"
    r"(?:[^.;:\"“”]|(?<=\b[a-zA-Z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.))"
    r"{0,75}?"
)
# "said in an interview with KHBT that aired Sept. 10 that ...": the first "that" opens a
# relative clause telling when or where the medium went out, the second what was said.
_WENT_OUT = (
    # "in a statement issued on Monday through the players' association that ...".
    r"(?:(?:that|which)\s+(?:was\s+|were\s+)?|(?=issued|released))"
    r"(?:aired|broadcast|published|posted|released|issued|ran|appeared|screened|streamed"
    r"|went\s+out)"
    # ("appeared to respond to a law that ...": no medium went out)
    r"\b(?!\s+to\b)[^.;:\"“”]{0,80}?(?:(?:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.[^.;:\"“”]{0,12}?)?"
)
# (right after the medium, as after "told KHBT in an interview")
_AFTER_MEDIUM = "|".join(
    rf"(?<=\b{medium}\s)"
    for medium in "interview statement letter post video podcast broadcast segment email memo "
    "message column speech address programme program show".split()
)
# "announced a fortnight ago that ...", "said two weeks ago that ...", "said hours later
# that ...".
_AGO = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|\d+)\s+)?"
    r"(?:minutes?|moments?|hours?|days?|weeks?|fortnight|months?|years?)\s+(?:ago|later),?\s"
)
_TIME_NOUN = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
# "said Monday he had been ...": a day right after the cue dates the saying.
_DAY_AFTER_CUE = (
    rf"(?:on\s+)?(?:{WEEKDAY_NAMES}|yesterday|today|tonight|"
    r"(?:last|this)\s+(?:week|month|night|morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"(?=(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|there)\b)"
)
# Words that open a clause inside a sentence, whose subject may be a role and a name.
CLAUSE_OPENING_WORD = re.compile(
    r"\b(?:which|whom|that(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year"
    r"|time|point|moment)\b))\b"
)
# Between a role and the name in apposition to it: a comma, or a body's initials
# between commas ("the Director General of the Agency, WPOA, Mr X").
AND_ANOTHER_ROLE = re.compile(r"\s+and\s+(?:a|an|the)\s")
APPOSED_GAP = re.compile(r",\s(?:[A-Z][A-Za-z]*[A-Z],\s)?")
# What may stand before a quotation that opens a sentence: marks and brackets.
OPENING_MARKS = " \"'“‘("
# What may follow a quotation to the end of its clause: its closing mark, a comma.
QUOTE_TAIL = re.compile(r"[\s\"'”’,.!?]*")
# "the office of Municipal Affairs Minister X said": the office speaks for the person.
# Either names whose words they are, though after "of".
WHOSE_BEFORE = re.compile(rf"{VOICE_IDENTIFIED}|\b(?:[Tt]he\s+)?office\s+of\s+$")
LEAD_IN = re.compile(
    # ("said in a statement that night that ...": "that night" is when, not the clause.)
    # ("told the Courier that evening that ...": a time of the day told before it.)
    rf"[\s,:]*(?:(?:{_ADVERBIAL}(?:\s{_WENT_OUT})?,?\s|(?:{_AFTER_MEDIUM}){_WENT_OUT},?\s|{_AGO}"
    rf"|(?:that|the\s+(?:next|following|same))\s+{_TIME_NOUN},?\s)?"
    # ("said that night-shift nurses ...": a compound, no time.)
    rf"that\b(?!\s+{_TIME_NOUN}\b(?!-))\s*"
    rf"|{_ADVERBIAL},\s*(?=[\"“‘'])|{_DAY_AFTER_CUE})?",
    re.IGNORECASE,
)
# How long after something a statement came, set off by a comma: ", hours after",
# ", two days after", ", shortly after" (not after a date: "Oct. 30, a day after",
# "in March, weeks after").
DATE_ENDS = re.compile(
    rf"(?:\d|\b(?:{'|'.join(MONTHS + WEEKDAYS)}|morning|afternoon|evening|night))$",
    re.IGNORECASE,
)
_SPAN = (
    r"(?:(?:just|only|barely|some|about|less\s+than|more\s+than)\s+)?"
    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?)|shortly|soon|moments|hours)"
)
SPAN_AFTER = re.compile(rf",\s+{_SPAN}\s+(?:after|before)\b")
# "A day after the transcript appeared, X answered ...": when, not what was said.
SPAN_OPENING = re.compile(rf"{_SPAN}\s+(?:after|before)\b", re.IGNORECASE)
# A headline's clause of what happens meanwhile: "... 'betrayed' as aide is fired" (not
# "as well as", "as long as", "as if").
HEADLINE_AS = re.compile(
    r"(?<!long)(?<!soon)(?<!well)(?<!far)(?<!much)(?<!many)(?<!such)\s+as\s+"
    r"(?!(?:well|long|soon|far|much|if|though|many)\b)"
)
HEADLINE_AFTER = re.compile(r"(?<!until)(?<!till)\s+after\s+(?!(?:all|that|hours|years)\b)")
HEADLINE_OVER = re.compile(r"\s+over\s+(?![\d$€£])")
# Verbs whose "over" is their own: "hands over dossier", "takes over the club".
PARTICLE_VERBS = frozenset(
    "hand hands handed take takes took taken turn turns turned win wins won pass passes "
    "passed hold holds held".split()
)
# ", as Mr Petrauskis insisted the recording had been edited": another speaker's saying,
# joined by "as", ends what the first one said.
# (Verbs of saying a clause, not of telling someone: not ", as the central bank warned the
# public", nor of making known: ", as first reported by the Echo".)
_SAID_PAST = "|".join(
    sorted(
        (
            f
            for f, lemma in CLAUSE_VERBS.items()
            if (f.endswith("ed") or f in IRREGULAR_PAST)
            and lemma not in ADDRESSEE_VERBS
            and lemma not in ("announce", "report", "reveal", "publish", "confirm", "disclose")
        ),
        key=len,
        reverse=True,
    )
)
# ', and laughs', ", and laughed": after a quotation closes, a verb with no subject of its
# own is the speaker's next act, not more of what was said.
# (Only a verb ending its clause or before its particle: not "said the memo was "an
# insult", and nurses deserved an apology", which goes on saying.)
AND_THEN_ACTED = re.compile(
    r"[\"”],\s+and\s+(?:then\s+)?(?-i:[a-z]+(?:ed|s))\b(?=\s*[,.;]|\s*$|\s+(?:for|off|out|up|away)\b)"
    # ("... "frustrated after weeks of complaints" but stopped short of apologising".)
    r"|[\"”],?\s+but\s+(?:stopped|fell)\s+short\b"
)
AS_ANOTHER_SAID = re.compile(
    # Its subject: a noun phrase or a name (not "as part of a plan", "as first ...").
    r",\s+as\s+(?:(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?!(?:part|result|well)\b)"
    r"[a-z][\w'’-]*|(?:Mr|Ms|Mrs|Dr)\.?\s+(?-i:[A-Z])[\w'’-]+|(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+"
    rf"(?:{_SAID_PAST})\b"
    # (what they said follows: not ", as the mayor said last week")
    r"(?=\s+(?:that|the|a|an|he|she|they|it|we|i|his|her|their|its|this|there|(?-i:[A-Z])\w*)\b)"
)
# A cue in the present perfect ("has called for", "have urged"), and a clause joined to
# what was said in the same tense with a subject of its own ("and the county has
# summoned the board"): the narrator's second piece of news.
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?$")
AND_PERFECT = re.compile(
    r",?\s+and\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+"
    r"(?!been\b)[a-z]+(?:ed|en|wn|ne|ght|un|id)\b"
)
BUT_UNSAID = re.compile(
    # (After a comma: "... was "aware of the recording" but did not comment" may be what
    # the one reported did.)
    r",\s+but\s+(?:(?:he|she|they|it)\s+)?(?:did|does|would|could|has|have|had)\s+(?:not|n['’]t)"
    r"\s+(?:say|comment|explain|specify|elaborate|answer|disclose|reveal|confirm)\b"
)
TRAILING_RELATIVE = re.compile(
    r",\s+(?:which|who|whom|whose|even\s+as|even\s+though|whereas|while)\b[^,;]*$"
    # '... was "a joke in poor taste", as the row entered its fourth day': after a
    # closing quotation mark, a clause of the narrator's.
    r"|(?<=[\"”]),\s+(?:as|before|after|amid|when)\s[^\"“”]*$"
)
MEDIUM_AFTER = re.compile(
    r"\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:message|email|e-mail|memo|letter|post|tweet|text"
    r"|voice\s+note)\s+(?:posted|sent|to)\b"
)
SHOWN_BY = re.compile(
    rf",\s+(?:the\s+)?(?:leaked\s+)?(?:[\w-]+\s+){{0,2}}?(?:{RECORDINGS}|{DOCUMENTS})\s+"
    r"(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests)\b",
    re.IGNORECASE,
)
# "and that", "but that" right before a subject: a second that-clause goes on.
THAT_CONTINUES = re.compile(r"\b(?:and|but)\s+that\s", re.IGNORECASE)
# A medium named after a platform or a body, as what it is on: "LINE voice message".
MEDIUM_AFTER_NAME = re.compile(
    rf"\s+(?:voice\s+|text\s+|audio\s+)?(?:{'|'.join(sorted(MEDIUM_NOUNS))})\b",
    re.IGNORECASE,
)
# "his description of her as "poison" in an email to investors had been "cruel"": the
# medium is in the reported clause's subject, whose verb follows.
SUBJECT_GOES_ON = re.compile(
    # (Not past a clause of its own: "... days before he was suspended"; but "before the
    # election" may be part of the subject.)
    r"(?:(?!\b(?:that|which|who|whom|where|when)\b|\b(?:before|after|while|as|until|since"
    r"|because|if|once)\s+(?:he|she|they|it|we|i|you)\b)[^,.;:\"“”]){0,60}?"
    r"\s(?:had\s+been|has\s+been|was|were)\b"
)
# How the listeners took it (", to laughter from some of the players", "amid boos"):
# the writer's account of the room, not part of what was said.
# (At the clause's end only: not "had left the pitch, to jeers from their own
# supporters, without acknowledging the away end", which the speaker reports.)
REACTION_AFTER = re.compile(
    r",\s+(?:to|amid|amidst)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:laughter|applause|cheers|cheering|jeers|jeering|boos|booing|gasps|groans|murmurs"
    r"|heckles|heckling)\b[^,;.\"“”]*"
    r"(?=\s*[.;]|\s*$|,\s+(?:before|as|while|when|and|then|after|until|in|at|during|on)\b)"
)
# Words that open a clause within a statement, whose verbs are not the sentence's.
CLAUSE_WITHIN = re.compile(r"\b(?:until|unless|once|because|if|when|while|whether)\s")
RELATIVE_OPENING = re.compile(r"\b(?:in|with|to|from)\s+which\b|\bwhom\b")
# Words that open a reported clause right after its cue ("said he", "said that", "said the").
CLAUSE_OPENERS = frozenset(
    "that he she they it we i the his her their its this these those there".split()
)
# What was said, as a noun: "the comments in which he criticised ..." are the
# words the sentence is about, whoever said them.
REMARK_WORDS = frozenset("comment comments remark remarks words statement statements".split())
# "a remark in which": a preposition before "which", not after a comma (", in which"
# opens an aside).
PREPOSITION_BEFORE_WHICH = re.compile(r"[^,;\s]\s+(?:in|with|to|from)\s+$", re.IGNORECASE)
COMMA_PREPOSITION = re.compile(r",\s*(?:in|with|to|from)\s+$", re.IGNORECASE)
PREPOSITION_WHICH = re.compile(rf"\b{WHICH_CLAUSE}\b", re.IGNORECASE)
# "notes in which the minister described ...": a thing, then a relative clause's
# own subject.
# Forms of address and titles written short before a name: "Mr", "Sen.", "Gov.".
SHORT_FORMS = HONORIFICS.keys() | TITLE_ABBREVIATIONS.keys()
OPENING_PARTICIPLE = re.compile(r"[\"“]?[A-Z][a-z]+ing\s+(?:on|to|at|in|during)\b")
# "the online newspaper Beacon Watch": a word for an outlet and its modifiers before its name.
# ("the Quito daily El Observador": where the outlet is from, before its kind.)
OUTLET_BEFORE_NAME = re.compile(
    rf"\b(?i:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{'|'.join(sorted(OUTLET_NOUNS))})\s+$"
)
# "the Manado-based rights group Lembaga ...", "the election watchdog Jaga Suara": a
# body's description right before its name.
BODY_BEFORE_NAME = re.compile(
    r"\b(?i:the|a|an)\s+(?:(?!(?:of|for|in|at|on|to|and|with|by|the|a|an)\s)"
    r"(?-i:[a-z][\w-]*|[A-Z][\w'’]*-[a-z][\w-]*)\s+){0,3}?"
    rf"(?:{BODY_KINDS}|union|network)$"
)
# ", but said": a verb coordinated with the main clause's, past a relative clause.
COMMA_BUT = re.compile(r",\s+but\s+$")
RELATIVE_SUBJECT_BEFORE = re.compile(
    rf"\b(?P<noun>[\w-]+),?\s+{WHICH_CLAUSE}\s+(?:the\s+)?"
    # ("in which the prefect of the Rhône, Jean-Marc Dufresnoy, told": a role, then the
    # name in apposition.)
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*"
    r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s*){1,4})?,\s+)?"
    # ("in which Malampa Provincial Council (MPC) President X tells": a body's name and
    # its initials, before the title its noun phrase starts at.)
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+(?:\((?-i:[A-Z]{2,})\)\s+)?){0,5}$",
    re.IGNORECASE,
)
# What stands between a clause's subject and the cue it was caught saying: "of the team
# was caught on an open microphone ".
CAUGHT_BETWEEN = re.compile(
    r"(?:\s+of\s+[^,.;:\"“”]{1,50}?)?\s+(?:was|were|had\s+been)\s+(?:caught|heard|recorded"
    r"|filmed|overheard)(?:\s+(?:on|in|at)\s+[^,.;:\"“”]{1,40}?)?\s+"
)
# "The helmet maker that sponsors ": a sentence's subject, a relative pronoun and the
# clause's verb, up to its object.
RELATIVE_OBJECT_SUBJECT = re.compile(
    r"[\s\"“]*(?:[A-Z][\w -]{0,20}?\s+[-–—]\s+)?(?P<subject>(?:The|A|An)\s+(?:[\w'’-]+\s+){1,3}?)"
    r"(?:that|which|who)\s+(?:[a-z]+ly\s+)?[a-z]+s\s+$"
)
# A finite verb of another clause between a source and its cue ("obtained an extract").
PAST_VERB_BETWEEN = re.compile(rf"\b(?:[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
# "wrote to the council", "appealed to the minister": whom a writer addressed.
ADDRESSED_BEFORE = re.compile(
    r"\b(?:wrote|writes|written|appealed|appeals|petitioned)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "A longtime member who asked not to be identified ... said": a sentence opened by a noun
# phrase and a relative clause with a verb of its own, and no comma before the cue.
# What a body does, as it does, in a relative clause: "that represents the city's staff".
_BODY_DEEDS = r"represents|runs|owns|leads|employs|manages|operates|oversees|governs|funds|serves"
OPENING_RELATIVE = re.compile(
    # (Its words no verb: not "A lawyer said Thursday that she ...".)
    r"[\s\"“]*(?P<subject>(?:The|A|An|One)(?:\s+(?!(?:said|says|told|tells|[a-z]+ed)\b)"
    r"[\w'’.-]+){1,5}?)\s+"
    # ("The union that represents the city's office staff": what a body does, as it does.)
    r"(?:who|whose|that)\s+(?=[^,;:\"“”]*?\b(?:was|were|is|are|has|had|have|did|asked"
    rf"|{_BODY_DEEDS}|[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b)"
    # (One clause only, and no other speech: not "The woman who filmed the clip posted it
    # online and told", "The coach who signed X says Pardo told him".)
    r"(?:(?!\b(?:and|but|said|says|told|tells|wrote|writes|added)\s)[^,;:\"“”]){3,200}?\s*$"
)
PRESENT_RELATIVE = re.compile(rf"\b(?:who|that)\s+(?:{_BODY_DEEDS})\b")
# ", a candidate in the city's by-election": an apposition ending where a cue's subject does.
APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+[^,.;:\"“”]{1,70}$")
# "his head chef to ...": whom someone told, then what to do.
# "wrote the letter last month to the board as it prepared ...": what a verb of writing
# made, not a clause it reports.
WRITTEN_MEDIUM = re.compile(
    r"(?:the|a|an|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(MEDIUM_NOUNS))})\b(?!\s+(?:was|were|is|are|had|has|would|will)\b)",
    re.IGNORECASE,
)
WRITING = frozenset(("write", "post", "send", "pen", "draft"))
# "to" and a verb's bare form after whom someone told or asked: " to keep quiet" (not " to
# his face", " to loud cheers").
TO_DO = re.compile(
    r" to [\"“'‘]?(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|some|no|loud"
    r"|rapturous|warm|applause|cheers|laughter|jeers|boos|general|widespread)\b)[a-z]+\b"
)
# (... and what they are of: "told officials of the ruling party to "make sure" ...".)
GROUP_TOLD = re.compile(
    r" (?P<word>[a-z]+)(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:party|board|union|council"
    r"|committee|company|club|government|ministry|association|federation|group|team|police"
    r"|army|department|contractor|squad|firm|agency|crew|unit|school|hospital|trust|office"
    r"|network|campaign|(?-i:[A-Z])[\w'’-]*))?(?= to )"
)
OBJECT_TO = re.compile(r"(?:[\w'’-]+\s+){1,4}?to\s+[\"“'‘]?\w")
VERB_AFTER_QUOTE = re.compile(
    r"[\"”],?\s+(?:(?:had|has|have)\s+been|was|were|(?!(?:and|or|but|need)\b)[a-z]+ed"
    # ("... "a write-off" spread across social media": coming out, in its irregular past.)
    r"|spread(?=\s+(?:across|through|on|online|widely|quickly|rapidly)\b))\b"
)
MEDIUM_OUT = re.compile(
    r"[\"”],?\s+(?:(?:had|has|have)\s+been|was|were)\s+(?:[a-z]+ly\s+)?(?:played|aired|leaked"
    r"|posted|published|broadcast|shared|circulated|released|uploaded|shown|obtained)\b"
)
FINITE_WORD = re.compile(
    r"\b(?:can|could|will|would|should|shall|must|may|might|is|are|was|were|had|has|have"
    r"|do|does|did|[a-z]+ed)\b"
)
MAIN_VERB = re.compile(r"\s(?:was|were|(?:has|have|had)\s+been|is\s+being)\s")
# A perfect or passive verb that may be a sentence's main verb ("has drawn calls for his
# dismissal", "was leaked").
PERFECT_MAIN = re.compile(
    r"\s(?:has|have|was|were)\s+(?:been\s+)?(?:[a-z]+ed|drawn|brought|led|made|put|left"
    r"|thrown|shaken|sent|set|shown|heard|seen)\b"
)
# What opens a clause inside what was said, and the finite words that give it a verb.
INNER_CLAUSE_OPENER = re.compile(
    r"\b(?:that|while|whereas|because|which|who|if|once|until|after|before|since|when|unless"
    r")\s"
)
# A subject between a clause's finite word and a later verb: "would show the council was".
AFTER_PREPOSITION = re.compile(rf"\b(?:{'|'.join(sorted(PREPOSITIONS | {'as'}))})\s+$")
# A relative clause right after a speaker's noun: "an official who asked not to be named".
RELATIVE_GAP = re.compile(r"\s*(?:who|that|whose)\b")
# Verbs of answering, whose addressee and time may stand before "with a statement in which".
ANSWERING = frozenset(["answer", "respond", "reply", "react"])
SUBJECT_WORD = re.compile(
    r"\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you)\b"
    r"|\b[A-Z]",
)
AUXILIARY_WORD = re.compile(
    r"\b(?:can|could|will|would|should|shall|must|may|might|is|are|was|were|do|does|did|has"
    r"|have|had)\b"
)
# After an object and its infinitive, a modal opening a quotation is the main verb too:
# "a memo in which he told managers to keep figures out "cannot be read as printed"".
MAIN_VERB_AFTER_OBJECT = re.compile(
    rf"{MAIN_VERB.pattern}|\s[\"“](?:can|could|would|should|must|will|may|might)"
    r"(?:not|\s+not|n['’]t)?\s+be\s"
    # ("a memo in which she told directors to stop sending census takers back had used
    # "the wrong words"": the memo's own verb.)
    r"|\s(?:had|has)\s+(?:[a-z]+ed|been)\s"
)
_MONTH = "(?:" + "|".join([*MONTHS, *(rf"{m}\.?" for m in MONTH_ABBREVIATIONS)]) + ")"
# A preposition left at the end of a relative clause: "agreed to, ...".
STRANDED_PREPOSITION = re.compile(r"\s+(?:to|for|of|with|on|about|at|in)\s*[,;:.)]")
# Where words were said or written: "in an interview", "in a statement read on ...".
_SAID_IN = (
    r"(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|statement|speech|post|tweet|briefing|press conference|news conference"
    r"|column|article|op-ed|letter|communiqu[eé])\b"
    # "answered the union with a written statement in which he said ..." (not "asked her
    # to come to the House with a statement on drug supplies": what she is to bring).
    r"|with\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post)"
    r"(?=\s+(?:in\s+which|saying)\b|\s*[,.;])"
)
# Whom and when, then the medium and a relative clause of its own: " the union on
# Wednesday evening with a written statement in which".
SAID_IN_RELATIVE = re.compile(
    r"[^\"“”.;:]{0,60}?\b(?:in|with)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|post|email|note|interview)\s+in\s+which\b"
)
# The same right after a cue, and on air: "answered in a statement read on the radio",
# "said on the radio the plan was dead" (the clause, if any, follows it).
SAID_IN_AFTER_CUE = re.compile(
    # ("responded on Tuesday evening in a statement issued from ...": its day first.)
    rf"\s*(?:(?:on\s+)?(?:{WEEKDAY_NAMES}|yesterday|today)(?:\s+{_TIME_NOUN})?\s+)?"
    rf"(?:{_SAID_IN}|on\s+(?:the\s+)?(?:radio|television|TV|air)"
    # "said from the Assembly's tribune on Tuesday afternoon that": where it was said from.
    r"|from\s+the\s+(?:[\w'’-]+\s+){0,2}?(?-i:tribune|podium|lectern|rostrum|pulpit|dais)\b"
    # "saying through his lawyer that": who carried the words.
    r"|through\s+(?:his|her|their|a|an)\s+(?:lawyers?|solicitors?|attorneys?|spokes\w+)\b)"
    r"\s*(?P<next>[\w'’]*)",
    re.IGNORECASE,
)
ON_A_MEDIUM = re.compile(r"\bon\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
OBJECT_BREAK = re.compile(
    # (Not a second infinitive: "instructs staff to log complaints, and to refer ...".)
    r",\s+(?:and(?!\s+to\b)|but|while|although|though|which|who|whom|where|when|because"
    # (Not an aside on what someone is: "whether Kowalczyk, as a city employee, misused",
    # a noun phrase with no verb of its own.)
    r"|as(?!\s+(?:an?|the)\s+(?:(?!(?:has|have|had|is|are|was|were|did|does|do|will|would)\b)"
    r"[a-z][\w'’-]*\s+){0,3}(?!(?:has|have|had|is|are|was|were|[a-z]+ed)\b)[a-z][\w'’-]*,)"
    r"|after|before|"
    r"saying|adding|noting|writing|arguing|warning|according|even|despite"
    # ("defends Ostrowski, says remark was ...": a headline's second verb.)
    r"|says)\b|;|\s[—–]\s|:\s"
    # ("thanked him and handed over to a sponsor's video": a second verb of its subject.)
    r"|\sand\s+(?=(?:[a-z]{3,}ed|went|came|took|gave|left|made)\s+(?:over|to|on|back|up|out)\b)"
    # How it was said is not what it is about: "defended the mayor in an interview with X".
    rf"|\s{_SAID_IN}"
    # ... or where it was said aloud: "demanded his dismissal at a protest outside ...".
    r"|\sat\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:protest|rally|demonstration|vigil|press conference|news conference|briefing)\b"
    # ... or in comments to an outlet: "defended Mr Kwek in comments to Hua Guang Daily".
    r"|\sin\s+(?:comments|remarks)\s+to\b"
    # Nor through whom: "declined to comment through a spokesperson".
    r"|\sthrough\s+(?:a|an|his|her|their|its)\s+(?:spokes\w+|lawyer|attorney|representative"
    r"|agent|solicitor)\b"
    # Nor where on air: "defended Mr Greaves on Radio Brackenford", "on Sky News".
    r"|\son\s+(?:[A-Z][\w'’.-]*\s+){0,3}?(?:Radio|TV|Television|FM|News)\b|\son\s+Radio\b"
    # ... or on a programme: "on Sports Nation 24's talk show Bouncer", "on a breakfast show".
    r"|\son\s+(?:(?:a|an|the|his|her|their)\s+|(?:[A-Z0-9][\w.-]*\s+){0,3}[A-Z0-9][\w.-]*['’]s\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:show|programme|program|podcast|bulletin|segment)\b"
    # Nor when: "repeated his call for an inquiry on Saturday", "... on 16 May".
    rf"|\s(?i:(?:on\s+)?(?:{WEEKDAY_NAMES}|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)(?:[.,;]?\s*$"
    # ... or before where it was said: "defended Brigham Thursday morning on Open Line",
    # or an aside: "called for her resignation on Wednesday, hours before the meeting".
    r"|\s+(?=(?:on|in|at|during)\s)|(?=,\s))"
    # ("defended Baek the following day before Game 5": the day after the one told, not
    # after a preposition: "postponed until the following day".)
    r"|(?<!until)(?<!from)(?<!by)(?<!for)\s(?i:the\s+(?:following|next)\s+day)"
    r"(?=[.,;]?\s*$|\s+(?:on|in|at|during|before)\s|,\s)"
    rf"|\s(?i:on\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?))[.,;]?\s*$"
)
# When, at the end: "called for a police case against the selector earlier this week".
# "defended his successor, Professor X, over a voice message in which ...": what the
# stance was taken over, set off by a comma.
OVER_AFTER_OBJECT = re.compile(r",\s+over\s+(?:an?|the|his|her|their|its)\s")
WEEK_AFTER_OBJECT = re.compile(
    r"\s(?:(?:earlier|later)\s+)?(?:(?:this|last)\s+(?:week|weekend|month|night|morning|afternoon"
    # ("defended her last night, telling", "backed him yesterday afternoon")
    r"|evening)|(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?"
    # ("defended him over the weekend on a talk show")
    r"|over\s+the\s+weekend)[.,;]?\s*$",
    re.IGNORECASE,
)
RELATIVE_IN_OBJECT = re.compile(r"\b(?:who|which|that|whose)\b")
# Where a stance was taken: "defended the chief constable at a public meeting of the panel".
AT_OCCASION = re.compile(
    r"\sat\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|hearing|rally|briefing|press conference|news conference|event)\b"
)
# A verb's infinitive, whose occasion or time it is instead: "called for the MP to face
# residents at a public meeting this week".
INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|them|him|me|us)\b)[a-z]+\b")
# Speech verbs that also take a plain object: "denied the claims", "announced his resignation".
OBJECT_TAKING = frozenset(
    "announce deny admit confirm acknowledge predict demand urge promise reveal report explain "
    "recall repeat mention accept ask warn pledge vow disclose propose tweet post say".split()
)
COLON_QUOTE = re.compile(r"[^.;\"“”]{0,80}?:\s*(?=[\"“'‘])")
# "saying of Úna Breheny, chief executive of ..., who had just spoken: "..."": what
# a cue says of someone, however long the phrase naming them, then a colon and a quote.
SAID_OF_QUOTE = re.compile(r"\s+(?:of|about)\s[^.;:\"“”]{0,200}:\s*(?=[\"“'‘])")
# (The source starts at a word's start: at most 80 characters back, but never mid-word.)
HEADER = Scan(re.compile(r"(?P<source>(?<![\w'’])[^.;:\"“”]{1,80}?)\s*:\s*$"), (":",))
# "...” ― Sonya Herridge": a dash after a quote, then who said it.
SIGNATURE_DASH = re.compile(r"[ \t\u00a0]*(?P<dash>―|—|–|--)[ \t\u00a0]*")
# A transcript inside quote marks: "WALLACE: Let's start with ...".
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s+")
SOURCE_END = re.compile(r"[^,;:.\"“”]*")
NOT_IN_SUBJECT = (
    PREPOSITIONS
    | frozenset(CLAUSE_VERBS)
    | frozenset("and but or that which who whom when while because if although though".split())
)
PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")
TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("today yesterday tomorrow".split())
DETERMINER_WORDS = frozenset("the a an his her their its our my this that these those".split())
COMMON_STARTERS = SENTENCE_STARTERS - DETERMINER_WORDS
RELATIVES = frozenset("who which whose".split())
CLAUSE_JOINT = re.compile(
    r"(?:[,;][\"”’']?(?:\s+(?:and|but|while|whereas))?|\s(?:and|but))\s+(?=\S)"
)
# "a voice said to be that of the commissioner", "a voice purported to be Mr Kelkar's".
VOICE_OF = re.compile(
    r"\bvoice\s+(?:said|purported|believed|alleged|thought|understood|claimed)\s+to\s+be\s+"
    r"(?:that\s+of\s+)?$",
    re.IGNORECASE,
)
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
OF_BEFORE = re.compile(r"\sof\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$")
# "The father of defenceman Sam Ortiz", "the widow of X": a relative named by
# whose relative they are, up to the name.
RELATIVE_OF = re.compile(
    rf"\b(?:the|a|an|his|her|their)\s+(?:{'|'.join(sorted(KIN_NOUNS))})\s+of\s+[^,.;:\"“”]*\Z",
    re.IGNORECASE,
)
KIN_AFTER = re.compile(rf"['’]s\s+(?:{'|'.join(sorted(KIN_NOUNS))})\b", re.IGNORECASE)
# Words that may open a sentence before its subject: "But Anna Berg, ..., said".
CONNECTIVES = frozenset("but and yet so still also meanwhile however".split())
# Verbs of saying that a subject may follow after a comma: "..., said Mira Osman"
# (not "..., showed Cole laughing", nor "..., told Newsline that").
INVERTED = frozenset(
    "say add write ask explain note recall argue insist continue conclude declare reply "
    "respond warn claim admit acknowledge observe remark comment concede".split()
)
SUBORDINATOR = re.compile(r"\s(?:after|when|as|before|since|because|while)\s")
# ", days after", ", a day after", ", hours before": a clause of another time.
TIMED_CLAUSE = re.compile(rf",\s+(?:{_SPAN}\s+)?(?:after|before)\s")
# "... and a planned national strike as ", "... and strike '": a second object, then its quote.
AND_THEN_QUOTE = re.compile(r"[\"”'’]?\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:as\s+)?", re.IGNORECASE)
ASKED_FOR = re.compile(r"\s*for\s+(?=\S)")
# "MPs", "MLAs", "TDs": members of a house, as those told something.
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,4}s")
RESUMED_THAT = re.compile(r",\s+that\s")
CLAUSE_GOES_ON = re.compile(r" (?-i:[a-z])[\w'’-]* (?-i:[a-z])")
# "Reid was caught on his microphone calling him ...", "she was recorded telling
# donors ...": a passive of catching someone on record, right before an "-ing" cue.
CAUGHT_BEFORE = re.compile(
    # "MEP recorded calling farmers ...": a headline's passive has no auxiliary.
    r"\s(?:(?:was|were|is|are|been|being|be|got|gets|get)\s+)?"
    r"(?:(?:also|secretly|apparently|allegedly)\s+)?"
    r"(?:caught|recorded|filmed|taped|heard|overheard|captured"
    # ("in which she is recorded as saying that", "was quoted as saying")
    r"|(?:recorded|quoted)\s+as)"
    r"(?:\s+(?:on|in|by|at|during)\s+[^,.;:\"“”]{1,60}?)?\s+$",
    re.IGNORECASE,
)
# ("A spokesman for the governing Movimiento Patria Nueva (MPN)": whom one speaks for.)
OF_THE_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:(?:governing|ruling)\s+)?$")
# Words that are a preposition or open a clause ("after the vote", "after X told ...").
CLAUSE_CONJUNCTIONS = frozenset(("after", "before", "since", "until"))
CLAUSE_BOUNDARIES = frozenset(
    "after before while when because since although though if until once as where whereas "
    "unless but yet".split()
)
COORDINATORS = frozenset(("and", "or"))
# Nouns that head a role phrase with what follows: "the deputy head of the delegation".
HEAD_NOUNS = frozenset("head chief member members chair staff commander operator".split())
# Words that may continue a head before what qualifies it ("deputy head of ...").
HEAD_CONTINUATIONS = ROLE_HEADS | PREMODIFIERS | HEAD_NOUNS
# Words that start a clause, and so end a subject, unless a preposition or determiner precedes.
CLAUSE_WORDS = NOT_IN_SUBJECT - PREPOSITIONS
CLAUSE_WORDS_BUT_COORDINATORS = CLAUSE_WORDS - COORDINATORS
PREPOSITIONS_BUT_TO = PREPOSITIONS - {"to"}
QUALIFYING = frozenset("of for at from in with on close near within inside representing".split())
QUOTE_MARKS = re.compile(r"[\"“”‘’]")
APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)|(?<=s)['’](?=\s)")
TRAILING_WORDS = frozenset(AUXILIARIES) | frozenset(
    "also later then further again not never long often always still already once even just "
    "soon first last now since ago heard seen overheard caught filmed".split()
    # "X, the regional president, yesterday defended": when, between the subject and verb.
    + "yesterday today tonight".split()
)


# "later that day that": "that" opening a time is no "that" of what was said.
_NOT_THAT_DAY = r"(?!\s+(?:day|morning|afternoon|evening|night|week|month|year)\b)"
# Who was told, as a short noun phrase before "that": "telling a private dinner that".
# "told the party's donors that", "told senior staff that", "told a room of
# wealthy donors at a private retreat two weeks ago that": who was told (and
# where, and when), with no verb of its own.
# "told nurses who had joined the strike that they ...": who those told are, then
# "that" and the clause's own subject (not "nurses who feared that they would lose
# their jobs", whose "that" is what they feared).
_WHO_THEN_THAT = (
    r"who\s+(?!(?:(?!\bthat\b)[^,.;:\"“”])*?\b(?:fear|feared|fears|said|says|believe|believed"
    r"|believes|thought|think|thinks|claimed|claims|knew|know|knows|felt|feel|feels|argued"
    r"|complained|insisted|warned|worried|hoped|hope|hopes|heard|learned|learnt|suspected"
    r"|suspect)\s+(?:to\s+[\w'’-]+\s+)?that\b)"
    r"[^,.;:\"“”]{1,60}?\s+(?=that\s+(?:he|she|they|it|we|i|you)\s)"
)
WHO_TOLD = re.compile(rf"\s+{_WHO_THEN_THAT}", re.IGNORECASE)
ADDRESSEE_PHRASE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    r"(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might"
    r"|must|did|does|and|but|or|to|who|which|he|she|they|it|we|i)\s)"
    r"[\w'’()-]+\s+){1,14}?"
    rf"(?:{_WHO_THEN_THAT})?"
    rf"(?=(?:that|whether|if)\b{_NOT_THAT_DAY})",
    re.IGNORECASE,
)

# "told parliament he had sought", "told his fellow directors the board should": a body
# or a group told, then the clause of what was said, with no "that".
TOLD_BODY = re.compile(
    r"\s+(?:(?:the|his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?!(?:as|is|was|has|his|this|its|thus|us)\b)[a-z]{3,}s|council|committee|board"
    r"|assembly|parliament|house|senate|chamber|court"
    r"|tribunal|inquiry|hearing|meeting|cabinet|congregation|crowd"
    # ("told the site she had handed them over": an outlet told.)
    r"|site|website|newspaper|paper|station|programme|program|channel|portal|broadcaster"
    r"|magazine|blog|podcast|show)"
    r"|parliament|congress|cabinet)"
    r"(?=\s+(?:he|she|they|we|i|the|his|her|their|there)\s)"
    # "told a press conference at Parliament House she had ...": where, with whom.
    r"|\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:press|news)\s+conference"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"(?=\s+(?:he|she|they|we|i)\s)",
    re.IGNORECASE,
)


# Words ending a name that end like an adverb ("the Kurohama Family", "Italy").
NAMES_ENDING_IN_LY = frozenset("family italy sicily bexley wembley".split())


def _trailing(word: str) -> bool:
    """Auxiliaries and adverbs between a subject and its verb ("has long", "publicly"; not
    the end of a name, "the Kurohama City Assembly")."""
    lowered = word.lower()
    # (A title-case headline's "Angrily Says" too, but not a name's "Assembly", "Italy",
    # "Emily".)
    named = word[:1].isupper() and (
        lowered in ORGANISATION_WORDS or lowered in NAMES_ENDING_IN_LY or given_name(lowered)
    )
    adverb = len(lowered) > 4 and lowered.endswith("ly") and not named
    return lowered in TRAILING_WORDS or adverb


@frozen
class _Source:
    """Who a cue's statements belong to, and the words that say so."""

    mention: int | None
    start: int | None
    end: int | None
    continues: int | None
    rule: str

    @property
    def found(self) -> bool:
        return self.mention is not None or self.continues is not None or self.start is not None


NO_SOURCE = _Source(None, None, None, None, "no source found")


def _past_verb(word: str) -> bool:
    """A lower-case past form, "emailed" or "told", that may be the verb after an
    apposition: stricter than ``past_form`` ("used" and "aged" are too often
    something else there)."""
    return word.islower() and (
        (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PAST or word in PAST_ONLY
    )


def _names_a_role(phrase: str) -> bool:
    """Whether a phrase holds a role's head ("the mayor's chief of staff"), so that a
    name after it is in apposition ("According to the Gazette, Jane Hollis, ..." is not)."""
    return any(word.lower() in ROLE_HEADS for word in WORD.findall(phrase))


def _trim_clause_end(text: str, start: int, end: int) -> int:
    """Drop trailing space, commas and the sentence's final stop from a clause, but
    not the stop of initials or a name's suffix that ends it ("entering the U.S.",
    "7 p.m.", "John Hinckley Jr.")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?—–-"):
        end -= 1
    if text[end : end + 1] == ".":
        word = ABBREVIATED.search(text, max(start, end - 12), end)
        if word is not None and ("." in word.group() or word.group().lower() in NAME_SUFFIXES):
            return end + 1
    return end


def _trim(quote: Quote) -> Quote:
    """Drop a trailing comma or space inside the quotation marks."""
    end = quote.end
    while end > quote.start and (quote.text[end - quote.start - 1] in ", \n"):
        end -= 1
    start = quote.start
    while start < end and quote.text[start - quote.start].isspace():
        start += 1
    if (start, end) == (quote.start, quote.end):
        return quote
    return evolve(
        quote, start=start, end=end, text=quote.text[start - quote.start : end - quote.start]
    )


def _contained(index: int, mentions: Sequence[Mention]) -> bool:
    """True when another mention strictly encloses this one ("Labour" in "the Labour leader").

    Mentions are in order of start, so only those starting no later can enclose it.
    """
    mention = mentions[index]
    length = mention.end - mention.start
    for before in range(index - 1, -1, -1):
        other = mentions[before]
        if mention.start - other.start > 200:
            break
        if other.end >= mention.end and other.end - other.start > length:
            return True
    return any(
        other.start == mention.start and other.end > mention.end
        for other in mentions[index + 1 : index + 3]
    )


def _is_cue(word: str) -> bool:
    return lemma_frame(word) is not None


# Objects that stand for something named elsewhere, not for content.
RELATIVE_ASIDE = re.compile(RELATIVE_ASIDE_OPENER, re.IGNORECASE)
INITIALS_BEFORE = re.compile(r",\s+[A-Z]{2,8},\s+$")
WHOSE_OPENED = re.compile(r",\s+whose\b", re.IGNORECASE)
BRACKETED_INITIALS = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)(?=,\s+whose\b)")
IN_WHICH_OPENER = re.compile(r"\b(?:in|on|during)\s+which\b", re.IGNORECASE)
# A verb of putting out a statement, whose subject says what a participle after it says.
ISSUING_VERB = re.compile(r"issued|released|published|posted", re.IGNORECASE)
# ... and one inside an apposition: "X, a retired engineer who left the board in 2024,".
APPOSED_RELATIVE = re.compile(
    rf"{RELATIVE_ASIDE_OPENER}|,\s+(?:a|an|the)\s+[^,.;:\"“”]*?\b(?:who|which|whose|whom)\b",
    re.IGNORECASE,
)
# Between who was told and "that": an apposition, then when or where ("told the
# developer, Nathan Brill, in March 2024 that", "told reporters outside his office
# Wednesday evening that", "told reporters outside City Hall on Wednesday that").
TOLD_BRIDGE = re.compile(
    # ("told the meeting, which had been called by residents to discuss ..., that")
    r"(?:,\s+[^,.;:\"“”]{1,100},)?"
    # "told NBI Radio's Morning Report on Monday that": the addressee's programme.
    r"(?:['’]s(?:\s+[\w'’-]+){1,4}?)?"
    # "told Wellington talk station Harbour Talk on Thursday morning that": the
    # addressee's kind in lower case, then its name.
    r"(?:\s+(?:[a-z][\w-]*\s+){1,3}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?"
    # "told the Ledger hours after the broadcast that": how long after, too.
    r"(?:,?\s+(?:(?:hours|minutes|days|moments|shortly|soon|weeks)\s+)?"
    r"(?:in|on|at|during|last|this|earlier|outside|inside|after|before|following"
    r"|near|over|by|from)\s+[^,.;:\"“”]{1,40}?,?){0,2}"
    # ("told reporters there that ...": where, by the adverb.)
    r"(?:\s+there)?"
    rf"(?=\s+(?:that|whether|if)\b{_NOT_THAT_DAY})"
)
# "telling the host of an industry podcast that bill-payers were ...": whose the one told
# is, then "that" and a clause (not "told residents of a plan that would double ...": a
# relative clause of what was told).
WHOSE_TOLD = re.compile(
    r"\s+of\s+(?:an?|the|its|his|her|their)\s+[^,.;:\"“”]{1,40}?(?=\s+that\s+"
    r"(?!(?:would|will|could|can|should|may|might|must|had|has|have|was|were|is|are)\b))"
)
# "told reporters at Parliament House on Thursday he had asked": where and when, then
# a clause with no "that".
TOLD_WHERE_WHEN = re.compile(
    r"(?=\s+(?:at|in|outside|on)\s)(?:\s+(?:at|in|outside)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?"
    rf"(?:\s+(?:on\s+)?(?i:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?=\s+(?:he|she|they|it|we|I|the)\s)"
)
THAT_NEXT = re.compile(r"\s*(?:that|whether|if)\b")
ADDRESSEE_BEFORE_COMMA = re.compile(
    r"\s+(?:the|a|an|one|his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=,)"
)
# '"...," Mr Brenner is reported to have said', '"...," she can be heard telling': hearsay
# or a recording between source and cue.
REPORTED_TO_HAVE = re.compile(
    r"[\s,.!?—–-]*\s(?:(?:is|was|are|were)\s+(?:reported|said|understood|alleged|believed)"
    r"\s+to\s+have|(?:can|could)\s+(?:also\s+)?be\s+heard|(?:is|was)\s+(?:also\s+)?heard)\s+"
)
# ", Luis Ferrante,": a name in apposition, between commas.
APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,")
# The word a clause ends with, before its full stop: "U.S", "p.m", "Jr".
NAME_SUFFIXES = frozenset({"jr", "sr", "inc", "ltd", "corp"})
ABBREVIATED = re.compile(r"(?<![\w.])[A-Za-z](?:[A-Za-z]*|(?:\.[A-Za-z])+)$")
# "the chief executive| of PepsiCo": what a role in apposition is of.
ROLE_OF = re.compile(r"\s+(?:of|for|at)\s")
ASIDE_ADVERB = re.compile(
    r",\s+(?:for\s+(?:instance|example|(?:his|her|their|its)\s+part)|however|meanwhile|too"
    r"|though|in\s+turn|in\s+fact|of\s+course|instead|nonetheless|nevertheless)\s*(?:,|$)",
    re.IGNORECASE,
)
_DAY = rf"(?:{WEEKDAY_NAMES}|yesterday|today|tonight|last\s+(?:week|night)|this\s+week)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
WHEN_BEFORE_VERB = re.compile(rf"\s+(?:on\s+)?(?:{_DAY}|earlier|later){_PART}\s*", re.IGNORECASE)
# A day at the end of a subject's words, before its verb.
WHEN_AFTER_SUBJECT = re.compile(rf"\s+(?:on\s+)?{_DAY}{_PART}$", re.IGNORECASE)
# Words that open an adjunct set off by commas after a speaker's name, not an apposition.
ADJUNCT_OPENERS = frozenset("in at on during speaking writing asked appearing after".split())
# What was put out, not said: "posted it on X" (but "posted her thanks" is said).
PUT_OUT_OBJECTS = frozenset("it them this that these those".split())
BARE_OBJECTS = frozenset("it them this that these those him her".split())
# What a reporter asks of someone: "calls seeking comment" says nothing they said.
REQUESTED = frozenset(["comment", "comments", "a comment", "an interview", "a response"])
NOTHING_SAID = (["a", "word"], ["a", "thing"], ["not", "a"])
# "did not respond to questions", "has not replied": no answer, so no statement.
UNANSWERED = frozenset(("respond", "reply", "comment", "comment on", "answer"))
# ("without saying how it had obtained the document": left unsaid too.)
# ("would not be commenting on it": past an auxiliary.)
NEGATION_BEFORE = re.compile(
    r"\b(?:not|never|without)\s+(?:be\s+|been\s+|have\s+)?$|n['’]t\s+(?:be\s+|been\s+|have\s+)?$",
    re.IGNORECASE,
)
# Verbs whose negation says something was left unsaid: "did not mention the clip",
# "did not name its source".
LEFT_UNSAID = frozenset(
    (
        "mention",
        "specify",
        "disclose",
        "reveal",
        "explain",
        "identify",
        "name",
        "question",
        "dispute",
    )
)
QUESTION_WORD = re.compile(r"\s+(?:how|whether|what|who|whom|why|when|where|which|if)\b", re.I)
WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+$|['’]ll\s+$", re.IGNORECASE)


def _noun_or_passive(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """A cue word that is no verb of the subject: a noun after "the" ("The state
    teachers' union", "a private Zoom call"), a word of a name ("Valley State
    University"), a passive before "by" ("messages seen by this newspaper") or a
    participle describing a medium ("a video posted on TikTok")."""
    passive = index + 1 < len(tokens) and tokens[index + 1].group().lower() == "by"
    before = [t.group() for t in tokens[max(0, index - 4) : index]]
    return (
        passive
        or _in_name(tokens, index)
        or _after_determiner(tokens, index)
        or indefinite_compound(
            before,
            tokens[index].group(),
            tokens[index + 1].group() if index + 1 < len(tokens) else "",
        )
        or _describes_medium(tokens, index)
    )


def _in_name(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "Carrow Valley State University", "the United States Elections Project": a
    capitalised word after another is a word of a name, not a verb."""
    return (
        index > 0
        and tokens[index].group()[:1].isupper()
        and tokens[index - 1].group()[:1].isupper()
    )


def _joins_name(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "the Lagan and Mourne Health and Social Care Trust": "and" between capitals."""
    return (
        0 < index < len(tokens) - 1
        and tokens[index].group() == "and"
        and tokens[index - 1].group()[:1].isupper()
        and tokens[index + 1].group()[:1].isupper()
    )


def _relative_after_noun(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "Two diplomats who attended the dinner": "who" after the noun it describes."""
    return (
        tokens[index].group().lower() == "who"
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].group().islower()
    )


def _describes_medium(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "a video posted on TikTok": a participle after the medium it describes."""
    word = tokens[index].group().lower()
    participle = word.endswith("ed") or word in IRREGULAR_PAST
    return participle and index > 0 and tokens[index - 1].group().lower() in MEDIUM_NOUNS


def _after_determiner(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "The state teachers' union", "the same voice": a cue word after "the" (and
    "same" or "other") is a noun."""
    before = index - 1
    if before > 0 and tokens[before].group().lower() in ("same", "other", "very"):
        before -= 1
    return before >= 0 and index > 0 and tokens[before].group().lower() in DETERMINERS


def _verb_like(word: str) -> bool:
    """Words that end a noun phrase: verbs, pronouns, function words."""
    lowered = word.lower()
    return (
        lowered in NOT_IN_SUBJECT
        or lowered in PRONOUNS
        or lowered in IRREGULAR_PAST
        or (len(lowered) > 4 and lowered.endswith("ed"))
        or not word[:1].isalnum()
    )


def _noun_after(tokens: Sequence[re.Match[str]], index: int) -> bool:
    """ "secretary of state", "the report": a word after a preposition or determiner is a noun."""
    before = tokens[index - 1].group().lower() if index > 0 else ""
    return before in PREPOSITIONS or before in DETERMINER_WORDS


def _before_verb_after_quote(text: str, start: int, end: int) -> int:
    """Where a verb right after a quotation ("... "can wait for their roads" had been
    "taken out of context"", "..."walk to work forever", resurfaced online") ends a
    clause said inside a relative clause: once the clause has a verb of its own
    before it (not "the "plan" was dead")."""
    closed = VERB_AFTER_QUOTE.search(text, start, end)
    if closed is None:
        return end
    # ("... that the permits "go through my office" was played on a radio programme":
    # a medium's coming out is the main verb, whatever the clause before it holds.)
    if FINITE_WORD.search(text, start, closed.start()) is None and not MEDIUM_OUT.match(
        text, closed.start()
    ):
        return end
    return closed.start() + 1


def _before_perfect_main_verb(text: str, start: int, end: int) -> int:
    """Where a perfect or passive main verb ("has drawn calls") ends a clause said inside a
    relative clause, once the clause it follows has a finite verb of its own with
    no comma after it: "in which he tells officials that the districts "can take the
    cuts" while Talatona must be kept lit has drawn calls" (not "that the plan has
    failed", nor "that the plan, which was approved, has failed")."""
    for main in PERFECT_MAIN.finditer(text, start, end):
        openers = list(INNER_CLAUSE_OPENER.finditer(text, start, main.start()))
        tail = openers[-1].end() if openers else start
        finite = list(AUXILIARY_WORD.finditer(text, tail, main.start()))
        between = text[finite[-1].end() : main.start()] if finite else ""
        # (A preposition's object is no subject: "will be given to his brother was aired".)
        subject = [
            m
            for m in SUBJECT_WORD.finditer(between)
            if not AFTER_PREPOSITION.search(between, 0, m.start())
        ]
        if finite and "," not in between and not subject:
            if _inside_quotation(text, start, main.start()):
                continue
            return main.start()
    return end


def _before_main_verb(
    text: str, start: int, end: int, main_verbs: re.Pattern[str] = MAIN_VERB
) -> int:
    """Where the sentence's main verb ("was leaked", "has been played") cuts
    ``text[start:end]``, said inside a relative clause opened before it (not a
    verb of a clause within: "until the figures have been released")."""
    # (Past any verb inside a quotation: ""delete anything that was sent about the
    # merger" was leaked": the sentence's main verb is the one after it.)
    main_verb = next(
        (
            verb
            for verb in main_verbs.finditer(text, start, end)
            if not _inside_quotation(text, start, verb.start())
        ),
        None,
    )
    if main_verb is None or CLAUSE_WITHIN.search(text, start, main_verb.start()):
        return end
    return main_verb.start()


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a quotation opened after ``start``: no main verb of the
    sentence is there (""had every right to be heard without being mocked by someone
    who was supposed to be listening."")."""
    curly = text.count("“", start, at) > text.count("”", start, at)
    return curly or text.count('"', start, at) % 2 == 1


def _qualifying(tokens: Sequence[re.Match[str]]) -> bool:
    """Whether words after a name qualify it: "of Ohio", "head of the delegation".

    Up to two lower-case nouns may continue the head first ("deputy head of
    ..."); what follows must hold no verb or clause word, but a body's name after
    "of" may hold one ("of the Lagan and Mourne Health and Social Care Trust", "of
    Carrow Valley State University").
    """
    lead = 0
    while lead < min(2, len(tokens) - 1) and tokens[lead].group() in HEAD_CONTINUATIONS:
        lead += 1
    if tokens[lead].group().lower() not in QUALIFYING:
        return False
    of_body = tokens[lead].group().lower() in ("of", "for")
    return not any(
        t.group().lower() in CLAUSE_WORDS
        and not _noun_after(tokens, i)
        and not (of_body and (_in_name(tokens, i) or _joins_name(tokens, i)))
        # ("representing freelance musicians and singers": a second noun, no clause)
        and not (
            t.group() == "and"
            and i + 1 < len(tokens)
            and tokens[i - 1].group().islower()
            and not _verb_like(tokens[i + 1].group())
            # (Not "the airline and the pilots' union both said": two speakers.)
            and not any(later.group().lower() == "both" for later in tokens[i + 1 :])
        )
        for i, t in enumerate(tokens)
    )


class _Attributor:
    """Attributes the statements of one article, sentence by sentence."""

    def __init__(
        self,
        article: Article,
        segments: Segments,
        spans: Sequence[QuoteSpan],
        mentions: Sequence[Mention],
    ) -> None:
        self.text = article.text
        self.segments = segments
        self.spans = [s for s in spans if s.depth == 0]
        self.quote_index = QuoteIndex.of(self.spans)
        self.mentions = mentions
        absorbed = self._absorbed()
        self.candidates = [
            i
            for i, m in enumerate(mentions)
            if not m.in_quote
            and m.kind in ("person", "organisation", "outlet")
            and (m.form != "pronoun" or PRONOUNS[m.text.lower()][1] == "subject")
            and not _contained(i, mentions)
            and i not in absorbed
        ]
        self.candidate_starts = [mentions[i].start for i in self.candidates]
        self.dateline = self._dateline()
        self.speakers_by_end = {
            m.end: i
            for i, m in enumerate(mentions)
            if not m.in_quote and m.kind in ("person", "organisation", "outlet")
        }
        self.by_entity: dict[int, list[Mention]] = {}
        for mention in mentions:
            if mention.entity is not None:
                self.by_entity.setdefault(mention.entity, []).append(mention)
        self.quotes: list[Quote] = []
        self.claimed: set[int] = set()
        self.shown_at: list[int] = []
        self.shown_saying_at: list[int] = []
        self.related_at: list[int] = []
        self.main_cues_at: list[int] = []
        self.timed_clauses: list[tuple[int, int]] = []
        self.covered_until = 0

    def _dateline(self) -> int | None:
        """The paragraph that opens with a place in capitals and a colon
        ("AMARAVALLI: Members of ..."): one of the story's first two (after a
        byline), when no other paragraph opens so (a transcript's "PENCE:"
        opens many)."""
        body = [p for p in self.segments.paragraphs if p.kind == "body"]
        headed = [p for p in body if COLON_DATELINE.match(self.text, p.start, p.end)]
        if len(headed) == 1 and headed[0] in body[:2]:
            return headed[0].index
        return None

    def _candidates_in(self, start: int, end: int) -> list[int]:
        """The candidate speakers whose mention starts in ``[start, end)``, in order."""
        low = bisect_left(self.candidate_starts, start)
        high = bisect_left(self.candidate_starts, end)
        return self.candidates[low:high]

    def run(self) -> tuple[Quote, ...]:
        for sentence in self.segments.sentences:
            self._sentence(sentence)
        for number, span in enumerate(self.spans):
            if number not in self.claimed:
                self._unclaimed(number, span)
        order = sorted(
            range(len(self.quotes)),
            key=lambda n: (self.quotes[n].start, self.quotes[n].kind != "indirect"),
        )
        position = {old: new for new, old in enumerate(order)}
        ordered = (self.quotes[old] for old in order)
        return tuple(
            quote if quote.continues is None else evolve(quote, continues=position[quote.continues])
            for quote in ordered
        )

    def _absorbed(self) -> set[int]:
        """Mentions inside a person's noun phrase, before the name.

        "Senate" in "Senate Majority Leader Tom Becker" is his affiliation,
        not a speaker of its own.
        """
        absorbed = set()
        for index, person in enumerate(self.mentions):
            if person.kind != "person" or person.form not in ("name", "surname"):
                continue
            floor = self.segments.sentence_at(person.start).start
            start = noun_phrase_start(self.text, person, floor)
            for before in range(index - 1, -1, -1):
                if self.mentions[before].start < start:
                    break
                absorbed.add(before)
        return absorbed

    # Cues, one sentence at a time.

    def _sentence(self, sentence: Sentence) -> None:
        opens = (
            self.segments.paragraphs[sentence.paragraph].start == sentence.start
            and sentence.paragraph != self.dateline
        )
        found = find_cues(self.text, sentence, self.quote_index, opens_paragraph=opens)
        self.main_cues_at = [f.cue.start for f in found if f.joined is None]
        shown_cues = [f.cue for f in found if self._gerund_subject(sentence, f.cue) is not None]
        self.shown_at = [cue.start for cue in shown_cues]
        # Someone caught on record naming something ("caught ... calling him a "clown"")
        # says it, as a document showing them naming it does not.
        self.shown_saying_at = [
            cue.start
            for cue in shown_cues
            if cue.frame != "as" or self._caught_subject(sentence, cue) is not None
        ]
        # "notes in which the minister described the consultation as "for show"": a
        # relative clause with a subject of its own says who said what follows.
        self.related_at = [
            f.cue.start for f in found if self._relative_subject(sentence, f.cue) is not None
        ]
        self.timed_clauses = [
            m.span() for m in TIMED_CLAUSE.finditer(self.text, sentence.start, sentence.end)
        ]
        sources: list[_Source] = []
        covered_until = max(sentence.start, self.covered_until)
        for position, item in enumerate(found):
            own_clause = self._own_clause(sentence, covered_until, item)
            nested = item.joined in (None, "relative") and own_clause is None
            # "messages showed her mocking their pay claim": the person shown speaks too.
            shown = item.cue.start in self.shown_at or item.cue.start in self.related_at
            if item.cue.start < covered_until and nested and not shown:
                sources.append(NO_SOURCE)
                continue
            # ", two days after a newsroom published a draft in which she wrote ...": a
            # clause of another time, with a speaker of its own.
            subordinate = [
                clause
                for f in found[position + 1 :]
                if (clause := self._subordinate_speech(sentence, item, f)) is not None
            ]
            # ", House Speaker Bradley Coyne said Friday.": a later cue's own clause.
            own_clauses = [
                comma
                for f in found[position + 1 :]
                if f.joined is None
                and (comma := self._own_clause(sentence, item.cue.end, f)) is not None
            ]
            cut = min(
                [sentence.end]
                + [
                    self._clause_start(f)
                    for f in found[position + 1 :]
                    if f.joined is not None and not self._noun_relative(f)
                ]
                + own_clauses
                + [
                    comma
                    for f in found[position + 1 :]
                    if (comma := self._closing_comma(sentence, f.cue.start)) is not None
                    and comma > item.cue.end
                    and (subject := self._subject_before_aside(sentence, f.cue.start)) is not None
                    and self.mentions[subject].start < item.cue.start
                ]
                + subordinate
            )
            source = self._source(sentence, item, found[:position], sources)
            sources.append(source)
            if item.cue.frame == "as":
                cut = min(
                    [sentence.end]
                    + [f.lead_start for f in found[position + 1 :] if f.joined == "coordinated"]
                    + own_clauses
                    + subordinate
                )
            elif source.rule.startswith("relative"):
                comma = self.text.find(",", item.cue.end, cut)
                cut = comma if comma >= 0 else cut
            covered_until = self._content(sentence, item, cut, source)
        self.covered_until = covered_until

    def _own_clause(self, sentence: Sentence, after: int, item: FoundCue) -> int | None:
        """Where a cue's own clause begins, if it has a subject after a comma past ``after``.

        In "Asked if she believed X, Clinton said Y", "said" is not inside
        what "believed" reports: a comma and a subject of its own start a new
        statement, which ends the one before it at that comma.
        """
        left = self._left_candidate(sentence, item.cue.start)
        generic = self._generic_subject(sentence, item.cue.start)
        starts = []
        if left is not None:
            start, end = self._source_span(left, item.cue.start)
            # Not "accused her opponent, X, of "..." after a group posted a video of him
            # telling ...": a name that many words before the cue, with no aside's comma
            # closing them, is no subject of its own.
            gap = self.text[end : item.cue.start]
            # ("... was "a beginning" but that Aichhorn's defence showed "...": a second
            # that-clause of the cue before, whose subject is no speaker's.)
            continued = any(
                match.end() >= start
                for match in THAT_CONTINUES.finditer(self.text, max(0, start - 12), start + 6)
            )
            # ("an official who asked not to be named said": a relative clause of its own.)
            own = len(gap.split()) <= 4 or gap.rstrip().endswith(",") or RELATIVE_GAP.match(gap)
            if own and not continued:
                starts.append(start)
        starts += [generic[0]] if generic is not None else []
        for start in sorted(starts, reverse=True):
            if start < after:
                continue
            # (The first joint, or a later one with a word that joins clauses: "...; prices
            # had risen, but the bank said", not "the director, X, resigns over ... he posted".)
            for number, joint in enumerate(CLAUSE_JOINT.finditer(self.text, after, start + 1)):
                worded = number == 0 or joint.group().strip(" ,;\"”’'") != ""
                if joint.end() == start and worded:
                    return joint.start()
        return None

    # Sources.

    def _source(
        self,
        sentence: Sentence,
        item: FoundCue,
        earlier: list[FoundCue],
        earlier_sources: list[_Source],
    ) -> _Source:
        cue = item.cue
        if cue.frame == "according":
            return self._according_source(cue, sentence)
        if cue.frame == "colon":
            mention = next(iter(self._candidates_in(sentence.start, cue.start)), None)
            end = _trim_clause_end(self.text, sentence.start, cue.start)
            return _Source(mention, sentence.start, end, None, "name before a colon")
        relative = self._relative_source(sentence, cue.start)
        if relative is not None:
            return relative
        # (The sentence's first cue only: not "The coach who signed X says Pardo told him".)
        opening = self._opening_relative_source(sentence, cue.start) if not earlier else None
        if opening is not None:
            return opening
        before_aside = self._subject_before_aside(sentence, cue.start)
        if before_aside is not None and item.joined is None:
            named = self._named(before_aside, "noun phrase before an aside", cue.start)
            closing = self._closing_comma(sentence, cue.start)
            if closing is not None and named.end is not None and named.end <= closing:
                whose = WHOSE_OPENED.search(self.text, named.start or 0, closing)
                if whose is not None:
                    # "The association, whose chairman, X, is contesting the post, said":
                    # the relative clause, commas and all, up to its closing comma.
                    named = evolve(named, end=closing + 1)
            return named
        if item.joined == "coordinated" and cue.start not in self.shown_at:
            # ("... minutes in which she is recorded as saying that": her own words.)
            # "X apologised for messages in which he mocked them, saying ...": a participle
            # after a comma shares the main clause's subject, not the relative clause's.
            # So does a verb after a comma and "but": "X apologised for a message in which he
            # told them ..., but said he would not resign".
            participle = (
                cue.text.lower().endswith("ing") and self._after_comma(sentence, cue.start)
            ) or COMMA_BUT.search(self.text, max(sentence.start, cue.start - 8), cue.start)
            for before, source in zip(reversed(earlier), reversed(earlier_sources), strict=True):
                if participle and self._relative_subject(sentence, before.cue) is not None:
                    continue
                if participle and self._in_open_relative(sentence, before.cue):
                    continue  # "... in which he called them X and mocked Y, saying ..."
                if source.found:
                    return evolve(source, rule=f"shares the subject of '{before.cue.text}'")
            subject = self._subject(sentence, cue.start)
            if subject is not None:
                return self._named(subject, "subject of the sentence", cue.start)
            phrase = self._subject_of_first_verb(sentence, cue.start)
            if phrase is not None:
                return _Source(None, *phrase, None, "noun phrase before the sentence's first verb")
        gerund = self._gerund_subject(sentence, cue)
        if gerund is not None:
            return self._named(gerund, "subject of the '-ing' cue right after it", cue.start)
        # "an email in which the company's chairman described ...": the subject is
        # after "which", whoever the sentence named before it.
        subject_end = self._before_seeming(sentence, cue.start)
        left = self._left_candidate(sentence, subject_end, self._relative_floor(sentence, cue))
        generic = self._generic_subject(sentence, subject_end)
        if left is not None:
            # "The helmet maker that sponsors Lena Hochrainer said": the name is what the
            # relative clause is about; the subject is the noun it qualifies.
            qualified = RELATIVE_OBJECT_SUBJECT.match(
                self.text, sentence.start, self._phrase(left)[0]
            )
            if qualified is not None and not self.text[self._phrase(left)[1] : subject_end].strip():
                start = qualified.start("subject")
                rule = "noun phrase and its relative clause before the cue (no name)"
                return _Source(None, start, self._phrase(left)[1], None, rule)
        if left is not None and (generic is None or self._phrase(left)[1] > generic[0]):
            return self._named(left, "noun phrase before the cue", subject_end)
        right = self._right_candidate(cue.end, sentence.end)
        if right is not None and self._after_quote(sentence, cue.start):
            start, end = self._source_after_cue(right, sentence)
            return _Source(right, start, end, None, "noun phrase after the cue, after a quote")
        if (
            right is not None
            and cue.lemma in INVERTED
            and self.mentions[right].form != "pronoun"
            and not self.text[cue.end : self._phrase(right)[0]].strip()
            and self._after_comma(sentence, cue.start)
            # Not after a subject and its aside: "A chieftain of the party, who spoke on
            # condition of anonymity, said the senator had paid".
            and (generic is None or generic[1] <= self.text.rfind(",", sentence.start, cue.start))
        ):
            # "... with Central Asia, said Mira Osman, an expert": an inverted cue.
            start, end = self._source_after_cue(right, sentence)
            return _Source(right, start, end, None, "name after the cue, after a comma")
        if right is None and self._after_quote(sentence, cue.start):
            # '"...," said one party activist.': whoever the words after the cue name.
            phrase = self._phrase_after_cue(cue, sentence)
            if phrase is not None:
                apposed = self._apposed_name(*phrase)
                if apposed is not None:
                    # '"...," said the group's convenor, Mere Tawhiri.'
                    rule = "name in apposition to a role after the cue, after a quote"
                    return _Source(apposed, *phrase, None, rule)
                return _Source(None, *phrase, None, "noun phrase after the cue (no name)")
        if generic is not None:
            named = self._named_whole(*generic)
            if named is not None:
                # "after the Evening Bugle revealed": a subject after "after".
                return self._named(named, "noun phrase before the cue", cue.start)
            # ("leaked LINE voice message": a medium, whose platform is no speaker.)
            medium = self.text[generic[0] : generic[1]].split()[-1].lower() in MEDIUM_NOUNS
            alone = self._named_alone(*generic)
            if medium and alone is not None and not self._names_a_person(alone):
                alone = None
            if alone is not None:
                rule = "the one name given in an aside to the subject"
                return _Source(alone, *generic, None, rule)
            return _Source(None, *generic, None, "noun phrase before the cue (no name)")
        previous = self._last_attributed()
        before_sentence = previous is not None and self.quotes[previous].start < sentence.start
        if before_sentence and item.joined == "coordinated":
            # "X summoned Y and called ...": the subject is X, not an earlier speaker.
            return NO_SOURCE
        if previous is not None and item.joined in ("opening", "coordinated"):
            return _Source(None, None, None, previous, "no subject: continues the previous speaker")
        return NO_SOURCE

    @memoised
    def _closing_comma(self, sentence: Sentence, cue_start: int) -> int | None:
        """The comma that closes an aside right before a cue (", said"; "(ADWU), said"
        after an acronym in brackets; ", appears to tell"), if any."""
        cue_start = self._before_seeming(sentence, cue_start)
        head = previous_words(self.text, sentence.start, cue_start, 4)
        while head and _trailing(head[-1].group()):
            head.pop()
        closing = head[-1].end() if head else sentence.start
        gap = self.text[closing:cue_start]
        return closing + gap.index(",") if gap.strip().lstrip(")").startswith(",") else None

    def _before_seeming(self, sentence: Sentence, cue_start: int) -> int:
        """Where a cue's subject may end: before "appears to" ("in which X, a candidate,
        appears to tell ..."), else at the cue."""
        seeming = SEEMS_TO.search(self.text, max(sentence.start, cue_start - 16), cue_start)
        return seeming.start() if seeming else cue_start

    @memoised
    def _subject_before_aside(self, sentence: Sentence, cue_start: int) -> int | None:
        """The subject in "X, a Republican who refused to endorse Y, said": X, not Y.

        When a comma closes an aside right before the cue, the subject is the
        first name at a clause start whose noun phrase the aside follows.
        """
        closing = self._closing_comma(sentence, cue_start)
        if closing is None:
            return None
        # "Speaking on Savannah Television's programme, Morning Crossfire, the aide, X,
        # said": the outlets of an opening participle's phrase say where, not who.
        participle = OPENING_PARTICIPLE.match(self.text, sentence.start) is not None
        for index in self._candidates_in(sentence.start, closing):
            if self.mentions[index].in_quote:
                continue
            if participle and self.mentions[index].kind == "outlet":
                continue
            start, end = self._phrase(index)
            if any(end <= at < closing for at in self.main_cues_at):
                # "X said that the secretary, Dr Y, had written": the secretary's aside, not X's.
                continue
            if WHOSE_OPENED.search(self.text, sentence.start, start) is not None:
                # "The association, whose chairman, X, is contesting ..., said": the one
                # named in the relative clause is the association's, not the subject.
                continue
            opener = self.text[max(sentence.start, start - 2) : start].strip()
            lead = self.text[sentence.start : start].strip(" \"“'‘").lower().split()
            # "But Anna Berg, noting ...,": a connective opening the sentence.
            connective = bool(lead) and all(word in CONNECTIVES for word in lead)
            if start > sentence.start and opener not in (",", "") and not connective:
                continue
            # The name's own end too: "X, the university's provost and vice-president
            # academic, told" is X and an aside, whatever of the aside the role's words hold.
            for phrase_end in (end, self.mentions[index].end):
                qualified = self._qualified_end(phrase_end, closing)
                # ("The Owners' Association (CTMOA), whose ...,": past its initials.)
                initials = BRACKETED_INITIALS.match(self.text, qualified)
                qualified = initials.end() if initials is not None else qualified
                if qualified < closing and self.text[qualified : qualified + 1] in (",", "—", "–"):
                    return index
        return None

    def _qualified_end(self, end: int, limit: int) -> int:
        """The end of a noun phrase with what qualifies it: "John Kasich of Ohio"."""
        comma = self.text.find(",", end, limit)
        stop = comma if comma >= 0 else limit
        tokens = list(words(self.text, end, stop))
        if (
            tokens
            and tokens[0].group().lower() in QUALIFYING
            and not any(_verb_like(t.group()) for t in tokens)
        ):
            return stop
        return end

    def _relative_source(self, sentence: Sentence, cue_start: int) -> _Source | None:
        """ "X, who has long opposed the bill": "who" names X."""
        previous = [
            m
            for m in previous_words(self.text, sentence.start, cue_start, 4)
            if not _trailing(m.group())
        ]
        if not previous or previous[-1].group().lower() not in RELATIVES:
            return None
        pronoun = previous[-1]
        if self.text[pronoun.end() : cue_start].count(","):
            return None
        antecedent = self._left_candidate(sentence, pronoun.start())
        return _Source(
            antecedent, pronoun.start(), pronoun.end(), None, "relative pronoun after a name"
        )

    def _opening_relative_source(self, sentence: Sentence, cue_start: int) -> _Source | None:
        """ "A Palermo city councillor whose telephone call ... was recorded by the
        driver's dashcam said": a noun phrase and the relative clause that says which,
        opening the sentence with no comma before the cue, are its source together."""
        match = OPENING_RELATIVE.match(self.text, sentence.start, cue_start)
        if match is None:
            return None
        start = match.start("subject")
        head = next(iter(self._candidates_in(start, match.end("subject"))), None)
        end = _trim_clause_end(self.text, start, cue_start)
        # ("... office staff on Wednesday defended": when, not who; but "The officer who was
        # suspended on Tuesday said": when the relative clause's deed was.)
        when = WHEN_AFTER_SUBJECT.search(self.text, start, end)
        present = PRESENT_RELATIVE.search(self.text, start, end) is not None
        end = when.start() if when is not None and present else end
        return _Source(head, start, end, None, "noun phrase and its relative clause before the cue")

    def _source_after_cue(self, index: int, sentence: Sentence) -> tuple[int, int]:
        """ "..., said Josh Bivens, research director of the institute.": to the end."""
        start, end = self._phrase(index)
        end = self._of_whom(end)
        aside = self.text[end : sentence.end]
        if ROLE_OF.match(aside) and "," in self.text[start:end]:
            # "..., said Indra Nooyi, the chief executive of PepsiCo.": what the role is of.
            comma = self.text.find(",", end, sentence.end)
            stop = comma if comma >= 0 else sentence.end
            quote = QUOTE_MARKS.search(self.text, end, stop)
            return start, _trim_clause_end(self.text, end, quote.start() if quote else stop)
        if not aside.lstrip().startswith(","):
            return start, end
        stop = sentence.end
        for item in find_cues(self.text, sentence, self.quote_index):
            if item.cue.start > end:
                stop = min(stop, self.text.rfind(",", end, item.cue.start) + 1 or stop)
        quote = QUOTE_MARKS.search(self.text, end, stop)
        stop = quote.start() if quote else stop
        return start, max(end, _trim_clause_end(self.text, end, stop))

    def _phrase_after_cue(self, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
        """The words after an inverted cue to the sentence's end, when they make a
        noun phrase: "said one party activist.", "said the woman"."""
        tokens = list(words(self.text, cue.end, sentence.end))
        if not tokens or len(tokens) > 20 or QUOTE_MARKS.search(self.text, cue.end, sentence.end):
            return None
        first = tokens[0].group().lower()
        if (first in NOT_IN_SUBJECT and first not in DETERMINER_WORDS) or _past_verb(first):
            return None
        end = _trim_clause_end(self.text, tokens[0].start(), sentence.end)
        return tokens[0].start(), end

    def _named(self, index: int, rule: str, cue_start: int) -> _Source:
        start, end = self._source_span(index, cue_start)
        return _Source(index, start, end, None, rule)

    @memoised
    def _phrase(self, index: int) -> tuple[int, int]:
        """The noun phrase of a mention: its title, and a role or name in apposition.

        "Senate Majority Leader Tom Becker", "The prime minister, Alan Morris",
        "Helen Carter, the captain".
        """
        mention = self.mentions[index]
        floor = self.segments.sentence_at(mention.start).start
        start, end = noun_phrase_start(self.text, mention, floor), mention.end
        if mention.entity is None:
            return start, end
        for other in self.by_entity[mention.entity]:
            if other.form not in ("role", "title", "name", "surname"):
                continue
            if other.end <= start and APPOSED_GAP.fullmatch(self.text, other.end, start):
                start = noun_phrase_start(self.text, other, floor)
            elif other.start >= end and APPOSED_GAP.fullmatch(self.text, end, other.start):
                end = other.end
        return start, end

    def _of_whom(self, end: int) -> int:
        """ "said Representative Charles B. Rangel of New York": a name's place or
        organisation after "of" is part of the words naming the speaker."""
        of = OF_AFTER.match(self.text, end)
        if of is None:
            return end
        after = next((m for m in self.mentions if m.start == of.end()), None)
        return after.end if after is not None and after.kind != "person" else end

    @memoised
    def _source_span(self, index: int, cue_start: int) -> tuple[int, int]:
        """The words naming the speaker: the whole subject noun phrase up to the cue.

        With its premodifiers ("Trump campaign chairman Paul Manafort"), a
        parenthesis ("(D-Ore.)"), a possessive ("Clinton's campaign"), what
        qualifies it ("A spokeswoman for the minister") and an apposition or
        relative clause between commas, with its closing comma ("Hugh Hill, a
        doctor,", "Mr. Smith, who ran in 2012,").
        """
        start, end = self._phrase(index)
        floor = self.segments.sentence_at(start).start
        named = self._named_before_acronym(index)
        if named is not None:
            # "the Centre for Procurement Integrity and Accountability (CEPIA), ...": the
            # name the acronym in brackets stands for opens the source.
            start = self._phrase(named)[0]
            end += self.text[end : end + 1] == ")"
        if self.mentions[index].form != "pronoun":
            start = self._premodifiers(start, floor)
            start = self._role_in_apposition(start, floor)
        # "a voice identified by the newspaper as Toledo's": the voice is the subject.
        voice = self._whose(max(floor, start - 80), start)
        whose = self.text.startswith(("'s", "’s"), self.mentions[index].end)
        if voice is not None and (whose or voice.group().endswith(("of ", "of\n"))):
            start = voice.start()
        if end > cue_start:
            return start, end
        aside = PARENTHESIS.match(self.text, end, cue_start)
        if aside:
            end = aside.end()
        tokens = list(words(self.text, end, cue_start))
        while tokens and _trailing(tokens[-1].group()):
            tokens.pop()
        if not tokens:
            apposition = "," in self.text[start:end]
            closes = self.text[end:cue_start].lstrip().startswith(",")
            return (start, self.text.index(",", end) + 1) if apposition and closes else (start, end)
        last = tokens[-1].end()
        if self.text[last : last + 1] == ")" and "(" in self.text[end:last]:
            last += 1  # "of the Green Party (GP)": the bracket closes on the initials
        closing = self.text.find(",", last, cue_start)
        gap = self.text[end:last]
        if QUOTE_MARKS.search(APOSTROPHE.sub("", gap)):
            return start, end
        if gap.startswith(",") and WHEN_BEFORE_VERB.fullmatch(gap, 1):
            # "The senator for the district, Tunde Olagbaju, on Thursday dismissed": the
            # apposition's closing comma, then when.
            return start, end + 1
        if ASIDE_ADVERB.match(gap) or WHEN_BEFORE_VERB.fullmatch(gap):
            # "The government, for instance, refused", "the Kentucky Republican on
            # Tuesday dismissed": how or when, not who.
            return start, end
        if gap.lstrip().startswith(",") and closing >= 0:
            # "Ferland, in an interview with DBC on Monday, said": an adjunct between
            # commas says where or when, and is no part of the name.
            adjunct = tokens[0].group().lower() in ADJUNCT_OPENERS
            if adjunct:
                return start, end
            # "Huma Abedin, vice chairwoman for the campaign, emailed supporters ...,
            # saying", "X, who leads the party, had gone further ..., saying": the
            # apposition ends where the main verb (or its auxiliary) starts.
            # (The first word only with an object after it: "X, the Centre (CAOP),
            # petitioned the commission, asking", not "X, appointed last year, said".)
            # ("X, went further on Tuesday, telling": a past form that is no participle.)
            opening_verb = (len(tokens) > 1 and tokens[1].group().lower() in DETERMINERS) or tokens[
                0
            ].group() in PAST_ONLY
            verb = next(
                (
                    t
                    for t in (tokens if opening_verb else tokens[1:])
                    if (_past_verb(t.group()) or t.group() in AUXILIARIES)
                    and self.text[max(end, t.start() - 3) : t.start()].rstrip().endswith(",")
                ),
                None,
            )
            if verb is not None:
                return start, self.text.rindex(",", end, verb.start()) + 1
            return start, closing + 1
        if tokens[0].group().lower() in ("who", "whose", "which") and closing >= 0:
            # "Ruth Ames, a historian who sits on the council,": a relative clause
            # after the apposition, up to its closing comma.
            return start, closing + 1
        if (
            "," in self.text[start:end]
            and AND_ANOTHER_ROLE.match(self.text, end)
            and closing >= 0
            and not self.text[closing + 1 : cue_start].strip()
        ):
            # "Pilar Escudero, a fellow board member and a former head of nursing at the
            # hospital, defended": a second apposition joined to the first.
            return start, closing + 1
        # (Not after the main verb's auxiliary: "The chief executive of X has apologised
        # for calling", where what qualifies the role comes before "has".)
        auxiliary = next((i for i, t in enumerate(tokens) if t.group() in AUXILIARIES), len(tokens))
        closed = (
            0 < auxiliary < len(tokens)
            and self.text[tokens[auxiliary - 1].end() : tokens[auxiliary].start()].strip() == ","
        )
        if any(
            _is_cue(t.group())
            and not _noun_after(tokens, i)
            # "who was on the call": a noun after a determiner, not a cue.
            and not (i > 0 and tokens[i - 1].group().lower() in DETERMINERS)
            # (What the role is of, or an apposition closed before the auxiliary: not "Donald
            # Trump at a rally in Ohio has been accused".)
            and (i < auxiliary or not (tokens[0].group().lower() in ("of", "for") or closed))
            for i, t in enumerate(tokens)
        ):
            return start, end
        # "an analyst at Holbrook Barrow who was on the call" (not ", which led ...").
        relative = any(
            t.group().lower() in ("who", "whose", "which")
            and "," not in self.text[tokens[i - 1].end() : t.start()]
            for i, t in enumerate(tokens)
            if i > 0
        )
        qualified = tokens[0].group().lower() in QUALIFYING
        # "X, a coordinator of the Arabkir Courtyard initiative group, which collected
        # most of the complaints, said", "X, the coordinator for the Horn Relief Network,
        # an aid group that trucks water ..., said": what the role is of, then an aside
        # on it.
        aside = next(
            (
                i
                for i, t in enumerate(tokens)
                if i > 0
                and t.group().lower() in ("who", "whose", "which", "a", "an", "the")
                and self.text[tokens[i - 1].end() : t.start()].strip() == ","
            ),
            None,
        )
        of_a_body = aside is not None and not any(
            _past_verb(t.group()) or t.group().lower() in AUXILIARIES for t in tokens[:aside]
        )
        if (
            qualified
            and (relative or of_a_body)
            and closing >= 0
            and not self.text[closing + 1 : cue_start].strip()
        ):
            # "Priyanka Sethuraman, an analyst at Holbrook Barrow who was on the call,":
            # the relative clause's verb is no verb of the sentence.
            return start, closing + 1
        if _qualifying(tokens):
            when = WHEN_AFTER_SUBJECT.search(self.text, end, last)
            if when is not None:
                # "The chairman of Sawahil Logistics on Tuesday evening defended": when,
                # not who.
                last = when.start()
            verb = next((i for i, t in enumerate(tokens) if t.group().lower() in AUXILIARIES), 0)
            if verb > 0:
                # "The chief executive of X, the firm, was caught ... calling": stop at the verb.
                before_verb = tokens[verb - 1].end()
                comma = self.text.find(",", before_verb, tokens[verb].start())
                return start, comma + 1 if comma >= 0 else before_verb
            return start, closing + 1 if closing >= 0 and "," in self.text[start:last] else last
        if "," in gap:
            return start, end
        nominal = not any(_verb_like(t.group()) for t in tokens)
        # "X, the university's provost and vice-president academic, told", "X, the
        # company's vice-president for manufacturing and supply chain, said": an
        # apposition's last words, then its closing comma.
        apposed = "," in self.text[start:end] and closing >= 0
        closed = apposed and not self.text[closing + 1 : cue_start].strip()
        if closed and ((nominal and len(tokens) <= 3) or qualified):
            return start, closing + 1
        return (start, last) if nominal and len(tokens) <= 3 else (start, end)

    def _role_in_apposition(self, start: int, floor: int) -> int:
        """ "the mayor's chief of staff, Ann Lee,": a role phrase opening the clause,
        with the name in apposition to it, belongs to the source."""
        if self.text[start - 2 : start] != ", ":
            return start
        # (Past a body's initials between commas: "the president of the Professional
        # Footballers' Association of Cameroon, PFAC, Mr Alain Bisseck Nyemb,".)
        initials = INITIALS_BEFORE.search(self.text, floor, start)
        stop = initials.start() if initials is not None else start - 2
        # Where the clause opens: not at a bracket closed before the name ("the
        # Officer of the Ghana Unity Alliance (GUA), Mr Yaw Boakye-Ansah,").
        opened = [self.text.rfind(mark, floor, stop) for mark in ',;:"“”(']
        bracket = self.text.rfind("(", floor, start - 2)
        if bracket >= 0 and self.text.find(")", bracket, start - 2) >= 0:
            opened = [at for at in opened if at != bracket]
            opened.append(self.text.rfind(",", floor, bracket))
        clause = max(floor, *(at + 1 for at in opened))
        # ... or at a relative or "that" ("messages in which the prefect of the Rhône, X,
        # told her"; not "On that day").
        relative = [m.end() for m in CLAUSE_OPENING_WORD.finditer(self.text, clause, start - 2)]
        clause = relative[-1] if relative else clause
        tokens = list(words(self.text, clause, start - 2))
        # Capitalised words are names ("United"), except a participle opening the clause
        # ("Defending the leader on Monday, Tom Ruru said").
        found = [t.group() for t in tokens]
        opening = bool(found) and len(found[0]) > 4 and found[0].lower().endswith(("ing", "ed"))
        verb = opening or any(
            _verb_like(w)
            and w not in ("of", "for", "on", "in", "to", "and")
            and w.islower()
            and w not in PREMODIFIERS
            for w in found
        )
        if not 1 <= len(tokens) <= 14 or verb or tokens[0].group().lower() in PREPOSITIONS:
            return start  # "At Monday's presidential debate, Clinton": no role phrase
        if not any(t.group().lower() in HEAD_CONTINUATIONS for t in tokens):
            return start
        return tokens[0].start()

    def _named_before_acronym(self, index: int) -> int | None:
        """The mention of the name an acronym in brackets right after it stands for."""
        mention = self.mentions[index]
        if self.text[mention.start - 1 : mention.start] != "(" or mention.entity is None:
            return None
        return next(
            (
                i
                for i, other in enumerate(self.mentions)
                if other.end == mention.start - 2 and other.entity == mention.entity
            ),
            None,
        )

    def _premodifiers(self, start: int, floor: int) -> int:
        """Step left over the words that modify a name: "Democratic presidential candidate",
        "Hon.", and a possessive before a role ("The church's", "Mr Devereux's")."""
        while True:
            previous = previous_words(self.text, floor, start, 1)
            gap = self.text[previous[0].end() : start] if previous else ""
            abbreviated = gap == ". " and previous and previous[0].group().lower() in SHORT_FORMS
            if not previous or (gap != " " and not abbreviated):
                return start
            word = previous[0].group()
            lowered = word.lower()
            if lowered.endswith(("'s", "’s")):
                start = previous[0].start()
                continue
            if lowered.rstrip(".") in SHORT_FORMS and word[0].isupper():
                start = previous[0].start()  # "Mr Devereux's solicitor", "Sen. Baba-Kwari's aide"
                continue
            if lowered in DETERMINER_WORDS:
                # (Not "that" before "the vice governor": a clause's "that", not its determiner.)
                opening = WORD.match(self.text, start)
                own = opening is not None and opening.group().lower() in DETERMINER_WORDS
                return start if own else previous[0].start()
            outlet = OUTLET_BEFORE_NAME.search(self.text, floor, start)
            if outlet is not None:
                return outlet.start()  # "The news website Lighthouse Malta"
            # ("the Manado-based rights group X", the noun already in the phrase)
            head = WORD.match(self.text, start)
            body = BODY_BEFORE_NAME.search(self.text, floor, head.end()) if head else None
            if body is not None:
                return body.start()
            if _verb_like(word) or lowered in COMMON_STARTERS or word.isdigit():
                return start
            if word.islower() and lowered not in PREMODIFIERS:
                return start
            start = previous[0].start()

    def _in_prepositional_phrase_at(self, start: int, floor: int) -> bool:
        previous = previous_words(self.text, floor, start, 1)
        return (
            bool(previous)
            and previous[0].group().lower() in PREPOSITIONS
            and not self.text[previous[0].end() : start].strip()
        )

    def _according_source(self, cue: Cue, sentence: Sentence) -> _Source:
        """ "according to X": X runs to the next comma or the end of the sentence."""
        start = (
            cue.end
            + len(self.text[cue.end : sentence.end])
            - len(self.text[cue.end : sentence.end].lstrip())
        )
        stretch = SOURCE_END.match(self.text, start, sentence.end)
        end = _trim_clause_end(self.text, start, stretch.end() if stretch else start)
        if end <= start:
            return NO_SOURCE
        named = APPOSED_NAME.match(self.text, end)
        apposed = None
        if named is not None and _names_a_role(self.text[start:end]):
            # "the mayor's chief of staff, Luis Ferrante,": the name says who, not "the mayor".
            apposed = next(iter(self._candidates_in(named.start(), named.end())), None)
            end = named.end()
        mention = self._right_candidate(start, end) if apposed is None else apposed
        if apposed is None and mention is not None and self.mentions[mention].start > start + 4:
            mention = None
        return _Source(mention, start, end, None, "noun phrase after 'according to'")

    @memoised
    def _generic_subject(self, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
        """The noun phrase right before a cue when it names no one.

        "Leaked messages have revealed", "Sources close to the board said",
        and, past a parenthesis, "The email, sent to ... , also claimed".
        """
        clause = max(
            sentence.start,
            *(self.text.rfind(mark, sentence.start, cue_start) + 1 for mark in ',;:—"“”'),
        )
        tokens = list(words(self.text, clause, cue_start))
        went_on = GOES_ON_TO.search(self.text, clause, cue_start)
        if went_on is not None:
            # "The voice goes on to ask": the verb of going on is no part of who asks.
            tokens = [t for t in tokens if t.end() <= went_on.start()]
        while tokens and _trailing(tokens[-1].group()):
            tokens.pop()
        boundary = max(
            (
                i
                for i, t in enumerate(tokens)
                if t.group().lower() in CLAUSE_BOUNDARIES
                or (
                    _is_cue(t.group())
                    and not _noun_or_passive(tokens, i)
                    # ("over voice message calling ...": a medium's modifier.)
                    and not (i + 1 < len(tokens) and tokens[i + 1].group().lower() in MEDIUM_NOUNS)
                    # ("The residents opposing the plan said": which residents.)
                    and not modifies_plural_noun([w.group() for w in tokens[max(0, i - 3) : i]])
                )
            ),
            default=-1,
        )
        tokens = tokens[boundary + 1 :]
        if sentence.paragraph == 0:
            # "defends rector over leaked email calling ...": what calls is the email (not
            # "hands over dossier", "a rise of over 5%").
            over = [
                i
                for i, t in enumerate(tokens)
                if t.group().lower() == "over"
                and i < len(tokens) - 1
                and (i == 0 or tokens[i - 1].group().lower() not in PARTICLE_VERBS)
                and not tokens[i + 1].group()[0].isdigit()
            ]
            tokens = tokens[over[-1] + 1 :] if over else tokens
        apposed_until = None
        if not tokens and self.text[clause - 1 : clause] == ",":
            first_comma = self.text.find(",", sentence.start, cue_start)
            tokens = list(words(self.text, sentence.start, first_comma))
            aside = list(words(self.text, first_comma, clause - 1))
            adverb = ASIDE_ADVERB.match(self.text, first_comma)
            # "The whistleblower, a nurse who asked not to be named, said": anonymity asked
            # for is no verb of the sentence.
            anonymous = (
                ANONYMITY_AFTER.search(self.text, first_comma, clause) is not None
                or self._named_alone(first_comma, clause) is not None
            )
            if (
                aside
                and len(aside) <= 12
                and not adverb
                and (anonymous or not any(_past_verb(t.group()) for t in aside))
            ):
                # "Karimi, executive director of Interfaith Paths to Peace, said": the
                # apposition and its closing comma belong to the source.
                apposed_until = clause
        while tokens and tokens[0].group().lower() in COORDINATORS:
            tokens = tokens[1:]
        when = (
            WHEN_AFTER_SUBJECT.search(self.text, tokens[0].end(), tokens[-1].end())
            if tokens and boundary < 0
            else None
        )
        if when is not None:
            # "The head of a residents' association on Thursday called": when, not who, and
            # no word of the subject's to count (only where no cue cut the clause short).
            tokens = [t for t in tokens if t.end() <= when.start()]
        if not tokens or len(tokens) > 8 or tokens[0].group().lower() in NOT_IN_SUBJECT:
            return None
        if tokens[0].group().lower() in AUXILIARIES:
            # "..., was caught on a hot mic calling": a verb, not a subject.
            return None
        if tokens[-1].group().lower() in PREPOSITIONS:
            # "apologized Wednesday for calling": no noun phrase ends in a preposition.
            return None
        if (
            len(tokens) > 1
            and _past_verb(tokens[0].group())
            and tokens[1].group().lower() in DETERMINER_WORDS
        ):
            # "X, the chair, issued a statement saying": a verb and its object, not a
            # subject ("Leaked messages have revealed" has none).
            return None
        issued = next(
            (
                i
                for i in range(1, len(tokens) - 1)
                if ISSUING_VERB.fullmatch(tokens[i].group())
                and tokens[i + 1].group().lower() in DETERMINER_WORDS
            ),
            None,
        )
        if issued is not None and "," not in self.text[tokens[issued].end() : cue_start]:
            # "His office issued a statement saying": the subject of the issuing.
            tokens = tokens[:issued]
        if any(
            t.group().lower() in CLAUSE_WORDS_BUT_COORDINATORS
            and not (
                _after_determiner(tokens, i)
                or _in_name(tokens, i)
                or _describes_medium(tokens, i)
                or _relative_after_noun(tokens, i)
            )
            for i, t in enumerate(tokens)
        ):
            return None
        joints = [i for i, t in enumerate(tokens) if t.group().lower() in COORDINATORS]
        if joints and any(_verb_like(t.group()) for t in tokens[: joints[-1]]):
            tokens = tokens[joints[-1] + 1 :]
        elif joints and any(_verb_like(t.group()) for t in tokens[joints[-1] + 1 :]):
            return None
        if not tokens:
            return None
        if any(not self.quote_index.outside(t.start()) for t in tokens):
            return None
        end = tokens[-1].end()
        when = when or WHEN_AFTER_SUBJECT.search(self.text, tokens[0].end(), end)
        return tokens[0].start(), apposed_until or (when.start() if when else end)

    @memoised
    def _left_candidate(
        self, sentence: Sentence, cue_start: int, floor: int | None = None
    ) -> int | None:
        best = None
        for index in self._candidates_in(sentence.start if floor is None else floor, cue_start):
            mention = self.mentions[index]
            if mention.end > cue_start:
                continue
            # "a voice said to be that of Regent Haryoko tells": whose voice, though after "of".
            start = self._phrase(index)[0]
            voiced = self._whose(
                max(sentence.start, start - 80), start
            ) or self._subject_after_conjunction(start, mention.end, cue_start, sentence.start)
            if not voiced and self._in_prepositional_phrase(index, sentence):
                continue
            if not voiced and self._in_prepositional_phrase_at(start, sentence.start):
                continue
            if not self.quote_index.outside(mention.start):
                continue
            if self._in_relative_aside(mention, sentence, cue_start):
                continue
            if self._initials_of_a_body_of(mention, sentence):
                continue
            if MEDIUM_AFTER_NAME.match(self.text, mention.end, cue_start) and not (
                self._names_a_person(index)
            ):
                continue  # "leaked LINE voice message calling ...": a platform's medium
            best = index
        return best

    def _initials_of_a_body_of(self, mention: Mention, sentence: Sentence) -> bool:
        """ "a member of the Central Municipal Council (CMC) told": a body's initials in
        brackets after its name, which "of" makes another's, are no more the subject
        than the name is."""
        if self.text[mention.start - 2 : mention.start] != " (":
            return False
        if self.text[mention.end : mention.end + 1] != ")":
            return False
        named = self.speakers_by_end.get(mention.start - 2)
        if named is None:
            return False
        start = self._phrase(named)[0]
        return OF_THE_BEFORE.search(self.text, max(sentence.start, start - 20), start) is not None

    def _subject_after_conjunction(self, start: int, end: int, cue_start: int, floor: int) -> bool:
        """ "The statement came hours after Mr Rajesh Nair, who chairs ..., told": after
        "after" (or "before", "since", "until"), a name whose verb is the cue is the
        subject of a clause, not a preposition's object."""
        previous = previous_words(self.text, floor, start, 1)
        if not previous or previous[0].group().lower() not in CLAUSE_CONJUNCTIONS:
            return False
        between = self.text[end:cue_start]
        return (
            not between.strip()
            or (between.startswith(",") and between.rstrip().endswith(","))
            # "three days after the head coach of the team was caught on an open
            # microphone calling ...": shown saying it, in the clause's own passive.
            or CAUGHT_BETWEEN.fullmatch(between) is not None
        )

    def _whose(self, start: int, end: int) -> re.Match[str] | None:
        """ "a voice said to be that of", "the office of" ending at ``end``, if any (sought
        only where either noun is)."""
        window = self.text[start:end].lower()
        if "voice" not in window and "office" not in window:
            return None
        return WHOSE_BEFORE.search(self.text, start, end)

    def _in_relative_aside(self, mention: Mention, sentence: Sentence, cue_start: int) -> bool:
        """ "X, a partner at Y, which led Z's funding round, defended ...", "X, a retired
        engineer who left the board in 2024, told": a name in a relative clause between
        commas is not the subject of the verb after it."""
        openers = list(APPOSED_RELATIVE.finditer(self.text, sentence.start, mention.start))
        opener = openers[-1] if openers else None
        inside = self.text[opener.end() : mention.start] if opener is not None else ","
        if "," in inside or not inside.strip():
            return False  # "..., where Jane Hollis, speaking to donors, said": its subject
        return "," in self.text[mention.end : cue_start]

    def _subject_of_first_verb(self, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
        """ "The country's foreign ministry summoned X and called ...": the words
        before the sentence's first past-tense verb, when they make a noun phrase."""
        tokens = list(words(self.text, sentence.start, cue_start))
        for i, token in enumerate(tokens):
            word = token.group()
            past = word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST)
            if not past:
                continue
            subject = tokens[:i]
            if not 1 <= len(subject) <= 6 or any(_verb_like(t.group()) for t in subject):
                return None
            return subject[0].start(), subject[-1].end()
        return None

    def _subordinate_speech(
        self, sentence: Sentence, speaking: FoundCue, item: FoundCue
    ) -> int | None:
        """ "X insisted A after a recording caught him saying B": a clause opened by
        "after" (or "when", "as", ...) holding someone speaking ends what ``speaking``
        says. The "as" of "dismissed as "a fake" a recording in which she is heard
        saying B" is the first cue's own, and opens nothing."""
        after = speaking.cue.end
        subject = self._gerund_subject(sentence, item.cue)
        if subject is None:
            # "..., days after the union's leader demanded his resignation": a clause of
            # what followed or came before, set off by a comma, with its own speaker.
            if item.joined is not None and not self._noun_relative(item):
                return None
            # (Not one that a comma and "that" close before the cue: "said in a statement,
            # after the interview aired, that she had asked her staff ...".)
            found = [
                start
                for start, end in self.timed_clauses
                if after <= start
                and end <= item.cue.start
                and RESUMED_THAT.search(self.text, end, item.cue.start) is None
            ]
            return found[-1] if found else None
        opener = None
        for match in SUBORDINATOR.finditer(self.text, after, self.mentions[subject].start):
            if speaking.cue.frame != "as" or match.group().strip() != "as":
                opener = match.start()
        if opener is None:
            return None
        # ", a week after the livestream caught him calling ...": from its comma.
        return next((start for start, end in self.timed_clauses if start <= opener < end), opener)

    def _named_whole(self, start: int, end: int) -> int | None:
        """The candidate speaker that is all of ``text[start:end]`` but a "the"."""
        for index in self._candidates_in(start, end):
            mention = self.mentions[index]
            lead = self.text[start : mention.start].lower()
            if mention.end == end and lead in ("", "the "):
                return index
        return None

    def _gerund_subject(self, sentence: Sentence, cue: Cue) -> int | None:
        """ "a recording of her telling a dinner that ...": the person named right
        before an "-ing" cue says it, even as the object of a preposition."""
        if not cue.text.lower().endswith("ing"):
            return None
        end = cue.start
        while end > sentence.start and self.text[end - 1] == " ":
            end -= 1
        index = self.speakers_by_end.get(end)
        if index is None or end == cue.start or self.mentions[index].start < sentence.start:
            return self._caught_subject(sentence, cue)
        start = self.mentions[index].start
        if self.mentions[index].kind != "person" and ON_A_MEDIUM.search(
            self.text, max(sentence.start, start - 30), start
        ):
            # "caught on parliament TV saying ...": where it was caught, not who spoke.
            return self._caught_subject(sentence, cue)
        if ADDRESSED_BEFORE.search(self.text, max(sentence.start, start - 30), start):
            return None  # "wrote to the council demanding ...": whom it wrote to
        return index

    def _relative_floor(self, sentence: Sentence, cue: Cue) -> int:
        """Where the subject of a cue may start: after "in which" when the cue's
        clause opens so ("an email in which the company's chairman described"), else
        at the sentence's start."""
        found = list(PREPOSITION_WHICH.finditer(self.text, sentence.start, cue.start))
        if not found:
            return sentence.start
        between = self.text[found[-1].end() : cue.start]
        return (
            found[-1].end() if "," not in between and len(between.split()) <= 8 else sentence.start
        )

    def _clause_start(self, item: FoundCue) -> int:
        """Where a joined cue's clause starts: at ", in which" its comma."""
        before = COMMA_PREPOSITION.search(self.text, max(0, item.lead_start - 8), item.lead_start)
        return before.start() if item.joined == "relative" and before else item.lead_start

    def _noun_relative(self, item: FoundCue) -> bool:
        """ "a remark in which he called ...": a cue in a relative clause opened by a
        preposition qualifies a noun of what is said; it does not end it."""
        if item.joined != "relative":
            return False
        floor = max(0, item.lead_start - 6)
        return PREPOSITION_BEFORE_WHICH.search(self.text, floor, item.lead_start) is not None

    def _in_open_relative(self, sentence: Sentence, cue: Cue) -> bool:
        """Whether a cue stands in a relative clause no comma has closed before it ("an
        Instagram story in which he called cruise passengers X and mocked the minister"),
        after a person the main clause names."""
        opened = list(IN_WHICH_OPENER.finditer(self.text, sentence.start, cue.start))
        if not opened or "," in self.text[opened[-1].end() : cue.start]:
            return False
        # (Only when someone is named before it, who may speak in the main clause: not "A
        # recording obtained by the Herald captures a meeting in which X called ...".)
        return any(
            m.kind == "person"
            and m.form != "pronoun"
            and sentence.start <= m.start < opened[-1].start()
            for m in self.mentions
        )

    def _relative_subject(self, sentence: Sentence, cue: Cue) -> int | None:
        """ "notes in which the minister described ...", "a draft audit in which she
        wrote": the person named between a thing's "in which" and a cue says it (not
        "the comments in which he ...", words the sentence's subject may be speaking of)."""
        # ("in which he appears to tell a businessman that ...": what the recording has.)
        end = self._before_seeming(sentence, cue.start)
        while end > sentence.start and self.text[end - 1] == " ":
            end -= 1
        # ("in which the prefect, Jean-Marc Dufresnoy, told": the apposition's comma.)
        end -= self.text[end - 1 : end] == ","
        aside = APPOSITION_BEFORE.search(self.text, max(sentence.start, end - 80), end)
        if aside is not None and end not in self.speakers_by_end:
            # ("in which Arūnas Petrauskis, a candidate in the by-election, told": the
            # name before its apposition.)
            end = aside.start()
        # "in which Mr Ekanayake allegedly tells": past an adverb between name and cue.
        adverb = previous_word(self.text, end, sentence.start)
        if adverb is not None and adverb.end() == end and _trailing(adverb.group()):
            end = adverb.start()
            while end > sentence.start and self.text[end - 1] == " ":
                end -= 1
        index = self.speakers_by_end.get(end)
        if index is None or end == cue.start:
            return None
        # (before the name, or before the titles in front of it, or before the name a
        # role is in apposition to: "in which Arunas Petrauskis, a candidate, told")
        start = min(
            noun_phrase_start(self.text, self.mentions[index], sentence.start),
            self._phrase(index)[0],
        )
        floor = max(sentence.start, start - 90)
        relative = RELATIVE_SUBJECT_BEFORE.search(self.text, floor, start)
        said = relative is not None and relative["noun"].lower() not in REMARK_WORDS
        return index if said else None

    def _caught_subject(self, sentence: Sentence, cue: Cue) -> int | None:
        """ "umpire Tom Reid was caught on his microphone calling him ...": the
        person caught on record, named right before the passive, says it."""
        caught = CAUGHT_BEFORE.search(self.text, max(sentence.start, cue.start - 90), cue.start)
        if caught is None:
            return None
        index = self.speakers_by_end.get(caught.start())
        if index is None or self.mentions[index].start < sentence.start:
            return None
        return index

    def _names_a_person(self, index: int) -> bool:
        """Whether a mention names a person (not a platform, body or outlet, nor a name
        that runs on into a platform's: "Dana Whitfield WhatsApp")."""
        mention = self.mentions[index]
        return mention.kind == "person" and mention.text.split()[-1].lower() not in PLATFORM_NAMES

    def _named_alone(self, start: int, end: int) -> int | None:
        """The person in ``text[start:end]`` named by the one name they gave ("A
        contractor, who gave his name only as Keo,"), if any."""
        for index in self._candidates_in(start, end):
            mention = self.mentions[index]
            at = mention.start
            if mention.end <= end and GIVEN_ALONE.search(self.text, max(start, at - 50), at):
                return index
        return None

    def _apposed_name(self, start: int, end: int) -> int | None:
        """The name in apposition to a role in ``text[start:end]`` ("the group's
        convenor, Mere Tawhiri"), if the phrase is a role and then that name."""
        for index in self._candidates_in(start, end):
            role = self.text[start : self.mentions[index].start]
            if role.endswith(", ") and _names_a_role(role) and self.mentions[index].end <= end:
                return index
        return None

    def _right_candidate(self, start: int, end: int) -> int | None:
        """The speaker named right after a cue ("said Councillor Tom Reid"), a title
        before the name included."""
        for index in self._candidates_in(start, start + 60):
            mention = self.mentions[index]
            near = noun_phrase_start(self.text, mention, start) <= start + 7
            if near and mention.end <= end:
                return index
            if not near:
                return None
        return None

    def _subject(self, sentence: Sentence, before: int) -> int | None:
        """The first person or organisation named before ``before`` outside a
        prepositional phrase, unless a verb in the past comes before it: then it
        is the object ("X's ministry summoned the ambassador and called ...")."""
        for index in self._candidates_in(sentence.start, before):
            mention = self.mentions[index]
            if (
                mention.end <= before
                and not self._in_prepositional_phrase(index, sentence)
                and self.quote_index.outside(mention.start)
            ):
                clause = self.text.rfind(",", sentence.start, mention.start) + 1
                opening = max(sentence.start, clause)
                words_before = words(self.text, opening, mention.start)
                if any(past_form(w.group()) for w in words_before):
                    return None
                return index
        return None

    @memoised
    def _in_prepositional_phrase(self, index: int, sentence: Sentence) -> bool:
        """Whether a candidate's noun phrase follows a preposition (asked again for each
        cue), or is whom a relative is named by ("The father of defenceman Brody
        Ortiz says": the father speaks, not Sam)."""
        mention = self.mentions[index]
        floor = max(sentence.start, mention.start - 60)
        if VOICE_OF.search(self.text, floor, noun_phrase_start(self.text, mention, floor)):
            return False  # "a voice said to be that of the commissioner": he speaks
        if in_prepositional_phrase(self.text, mention, sentence.start):
            return True
        if KIN_AFTER.match(self.text, mention.end):
            return True  # "Army commander's son says": the son speaks
        # "Chief Lorraine Sakastew of the Kisik Lake Cree Nation told" (and "Anna Berg of
        # the Green Party (GP) told": the initials stand where their name does).
        named = self._named_before_acronym(index)
        if any(self._body_of_named_person(m, sentence) for m in (index, named) if m is not None):
            return True
        of = self.text.rfind(" of ", sentence.start, mention.start)
        if of < 0:
            return False
        opening = max(sentence.start, of - 40)
        return RELATIVE_OF.search(self.text, opening, mention.start) is not None

    def _body_of_named_person(self, index: int, sentence: Sentence) -> bool:
        """Whether a mention is the body a person named just before is "of"."""
        mention = self.mentions[index]
        of_before = OF_BEFORE.search(
            self.text, max(sentence.start, mention.start - 40), mention.start
        )
        return of_before is not None and any(
            m.end == of_before.start() and m.form in ("name", "surname") and m.kind == "person"
            for m in self.mentions
        )

    def _after_comma(self, sentence: Sentence, cue_start: int) -> bool:
        return self.text[sentence.start : cue_start].rstrip(" ").endswith(",")

    def _after_quote(self, sentence: Sentence, cue_start: int) -> bool:
        before = self.text[sentence.start : cue_start].rstrip(" ,")
        return before.endswith(('"', "”", "'", "’"))

    def _last_attributed(self, before: int | None = None) -> int | None:
        """The attributed statement that starts last (before ``before``), by position."""
        attributed = [
            n
            for n, q in enumerate(self.quotes)
            if (q.source_start is not None or q.continues is not None)
            and (before is None or q.start < before)
        ]
        return max(attributed, key=lambda n: self.quotes[n].start, default=None)

    # Contents.

    def _content(self, sentence: Sentence, item: FoundCue, cut: int, source: _Source) -> int:
        """Emit the statements of one cue; return where its content ends."""
        text, cue = self.text, item.cue
        emit = _Emitter(self, sentence, cue, source)
        before = self._quote_just_before(sentence, cue, source)
        if before is not None:
            # ('The plan is "dead in the water", the mayor said': words in a clause of the
            # writer's own are a partial quote.)
            ahead = text[sentence.start : self.spans[before].open_at].rstrip()
            opened = not ahead.strip(OPENING_MARKS) or ahead.endswith((":", "—", "–", "-"))
            emit.quote(before, "quote before its attribution", direct=opened or None)
        if cue.frame == "none" or self._unsaid(cue):
            return cue.end
        if cue.frame == "according":
            return self._according(sentence, emit, cue)
        if cue.frame == "colon":
            return self._after_colon(sentence, emit, cue)
        start = cue.end
        ordered = False
        if cue.lemma in ADDRESSEE_VERBS:
            # "told reporters the plan was dead" needs no "that"; "warned residents could
            # face flooding" names no one warned, unless a "that" follows them.
            skipped = self._skip_addressee(cue.end, cut)
            # ("told the mayor to stop ...": whom, then what to do, is what was said; not
            # "told MPs to loud cheers that ...", "told lies to investigators".)
            # ("told reporters to leave": a plural of those told, then what to do.)
            told = GROUP_TOLD.match(text, cue.end, cut)
            group_end = told.end() if told and told["word"].lower() in TOLD_WHAT_TO_DO else skipped
            ordered = group_end > cue.end and TO_DO.match(text, group_end, cut) is not None
            if (cue.lemma == "tell" or THAT_NEXT.match(text, skipped, cut)) and not ordered:
                start = skipped
        elif cue.lemma in WRITING and text.startswith(" to ", start):
            # "wrote to the council chairperson on Monday asking for a report": whom it was
            # written to, then what was said only after "that" (else a later cue says it).
            skipped = self._skip_addressee(start + 3, cut)
            said = THAT_NEXT.match(text, skipped, cut) or COLON_QUOTE.match(text, skipped, cut)
            if skipped == start + 3 or said is None:
                return cue.end
            start = skipped
        answering = cue.lemma in ANSWERING
        if cue.frame == "clause" and answering and SAID_IN_RELATIVE.match(text, start, cut):
            # "answered the union on Wednesday with a written statement in which he said
            # ...": the relative clause's own cue tells what was said.
            return cue.end
        colon = COLON_QUOTE.match(text, start, cut) or SAID_OF_QUOTE.match(text, start, cut)
        if colon is not None and cue.frame == "clause":
            start = colon.end()
        if STRANDED_PREPOSITION.match(text, start, cut):
            # "the only debate the two candidates agreed to, aired live": the verb ends a
            # relative clause, and nothing was said.
            return cue.end
        lead = LEAD_IN.match(text, start, cut)
        start = lead.end() if lead else start
        said_in = SAID_IN_AFTER_CUE.match(text, start, cut)
        if said_in is not None and said_in["next"]:
            # "said on the radio the plan was dead": the clause after where it was said;
            # "answered in a statement read on the radio" says where, and nothing more.
            following = said_in["next"]
            that = THAT_WORD.search(text, said_in.end(), cut)
            if following.lower() == "that":
                start = said_in.end()  # "said from the podium that ..."
            elif following.lower() in CLAUSE_OPENERS or following[0].isupper():
                start = said_in.start("next")
            elif that is None:
                if before is None:
                    self._emit_clause_before(sentence, emit, cue, source)
                return cue.end
            elif that.start() - said_in.end() <= 80 and not QUOTE_MARKS.search(
                text, said_in.end(), that.start()
            ):
                # "wrote in a post on X hours after the audio was published that ...":
                # where and when it was written, then what.
                start = that.end()
        if ANONYMITY_AFTER.match(text, start, cut):
            # "a party whip, who asked not to be named": how a source is kept unnamed.
            return cue.end
        opening = self._span_opening_at(start)
        if before is not None and opening is None and not (lead and "that" in lead.group().lower()):
            return cue.end
        if cue.frame == "as":
            # "describing teachers as "lazy"": the quoted words are the statement,
            # once (a quote an outer statement already holds makes none of its own);
            # so are those of a second object joined by "and" ("... and a planned
            # strike as "theatre"").
            end = None
            for number, span in enumerate(self.spans):
                joined = end is not None and AND_THEN_QUOTE.fullmatch(self.text, end, span.open_at)
                if (end is None and start <= span.open_at < cut) or (joined and span.open_at < cut):
                    if number not in self.claimed:
                        emit.quote(number, f"'{cue.lemma} ... as' + quote")
                    end = span.after
                elif end is not None:
                    break
            if end is not None:
                return end
        if opening is not None and self._opens_clause(opening, cut):
            opening = None  # 'claimed that "dozens" of branches had ...': a clause goes on
        if opening is not None:
            split = before is not None
            rule = "second half of a quote split by its cue" if split else "cue + quote"
            emit.quote(opening, rule, direct=split or self._direct_after_cue(opening))
            return self.spans[opening].end
        end = _trim_clause_end(text, start, cut)
        if (
            cue.frame == "clause"
            and end > start
            and (
                # "told the mayor to keep quiet": whom, then what to do.
                looks_like_clause(text, start, end, self.spans) or ordered
            )
            and not self._witnessed(cue, start, end)
            and not (
                cue.lemma in WRITING
                and not text[cue.end : start].strip()
                and WRITTEN_MEDIUM.match(text, start)
            )
        ):
            # ("..., but did not say whether he would stay on": what was left unsaid.)
            unsaid = BUT_UNSAID.search(text, start, end)
            end = _trim_clause_end(text, start, unsaid.start()) if unsaid else end
            trailing = TRAILING_RELATIVE.search(text, start, end)
            # Not in quoted words ("... "his record on flooding, which speaks for itself."").
            if trailing is not None and self.quote_index.outside(trailing.start()):
                end = _trim_clause_end(text, start, trailing.start())
            end = self._before_since(start, self._headline_end(sentence, start, end))
            end = self._before_parallel_perfect(cue, start, end)
            joined = AS_ANOTHER_SAID.search(text, start, end)
            if joined is not None and self.quote_index.outside(joined.start()):
                end = _trim_clause_end(text, start, joined.start())
            acted = AND_THEN_ACTED.search(text, start, end)
            if acted is not None and self.quote_index.outside(acted.start() + 1):
                end = acted.start() + 1
            medium = MEDIUM_AFTER.search(text, start, end) or SHOWN_BY.search(text, start, end)
            # (A medium and whom it went to may be the subject of the clause: "his comments in
            # a message to supporters before the election had been "a mistake""; one "sent" or
            # "posted" is how it is known.)
            addressed = medium is not None and medium.group().rstrip().endswith(" to")
            if (
                medium is not None
                and self.quote_index.outside(medium.start())
                and not (addressed and SUBJECT_GOES_ON.match(text, medium.end(), end))
            ):
                # "told managers to ... in a message posted to a Slack channel", "..., leaked
                # Slack messages show": how it is known, not what was said.
                end = _trim_clause_end(text, start, medium.start())
            reaction = REACTION_AFTER.search(text, start, end)
            if reaction is not None and self.quote_index.outside(reaction.start()):
                # Nor is how it was taken (", to laughter from the players").
                end = _trim_clause_end(text, start, reaction.start())
            if RELATIVE_OPENING.search(text, sentence.start, cue.start):
                # "A voice note in which he told his chef to "get rid of him" has been
                # played at a tribunal": the main verb ends what he told the chef to do,
                # and what he said that villages "can wait for their roads".
                end = (
                    _before_main_verb(text, start, end, MAIN_VERB_AFTER_OBJECT)
                    if OBJECT_TO.match(text, start)
                    else _before_perfect_main_verb(
                        text, start, _before_verb_after_quote(text, start, end)
                    )
                )
            self._reported(emit, start, end, "reported clause")
            return end
        if (
            cue.frame == "clause"
            and before is None
            and self._emit_clause_before(sentence, emit, cue, source)
        ):
            return cue.end
        if cue.frame == "clause" and cue.lemma not in OBJECT_TAKING:
            return cue.end
        asked_for = ASKED_FOR.match(text, start, cut) if cue.lemma == "ask" else None
        start = asked_for.end() if asked_for else start  # "heard asking for a bribe"
        end = self._before_since(start, self._object_end(start, cut))
        end = self._before_parallel_perfect(cue, start, end)
        end = self._headline_end(sentence, start, end, stance=True)
        if RELATIVE_OPENING.search(text, sentence.start, cue.start):
            # "A voicemail in which X berated his coach was leaked": the main verb ends it.
            end = _before_main_verb(text, start, end)
        if (
            end > start
            and self._object_like(start)
            and not self._witnessed(cue, start, end)
            and not self._yet_to_come(sentence, cue)
        ):
            self._reported(emit, start, end, "what it is about")
            return end
        return cue.end

    def _headline_end(self, sentence: Sentence, start: int, end: int, stance: bool = False) -> int:
        """Where what a headline says was said ends: before what happens meanwhile ("...
        says she was 'betrayed' as aide is fired") or what it followed ("... defends
        record after director's leaked email ..."); for a stance, before what it was
        taken over ("defends council chief over email calling ...")."""
        if sentence.paragraph != 0:
            return end
        for pattern in (HEADLINE_AS, HEADLINE_AFTER, *((HEADLINE_OVER,) if stance else ())):
            found = pattern.search(self.text, start, end)
            if found is not None and self.quote_index.outside(found.start()):
                end = found.start()
        return end

    def _before_since(self, start: int, end: int) -> int:
        """Where what was said ends before ", hours after a station aired it": when the
        saying came, in the narrator's words (not "on Oct. 30, a day after ...")."""
        since = SPAN_AFTER.search(self.text, start, end)
        dated = since is not None and DATE_ENDS.search(self.text, start, since.start())
        if since is None or dated or not self.quote_index.outside(since.start()):
            return end
        return since.start()

    def _before_parallel_perfect(self, cue: Cue, start: int, end: int) -> int:
        """Where what was said ends before a clause of the narrator's in the cue's own
        tense: "has called for X to step aside and the county has summoned the board"
        (what one was called on to do, not a clause: "has said that staff are exhausted
        and the hospital has failed ..." reports both)."""
        if not PERFECT_BEFORE.search(self.text, max(0, cue.start - 12), cue.start):
            return end
        if cue.frame == "clause" and not OBJECT_TO.match(self.text, start):
            return end
        parallel = AND_PERFECT.search(self.text, start, end)
        if parallel is None or not self.quote_index.outside(parallel.start()):
            return end
        return _trim_clause_end(self.text, start, parallel.start())

    def _emit_clause_before(
        self, sentence: Sentence, emit: _Emitter, cue: Cue, source: _Source
    ) -> bool:
        """Emit the reported clause before the attribution, if there is one."""
        earlier = self._clause_before(sentence, cue, source)
        if earlier is not None:
            emit.indirect(*earlier, rule="reported clause before its attribution")
        return earlier is not None

    def _opens_clause(self, number: int, cut: int) -> bool:
        """'claimed that "dozens" of branches had contacted him': a quoted word or two
        closed with no punctuation, then the clause going on in lower case."""
        span = self.spans[number]
        short = span.closed and len(self.text[span.start : span.end].split()) <= 3
        return short and CLAUSE_GOES_ON.match(self.text, span.after, cut) is not None

    def _yet_to_come(self, sentence: Sentence, cue: Cue) -> bool:
        """ "The council will consider the budget": a stance not yet taken is no
        statement (a reported clause after "will say" still is)."""
        floor = max(sentence.start, cue.start - 12)
        return WILL_BEFORE.search(self.text, floor, cue.start) is not None

    def _unsaid(self, cue: Cue) -> bool:
        """ "did not say how it had obtained the recording", "did not mention the clip":
        what someone left unsaid is no statement."""
        if not NEGATION_BEFORE.search(self.text, max(0, cue.start - 16), cue.start):
            return False
        return cue.lemma in LEFT_UNSAID or (
            cue.lemma == "say" and QUESTION_WORD.match(self.text, cue.end) is not None
        )

    def _witnessed(self, cue: Cue, start: int, end: int) -> bool:
        """ "two people who saw it": "see" with a pronoun for its object tells who
        witnessed something, not what anyone thinks of it; "posted it on X" and
        "posted to his Snapchat story" tell who put something out, not what they said;
        "messages seeking comment" tell what a reporter asked for."""
        words = self.text[start:end].split()
        if " ".join(words).lower() in REQUESTED:
            return True
        if cue.lemma in UNANSWERED and NEGATION_BEFORE.search(
            self.text, max(0, cue.start - 16), cue.start
        ):
            return True  # "did not respond to questions sent to his office": nothing said
        if [w.lower().strip(",.") for w in words[:2]] in NOTHING_SAID or (
            len(words) <= 2 and words and words[0].lower().strip(",.") in ("nothing", "anything")
        ):
            return True  # "has not said a word in public since ...", "the team said nothing"
        if cue.lemma == "post":
            # "posted four screenshots of the thread on X", "posted 52 seconds of the
            # stream": a medium, not a claim.
            put_out = {w.lower().strip(",.") for w in words[:5]} & (MEDIUM_NOUNS | {"stream"})
            return bool(words) and (
                words[0].lower() in PUT_OUT_OBJECTS or words[0] in PREPOSITIONS or bool(put_out)
            )
        return cue.lemma == "see" and " ".join(words).lower() in BARE_OBJECTS

    def _reported(self, emit: _Emitter, start: int, end: int, what: str) -> None:
        """An indirect statement, and the quotations inside it as partial ones."""
        emit.indirect(start, end, rule=f"'{emit.cue.lemma}' + {what}")
        # Quotations after a person shown saying something ("showed him telling them
        # they were "cowards"") are that person's words, left for the inner statement;
        # after one shown naming something ("describing X as "Y"") they stay with a
        # document, which speaks for its author, but not with a recording, which
        # speaks for no one.
        shown = self.shown_at if self._recording(emit.source) else self.shown_saying_at
        limit = min([at for at in shown if start < at < end], default=end)
        # A relative clause with its own subject ("notes in which the minister
        # described it as "..."") holds that subject's words, up to the main verb.
        related = [
            (at, _before_main_verb(self.text, at, end, self._main_verbs_after(at)))
            for at in self.related_at
            if start < at
        ]
        for number, span in enumerate(self.spans):
            if (
                start <= span.open_at < limit
                and number not in self.claimed
                and not any(at <= span.open_at < until for at, until in related)
            ):
                emit.quote(number, "quote inside reported speech")

    def _main_verbs_after(self, cue_start: int) -> re.Pattern[str]:
        """The verbs that may end a relative clause's cue's words: after whom it told what
        to do ("in which she told directors to stop ..."), a perfect as well."""
        cue = WORD.match(self.text, cue_start)
        told = cue is not None and OBJECT_TO.match(self.text, cue.end() + 1) is not None
        return MAIN_VERB_AFTER_OBJECT if told else MAIN_VERB

    def _recording(self, source: _Source) -> bool:
        """Whether a statement's source words name a recording ("a video posted on
        TikTok")."""
        if source.start is None or source.end is None or source.mention is not None:
            return False
        return not RECORDING_NOUNS.isdisjoint(self.text[source.start : source.end].lower().split())

    def _object_end(self, start: int, cut: int) -> int:
        """Where what a stance verb is about ends: at a new clause, or the sentence end
        (and before a day that ends it: "called for his firing Monday night, writing"),
        or where the stance was taken ("defended her at a public meeting")."""
        breaker = OBJECT_BREAK.search(self.text, start, cut)
        end = breaker.start() if breaker else cut
        if breaker is not None:
            day = OBJECT_BREAK.search(self.text, start, end)
            end = day.start() if day is not None else end
        for after in (WEEK_AFTER_OBJECT, AT_OCCASION, OVER_AFTER_OBJECT):
            # (unless a verb's infinitive or a relative clause comes first, whose time or
            # occasion it is instead: "praised the crews who worked over the weekend")
            found = after.search(self.text, start, end)
            if (
                found is not None
                and INFINITIVE.search(self.text, start, found.start()) is None
                and RELATIVE_IN_OBJECT.search(self.text, start, found.start()) is None
            ):
                end = found.start()
        return _trim_clause_end(self.text, start, end)

    def _object_like(self, start: int) -> bool:
        """Content of a stance verb starts with what it is about, not an adverbial."""
        first = WORD.match(self.text, start)
        if first is None:
            return False
        word = first.group().lower()
        # (Not "A door slams, and the recording ends": a clause of its own.)
        return (
            word not in PREPOSITIONS_BUT_TO
            and word not in TIME_WORDS
            and word not in ("and", "but", "or", "so", "yet")
        )

    def _after_colon(self, sentence: Sentence, emit: _Emitter, cue: Cue) -> int:
        """ "PENCE: Well, look, ..." — the rest of the paragraph is what was said."""
        paragraph = self.segments.paragraphs[sentence.paragraph]
        start = (
            cue.end
            + len(self.text[cue.end : paragraph.end])
            - len(self.text[cue.end : paragraph.end].lstrip())
        )
        opening = self._span_opening_at(start)
        if opening is not None and self.spans[opening].end >= paragraph.end - 2:
            emit.quote(opening, "quote after a name and a colon", direct=True)
            return paragraph.end
        end = _trim_clause_end(self.text, start, paragraph.end)
        if end > start:
            self._reported(emit, start, end, "text after a name and a colon")
        return paragraph.end

    def _clause_before(
        self, sentence: Sentence, cue: Cue, source: _Source
    ) -> tuple[int, int] | None:
        """ "The vote was rigged, Smith said." / "..., said Smith": the clause before the comma.

        The clause may hold a reported statement of its own ("Leaders believe
        X, aides said"), but not a quotation or statement already attributed.
        """
        anchor = cue.start
        if source.start is not None and source.start < cue.start:
            anchor = source.start
            # (Its verb right after the source and its asides: not "..., Ryan Halcrow,
            # obtained an extract ... so that the crew could answer the warning", where
            # another clause's verb stands between.)
            between = self.text[source.end or cue.start : cue.start]
            if PAST_VERB_BETWEEN.search(between.split(",")[-1]):
                return None
        head = self.text[sentence.start : anchor].rstrip()
        if not head.endswith(","):
            return None
        start = sentence.start + len(head) - len(head.lstrip(" \"“'‘"))
        end = _trim_clause_end(self.text, start, sentence.start + len(head) - 1)
        first = WORD.match(self.text, start)
        if first is not None and first.group().lower() in PREPOSITIONS and "," not in head[:-1]:
            return None  # "At a news conference at the party's headquarters, X demanded"
        if SPAN_OPENING.match(self.text, start):
            return None
        if end <= start or not looks_like_clause(self.text, start, end, self.spans):
            return None
        # A statement reported inside it may quote some words ("caught telling staff to
        # "lose" objections, X said"): those are its own.
        nested = [
            (q.start, q.end)
            for q in self.quotes
            if q.kind == "indirect" and start <= q.start and q.end <= end
        ]
        if any(
            q.start < end
            and start < q.end
            and not any(a <= q.start and q.end <= b for a, b in nested)
            for q in self.quotes
        ):
            return None
        return start, end

    def _according(self, sentence: Sentence, emit: _Emitter, cue: Cue) -> int:
        """The clause before "according to X", or after "According to X,"."""
        text = self.text
        before_end = _trim_clause_end(text, sentence.start, cue.start)
        quoted = any(
            span.open_at == sentence.start and QUOTE_TAIL.fullmatch(text, span.end, before_end)
            for span in self.spans
        )
        if before_end - sentence.start > 8 and not quoted:
            # (A quotation alone before it is a direct quote, found already.)
            # A quotation the sentence began inside ("Let them wait. They ...") opens it.
            start = min(
                [sentence.start]
                + [s.open_at for s in self.spans if s.open_at < sentence.start < s.end]
            )
            emit.indirect(start, before_end)
            return cue.end
        comma = text.find(",", cue.end, sentence.end)
        named = APPOSED_NAME.match(text, comma) if comma >= 0 else None
        if named is not None and _names_a_role(text[cue.end : comma]):
            comma = named.end() - 1  # "According to the chief of staff, Luis Ferrante, ..."
        if comma >= 0:
            end = _trim_clause_end(text, comma + 1, sentence.end)
            start = comma + 1 + (len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip()))
            if end > start:
                emit.indirect(start, end)
                return end
        return cue.end

    def _skip_addressee(self, start: int, cut: int) -> int:
        """After "told", step over who was told: "told the BBC", "told reporters",
        and what stands between them and "that" ("told the developer, Nathan
        Brill, in March 2024 that ...")."""
        end = self._addressee_end(start, cut)
        if end == start:
            # "told the developer, Nathan Brill, that": a noun phrase before an apposition.
            noun = ADDRESSEE_BEFORE_COMMA.match(self.text, start, cut)
            bridge = TOLD_BRIDGE.match(self.text, noun.end(), cut) if noun else None
            return bridge.end() if bridge else start
        bridge = (
            TOLD_BRIDGE.match(self.text, end, cut)
            or TOLD_WHERE_WHEN.match(self.text, end, cut)
            or WHOSE_TOLD.match(self.text, end, cut)
            or WHO_TOLD.match(self.text, end, cut)
        )
        return bridge.end() if bridge else end

    def _addressee_end(self, start: int, cut: int) -> int:
        body = TOLD_BODY.match(self.text, start, cut)
        if body is not None and self.text[start : body.end()].split()[0].lower() == "her":
            return body.end()  # "told her fellow directors the board ...": "her" is theirs
        for mention in self.mentions:
            near = start < mention.start <= start + 5 and mention.end <= cut
            addressee = mention.form != "pronoun" or mention.text.lower() in ADDRESSEES
            if near and addressee and not mention.in_quote:
                return mention.end
        word = WORD.search(self.text, start, cut)
        if (
            word
            and word.start() <= start + 1
            and (
                word.group().lower() in OBJECT_PRONOUNS
                or PLURAL_ACRONYM.fullmatch(word.group())
                or (
                    word.group().lower() in TOLD_WHAT_TO_DO
                    and not self.text.startswith(" to ", word.end())
                )
            )
        ):
            return word.end()  # "told reporters", "tells MLAs"
        phrase = ADDRESSEE_PHRASE.match(self.text, start, cut) or body
        return phrase.end() if phrase else start

    def _span_opening_at(self, position: int) -> int | None:
        for number, span in enumerate(self.spans):
            if span.open_at in (position, position + 1) and number not in self.claimed:
                return number
        return None

    def _direct_after_cue(self, number: int) -> bool:
        span = self.spans[number]
        first = self.text[span.start : span.start + 1]
        before = self.text[: span.open_at].rstrip()
        return before.endswith(":") or not span.closed or first.isupper() or first.isdigit()

    def _quote_just_before(self, sentence: Sentence, cue: Cue, source: _Source) -> int | None:
        """The quote that ends right before "X said" / "said X" (with only the source between)."""
        previous = self.segments.sentences[max(0, sentence.index - 1)]
        floor = previous.start if previous.paragraph == sentence.paragraph else sentence.start
        # ""... earn it back." He said he did not plan to resign.": a cue with a clause
        # of its own after it reports that, not the quotation of the sentence before.
        after = WORD.search(self.text, cue.end, sentence.end)
        if after is not None and after.group().lower() in CLAUSE_OPENERS:
            floor = sentence.start
        for number, span in enumerate(self.spans):
            if number in self.claimed or not (floor <= span.end <= cue.start):
                continue
            gap_start = span.after
            gap = self.text[gap_start : cue.start]
            between = (
                source.start is not None
                and source.end is not None
                and gap_start <= source.start
                and source.end <= cue.start
            )
            if between:
                gap = self.text[gap_start : source.start] + self.text[source.end : cue.start]
            if re.fullmatch(r"[\s,.!?—–-]*", gap) or REPORTED_TO_HAVE.fullmatch(gap):
                return number
        return None

    # Quotes no cue claimed.

    def _unclaimed(self, number: int, span: QuoteSpan) -> None:
        text = self.text
        sentence = self.segments.sentence_at(span.open_at)
        paragraph = self.segments.paragraphs[span.paragraph]
        opens_sentence = not text[sentence.start : span.open_at].strip()
        previous = self._previous_statement(span)
        header = HEADER.search(text, sentence.start, span.open_at)
        if header is not None and not opens_sentence:
            self._header(number, span, sentence, header)
            return
        if self._signed(number, span, sentence) or self._labelled(number, span, sentence):
            return
        if previous is not None and (
            span.continues or paragraph.start == span.open_at or opens_sentence
        ):
            if span.continues:
                rule = "multi-paragraph quote continues"
            elif paragraph.start == span.open_at:
                rule = "quote paragraph with no cue continues the previous speaker"
            else:
                rule = "quote sentence after an attributed one continues its speaker"
            quote = Quote(
                span.start,
                span.end,
                text[span.start : span.end],
                "direct",
                span.paragraph,
                rule,
                continues=previous,
            )
        else:
            kind = "direct" if opens_sentence else "partial"
            quote = Quote(
                span.start,
                span.end,
                text[span.start : span.end],
                kind,
                span.paragraph,
                "quote with no cue",
            )
        self.quotes.append(_trim(quote))
        self.claimed.add(number)

    def _header(
        self, number: int, span: QuoteSpan, sentence: Sentence, header: re.Match[str]
    ) -> None:
        """ "Minister's messages: 'Let them eat cake'": the phrase before the colon speaks."""
        start, end = header.start("source"), header.end("source")
        colon = self.text.index(":", end)
        mention = next(iter(self._candidates_in(start, end)), None)
        cue = Cue(colon, colon + 1, ":", ":", "colon")
        source = _Source(mention, start, end, None, "phrase before a colon")
        _Emitter(self, sentence, cue, source).quote(number, "quote after a colon", direct=True)

    def _signed(self, number: int, span: QuoteSpan, sentence: Sentence) -> bool:
        """ "“We deserve better.” ― Carla Sanchez": the name after the dash speaks."""
        dash = SIGNATURE_DASH.match(self.text, span.after)
        if dash is None:
            return False
        mention = next(iter(self._candidates_in(dash.end(), dash.end() + 1)), None)
        if mention is None or self.mentions[mention].form == "pronoun":
            return False
        start, end = self._phrase(mention)
        line_end = self.text.find("\n", end)
        rest = self.text[end : len(self.text) if line_end < 0 else line_end]
        if rest.strip(" .\u00a0"):
            return False
        cue = Cue(dash.start("dash"), dash.end("dash"), dash.group("dash"), "dash", "dash")
        source = _Source(mention, start, end, None, "name after a dash")
        _Emitter(self, sentence, cue, source).quote(number, "quote signed with a dash", direct=True)
        return True

    def _labelled(self, number: int, span: QuoteSpan, sentence: Sentence) -> bool:
        """ "“WALLACE: Let's start ...”": a transcript's speaker label inside the quote."""
        label = SPEAKER_LABEL.match(self.text, span.start, span.end)
        if label is None:
            return False
        start, end = label.span("label")
        mention = next(iter(self._candidates_in(start, end)), None)
        cue = Cue(end, end + 1, ":", ":", "colon")
        emit = _Emitter(self, sentence, cue, _Source(mention, start, end, None, "speaker label"))
        self.quotes.append(
            emit._make(label.end(), span.end, "direct", span.paragraph, "transcript line")
        )
        self.claimed.add(number)
        return True

    def _previous_statement(self, span: QuoteSpan) -> int | None:
        """The last attributed statement before ``span``, in this or the previous paragraph.

        Captions between the two are skipped.
        """
        captions = {p.index for p in self.segments.paragraphs if p.kind == "caption"}
        best = self._last_attributed(before=span.start)
        if best is None:
            return None
        gap = range(self.quotes[best].paragraph + 1, span.paragraph)
        return best if all(p in captions for p in gap) else None


class _Emitter:
    """Writes the statements of one cue, all with the same source."""

    def __init__(self, owner: _Attributor, sentence: Sentence, cue: Cue, source: _Source) -> None:
        self.owner = owner
        self.sentence = sentence
        self.cue = cue
        self.source = source

    def _make(self, start: int, end: int, kind: str, paragraph: int, rule: str) -> Quote:
        return _trim(
            Quote(
                start,
                end,
                self.owner.text[start:end],
                kind,
                paragraph,
                f"{rule}; source: {self.source.rule}",
                self.cue,
                self.source.mention,
                self.source.start,
                self.source.end,
                continues=self.source.continues,
            )
        )

    def quote(self, number: int, rule: str, direct: bool | None = None) -> None:
        span = self.owner.spans[number]
        if direct is None:
            direct = self.owner._direct_after_cue(number) and self._introduced(span)
        kind = "direct" if direct else "partial"
        self.owner.quotes.append(self._make(span.start, span.end, kind, span.paragraph, rule))
        self.owner.claimed.add(number)

    def _introduced(self, span: QuoteSpan) -> bool:
        """A capitalised quote is direct when a cue, colon or sentence start introduces it."""
        before = self.owner.text[self.sentence.start : span.open_at].rstrip()
        if not before or before.endswith(":"):
            return True
        last = previous_words(self.owner.text, self.sentence.start, len(before), 1)
        return bool(last) and lemma_frame(last[0].group()) is not None

    def indirect(self, start: int, end: int, rule: str | None = None) -> None:
        paragraph = self.sentence.paragraph
        rule = rule or f"'{self.cue.lemma}' + reported clause"
        self.owner.quotes.append(self._make(start, end, "indirect", paragraph, rule))


def attribute(
    article: Article, segments: Segments, spans: Sequence[QuoteSpan], mentions: Sequence[Mention]
) -> tuple[Quote, ...]:
    """Every direct, partial and indirect statement of the article, with cue and source."""
    return _Attributor(article, segments, spans, mentions).run()
