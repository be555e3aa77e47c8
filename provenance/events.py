"""Events: group statements into the story's events and date them.

The story of a leak is read from its statements and channels:

- the **remark** is what was said through a leaked channel ("in the leaked
  recording"); its actor is the person who said it, its target the person
  it is most about. It is an event even when its time is unknown. Words
  that came out through two kinds of medium, each named beside who put it
  out ("the Observer published an email in which he wrote ...", "a
  recording, which Tidewater Radio aired"), are two remarks;
- the **leak** is the disclosure: a leaked channel and whoever published
  it ("published by the X website"). Each other publisher of the remark
  makes a leak of its own ("streamed live on its YouTube channel", then
  "posted it on Facebook"), but an outlet that only "obtained" or "reviewed" it
  does not;
- a **response** is any other statement by the remark's author;
- a **defence** or an **attack** is a statement by someone else whose
  sentences carry a defence cue ("stood by", "backed") or an attack cue
  ("seized on", "hit out at"); its target is the person the cue names, or
  the remark's author;
- a **report** is a statement whose speaker is a news outlet; anything else
  is a **statement**. Statements in captions and bylines describe the
  coverage, not the story, and make no event.

Statements of one actor and one type make one event, but for an author who
answered on two occasions, each dated on a different day ("denied it in a
statement on Tuesday ... apologised in a letter on Friday"): those are two
responses. An event is dated by a
time expression in its own sentences outside what was said ("Speaking on
Tuesday afternoon, X said"), or, for a public statement, by "today" (or
"this morning") in the speaker's own words, which puts the utterance on
that day. Times inside reported content ("could be led ... on Friday")
date what was said, not the saying.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from attrs import evolve, frozen

from provenance.lexicon import (
    ALLY_WORDS,
    ATTACK_CUES,
    CARRIED_LIVE_RULE,
    CRITICISM_WORDS,
    DEFENCE_CUES,
    DEFINITE,
    DOCUMENTS,
    KIND_OF_MEDIUM,
    MEDIUM_NOUNS,
    OPPONENT_WORDS,
    PLAYED_ON_AIR,
    PLAYED_ON_AIR_RULE,
    POSSESSIVE_DETERMINERS,
    POSTED_TO_GROUP_RULE,
    PREPOSITIONS,
    PRONOUNS,
    PUT_OUT,
    RECORDINGS,
    RELATIVE_ASIDE_OPENER,
    REMARK_NOUNS,
    SUPPORT_WORDS,
    WEEKDAY_NAMES,
    WENT_ROUND_RULE,
    WHICH_CLAUSE,
    past_tense,
)
from provenance.records import (
    Article,
    Channel,
    Entity,
    Event,
    Mention,
    Quote,
    Segments,
    Sentence,
    TimeExpression,
)
from provenance.scanning import Scan
from provenance.times import interval

# (Not the point or comma of a number: "its 18.30 bulletin", "1,800 members".)
CLAUSE_END = re.compile(r"[;!?]|[,:.](?!\d)")
# What opens a clause of something that came before or after: "... before a blogger ...".
LATER_CLAUSE = re.compile(r"\s(?:before|after|until|when|then)\s")
# Where a caption is written: "he wrote above the clip", "posted with the video".
CAPTION_AFTER = re.compile(
    rf"\s+(?:above|below|under|beneath|alongside|beside|with)\s+(?:(?:the|his|her|their|a|an)\s+"
    # ("..., the party wrote alongside it.": the clip just put out.)
    rf"(?:[\w-]+\s+)?(?:{RECORDINGS}|posts?)\b|it\s*[.,;]|them\s*[.,;])",
    re.IGNORECASE,
)
# "Publishing it, the group said ...", "In posting the recording on Friday, the site
# said ...": words said in the act of putting the medium out.
PUTTING_IT_OUT = re.compile(
    r"\s*(?:In\s+)?(?:[Pp]ublishing|[Pp]osting|[Rr]eleasing|[Ss]haring|[Uu]ploading|[Aa]iring"
    # (The medium itself: not "Sharing the stage with farmers on Monday, the group said".)
    r"|[Bb]roadcasting)\s+(?:it|them|(?:the|its|their|an?)\s+(?:[\w-]+\s+)?"
    rf"(?:{RECORDINGS}|{DOCUMENTS}))(?:\s+[\w.-]+){{0,4}}?,"
)
# "..., she wrote under the video", "with the clip": the medium itself, put out.
UNDER_THE_MEDIUM = re.compile(
    rf"\s+(?:above|below|under|beneath|alongside|beside|with)\s+the\s+(?:[\w-]+\s+)?"
    rf"(?:{RECORDINGS})\b",
    re.IGNORECASE,
)
NAME_ASIDE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # "broadcast the footage, uncut, in its news bulletin": how, in a word or two.
    r"|(?:in\s+)?(?:full|uncut|unedited|unabridged|verbatim|whole|live|online|anonymously)"
    # ("posted the full episode, break included, to its feed": what it kept.)
    r"|[\w-]+\s+included"
    # "posted the video, filmed on a guest's phone, on the night of Nov. 11": how it was made.
    r"|(?:filmed|recorded|shot|taken|captured)\s+(?:on|by|with|from)\s+[^,.;:\"“”]{1,50}),"
)
BUT = re.compile(r"\bbut\b")
OUTLET_ASIDE = re.compile(
    r"(?:\s*\([A-Z][\w&-]*\))?(?:,\s+(?:an?|the)\s+[^,.;:\"“”]{1,60},"
    # "The audio, just under three minutes long, surfaced ...": how long it is.
    r"|,\s+(?:just\s+|only\s+)?(?:under|over|about|nearly|almost|less|more|some)\b[^,.;:\"“”]{1,50},)?"
)
# What an outlet is, between its name and its verb: "Myitta Post, a news website run by
# journalists who left Myanmar after the 2021 coup, published".
DESCRIBED_OUTLET = re.compile(r",\s+(?:an?|the)\s+(?:[^,.;:\"“”]|[,.](?=\d)){1,120},")
# What opens a clause telling what a medium holds: "text messages in which she ...".
CONTENT_CLAUSE = re.compile(
    # (Not "that evening": a time counted from the day before.)
    r"\b(?:which|who|whom|whose|that(?!\s+(?:day|morning|afternoon|evening|night|week)\b)"
    r"|where|when|showing|saying)\b",
    re.IGNORECASE,
)
# A time right after a verb of sending: "on the evening of 10 November", "on Monday",
# "in March", "last week" (not "sent in his resignation").
_WHEN_SENT = (
    r"(?=(?:on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:\d|(?-i:[A-Z]))"
    r"|(?:last|earlier|late)\s)"
)
# "published screenshots of messages X had sent on the evening of 10 November": a
# pluperfect after the publishing tells of something earlier, the medium's making.
EARLIER_DEED = re.compile(
    r"\b(?:had\s+(?:\w+ly\s+)?(?:sent|written|recorded|made|filmed|typed|said|told|drafted)"
    rf"|(?:he|she|they)\s+(?:sent|wrote|recorded))\s+{_WHEN_SENT}"
    # ... or the meeting a record is of: "published the minutes of a meeting of the
    # department's management committee held on 18 August".
    r"|\bof\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:meeting|session|hearing)\b[^.;]{0,80}?"
    rf"\bheld\s+{_WHEN_SENT}"
)
# "a remark in which he called ...": a relative clause of a remark or medium, and
# one whose subject comes next ("an audio clip in which X is heard asking").
IN_WHICH = re.compile(rf"\b{WHICH_CLAUSE}\b", re.IGNORECASE)
# (Past the title before the source's name, and the short particles of names in it: "in
# which Dar es Salaam Regional Commissioner (RC) Hon. Abdallah Salum Kisenge is heard".)
IN_WHICH_BEFORE = re.compile(
    rf"\b{WHICH_CLAUSE}\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+|\((?-i:[A-Z])+\)\s+|(?-i:[a-z]){1,3}\s+){0,8}$",
    re.IGNORECASE,
)
# A reaction's main clause before the leak it follows: "X apologised on Thursday
# after a leaked memo showed him ...", "walked out on Wednesday over a leaked
# message": the day dates the reaction, not the medium.
REACTION_CLAUSE = re.compile(
    r"\b(?:after|following|since|once|when)\b"
    # "staged a walkout ... over a leaked voice message": not "over dinner".
    rf"|\bover\s+(?:(?:a|an|the|his|her|their)\s+)?(?:leaked\s+)?(?:[\w-]+\s+)?"
    rf"(?:{KIND_OF_MEDIUM}(?:{RECORDINGS}|{DOCUMENTS})|remarks|comments)\b",
    re.IGNORECASE,
)
PUBLISHING = re.compile(
    r"\b(?:published|broadcast|aired|released|posted|obtained|emerged|surfaced|leaked)\b",
    re.IGNORECASE,
)
IT_OPENS = re.compile(r"\s*(?:It|They)\s+(?=(?:was|were)\b)")
LEAKED_MEDIUM = re.compile(
    rf"leaked\s+{KIND_OF_MEDIUM}(?:{RECORDINGS}|{DOCUMENTS})\b", re.IGNORECASE
)
CAME_OUT = re.compile(
    r"\b(?:(?:first\s+)?(?:surfaced|emerged|appeared|came\s+out|came\s+to\s+light|went\s+viral)"
    # ("was first posted on Tuesday evening by an anonymous account on Telegram")
    r"|(?:was|were)\s+(?:first\s+)?(?:posted|uploaded|leaked|shared))"
    r"\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# "was the first outlet to report on it", "were the first to publish the clip".
FIRST_TO_REPORT = re.compile(
    r"\b(?:was|were)\s+the\s+first(?:\s+[\w-]+){0,2}?\s+to\s+"
    r"(?:report|publish|break|air|carry|reveal)\w*\b",
    re.IGNORECASE,
)
WHEN_AFTER = re.compile(r",?\s+when\b")
RELATIVE_IN = re.compile(r",\s+(?:which|who|that)\b")
# ", and" or "; then" opening a clause of its own.
JOINED_CLAUSE = re.compile(r"(?:,|;)\s+(?:and|but|then|while)\s+", re.IGNORECASE)
# "had sent them to a colleague": a medium named by its pronoun and sent by its author.
SENT_IT = re.compile(
    # ("he had sent the message to the group on Jan. 28": the medium by its noun.)
    r"\bhad\s+(?P<verb>sent|written|recorded|left)\s+(?:them|it|the\s+(?P<noun>[\w-]+))\b"
    # "screenshots of messages X had sent on the evening of 10 November", "messages he
    # sent on ...": the medium the relative clause is about, and when.
    rf"|\bhad\s+(?P<sent>sent|written|recorded)\s+{_WHEN_SENT}"
    rf"|(?:(?<=\bhe\s)|(?<=\bshe\s))(?P<past>sent|wrote|recorded)\s+{_WHEN_SENT}"
    # "The station said it was sent on the evening of Feb. 7", "said the note had been
    # sent on the night of Saturday": the medium by its pronoun (or a bare "note") in
    # the passive, and when.
    # (Only after its reporter's verb: not "Nurses said they were sent on Friday to ...",
    # nor "It was written in January" of something else.)
    r"|(?<=said\s)(?:it|the\s+note)\s+(?:was|had\s+been)\s+"
    rf"(?P<passive>sent|recorded|written|filmed)\s+{_WHEN_SENT}",
    re.I,
)
# A participle of speaking set off after a clause: ", saying in a post that ...".
SAYING_AFTER = re.compile(r",\s+(?:saying|writing|telling|adding)\b")
# A third-person singular pronoun: who a quotation may speak of.
THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)
DEICTIC_PRESENT = re.compile(r"^(?:today|tonight|this (?:morning|afternoon|evening))$", re.I)


# Any span of text: a mention's words, as a match a stance can cite.
ANY = re.compile(r".+", re.DOTALL)
# An institution's caution: "is aware of the video", "is reviewing the matter".
NEUTRAL = re.compile(
    r"\b(?:aware|review\w*|taken\s+note|looking\s+into|comment\w*|matter|process|guidance"
    r"|investigat\w*|policy|procedures?)\b",
    re.IGNORECASE,
)
# What a leaked medium is said to prove ("the memo showed that", "the messages
# confirmed what families had long suspected"), and "now we know".
SHOWN_BY_MEDIUM = re.compile(
    rf"\b(?:the|this|that|these|those)\s+(?:leaked\s+)?(?:{'|'.join(sorted(MEDIUM_NOUNS))})"
    r"\s+(?:(?:had|have|has)\s+)?(?:show|shows|showed|shown|confirm|confirms|confirmed|prove"
    r"|proves|proved|proven|reveal|reveals|revealed|expose|exposes|exposed)\b"
    r"|\bnow\s+we\s+know\b",
    re.IGNORECASE,
)
# "it had opened an inquiry", "has launched an administrative investigation", and then
# "while the inquiry is under way": the speaker's own procedure.
INQUIRY_OPENED = re.compile(
    # (Done, not asked for: not "must set up an inquiry", "wants the president to open one".)
    r"\b(?:(?:opened|launched|began|begun|started)\s+(?:an?|its\s+own)|while\s+the)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
DEFENCE = Scan.of_phrases(DEFENCE_CUES)
ATTACK = Scan.of_phrases(ATTACK_CUES)
# "called on the league to ban Zervoudakis": a call for an act against someone (not
# "called on depositors to be patient").
CALLED_ON_TO_ACT = Scan.of(
    r"\bcall(?:ed|s|ing)\s+on\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:(?:immediately|formally)\s+)?"
    r"(?:resign|apologi[sz]e|step\s+(?:down|aside)|quit|sack|suspend|dismiss|remove|fire|ban"
    r"|expel|investigate|withdraw|retract|disown|condemn|arrest|charge|prosecute|freeze|halt"
    r"|stop|scrap|block|cancel|reverse|reject|explain|account|answer|meet"
    r"|open\s+an?\s+(?:\w+\s+)?(?:inquiry"
    r"|investigation))\b",
    "on",
)


def _day_between(phrases: tuple[str, ...]) -> Scan:
    """A cue of two or more words with a day between its first and the rest ("called
    Monday for an inquiry", "stood on Tuesday by the mayor")."""
    split = [phrase.split(" ", 1) for phrase in phrases if " " in phrase]
    alternatives = "|".join(
        rf"{re.escape(first)}\s+(?:on\s+)?{WEEKDAY_NAMES}\s+{re.escape(rest)}"
        for first, rest in split
    )
    return Scan.of(rf"\b(?:{alternatives})\b", *sorted({first for first, _ in split}))


DEFENCE_DAY = _day_between(DEFENCE_CUES)
ATTACK_DAY = _day_between(ATTACK_CUES)
SUPPORT = Scan.of_phrases(SUPPORT_WORDS)
CRITICISM = Scan.of_phrases(CRITICISM_WORDS)
ALLY = Scan.of_phrases(ALLY_WORDS)
OPPONENT = Scan.of_phrases(OPPONENT_WORDS)
# A medium's voices heard on it: "'can be heard' + '-ing' cue".
HEARD_ON = re.compile(r"'(?:can|could)\s+(?:then\s+|also\s+)?be heard'")
# The verbs of putting a medium out, before where it went.
PUT_OUT_VERB = re.compile(r"\b(?:posted|uploaded|shared|published|aired|released)\b", re.IGNORECASE)
# A negation earlier in the clause, not past "but" or "and": "didn't write it was ...";
# or a doubt ("should ask themselves whether they still have confidence in her"; not
# "Whether she stays or goes she has done a great job", two ways either of which holds).
NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\b(?:(?!\b(?:but|and)\b)[^.,;:!?]){0,40}$"
    # ("whether staff or residents still have confidence": two subjects, one doubt.)
    r"|\bwhether\b(?!\s+[\w'’]+\s+[\w'’]+\s+or\b)(?:(?!\b(?:but|and)\b)[^.,;:!?]){0,40}$",
    re.IGNORECASE,
)
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# An occasion named again: "Speaking on the programme", "told the crowd".
LATER = re.compile(r"\b(?:later|afterwards)\b", re.IGNORECASE)
OCCASION_AGAIN = re.compile(
    r"\b(?:the|that)\s+(?:programme|program|show|crowd|meeting|session|briefing|rally|protest"
    r"|sitting|debate|hearing|conference|gathering|broadcast|demonstration|vigil|march)\b"
    # "About 300 members of the forum marched to the office. X told the protesters ...":
    # those gathered, as whom the speaker addressed.
    r"|\b(?:told|telling|addressed|addressing)\s+(?:the|those)\s+"
    r"(?:protesters|protestors|marchers|demonstrators|audience)\b",
    re.IGNORECASE,
)
# "Its editor, X,", "Svjetionik's editor-in-chief, X,", "The program's host, X,": who
# speaks for an outlet.
EDITOR_OF = re.compile(
    # ("The station's news editor, Mélanie Wéa,": the outlet named last, by its kind.)
    r"(?:(?P<its>[Ii]ts|[Tt]he\s+(?:program|programme|show|station|paper|newspaper|site"
    r"|website|channel|magazine)['’]s)|(?:[Tt]he\s+)?"
    r"(?P<owner>[^,]{1,60}?)['’]s)\s+(?:[\w-]+\s+)?"
    # ("Its news director, Fiona Trebilcock,": who runs its news.)
    r"(?:editor|editor-in-chief|publisher|host|presenter|(?:news|editorial)\s+director"
    r"|head\s+of\s+news)\b"
    # "Justinas Norkus, the editor of Tyrimų Lapas,": the outlet after "of" (not a
    # former one's).
    r"|[^,]{1,60},\s+(?:the\s+)?(?:(?!(?:former|ex|onetime|then)\b)[\w-]+\s+)?"
    r"(?:editor|editor-in-chief|publisher)\s+of\s+"
    r"(?:the\s+)?(?P<of>[^,]{1,60}?)(?=,?$)"
)
AND_THAT = re.compile(r"\band\s+that\b|;")
CAME_BY = re.compile(
    r"\b(?:received|obtained|was\s+given|were\s+given|been\s+(?:sent|given|passed|handed))\b"
)
# What an officer of a leaker says of its leak: the medium, or how the body came by it.
ABOUT_THE_MEDIUM = re.compile(
    rf"\b(?:{RECORDINGS}|{DOCUMENTS}|it|them|sent|given|received|obtained|passed|leaked)\b",
    re.IGNORECASE,
)
# A second clause after a channel, with a subject of its own: ", and the campaign called it".
SECOND_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+")
# An officer of a body named just before: "Its executive director, Lydia Marquardt,".
OFFICER_OF = re.compile(
    r"[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:director|chairman|chairwoman|chairperson|chair|president"
    r"|spokesman|spokeswoman|spokesperson|founder|co-founder|coordinator|head|leader|secretary)\b"
)
# "The memo, written in March", "the audio ... was recorded at a dinner last
# month": the participle after a medium, or its passive verb, says when it was made.
MADE_VERBS = (
    r"(?P<verb>written|recorded|made|filmed|sent|taken|drafted|dated|captured|shot|left"
    # (Not "had been taken down from the commission's page": removed, not made.)
    r"|exchanged)\b(?!\s+(?:down|off)\b)"
)
MEDIUM_NOUN = re.compile(
    # ("The clip is a voice message of a minute that X sent": what the medium is.)
    rf"\b(?:the|this|that|(?:(?<=\bis\s)|(?<=\bwas\s))(?P<predicate>a))\s+(?:(?!(?:the|this|that|a|an)\b)[\w-]+\s+)??{KIND_OF_MEDIUM}"
    rf"(?:(?P<recording>{RECORDINGS})|(?P<document>{DOCUMENTS}|note))\b",
    re.IGNORECASE,
)
# The subject of "is a voice message": a medium itself ("The clip is a voice message"; not
# "His only reply was a message sent to party members").
MEDIUM_SUBJECT = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{RECORDINGS}|{DOCUMENTS})"
    r"(?:\s+[^,.;]{0,40}?)?\s+(?:is|was)\s+$",
    re.IGNORECASE,
)
# A message spoken, not written: "the message" or "the note" after "a leaked voice
# note" is that recording.
VOICE_MESSAGE = re.compile(r"\bvoice\s*(?:notes?|messages?|mails?|memos?)\b", re.IGNORECASE)
LASTING = re.compile(r"\d+-(?:second|minute|hour)\b")
RECORDED_BEFORE = re.compile(r"\b(?:recorded|filmed|taped)\s+$", re.IGNORECASE)
MADE_AFTER_MEDIUM = re.compile(
    # ("The emails, three messages sent in early September to X,": what they are, then
    # when they were made.)
    rf"(?:,\s+(?:[\w-]+\s+){{1,3}}?|,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?)"
    rf"(?:first\s+)?{MADE_VERBS}"
    # "The voice note, which Khumalo sent to a WhatsApp group on 2 October,", "a voice
    # message of a little over a minute that Mr Khải sent on the evening of November 19".
    r"|(?:\s+of\s+(?:[\w-]+\s+){1,5}?)?,?\s*(?:which|that)\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?P<maker>sent|recorded|wrote|made|filmed|left"
    r"|shot|drafted|dictated)\b",
    re.IGNORECASE,
)
# "were written by X and sent on the evening of 28 October": a second participle.
# (Not "and shared last week with the newspaper", "and posted on Monday on X by a fellow
# board member": its leak.)
JOINED_MAKING = re.compile(
    rf",?\s+and\s+(?:then\s+)?(?P<verb>sent|recorded)\s+{_WHEN_SENT}(?![^,.;]*\b(?:by|with)\s)",
    re.IGNORECASE,
)
# "Akerman sent that email to senior staff on Nov. 21": its maker's verb before it.
MADE_BEFORE_MEDIUM = re.compile(
    r"\b(?P<verb>sent|wrote|recorded|made|filmed|drafted|left|shot)\s+$", re.IGNORECASE
)
# "The remarks were made in the council chamber on Monday evening", "The exchange took
# place Jan. 29": when the remark was made.
REMARK_OCCASIONS = (
    rf"(?:{REMARK_NOUNS}|call|conversation|meeting|dinner|town\s+hall|fundraiser|retreat"
    r"|lunch|reception|gathering)"
)
# A date before the noun of an occasion or medium ("a Sept. 17 conference call",
# "Tuesday's all-hands meeting", "a 2013 memo"): it dates that occasion, not the
# verb of its clause.
DATES_AN_OCCASION = re.compile(
    # (Not "apologised on Tuesday night for voice messages": a preposition's object.)
    r"(?:['’]s)?\s+(?:(?!(?:for|over|about|after|before|on|in|at|with|by|to|from|of)\b)[\w-]+\s+)?"
    rf"(?:{KIND_OF_MEDIUM}(?:{RECORDINGS}|{DOCUMENTS})"
    rf"|{REMARK_OCCASIONS}|conference|hearing|session|speech|event)\b",
    re.IGNORECASE,
)
# "at the end of a live-streamed county council session", "during a staff meeting": the
# occasion of a remark, by its noun.
REMARK_OCCASION_AT = re.compile(
    r"\b(?:at|during|after)\s+(?:the\s+(?:end|close|start)\s+of\s+)?(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,4}?(?P<noun>session|meeting|dinner|conference|hearing|fundraiser|retreat"
    r"|lunch|reception|gathering|event|call)\b",
    re.IGNORECASE,
)
# "The call, on 4 November, was a routine monthly meeting": the occasion's date set
# after its noun, between commas (the text before the date).
DATED_AFTER_OCCASION = re.compile(r"\b(?:the|that)\s+(?P<noun>\w+),\s+(?:held\s+)?on\s+$", re.I)
MADE_PASSIVE = re.compile(
    rf"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    # "The recording is understood to have been made at a closed-door meeting ...".
    rf"|(?:is|are|was|were)\s+(?:understood|believed|thought|said|reported)\s+to\s+have\s+been\s+)"
    rf"{MADE_VERBS}"
    # "The clip is from a review meeting that X chaired on July 16": the occasion's day.
    rf"|\b(?:is|are|was|were)\s+(?P<occasion>from)\s+(?:a|an|the|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{REMARK_OCCASIONS}\b"
    # "The email, which surfaced last week, went to the district's 14 principals on the
    # afternoon of Feb. 20": sent.
    r"|\b(?P<went>went)\s+(?:out\s+)?to\b(?!\s+(?:air|print|press|court)\b)",
    re.IGNORECASE,
)
# Right after a medium, past an aside: where "went to" is its own going.
WENT_RIGHT_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+went\s+(?:out\s+)?to\b")
# The nouns of an occasion that an aside may follow before its verb.
_REMARK_OCCASION_END = (
    r"(?:(?<=call)|(?<=dinner)|(?<=conversation)|(?<=remark)|(?<=remarks)|(?<=comment)"
    r"|(?<=comments)|(?<=exchange))"
)
REMARK_MADE = re.compile(
    # "he had recorded the call on 17 February": the occasion recorded, then when.
    r"\b(?P<taped>recorded|taped|filmed)\s+(?:the|his|her|their|that)\s+(?:[\w-]+\s+)?"
    rf"{REMARK_OCCASIONS}\b"
    # "The call took place last month": the occasion of the remarks, too.
    rf"|\b(?:the|his|her|their|these|those)\s+(?:[\w-]+\s+)?"
    # "The call, which was recorded by the company's provider, took place on 4 August",
    # "The dinner, for about 60 sponsors, was held ... on 14 May": past an aside.
    # (Past an aside only for the remarks, a call, a conversation or a dinner: not "The
    # board meeting, chaired by X, took place on October 30 and voted to suspend him".)
    rf"{REMARK_OCCASIONS}(?:{_REMARK_OCCASION_END},\s+[^,.;:\"“”]{{1,80}},\s+|\s+|,\s+which\s+"
    r"|(?=,\s+(?:time-?stamped|dated)\s))"
    r"(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>made(?!\s+(?:public|available|known))"
    r"|said|uttered"
    r"|spoken|recorded|captured)"
    # "The comment is time-stamped Jan. 22", "The comments, time-stamped 6 November,".
    r"|(?:(?:is|are|was|were)\s+|,\s+)(?P<stamped>time-?stamped|dated)"
    # "The remarks came during a short recess in the board's Oct. 14 meeting", "the
    # call, which took place on Sept. 16".
    r"|(?P<happened>took\s+place|happened|occurred|was\s+held|had\s+taken\s+place"
    # "The call is understood to have taken place on the afternoon of October 27".
    r"|(?:is|are|was|were)\s+(?:understood|believed|thought|said|reported)\s+to\s+have\s+"
    r"taken\s+place"
    r"|came\s+(?:during|at|in|on)))\b"
    # "The remarks, recorded at a meeting of bureau staff on 10 March,": made, then when
    # (and "the remarks, which the sheriff made during a traffic stop on Nov. 13").
    r"|\b(?:the|his|her|their|these|those)\s+(?:[\w-]+\s+)?(?:remarks?|comments?),\s+"
    r"(?P<apposed>made|recorded|uttered)\b(?!\s+(?:public|available|known))"
    # (Then where or when: not "which Mabry made no attempt to retract on Nov. 20".)
    r"|\b(?:the|his|her|their|these|those)\s+(?:[\w-]+\s+)?(?:remarks?|comments?),\s+"
    r"which\s+(?:[\w'’.-]+\s+){1,3}?(?P<which>made|uttered)\b"
    r"(?!\s+(?:no|a|an|the|clear|headlines|it|sure|public|available|known|good|up|out|his|her"
    r"|their|light|fun|much|little)\b)"
    # "Hallstrom made the remark on Sept. 12 at a fundraising dinner".
    rf"|\b(?P<made>made)\s+(?:the|these|those|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:remarks?|comments?)\b(?!\s+(?:public|known))"
    # "Erginsoy presented the 31-slide deck at a closed meeting on 28 October": slides
    # and their notes say what they say when they are shown.
    # (Not "showed the slides to a reporter": a leaker's showing.)
    r"|\b(?P<presented>presented|showed)\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deck|slides|slideshow|presentation)\b(?!\s+to\b)"
    # "The minutes cover a meeting of the board ..., held on the evening of 10 November":
    # the record, the occasion it is of, and when that was held.
    rf"|\b(?:{DOCUMENTS}|{RECORDINGS}|minutes)\s+(?:cover|covers|covered|record|records|recorded)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|hearing|call|dinner)\b"
    # (Held as the occasion was, after a comma or "was": not "which has held power since
    # 2009", "whose firm later held a launch party".)
    r"(?:(?!\b(?:which|who|whose|that|where)\b)[^.;\"“”]){0,160}?(?:,\s+|\b(?:was|were)\s+"
    # ("a meeting of the party's regional executive held on ...": right after what it is of.)
    r"|(?<=[\w'’])\s+(?=held\s+(?:on|in|at|last)\b))"
    r"(?P<held>held)\b",
    re.IGNORECASE,
)
# What names the remarks themselves, or the medium by its pronoun.
THE_REMARKS = frozenset("remark remarks comment comments exchange medium".split())
REMARK_OCCASION = re.compile(REMARK_OCCASIONS, re.IGNORECASE)
# How many words a partial quotation needs to echo what a medium carried ("vote on
# autopilot"; a lone "commission" may be anyone's word).
ECHO_WORDS = 3
# What someone is blamed or sorry for is the remark itself, however short the words
# quoted: "has apologized for calling them "wharf rats"".
FOR_THE_REMARK = re.compile(r"\bfor\s+$", re.IGNORECASE)
# What may stand before a time that opens a sentence: nothing, or its preposition.
# ("Hours later, on Tuesday evening, the portal X published ...": how long after, first.)
OPENING_PREPOSITION = re.compile(
    r"(?:(?:(?:hours|minutes|days|moments|weeks|not\s+long)\s+)?(?:later|afterwards),\s+)?"
    # ("Later that night she posted ...": later on the day just told.)
    r"(?:later|(?:(?:late|early)\s+)?(?:on|in|at|by)?)",
    re.IGNORECASE,
)
# ", who represents the 3rd Ward,": a relative clause closed by a comma.
# ("at the regional hokimiyat, or administration, on Monday": a gloss, too.)
CLOSED_ASIDE = re.compile(
    rf"(?:{RELATIVE_ASIDE_OPENER}|,\s+or\b)[^,.;:]*,"
    # ("sent by the chief executive, Helen Strudwick, to senior managers on 30 March": a
    # name in apposition.)
    r"|,\s+(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3},"
)
AND_VERB = re.compile(
    r"\s+and\s+(?:(?:was|were|then|later|first|has|had|been)\s+)*"
    r"(?:(?-i:[a-z]\w+ed)|sent|made|written|shot|shown|taken|broadcast|put|left|seen|given"
    r"|sold|handed|passed|brought|leaked)\b",
    re.IGNORECASE,
)
RELATIVE_ASIDE = re.compile(RELATIVE_ASIDE_OPENER, re.IGNORECASE)
# Occasions a medium may be played out at, which have no publisher of their own.
OCCASIONS_PLAYED_AT = frozenset(("speech", "interview"))
# Since when a state has held, not when anything was said: "X, political adviser to the
# prefect since he took office in May 2023, resigned on Tuesday".
SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# An aside about a person: "Catriona Muirhead, who has led the association since 2019,".
PERSONAL_ASIDE = re.compile(r",\s+(?:who|whose|whom)\b", re.IGNORECASE)
SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|since|following|as|because|once|until|according\s+to|which|that)\b"
)
TRANSCRIPTS = ("transcript", "transcripts")
OBTAINED_VERBS = ("obtained", "seen", "reviewed", "viewed")
MESSAGE_NOUNS = frozenset(
    "message messages note notes texts chat chats post posts tweet tweets".split()
)
POSTED_PASSIVE = re.compile(rf"\b(?:was|were)\s+(?:first\s+)?(?P<verb>{PUT_OUT})\b", re.IGNORECASE)
# "The messages were posted on Nov. 3": messages are posted (or sent) when they are
# written; "were published" or "were leaked" says when they came out.
MESSAGES_SENT = re.compile(
    r"\b(?:was|were)\s+(?:first\s+)?(?P<verb>posted|sent|shared)\b", re.IGNORECASE
)
# "The messages, posted in a private channel for senior staff earlier this year,": sent
# to those they were written for (not "posted on X by a former employee": leaked).
MESSAGES_SENT_AFTER = re.compile(
    r",\s+(?:(?P<verb>sent)|(?P<maker>posted)\s+(?=(?:in|to)\s+(?:an?|the|their|his|her)\s))"
    # (Not "posted in a nurses' Facebook group on Monday by a fellow board member".)
    r"(?![^,.;]*\bby\s)",
    re.IGNORECASE,
)
LEAKED_POSSESSION = Scan.of(
    r"\b(?P<owner>his|her)\s+leaked\s+(?:comments|remarks|criticism|words|recording|messages|email|emails|memo)\b",
    "leaked",
)


# A relative clause in a statement's source, saying what its speaker does.
SOURCE_RELATIVE = re.compile(r"\b(?:who|that|which)\b", re.IGNORECASE)
# The verb of a host's playing a medium on air.
PLAYED_WORD = re.compile(rf"\b(?:{PLAYED_ON_AIR})\b", re.IGNORECASE)


@frozen
class Story:
    """The events of one article, and what each statement belongs to."""

    events: tuple[Event, ...]
    quote_events: tuple[int | None, ...]


class _Builder:
    def __init__(
        self,
        article: Article,
        segments: Segments,
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
        channels: Sequence[Channel],
        times: Sequence[TimeExpression],
    ) -> None:
        self.article = article
        self.text = article.text
        self.segments = segments
        self.mentions = mentions
        self.entities = entities
        self.quotes = quotes
        self.channels = channels
        self.times = times
        # Asked for every time expression a statement or medium might be dated by.
        self.narrated = [q for q in quotes if not q.narrated]
        self.source_spans = [
            (q.source_start, q.source_end)
            for q in quotes
            if q.source_start is not None and q.source_end is not None
        ]
        # "even as a civil society group yesterday called for ...": between a speaker's
        # words and their verb, when they spoke.
        self.subject_gaps = [
            (number, q.source_end, q.cue.start)
            for number, q in enumerate(quotes)
            if q.source_end is not None and q.cue is not None and q.source_end <= q.cue.start
        ]

    def leaked_channels(self) -> list[int]:
        return [i for i, c in enumerate(self.channels) if c.leaked]

    def remark_quotes(self) -> list[int]:
        """The statements a leaked medium carried, and the same words of the same
        speaker quoted again with no channel (the headline's "a useless grandstander"
        in the lede, "... during Thursday morning's broadcast")."""
        leaked = self.leaked_channels()
        leaked_media = {i for i in leaked if self.channels[i].kind in ("recording", "document")}
        # Not what a news outlet says of it ("days after the Star disclosed that ..."):
        # an outlet reports a medium's words, it did not write them.
        carried = {
            i
            for i, q in enumerate(self.quotes)
            if (
                q.channel in leaked_media
                or (q.channel in leaked and self._in_which_clause(q))
                # "the council's own livestream caught her calling them "cranks"": words a
                # channel carried live are the remark itself.
                or (q.channel in leaked and CARRIED_LIVE_RULE in self.channels[q.channel].rule)
            )
            and q.speaker is not None
            and self.entities[q.speaker].kind != "outlet"
            # Not a caption: '"Deleting it does not make it go away," he wrote above the
            # clip' is the poster's, not what the clip carried.
            and not (q.cue is not None and CAPTION_AFTER.match(self.text, q.cue.end))
        }
        words = {(self.quotes[i].speaker, self.quotes[i].text.lower()) for i in carried}
        # "On the Sept. 23 call, Harwell told department heads that the report should
        # stay "in a drawer"": told before its medium is named, with words the medium
        # carried, quoted in part; the whole statement of that cue is the remark too.
        # Each carried quotation on a line of its own, so that no echo spans two.
        carried_words = {
            speaker: "\n".join(
                self.quotes[i].text.lower() for i in carried if self.quotes[i].speaker == speaker
            )
            for speaker in {self.quotes[i].speaker for i in carried}
        }
        echoed = {
            (q.speaker, q.cue.start)
            for q in self.quotes
            if q.channel is None
            and q.kind == "partial"
            and q.cue is not None
            and (
                len(q.text.split()) >= ECHO_WORDS
                or FOR_THE_REMARK.search(self.text, max(0, q.cue.start - 8), q.cue.start)
            )
            # Not "said that a remark in which he called them "..." had been taken out
            # of context": the words are of the remark the statement speaks of.
            and not IN_WHICH.search(self.text, q.cue.end, q.start)
            and re.search(
                rf"\b{re.escape(q.text.lower().strip(' .,'))}\b", carried_words.get(q.speaker, "")
            )
        }
        return [
            i
            for i, q in enumerate(self.quotes)
            if i in carried
            or (q.channel is None and (q.speaker, q.text.lower()) in words)
            or (q.cue is not None and (q.speaker, q.cue.start) in echoed)
        ]

    def _in_which_clause(self, quote: Quote) -> bool:
        """Whether a statement's speaker opens a relative clause of what was put out
        ("posted ... audio from a conference call in which X told donors ...")."""
        start = quote.source_start
        return start is not None and bool(
            IN_WHICH_BEFORE.search(self.text, max(0, start - 16), start)
        )

    def author(self, remark: list[int]) -> tuple[int | None, str]:
        speakers = Counter(self.quotes[i].speaker for i in remark)
        if speakers:
            return speakers.most_common(1)[0][0], "speaker of what the leaked channel carried"
        for match in LEAKED_POSSESSION.finditer(self.text):
            owner = next((m.entity for m in self.mentions if m.start == match.start("owner")), None)
            if owner is not None:
                return owner, f"owner of '{match.group()}'"
        return None, ""

    def sentence_text(self, quote: Quote) -> tuple[int, int]:
        anchor = quote.cue.start if quote.cue else quote.start
        sentence = self.segments.sentence_at(anchor)
        return sentence.start, sentence.end

    def _what_the_source_does(self, quote: Quote, at: int) -> bool:
        """Whether a word is in a relative clause of the statement's source ("Waiting Well
        NI, a charity that supports people on waiting lists,"): what the speaker does,
        not the stance taken."""
        if quote.source_start is None or quote.source_end is None:
            return False
        if not quote.source_start <= at < quote.source_end:
            return False
        return SOURCE_RELATIVE.search(self.text, quote.source_start, at) is not None

    def own_words(self, quote: Quote) -> tuple[int, int]:
        """A statement's own part of its sentence: from its source (or cue) on, so
        that in "X said A, but Y confirmed B" Y's statement has none of X's words."""
        sentence_start, sentence_end = self.sentence_text(quote)
        if quote.source_start is None:
            return sentence_start, sentence_end
        first = min(quote.source_start, quote.start, quote.cue.start if quote.cue else quote.start)
        return max(sentence_start, first), sentence_end

    def stance(
        self, numbers: list[int], author: int | None = None
    ) -> tuple[str, re.Match[str], str] | None:
        """Whether these statements defend or attack, the words that show it, and how.

        A defence or attack cue in their sentences decides ("stood by",
        "seized on"); failing that, the words of support or criticism in what
        was said, whichever are more; failing that, how their source describes
        the speaker ("one of the Governor's most vocal critics", "a close ally");
        failing that, with the remark's ``author``, quoted words that name them
        with no word of support at all (an attack).
        """
        for number in numbers:
            start, end = self.own_words(self.quotes[number])
            hits = [
                (m.start(), kind, m)
                for kind, regex in (
                    ("defence", DEFENCE),
                    ("attack", ATTACK),
                    ("attack", CALLED_ON_TO_ACT),
                    ("defence", DEFENCE_DAY),
                    ("attack", ATTACK_DAY),
                )
                for m in regex.finditer(self.text, start, end)
                if not self._in_quotation(m.start())
                and not self._at_an_outlet(m)
                and not self._what_the_source_does(self.quotes[number], m.start())
            ]
            if hits:
                _, kind, match = min(hits, key=lambda h: h[0])
                return kind, match, f"{kind} cue '{match.group()}'"
        said = [
            (kind, m)
            for number in numbers
            for kind, regex in (("defence", SUPPORT), ("attack", CRITICISM))
            for m in regex.finditer(self.text, self.quotes[number].start, self.quotes[number].end)
            # "He didn't write that the consultation was poorly worded": an excuse denied.
            # (An inquiry the speaker opens is its own procedure, no criticism: "it had
            # opened an inquiry into the conduct of a club official".)
            if not (kind == "attack" and self._inquiry_opened(m))
            and (
                kind == "attack"
                or NEGATED_BEFORE.search(
                    self.text, max(self.quotes[number].start, m.start() - 60), m.start()
                )
                is None
            )
        ]
        counts = Counter(kind for kind, _ in said)
        tied = counts["defence"] == counts["attack"]
        turned = self._turned_by_but(numbers, said) if tied else None
        if turned is not None:
            return turned
        if not counts or tied:
            described = self._described_stance(numbers)
            if described is None and not counts and author is not None:
                return self._shown_by_medium(numbers) or self._speaks_of_author(numbers, author)
            return described
        kind = counts.most_common(1)[0][0]
        match = next(m for k, m in said if k == kind)
        wording = "support" if kind == "defence" else "criticism"
        return kind, match, f"{wording} in what was said: '{match.group()}'"

    def _inquiry_opened(self, match: re.Match[str]) -> bool:
        """Whether a word of criticism is an inquiry or investigation the speaker says
        was opened ("had opened an inquiry into", "has launched an investigation"), or
        the one under way ("while the inquiry is under way"; not "while its inquiry is
        under way", another body's, nor "until the inquiry is finished")."""
        return match.group().lower() in ("inquiry", "investigation", "probe") and (
            INQUIRY_OPENED.search(self.text, max(0, match.start() - 40), match.start()) is not None
        )

    def _turned_by_but(
        self, numbers: list[int], said: list[tuple[str, re.Match[str]]]
    ) -> tuple[str, re.Match[str], str] | None:
        """ "the remark was "unacceptable" but that she had "done the right thing"": as
        many words of support as of criticism, and those after "but" have the last word."""
        for number in numbers:
            quote = self.quotes[number]
            turn = BUT.search(self.text, quote.start, quote.end)
            after = [(kind, m) for kind, m in said if turn and turn.end() <= m.start() < quote.end]
            if turn is not None and after and len({kind for kind, _ in after}) == 1:
                kind, match = after[0]
                wording = "support" if kind == "defence" else "criticism"
                return kind, match, f"{wording} after 'but' in what was said: '{match.group()}'"
        return None

    def _shown_by_medium(self, numbers: list[int]) -> tuple[str, re.Match[str], str] | None:
        """ "the memo showed that management had been planning ...", "Now we know what
        they thought of us": a third party holding up the leaked words as proof goes
        after their author."""
        for number in numbers:
            quote = self.quotes[number]
            found = SHOWN_BY_MEDIUM.search(self.text, quote.start, quote.end)
            if found is not None:
                return "attack", found, f"the medium held up as proof: '{found.group()}'"
        return None

    def _speaks_of_author(
        self, numbers: list[int], author: int
    ) -> tuple[str, re.Match[str], str] | None:
        """ "He calls us tourists, but we were the ones answering tickets": a third
        party's own words about the remark's author, quoted, with no word of support
        and none of an institution's caution ("is aware of", "reviewing"), go after
        them."""
        whole = [self.quotes[n] for n in numbers if self.quotes[n].kind != "partial"]
        if any(NEUTRAL.search(self.text, q.start, q.end) for q in whole):
            return None
        for quote in (q for q in whole if q.kind == "direct"):
            for mention in self.mentions:
                inside = quote.start <= mention.start < quote.end
                named = ANY.match(self.text, mention.start, mention.end)
                if inside and mention.entity == author and named is not None:
                    return "attack", named, f"speaks of the remark's author ('{mention.text}')"
            pronoun = self._pronoun_for(author, quote)
            if pronoun is not None:
                return "attack", pronoun, f"speaks of the remark's author as '{pronoun.group()}'"
        return None

    def _pronoun_for(self, author: int, quote: Quote) -> re.Match[str] | None:
        """ "He had two weeks to say sorry": the first third-person pronoun in a
        quotation, when it has the author's gender and no one else of that gender
        is named before it, in the quotation or the sentence before."""
        gender = self.entities[author].gender
        pronoun = THIRD_PERSON.search(self.text, quote.start, quote.end)
        if gender is None or pronoun is None:
            return None
        if PRONOUNS[pronoun.group().lower()][0] != gender:
            return None
        # Nor "Reid praised Smith. "He did the right thing," Reid said.": someone else
        # of that gender named in the sentence before, or in the quotation's own.
        sentence = self.segments.sentence_at(quote.start)
        floor = self.segments.sentences[max(0, sentence.index - 1)].start
        named_before = (
            m
            for m in self.mentions
            if floor <= m.start < pronoun.start()
            and m.entity not in (None, author, quote.speaker)
            and m.form != "pronoun"
            and self.entities[m.entity].gender == gender
        )
        return None if any(named_before) else pronoun

    def _described_stance(self, numbers: list[int]) -> tuple[str, re.Match[str], str] | None:
        """ "Nelson Kipkorir, one of the Governor's most vocal critics, said ...": how
        the source describes the speaker, when nothing in what they said takes a side."""
        for number in numbers:
            quote = self.quotes[number]
            if quote.source_start is None or quote.source_end is None:
                continue
            for kind, regex in (("defence", ALLY), ("attack", OPPONENT)):
                described = regex.search(self.text, quote.source_start, quote.source_end)
                if described is not None:
                    return kind, described, f"speaker described as '{described.group()}'"
        return None

    def _at_an_outlet(self, match: re.Match[str]) -> bool:
        """ "criticised the Flare's decision to publish the audio": a cue aimed at the
        outlet that published it takes no side against the remark's author."""
        return any(
            match.end() < m.start <= match.end() + 8
            and m.entity is not None
            and self.entities[m.entity].kind == "outlet"
            for m in self.mentions
        )

    def _in_quotation(self, offset: int) -> bool:
        """Whether ``offset`` is inside a whole utterance in quotation marks ("He
        ... told them he had their backs" is no cue of the reporter's; its words
        count with the rest of what was said)."""
        return any(q.start <= offset < q.end and q.kind == "direct" for q in self.quotes)

    def target_after(self, match: re.Match[str]) -> int | None:
        """A person named right after a stance cue ("stood by his shadow health minister")."""
        for mention in self.mentions:
            near = match.end() < mention.start <= match.end() + 8
            if near and mention.entity is not None and self._is_person(mention.entity):
                return mention.entity
        return None

    def _is_person(self, entity: int) -> bool:
        return self.entities[entity].kind == "person"

    def most_mentioned(self, numbers: list[int], exclude: int | None) -> int | None:
        counts: Counter[int] = Counter()
        for number in numbers:
            quote = self.quotes[number]
            for mention in self.mentions:
                inside = quote.start <= mention.start < quote.end
                entity = mention.entity
                if inside and entity is not None and entity != exclude and self._is_person(entity):
                    counts[entity] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _publication_rank(self, index: int) -> tuple[bool, bool, int]:
        """Dated publications first, then "published by" before "obtained by", then text order."""
        channel = self.channels[index]
        undated = self._channel_time(index) is None
        obtained = _only_obtained(channel)
        return undated, obtained, channel.start

    def _channel_time(self, index: int) -> int | None:
        """The time in the clause of a channel, from its start.

        Where the channel's own verb is read as a statement's cue ("The Lantern
        revealed the exchange on Saturday"), what that statement says is the
        publication itself, and a time in it dates the publication, up to a
        clause about the medium's content ("revealed text messages in which she
        ... during January's snowstorm").
        """
        channel = self.channels[index]
        sentence = self.segments.sentence_at(channel.start)
        # "on the website of Jade Mountain News (JMN), a cable news channel, on Wednesday
        # night": the outlet's initials and what it is are no clause's end.
        aside = OUTLET_ASIDE.match(self.text, channel.end, sentence.end)
        clause_end = CLAUSE_END.search(self.text, aside.end(), sentence.end)
        # "on its breakfast show, Enkya Ennungi, on Wednesday morning": a name in
        # apposition, or how it went out (", uncut,"), is no clause's end either.
        while clause_end is not None and (named := NAME_ASIDE.match(self.text, clause_end.end())):
            clause_end = CLAUSE_END.search(self.text, named.end(), sentence.end)
        end = clause_end.start() if clause_end else sentence.end
        if WENT_ROUND_RULE in channel.rule or POSTED_TO_GROUP_RULE in channel.rule:
            # "surfaced on Sunday in WhatsApp groups", and up to what came after it ("...
            # before a blogger posted it on X on Monday"); else before it, from the
            # sentence's start ("By Monday night the recording had been forwarded to
            # teachers' WhatsApp groups", "posted the clip the next morning in a WhatsApp
            # group").
            later = LATER_CLAUSE.search(self.text, channel.end, end)
            own = self.frame_time(channel.start, later.start() if later else end, occasions=False)
            return own if own is not None else self.frame_time(sentence.start, channel.start)
        published = any(
            q.cue is not None and channel.start <= q.cue.start < channel.end for q in self.quotes
        )
        if published:
            content = CONTENT_CLAUSE.search(self.text, channel.end, end)
            end = content.start() if content else end
        earlier = EARLIER_DEED.search(self.text, channel.end, end)
        end = earlier.start() if earlier else end
        # "according to a second recording released by the union on Monday": words
        # naming a medium as a source tell when it came out.
        sourced = any(start <= channel.start < stop for start, stop in self.source_spans)
        # What the outlet is dates nothing it did.
        named = self.text.startswith(channel.name, channel.start)
        described = (
            DESCRIBED_OUTLET.match(self.text, channel.start + len(channel.name), end)
            if named
            else None
        )
        # "posted ... audio from a Sept. 17 conference call": that date is the call's (but
        # "played it at Monday night's council meeting" dates the playing).
        return self.frame_time(
            described.end() if described else channel.start,
            end,
            reported=published,
            sourced=sourced,
            occasions=channel.kind in OCCASIONS_PLAYED_AT,
        )

    def frame_time(
        self,
        start: int,
        end: int,
        remark: Sequence[int] | None = None,
        reported: bool = False,
        statement: bool = False,
        sourced: bool = False,
        occasions: bool = True,
        speaking: Sequence[int] = (),
    ) -> int | None:
        """The first dated, past time in ``text[start:end]`` outside what anyone said.

        For a remark (its statements' numbers), only what the remark itself
        says is left out ("X wrote on Jan. 14, according to the messages"),
        and a time in a clause about publishing ("the video, which X
        published on Tuesday,") dates the publication, not the remark. With
        ``reported``, a time in reported speech counts ("the Times reported
        that the messages, sent on Jan. 14, ..."), as it does in what the
        narrator tells "according to" someone; in quotation marks never,
        nor in the words naming a speaker ("X, whose firm led a round earlier
        this year,"), unless ``sourced`` (a medium named as a source, "according
        to a recording released on Monday"); for a ``statement``, nor in a relative clause between
        commas (though that may date a publication: "the clip, which a crew
        member posted on Tuesday,"). Without ``occasions``, a date before the
        noun of an occasion ("a Sept. 17 conference call") does not count. For
        ``speaking`` statements, a time between another's speaker and verb dates that
        other ("even as a civil society group yesterday called for ...").
        """
        said = self.narrated if remark is None else [self._own_content(n) for n in remark]
        for index, time in enumerate(self.times):
            if not (start <= time.start < end) or time.in_quote or time.modality != "actual":
                continue
            if time.time_end is None:
                continue
            if not reported and any(q.start <= time.start < q.end for q in said):
                continue
            if not sourced and self._describes_a_source(time.start):
                continue
            if speaking and any(
                number not in speaking and after <= time.start < verb
                for number, after, verb in self.subject_gaps
            ):
                continue
            if statement and any(
                self._in_relative_aside(time.start, aside) for aside in (RELATIVE_ASIDE, SINCE)
            ):
                continue
            # "X, who has led the firm since 2019, can be heard ...": of the person, not
            # of the remark.
            if remark is not None and self._in_relative_aside(time.start, PERSONAL_ASIDE):
                continue
            if remark is not None and self._publication_clause(start, time.start):
                continue
            if not occasions and self._dates_an_occasion(time):
                continue
            return index
        return None

    def _in_relative_aside(self, offset: int, asides: re.Pattern[str] = RELATIVE_ASIDE) -> bool:
        """Whether ``offset`` lies in a relative clause between commas (", which led
        its funding round earlier this year,"), which tells of something else; of
        the kind ``asides`` opens."""
        sentence = self.segments.sentence_at(offset)
        openers = list(asides.finditer(self.text, sentence.start, offset))
        if not openers or "," in self.text[openers[-1].end() : offset]:
            return False
        close = self.text.find(",", offset, sentence.end)
        # Not "in Dayton, where on Monday she said ...": a statement made in the aside.
        said_there = any(
            q.cue is not None and openers[-1].end() <= q.cue.start < close for q in self.quotes
        )
        return close >= 0 and not said_there

    def _describes_a_source(self, offset: int) -> bool:
        """Whether ``offset`` lies in the words that name some statement's speaker."""
        return any(start <= offset < end for start, end in self.source_spans)

    def _own_content(self, number: int) -> Quote:
        """What a remark's statement says: for "..., according to the messages",
        only its quotation ("X wrote on Jan. 14" tells when it was written)."""
        quote = self.quotes[number]
        if not quote.narrated:
            return quote
        return evolve(quote, end=quote.start)

    def _publication_clause(self, start: int, at: int) -> bool:
        """Whether a publishing verb stands in the clause before ``at`` ("leaked
        audio" is a medium, not its publishing)."""
        marks = [self.text.rfind(mark, start, at) for mark in ",;("]
        return any(
            not LEAKED_MEDIUM.match(self.text, verb.start())
            for verb in PUBLISHING.finditer(self.text, max(start, *marks), at)
        )

    def remark_text(self, quote: Quote) -> tuple[int, int]:
        """The part of a remark's sentence that can date it: from the last
        "after", "when" or "over a leaked ..." before its cue, if any, to the sentence's end or the
        verb that says it came out."""
        start, end = self.sentence_text(quote)
        if quote.cue is not None:
            for match in REACTION_CLAUSE.finditer(self.text, start, quote.cue.start):
                start = match.start()
            # "Last month, the Observer published an email in which he wrote ...": a
            # time before its publishing dates the publishing.
            for match in PUBLISHING.finditer(self.text, start, quote.cue.start):
                if not LEAKED_MEDIUM.match(self.text, match.start()):
                    start = match.start()
            # "Y said on Tuesday that ... an audio clip in which X is heard asking ...":
            # the relative clause is the remark's, what comes before it Y's.
            if quote.source_start is not None:
                floor = max(start, quote.source_start - 90)
                relative = IN_WHICH_BEFORE.search(self.text, floor, quote.source_start)
                start = self._occasion_start(relative.start()) if relative else start
            # "A voicemail in which X berated ... was leaked over the weekend, forcing
            # an apology on Monday": what follows its coming out is later.
            out = PUBLISHING.search(self.text, quote.cue.end, end)
            end = out.start() if out else end
            # "has apologised for an email in which he mocked ..., saying in a post on
            # Tuesday evening that ...": the main clause's speaking is later.
            saying = SAYING_AFTER.search(self.text, quote.cue.end, end)
            end = saying.start() if saying else end
            # "... was caught in a leaked email telling staff to "lose" objections, Deputy
            # Mayor Kola said on Wednesday": another's saying, after it, is later.
            cue_end = quote.cue.end
            for other in self.quotes:
                if (
                    other.speaker != quote.speaker
                    and other.cue is not None
                    and cue_end <= other.cue.start < end
                ):
                    after = other.source_start
                    end = after if after is not None and cue_end < after < end else other.cue.start
        return start, end

    def _dates_an_occasion(self, time: TimeExpression) -> bool:
        """Whether a time stands before the noun of an occasion or medium ("a Sept. 17
        conference call")."""
        return DATES_AN_OCCASION.match(self.text, time.end) is not None

    def _occasion_start(self, relative: int) -> int:
        """Where the words about a remark's occasion start, for a relative clause at
        ``relative``: at the date before its noun ("a Sept. 17 conference call in
        which X told ...") if there is one, else at the clause."""
        for time in self.times:
            if relative - 40 <= time.end < relative:
                between = DATES_AN_OCCASION.match(self.text, time.end)
                if between is not None and between.end() == relative - 1:
                    return time.start
        return relative

    def time_of(self, numbers: list[int], public: bool) -> tuple[int | None, str | None]:
        """The time expression that dates these statements, and why: the first found,
        unless a later statement names a part of the same day ("apologized Thursday"
        ... "told reporters at a news conference Thursday morning")."""
        dated = self._statement_times(numbers, public)
        first = next(dated, None)
        if first is not None:
            day = self.times[first].value
            if public and len(day) == len("YYYY-MM-DD"):
                finer = next((i for i in dated if self.times[i].value.startswith(f"{day}T")), None)
                if finer is not None:
                    return finer, f"'{self.times[finer].text}' in a later sentence on the same day"
            return first, f"'{self.times[first].text}' in the sentence that reports it"
        if public:
            for number in numbers:
                quote = self.quotes[number]
                for index, time in enumerate(self.times):
                    if (
                        quote.start <= time.start < quote.end
                        and DEICTIC_PRESENT.match(time.text)
                        and time.value[:1].isdigit()
                    ):
                        return index, f"'{time.text}' in the speaker's own words dates the saying"
        return None, None

    def _named_before(self, index: int, speaker: int | None) -> int | None:
        """The medium a definite one names again ("she said in the video" after "in a
        video posted on Instagram on Friday"): the last before it with its head noun;
        with a possessive ("In his statement, Kettleson said"), only the ``speaker``'s
        own (not another's statement named before)."""
        words = self.channels[index].name.lower().split()
        # ("Kettleson said in the statement".)
        if words and words[0] in PREPOSITIONS:
            words = words[1:]
        possessive = bool(words) and words[0] in POSSESSIVE_DETERMINERS
        if len(words) < 2 or (words[0] not in DEFINITE and not possessive):
            return None
        earlier = next(
            (
                i
                for i in range(index - 1, -1, -1)
                if self.channels[i].name.lower().split()[-1] == words[-1]
            ),
            None,
        )
        if earlier is not None and possessive and not self._owned_by(earlier, speaker):
            return None
        return earlier

    def _owned_by(self, index: int, speaker: int | None) -> bool:
        """Whether a medium may be the ``speaker``'s: what it carried is theirs, or its
        sentence names them ("Kettleson apologized in a written statement", "Ruiz's
        lawyer released a statement on her behalf")."""
        said = {q.speaker for q in self.quotes if q.channel == index and q.speaker is not None}
        if said:
            return speaker in said
        sentence = self.segments.sentence_at(self.channels[index].start)
        return any(
            m.entity == speaker and sentence.start <= m.start < sentence.end for m in self.mentions
        )

    def _statement_times(self, numbers: list[int], public: bool) -> Iterator[int]:
        """For each statement in turn that a time dates, that time."""
        for number in numbers:
            quote = self.quotes[number]
            if public:
                # Its own clause first ("..., but Y confirmed this morning"), then the
                # sentence ("Speaking on Tuesday, X said"), then the sentence that
                # names its occasion ("X spoke to reporters this morning. "...," he said").
                windows = [self.own_words(quote)]
                anothers = self._anothers_cue_before(quote)
                opening = self.sentence_text(quote)[0]
                if anothers is None:
                    windows.append(self.sentence_text(quote))
                elif (comma := self.text.find(",", opening, anothers)) >= 0:
                    # ("On Monday, Holt said ..., and Ruiz said ...": a time set off at the
                    # sentence's opening, before both.)
                    windows.append((opening, comma))
                if quote.channel is not None:
                    named = self._named_before(quote.channel, quote.speaker)
                    for channel in (quote.channel, named):
                        if channel is not None:
                            occasion = self.segments.sentence_at(self.channels[channel].start)
                            windows.append((occasion.start, occasion.end))
                windows = [self._before_earlier_event(quote, *window) for window in windows]
            else:
                windows = [self.remark_text(quote)]
            for window in windows:
                # ("says he 'was a different man' as 2019 dinner video resurfaces": in a
                # headline, a date before an occasion's noun is the occasion's.)
                index = self.frame_time(
                    *window,
                    remark=None if public else numbers,
                    statement=public,
                    occasions=not (public and quote.paragraph == 0),
                    speaking=numbers,
                )
                if index is not None:
                    yield index
                    break
            else:
                # (From the sentence before, only a day: "who has led it since 2017" is no
                # day of the statement's.)
                before = self._sentence_before(quote) if public else None
                index = (
                    self.frame_time(*before, statement=True, speaking=numbers) if before else None
                )
                if index is not None and DAY_VALUE.match(self.times[index].value):
                    yield index

    def _anothers_cue_before(self, quote: Quote) -> int | None:
        """Where the first cue of another speaker opens this statement's sentence before
        its source, if one does: in "The commission said on Thursday that ..., as Mr P
        insisted the recording had been edited", Thursday is when the commission spoke."""
        if quote.cue is None or quote.source_start is None:
            return None
        sentence = self.segments.sentence_at(quote.cue.start)
        return min(
            (
                other.cue.start
                for other in self.quotes
                if other.cue is not None
                and other.speaker is not None
                and other.speaker != quote.speaker
                and sentence.start <= other.cue.start < quote.source_start
            ),
            default=None,
        )

    def _named_by_more_than_a_pronoun(self, quote: Quote) -> bool:
        """Whether a statement's source says more than who ("Ruiz, who is also a city
        councillor, said"), so that it speaks for no one it does not name: more than a
        pronoun or a bare name ("he said", "Lowenthal said")."""
        if quote.source_start is None or quote.source_end is None:
            return False
        source = self.text[quote.source_start : quote.source_end]
        return source.lower() not in PRONOUNS and ("," in source or len(source.split()) > 3)

    def _came_by(self, numbers: list[int]) -> bool:
        """Whether the statements tell how their speaker came by a medium ("it had
        received them from "someone at the ministry ..."", the quote inside too)."""
        # (Not when the clause goes on to what else it said: "... from a ministry employee
        # and that the minister's words were "a disgrace"".)
        telling = [
            self.quotes[n]
            for n in numbers
            if (by := CAME_BY.search(self.quotes[n].text)) is not None
            and AND_THAT.search(self.quotes[n].text, by.end()) is None
        ]
        return bool(telling) and all(
            any(t.start <= self.quotes[n].start < t.end for t in telling) for n in numbers
        )

    def _putting_it_out(self, numbers: list[int]) -> bool:
        """Whether each statement's sentence opens on putting a medium out ("Publishing
        it, the group said ...")."""
        return all(
            PUTTING_IT_OUT.match(self.text, self.segments.sentence_at(q.start).start)
            for q in (self.quotes[n] for n in numbers)
        )

    def _beside(self, leak: Event, numbers: list[int]) -> bool:
        """Whether all these statements are in the paragraph that tells of the leak, or
        the next ("... posted the video on his Facebook page. "...," he wrote." and then
        "Mr Ngoy later told the Gazette that he had filmed the governor ...")."""
        paragraph = self.segments.sentence_at(leak.start).paragraph
        day = self.times[leak.time].value[:10] if leak.time is not None else None
        return all(
            self.quotes[n].paragraph == paragraph
            # (The next paragraph's only when undated or of the leak's day: not a later
            # interview "on Wednesday".)
            or (self.quotes[n].paragraph == paragraph + 1 and self._dated_on(n, day))
            for n in numbers
        )

    def _dated_on(self, number: int, day: str | None) -> bool:
        """Whether a statement has no time of its own, or one on ``day``."""
        time = self.time_of([number], public=True)[0]
        return time is None or self.times[time].value[:10] == day

    def _sentence_before(self, quote: Quote) -> tuple[int, int] | None:
        """The sentence before a statement's, in its paragraph, when it tells of the same
        speaker or the occasion the statement names again ("Several hundred teachers
        protested ... on Friday morning. X told the crowd ...", "Y had already reacted
        on Monday. In a post on Instagram, she wrote ...")."""
        anchor = quote.cue.start if quote.cue else quote.start
        sentence = self.segments.sentence_at(min(anchor, quote.start))
        if sentence.index == 0:
            return None
        before = self.segments.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph:
            return None
        named = any(
            m.entity == quote.speaker and before.start <= m.start < before.end and not m.in_quote
            for m in self.mentions
        )
        again = OCCASION_AGAIN.search(self.text, sentence.start, sentence.end) is not None
        # (Not "Novak, interviewed three days later, said the protesters had "a point"".)
        later = LATER.search(self.text, sentence.start, sentence.end) is not None
        return (before.start, before.end) if (named or again) and not later else None

    def _before_earlier_event(self, quote: Quote, start: int, end: int) -> tuple[int, int]:
        """A window cut where a clause after the statement tells what it followed: in
        "X says he is owed an apology after Y was caught ... during last Saturday's
        defeat", Saturday dates what Y did, not what X says."""
        if quote.cue is None or not start <= quote.cue.start < end:
            return start, end
        after = REACTION_CLAUSE.search(self.text, max(quote.cue.end, quote.end), end)
        return (start, after.start()) if after else (start, end)

    def leaked_media_named(self) -> list[tuple[int, int, str, str]]:
        """Where the text names a leaked medium: its channels, and a plain "the
        voicemail" of a kind the text calls leaked; each as (start, end, noun, kind)."""
        kinds = {
            self.channels[i].kind
            for i in self.leaked_channels()
            if self.channels[i].kind in ("recording", "document")
        }
        named = [
            (c.start, c.end, c.name.split()[-1].lower(), c.kind)
            for c in (self.channels[i] for i in self.leaked_channels())
            if c.kind in kinds
        ]
        heads = {noun: kind for _, _, noun, kind in named}
        if any(VOICE_MESSAGE.search(self.channels[i].name) for i in self.leaked_channels()):
            heads |= dict.fromkeys(("message", "note"), "recording")
        for match in MEDIUM_NOUN.finditer(self.text):
            # "the 74-second message", "recorded the message": a message that lasts, or
            # that was recorded, is a recording.
            timed = LASTING.search(match.group()) is not None or (
                RECORDED_BEFORE.search(self.text, max(0, match.start() - 12), match.start())
                is not None
            )
            kind = "document" if match["document"] and not timed else "recording"
            noun = match.group().split()[-1].lower()
            if match["predicate"] and not MEDIUM_SUBJECT.search(
                self.text, max(0, match.start() - 80), match.start()
            ):
                continue
            # "the message" after "a leaked WhatsApp voice message": the same medium.
            same = kind in kinds or noun in heads
            if same and all(start != match.start() for start, _, _, _ in named):
                named.append((match.start(), match.end(), noun, heads.get(noun, kind)))
        return sorted(named)

    def made_time(self, medium: str | None = None) -> tuple[int | None, str | None]:
        """When a leaked medium (of the ``medium`` kind, if given) was made ("the
        recording, made in 2016,", "X sent that email on Nov. 21"), or the remarks
        themselves ("The remarks were made ... on Monday evening"), and why."""
        return self._closest(self._made_times(medium))

    def _made_times(self, medium: str | None) -> Iterator[tuple[int, str, str]]:
        """Each time :meth:`made_time` may give, by its rules in turn, with its rule
        and the noun of what was made."""
        made = False
        for found in self._medium_times(MADE_AFTER_MEDIUM, MADE_PASSIVE, None, medium):
            made = True
            yield found
        if not made:
            # "The messages were posted on Nov. 3": messages are posted when they are sent
            # (unless the text says when they were made: "It was first posted on March 12
            # on Shams Forever" after "was recorded earlier this month" is its leak).
            yield from self._medium_times(MESSAGES_SENT_AFTER, MESSAGES_SENT, MESSAGE_NOUNS, medium)
        for made in REMARK_MADE.finditer(self.text):
            time = self.clause_time(made.end(), self.segments.sentence_at(made.start()).end)
            if time is not None:
                said = (
                    made["verb"]
                    or made["taped"]
                    or made["stamped"]
                    or made["made"]
                    or made["apposed"]
                    or made["which"]
                    or made["presented"]
                )
                how = f"were {said.lower()}" if said else made["happened"] or made["held"]
                if how in ("was held", "held"):
                    how = "were made (the occasion was held)"
                occasion = REMARK_OCCASION.search(made.group())
                noun = occasion.group().lower() if occasion else "remarks"
                yield time, f"'{self.times[time].text}': when the remarks {how}", noun
        # "The paper said X had sent them to a colleague, ..., on the evening of 29
        # September", "messages X had sent on Friday": the medium, by its pronoun or
        # its relative clause, and when it was sent.
        for made in SENT_IT.finditer(self.text):
            # ("he had sent the message": by its noun, only a medium the text names as one,
            # not "voters had sent the message in November".)
            if made["noun"] and made["noun"].lower() not in self._medium_heads():
                continue
            sentence = self.segments.sentence_at(made.start())
            time = self.frame_time(made.end(), sentence.end, reported=True)
            if time is not None:
                verb = (
                    made["verb"]
                    or made["sent"]
                    or made["passive"]
                    or made["past"].replace("wrote", "written")
                ).lower()
                yield time, f"'{self.times[time].text}': when the medium was {verb}", "medium"

    def _medium_heads(self) -> set[str]:
        """The head nouns of the recordings and documents the text names as channels."""
        return {
            channel.name.split()[-1].lower()
            for channel in self.channels
            if channel.kind in ("recording", "document") and channel.name.split()
        } & MEDIUM_NOUNS

    def _closest(self, found: Iterator[tuple[int, str, str]]) -> tuple[int | None, str | None]:
        """The first time found, unless a later one says the same more closely, of the
        same thing or of the remarks themselves ("which X sent in December", then "The
        messages were sent on the evening of Dec. 9"; not "The call took place in
        October", then "The board meeting took place on October 30")."""
        first = next(found, None)
        if first is None:
            return None, None
        time, rule, noun = first
        closer = (
            (later, why)
            for later, why, said_of in found
            if (said_of == noun or said_of in THE_REMARKS or noun in THE_REMARKS)
            and self._closer(later, time)
        )
        return next(closer, (time, rule))

    def _closer(self, inner: int, outer: int) -> bool:
        """Whether one time says more closely when within the other ("the evening of
        Dec. 9" within "December", "the afternoon of 29 September" within "last week")."""
        within, around = interval(self.times[inner]), interval(self.times[outer])
        return (
            within is not None
            and around is not None
            and around[0] <= within[0]
            and within[1] <= around[1]
            and within != around
        )

    def posted_time(self) -> tuple[int | None, str | None]:
        """When a leaked medium came out ("the audio ... was posted on YouTube earlier
        this week"), and why."""
        return self.medium_time(None, POSTED_PASSIVE)

    def medium_time(
        self,
        after_medium: re.Pattern[str] | None,
        passive: re.Pattern[str],
        nouns: frozenset[str] | None = None,
        medium: str | None = None,
    ) -> tuple[int | None, str | None]:
        """The time in the clause of a verb said of a leaked medium (one of
        ``nouns``, of the ``medium`` kind, if given), right after it, as its
        sentence's passive verb or, for making, right before it ("X sent that
        email on Nov. 21"), and why."""
        return self._closest(self._medium_times(after_medium, passive, nouns, medium))

    def _medium_times(
        self,
        after_medium: re.Pattern[str] | None,
        passive: re.Pattern[str],
        nouns: frozenset[str] | None,
        medium: str | None,
    ) -> Iterator[tuple[int, str, str]]:
        """Each time :meth:`medium_time` may give, in the order of the text, with its
        rule and the medium's noun."""
        for start, end, noun, kind in self.leaked_media_named():
            if (nouns is not None and noun not in nouns) or medium not in (None, kind):
                continue
            sentence_end = self.segments.sentence_at(start).end
            made = (after_medium.match(self.text, end) if after_medium else None) or (
                passive.search(self.text, end, sentence_end)
            )
            if (
                made is not None
                and made.groupdict().get("went")
                and not (kind == "document" and WENT_RIGHT_AFTER.match(self.text, end, made.end()))
            ):
                # "The email ... went to the principals": a document sent, right after it
                # (not "The recording went to the ethics board", nor another's going).
                made = None
            maker = (
                None
                if after_medium is None
                else MADE_BEFORE_MEDIUM.search(self.text, max(0, start - 16), start)
            )
            if made is None and maker is not None:
                time = self.clause_time(end, sentence_end)
                if time is not None:
                    verb = _participle(maker["verb"])
                    yield (
                        time,
                        f"'{self.times[time].text}': when the {noun} {_was(noun)} {verb}",
                        noun,
                    )
                    continue
            # "FreightBeat published the email. It was sent Oct. 3 by ...": the next
            # sentence's "It" is the medium.
            pronoun = None if made else IT_OPENS.match(self.text, sentence_end)
            if pronoun is not None:
                sentence_end = self.segments.sentence_at(pronoun.end()).end
                made = passive.match(self.text, pronoun.end(), sentence_end)
            if made is None:
                continue
            time = self.clause_time(made.end(), sentence_end)
            joined = JOINED_MAKING.search(self.text, made.end(), sentence_end)
            if time is None and after_medium is not None and joined is not None:
                # "The messages were written by X, a retired anaesthetist, and sent on the
                # evening of 28 October": a second participle of its making, and when.
                made, time = joined, self.clause_time(joined.end(), sentence_end)
            if time is not None:
                said = made.groupdict()
                when = f"'{self.times[time].text}'"
                if said.get("occasion"):
                    yield time, f"{when}: when the occasion the {noun} is from took place", noun
                    continue
                verb = "sent" if said.get("went") else _participle(said["verb"] or said["maker"])
                yield time, f"{when}: when the {noun} {_was(noun)} {verb}", noun

    def clause_time(self, start: int, sentence_end: int) -> int | None:
        """The time in the clause from ``start``, after a verb of making or putting
        out, up to a clause break or an "and" that starts another verb's clause
        ("sent on Oct. 3 and published on Tuesday", not "between the Governor and
        the officials last month")."""
        clause_end = CLAUSE_END.search(self.text, start, sentence_end)
        # "left the message for X, who represents the 3rd Ward, on Oct. 2": an aside
        # about whom it was for does not end the clause.
        while clause_end is not None and (
            aside := CLOSED_ASIDE.match(self.text, clause_end.start(), sentence_end)
        ):
            clause_end = CLAUSE_END.search(self.text, aside.end(), sentence_end)
        stop = clause_end.start() if clause_end else sentence_end
        joined = AND_VERB.search(self.text, start, stop)
        return self.frame_time(start, joined.start() if joined else stop, reported=True)

    def medium_source(self, quote: Quote) -> str | None:
        """The words of a statement's source when they name a recording or
        document, not its speaker ("a leaked memo showed him ...")."""
        start, end = quote.source_start, quote.source_end
        if start is None or end is None:
            return None
        for channel in self.channels:
            overlaps = channel.start < end and start < channel.end
            if overlaps and channel.kind in ("recording", "document"):
                return self.text[start:end]
        return None

    def summary(self, actor: int | None, numbers: list[int]) -> str:
        """The actor and their first whole statement: "X: “...”" or "X said ..."."""
        name = self.entities[actor].name if actor is not None else "Unknown speaker"
        whole = [n for n in numbers if self.quotes[n].kind != "partial"] or numbers
        quote = self.quotes[min(whole, key=lambda n: self.quotes[n].start)]
        words = " ".join(quote.text.split())
        if len(words) > 160:
            words = words[:157].rsplit(" ", 1)[0] + "..."
        if quote.kind == "indirect" and quote.cue is not None:
            verb = past_tense(quote.cue.lemma)
            medium = self.medium_source(quote)
            if medium is not None:
                return f"{name}, as {medium} {verb}: {words}"
            return f"{name} {verb} {words}"
        return f"{name}: “{words}”"

    def remark_media(self, remark: list[int]) -> dict[int, str]:
        """The kind of leaked medium each remark statement came through, where the
        remark's author spoke through more than one ("an email in which he wrote
        ..." and "a recording in which he called ..." are two remarks); empty
        when there is one kind."""
        media = {
            n: self._medium_kind(c) for n in remark if (c := self.quotes[n].channel) is not None
        }
        if len(set(media.values())) < 2 or len(self._published_kinds()) < 2:
            return {}
        by_words = {
            (self.quotes[n].speaker, self.quotes[n].text.lower()): m for n, m in media.items()
        }
        for number in remark:
            quote = self.quotes[number]
            media.setdefault(number, by_words.get((quote.speaker, quote.text.lower()), ""))
        return media

    def _published_kinds(self) -> set[str]:
        """The kinds of leaked medium named in a sentence that says who put them out
        ("the Bay Observer ... published an email", "In the recording, which Tidewater
        Radio aired"): not a letter the author released himself after the leak."""
        sentences = {
            self.segments.sentence_at(c.start).index
            for c in self.channels
            if c.leaked and c.publisher is not None and c.kind not in ("recording", "document")
        }
        return {
            self._medium_kind(i)
            for i in self.leaked_channels()
            if self.channels[i].kind in ("recording", "document")
            and self.segments.sentence_at(self.channels[i].start).index in sentences
        }

    def _medium_kind(self, channel: int) -> str:
        """A leaked medium's kind, a transcript counting as the recording it was made of."""
        named = self.channels[channel]
        return "recording" if named.name.lower().endswith(TRANSCRIPTS) else named.kind

    def _editor_of(self, quote: Quote) -> int | None:
        """The outlet whose editor or host a statement's source calls its speaker ("Its
        editor, X,", "Svjetionik's editor-in-chief, X,", "The program's host, X,"), if any."""
        if quote.source_start is None:
            return None
        named = EDITOR_OF.match(self.text, quote.source_start, quote.source_end)
        if named is None:
            return None
        owner_end = (
            named.start("its")
            if named["its"]
            else named.end("of")
            if named["of"]
            else named.end("owner")
        )
        owners = [
            m
            for m in self.mentions
            if m.entity is not None
            and self.entities[m.entity].kind == "outlet"
            and (m.end == owner_end if not named["its"] else m.end <= owner_end)
        ]
        if named["its"]:
            # "Its", "The program's": the outlet named last, in this paragraph or the one before.
            paragraph = self.segments.sentence_at(quote.source_start).paragraph
            floor = self.segments.paragraphs[max(0, paragraph - 1)].start
            owners = [m for m in owners if m.start >= floor]
        return owners[-1].entity if owners else None

    def _officer_of(self, quote: Quote, leaks: list[Event]) -> int | None:
        """The body that leaked a medium, when the sentence right after the one that
        tells of the leak (and of nothing after it) opens with one of its officers called by
        its role after "Its" ("Its executive director, X,"), saying how it came by the
        medium or what it is."""
        if quote.source_start is None or not OFFICER_OF.match(self.text, quote.source_start):
            return None
        if not ABOUT_THE_MEDIUM.search(quote.text):
            return None  # ("Its director said she was stepping down": of something else.)
        sentence = self.segments.sentence_at(quote.source_start)
        for leak in leaks:
            told = self.segments.sentence_at(leak.start)
            channel = self.channels[leak.channel] if leak.channel is not None else None
            rest = self.text[channel.end : told.end] if channel is not None else ""
            before = self.segments.sentences[sentence.index - 1]
            # (The sentence before is the leak's, or the leaker's own word on it: '"...,"
            # the group said in a statement posted with it.')
            own_word = any(
                q.speaker == leak.actor and before.start <= q.start < before.end
                for q in self.quotes
            )
            if (
                leak.actor is not None
                and told.paragraph == sentence.paragraph
                and (told.index == sentence.index - 1 or own_word)
                and self.entities[leak.actor].kind in ("outlet", "organisation")
                and SECOND_CLAUSE.search(rest) is None
            ):
                return leak.actor
        return None

    def build(self) -> Story:
        remark = self.remark_quotes()
        author, author_rule = self.author(remark)
        media = self.remark_media(remark)
        groups: dict[tuple[str, int, str, str], list[int]] = {}
        rules: dict[tuple[str, int, str, str], str] = {}
        stances: dict[int, tuple[str, re.Match[str], str] | None] = {}
        captions = {p.index for p in self.segments.paragraphs if p.kind == "caption"}
        occasions: dict[int, str] = {}
        leaks = self._leaks(author)
        # (Whoever is called an outlet's editor speaks for it there and in the next
        # paragraph when only a pronoun or a bare name names them: "..., he said.")
        edited = [self._editor_of(quote) for quote in self.quotes]
        editors = {
            (quote.speaker, paragraph): outlet
            for quote, outlet in zip(self.quotes, edited, strict=True)
            if quote.speaker is not None and outlet is not None
            for paragraph in (quote.paragraph, quote.paragraph + 1)
        }
        for number, quote in enumerate(self.quotes):
            if quote.speaker is None or quote.paragraph in captions:
                continue
            kind, rule = self._type(number, quote, remark, author, stances)
            if self._other_voice(quote, author):
                continue  # "Kljaković can then be heard warning him": on the leaked recording
            outlet = (
                None
                if kind == "remark"
                else edited[number]
                if self._named_by_more_than_a_pronoun(quote)
                else editors.get((quote.speaker, quote.paragraph))
            )
            if outlet is not None:
                # "Its editor, X, said the site had received it from ...": the outlet's word.
                quote = evolve(quote, speaker=outlet)
                kind, rule = "report", "the editor of a news outlet, for the outlet"
            leaker = self._officer_of(quote, leaks) if kind == "statement" else None
            if leaker is not None:
                # "X posted the video ... Its executive director, Y, said the video had been
                # sent to the group by a guest": the leaker's own word on its leak.
                quote = evolve(quote, speaker=leaker)
            occasion = ""
            if kind == "response":
                # "first denied it in a statement ... later apologised in an interview":
                # each occasion the author answered on is a response of its own; words
                # with no channel named belong to the occasion told before them.
                if quote.channel is not None:
                    occasions[quote.speaker] = self.channels[quote.channel].kind
                occasion = occasions.get(quote.speaker, "")
            key = (kind, quote.speaker, media.get(number, ""), occasion)
            groups.setdefault(key, []).append(number)
            rules.setdefault(key, rule)
        groups = self._dated_occasions(groups)
        events: list[Event] = []
        quote_events: list[int | None] = [None] * len(self.quotes)
        events.extend(leaks)
        leak = leaks[0] if leaks else None
        for (kind, actor, medium, occasion), numbers in groups.items():
            told = next(
                (
                    n
                    for n, e in enumerate(leaks)
                    # (A station's word on a leak its host played on air is its own.)
                    if (actor == e.actor or (kind == "report" and actor == self._publisher(e)))
                    and (
                        kind == "report"
                        or self._captions(numbers)
                        # "... posted on the website of the union last Thursday. The union
                        # said it had been given the recording by a manager": the leaker's
                        # own word on its leak (whatever it says of the medium's words:
                        # "received them from someone at the ministry who was ashamed").
                        or (
                            (kind == "statement" or (kind == "attack" and self._came_by(numbers)))
                            and self._beside(e, numbers)
                        )
                        # "Publishing it, the group said the recording showed ...": what
                        # it said as it put the medium out, whatever its stance.
                        or (self._putting_it_out(numbers) and self._beside(e, numbers))
                    )
                ),
                None,
            )
            if told is not None:
                events[told] = self._reported_leak(events[told], numbers)
                for number in numbers:
                    quote_events[number] = told
                continue
            if kind not in ("remark", "response") and self._captions(numbers, UNDER_THE_MEDIUM):
                # "..., she wrote under the video": words put out with the medium belong
                # to its putting out, a leak the text tells too loosely to make one of (not
                # "wrote under his post", another's, nor "with the post" of a leak told).
                continue
            rule = rules[(kind, actor, medium, occasion)]
            if medium:
                rule = f"{rule}, the {medium} of two kinds of leaked medium"
            event = self._event(kind, actor, numbers, rule, author, stances, medium or None)
            for number in numbers:
                quote_events[number] = len(events)
            events.append(event)
        if author is not None and not any(e.type == "remark" for e in events) and leak is not None:
            time, time_rule = self.made_time()
            events.append(
                Event(
                    "remark",
                    author,
                    leak.start,
                    leak.end,
                    f"The leaked remark by {self.entities[author].name}",
                    f"remark implied by the leak ({author_rule})",
                    channel=leak.channel,
                    time=time,
                    time_rule=time_rule,
                )
            )
        return Story(tuple(events), tuple(quote_events))

    def _dated_occasions(
        self, groups: dict[tuple[str, int, str, str], list[int]]
    ) -> dict[tuple[str, int, str, str], list[int]]:
        """Responses on two occasions stay two only when each is dated, on different
        days ("denied it in a statement on Tuesday ... apologised in a letter on
        Friday"); otherwise they are one response."""
        merged: dict[tuple[str, int, str, str], list[int]] = {}
        dated: dict[int, list[tuple[tuple[str, int, str, str], str | None]]] = {}
        for key, numbers in groups.items():
            kind, speaker = key[0], key[1]
            if kind != "response":
                merged[key] = numbers
                continue
            time = self.time_of(numbers, public=True)[0]
            value = self.times[time].value[:10] if time is not None else None
            earlier = dated.setdefault(speaker, [])
            found = next(
                (n for n, (_, v) in enumerate(earlier) if value is None or v is None or v == value),
                None,
            )
            if found is None:
                earlier.append((key, value))
                merged[key] = list(numbers)
                continue
            into, day = earlier[found]
            merged[into] = sorted(merged[into] + numbers)
            # An undated response (the headline's) takes the day of the first dated one
            # it joins, and keeps a response on another day apart.
            earlier[found] = (into, day or value)
        return merged

    def _remark_time(self, numbers: list[int], medium: str | None) -> tuple[int | None, str | None]:
        """When a remark was made: by the sentences of what the medium carried, else by
        what the text says of its making, else by the sentences that quote it again
        ("has apologized for calling them "wharf rats" ... earlier this month")."""
        carried = [n for n in numbers if self.quotes[n].channel is not None]
        time, rule = self.time_of(carried, public=False)
        # "Replying to a colleague later that night, he wrote": a time counted from the
        # one the text told last, which may be the leak's; when the text says when the
        # medium was made, that says it better, as it does a closer time within a loose
        # one ("a recording made last week", then "recorded on the afternoon of 29
        # September").
        if time is None or "last mentioned" in self.times[time].rule:
            made, made_rule = self.made_time(medium)
            time, rule = (made, made_rule) if made is not None else (time, rule)
        elif "T" not in self.times[time].value:
            # (A time with its part of the day told is close enough: no need to look on.)
            made, made_rule = self.made_time(medium)
            if made is not None and self._closer(made, time):
                time, rule = made, made_rule
        if time is None:
            time, rule = self.time_of([n for n in numbers if n not in carried], public=False)
        if time is None:
            time, rule = self._occasion_time(numbers)
        return time, rule

    def _occasion_time(self, numbers: list[int]) -> tuple[int | None, str | None]:
        """ "caught him ... at the end of a live-streamed county council session" and,
        elsewhere, "the council's Oct. 8 session": the date the text gives the occasion
        that a sentence quoting the remark, or the lede, names."""
        lede = next((p for p in self.segments.paragraphs if p.kind == "body"), None)
        spans = [self.segments.sentence_at(self.quotes[n].start) for n in numbers]
        spans += [lede] if lede is not None else []
        for span in spans:
            at = REMARK_OCCASION_AT.search(self.text, span.start, span.end)
            if at is None:
                continue
            noun = at["noun"].lower()
            for index, time in enumerate(self.times):
                dated = DATES_AN_OCCASION.match(self.text, time.end)
                after = DATED_AFTER_OCCASION.search(self.text, max(0, time.start - 30), time.start)
                if (dated is not None and dated.group().split()[-1].lower() == noun) or (
                    after is not None and after["noun"].lower() == noun
                ):
                    return index, f"'{time.text}': the date of the {noun} the remark was made at"
        return None, None

    def _put_out_by(self, author: int | None, channel: int) -> bool:
        """ "Halvorsen apologized ... in a video posted on Instagram": a medium the
        remark's author put out (the sentence's subject, with no other medium
        between) is their own, not the leak."""
        publisher = self.channels[channel].publisher
        if author is None:
            return False
        if publisher is not None:
            # "WQLP carried the remark live": put out by its publisher ("Hollis posted
            # the video on Facebook": by the author herself).
            return publisher == author
        start = self.channels[channel].start
        sentence = self.segments.sentence_at(start)
        subject = _first_mention_in(self.mentions, sentence.start, start)
        if subject is None or subject.entity != author or subject.possessor is not None:
            return False
        between = self.text[subject.end : start]
        # Not "X apologised after messages seen by this newspaper showed ...", nor
        # "X's rant was captured ... and the video was posted on YouTube".
        owned = between.startswith(("'s", "’s"))
        return not owned and not SUBORDINATOR.search(between) and not MEDIUM_NOUN.search(between)

    def _captions(self, numbers: list[int], caption: re.Pattern[str] = CAPTION_AFTER) -> bool:
        """Whether statements are all words written above what was put out ("..., he
        wrote above the clip"): the poster's, as they put it out."""
        return all(
            (cue := self.quotes[n].cue) is not None and caption.match(self.text, cue.end)
            for n in numbers
        )

    def _reported_leak(self, leak: Event, numbers: list[int]) -> Event:
        """What the leak's publisher reports is the leak told by it ("..., the Times
        reported last Thursday"): its statements join the leak, and date it if
        nothing else does."""
        leak = evolve(leak, quotes=(*leak.quotes, *numbers))
        # Only its own clause: in "X faced calls on Saturday after the Times revealed
        # ...", Saturday is not when the Times revealed it.
        times = (self.frame_time(*self.own_words(self.quotes[n])) for n in numbers)
        time = next((t for t in times if t is not None), None)
        if leak.time is not None or time is None:
            return leak
        publisher = self.entities[leak.actor].name  # type: ignore[index]
        rule = f"'{self.times[time].text}': when {publisher} reported it"
        return evolve(leak, time=time, time_rule=rule)

    def _other_voice(self, quote: Quote, author: int | None) -> bool:
        """Whether a statement is another's voice on the leaked medium that carries the
        remark ("Kljaković can then be heard warning him that the microphone is on"):
        part of what leaked, no event of its own."""
        channel = self.channels[quote.channel] if quote.channel is not None else None
        return (
            author is not None
            and quote.speaker != author
            and channel is not None
            and channel.leaked
            and channel.kind in ("recording", "document")
            and HEARD_ON.match(channel.rule) is not None
        )

    def _publisher(self, event: Event) -> int | None:
        """The outlet that published what an event went out through, if any."""
        return self.channels[event.channel].publisher if event.channel is not None else None

    def _type(
        self,
        number: int,
        quote: Quote,
        remark: list[int],
        author: int | None,
        stances: dict[int, tuple[str, re.Match[str], str] | None],
    ) -> tuple[str, str]:
        speaker = quote.speaker
        assert speaker is not None
        if number in remark:
            return "remark", "carried by the leaked channel"
        if author is not None and speaker == author:
            return "response", "the remark's author speaking after the leak"
        if self.entities[speaker].kind == "outlet":
            return "report", "a news outlet reporting"
        if author is not None:
            # A defence or attack is of the remark's author: with none, no stance is sought.
            if speaker not in stances:
                own = [i for i, q in enumerate(self.quotes) if q.speaker == speaker]
                stances[speaker] = self.stance(own, author)
            stance = stances[speaker]
            if stance is not None:
                return stance[0], stance[2]
        return "statement", "a statement with no defence or attack cue"

    def _event(
        self,
        kind: str,
        actor: int,
        numbers: list[int],
        rule: str,
        author: int | None,
        stances: dict[int, tuple[str, re.Match[str], str] | None],
        medium: str | None = None,
    ) -> Event:
        first = self.quotes[min(numbers, key=lambda n: self.quotes[n].start)]
        carried = [self.quotes[n].channel for n in numbers if self.quotes[n].channel is not None]
        # The channel that names who published it, if any ("the recording, which X aired").
        published = [c for c in carried if self.channels[c].publisher is not None]
        if kind == "remark":
            # A medium that carried the words before the site that put it out.
            media = [c for c in carried if self.channels[c].kind in ("recording", "document")]
            carried = [c for c in published if c in media] or media or published or carried
        channel = (carried or [None])[0]
        target = None
        if kind == "remark":
            target = self.most_mentioned(numbers, actor)
        elif kind in ("defence", "attack"):
            stance = stances.get(actor)
            target = (self.target_after(stance[1]) if stance else None) or author
        if kind == "remark":
            time, time_rule = self._remark_time(numbers, medium)
        else:
            time, time_rule = self.time_of(numbers, public=True)
        start, end = self.sentence_text(first)
        return Event(
            kind,
            actor,
            start,
            end,
            self.summary(actor, numbers),
            rule,
            target,
            channel,
            tuple(numbers),
            time,
            time_rule,
        )

    def _leaks(self, author: int | None) -> list[Event]:
        """The leak, and any later one by another publisher ("first streamed live on
        the council's website ... a clip was then posted on Facebook")."""
        leaked = self.leaked_channels()
        published = [
            i
            for i in leaked
            if self.channels[i].kind not in ("recording", "document")
            and not self._put_out_by(author, i)
            # "first did the rounds on a WhatsApp group", with no day: no telling when; nor
            # in what a statement says ("said it had noted the audio circulating on social
            # media"): what it speaks of.
            and not (
                WENT_ROUND_RULE in self.channels[i].rule
                and (self._channel_time(i) is None or self._in_what_was_said(i))
            )
        ]
        media = [i for i in leaked if self.channels[i].kind in ("recording", "document")]
        if not (published or media):
            return []  # only what the author put out themselves
        ranked = sorted(published or media, key=self._publication_rank)
        # "obtained by the Courier" is how an outlet got the medium, not another leak.
        # (A broadcaster whose feed carried the words live, and which posted a clip the
        # next morning, put them out twice.)
        first = self.channels[ranked[0]]
        later = {
            self.channels[i].publisher: i
            for i in reversed(ranked[1:])
            if not _only_obtained(self.channels[i])
            and (
                self.channels[i].publisher != first.publisher
                or (
                    (_carried_live(first) or _carried_live(self.channels[i]))
                    and self.channels[i].kind != first.kind
                )
            )
            and not self._told_with_its_poster(i, ranked)
        }
        return [self._leak(author, ranked[0], media, first=True)] + [
            self._leak(author, i, media, first=False) for i in sorted(later.values())
        ]

    def _in_what_was_said(self, index: int) -> bool:
        """Whether a channel is named inside a statement's words."""
        at = self.channels[index].start
        return any(q.start <= at < q.end for q in self.quotes)

    def _player(self, start: int, end: int) -> int | None:
        """The person named last in ``text[start:end]``: who played a medium out at an
        occasion named at ``end``."""
        return next(
            (
                m.entity
                for m in reversed(self.mentions)
                if start <= m.start < end
                and m.entity is not None
                and self.entities[m.entity].kind == "person"
            ),
            None,
        )

    def _told_with_its_poster(self, index: int, ranked: list[int]) -> bool:
        """ "posted the clip on X on Sunday night": "on X" with no one named, in the
        sentence that names who posted it there, is that post, not another leak."""
        channel = self.channels[index]
        if channel.publisher is not None:
            return False
        sentence = self.segments.sentence_at(channel.start)
        return any(
            self.channels[other].publisher is not None
            and self.channels[other].kind == channel.kind
            and self.segments.sentence_at(self.channels[other].start) == sentence
            for other in ranked
            if other != index
        )

    def _leak(self, author: int | None, channel_index: int, media: list[int], first: bool) -> Event:
        """The leak through one channel; only the first may be dated by when the
        medium was posted ("the audio was posted on YouTube on Monday")."""
        channel = self.channels[channel_index]
        publisher = channel.publisher
        sentence = self.segments.sentence_at(channel.start)
        # "Deputy María Liz Aquino of the opposition Partido X played the recording at a
        # news conference": an occasion has no publisher; the one who played it leaked it.
        actor = (
            self._player(sentence.start, channel.start)
            if publisher is None and channel.kind in OCCASIONS_PLAYED_AT
            # "talk show host X played it on his programme on Island Voice FM": the host.
            else channel.reporter
            if channel.rule == PLAYED_ON_AIR_RULE and channel.reporter is not None
            else publisher
        )
        # The medium named where it says who put it out, else the first one named.
        own = [i for i in media if sentence.start <= self.channels[i].start < sentence.end]
        medium = self.channels[(own or media)[0]].name if media else "the remark"
        by = f", published by {self.entities[publisher].name}" if publisher is not None else ""
        # A body's stream carried the words live, as they were said: a time told with it is
        # the occasion's, and when the medium was posted is a later leak's.
        live = _carried_live(channel)
        time, time_rule = (None, None) if live else self._leak_time(channel_index)
        if time is None and first and not live:
            time, time_rule = self.posted_time()
        return Event(
            "leak",
            actor,
            sentence.start,
            sentence.end,
            f"Leak: {medium}{by}",
            f"leaked channel ({channel.rule})",
            author,
            channel_index,
            time=time,
            time_rule=time_rule,
        )

    def _leak_time(self, channel_index: int) -> tuple[int | None, str | None]:
        """The time the sentence reporting a leak gives it, by the channel's clause, a
        "when" before it, or a time opening its clause or sentence."""
        channel = self.channels[channel_index]
        sentence = self.segments.sentence_at(channel.start)
        time = self._channel_time(channel_index)
        played = (
            list(PLAYED_WORD.finditer(self.text, sentence.start, channel.start))
            if channel.rule == PLAYED_ON_AIR_RULE
            else []
        )
        if time is None and played:
            # "X played the recording in full the following night on El Descuento, the
            # station's programme": the station is named last; the playing is dated first.
            time = self.frame_time(played[-1].end(), channel.start)
        if time is None:
            # "... and reached a far wider audience on Saturday night, when X played it":
            # the time the "when" that opens its clause follows.
            time = next(
                (
                    index
                    for index, told in reversed(list(enumerate(self.times)))
                    if sentence.start <= told.start < channel.start
                    and told.time_end is not None
                    and (when := WHEN_AFTER.match(self.text, told.end)) is not None
                    and when.end() >= channel.start - 120
                ),
                None,
            )
        if time is None:
            # "..., and two days later the Mosi Courier published it": a time opening the
            # channel's own clause, with nothing but its preposition before it.
            joined = list(JOINED_CLAUSE.finditer(self.text, sentence.start, channel.start))
            own_start = joined[-1].end() if joined else None
            # (Not when the channel is told in a relative clause: "..., and last week the
            # Courier, which published it, apologised": the time is the apology's.)
            # (A relative clause closed before the verb is an aside: "the Courier, which is
            # based in the town, published it".)
            inside = RELATIVE_IN.search(self.text, channel.start, channel.end)
            relative = inside is not None and "," not in self.text[inside.end() : channel.end]
            opening = (
                self.frame_time(own_start, channel.start) if own_start and not relative else None
            )
            if opening is not None and OPENING_PREPOSITION.fullmatch(
                self.text[own_start : self.times[opening].start].strip()
            ):
                time = opening
        if time is None:
            # "Last week, Riverlight ... published ...": a time opening the sentence.
            opening = self.frame_time(sentence.start, channel.start)
            lead = (
                self.text[sentence.start : self.times[opening].start] if opening is not None else ""
            )
            # "The clip first surfaced on Sunday morning, when X posted ...", "drew little
            # notice until Monday morning, when X posted it": when it came out.
            came_out = CAME_OUT.search(lead) is not None or (
                opening is not None and WHEN_AFTER.match(self.text, self.times[opening].end)
            )
            # "On Tuesday, the online newspaper Beacon Watch published ...": only the
            # time's own preposition before it.
            bare = OPENING_PREPOSITION.fullmatch(lead.strip(" \"“'‘")) is not None
            time = opening if opening is not None and (came_out or bare) else None
        if time is None:
            # "The recording, made ... a fortnight ago, surfaced on Sunday in WhatsApp
            # groups": the time right after its coming out, not the first in the sentence.
            time = next(
                (
                    index
                    for index, told in enumerate(self.times)
                    if sentence.start <= told.start < channel.start
                    and CAME_OUT.search(self.text, sentence.start, told.start)
                ),
                None,
            )
        if time is None:
            # "Makinen posted a screenshot of the email that evening to ...": a time between
            # the verb of putting it out and where.
            verbs = list(PUT_OUT_VERB.finditer(self.text, sentence.start, channel.start))
            time = self.frame_time(verbs[-1].end(), channel.start) if verbs else None
        if time is None:
            return self._first_to_report(channel, sentence)
        return time, f"'{self.times[time].text}' in the sentence that reports it"

    def _first_to_report(
        self, channel: Channel, sentence: Sentence
    ) -> tuple[int | None, str | None]:
        """ "Ayan, an independent news site, was the first outlet to report on it, on Feb.
        9. The site published the audio ...": the day the sentence before gives the
        publisher's first report."""
        if channel.publisher is None or sentence.index == 0:
            return None, None
        before = self.segments.sentences[sentence.index - 1]
        first = FIRST_TO_REPORT.search(self.text, before.start, before.end)
        if first is None or not any(
            m.entity == channel.publisher and before.start <= m.start < first.start()
            for m in self.mentions
        ):
            return None, None
        time = next(
            (
                index
                for index, told in enumerate(self.times)
                if first.end() <= told.start <= first.end() + len(" on it, on ")
                and told.time_end is not None
            ),
            None,
        )
        if time is None:
            return None, None
        return time, f"'{self.times[time].text}' in the sentence before, of its first report"


def _participle(verb: str) -> str:
    """ "written" for "wrote": the verbs of making a medium, as its passive says them."""
    lowered = verb.lower()
    return "written" if lowered == "wrote" else lowered


def _was(noun: str) -> str:
    """ "was" or, for a plural noun ("the messages"), "were"."""
    return "were" if noun.endswith("s") and not noun.endswith("ss") else "was"


def _carried_live(channel: Channel) -> bool:
    """Whether a leaked channel carried the words live, as they were said."""
    return channel.leaked and CARRIED_LIVE_RULE in channel.rule


def _only_obtained(channel: Channel) -> bool:
    """ "obtained by the Courier", "screenshots reviewed by Forkpoint": how an outlet got
    or saw the medium, not its putting it out."""
    return any(f"'{verb}" in channel.rule for verb in OBTAINED_VERBS)


def _first_mention_in(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start < end), None)


def build_events(
    article: Article,
    segments: Segments,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    channels: Sequence[Channel],
    times: Sequence[TimeExpression],
) -> Story:
    """The events of one article, unordered; :mod:`provenance.sequence` orders them."""
    return _Builder(article, segments, mentions, entities, quotes, channels, times).build()
