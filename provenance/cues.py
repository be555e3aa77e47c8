"""Cues: the words that signal a statement.

Speech verbs ("said", "insisted", "dismissed ... as"), phrases ("went on to
say", "according to") from the lexicon, found outside quotation marks. A
word that looks like a cue is rejected when it is a noun ("the claims", "a
report"), part of a name ("the State Department"), a particle verb ("added
to", "called for") or a participle that frames a place ("Speaking to X").

Each cue also says how it joins what comes before it: ``coordinated`` (",
and said", "before adding", ", saying"), ``relative`` (", who he labelled"),
``opening`` (a sentence that starts with "Adding that") or None, when it has
a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from provenance.lexicon import (
    AS_VERBS,
    AUXILIARIES,
    BELIEF_VERBS,
    CLAUSE_VERBS,
    COMMAND_VERBS,
    CONTENTLESS_VERBS,
    DETERMINERS,
    DOCUMENTS,
    IRREGULAR_PAST,
    MEDIUM_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OBJECT_VERBS,
    PHRASE_CUES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RECORDINGS,
    ROLE_HEADS,
    SPOKESPERSON_HEADS,
    WEEKDAY_NAMES,
    past_form,
    past_tense,
)
from provenance.quotes import QuoteIndex
from provenance.records import Cue, QuoteSpan, Sentence
from provenance.tokens import WORD, previous_words, words, words_among

# A day, and perhaps its part: "Thursday evening", "Sunday".
_DAY = rf"(?i:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
# Multi-word cues by their first word, longest first: "went on to say" is
# tried where "went" stands, instead of searching every sentence for all of them.
PHRASES_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _phrase in sorted(PHRASE_CUES, key=len, reverse=True):
    _first = WORD.findall(_phrase)[0]
    PHRASES_BY_FIRST_WORD[_first] = (*PHRASES_BY_FIRST_WORD.get(_first, ()), _phrase)
CONNECTIVE_ADVERBS = frozenset(
    ["also", "later", "then", "further", "again", "repeatedly", "quickly", "swiftly"]
)
SUBORDINATORS = frozenset(["before", "after", "while", "when", "by", "as"])
COORDINATORS = frozenset(["and", "but"])
RELATIVES = frozenset(["who", "which", "whom"])
NOT_AFTER_CUE = {
    "add": frozenset({"to"}),
    "call": frozenset({"for", "on", "off", "up", "out", "in"}),
    "continue": frozenset({"to"}),
    "post": frozenset({"a", "an", "the", "on", "in"}),
    "report": frozenset({"to", "for"}),
    "state": frozenset({"of"}),
    # ("answered hours after the broadcast": when, not what.)
    "answer": frozenset({"for", "hours", "days", "minutes", "weeks", "within", "shortly"}),
    "demand": frozenset({"for"}),
    # ("despite repeated requests": how many, not what was repeated.)
    "repeat": frozenset({"requests", "attempts", "efforts", "emails", "messages"}),
    "shoot back": frozenset({"at"}),
    # "planning permission", "the planning committee": the noun of land use.
    "plan": frozenset(
        {"permission", "application", "applications", "committee", "officer", "officers"}
        | {"consent", "inspector", "department", "rules", "system", "authority", "process"}
        | {"powers", "portfolio", "responsibility", "responsibilities", "chief", "director"}
        | {"staff", "team", "office", "board", "commission", "approval", "policy", "meeting"}
    ),
    "fire back": frozenset({"at"}),
    # "the card citizens must show to vote", "showed up": no words shown.
    "show": frozenset({"to", "up", "off"}),
}
THAT_AFTER = re.compile(r"\s+that\b")
CLAUSE_SUBJECT_AFTER_THAT = re.compile(
    r"\s+that\s+(?:(?:the|a|an|his|her|its|their|this|these|he|she|it|they|we|i)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Verbs whose "can ... that" tells something (not "Nobody can say that").
TELLING_CAN = frozenset(("reveal", "disclose", "confirm", "report"))
SEEN_OTHERWISE = re.compile(r"\s+(?:it|things|this|that|matters)\s+(?:differently|otherwise)\b")
# "the storm showed no sign of easing": nothing shown to be so.
NO_SIGN_OF = re.compile(r"\s+(?:no|little|every|some)\s+signs?\s+of\b", re.IGNORECASE)
# "During what he believed was a break", "the account the software believes is speaking":
# a relative clause's verb, its object gone before "was", of nothing said.
BE_AFTER = re.compile(r"\s+(?:was|were|is|are|would\s+be|had\s+been)\b")
BELIEVING = frozenset("believe think assume suspect expect consider".split())
# "stopped admitting women in labour", "was admitted to hospital": let in, not owned up to
# (not "admitted patients had been put at risk").
ADMITTED_IN = re.compile(
    r"\s+(?:(?:new|more|fewer|no)\s+)?(?:patients|women|men|children|pupils|students|babies"
    r"|mothers|people|visitors|refugees|migrants)\b"
    r"|\s+to\s+(?:a\s+|the\s+)?(?:hospital|intensive\s+care)\b(?!\s+[a-z])",
    re.IGNORECASE,
)
# Words before a cue's "-ing" form that make it a field of work: "urban planning",
# "director of planning".
NOT_BEFORE_CUE = {
    "plan": frozenset(
        "urban town city spatial regional rural strategic financial family transport of".split()
    ),
}
# Verbs of which calls are the object, as a noun: "did not answer calls", "returned calls",
# perhaps with a word of how many between ("returned repeated calls").
CALLS_TAKEN = frozenset(
    "answer answered answering return returned returning take took taking field fielded"
    " ignore ignored ignoring miss missed".split()
)
CALLS_COUNTED = frozenset("repeated several multiple numerous many further".split())
# Kinds of call, right before it as a noun: "by video call on Tuesday".
CALL_KINDS = frozenset("video phone telephone conference zoom audio teams skype radio".split())
# "who helped found the party", "set up to found a school": the verb "found", not "find".
FOUNDING_BEFORE = frozenset("help helps helped helping to".split())
POSSESSIVE_END = re.compile(r"['’]s$")
# Verbs of making something known, and what follows one as a passive participle set off
# after a noun: "The suspension, announced in a statement on Sunday, came ...".
ANNOUNCING = frozenset("announce release publish issue report confirm reveal disclose".split())
PASSIVE_ASIDE = re.compile(
    r"\s+(?:in|on|by|at|last|earlier|late|yesterday|this)\b[^,.;:\"“”]{0,60},\s+"
    # ... then the sentence's own verb (not "X, Jane Roe, confirmed on Tuesday, after
    # weeks of speculation, that ...": an aside on the saying).
    r"(?:came|comes|was|were|is|are|has|have|had|will|would|\w+ed)\b",
    re.IGNORECASE,
)
# "the host welcomes listeners back", "welcomed him home": a greeting, not a view.
GREETED = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}?(?:back|home|aboard)\b", re.IGNORECASE)
# "called a press meet at his ministry", "called a snap election": an occasion
# convened, not words (but "called the meeting "a farce"" names it).
_OCCASION_NOUNS = (
    r"(?:meet|meeting|conference|briefing|election|strike|vote|session|summit|rally|recess"
    r"|referendum|halt|adjournment|break|assembly|assemblies|congress|protest|demonstration"
    r"|march|boycott|walkout|inquiry|hearing)s?"
)
CALLED_OCCASION = re.compile(
    rf"\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_OCCASION_NOUNS}"
    r"(?=\s+(?:at|in|on|for|to|with|after|before|and|of|when|while|until|as)\b"
    # ("called a short break so that ...", "so she could ...": not "so divisive that".)
    r"|\s+so(?=\s+that\b|\s+(?:[\w'’-]+\s+){1,2}(?:could|would|can|might|should)\b)|\s*[,.;])"
    # ("called a rally outside the hospital": where, after "a"; but "called the protest
    # outside city hall "a disgrace"" names it.)
    rf"|\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_OCCASION_NOUNS}(?=\s+(?:outside|near|against|over|from|until)\b)",
    re.IGNORECASE,
)
VOICE_BEFORE = re.compile(r"\bvoices?\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
# "for planning, development and heritage", "minister of planning and housing": what
# follows a portfolio named by its "-ing" noun.
PORTFOLIO_END = re.compile(r",|\s+and\s")
# "was seeking outline planning permission", "sought re-election": things sought from an
# authority or the voters, not words (but "sought answers on the funding" is words).
SOUGHT_GRANT = re.compile(
    r"\s+(?:(?!(?:on|about|for|over|from|into|of|to|with|by)\b)[\w'’-]+\s+){0,3}?"
    r"(?:permission|consent|approval|re-?election|nomination|asylum|funding)\b",
    re.IGNORECASE,
)
# "offered them plots", "offered the family a council home": a thing given, not words
# (but "offered to sell the house").
OFFERED_THING = re.compile(
    r"\s+(?:(?!(?:to|that|said|about|over|for)\b|and\s+(?:said|told|added|insisted|warned)\b)"
    r"[\w'’-]+\s+){0,4}?"
    r"(?:plots?|land|money|cash|compensation|jobs?|posts?|positions?|seats?|homes?|houses?|"
    r"housing|flats?|places?|contracts?|tenders?|loans?|grants?|payments?|bribes?|discounts?|"
    r"shares?|stakes?|scholarships?|salar(?:y|ies)|refunds?|tickets?|rides?|lifts?|"
    r"accommodation|shelter|food|courses?|classes|lessons|advice|training|services?|care"
    r"|assistance|meals?|beds?)\b",
    re.IGNORECASE,
)
# Whom a verb of command commands, then what to do: "instructed department heads to"
# (not "ordered routine radio traffic moved to a channel": a participle, then a place;
# nor "ordered a panel to examine the message": an inquiry ordered is an act).
# "discussed how to steer road contracts", "discussing whether to resign": what was
# said; "discussed the emails", "discussed a letter" name only a topic.
DISCUSSED_WHAT = re.compile(
    r"\s+(?:with\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:how|whether|what|who|which|where|when|why|(?:a\s+)?(?:plans?|ways?)\s+to)\b",
    re.IGNORECASE,
)
# A past verb, whom, then what they were to do, up to an "and" with no comma or stop
# between: "asked the board to meet county officials and".
TOLD_TO_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|told|got|made|left|let|sent)\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+\b"
    r"[^,;:.\"“”]*\s+and\s+$"
)
# "He said he would attend the hearing and accept ...": a second verb after a modal in
# what was said in the past, what one would do, not a cue of its own (a bare form cannot
# go on from "said"; but "Critics say the plan will fail and warn that ...": it can).
MODAL_THEN_AND = re.compile(
    r"\b(?:said|told|added|wrote|insisted|promised|pledged|announced|claimed|argued)\b"
    r"[^,;:.\"“”]*\b(?:would|will|could|should|might|must|shall)\s+(?:not\s+)?[a-z]+\b"
    r"[^,;:.\"“”]*\s+and\s+$"
)
# "named him as the source", "named the deputy as a suspect": what someone is called.
NAMED_AS = re.compile(r"\s+(?:[\w'’-]+\s+){1,10}?as\b")
FOUND_TO_BE = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:be|have\s+been)\b")
# "runs a ship-spotting account called Bahía de Buques", "founded a group called Mothers
# First": what something is named, after an indefinite noun that is a verb's or a
# preposition's object (not "A senior official called Smith", its subject).
NAMED_CALLED = re.compile(
    # (The word before its article a verb or a preposition: not "Hours later a spokesman
    # called", "where a protester called".)
    r"\b(?:(?-i:[a-z])[\w'’-]*(?:s|ed)|in|of|with|for|from|into|to|on|at|by|about|up|like"
    r"|join|run|start|launch|found|form|create|set)\s+"
    r"(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?-i:[a-z])[\w'’-]*\s+called\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# "the unions' next strike, called for 18 June": set for a day, not demanded.
_MONTH = rf"(?:{'|'.join(MONTHS)}|{'|'.join(MONTH_ABBREVIATIONS)})\.?"
CALLED_FOR_A_DAY = re.compile(
    rf"\s+(?:(?:next|this)\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|{WEEKDAY_NAMES})(?:,?\s+\d{{4}})?"
    # (The day is all that was called for: not "called for Friday's vote to be scrapped".)
    r"(?=\s*[,.;)]|\s+(?:and|but|when|after|before)\b|\s*$)",
    re.IGNORECASE,
)
# "played the recording and repeated it every hour": aired again, nothing said.
REPEATED_IT = re.compile(
    r"\s+(?:it|them)(?=\s*[,.;]|\s+(?:every|each|on|at|in|until|throughout|again|twice|hourly)\b)",
    re.IGNORECASE,
)
# "a permit that the chiefdom wants suspended": what is wanted done.
# "stopped short of apologising", "fell short of calling for": what was not said.
STOPPED_SHORT_BEFORE = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!never\s)\b(?:stopped|stops|stop|fell|falls)\s+(?:just\s+)?short"
    r"\s+of\s+$"
)
# "posted photos on Instagram", "posted a selfie": pictures put out, no words.
PICTURES_POSTED = re.compile(
    r"\s+(?:(?:a|an|the|some|his|her|their|its|two|three|several)\s+)?(?:[\w-]+\s+)?"
    r"(?:photos?|photographs?|pictures?|images?|selfies?)\b",
    re.IGNORECASE,
)
# "reported on the messages": what the report was about, not a clause (not "reported on
# Monday that ...").
REPORTED_ON_A_THING = re.compile(
    r"\s+(?:on|about)\s+(?:the|a|an|his|her|their|this|these|those)\s+(?:[\w-]+\s+)?"
    # (Not where it went out: "reported on its website late on Thursday"; nor when or how:
    # "on the evening of March 3", "on the basis of leaked messages".)
    r"(?!(?:website|site|page|front|air|radio|television|programme|program|show|newscast"
    r"|broadcast|bulletin|podcast|blog|feed|account|channel|morning|afternoon|evening|night"
    r"|day|eve|weekend|basis|strength|back)\b(?!['’]s))[a-z]"
    # (Nor a report that goes on to say what: "reported on ... that".)
    r"(?![^.;:]*\bthat\b)",
    re.IGNORECASE,
)
WANTED_DONE = re.compile(r"\s+(?-i:[a-z]+ed)(?=\s*[,.;]|\s*$)", re.IGNORECASE)
# "the school the district wants to close": a verb whose object is the noun phrase before
# its subject, in a relative clause with no "that", and nothing said (not "Nurses want to
# strike").
WANTED_TO_DO_END = re.compile(r"\s+to\s+(?-i:[a-z]+)(?=\s*[,.;]|\s*$)")
OBJECT_THEN_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:the|a|an|his|her|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "No one answered", "None of the neighbours answered", "Not one councillor answered".
NO_ONE_BEFORE = re.compile(
    r"\b(?:no\s+one\s+|none\s+of\s+(?:the\s+|them\s+|us\s+)?(?:[\w'’-]+\s+)?"
    r"|not\s+one\s+[\w'’-]+\s+)$",
    re.IGNORECASE,
)
# Words before "term(s)" that make it a noun: "for two terms", "a second term".
OFFICE_TERMS_BEFORE = DETERMINERS | frozenset(
    "two three four five six first second third fourth fifth last consecutive successive "
    "full several many".split()
)
# What a participle or passive "called for" a day follows: ", called for", "was called for".
SET_FOR_BEFORE = re.compile(r"(?:,|\b(?:was|were|been|is|are|be))\s+$", re.IGNORECASE)
# A noun, then "called to" and what they were summoned to do (", called to discuss the
# queues" after a meeting: its purpose, set off; not "The report, released last week,
# called to scrap the fees").
CALLED_TO_DO = re.compile(
    r"\b[a-z]+s?\s+called\s+to\s+(?!(?:the|a|an|his|her|their)\b)[a-z]+"
    r"|\b(?:meeting|session|summit|conference|assembly|gathering|briefing|hearing|call)s?\b"
    r"[^.;:]{0,80},\s+called\s+to\s+(?!(?:the|a|an|his|her|their)\b)[a-z]+"
)
COMMANDED = re.compile(
    r"\s+(?!to\b)(?:(?![\w'’.-]*ed\s)[\w'’.-]+\s+){1,4}?to\s+"
    r"(?!(?:examine|investigate|review|probe|audit|inspect|inquire|look\s+into)\b)[\"“'‘]?\w",
    re.IGNORECASE,
)
HEADER = re.compile(r"(?P<name>[^\W\d][\w .’'&-]{0,40}?)\s*:\s+(?=\S)")
# Paragraph labels that look like "Name:" but introduce no one's words.
HEADER_LABELS = frozenset(
    {
        "note",
        "editor's note",
        "editor’s note",
        "update",
        "updated",
        "watch",
        "related",
        "read more",
        "photo",
        "photos",
        "video",
        "audio",
        "footage",
        "clip",
        "source",
        "sources",
        "correction",
        "disclosure",
        "warning",
        "breaking",
        "exclusive",
        "live",
        "analysis",
        "opinion",
        "transcript",
        "full text",
        "advertisement",
        "caption",
        "credit",
        "tags",
        "q",
        "a",
    }
)
# Clause verbs that are not speech: a sentence cannot open with them as "Adding that" does.
NOT_SPEECH = frozenset(
    "think believe feel know hope fear expect worry show find agree learn decide reckon "
    "suspect doubt reason read see".split()
) | {None}
CONTRACTION = re.compile(r"['’](?:d|s|ll|re|ve|m)$")
HEADER_OPENERS = frozenset(["the", "a", "an", "here's", "here’s"])
PASSIVE = frozenset("is are was were be been being".split())
OBJECT_PRONOUNS = frozenset("him her them me us".split())
PERFECT = frozenset("has have had having 've ’ve".split())
# Cues whose base and "-s" forms are mostly nouns in news writing.
NOUN_LIKE = frozenset(
    "state comment post tweet report support attack back plan favor favour view answer demand "
    "question offer remark promise pledge request cite blame show read voice raise echo "
    "find charge doubt reason name challenge voice note".split()
)
NOT_BEFORE_VERB = DETERMINERS | {"to"}
# A comma, then the main clause's verb of saying, right after a cue.
GAP_BEFORE_CUE = re.compile(
    r",\s+(?:(?:has|have|had)\s+)?(?:said|says|told|tells|wrote|writes|added|insisted|argued)\b"
)
# (... but not the reporter's own attribution set off by commas, its subject alone after
# the comma: "The mayor, he said, told him", "The council, Ms Brown said, told".)
PARENTHETICAL_SUBJECT = re.compile(
    r"(?:^|,)\s+(?:he|she|they|it|we|I|(?:Mr|Ms|Mrs|Dr)\.?\s+(?-i:[A-Z])[\w'’-]+"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|the\s+[a-z]+(?:\s+[a-z]+)?)\s+$"
)
# Finite verbs a cue's bare form is the subject of, as a noun: "the call was recorded".
FINITE_AFTER_NOUN = frozenset("was were is has had".split())
# Words before such a bare form that make it a verb after all: "what scientists say is".
NOT_BEFORE_NOUN_CUE = frozenset("what who which whom that they we you i he she it".split())
# What is raised in words: "raised concerns", "raised the matter with the minister".
RAISED_WORDS = re.compile(
    r"\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|any|no"
    r"|serious|fresh|new|further|similar|legitimate|real|grave|several|many|other|such)\s+)*"
    # (Not "raised the matter on the floor of the House": a topic brought up, no words.)
    r"(?:concerns?|questions?|doubts?|fears?|objections?|issues?|alarm|possibility"
    r"|prospect|points?|ideas?|allegations?|complaints?|case|eyebrows|queries"
    r"|query|worries|worry|red\s+flags?|criticism|suspicions?|hopes?|spectre|specter"
    r"|problems?|it|them|this|that)\b",
    re.IGNORECASE,
)
# Adjectives news writing puts before "calls", "claims", "demands" as nouns.
NOUN_ADJECTIVES = frozenset(
    "new fresh renewed growing mounting repeated further widespread angry urgent other several "
    "many both most few key".split()
)
# "video shows", "the memo reveals": a medium is the subject of a verb that is
# also a noun.
MEDIUM_NOUN = re.compile(rf"(?:{RECORDINGS}|{DOCUMENTS})", re.IGNORECASE)
# What can show or find something as a speaker does: "the poll shows", "figures show".
EVIDENCE_NOUNS = frozenset(
    "poll polls polling survey surveys study studies data figures numbers results statistics "
    "research analysis findings filings records census".split()
)
SPEAKER_NOUNS = ROLE_HEADS | SPOKESPERSON_HEADS
JOINING_WORDS = COORDINATORS | SUBORDINATORS
SUBJECT_PRONOUNS = frozenset("he she they it we i you there this that these those".split())
SUBJECT_WORDS = frozenset(
    "he she they we i you it who which also many some most others both few all not never".split()
)


@frozen
class FoundCue:
    """A cue found in a sentence, before attribution."""

    cue: Cue
    lead_start: int
    joined: str | None


# Every cue word form with its lemma and frame; where a form is in several
# tables, "as" wins over "none", "none" over "clause", "clause" over "object".
FRAMES: dict[str, tuple[str, str]] = {}
for _table, _frame in (
    (OBJECT_VERBS, "object"),
    (CLAUSE_VERBS, "clause"),
    (CONTENTLESS_VERBS, "none"),
    (AS_VERBS, "as"),
):
    FRAMES.update({form: (lemma, _frame) for form, lemma in _table.items()})


# The lower-case words a cue can start with: any other word is passed over at once.
CUE_STARTS = frozenset(FRAMES) | frozenset(PHRASES_BY_FIRST_WORD)


def lemma_frame(word: str) -> tuple[str, str] | None:
    """The lemma and frame of a cue word ("told" -> ("tell", "clause")), or None."""
    return FRAMES.get(word.lower())


def _phrase_at(text: str, start: int, first: str, end: int) -> tuple[str, int] | None:
    """The multi-word cue that starts at ``start``, if any (case-insensitive), and
    where it ends: past a day between a verb and its particle ("called Thursday
    evening for an ethics review", "called on Sunday for", not "called on" Sunday)."""
    phrases = PHRASES_BY_FIRST_WORD.get(first, ())
    day = DAY_BEFORE_PARTICLE.match(text, start + len(first), end) if phrases else None
    after = day.end() if day is not None else end
    for phrase in phrases if day is not None else ():
        particle = phrase[len(first) :]  # " for"
        stop = after + len(particle)
        if (
            particle.count(" ") == 1
            and text[after:stop].lower() == particle
            and not text[stop : stop + 1].isalnum()
        ):
            return phrase, stop
    for phrase in phrases:
        stop = start + len(phrase)
        if stop <= end and text[start:stop].lower() == phrase:
            following = text[stop : stop + 1]
            if not (following.isalnum() or following == "_"):
                return phrase, stop
    return None


# A day between a verb and its particle: "called Thursday evening for", "called on
# Sunday for".
DAY_BEFORE_PARTICLE = re.compile(rf"\s+(?:on\s+)?{_DAY}(?=\s)")


# Plural nouns of people that end in no "s": "the fishermen opposing the move".
PEOPLE_PLURALS = re.compile(r"(?:\w*men|people|children|police|staff|clergy)")


def modifies_plural_noun(words: Sequence[str]) -> bool:
    """Whether the words before an "-ing" verb end in a plural noun after its
    determiner ("the residents", "those fishermen"): the verb says which ones, and
    is no cue ("The residents opposing the plan said ...")."""
    if len(words) < 2:
        return False
    noun = words[-1]
    plural = (noun.endswith("s") and not noun.endswith("ss")) or PEOPLE_PLURALS.fullmatch(noun)
    if not (noun.islower() and plural) or noun in AUXILIARIES:
        return False
    return any(w.lower() in ("the", "these", "those", "some", "many", "all") for w in words[-3:-1])


def find_cues(
    text: str, sentence: Sentence, quotes: QuoteIndex, opens_paragraph: bool = False
) -> list[FoundCue]:
    """Speech cues of one sentence outside quotation marks, in order.

    A paragraph that opens with a short name and a colon ("PENCE: ...",
    "Poll: ...") has the colon for its cue.
    """
    found: list[FoundCue] = []
    header = HEADER.match(text, sentence.start, sentence.end) if opens_paragraph else None
    name = header["name"].strip() if header else ""
    if header and not _label(name) and len(name.split()) <= 6:
        colon = text.index(":", header.end("name"))
        said = text[colon + 1 : colon + 3].strip()[:1]
        # ("Hospital director's voice message: Sagnarigu West MP says ...": a topic
        # before a clause with a speaker and a cue of its own.)
        topic = POSSESSIVE_LABEL.search(name) is not None and SAYS_AFTER_COLON.match(
            text, colon + 1, sentence.end
        )
        if names_someone(name) and quotes.outside(colon) and not said.isdigit() and not topic:
            found.append(FoundCue(Cue(colon, colon + 1, ":", ":", "colon"), colon, None))
    covered = sentence.start
    for match in words_among(text, sentence.start, sentence.end, CUE_STARTS):
        if match.start() < covered:
            continue
        word = match.group()
        lowered = word.lower()
        found_phrase = _phrase_at(text, match.start(), lowered, sentence.end)
        if found_phrase is not None:
            phrase, covered = found_phrase
            lemma, frame = PHRASE_CUES[phrase]
            after = WORD.search(text, covered, sentence.end)
            # "who fired back at the car": no speech.
            refused = after is not None and after.group().lower() in NOT_AFTER_CUE.get(lemma, ())
            # "during a call on 24 September", "the farmers' call for her resignation": a
            # noun after its determiner or its owner.
            before = previous_words(text, sentence.start, match.start(), 1)
            noun = (bool(before) and before[0].group().lower() in ("a", "an", "the")) or text[
                max(0, match.start() - 3) : match.start()
            ].endswith(("' ", "’ ", "'s ", "’s "))
            # "after secretly recorded call on road contracts airs": a bare form after a
            # participle that describes it.
            bare = frame == "object" and lowered == lemma.split()[0]
            noun = noun or (bare and bool(before) and before[0].group().lower().endswith("ed"))
            # "was a guest on the show to speak about the exercise": what one came to talk
            # about, said nowhere yet (not "to call on", a call made).
            # (After an aside's comma only: not "went on to speak about", "rose to speak".)
            purpose = (
                phrase.endswith(" about")
                and bool(before)
                and before[0].group().lower() == "to"
                and lowered == phrase.split()[0]
                and text[max(0, before[0].start() - 2) : before[0].start()] == ", "
            )
            noun = noun or purpose or _after_whose(text, sentence, match)
            # "held by video call on the afternoon of", "took calls for most of an hour":
            # calls made or taken, no call for anything.
            noun = noun or (
                lemma.startswith("call ")
                and lowered in ("call", "calls")
                and (
                    (bool(before) and before[0].group().lower() in CALL_KINDS)
                    or _calls_taken(text, sentence, match)
                )
            )
            # ("the unions' next strike, called for 18 June": set for a day; only as a
            # participle or in the passive, not "The union has called for 1 May, ..., to
            # be made a holiday".)
            noun = noun or (
                lemma == "call for"
                and SET_FOR_BEFORE.search(
                    text, max(sentence.start, match.start() - 8), match.start()
                )
                is not None
                and CALLED_FOR_A_DAY.match(text, covered) is not None
            )
            if quotes.outside(match.start()) and not refused and not noun:
                cue = Cue(match.start(), covered, text[match.start() : covered], lemma, frame)
                found.append(FoundCue(cue, *_lead(text, sentence, match.start())))
            continue
        kind = lemma_frame(word)
        if kind is None or not quotes.outside(match.start()):
            continue
        lemma, frame = kind
        if not _is_verb_use(text, sentence, match, lemma):
            continue
        cue = Cue(match.start(), match.end(), word, lemma, frame)
        found.append(FoundCue(cue, *_lead(text, sentence, match.start())))
    found.sort(key=lambda f: f.cue.start)
    return found


# A quotation closed right before the words naming what "read" it: '"...," the statement '
# (not "The note, which police read,").
READ_OUT = re.compile(r"[\"”’'],?\s+(?:[\w'’-]+\s+){1,4}$")
READ_QUOTE = re.compile(r"[,:]\s*[\"“]")
# A headline's present-tense verb of taking a side about someone.
HEADLINE_STANCE = re.compile(
    r"\b(?:defends|backs|slams|blasts|attacks|condemns|criticises|criticizes|accuses|praises"
    r"|rebukes|rejects)\b"
)
# Determiners of one thing, after which a bare verb cannot follow as its verb.
SINGULAR_DETERMINERS = frozenset(("a", "an", "another", "each", "every"))


def _after_singular_noun_phrase(
    text: str, sentence: Sentence, match: re.Match[str], lemma: str
) -> bool:
    """ "through a public records request": a cue's bare form a few words after "a"
    (and no verb between) ends a noun phrase; "a" thing does not "request". Nor does
    one in apposition: "Castellanos, a Democrat seeking a third term, wrote"."""
    gerund = match.group().lower().endswith("ing")
    if match.group().lower() != lemma and not gerund:
        return False
    before = previous_words(text, sentence.start, match.start(), 3)
    for position in range(len(before) - 2, -1, -1):
        word = before[position].group().lower()
        if word in AUXILIARIES or "," in text[before[position].end() : match.start()]:
            return False
        if word in SINGULAR_DETERMINERS:
            between = [w.group().lower() for w in before[position + 1 :]]
            noun_phrase = not any(w in AUXILIARIES or w in PRONOUNS for w in between)
            opening = before[position].start()
            apposed = text[max(sentence.start, opening - 2) : opening] == ", "
            return noun_phrase and (apposed or not gerund)
    return False


def _calls_taken(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """ "did not answer calls and messages", "has not returned repeated calls": calls as
    the object of a verb of answering or taking them (not "called", nor "in the field
    called him")."""
    before = [w.group().lower() for w in previous_words(text, sentence.start, match.start(), 2)]
    if before and before[-1] in CALLS_COUNTED:
        before = before[:-1]
    return bool(before) and before[-1] in CALLS_TAKEN


def _past_then_preposition(text: str, word: re.Match[str], sentence: Sentence) -> bool:
    """ "ended at 16:30", "emerged on Monday": a past verb with no object after it (not
    the adjective of "demand detailed answers")."""
    if not past_form(word.group()):
        return False
    after = WORD.search(text, word.end(), sentence.end)
    return after is None or after.group().lower() in PREPOSITIONS


def _after_whose(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """ "an inspector whose private comments on a draft", "whose replies are barely
    audible": a noun someone owns, after "whose" and at most one word (a noun's form:
    not "whose spokesman said")."""
    if "whose" not in text[max(sentence.start, match.start() - 30) : match.start()]:
        return False
    word = match.group().lower()
    before = previous_words(text, sentence.start, match.start(), 2)
    noun_form = not word.endswith("ed") and word not in IRREGULAR_PAST
    # ("whose replies are barely audible": right after it, too.)
    return noun_form and any(w.group().lower() == "whose" for w in before)


def _is_verb_use(text: str, sentence: Sentence, match: re.Match[str], lemma: str) -> bool:
    """Rule out nouns ("the claims"), capitalised names ("State") and particles."""
    word = match.group()
    at_start = text[sentence.start : match.start()].strip(" \"'“‘(•-–—") == ""
    if word[0].isupper() and not at_start and not title_case(text, sentence.start, sentence.end):
        return False
    if at_start and (word.lower().endswith("ed") or word.lower() in IRREGULAR_PAST):
        return False
    if at_start and word.lower().endswith("ing") and lemma in OBJECT_VERBS.values():
        return False  # "Raising the matter in the Commons, X said ...": an opening phrase
    before = previous_words(text, sentence.start, match.start(), 1)
    adjacent = bool(before) and not text[before[0].end() : match.start()].strip()
    after_determiner = adjacent and before[0].group().lower() in NOT_BEFORE_VERB
    if adjacent and before[0].group().lower() in NOT_BEFORE_CUE.get(lemma, ()):
        return False  # "its director of urban planning was caught": a field of work
    if word.lower() in ("call", "calls") and _calls_taken(text, sentence, match):
        return False  # "did not answer calls", "returned repeated calls": no words
    if lemma == "repeat" and adjacent and before[0].group().lower() in CALLS_TAKEN:
        return False  # "has not returned repeated calls": how many, not what was repeated
    if adjacent and word.lower() == "found" and before[0].group().lower() in FOUNDING_BEFORE:
        return False
    if (
        adjacent
        and word.lower() == lemma
        and before[0].group().lower() == "and"
        and any(
            before_and.search(text, max(sentence.start, match.start() - reach), match.start())
            for before_and, reach in ((TOLD_TO_BEFORE, 100), (MODAL_THEN_AND, 200))
        )
    ):
        # "asked the board to meet officials and explain "how ..."": a second thing
        # the board was asked to do, not a cue of its own; nor is a second thing one
        # would do ("would attend the hearing and accept ...").
        return False
    if _after_whose(text, sentence, match):
        return False
    if GAP_BEFORE_CUE.match(text, match.end(), sentence.end) and not PARENTHETICAL_SUBJECT.search(
        text, max(sentence.start, match.start() - 40), match.start()
    ):
        # "the parents' association the inspector mocked, said": the verb closes a
        # clause whose object is the noun before it; the speaker's cue comes next.
        return False
    telling = lemma in TELLING_CAN and THAT_AFTER.match(text, match.end()) is not None
    if adjacent and before[0].group().lower() == "can" and not telling:
        # "the board ... can recommend discipline", "Nobody can say that": what one may do,
        # not did (but "The Guardian can reveal that ...").
        return False
    if lemma == "show" and NO_SIGN_OF.match(text, match.end()):
        return False
    if lemma == "report" and REPORTED_MEDIUM.match(text, match.end()):
        # "first reported last week by a radio station", "reported the messages on its
        # morning newscast": a medium put out, not words said.
        return False
    if lemma == "write" and WORKS_WRITTEN.match(text, match.end()):
        return False  # "a historian who has written two books on the forts": an author's works
    passive = adjacent and before[0].group().lower() in ("was", "were", "been", "being", "is")
    if (
        lemma == "admit"
        and (word.lower() == "admitting" or passive)
        and ADMITTED_IN.match(text, match.end())
    ):
        return False
    if lemma in BELIEVING and BE_AFTER.match(text, match.end()):
        return False  # (not "What he said was that ...": said, and what follows)
    if lemma in ("see", "view") and SEEN_OTHERWISE.match(text, match.end()):
        return False  # "sees it differently": a view held, nothing said
    if (
        lemma in ANNOUNCING
        and word.lower().endswith("ed")
        and text[max(sentence.start, match.start() - 2) : match.start()] == ", "
        and PASSIVE_ASIDE.match(text, match.end())
    ):
        return False  # "The suspension, announced in a statement on Sunday, came": passive
    # "He goes on to call X "a lump"": a verb of going on, and the cue is his act.
    went_on = GOES_ON_TO.search(text, max(sentence.start, match.start() - 24), match.start())
    # "he appears to tell a developer that ...": said, as the text has it.
    if lemma in SEEMING_LEMMAS and SEEMS_TO.search(
        text, max(sentence.start, match.start() - 24), match.start()
    ):
        return True
    if (
        after_determiner
        and not went_on
        and not _gerund_with_content(text, sentence, match, before[0].group())
    ):
        return False
    if went_on and adjacent:
        return True
    if _after_singular_noun_phrase(text, sentence, match, lemma):
        return False
    after = WORD.search(text, match.end(), sentence.end)
    following = after.group().lower() if after else ""
    # "planning chief's email": the noun after it, owning something.
    if POSSESSIVE_END.sub("", following) in NOT_AFTER_CUE.get(lemma, ()):
        return False
    if (
        word == lemma
        and after is not None
        and after.group() == following
        and not text[match.end() : after.start()].strip()
        and (following in FINITE_AFTER_NOUN or _past_then_preposition(text, after, sentence))
        # Not "what scientists say is necessary", "the charges they deny were ...".
        and not any(
            w.group().lower() in NOT_BEFORE_NOUN_CUE
            for w in previous_words(text, sentence.start, match.start(), 4)
        )
    ):
        return False  # "the results call ended at 16:30": a noun, the subject of a verb

    if WHETHER_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()):
        return False  # "Asked whether Brünnlin would offer tiered prices, ...": a question
    if following == "as" and VOICE_BEFORE.search(text, sentence.start, match.start()):
        return False  # "a voice the programme identified as Mansour's": whose voice, no view
    if TO_BE_AFTER.match(text, match.end(), sentence.end):
        return False  # "a voice said to be that of the commissioner": no one says it
    if ANONYMITY_AFTER.match(text, match.end(), sentence.end):
        return False  # "a nurse who asked not to be named", "spoke on condition of anonymity"
    infinitive = following == "to" and lemma in OBJECT_VERBS.values()
    if lemma == "raise" and not RAISED_WORDS.match(text, match.end(), sentence.end):
        return False  # "raised $5 million", "raised the target to 45 per cent": no words
    if lemma == "welcome" and GREETED.match(text, match.end(), sentence.end):
        return False
    if STOPPED_SHORT_BEFORE.search(text, max(sentence.start, match.start() - 24), match.start()):
        return False  # "but stopped short of apologising": not done
    if lemma == "post" and PICTURES_POSTED.match(text, match.end(), sentence.end):
        return False  # "posted photos on Instagram from a ride-along": pictures, no words
    if lemma == "report" and REPORTED_ON_A_THING.match(text, match.end(), sentence.end):
        return False  # "reported on the messages on its newscast": its report, told
    if lemma == "seek" and SOUGHT_GRANT.match(text, match.end(), sentence.end):
        return False
    if lemma in COMMAND_VERBS and not COMMANDED.match(text, match.end(), sentence.end):
        return False
    if lemma == "discuss" and not DISCUSSED_WHAT.match(text, match.end(), sentence.end):
        return False
    if lemma == "name" and not NAMED_AS.match(text, match.end(), sentence.end):
        return False  # "named its squad", "named 11 players": chose, said nothing
    window = max(sentence.start, match.start() - 40)
    # (A look for "no" first: the pattern needs it, and most cues have none before them.)
    no_one = "no" in text[window : match.start()].lower() and NO_ONE_BEFORE.search(
        text, window, match.start()
    )
    if (adjacent and before[0].group().lower() in ("nobody", "none")) or no_one:
        return False  # "Nobody answered when he rang": no one said anything
    if lemma == "repeat" and REPEATED_IT.match(text, match.end(), sentence.end):
        return False  # "played the recording and repeated it every hour": aired it again
    if lemma == "want" and (
        WANTED_DONE.match(text, match.end(), sentence.end)
        or (
            WANTED_TO_DO_END.match(text, match.end(), sentence.end)
            and OBJECT_THEN_SUBJECT_BEFORE.search(
                text, max(sentence.start, match.start() - 60), match.start()
            )
        )
    ):
        return False  # "a permit that the chiefdom wants suspended": what is wanted done
    if lemma == "term" and adjacent and before[0].group().lower() in OFFICE_TERMS_BEFORE:
        return False  # "for two terms", "his second term": terms of office
    if lemma == "find" and not (
        THAT_AFTER.match(text, match.end()) or FOUND_TO_BE.match(text, match.end(), sentence.end)
    ):
        # "found the file on Sunday": came upon it; "found that", "found the voice to be
        # consistent with his" report.
        return False
    if lemma == "call" and any(
        summoned.start() <= match.start() < summoned.end()
        for summoned in CALLED_TO_DO.finditer(
            text, max(sentence.start, match.start() - 120), match.end() + 30
        )
    ):
        return False  # "a meeting of 20 staff called to go over the draft": summoned
    if lemma == "label" and text[max(0, match.start() - 2) : match.start()] == ", ":
        return False  # "uploaded the recording, labelled as a session": a file's label
    if lemma == "call" and CALLED_OCCASION.match(text, match.end(), sentence.end):
        return False
    named = NAMED_CALLED.search(text, max(sentence.start, match.start() - 80), match.end() + 2)
    if named is not None and named.end() == match.end() + 2 and word.lower() == "called":
        return False
    if lemma == "offer" and OFFERED_THING.match(text, match.end(), sentence.end):
        return False
    # "speaking about the plan" is no cue, but "telling about 30 officials:" is.
    colon = COLON_AFTER_WORDS.match(text, match.end(), sentence.end) is not None
    # ""...," Lee can be heard saying on the stream": shown speaking, whatever follows.
    shown = bool(before) and before[0].group().lower() in SHOWING
    gerund = word.lower().endswith("ing")
    # "saying in a statement that ...": the occasion, then what was said.
    occasion_then_that = OCCASION_THEN_THAT.match(text, match.end(), sentence.end)
    relative = (
        RELATIVE_THAT_AFTER_NOUN.search(text, occasion_then_that.start("gap"), sentence.end)
        if occasion_then_that is not None and occasion_then_that["gap"] is not None
        else None
    )
    occasion = occasion_then_that is not None and (
        relative is None or relative.end() != occasion_then_that.end()
    )
    if gerund and following in PREPOSITIONS and not (infinitive or colon or shown or occasion):
        return False
    if gerund and adjacent and previous_is_gerund(before):
        return False  # "describing protesting farmers as ...": an adjective
    if gerund and adjacent:
        words = [w.group() for w in previous_words(text, sentence.start, match.start(), 3)]
        if modifies_plural_noun(words):
            return False  # "The residents opposing the plan said ...": which residents
    portfolio = adjacent and before[0].group().lower() in ("for", "of")
    if gerund and portfolio and PORTFOLIO_END.match(text, match.end()):
        return False  # "deputy mayor for planning, Ing. X,": a portfolio, not a plan
    if word.lower().endswith("ing") and _after_adjective(text, sentence, match):
        return False
    previous = before[0].group() if before else ""
    if lemma in BELIEF_VERBS:
        return previous.lower() in PRONOUNS or _speaker_noun(previous)
    lowered = word.lower()
    if at_start and text[match.end() : match.end() + 1] == ":":
        return False
    participle = lowered.endswith(("ed", "en")) or lowered in IRREGULAR_PAST
    if _bare_participle(text, sentence, match, lemma):
        return False
    if adjacent and participle and previous.lower() in VOICE_NOUNS:
        return False  # "a voice identified as Toledo's tells ...": it describes the voice
    if adjacent and previous.lower() == "as" and participle and following != "by":
        return False  # "would go ahead as planned", "as promised": how, not who said it
    if adjacent and previous.lower() in PREPOSITIONS and lowered.endswith("ed"):
        return False  # "hit by repeated lift breakdowns", "despite repeated requests"
    if adjacent and previous.lower() in PASSIVE and participle and lemma in OBJECT_VERBS.values():
        return False
    addressed = lemma in ADDRESSED and following == "to"
    if adjacent and previous.lower() in PASSIVE and participle and addressed:
        return False  # "when she was asked to step out": the one asked, who says nothing
    passive_that = PASSIVE_THAT.match(text, match.end(), sentence.end) is not None
    # "were first posted last Friday by Kurvenfunk": an adverb between may part them.
    put_out = adjacent and (
        previous.lower() in PASSIVE
        or PASSIVE_ADVERB.search(text, sentence.start, match.start()) is not None
    )
    if put_out and lemma in PUT_OUT and not passive_that:
        # "the policy, which was announced last month": what was put out, not who spoke
        # (but "it was revealed in March that ...").
        return False
    if adjacent and previous.lower() in ("be", "been", "being") and participle:
        # "has been recalled", "will be announced": what happens to someone or
        # something, not what they say.
        return False
    headline = sentence.paragraph == 0
    if headline and participle and following in ("after", "amid", "following", "over"):
        # "Ambassador recalled after leaked cables ...": a headline's passive.
        return False
    if participle and following == "by" and previous.lower() not in PERFECT:
        # "text messages first reported by the Times": passive, the reporter follows.
        return False
    if (
        lowered == "read"
        and text[match.end() : match.end() + 1] in (".", ",")
        and (
            READ_OUT.search(text, max(sentence.start, match.start() - 60), match.start())
            # ('The banner read, "Stop the cuts."': the quotation after it.)
            or READ_QUOTE.match(text, match.end())
        )
    ):
        return True  # '"...," the statement read.': a past form the same as its base
    if lowered == lemma or lowered in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return _present_tense(text, sentence, match, lemma, previous, following, adjacent)
    return True


# "a voice identified as Toledo's tells", "a voice said to be the regent's says".
AS_POSSESSIVE = re.compile(
    r"\b(?:as|to\s+be(?:\s+that\s+of)?)\s+(?:the\s+)?[\w-]+['’]s\s+$", re.IGNORECASE
)
# Whose words a participle after them may describe: "a voice identified as X's".
VOICE_NOUNS = frozenset(["voice", "voices"])
# An auxiliary before the participle right before a cue: "whose cars were stolen claim".
AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|has|have|had)\s+(?:\w+ly\s+)?[a-z]+\s+$",
    re.IGNORECASE,
)
# Verbs whose passive subject is the one addressed ("was asked to", "were told that").
ADDRESSED = frozenset(("ask", "tell", "warn", "advise", "invite"))
# Speech verbs whose passive subject is what was put out ("the plan was announced").
PUT_OUT = frozenset("announce reveal disclose unveil publish release report confirm post".split())
PASSIVE_ADVERB = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:first|later|also|then|since|\w+ly)\s+$",
    re.IGNORECASE,
)
PASSIVE_THAT = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier|later|yesterday|today)\b[^.;:\"“”]{0,40}?)?,?\s+that\b",
    re.IGNORECASE,
)
# "appears to tell", "seems to say": speech the text reports with a hedge.
SEEMS_TO = re.compile(r"\b(?:appears?|appeared|seems?|seemed)\s+to\s+$", re.IGNORECASE)
SEEMING_LEMMAS = frozenset(("tell", "say", "call", "warn", "promise", "ask"))
GOES_ON_TO = re.compile(r"\b(?:(?:goes|went|go|going)\s+on|proceeds|proceeded)\s+to\s+$", re.I)
# How a source is kept unnamed: "(asked) not to be named", "(spoke) on condition of anonymity".
ANONYMITY_AFTER = re.compile(
    r"\s*(?:not\s+to\s+be\s+(?:named|identified)\b|on\s+(?:the\s+)?condition\s+of\s+anonymity)",
    re.IGNORECASE,
)
# "whether the company would": what a question asks of someone, not what they said.
WHETHER_BEFORE = re.compile(
    r"\b(?:whether|if)\s+(?:[\w'’.-]+\s+){1,4}?(?:would|will|could|should|can|might)\s+$"
    # ("Asked whether she had considered resigning": a question put, no answer.)
    r"|\bAsked\s+(?:whether|if)\s+(?:[\w'’.-]+\s+){1,4}?(?:had|has|have|was|were|did)\s+$",
    re.IGNORECASE,
)
TO_BE_AFTER = re.compile(r"\s+to\s+(?:be|have\s+been)\b")


AS_QUOTE_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,4}\s+as\s+[\"“‘']")


def previous_is_gerund(before: list[re.Match[str]]) -> bool:
    """Whether the word before is a cue's "-ing" form ("describing protesting farmers")."""
    word = before[0].group() if before else ""
    return word.lower().endswith("ing") and lemma_frame(word) is not None


# "in a statement that", "on X on Monday that", "during an interview with ... that".
OCCASION_THEN_THAT = re.compile(
    r"\s+(?:in|on|at|during|via|through)\s+(?:(?:an?|the|his|her|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:statement|interview|post|letter|email|e-mail|message|speech"
    r"|video|tweet|meeting|hearing|briefing|conference|broadcast|podcast|programme|program"
    r"|show|caption|description|comment|(?-i:X)|Facebook|Instagram|TikTok|LinkedIn|radio|television|air"
    r"|column|op-ed|editorial|essay"
    # "saying through his lawyer that ...": who carried the words.
    r"|lawyer|solicitor|attorney|spokesman|spokeswoman|spokesperson)s?\b"
    # ("saying in a video posted on the sheriff's office's Facebook page that ...": past
    # where it was posted.)
    r"(?P<gap>[^.;:,\"“”]{0,60}?)\bthat\b"
    # "writing in French that ...": the language it was said in.
    r"|\s+in\s+(?-i:[A-Z][a-z]+)\s+that\b"
    # "saying on Sunday that ...", "saying last week that ...": when it was said.
    rf"|\s+(?:on\s+{_DAY}|last\s+(?:week|month|night)|yesterday|earlier|later)\s+that\b",
    re.IGNORECASE,
)
# ... but not "writing in a column for the small newspaper that her family owned", a
# relative clause on the noun before it.
RELATIVE_THAT_AFTER_NOUN = re.compile(
    r"\b(?:for|of|by|from|about|at|with)\s+(?:the|a|an|his|her|its|their|this)"
    r"\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s+that\b"
    r"(?!\s+(?:he|she|they|it|we|i|you)\s)(?!\s+[A-Z])"
)
COLON_AFTER_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,5}?:")
POSSESSIVE_LABEL = re.compile(r"\w['’]s\s")
# After a header's colon, a subject of a few words and a verb of saying.
SAYS_AFTER_COLON = re.compile(r"\s*(?:[\w'’.-]+\s+){1,6}?(?:says|said|tells|told|insists|warns)\b")
# Verbs that show a person doing something: "showed her mocking ...".
SHOWING = frozenset(
    "show shows showed shown showing reveal reveals revealed capture captures captured "
    "catch catches caught hear hears heard".split()
)
# What a gerund's content opens with: "that", a colon or a quotation mark,
# after up to four words of who was told ("her telling a private dinner that").
CONTENT_OPENS = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+that\b|\s*:|\s*[\"“]")


def _gerund_with_content(text: str, sentence: Sentence, match: re.Match[str], before: str) -> bool:
    """ "of her telling a dinner that ...", "showed her mocking their pay claim":
    after "her" or "his", an "-ing" cue followed by what was said (or, for a
    verb of stance, by what it is about), or shown by a verb of showing, is
    that person speaking, not a noun."""
    if before.lower() not in POSSESSIVE_DETERMINERS or not match.group().lower().endswith("ing"):
        return False
    if CONTENT_OPENS.match(text, match.end(), sentence.end) is not None:
        return True
    shown_by = previous_words(text, sentence.start, match.start(), 2)
    if len(shown_by) == 2 and shown_by[0].group().lower() in SHOWING:
        return True
    lemma = lemma_frame(match.group())
    after = WORD.search(text, match.end(), sentence.end)
    stance = lemma is not None and lemma[0] in OBJECT_VERBS.values()
    return stance and after is not None and after.group().lower() in DETERMINERS


def _bare_participle(text: str, sentence: Sentence, match: re.Match[str], lemma: str) -> bool:
    """ "The memo, written in March": a form that is only a past participle
    ("written", "spoken", "shown") without "has" or "had" before it describes
    a thing; nobody is saying anything."""
    form = match.group().lower()
    if not form.endswith("n") or form in (lemma, past_tense(lemma)):
        return False
    before = previous_words(text, sentence.start, match.start(), 2)
    return not any(word.group().lower() in PERFECT for word in before)


def _speaker_noun(word: str) -> bool:
    """ "Party leaders believe": a plural role or spokesperson noun can hold a belief."""
    lowered = word.lower()
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    return word.islower() and lowered != singular and singular in SPEAKER_NOUNS


# Words that open a noun phrase an "-ing" verb takes as its object ("telling a staffer").
OBJECT_DETERMINERS = frozenset("a an the his her their".split())


def _after_adjective(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """ "a strong showing", "the latest polling": an "-ing" form after a determiner
    and one modifier is a noun, unless someone follows it as its object ("caught on
    his microphone calling him a ...", "heard on the stream telling a staffer")."""
    before = previous_words(text, sentence.start, match.start(), 2)
    after = WORD.search(text, match.end(), sentence.end)
    following = after.group() if after else ""
    if following.lower() in OBJECT_PRONOUNS or AS_QUOTE_AFTER.match(text, match.end()):
        return False  # "recorded at a lunch describing farmers as "subsidy tourists""
    if following.lower() in OBJECT_DETERMINERS:
        return False
    return (
        len(before) == 2
        and before[0].group().lower() in DETERMINERS
        and before[1].group().islower()
        and not before[1].group().endswith(("ed", "ing"))
        and text[before[0].end() : match.start()].count(" ") == 2
        and "," not in text[before[0].end() : match.start()]
    )


REPORTED_MEDIUM = re.compile(
    r"(?:\s+(?:last\s+\w+|on\s+\w+day|yesterday))?\s+by\s+(?:an?|the)\b"
    # (Where it was put out next: not "reported the documents contained errors".)
    rf"|\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:{RECORDINGS}|{DOCUMENTS})"
    r"(?=\s+(?:on|in)\s+(?:its|their|his|her|a|an|the)\b|\s*[,.;])",
    re.IGNORECASE,
)
# What an author writes that says nothing itself: "written two books on the slave forts",
# "wrote a biography of the king".
WORKS_WRITTEN = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|six|several|many|numerous|dozens\s+of|\d+)\s+)?"
    r"(?:(?!(?:that|this|the|a|an|to|about|in|on|of|for|with|it|them)\b)[\w-]+\s+){0,2}?"
    r"(?:books?|novels?|biograph(?:y|ies)|memoirs?|histor(?:y|ies)|thesis"
    r"|theses|dissertations?|textbooks?|plays?|poems?|songs?|screenplays?)\b"
    # (Not the subject of a clause: "wrote the book was "riddled with errors"".)
    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|should|could|did|does)\b)",
    re.IGNORECASE,
)
# Words that count or pick out a plural noun's members: "seven Western states", "all
# Nordic countries".
# (Not a determiner: "The Guardian reports", "the Kremlin questions whether".)
COUNTING_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds "
    "several many most all both other few some these those".split()
)


def _present_tense(
    text: str,
    sentence: Sentence,
    match: re.Match[str],
    lemma: str,
    previous: str,
    following: str,
    adjacent: bool,
) -> bool:
    """Whether a base or "-s" form is a verb ("they say", "Smith says") and not a noun.

    "his support", "50 states", "support for", "in a tweet" are nouns; a form
    that is usually a noun ("support", "report", "comment") needs a subject
    right before it (a pronoun, a name, an auxiliary) to be a verb. Adverbs
    between the subject and the verb are stepped over ("Clinton regularly
    pledges").
    """
    # Not "a voice identified as Toledo's tells": a possessive standing for its noun.
    standing = AS_POSSESSIVE.search(text, max(sentence.start, match.start() - 40), match.start())
    possessive = previous.endswith(("'s", "’s", "s'", "s’")) and standing is None
    if adjacent and (previous[:1].isdigit() or possessive):
        return False
    # ("the handwritten notes that have put him ...": after a participle in "-en", a noun;
    # not after an auxiliary: "Drivers whose cars were stolen claim that ...".)
    participial = previous.endswith(("written", "taken", "hidden", "stolen", "spoken")) and not (
        AUXILIARY_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())
    )
    past = previous.endswith("ed") or previous in IRREGULAR_PAST
    if adjacent and previous.islower() and (participial or past):
        # "faced calls to resign": right after a verb in the past, a noun.
        return False
    if adjacent and previous.lower() in NOUN_ADJECTIVES:
        # "faces new calls to quit": after an adjective, a noun.
        return False
    opens_clause = adjacent and previous.lower() in ("and", "but")
    if opens_clause and following == "to" and (lemma == "call" or lemma in NOUN_LIKE):
        # "..., and calls to his mobile phone went unanswered": a noun opening a clause.
        return False
    previous = _subject_word(text, sentence, match.start()) or previous
    third_person = match.group().lower() != lemma
    before = previous_words(text, sentence.start, match.start(), 4)
    if indefinite_compound([m.group() for m in before], match.group(), following):
        return False
    if lemma in NOUN_LIKE:
        if following in ("of", "for"):
            return False
        if third_person and following == "that" and previous.lower() not in DETERMINERS:
            return True
        subject = previous.lower() in SUBJECT_WORDS or previous.lower() in AUXILIARIES
        # ("The slides state that ...": a plural subject, then the base form and "that".)
        plural = (
            not third_person
            and lemma not in ("show", "find")  # ("screenshots show that": evidence)
            and following == "that"
            and previous.islower()
            and previous.endswith("s")
            and not previous.endswith("ss")
            # (a clause after "that", not a relative: "The news report that aired ...")
            and CLAUSE_SUBJECT_AFTER_THAT.match(text, match.end()) is not None
        )
        subject = subject or plural
        # ("the note reads": a medium by a noun its patterns leave out for its other uses.)
        medium = third_person and (
            MEDIUM_NOUN.fullmatch(previous) is not None or previous.lower() in MEDIUM_NOUNS
        )
        evidence = previous.lower() in EVIDENCE_NOUNS
        # ("in seven Western states": a capitalised word that modifies a counted noun.)
        # ("in the Gulf states say": "the" after a preposition, a plural's determiner.)
        counted = len(before) >= 2 and (
            before[-2].group().lower() in COUNTING_WORDS
            or before[-2].group()[:1].isdigit()
            or (
                len(before) >= 3
                and before[-2].group().lower() == "the"
                and before[-3].group().lower() in PREPOSITIONS
            )
        )
        named = third_person and previous[:1].isupper() and not counted
        return subject or medium or evidence or named
    if third_person or _subject_before(previous):
        return True
    marks = text[match.end() : match.end() + 2].strip()[:1]
    if following == "that" or marks in (":", '"', "“", "'", "‘"):
        return True
    before_cue = text[max(sentence.start, match.start() - 60) : match.start()]
    return following == "" and "," in before_cue


def indefinite_compound(before: Sequence[str], word: str, following: str = "") -> bool:
    """ "a private Zoom call", "a Senate vote": after "a" or "an", lower-case
    modifiers and one capitalised word, a cue's base form ends one singular
    noun phrase (no singular subject takes a verb without "-s"). After "the"
    only when a verb or preposition follows ("the Zoom call obtained by"): "The
    Government say they ..." is British agreement with a collective noun."""
    found = lemma_frame(word)
    if found is None or word.lower() != found[0]:
        return False
    if not before or not before[-1][:1].isupper() or before[-1].lower().endswith("s"):
        return False
    lowered = following.lower()
    verb_or_preposition = (
        lowered.endswith("ed") or lowered in IRREGULAR_PAST or (lowered in PREPOSITIONS)
    )
    for modifier in reversed(before[:-1]):
        if modifier.lower() in ("a", "an") or (modifier.lower() == "the" and verb_or_preposition):
            return True
        if not modifier.islower() or modifier in JOINING_WORDS:
            return False
    return False


def _subject_word(text: str, sentence: Sentence, cue_start: int) -> str | None:
    """The word before a verb once adverbs are stepped over ("Clinton regularly pledges")."""
    for match in reversed(previous_words(text, sentence.start, cue_start, 4)):
        word = match.group()
        if not (word.lower().endswith("ly") or word.lower() in ("also", "still", "now", "often")):
            return word
    return None


def _label(name: str) -> bool:
    """A header that labels a paragraph: "Update", or one ending in a label in lower case
    with no one's possessive before it ("Sting video", "Leaked audio"; not "Minister's
    video", nor the name "Judicial Watch")."""
    last = name.split()[-1] if name.split() else ""
    return name.lower() in HEADER_LABELS or (
        last in HEADER_LABELS and "'s " not in name and "’s " not in name
    )


def names_someone(name: str) -> bool:
    """A header that can name a speaker: capitalised words, not "The Latest"."""
    capitalised = [w for w in name.split() if w[:1].isupper()]
    return bool(capitalised) and name.split()[0].lower() not in HEADER_OPENERS


def title_case(text: str, start: int, end: int) -> bool:
    """Whether a sentence is written in title case ("Trump Says He Will Win")."""
    long_words = [m.group() for m in words(text, start, end) if len(m.group()) > 3]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _subject_before(word: str) -> bool:
    """Whether a base or -s verb form can follow this word ("they say", "Smith says")."""
    lowered = word.lower()
    return (
        word[:1].isupper()
        or lowered in SUBJECT_WORDS
        or lowered in AUXILIARIES
        or (len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith("ss"))
    )


def _lead(text: str, sentence: Sentence, cue_start: int) -> tuple[int, str | None]:
    """Where the words that join a cue to what precedes it begin, and how it joins.

    ``joined`` is ``coordinated`` (", and said", "before adding", ", saying"),
    ``relative`` (", who he labelled") or None (the cue has its own subject).
    """
    previous = previous_words(text, sentence.start, cue_start, 3)
    lowered = [m.group().lower() for m in previous]
    cue_word = WORD.match(text, cue_start)
    participle = bool(cue_word) and cue_word.group().lower().endswith("ing")
    position = len(previous)
    while position and lowered[position - 1] in CONNECTIVE_ADVERBS:
        position -= 1
    if (
        position >= 2
        and lowered[position - 1] in ("has", "have")
        and lowered[position - 2] == "and"
        and text[: previous[position - 2].start()].rstrip().endswith(",")
    ):
        # "says he is mortified ..., and has told local radio he will not step down": a
        # second verb of the sentence's subject (not the "and had told" of what was said).
        return previous[position - 2].start(), "coordinated"
    if position and lowered[position - 1] in JOINING_WORDS:
        return previous[position - 1].start(), "coordinated"
    if position >= 2 and lowered[position - 2] in RELATIVES and lowered[position - 1] in PRONOUNS:
        start = previous[position - 2].start()
        return _back_over_comma(text, start), "relative"
    gap_start = previous[position - 1].end() if position else sentence.start
    if participle and "," in text[gap_start:cue_start]:
        return gap_start + text[gap_start:cue_start].index(","), "coordinated"
    # "Premier backs Lindgren, says leak was 'malicious'": in a headline, "says" after a
    # stance's object is the stance-taker's second verb, not the object's.
    says = bool(cue_word) and cue_word.group() == "says" and text[gap_start:cue_start] == ", "
    if says and sentence.paragraph == 0 and HEADLINE_STANCE.search(text, sentence.start, gap_start):
        return gap_start, "coordinated"
    speech = bool(cue_word) and CLAUSE_VERBS.get(cue_word.group().lower()) not in NOT_SPEECH
    if participle and speech and not text[sentence.start : cue_start].strip(" \"'“‘"):
        return cue_start, "opening"
    return cue_start, None


def _back_over_comma(text: str, start: int) -> int:
    stripped = text[:start].rstrip()
    return len(stripped) - 1 if stripped.endswith(",") else start


def looks_like_clause(text: str, start: int, end: int, spans: Sequence[QuoteSpan]) -> bool:
    """Whether ``text[start:end]`` reads as a reported clause, not a noun phrase.

    A clause has a finite verb (an auxiliary, a past tense, an irregular
    past, a present-tense "-s" verb after its subject), opens with a subject
    pronoun ("he plans to ..."), or carries quoted words.
    """
    if any(start <= span.open_at < end for span in spans):
        return True
    tokens = [m.group() for m in words(text, start, end)]
    first = CONTRACTION.sub("", tokens[0].lower()) if tokens else ""
    if first in OBJECT_PRONOUNS and len(tokens) > 1 and tokens[1].endswith("ing"):
        return True  # "him describing ...", "her mocking their pay claim"
    if tokens and first in SUBJECT_PRONOUNS and (len(tokens) > 1 or first != tokens[0].lower()):
        return True
    for position, token in enumerate(tokens):
        word = token.lower()
        if word in AUXILIARIES or word in IRREGULAR_PAST:
            return True
        if past_form(word):
            return True
        previous = tokens[position - 1].lower() if position else ""
        if (
            position
            and token.islower()
            and len(word) > 3
            and word.endswith("s")
            # Nor a possessive: "at Tuesday night's council meeting".
            and not word.endswith(("ss", "us", "ous", "ics", "'s", "’s"))
            and previous not in DETERMINERS
            and previous not in PREPOSITIONS
        ):
            return True
    return False
