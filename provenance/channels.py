"""Channels: how each statement reached the public, as the text states it.

Patterns of news writing name the medium ("in the leaked recording", "in a
statement", "on Twitter"), who published it ("published by the X website",
"obtained by X"), the interview ("approached by X", "in a follow-up
interview with X Political Correspondent Y", "told the BBC"), and the speech
("in a speech at X in Y"). Each channel keeps its evidence span, its
publisher and reporter (entities named inside it) and its place.

A statement takes the channel named in its own sentence; one that names none
keeps the channel of the same speaker's previous statement, as long as no
one else spoke in between ("He also said ..."), except that a statement
made after the leak ("once the tape surfaced, she said ...") is not part of
the leaked medium.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import takewhile
from typing import TypeVar

from attrs import evolve, frozen

from provenance.lexicon import (
    BROADCAST_WORDS,
    BROADCASTER_HEADS,
    CARRIED_LIVE_RULE,
    CHAMBERS,
    DEFINITE,
    DOCUMENTS,
    KIN_NOUNS,
    KIND_OF_MEDIUM,
    MEDIUM_NOUNS,
    MONTHS,
    NAMED_CHAMBERS,
    OUTLET_NOUNS,
    PICTURED,
    PLAYED_ON_AIR,
    PLAYED_ON_AIR_RULE,
    POSTED_TO_GROUP_RULE,
    PRINT_WORDS,
    PUT_OUT,
    RECORDINGS,
    REMARK_NOUNS,
    ROLE_HEADS,
    STANCE_OVER,
    WEEKDAY_NAMES,
    WENT_ROUND_RULE,
    WHICH_CLAUSE,
    names_a_doer,
)
from provenance.records import Article, Channel, Entity, Mention, Quote, Segments, Sentence
from provenance.scanning import Scan, finditer

# "Screenshots handed to the Daily Lantern": a medium given to an outlet (only an
# outlet: "passed to police" puts nothing out).
HANDED = r"handed|passed|given|supplied|provided"
LEAK_ADJECTIVES = r"leaked|secret|secretly[- ]recorded|covert|undercover|private"
# A word that says what kind of medium it is: "her resignation letter", "a farewell email".
# Not a determiner or a day: "said on Tuesday the email was ..." names no medium.
PREMODIFIER = (
    r"(?!(?:with|by|to|of|for|which|that|and|or|the|a|an|his|her|their|its"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # ("saying text messages in which ...": a verb of saying before what it says.)
    r"|saying|telling|claiming|insisting|adding|arguing|noting|calling|describing|warning)\b)"
    # ("caught on a reporter's livestream": whose, too.)
    r"[a-z0-9][a-z0-9-]*(?:['’]s)?"
)
MEDIUM = re.compile(
    rf"\b(?:(?:in|on|from|through|according\s+to)\s+"
    rf"(?:(?:the|a|an|this|that|his|her|their|another|one)\s+)?"
    rf"(?P<adj>(?:(?:{LEAK_ADJECTIVES})\s+)*)(?:{PREMODIFIER}\s+){{0,2}}?"
    # ("a leaked Facebook Messenger voice message": up to the platform's two words.)
    rf"|(?P<leak>(?:{LEAK_ADJECTIVES}))\s+(?:[\w-]+\s+){{0,2}}?)"
    rf"{KIND_OF_MEDIUM}(?P<medium>{RECORDINGS}|{DOCUMENTS})\b"
    rf"|\b(?:(?:the|a|an|these|those)\s+)?{KIND_OF_MEDIUM}(?P<published>{RECORDINGS}|{DOCUMENTS})"
    rf"(?=,?(?:[^.;]|\.(?=\s\d)){{0,60}}?\s(?:first\s+)?"
    rf"(?:published|obtained|released|posted|leaked|revealed|seen|captured|{HANDED})"
    # ("The audio, just under three minutes long, surfaced": past an aside.)
    rf"\s+(?:by|to)\b|(?:,[^,.;]{{1,60}},)?\s+(?:first\s+)?"
    r"(?:surfaced|emerged|circulated|went\s+viral|appeared(?!\s+to\b))\b"
    # ("The email, which surfaced last week, went to ...": its coming out in a relative;
    # not "a video which appeared genuine".)
    r"|,\s+which\s+(?:first\s+)?(?:surfaced|emerged|went\s+viral)\b"
    rf"|,?(?:[^.;]|\.(?=\s\d)){{0,80}}?\s(?:was|were)\s+(?:{PUT_OUT})\b)"
    # "despite handwritten notes in which the minister described ...": no determiner.
    # (The lookahead first, so that only words a few before "in which" are tried.)
    # ("a video recorded in 2019 at a private party dinner, in which he mocks ...": how
    # it was made, then the clause.)
    # ("a video of his half-time team talk on Saturday night, in which he mocked ...": what
    # it is of, then the clause.)
    r"|\b(?=(?:[\w-]+\s+){1,5}(?:in\s+which|(?:recorded|filmed|made|of)\s)\b)"
    rf"(?:(?:a|an|the)\s+)?(?:{PREMODIFIER}\s+)??{KIND_OF_MEDIUM}(?P<relative>{RECORDINGS}|{DOCUMENTS})"
    r"(?=(?:\s+(?:recorded|filmed|made)\s[^,.;]{1,60},|\s+of\s+[^,.;\"“”]{1,60},)?\s+in\s+which\b)"
    # "Transport secretary recorded mocking ...", "caught on camera saying ...",
    # "Minister caught calling his own plan a shambles".
    r"|\b(?P<caught>(?:secretly\s+)?(?:recorded|filmed|taped)|caught(?:\s+on\s+"
    r"(?:tape|camera|video|film))?)\s+(?=\w+ing\b)"
    # "caught on a microphone at a summit dinner on Nov. 12 calling ...", "caught on
    # his body-worn microphone calling ...".
    r"|\b(?P<miked>caught\s+on\s+(?:(?:an?|the|his|her|their|its)\s+)?"
    r"(?:(?:(?:hot|open|live|[\w]+-worn)[ -])?mic(?:rophone)?"
    # ("caught on a reporter's livestream saying ...": a stream that carried the words.)
    r"|(?:[\w'’-]+\s+){0,2}?(?:live\s?stream|livestream|live\s+feed|webcast)))\b"
    r"(?=(?:[^.;]|\.(?=\s\d)){0,60}?\s\w+ing\b)"
    # "a microphone left on at the launch ... caught him telling a colleague": what the
    # microphone caught.
    r"|\b(?P<picked>(?:(?:hot|open|live)[ -])?mic(?:rophone)?)\b"
    r"(?=(?:[^.;]|\.(?=\s\d)){0,100}?\s(?:caught|picked\s+up|captured)\s+"
    r"(?:him|her|them|(?:[A-Z][\w'’.-]*\s+){1,4})\w+ing\b)"
    # "X can be heard telling an aide": words someone can listen to again are recorded.
    r"|\b(?P<heard>(?:can|could)\s+(?:also\s+|then\s+)?be\s+heard|is\s+(?:also\s+)?heard)"
    r"\s+(?=\w+ing\b)"
    # "a secretly recorded phone call": an occasion recorded is a recording.
    r"|\b(?P<taped>(?:secretly|covertly)[- ](?:recorded|taped|filmed))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|meeting|exchange|speech|briefing|dinner)\b",
    re.IGNORECASE,
)
# "sent her own email to more than 30 senior managers", "The email was sent by the
# medical director ... on Tuesday 31 March": a medium its author made, named.
SENT_MEDIUM = re.compile(
    rf"\b(?:sent|wrote)\s+(?P<made>(?:an?|his|her|their|its)\s+(?:own\s+)?(?:{PREMODIFIER}\s+)??"
    rf"{KIND_OF_MEDIUM}(?P<medium>{RECORDINGS}|{DOCUMENTS}))(?=\s+to\b)"
    rf"|\b(?P<sent>(?:the|this|that|his|her|their)\s+(?:{PREMODIFIER}\s+)??{KIND_OF_MEDIUM}"
    rf"(?P<passive>{RECORDINGS}|{DOCUMENTS}))(?=\s+(?:was|were)\s+(?:sent|written)\s+(?:by|to)\b)",
    re.IGNORECASE,
)
# Where on a platform people post to a few: "a private Facebook group", "three
# community Facebook groups".
GROUPS = r"(?:group|page|chat)s?\b"
# Not a group's people: "a Facebook group administrator", "group members".
NOT_GROUP_PEOPLE = r"(?!\s+(?:administrator|admin|moderator|member|founder|organi[sz]er)s?\b)"
# Social platforms by name, as the text capitalises them.
PLATFORMS = (
    r"Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|YouTube|LinkedIn|Snapchat|Reddit"
    r"|(?i:subreddit)"
    r"|Telegram|Truth Social|X"
)
LEAK_IN_ARTICLE = Scan.of(
    r"\b(?:leak\w*|hot[ -]mic|open mic|secretly recorded|secret recording|obtained by|"
    r"first published by|first reported by"
    # A hot mic told without the phrase: "picked up by a live microphone", "the
    # microphones were still on".
    r"|live\s+mic(?:rophone)?s?|mic(?:rophone)?s?\s+(?:was|were)\s+(?:still\s+)?(?:on|live))\b",
    "leak",
    "hot",
    "open mic",
    "mic",
    "secret",
    "obtained by",
    "first published by",
    "first reported by",
)
# "on Monday", "late Tuesday", "last Friday": a day a medium came out on.
ON_A_DAY = rf"(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?{WEEKDAY_NAMES}"
# "on the evening of 9 August", "on 9 August".
ON_A_DATE = (
    r"on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?\d{1,2}\s+"
    rf"(?:{'|'.join(MONTHS)})\b"
)
# "by Qala Syry, an anonymous Telegram channel that writes about ...", "on Shams Forever,
# a fans' Telegram channel": an account on a platform, which puts out on social media.
ON_A_PLATFORM = re.compile(
    rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PLATFORMS})\s+(?:channel|account|page|group)\b"
)
# "a statement released by", "a press release issued by": a body's own words, put out.
STATEMENT_BEFORE = re.compile(
    r"\b(?:statement|press\s+release|news\s+release|communiqu[eé])\s+$", re.IGNORECASE
)
PUBLISHED_BY = re.compile(
    r"\b(?:first\s+)?(?P<verb>published|obtained|released|posted|broadcast|aired|revealed|"
    # ("was picked up hours later by the rugby news website Offload": another outlet's.)
    rf"reported|leaked|shared|seen|reviewed|viewed|captured|picked\s+up|{HANDED})\s+"
    # "first published as stills by the Daily Meridian", "published on Monday by the
    # legal news website Obiter", "first posted on Sunday afternoon by", "published in
    # excerpts on Monday by the investigative portal Odkrito".
    r"(?:online\s+|in\s+(?:full|part|excerpts|extracts)\s+|as\s+(?:an?\s+)?[\w-]+\s+"
    # "posted on X last night by the podcaster Eoghan Lally": the platform, then when.
    # ("first posted on Facebook on the evening of 9 August by Bernardino Soares Lopes".)
    rf"|on\s+(?-i:(?P<platform>{PLATFORMS}))\s+(?=(?:[\w-]+\s+){{0,6}}by\s)"
    rf"|(?:{ON_A_DAY}|{ON_A_DATE}|yesterday|today|last\s+week|last\s+night"
    r"|earlier\s+this\s+week|(?:minutes|hours|days)\s+later)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+)*(?:by|to)\s+"
    # "was posted on Monday night on the website of The Division Bell".
    r"|\b(?:first\s+)?(?P<site>published|posted|released|uploaded)\s+"
    # "was posted and played in full on the website of Jade Mountain News".
    r"(?:and\s+(?:played|aired|broadcast|shown|streamed)\s+(?:in\s+full\s+)?)?"
    rf"(?:{ON_A_DAY}(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    r"on\s+the\s+(?:website|site|web\s+page|page|blog)\s+of\s+"
    # "was uploaded to the YouTube channel of the television station Thisara TV".
    # ("was first posted on Sunday night on the Facebook page of Nile Voices Radio".)
    r"|\b(?P<upload>uploaded|posted|published|released)\s+"
    rf"(?:{ON_A_DAY}(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:on|to)\s+the\s+"
    r"(?-i:(?P<account>YouTube|Facebook|TikTok|Instagram|Telegram))\s+(?:channel|page|account)"
    r"\s+of\s+"
    # "were reported on the front page of the Daily Sentinel": a paper's front page.
    r"|\b(?P<front>reported|published|printed|splashed|carried)\s+"
    r"(?:across\s+|on\s+)the\s+front\s+page\s+of\s+"
    # "was first posted on March 12 on Shams Forever, a fans' Telegram channel": an outlet
    # the text then says is an account or a site.
    r"|\b(?:first\s+)?(?P<onto>posted|published|uploaded|shared)\s+"
    rf"(?:(?:{ON_A_DAY}|{ON_A_DATE}|on\s+(?:{'|'.join(MONTHS)})\s+\d{{1,2}})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+)?on\s+"
    r"(?=(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*,\s+(?:a|an)\s+[^,.;]{0,40}?"
    r"\b(?:channel|account|page|group|website|site|blog|portal)\b)"
    # "was published on Quadrant's website": the outlet owns the place it came out on.
    r"|\b(?:first\s+)?(?P<on>published|posted|broadcast|aired|released)\s+on\s+"
    r"(?=[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+(?:website|site|channel|programme|program"
    r"|show|podcast|front\s+page)\b)",
    re.IGNORECASE,
)
PUBLISHED_ACTIVE = re.compile(
    # "republished the screenshots": a further outlet putting the medium out.
    # ("picked up the video the next morning": an outlet taking up what was out already.)
    r"\s(?:first\s+)?(?P<verb>(?:re)?published|(?:re)?posted|(?:re-?)?uploaded|obtained|released"
    r"|picked\s+up"
    r"|(?:re)?broadcast"
    # ("followed the next morning, publishing the full recording": its subject's act.)
    r"|(?<=,\s)(?:publishing|posting|airing|broadcasting|playing(?!\s+(?:down|up)\b))"
    r"|(?:re-?)?aired|(?:re)?played|revealed|showed|screened|"
    # "embedded the clip in a story".
    # "quoted the email at length on its front page".
    r"reported|leaked|printed|ran|embedded|quoted)\s+"
    r"(?:online\s+|on\s+(?:its|their|the)\s+(?:website|site)\s+)?"
    # "published excerpts of the messages", "published on its website dozens of text
    # messages", "released a transcript of the call".
    # ... or "published a scan of the memo", "posted photographs of the letter".
    # ("printed long excerpts from it".)
    r"(?:(?:(?:long|short|brief|lengthy|extensive|further|more)\s+)?"
    r"(?:excerpts|extracts|parts|portions|snippets|clips|details|a\s+transcript|a\s+copy|copies"
    r"|an?\s+(?:scan|photo|photograph|image|picture)|scans|photos|photographs|images|pictures"
    # ("published a three-minute extract of the recording")
    r"|an?\s+(?:[\w-]+\s+)?(?:excerpt|extract|snippet|portion)"
    r"|dozens|hundreds|scores|a\s+series|a\s+cache|a\s+trove|a\s+batch"
    # ("aired 40 seconds of the exchange", "played part of the recording")
    r"|part|(?:\d+|a\s+few|several|[a-z]+)\s+(?:seconds|minutes)"
    # "published 14 of the emails", "posted all of the messages".
    r"|\d+|all|some|several|most|two|three|four|five|six|seven|eight|nine|ten|twelve"
    # "broadcast the full text of the email".
    r"|(?:the\s+)?(?:full\s+)?(?:text|contents?))\s+(?:of|from)\s+){0,2}"
    # "published a full, uncensored transcript".
    r"(?:(?:the|a|an|his|her|their|its|these|those)\s+)?(?:[\w-]+,?\s+){0,2}?"
    # "published the first instalment on its website": a medium put out in parts; "published
    # the full text Sunday evening": the whole of it.
    # ("published the passage on its website": the part of the medium named before.)
    rf"(?:{KIND_OF_MEDIUM}(?:{RECORDINGS}|{DOCUMENTS})|{REMARK_NOUNS}|instal?lments?"
    # (Not "reported the passage of the budget bill", "safe passage", "a passage from his
    # 1998 book".)
    r"|(?<=\sthe\s)passages?(?!\s+(?:of|for|through|from)\b)"
    # ("which played an extract on its morning programme": of the medium named before.)
    r"|(?:excerpts?|extracts?)(?!(?:\s+(?:on\s+\w+|yesterday|today|last\s+\w+|this\s+\w+))?"
    r"\s+(?:of|from)\b)"
    # ("printed a photograph of it": of the medium named before.)
    # ("printed long excerpts from it": of the medium named before.)
    r"|full\s+text|(?:(?<=\sof\s)|(?<=\sfrom\s))(?:it|them)"
    # ("printed photographs of four of the pages": of the papers named before.)
    r"|(?<=\sof\sthe\s)pages)\b",
    re.IGNORECASE,
)
PICKED_UP_RULE = "'picked up by' + outlet"
# A verb of putting something out on a platform.
POSTING_BEFORE = re.compile(r"\b(?:posted|shared|published|uploaded|put\s+out)\b", re.IGNORECASE)
# "by an anonymous Instagram account", "by a Telegram channel": an account no one is named for.
UNNAMED_ACCOUNT = re.compile(
    r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?-i:(?P<platform>{PLATFORMS}))\s+(?:account|channel|page|user|group)\b"
)
# "The Solomon Courier carried the story on its front page on Monday, with a transcript
# of the remarks": the story, and the medium printed with it.
CARRIED_STORY = re.compile(
    r"\s(?P<verb>carried|ran|splashed)\s+the\s+story\s+on\s+(?:its|their|the)\s+front\s+pages?"
    r"\b(?=[^.;]{0,40}?\bwith\s+(?:a|the)\s+(?:full\s+)?(?:transcript|text|excerpts|extracts"
    r"|still|photo|photographs?|screenshots?)\b)",
    re.IGNORECASE,
)
# "led its evening news with the story that evening, showing the messages on screen",
# "opened its main news bulletin with the story": a broadcaster's first item.
LED_WITH_STORY = re.compile(
    r"\s(?:led|opened)\s+(?:its|their)\s+(?:[\w'’.-]+\s+){0,3}?(?:news|bulletin|newscast)"
    # ("opened its main news bulletin with the clip": the medium itself, on air.)
    r"\s+with\s+the\s+(?P<led>story|clip|recording|video|footage|audio|tape|texts|messages"
    r"|emails|screenshots|memo|letter)\b"
    # "took up the story in its Saturday edition": a paper's print edition (not "reported in
    # its Wednesday edition that an inquiry had opened": news of something else).
    r"|\s(?:took\s+up|ran|carried)\s+the\s+story\s+in\s+(?:its|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<edition>edition)\b",
    re.IGNORECASE,
)
# "The group posted it on its website": a medium named before, put out where the
# outlet publishes.
PUT_OUT_IT = re.compile(
    # "published excerpts on its website": parts of the medium named before.
    # ("which carried it on its front page on Friday": a paper.)
    r"\s(?P<verb>posted|published|printed|released|aired|broadcast|played|leaked|read|carried"
    # ("which reported on it during its 10 p.m. newscast": told it on air.)
    r"|showed|reported\s+on)\s+"
    # ("played the note in full in its 8 p.m. news bulletin": the medium named before.)
    rf"(?:it|them|the\s+(?:[\w-]+\s+)?(?:{RECORDINGS}|{DOCUMENTS}|notes?)"
    r"|(?:excerpts|extracts|parts|portions)(?:\s+of\s+(?:it|them))?"
    # ("printed the outpatients section in full on its front page": a part of it.)
    r"|the\s+(?:[\w-]+\s+)?(?:section|passage|extract|excerpt)"
    # "played about 40 seconds of the audio": a stretch of it.
    r"|(?:(?:about|nearly|almost|some|more\s+than|over)\s+)?(?:\d+|a\s+few|several|one|two"
    r"|three|four|five|ten)\s+(?:seconds|minutes)\s+of\s+(?:it|(?:the|its)\s+"
    r"(?:audio|recording|video|tape|clip|footage)))\s+"
    # "played it in full on its breakfast show", "aired it in its 9pm news bulletin",
    # "read it out in full at the start of a new episode", "published it with a full
    # transcript on Monday morning".
    r"(?:out\s+)?(?:in\s+full\s+)?(?:with\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){1,3}?)?"
    # "... on Sportsline, its evening sports bulletin, on Tuesday evening": a programme by
    # name, then when.
    r"(?:on\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},\s+(?:its|their)\s+[^,.;]{1,60},\s+)?"
    # "read it out in full on air"; "the news portal X published it in full." (all of it).
    r"(?:online\b|on\s+(?:the\s+)?air\b|in\s+full(?=\s*[,.;:])"
    r"|(?:(?:on|in|during)\s+(?:its|their|the)|at\s+the\s+(?:start|end)\s+of\s+(?:an?|its|the))"
    r"\s+(?:own\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?P<site>website|site|blog|channel|podcast|programme|program|show|bulletin|newscast|episode"
    r"|news(?:\s+(?:bulletin|programme|program|show))?"
    # "published it in full in its Monday edition": in print.
    r"|edition|pages"
    # "posted it on its Facebook page".
    # (Not "on its news programme's website": the site of a programme.)
    r"|page)\b(?!['’]s\s+(?:[\w-]+\s+){0,2}(?:website|site|page|blog|podcast|channel)\b)"
    # "the public broadcaster aired it on Monday morning": on air, when it says when.
    # (or, as AP writes it, with no "on": "aired excerpts Wednesday evening").
    rf"|(?P<day>(?:(?:on|last)\s+)?{WEEKDAY_NAMES}"
    # "which published them the following day", "... later that day".
    r"|the\s+(?:following|next|same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:later\s+)?that\s+(?:day|morning|afternoon|evening|night))\b)",
    re.IGNORECASE,
)
# "showed it on its teatime news bulletin": where a broadcaster puts things out on air.
BULLETIN = re.compile(r"\b(?:bulletin|newscast)\b", re.IGNORECASE)
ON_AIR = ("aired", "broadcast", "played", "replayed", "re-aired", "reaired", "rebroadcast", "read")
T = TypeVar("T")
CLAUSE_OPENER = re.compile(r",?\s*\b(?:when|after|before|as|while|because|since)\s+", re.IGNORECASE)
# What may stand before a clause's subject: openers set off by commas, and the words
# that describe it ("Hours later, on Tuesday evening, the regional news portal ").
SUBJECT_LEAD = re.compile(
    r"(?:(?:but|and|yet|so)\s+)?(?:[^,.;]{0,40},\s+)*(?:the\s+(?:[\w-]+\s+){0,3})?", re.IGNORECASE
)
# What may stand before a clause's subject at its very start: openers set off by commas
# ("Within hours, ") and the subject's title ("Deputy ").
COMMA_OPENERS = re.compile(r"(?:[^,.;\"“”]{1,40},\s+)*(?:[A-Z][\w.'’-]*\s+){0,3}")
NO_SUBJECT_AFTER = re.compile(r"(?:a|an|the|[\w-]+ing)\b", re.IGNORECASE)
# "published screenshots of them on its website": a paper's site, not its pages.
ON_ITS_WEBSITE = re.compile(
    # ("published eleven screenshots of the exchange on its website")
    r"(?:\s+of\s+(?:it|them|(?:the|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+))?"
    r"\s+on\s+(?:its|their)\s+(?:own\s+)?(?:website|site)\b"
)
# "... on its official Facebook page": where a body put something out, a platform.
# "a message published on the university's website": where a written word went out.
# "In a letter published in Wednesday's Drumcarrig Courier, Dr X defended ...": a letter
# to a paper's editor, which the paper printed.
IN_A_PAPER = re.compile(
    r"\s+published\s+in\s+(?:(?-i:[A-Z])[\w'’.-]*['’]s\s+)?(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
ON_A_WEBSITE = re.compile(
    r",?\s+(?:published|posted)\s+on\s+(?:the|its|his|her|their|(?-i:[A-Z])[\w'’.-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?website\b",
    re.IGNORECASE,
)
# ", 74 seconds long", ", just under three minutes long": how long a medium runs.
RUNS_FOR = re.compile(
    r",\s+(?P<lasting>lasting\s+)?(?:about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+"
    r"|a\s+little\s+over\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:seconds?|minutes?)(?(lasting)|\s+long)\b",
    re.IGNORECASE,
)
# "... and a full transcript on its website": where an outlet put out what it did.
ON_ITS_SITE = re.compile(
    # (In its own clause: not "published the recording after its reporters discussed it on
    # their podcast".)
    r"(?:(?!\b(?:after|before|when|while|as|because|since|until|once)\b)[^.;,]){0,50}?"
    r"\bon\s+(?:its|their)\s+(?:own\s+)?(?P<site>website|site|blog|podcast)\b"
)
ON_ITS_PLATFORM = re.compile(
    # ("uploaded the recording to its YouTube channel": an upload goes "to" one.)
    rf"[^.;]{{0,60}}?\b(?:on|to)\s+(?:its|their|the\s+[\w'’-]+['’]s)\s+(?:official\s+)?"
    rf"(?:{PLATFORMS})\b"
    # ("posted the video on X and Facebook": on the platforms themselves, right after it.)
    rf"|\s+(?:on|to)\s+(?:{PLATFORMS})\b"
)
# "KTVN, which was carrying the news conference live, aired ...", "Fair Rents
# Now, a tenants' campaign group, published ...": an aside between the
# outlet and its verb.
ASIDE_BEFORE = re.compile(
    # "with more than 180,000 subscribers,": a number's comma does not close the aside.
    # ("Radio Cerro Alto, based in Santiago, played": where it is.)
    # ("Arizona Water Commons, a Tucson-based group that campaigns against the sale of
    # rural groundwater to developers, posted": what a body is may run longer.)
    r",\s+(?:(?:which|who|based|headquartered)\b(?:[^,.;]|[,.](?=\d)){1,80}"
    # ("Canal Nueve, Estrelia's public broadcaster, aired it": whose it is.)
    r"|(?:a|an|the|(?-i:[A-Z])[\w.-]*['’]s)\b(?:[^,.;]|[,.](?=\d)){1,120}),$",
    re.IGNORECASE,
)
# ", a Thai-language Facebook page with more than 400,000 followers that posts ...,": an
# aside that says the name before it is an outlet's may run longer.
OUTLET_ASIDE_BEFORE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(OUTLET_NOUNS))}|page|account)\b"
    r"(?:[^,.;]|[,.](?=\d)){1,160},$",
    re.IGNORECASE,
)
# "sent the audio to the Gazette, which published a transcript": the outlet, then "which".
WHICH_BEFORE = re.compile(r",\s+(?:which|that)$", re.IGNORECASE)
# "local blogger Jude Alcoseba, who posted it": someone else's medium, put out by them.
WHO_BEFORE = re.compile(r",\s+who$")
# "WMRF-TV in Marrowfield aired the recording": where the outlet is, after its name.
PLACE_AFTER_NAME = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# "the video, which Newsline published on Tuesday": the outlet is named
# right before the verb.
PUBLISHED_RELATIVE = re.compile(
    rf"\b(?:(?:{RECORDINGS}|{DOCUMENTS}),?\s+(?:which|that)\s+(?P<outlet>[^,.;]{{1,60}}?)"
    # "follows one the Courier revealed on its front page": a medium, then its outlet.
    rf"|(?:{RECORDINGS}|{DOCUMENTS}|one)\s+(?P<named>(?:the\s+)?(?-i:[A-Z])[^,.;]{{0,50}}?))\s"
    r"(?:first\s+)?(?P<verb>published|obtained|released|posted|broadcast|aired|revealed|"
    r"leaked)\b",
    re.IGNORECASE,
)
# "Lakeview High School was streaming the ceremony live on its YouTube channel":
# an occasion carried live by whoever is named before the verb; what was said at
# it went out as it was said.
# "The voicemail went to air on Tuesday night on Nightbeat, Banksia Television's
# current-affairs program": a medium aired, then where (a broadcaster named soon after).
AIRED_ON = re.compile(
    # ("The audio was first aired last Thursday morning on Thabana FM's breakfast show".)
    # ("The exchange went out live on Hanbit Sports TV": a broadcaster's live feed.)
    # ("The stump microphones were live on Saffron Sports": what they caught went out live.)
    r"\b(?:went\s+to\s+air|went\s+out(?=\s+live\b)"
    r"|(?P<live>(?:microphones?|mics?|feed|cameras?)\s+(?:was|were)\s+(?:still\s+)?live)"
    r"|(?:was|were)\s+(?:first\s+)?(?:aired"
    r"|broadcast|screened|played)"
    # "The messages were first read out on rival radio station 2KZ's breakfast program".
    r"|(?:was|were)\s+(?:first\s+)?read\s+(?:out|on\s+(?:the\s+)?air))\b[^,.;\"“”]{0,40}?\son\s+",
    re.IGNORECASE,
)
# What went out live: a medium or the exchange it holds ("The exchange went out live on").
MEDIUM_BEFORE = re.compile(
    rf"\b(?:{RECORDINGS}|exchange|remarks?|comments?|conversation)\s+$", re.IGNORECASE
)
LIVE_ON_GAP = re.compile(
    r"(?:the\s+)?(?:(?!(?:podium|floor|stage|dais|lectern|set|platform|pitch|field)\b)"
    r"[a-z][\w-]*\s+){0,2}"
)
# How far after "on" the broadcaster may be named ("on Nightbeat, Banksia Television's").
AIRED_REACH = 60
CARRIED_LIVE = re.compile(
    r"\s(?:(?P<auxiliary>was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:being\s+)?)?"
    # ("The council streams its sessions live on its Facebook page": as it always does.)
    r"(?P<verb>(?:live-?)?stream(?:ing|ed|s)|broadcast(?:ing|s)?|carr(?:ying|ied|ies)|air(?:ing|ed|s)"
    # Without an object when that is a relative pronoun before the outlet ("the
    # meeting, which the district streamed live on its YouTube channel").
    r"|televis(?:ing|ed))\s+(?P<object>(?:it|them)\s+"
    r"|(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:ceremony|meeting|session|hearing|conference|event|debate|match|game|service|briefing"
    r"|speech|speeches|fundraiser|gala|dinner|forum|trial|trials"
    rf"|proceedings|rally|launch|town\s+hall|sitting|assembly|meetings|sessions|hearings"
    rf"|sittings|(?P<remark>{REMARK_NOUNS}))\s+)?live\b"
    r"(?:\s+on\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w'’.-]+\s+){0,2}?"
    rf"(?P<platform>{PLATFORMS}|Twitch|website|radio|television|TV)\b)?",
    re.IGNORECASE,
)
# "carried live by the public broadcaster Raajje Public Media": what it is, then its name.
CARRIED_BY = re.compile(r"\s+by\s+(?:the\s+(?:[a-z][\w-]*\s+){0,3})?")
LIVE_ON = re.compile(r"\s+on\s+[^,.;:]{1,80}", re.IGNORECASE)
PLATFORM_CHANNEL_OF = re.compile(r"\s+(?:channel|page|account)\s+of\s+", re.IGNORECASE)
ONLINE = re.compile(r"\b(?:online|web|website|site)\b", re.IGNORECASE)
# A relative clause describing a speaker: ", who represents Loma Verde in the Senate,".
# (Not ", who was taking questions at the post-Cabinet media briefing,": where.)
HEADLINE_OVER_CHANNEL = re.compile(r"\s(?:over|after)\s")
INTERVIEW_BEFORE = re.compile(r"\binterview\s+$", re.IGNORECASE)
PAGE_OF = re.compile(r"\s+of\s+(?:the\s+)?")
POSTED_BY_AFTER = re.compile(
    r"(?:\s+on\s+[^,.;]{1,30})?,\s+(?:first\s+)?(?P<verb>posted|shared|uploaded)\s+by\s+"
)
CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}$")
WHOSE_AFTER = re.compile(r",?\s+whose\s")
# A restrictive relative clause in a source, no comma before it: "An inspector whose
# private comments were passed around" (not "Alleyne, who was taking questions at the
# briefing,", which may say where the words were said).
RELATIVE_IN_SOURCE = re.compile(r"[^,]\s(?:who|whose)\s")
WHO_ASIDE = re.compile(r",\s+who\s+(?:represents|sits|serves|leads|chairs|heads)\b")
# An outlet described as published on the web: "an online newspaper", "a digital daily".
ONLINE_OUTLET = re.compile(r"\b(?:online|digital|web|internet)\b", re.IGNORECASE)
RELATIVE_OBJECT = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
MICROPHONE = re.compile(r"\b(?:hot|open|live)[ -]mic|\bmic(?:rophone)?s?\b", re.IGNORECASE)
# A microphone, or a camera "kept rolling" after the speeches: it caught what was
# said off the record.
LEFT_ON = re.compile(
    rf"{MICROPHONE.pattern}|\bkept\s+(?:rolling|running|streaming)\b|\bstill\s+(?:rolling|running)\b",
    re.IGNORECASE,
)
APPROACHED_BY = re.compile(r"\b(?:approached|interviewed|questioned|asked)\s+by\s+", re.IGNORECASE)
INTERVIEW = re.compile(
    r"\b(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?interview\s+"
    r"(?:with|on|for|to)\s+",
    re.IGNORECASE,
)
TOLD = re.compile(r"\b(?:told|telling|speaking\s+to|spoke\s+to|talking\s+to)\s+", re.IGNORECASE)
TOLD_REPORTERS = re.compile(
    r"\b(?:told|telling|speaking\s+(?:to|with)|spoke\s+(?:to|with)|talking\s+to|briefed|faced"
    r"|facing|address(?:ed|ing))\s+"
    r"(?:reporters|journalists|the\s+media|the\s+press|broadcasters)\b",
    re.IGNORECASE,
)
# A medium handed to someone: "gave a copy of the email to KQGC-TV".
HANDED_TO = re.compile(
    r"\b(?:gave|handed|passed|sent|leaked|provided|forwarded)\b[^.;]*\bto\b", re.I
)
# "apologized from the bench Wednesday morning": said from where one presides or preaches.
# (Only after a verb of saying, in its clause: not "came on from the bench", "was removed
# from the bench".)
FROM_THE_SEAT = re.compile(
    r"\b(?:apologi[sz]ed|said|spoke|told|announced|declared|remarked|ruled|added|read)"
    # ("from the Senate podium", "from the Assembly's tribune": a chamber's, by its name;
    # not "watched from the away bench", "the main tribune", a stadium's.)
    r"\s+(?:[\w'’-]+\s+){0,4}?(?P<from>from)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?"
    r"(?P<seat>bench|dais|pulpit|podium|lectern|rostrum|(?-i:tribune))\b",
    re.IGNORECASE,
)
# "she told a Bilbao radio station that ...": an interview with an outlet the text does
# not name (named ones are read as "'told' + outlet").
TOLD_AN_OUTLET = re.compile(
    # (Modifiers only between: not "told a court that a newspaper had paid her".)
    r"\b(?:told|telling|speaking\s+to|spoke\s+to|talking\s+to)\s+an?\s+"
    r"(?:(?!(?:that|the|a|an|his|her|their|its|who|which|what)\s)[\w'’-]+\s+){0,3}?"
    r"(?:(?:radio|television|TV)\s+(?:station|channel|programme|program|show)|broadcaster"
    r"|newspaper|news\s+(?:site|website|agency|channel)|podcast)\b",
    re.IGNORECASE,
)
SPEAKING_ON = re.compile(
    # ("was speaking on Saturday on Ovozi Mardum, a weekly phone-in programme": when, then
    # where.)
    rf"(?:\b(?:speaking|appearing|interviewed|said)\s+(?:on\s+(?:{WEEKDAY_NAMES})\s+)?on\s+"
    r"|\bin\s+an?\s+appearance\s+on\s+"
    # "defended Mr Greaves on Radio Brackenford": a stance taken on air.
    r"|\b(?:defended|backed|attacked|criticised|criticized|condemned|insisted|argued"
    # "apologized the next morning on The Morning Exchange": an apology made on air.
    r"|apologi[sz]ed)\s+"
    r"(?:(?!on\b)[\w.'’-]+\s+){0,3}?"
    # ("defended her on Tuesday night on Mesa Chica", "over the weekend on Ordo TV's ...")
    rf"(?:(?:on\s+(?:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?|over\s+the\s+"
    r"weekend|last\s+night|yesterday(?:\s+(?:morning|afternoon|evening))?)\s+)?on\s+)"
    # "Speaking on the breakfast programme of Rádio Capibaribe": the station's programme.
    r"(?:the\s+(?:[\w'’-]+\s+){0,1}?(?:breakfast|morning|evening|night|late-night|afternoon"
    r"|lunchtime|drive-time|news|talk|phone-in|weekly|daily|radio|television|TV|current-affairs"
    r"|flagship|political|sports)\s+(?:programme|program|show|bulletin|podcast)\s+of\s+)?",
    re.IGNORECASE,
)
TELLING_HOST = re.compile(
    r",?\s+(?:telling|told)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+)?"
    r"(?:host|presenter|interviewer|anchor|anchorwoman|anchorman)\b",
    re.IGNORECASE,
)
SPEECH = re.compile(
    # "at Tuesday evening's council meeting": a day's, as a determiner.
    # "told a press conference", "addressing a rally": words said to those gathered.
    # ("held a press conference in Maseru": an occasion called to speak.)
    rf"\b(?:in|during|at|told|telling|address(?:ed|ing)|held|holding|called|convened)\s+"
    rf"(?:a|an|the|his|her|their|(?:{WEEKDAY_NAMES}|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<kind>speech|address|rally|protest|demonstration|vigil|press conference|news conference"
    # ("told a session of the cantonal government", "Later in the debate").
    r"|briefing|session|sitting|debate"
    # "answered at a council meeting later that day", "at the council's meeting": words
    # said to a public sitting.
    r"|(?:council|public|board|committee|senate|assembly|town\s+hall)(?:['’]s)?\s+"
    r"(?:meeting|hearing|session|sitting)|town\s+hall"
    # "at a meeting attended by about 200 residents": a meeting the public came to.
    r"|meeting\s+(?:attended\s+by|with)\s+(?:(?:about|some|around|more\s+than|over|nearly"
    r"|hundreds\s+of|dozens\s+of|[\d,]+)\s+)*(?:residents|villagers|constituents|supporters"
    r"|parents|traders|farmers|members\s+of\s+the\s+public|the\s+public))\b"
    # The venue ends before a time or a clause ("at the depot on Monday that ...").
    r"(?:\s+(?:at|to|in|on|before)\s+(?!\d|(?:last|this|next)\b|"
    rf"(?:{WEEKDAY_NAMES}|{'|'.join(MONTHS)})\b)"
    r"(?P<venue>(?:(?!\s+(?:on|that|when|where|after|before"
    r"|last|this|yesterday|today)\b)[^,.;:\"“])+))?"
    # "told the crowd", "addressing the marchers", "told the tribunal": words said to
    # those gathered (not "told staff", "told colleagues": a remark's own hearers).
    r"|\b(?:told|telling|address(?:ed|ing))\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?"
    # (Not "told a closed party meeting": the remark's own, private occasion.)
    r"(?:(?!(?:closed|closed-door|private|secret|internal)\b)[\w-]+\s+){0,2}?"
    r"(?P<audience>crowds?|marchers|protesters|demonstrators|supporters|sit-in|gathering"
    # ("told the council", not "the council's chief executive", nor "the council in
    # writing", "by phone": no sitting.)
    r"|audience|congregation|mourners|tribunal|inquiry|committee|hearing|meeting"
    r"|council(?!['’]s?\s+(?!(?:[\w-]+\s+)?(?:committee|meeting|session|sitting|hearing)\b)"
    r"|\s+(?:in\s+writing|in\s+an?\s+(?:[\w-]+\s+)?(?:e-?mail|letter|message|note|statement)"
    r"|by\s+(?:e-?mail|phone|telephone|letter|text)))"
    r"(?:['’]s?\s+(?:[\w-]+\s+)?(?:committee|meeting|session|sitting|hearing))?"
    # "told several hundred workers gathered at the gates": people gathered to hear.
    r"|(?:workers|residents|students|lecturers|teachers|traders|farmers|villagers|parents"
    r"|nurses|supporters|protesters|members)\s+gathered)\b"
    # "Addressing hundreds of traders at the market": those gathered to hear.
    r"|\baddress(?:ed|ing)\s+(?:the\s+|(?:hundreds|dozens|scores)\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?P<gathered>residents|traders|villagers|vendors|workers|voters"
    r"|constituents|farmers|fishermen|students|parents|members)\b"
    # "told several hundred striking lecturers in the courtyard": a crowd, by its number.
    r"|\b(?:told|telling|address(?:ed|ing))\s+(?:several\s+hundred|(?:hundreds|dozens|scores"
    r"|thousands)\s+of)\s+(?:[a-z][\w-]*\s+)?(?P<crowd>[a-z]+s)\b"
    # "Speaking in the Assembly", "alleged in the House", "told the Dáil": words said in
    # a chamber.
    # ("told the National Assembly", "told De Nationale Assemblée": a chamber by its name.)
    rf"|\b(?:in\s+(?:the\s+)?(?=(?-i:{CHAMBERS}))|told\s+(?:the\s+)?)"
    rf"(?P<chamber>(?-i:{NAMED_CHAMBERS})(?!\s+(?-i:[A-Z])))\b"
    # "in Question Time", "at Prime Minister's Questions": a parliament's questions.
    r"|\b(?:in|during|at|used)\s+(?P<questions>(?-i:Question Time|Question Period"
    r"|Prime Minister['’]s Questions|PMQs|Leaders['’] Questions)|question\s+(?:period|time))",
    re.IGNORECASE,
)
# "X of the opposition Partido Y": the body a person is of.
AFFILIATION_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$")
UNNAMED_PERSON_AT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?(?:whistleblower|employee|worker|nurse"
    r"|doctor|official|staffer|member|insider|engineer|manager|officer|source)\s+"
    r"(?:at|of|for|from|with|in)\s+(?:the\s+)?$"
)
# "Terrance Bethel played it in full on Straight Talk, his call-in programme on Island
# Voice 101.3 FM": a host plays a medium named before on a station's programme.
PLAYED_ON_PROGRAMME = re.compile(
    rf"\b(?:{PLAYED_ON_AIR})\s+(?:it|them|(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
    # (The last station named: "on Monday afternoon on La Pizarra, the show he hosts on
    # Radio Cardumen".)
    rf"(?:{RECORDINGS}))\s+(?:in\s+full\s+|out\s+)?(?:on\s+[^.;:]{{1,80}}\s+on\s+"
    rf"(?!(?:{WEEKDAY_NAMES}|{'|'.join(MONTHS)})\b)"
    r"(?P<station>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z0-9])[\w'’.-]*){0,4})"
    # ("... the following night on El Descuento, the station's late-night sports
    # programme": the station named before, by its noun.)
    r"|(?:[^.;:\"“”]{1,40}?\s)?on\s+(?-i:[A-Z])[^.;:,]{1,50},\s+"
    rf"(?P<owner>the\s+(?:{'|'.join(sorted(BROADCASTER_HEADS))}))['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:programme|program|show)\b)",
    re.IGNORECASE,
)
# Words that say an outlet is a broadcaster, before it or in its name.
BROADCASTER_WORDS = re.compile(
    r"\b(?:station|radio|television|TV|broadcaster|channel|FM|AM)\b", re.IGNORECASE
)
# ... or right after it: "Onda Giralda, a radio station in Seville".
BROADCASTER_APPOSED = re.compile(
    rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(BROADCASTER_HEADS))})\b",
    re.IGNORECASE,
)
# "played the recording for reporters " right before an occasion: played out there.
PLAYED_BEFORE = re.compile(
    rf"\b(?:played|screened)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{RECORDINGS})(?:\s+(?:aloud|in\s+full|for\s+(?:reporters|journalists|the\s+press)))*\s+$",
    re.IGNORECASE,
)
# "at the council meeting and played the message in full": a medium played out at an
# occasion named before.
# (The medium named before, by "the": not "played a video of the flooded estate", "played
# a video message from the party leader", another medium of the speaker's own.)
PLAYED_AFTER = re.compile(
    rf"\s+and\s+(?:then\s+)?(?:played|screened)\s+(?:the|a|an|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{RECORDINGS}|messages?)\b(?!\s+messages?\b)"
    # (Of the remark's occasion only: "the recording of the call", not "a video of the
    # flooded estate" or "a video message from the party leader".)
    r"(?!\s+(?:of|from|about)\s+(?!(?:the|his|her|their|that)\s+(?:[\w-]+\s+)?"
    r"(?:call|meeting|dinner|conversation|exchange|remarks?|comments?|session|briefing|speech"
    r"|interview)\b))",
    re.IGNORECASE,
)
# "played the recording for reporters outside the courthouse": a medium played to the
# press, with no occasion named.
PLAYED_FOR_REPORTERS = re.compile(
    rf"\b(?:played|screened)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{RECORDINGS})\s+(?:aloud\s+)?(?P<for>(?:for|to)\s+(?:reporters|journalists|the\s+press))\b"
    r"(?!\s+(?:at|during)\s+(?:a|an|the)\b)",
    re.IGNORECASE,
)
OFFICIAL_BEFORE = re.compile(
    r"\b(?:police|department|ministry|office|force|council|government|chief|spokes\w+)\b",
    re.IGNORECASE,
)
# Occasions of words said to those gathered.
SPOKEN_OCCASIONS = frozenset(("speech", "address", "rally", "protest", "demonstration", "vigil"))
# "wrote to the council chairperson on Monday asking for ...": a letter to someone.
WROTE_TO_RULE = "'wrote to' someone"
SAYING_AFTER_LETTER = re.compile(r"[^.;:\"“”]{1,60}?,\s+saying\b")
DEMANDING_AFTER_LETTER = re.compile(r"[^.;:\"“”]{0,60}?\s(?:demanding|calling\s+for)\b")
# ... unless the letter is said to have come out ("according to a copy of the letter
# obtained by the Daily Ledger", "The letter was leaked to the Herald").
LEAK_WORDS_NEAR = re.compile(
    # ("seen by", "which has seen the letter"; not "He has seen us outside his office".)
    r"\b(?:obtained|seen\s+by|(?:has|have|had)\s+seen\s+(?:the|a|this|that|a\s+copy)\b"
    r"|leaked|copy\s+of|copies\s+of|surfaced|emerged)\b",
    re.IGNORECASE,
)
APOLOGY_AFTER_LETTER = re.compile(
    r"[^.;:\"“”]{1,60}?\bto\s+(?:apologi[sz]e|express\s+(?:regret|remorse)|say\s+sorry"
    # ("to explain his comments": an answer; "to explain why ..." may be what leaked.)
    r"|explain\s+(?:his|her|their|its|the)\s+(?:remarks?|comments?|words|message|email|post)\b)"
)
# The words for a letter to many, which name the one written before again.
LETTER_HEADS = frozenset(("letter", "email", "e-mail"))
# Whom a letter to many is written to: "every family", "all staff", "parents".
_MANY = (
    r"(?:(?:every|all|each)\b|(?:the\s+|its\s+|their\s+)?(?:parents|families|staff"
    r"|members|supporters|residents|employees|workers|students|pupils|customers)\b)"
)
WROTE_TO_MANY = re.compile(rf"\s+{_MANY}", re.IGNORECASE)
# "an email sent to about 5,000 employees": to many.
SENT_TO_MANY = re.compile(
    r"\s+sent\s+to\s+(?:(?:about|some|nearly|more\s+than)\s+)?(?:[\d,]+\s+)?(?:[a-z]+\s+)?" + _MANY,
    re.IGNORECASE,
)
WROTE_TO = re.compile(r"\b(?:wrote|writes|has\s+written|had\s+written)\s+to\b", re.IGNORECASE)
STATEMENT = re.compile(
    # ("In a rejoinder issued on Sunday": a statement that answers a report.)
    # ("in a short written statement": two words before the noun.)
    r"\b(?:in|through|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|press\s+release|news\s+release|communiqu[eé]|rejoinder)\b"
    r"|\ba\s+statement\s+(?:from|by|issued|released)\b"
    # "issued a statement later that day saying ...", "issued a press release".
    r"|\b(?:issued|released|put\s+out|sent\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:statement|press\s+release|news\s+release|communiqu[eé]|rejoinder)\b",
    re.IGNORECASE,
)
SOCIAL = re.compile(
    # "in a private Facebook group", "in Bus Parents, a private Facebook group".
    rf"(?:\b(?i:on|to)|\b(?i:in)(?=\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PLATFORMS})\s+{GROUPS})"
    # ("posted a clip to Meidän Turku, a local Facebook group": to the group it names.)
    rf"|\b(?i:in|to)\s+(?:[A-Z][\w'’-]*\s+){{0,4}}[A-Z][\w'’-]*,"
    # (Not "to Anna Berg, a Facebook group administrator": a person.)
    rf"(?=\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PLATFORMS})\s+{GROUPS}"
    rf"{NOT_GROUP_PEOPLE}))"
    r"\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    # ("in three community Facebook groups", "in community Facebook groups": how many
    # or which, with no article, before the groups themselves.)
    # (Not "spoke to several Facebook group administrators": people.)
    rf"|[a-z\d][\w'’-]*\s+(?:[\w'’-]+\s+)?(?=(?:{PLATFORMS})\s+{GROUPS}{NOT_GROUP_PEOPLE}))?"
    # ("posted a 50-second clip on its social media accounts": platforms unnamed.)
    rf"(?P<platform>{PLATFORMS}|(?i:social\s+media)\s+(?i:accounts?|pages?|channels?|feeds?"
    r"|platforms?)\b)"
    r"\b(?:\s+(?:groups?|pages?|accounts?|feeds?|channels?|story)\b)?"
    r"|\b(?P<verb>tweeted|posted online)\b"
    # ("in a Facebook live broadcast from his home": streamed on the platform.)
    rf"|\b(?i:in)\s+an?\s+(?P<noun>tweet|social media post|(?:{PLATFORMS})\s+(?:post|video"
    r"|live(?:\s+(?:broadcast|stream|video))?|livestream))\b"
)
# "in a video posted on his YouTube channel", "... uploaded to the club's Facebook page".
POSTED_ON_A_PLATFORM = re.compile(
    r"\s+(?:posted|uploaded|shared|published)\s+(?:(?:late\s+)?on\s+\w+day\s+)?(?:on|to)\s+"
    rf"(?:[\w'’.-]+\s+){{0,4}}?(?:{PLATFORMS}|social\s+media)\b"
)
# A sentence opened by the speaker's own post: "In a video posted on her Facebook page";
# or such a post inside the sentence, before what they said there.
_OWN_POST = (
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:video|post|message|statement|clip|livestream|broadcast)"
    r"\s+(?:posted|shared|published|uploaded|streamed)\s+"
)
OWN_POST = re.compile(rf"\s*(?:In|On)\s+{_OWN_POST}")
OWN_POST_INSIDE = re.compile(rf"\s(?:in|on)\s+{_OWN_POST}")
# ("posted to his campaign's Facebook page": to a page of their own, too.)
ON_OWN_PAGE = re.compile(r"(?:on|to)\s+(?:her|his|their)\s", re.IGNORECASE)
SAYING_AFTER = re.compile(r",\s+(?:saying|writing|insisting|adding|claiming)\b")
# ... then its subject saying something there ("..., she said", "..., Ms Providence wrote"),
# not showing what another said ("..., the residents' group showed the councillor ...").
OWN_POST_SAID = re.compile(
    r",\s+(?:(?:[^\W\d_][\w'’.-]*\s+){0,4}[^\W\d_][\w'’-]*)(?:,[^,;]{1,120},)?\s+"
    r"(?:said|says|wrote|writes|told|insisted|apologi[sz]ed|denied|added|argued|claimed"
    r"|admitted|called|urged|demanded)\b"
)
# "The recording was first shared on a parents' Facebook group", "a video posted
# on TikTok", "It was posted on TikTok", "the clip, which a crew member posted on
# X": a medium put out, in the passive, as a participle or in a relative clause,
# right before the platform it came out on.
# "that evening", "the next morning", "later that day": a part of a day told before.
_PART_OF_DAY_TOLD = (
    r"(?:that|the\s+(?:next|following)|later\s+that)\s+(?:morning|afternoon|evening|night|day)"
)
MEDIUM_PUT_OUT = re.compile(
    rf"\b(?:(?:{RECORDINGS}|{DOCUMENTS}|it|they)"
    # "A 38-second clip of the exchange was posted on Facebook".
    rf"(?:\s+of\s+(?:the|his|her|their|its)\s+(?:{REMARK_NOUNS}|[\w-]+))?"
    # ("The video, just over two minutes long, was posted on X": past an aside; "The
    # recording, which lasts four minutes, was first posted": a relative one, before
    # the passive.)
    r"(?:,\s+(?:(?!(?:which|that|who)\b)[^,.;]{1,60}|(?:which|that)\s[^,.;]{1,60}"
    r"(?=,\s+(?:was|were|has\s+been|have\s+been)\s)),)?"
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    # "the 40-second clip, which a crew member posted on X": put out by someone.
    rf"|(?:{RECORDINGS}|{DOCUMENTS}),?\s+(?:which|that)\s+[^,.;]{{1,60}}?\s"
    # "The video was filmed on a player's phone and posted to his Snapchat story".
    rf"|(?:{RECORDINGS}|{DOCUMENTS})\s+(?:was|were)\s+[^,.;]{{1,60}}?\s+and\s+)"
    rf"(?:first\s+)?(?:{PUT_OUT})\s+(?:online\s+)?"
    # ("was first posted last Thursday night by an anonymous account on X": when, and
    # an account no one is named behind.)
    r"(?:(?:[\w-]+\s+){0,4}?by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:account|user|profile|page)\s+)?$"
    # "The recording, made at a meeting ..., surfaced on Sunday in WhatsApp groups and
    # on Facebook pages": it came out there, put out by no one named.
    # (Not "has since spread widely on TikTok": shared on after it came out elsewhere.)
    rf"|\b(?:{RECORDINGS}|{DOCUMENTS})\b[^.;]{{0,100}}?\s(?:surfaced|circulated)\b"
    r"[^.;]{0,60}?\s$"
    # "The annotated draft first appeared on Sunday evening in a WhatsApp group": the
    # medium itself appearing (past an aside only: not "Holt appeared on Facebook Live").
    rf"|\b(?:{RECORDINGS}|{DOCUMENTS})(?:\s+of\s+[^,.;]{{1,40}}?)?(?:,[^,.;]{{1,60}},)?"
    r"\s+(?:had\s+)?(?:first\s+)?appeared(?!\s+to\b)[^.;]{0,60}?\s$"
    # "blogger Brian Wekesa posted it on X": put out by whoever is named before the verb.
    # "posted four screenshots of the thread on X": a number of the medium, or part of it.
    # "posted 52 seconds of the stream": a stretch of it.
    rf"|\s(?P<active>{PUT_OUT})\s+(?:\d+\s+(?:seconds|minutes)\s+of\s+(?:the|its)\s+(?:live\s?)?stream"
    # "posted screenshots of it in ...", "posted a 48-second clip of it on X".
    rf"|it|them|(?:(?:the|an?|his|her|their|\d+|two|three|four|five|six|several|more)\s+)?"
    rf"(?:[\w-]+\s+)?(?:{RECORDINGS}|{DOCUMENTS})"
    r"(?:\s+of\s+(?:(?:the|his|her|their|its)\s+[\w-]+|it|them))?)"
    # ("posted a 50-second recording of the exchange, filmed from his laptop screen, on
    # TikTok": how it was made, set off.)
    # ("posted the 40-second video, with a translation supplied by a passenger, on ...".)
    r"(?:,\s+(?:filmed|recorded|taken|shot|captured|cut|clipped|with)\b[^,.;]{1,50},)?"
    # "posted six screenshots on Oct. 5 in Alderview Neighbours", "posted a screenshot of
    # the email that evening to ...": when, then where.
    rf"(?:\s+on\s+(?:{WEEKDAY_NAMES}|[a-z]{{3,9}}\.?\s+\d{{1,2}})"
    rf"|\s+{_PART_OF_DAY_TOLD})?"
    r"\s+(?:online\s+)?$",
    re.IGNORECASE,
)
WROTE_IN = re.compile(
    r"\b(?:wrote|writing|writes)\s+in\s+"
    # "in an op-ed for the Globe", "in his column in the Daily Mercury".
    # ("in an opinion piece in The Meridian Review": what kind of piece.)
    r"|\bin\s+(?:an?|his|her|their)\s+(?:(?:weekly|opinion|comment|guest)\s+)?"
    r"(?:article|op-ed|column|piece)\s+(?:for|in)\s+",
    re.IGNORECASE,
)
# "The voice note first did the rounds on WhatsApp groups", "It was first shared on
# Sunday night in a WhatsApp group", "The recording began circulating on Facebook":
# the medium, as the subject, going round where no one named put it out (not "has since
# been shared", after it came out elsewhere; nor "a voice note he shared in a group",
# the speaker sending it; nor "They were posted in a WhatsApp group", which may be the
# author posting them).
CIRCULATED = re.compile(
    rf"\b(?:{RECORDINGS}|{DOCUMENTS}|it|they)(?:\s+of\s+[^,;.]{{1,60}}?)?"
    r"(?:,[^,;.]{1,100},)?,?\s+"
    r"(?:(?:which|that|had|has|have|was|were|been|being|first|then|quickly|later|soon"
    r"|also|began|started)\s+){0,4}"
    r"(?:circulat(?:ed|ing)|(?:did|doing|made|making)\s+the\s+rounds|forwarded|shared|spread"
    # ("shared thousands of times on Facebook", "shared widely": how far what was out
    # already went.)
    # ("had been moving in WhatsApp groups", "went round": passed from hand to hand.)
    r"|surfaced|appeared(?!\s+to\b)|went\s+viral|moving|(?:went|going|gone)\s+round"
    # ("it was posted, by an account that has since been deleted, in a Zalo group": by
    # no one named.)
    # (Not "by the account of the Mosi Courier," or "by a user, Juma Ali,": someone named.)
    r"|posted,?\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:account|user|profile)\b"
    r"(?!\s+of\b|,\s+(?-i:[A-Z]))[^.;]{0,60}?,"
    r")(?:\b|(?<=,))"
    r"(?:\s+(?:(?!times\b|widely\b)[^.;:,]){1,30}?)?\s+$",
    re.IGNORECASE,
)
# "posted the 94-second clip the next morning ": a recording (not a message or a voice
# note, which may be the remark itself) posted, and when, right before where.
CLIP_POSTED_BEFORE = re.compile(
    r"\s(?:posted|uploaded)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:clip|recording|video|footage|audio)(?:\s+of\s+(?:the|his|her|their|it)\b[^,.;]{0,30}?)?"
    rf"(?:\s+(?:on\s+\w+day|{_PART_OF_DAY_TOLD}))?\s+$",
    re.IGNORECASE,
)
# Where a medium goes round that no social platform names: messaging groups, social media.
MESSAGING = re.compile(
    r"\b(?i:on|in|to|across|through|via)\s+(?:(?i:a|an|the|their|its|his|her)\s+)?"
    # (Not "The Telegram" or "the Telegram & Gazette": newspapers.)
    r"(?:[\w'’-]+\s+){0,2}?(?P<platform>WhatsApp|Viber|WeChat|Zalo|Signal"
    r"|(?<!The\s)(?<!the\s)Telegram(?!\s*&)|(?i:social\s+media))"
    r"(?:\s+(?i:groups?|platforms?|chats?|channels?))?\b"
)
# "first appeared late on Monday night on Thyra 9, an unofficial supporters' forum":
# an online forum by its name, said to be one.
FORUM = re.compile(
    rf"\b(?i:on|in)\s+(?!(?i:{WEEKDAY_NAMES}|{'|'.join(MONTHS)})\b)"
    r"(?P<platform>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3}),\s+"
    # (What it is, as the head of its apposition: not "Tuesday, the opening day of the forum".)
    r"(?i:an?|the)\s+(?:(?!(?:of|day|days)\s)[\w'’-]+\s+){0,4}?"
    r"(?i:forum|message\s*board|discussion\s+board)\b(?!\s+(?:of|on)\b)"
    # "on the travel forum Roamwise": the forum's kind, then its name.
    r"|\b(?i:on|in)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?i:forum|message\s*board)\s+"
    r"(?P<named>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3})"
)
PRIVATE = re.compile(
    r"\b(?:in|during|at)\s+(?:a|an|the)\s+(?:private|closed-door|off-the-record|secret)\s+"
    r"(?:conversation|meeting|call|dinner|briefing|event|fundraiser|gathering)\b",
    re.IGNORECASE,
)
AFTER_LEAK = re.compile(
    r"\b(?:after|since|following|once)\b[^,.;]*\b(?:leak\w*|emerged|surfaced|published|came out|"
    r"was revealed|were revealed)\b",
    re.IGNORECASE,
)
# A clause that tells when ("Hours after the clip surfaced,", "before the message was
# published,"): a medium named in it dates a statement, it does not carry it.
TIME_CLAUSE = re.compile(r"\b(?:after|before|since|following|once|when|until)\b[^,.;]*")
# A day named beside a statement ("Smith said Monday ...") makes it a new occasion,
# not more of what a leaked recording carried.
DAY_NAMED = re.compile(
    rf"\b(?:{WEEKDAY_NAMES}|yesterday|today|tonight|"
    r"this (?:morning|afternoon|evening|week)|last (?:night|week))\b",
    re.IGNORECASE,
)
# "In one, the ambassador describes ...": one of the media just named.
ONE_OF_THEM = re.compile(
    r"\s*(?:In|From)\s+(?P<one>one|another|the first|the second|the latest|one of them|it)(?=,)"
)
# The verbs of bringing a medium out, which the publishing patterns need.
PUBLISHING_VERBS = (
    "published",
    "obtained",
    "released",
    "posted",
    "broadcast",
    "aired",
    "revealed",
    "leaked",
)
# "the district's own livestream caught him calling ...": a body's stream of its own
# meeting put the words out as they were said.
OWN_STREAM = re.compile(
    # "was heard on the division's own livestream ... telling a colleague".
    # ("went out on his own church's YouTube livestream": on a platform it uses.)
    r"\b(?:(?P<heard>heard|caught|seen|went\s+out)\s+on\s+)?"
    r"(?:the|its|their|his|her)\s+(?:own\s+)?(?:[a-z]+\s+)?(?P<owner>[a-z]+)"
    rf"['’]s\s+(?:own\s+)?(?:(?:{PLATFORMS})\s+)?"
    r"(?P<medium>live\s?stream|webcast|stream|live\s+feed)\b"
    # ("The sound on the water board's own livestream stayed on": it kept carrying.)
    r"(?:\s+(?P<verb>caught|captured|picked\s+up|recorded|stayed\s+on|kept\s+running)\b)?",
    re.IGNORECASE,
)
STREAMED_ON = re.compile(
    r"\b(?:stream|broadcast)(?:s|ed)?\b[^.;]{0,60}?\bon\s+(?:its|their|the\s+[\w'’-]+['’]s)\s+"
    rf"(?:(?P<site>website|site)|(?:{PLATFORMS}))\b",
    re.IGNORECASE,
)
# Words without which a pattern cannot match: an article or sentence lacking
# all of them is not searched with it, which keeps the stage fast.
NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    MEDIUM: (
        "record",
        "secretly",
        "covertly",
        "filmed",
        "taped",
        "caught",
        "tape",
        "audio",
        "video",
        "footage",
        "webcast",
        "stream",
        "screenshot",
        "clip",
        "episode",
        "note",
        "mic",
        "voicemail",
        "cable",
        "memo",
        "mail",
        "message",
        "texts",
        "document",
        "draft",
        "letter",
        "transcript",
        "dossier",
        "papers",
        "file",
        "chat",
        "heard",
    ),
    SENT_MEDIUM: ("sent", "wrote", "written"),
    PUBLISHED_BY: (
        *(*PUBLISHING_VERBS, "reported", "shared", "seen", "viewed", "captured"),
        *("handed", "passed", "given", "supplied", "provided", "front page", "uploaded"),
        "picked up",
    ),
    PUBLISHED_ACTIVE: (
        *PUBLISHING_VERBS,
        *("reported", "played", "printed", " ran ", "embedded", "quoted", "uploaded"),
        *("publishing", "posting", "airing", "picked up"),
    ),
    PUBLISHED_RELATIVE: PUBLISHING_VERBS,
    # (Every match holds one of its verbs.)
    PUT_OUT_IT: (
        *("posted", "published", "printed", "released", "aired", "broadcast", "played"),
        *("leaked", " read ", "carried", "showed", "reported on"),
    ),
    CARRIED_LIVE: (" live",),
    OWN_STREAM: ("stream", "webcast", "live feed"),
    PLAYED_ON_PROGRAMME: ("played", "aired", "read out"),
    PLAYED_FOR_REPORTERS: ("played", "screened"),
    AIRED_ON: (
        "to air",
        "on air",
        "read out",
        "aired",
        "broadcast",
        "screened",
        "played",
        "went out",
        " live on",
    ),
    APPROACHED_BY: (" by ",),
    INTERVIEW: ("interview",),
    TOLD: ("told", "telling", "speaking to", "spoke to", "talking to"),
    TOLD_REPORTERS: ("reporters", "journalists", "media", "press", "broadcasters"),
    FORUM: ("forum", "board"),
    FROM_THE_SEAT: ("bench", "dais", "pulpit", "podium", "lectern", "rostrum", "tribune"),
    TOLD_AN_OUTLET: ("station", "channel", "program", "show", "broadcaster", "news", "podcast"),
    SPEAKING_ON: (
        *("speaking on", "appearing on", "interviewed on", "said on", "appearance on"),
        *("defended", "backed", "attacked", "criticised", "criticized", "condemned"),
        *("insisted", "argued", "apologised", "apologized"),
    ),
    SPEECH: (
        *("speech", "address", "rally", "conference", "briefing", "house", "assembl"),
        *("crowd", "marchers", "protesters", "demonstrators", "supporters", "sit-in"),
        *("gathering", "gathered", "audience", "congregation", "mourners", "tribunal"),
        *("hundred", "dozens", "scores of", "thousands"),
        "inquiry",
        *("committee", "session", "sitting", "debate", "addressing", "addressed"),
        *("protest", "demonstration", "vigil"),
        *("meeting", "hearing", "town hall", "council"),
        *("parliament", "senate", "commons", "lords", "chamber", "sabha", "dáil"),
        *("holyrood", "stormont", "senedd", "oireachtas", "knesset", "bundestag", "mps", "msps"),
        *("asamblea", "congress", "sejm", "duma", "majlis", "storting", "riksdag", "folketing"),
        *("althing", "eduskunta", "sabor"),
        *("mlas", "meps", "tds", "senators", "lawmakers", "legislators"),
        *("question time", "question period", "questions", "pmqs"),
    ),
    STATEMENT: ("statement", "release", "communiqu", "rejoinder"),
    CARRIED_STORY: ("story",),
    LED_WITH_STORY: (
        *("story", "edition", "clip", "recording", "video", "footage", "audio", "tape"),
        *("texts", "messages", "emails", "screenshots", "memo", "letter"),
    ),
    WROTE_TO: ("wrote", "writes", "written"),
    SOCIAL: (
        "twitter",
        "social media",
        "facebook",
        "instagram",
        "tiktok",
        "threads",
        "bluesky",
        "youtube",
        "linkedin",
        "truth social",
        "snapchat",
        "reddit",
        "telegram",
        "on x",
        "to x",
        "tweet",
        "posted online",
        " post",
    ),
    WROTE_IN: ("wrote", "writ", "article", "op-ed", "column", "piece"),
    PICTURED: ("photo", "scan", "image", "picture"),
    MESSAGING: ("whatsapp", "viber", "wechat", "zalo", "signal", "telegram", "social media"),
    PRIVATE: ("private", "closed-door", "off-the-record", "secret"),
}
# Each needed word with the patterns (by source) that need it: a word several
# patterns need is looked for once.
PATTERNS_BY_WORD: dict[str, frozenset[str]] = {
    word: frozenset(p.pattern for p, needs in NEEDS.items() if word in needs)
    for word in dict.fromkeys(w for needs in NEEDS.values() for w in needs)
}
MEDIA = ("recording", "document")
PHRASE_REACH = 160
# Words before an outlet's name that say what it is: "the trade news site X".
OUTLET_DESCRIPTORS = frozenset(
    "news trade student regional local national political independent nonprofit online "
    "investigative financial business".split()
)


def _describes_outlet(word: str) -> bool:
    return word.lower() in NOUN_KINDS or word.lower() in OUTLET_DESCRIPTORS


def _kind_then_name(words: list[str]) -> bool:
    """Whether the words start with what kind of outlet follows, then its name:
    "business channel MarketDesk", "legal news website Obiter" (any words
    before a word for the outlet's kind)."""
    following = next((w for w in words if not _describes_outlet(w)), "")
    if _describes_outlet(words[0]) and following[:1].isupper():
        return True
    lower = list(takewhile(lambda w: w.isalpha() and w.islower(), words))
    return (
        len(lower) < len(words)
        and lower[-1:] != []
        and lower[-1] in NOUN_KINDS
        and words[len(lower)][:1].isupper()
    )


def _role_then_name(words: list[str]) -> bool:
    """Whether the words start with who the person named next is: "political
    podcaster Eoghan Lally", "campaign staffer Neil Pruszynski" (lower-case words,
    the last a role or a word for one who does something)."""
    lower = list(takewhile(lambda w: w.isalpha() and w.islower(), words))
    return (
        0 < len(lower) < len(words)
        and (lower[-1] in ROLE_HEADS or names_a_doer(lower[-1]))
        and words[len(lower)][:1].isupper()
    )


NOUN_KINDS = {
    "website": "website",
    "site": "website",
    "blog": "website",
    "newspaper": "print",
    "paper": "print",
    "magazine": "print",
    "edition": "print",
    "pages": "print",
    "programme": "broadcast",
    "program": "broadcast",
    "channel": "broadcast",
    "show": "broadcast",
    "broadcaster": "broadcast",
    "podcast": "broadcast",
    "station": "broadcast",
    "portal": "website",
    "platform": "website",
    "newsletter": "website",
    "tabloid": "print",
    "camera": "broadcast",
    "cameras": "broadcast",
}
# "first posted on the website of", "first aired by": who put a medium out first.
FIRST_PUT_OUT = re.compile(r"first\s", re.IGNORECASE)
# "the Bay Observer, a local news site,": what an apposition calls an outlet.
OUTLET_KIND_NOUNS = "|".join(noun for noun in NOUN_KINDS if not noun.startswith("camera"))
# "published extracts ... on its front page": a paper's printed edition.
FRONT_PAGE = re.compile(r"\bon\s+(?:its|their|the)\s+front\s+pages?\b", re.IGNORECASE)
# "on the board's YouTube": whose channel a meeting was streamed on.
BODY_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<head>[a-z]+)$")
BODYS_PLATFORM = re.compile(r"\bon\s+the\s+(?P<owner>[a-z]+)['’]s\s")
# A clause of its own after a comma: ", and The True North Times reported ...".
NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+|The\s+)?[A-Z]")
# ", Dominion Public Radio's weekend arts program": whose programme a name is.
# (", a weekly phone-in programme on the private station Radio Navo": the station.)
OWNED_PROGRAMME = re.compile(
    r",\s+(?:[A-Z][\w'’.&-]*\s+){0,4}?[A-Z][\w.&-]*['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:program|programme|show|podcast|bulletin|newscast)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:program|programme|show|podcast|bulletin"
    # ("the flagship news programme of the national broadcaster, Irish Public Radio".)
    # ("the current affairs programme of the Freetown-based radio station Sweet Salone FM".)
    # ("the investigative unit of Winnipeg television station Tallgrass Television".)
    # (a unit with a word for what it does: not "The Wall Street Journal, a unit of News Corp")
    r"|newscast|(?<![\s,]a\s)(?<![\s,]an\s)(?<!the\s)(?:unit|team|desk))\s+(?:on|of)\s+"
    r"(?:the\s+)?"
    r"(?:[a-z][\w-]*,?\s+|[A-Z][\w-]*\s+(?=[a-z])|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*-based\s+){0,3}"
    r"(?:(?![\w-]*-based\b)[A-Z][\w'’.&-]*\s+){0,4}"
    # ("... of the cable channel Canal Ciudad 24": a channel's number ends its name.)
    r"(?![\w-]*-based\b)[A-Z](?:[\w.&-]*[\w&-])?(?:\s+\d+(?:\.\d+)?\b)?"
)
DESCRIBED_AS = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + OUTLET_KIND_NOUNS + r"|page)\b"
    # "Khao Ban Hao, a Lao-language news page on Facebook": the platform it is on.
    rf"(?:\s+on\s+(?:{PLATFORMS})\b)?",
    re.IGNORECASE,
)
# A platform named in what an outlet is described as: "an independent Telegram news channel".
PLATFORM_NAMED = re.compile(rf"\b(?:{PLATFORMS})\b")
# "news website The Capital Record": the kind of outlet, written before its name.
DESCRIBED_BEFORE = re.compile(
    r"\b(?P<noun>" + OUTLET_KIND_NOUNS + r")\s+(?:The\s+)?$", re.IGNORECASE
)


@frozen
class Channels:
    """The channels of one article and its statements, each with its channel."""

    channels: tuple[Channel, ...]
    quotes: tuple[Quote, ...]


class _Finder:
    def __init__(
        self, article: Article, mentions: Sequence[Mention], entities: Sequence[Entity]
    ) -> None:
        self.text = article.text
        self.mentions = mentions
        self.entities = entities

    def phrase(self, start: int, floor_end: int) -> tuple[int, int | None, int | None, str | None]:
        """The noun phrase starting at ``start``: its end, outlet, person and place.

        It runs over "the", capitalised words and possessives up to the first
        lower-case word or punctuation ("the Harbour Gazette website" stops after
        "website", which names the outlet's kind); words that say what kind of
        outlet follows are stepped over ("the Telugu news channel Prajavani TV"),
        and the outlet named after them is the one meant.
        """
        end = start
        named_after = start
        # An outlet's phrase is short: look no further than PHRASE_REACH characters.
        window = self.text[start : min(floor_end, start + PHRASE_REACH)]
        tokens = list(re.finditer(r"[\w'’.-]+|\S", window))
        for number, match in enumerate(tokens):
            word = match.group()
            opening_the = word.lower() in ("the", "this", "our") and end == start
            if opening_the or word[0].isupper() or word[0].isdigit():
                end = start + match.end()
                continue
            if _kind_then_name([t.group() for t in tokens[number : number + 6]]) or _role_then_name(
                [t.group() for t in tokens[number : number + 4]]
            ):
                end = named_after = start + match.end()
                continue
            if word.lower() in NOUN_KINDS and match.start() > 0:
                end = start + match.end()
            break
        last = self.text[start:end].rsplit(" ", 1)[-1]
        if last.endswith(".") and "." not in last[:-1]:
            end -= 1  # the sentence's full stop, not an abbreviation ("U.S.")
        # "Culture Desk, Dominion Public Radio's weekend arts program": the broadcaster
        # whose programme it is publishes it.
        owned = OWNED_PROGRAMME.match(self.text, end)
        owner = self._owner_in(end, owned.end()) if owned is not None else None
        if owned is not None and owner is not None:
            return owned.end(), owner, None, None
        outlet = person = None
        place = None
        for mention in self.mentions:
            if start <= mention.start < end and mention.entity is not None:
                kind = self.entities[mention.entity].kind
                named = mention.start >= named_after
                if kind in ("outlet", "organisation") and (outlet is None or named):
                    outlet = mention.entity
                    named_after = end if named else named_after
                elif kind == "person" and person is None:
                    person = mention.entity
                elif kind == "place" and place is None:
                    place = self.entities[mention.entity].name
        return end, outlet, person, place

    def _streamed_on(self) -> str:
        """Where the text says meetings are streamed: a platform's page or channel
        ("streams live on its YouTube channel") is social media, a website ("streamed
        live on the council's website") a website."""
        named = STREAMED_ON.search(self.text)
        return "website" if named is not None and named["site"] else "social_media"

    def _body_called(self, head: str, near: int) -> int | None:
        """The organisation whose name ends in ``head`` ("the county" of "Wapsie
        County"), or opens with it before "of" ("the city" of "City of Tampere"), the
        last named before ``near``, else the first after it."""
        bodies = [
            m
            for m in self.mentions
            if m.entity is not None
            and self.entities[m.entity].kind == "organisation"
            and not {head, *HEAD_ALIASES.get(head, ())}.isdisjoint(
                _heads(self.entities[m.entity].name.lower().split())
            )
        ]
        # ("the council" of "Nawakee Nation Tribal Council", not of a bare "Council".)
        named = [m for m in bodies if " " in self.entities[m.entity].name]
        bodies = named or bodies
        before = [m for m in bodies if m.start < near]
        chosen = before[-1] if before else (bodies[0] if bodies else None)
        return chosen.entity if chosen is not None else None

    def _streamer(self) -> int | None:
        """The organisation the text says carries its business live, as its subject
        ("The County Circuit Court streams most felony trials live on its YouTube
        channel")."""
        for match in CARRIED_LIVE.finditer(self.text):
            if match["object"] is None:
                continue
            subject = self._publisher_before(match.start())
            if subject is not None and self.entities[subject.entity].kind == "organisation":
                return subject.entity
        return None

    def _owner_in(self, start: int, end: int) -> int | None:
        """The outlet or organisation named with a possessive in ``text[start:end]``, or
        at its end ("a weekly programme on the private station Radio Navo")."""
        for mention in self.mentions:
            if start <= mention.start < end and mention.entity is not None:
                owns = (
                    self.text[mention.end : mention.end + 2] in ("'s", "’s") or mention.end == end
                )
                if owns and self.entities[mention.entity].kind in ("outlet", "organisation"):
                    return mention.entity
        return None

    def medium_kind(self, publisher: int | None, noun: str | None) -> str:
        """The kind of what an outlet put out, by the noun for where ("on its website",
        "on its evening news programme": its head word), else by the outlet's name."""
        head = noun.lower().split()[-1] if noun else ""
        if head in NOUN_KINDS:
            return NOUN_KINDS[head]
        if publisher is not None:
            # "KZAU-TV", "KQED-FM": a call sign's suffix says it is on air.
            words = set(re.split(r"[\s-]+", self.entities[publisher].name.lower()))
            if words & BROADCAST_WORDS:
                return "broadcast"
            if words & PRINT_WORDS:
                return "print"
        return "website"

    def sentence_channels(self, sentence: Sentence, searched: set[str]) -> list[Channel]:
        """The channels a sentence names, trying only the ``searched`` patterns (by source)."""
        if not searched:
            return []  # it holds none of the words a channel pattern needs
        text, start, end = self.text, sentence.start, sentence.end

        def matches(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            return finditer(pattern, text, start, end) if pattern.pattern in searched else ()

        found: list[Channel] = []
        # "In a video posted on her Facebook page on Monday evening, she said": what the
        # speaker said there, on social media; no medium leaked.
        opened = OWN_POST.match(text, start, end)
        # ... or inside it, before what they said: "Lumapas answered hours after the
        # broadcast in a video posted on his Facebook page on Monday evening, saying ...".
        inside = OWN_POST_INSIDE.search(text, start, end) if opened is None else None
        said = OWN_POST_SAID if opened else SAYING_AFTER
        posted = opened or inside
        own_post = (
            posted.end()
            if posted
            and ON_OWN_PAGE.match(text, posted.end())
            and said.search(text, posted.end(), end)
            else None
        )
        own_from = posted.start() if posted and own_post is not None else start
        for match in matches(MEDIUM):
            if own_post is None or not own_from <= match.start() < own_post:
                found.append(self._medium(match))
        for match in matches(PICTURED):
            # "The paper printed photographs of four of the pages": a document, pictured.
            found.append(
                Channel(
                    "document",
                    match["pictures"],
                    match.start("pictures"),
                    match.end("pictures"),
                    f"medium pictured ('{match.group().lower()}')",
                )
            )
        for match in matches(SENT_MEDIUM):
            group = "made" if match["made"] else "sent"
            medium = (match["medium"] or match["passive"]).lower()
            kind = "recording" if re.fullmatch(RECORDINGS, medium) else "document"
            found.append(
                Channel(
                    kind,
                    match[group],
                    match.start(group),
                    match.end(group),
                    f"medium '{medium}'",
                )
            )
        for match in matches(PUBLISHED_BY):
            if (match["verb"] or "").lower() == "released" and STATEMENT_BEFORE.search(
                text, max(start, match.start() - 30), match.start()
            ):
                continue  # "in a statement released by the prosecutor's office": its own
            phrase_end, outlet, person, _ = self.phrase(match.end(), end)
            by_person = outlet is None and match["platform"] is not None
            if by_person:
                outlet = person  # "posted on X by the podcaster Eoghan Lally": their post
            account = UNNAMED_ACCOUNT.match(text, match.end(), end) if outlet is None else None
            if account is not None:
                # "posted on Saturday morning by an anonymous Instagram account": a platform's,
                # with no one named.
                found.append(
                    Channel(
                        "social_media",
                        account["platform"],
                        match.start(),
                        account.end(),
                        f"'{match['verb']} by' + an unnamed account on a platform",
                        leaked=True,
                    )
                )
            if outlet is None:
                continue
            verb = (match["verb"] or "").lower()
            if INTERVIEW_BEFORE.search(text, max(start, match.start() - 30), match.start()):
                # "In an interview broadcast by the television station Kanal Dewata, he
                # said": the outlet the speaker talked to, nothing leaked.
                found.append(
                    Channel(
                        "interview",
                        text[match.end() : phrase_end],
                        match.start(),
                        phrase_end,
                        f"interview + '{verb} by' + outlet",
                        publisher=outlet,
                    )
                )
                continue
            to_outlet_only = verb in ("reviewed", "viewed") or re.fullmatch(HANDED, verb)
            if to_outlet_only and self.entities[outlet].kind != "outlet":
                continue  # "reviewed by the Ethics Commission" leaks nothing
            noun = text[match.end() : phrase_end].split()[-1] if phrase_end > match.end() else None
            kind = self.medium_kind(outlet, noun)
            if kind == "website" and verb in ("broadcast", "aired"):
                kind = "broadcast"  # "was broadcast by the Hindi news channel Desh Darpan News"
            if ON_ITS_SITE.match(text, phrase_end, end):
                kind = "website"
            if match["platform"] or match["account"] or ON_A_PLATFORM.match(text, phrase_end, end):
                # ("by Qala Syry, an anonymous Telegram channel": a platform's account)
                kind = "social_media"
            if match["site"]:
                kind = "website"
            if match["front"]:
                kind = "print"
            name = text[match.end() : phrase_end]
            found.append(
                Channel(
                    kind,
                    name,
                    match.start(),
                    phrase_end,
                    f"'{match['verb']} on {match['platform']} by' + who posted it"
                    if by_person
                    else f"'{match['verb']} by' + outlet"
                    if match["verb"]
                    else f"'{match['site']} on the website of' + outlet"
                    if match["site"]
                    else f"'{match['upload']} on the {match['account']} account of' + outlet"
                    if match["upload"]
                    else f"'{match['front']} on the front page of' + outlet"
                    if match["front"]
                    else f"'{match['onto']} on' + an outlet described after it"
                    if match["onto"]
                    else f"'{match['on']} on' + an outlet's site",
                    publisher=outlet,
                    leaked=True,
                )
            )
        for regex, rule in (
            (PUBLISHED_ACTIVE, "outlet + '{}' + medium"),
            (PUT_OUT_IT, "outlet + '{}' + 'it' + where"),
            (PUBLISHED_RELATIVE, "medium, which outlet + '{}'"),
            (CARRIED_STORY, "outlet + '{}' + the story, with the medium, on its front page"),
        ):
            for match in matches(regex):
                outlet_end = (
                    max(match.end("outlet"), match.end("named"))
                    if regex is PUBLISHED_RELATIVE
                    else match.start()
                )
                if match["verb"].lower().startswith("reported on") and not HANDED_TO.search(
                    text, start, match.start()
                ):
                    # ("reported on it" only of what the outlet was given: "gave a copy of
                    # the email to KQGC-TV, which reported on it"; not coverage of another's.)
                    continue
                outlet_mention = self._past_aside(self._publisher_before, start, outlet_end)
                if outlet_mention is None and match["verb"].lower() in ON_AIR:
                    # "Karim El Mekki, the host of Bab Bhar FM's breakfast programme, read it
                    # out in full on air": the station of the one who aired it.
                    outlet_mention = self._outlet_in_aside(start, outlet_end)
                if (
                    outlet_mention is None
                    and (
                        text[start : match.start()].endswith(" and")
                        or match["verb"].endswith("ing")
                    )
                    and not any(c.leaked and start <= c.start < match.start() for c in found)
                ):
                    # "the portal Sostinės Aidas cut a clip from ..., and published it", "The
                    # daily X followed, publishing it" (when no publisher was found earlier in
                    # the sentence; and only an outlet's: "The ministry hit back, publishing
                    # a transcript" answers, it leaks nothing).
                    outlet_mention = self._clause_subject(match.start(), start)
                    participle = match["verb"].endswith("ing")
                    if (
                        participle
                        and outlet_mention is not None
                        and outlet_mention.kind != "outlet"
                    ):
                        outlet_mention = None
                if outlet_mention is None or outlet_mention.entity is None:
                    continue
                if (
                    match.groupdict().get("day")
                    and match["verb"].lower() not in ON_AIR
                    and outlet_mention.kind != "outlet"
                ):
                    continue  # "the group posted it on Monday" says not where; a news site's own
                # "Al-Mawqef, the late-night talk show on the satellite channel Mehwar
                # Sports, played it": the broadcaster whose programme it is.
                owned = OWNED_PROGRAMME.match(text, outlet_mention.end, match.start())
                owner = self._owner_in(outlet_mention.end, owned.end()) if owned else None
                outlet = outlet_mention.entity if owner is None else owner
                verb = match["verb"].lower()
                # ("showed it on its teatime news bulletin": on air.)
                aired = verb in ON_AIR or BULLETIN.search(match.group()) is not None
                described = DESCRIBED_AS.match(text, outlet_mention.end) or DESCRIBED_BEFORE.search(
                    text, max(0, outlet_mention.start - 20), outlet_mention.start
                )
                # ("published the audio and a full transcript on its website": where, past
                # what it put out, says more than what the outlet is.)
                on_site = ON_ITS_SITE.match(text, match.end(), end)
                site = (
                    match.groupdict().get("site")
                    or (on_site and on_site["site"])
                    or (described and described["noun"])
                )
                # (In its own clause: not "X published the clip, and The Times reported
                # the remarks on its front page".)
                joined = NEXT_CLAUSE.search(text, match.end(), end)
                front_page = (
                    FRONT_PAGE.search(text, match.start(), joined.start() if joined else end)
                    is not None
                )
                in_print = verb == "printed" or front_page
                kind = "print" if in_print else self.medium_kind(outlet, site)
                on_platform = ON_ITS_PLATFORM.match(text, match.end(), end) or (
                    match.groupdict().get("site") == "page" and PLATFORM_NAMED.search(match.group())
                )
                if not aired and on_platform:
                    # "Ahenkan FM posted the video on its Facebook page", "posted it on its
                    # Facebook page".
                    kind = "social_media"
                elif not in_print and ON_ITS_WEBSITE.match(text, match.end(), end):
                    kind = "website"  # "the newspaper published screenshots of them on its website"
                elif not aired and described and PLATFORM_NAMED.search(described.group()):
                    kind = "social_media"  # "Ochiq Xabar, an independent Telegram news channel"
                elif not in_print and described and ONLINE_OUTLET.search(described.group()):
                    kind = "website"  # "Wouri Actu, a Douala-based online newspaper"
                found.append(
                    Channel(
                        "broadcast" if aired else kind,
                        text[outlet_mention.start : outlet_mention.end],
                        outlet_mention.start,
                        match.end(),
                        rule.format(verb)
                        if regex is not PUBLISHED_RELATIVE or match["outlet"]
                        else f"medium + outlet + '{verb}'",
                        publisher=outlet,
                        leaked=True,
                    )
                )
        for match in matches(AIRED_ON):
            went_out = match.group().lower().startswith("went out") or bool(match["live"])
            if (
                went_out
                and not match["live"]
                and not MEDIUM_BEFORE.search(text, max(start, match.start() - 40), match.start())
            ):
                continue  # "The minister went out live on Channel 4": a person on air
            reach = min(end, match.end() + AIRED_REACH)
            aired_by = next(
                (
                    m
                    for m in self.mentions
                    if match.end() <= m.start < reach
                    and m.entity is not None
                    and self.entities[m.entity].kind == "outlet"
                ),
                None,
            )
            # (Live microphones are on the broadcaster named right after "on", past what it
            # is: "live on state broadcaster RTÉ", not "live on the podium when he called Fox
            # News reporter ...".)
            if (
                aired_by is not None
                and match["live"]
                and not LIVE_ON_GAP.fullmatch(text, match.end(), aired_by.start)
            ):
                aired_by = None
            if aired_by is not None:
                # "on Lavwa Lepep, the phone-in programme of the private station Radio
                # Koze FM": the station whose programme it is.
                owned = OWNED_PROGRAMME.match(text, aired_by.end, end)
                owner = self._owner_in(aired_by.end, owned.end()) if owned else None
                found.append(
                    Channel(
                        "broadcast",
                        text[aired_by.start : aired_by.end],
                        match.start(),
                        aired_by.end,
                        (
                            # ("went out live on X": what was said, as it was said.)
                            f"medium 'went out {CARRIED_LIVE_RULE} + 'on' + broadcaster"
                            if went_out
                            else "medium aired + 'on' + broadcaster"
                        )
                        if owner is None
                        else "medium aired + 'on' + programme of a broadcaster",
                        publisher=aired_by.entity if owner is None else owner,
                        leaked=True,
                    )
                )
        for match in matches(CARRIED_LIVE):
            bare = match["object"] is None
            platform = (match["platform"] or "").lower()
            on = None
            verb = match["verb"].lower()
            rule = f"outlet + '{verb} {CARRIED_LIVE_RULE}"
            subject = subject_body = None
            if match["auxiliary"] and bare and not verb.endswith("ing"):
                # "The committee's hearings are streamed live on the Legislature's website":
                # carried by the body the subject names, or else by the site's owner.
                # ... or by the one named after "by" ("was being carried live by Sabranie TV").
                by = CARRIED_BY.match(text, match.end(), end)
                # ... or on whose stream ("was carried live on the online stream of the
                # state television channel Milli Kanal").
                on = LIVE_ON.match(text, match.end(), end) if not platform else None
                # "streamed live on the YouTube channel of the Municipality of X": whose
                # channel it is.
                owner = PLATFORM_CHANNEL_OF.match(text, match.end(), end) if platform else None
                outlet_mention = (
                    (self._body_in(owner.end(), owner.end() + 60) if owner else None)
                    or (self._body_in(by.end(), by.end() + 1) if by else None)
                    or self._body_in(start, match.start())
                    or self._body_in(match.end("verb"), match.end())
                    or (self._body_in(on.start(), on.end()) if on else None)
                )
                if outlet_mention is None and not platform:
                    continue
                rule = f"occasion + '{verb} {CARRIED_LIVE_RULE} + where (passive)"
            else:
                # "KVRL, the television station that hosted the debate, streamed it live".
                outlet_mention = self._past_aside(self._publisher_before, start, match.start())
                streamed = platform and "stream" in verb
                owner = BODYS_PLATFORM.search(match.group()) if streamed else None
                if outlet_mention is None and bare and owner is not None:
                    # "a board meeting held on Zoom and streamed live on the board's YouTube
                    # channel": the body whose channel it is, named before.
                    body = self._body_called(owner["owner"].lower(), match.start())
                    if body is not None:
                        found.append(
                            Channel(
                                "social_media",
                                match["platform"],
                                match.start("verb"),
                                match.end(),
                                f"'{verb} {CARRIED_LIVE_RULE} on a body's own channel",
                                publisher=body,
                                leaked=True,
                            )
                        )
                    continue
                # "The district streams its board meetings live on YouTube": the body its
                # subject calls by a word of its name.
                subject = (
                    BODY_SUBJECT.search(text, start, match.start())
                    if outlet_mention is None and not bare
                    else None
                )
                subject_body = (
                    self._body_called(subject["head"].lower(), subject.start()) if subject else None
                )
                if outlet_mention is None and subject_body is None:
                    continue
                if (
                    bare
                    and outlet_mention is not None
                    and RELATIVE_OBJECT.search(text, start, outlet_mention.start) is None
                ):
                    continue
            publisher = outlet_mention.entity if outlet_mention is not None else subject_body
            online = on is not None and ONLINE.search(text, on.start(), on.end()) is not None
            on_platform = on is not None and PLATFORM_NAMED.search(text, on.start(), on.end())
            if platform in ("website", "radio", "television", "tv"):
                kind = NOUN_KINDS.get(platform, "broadcast")
            elif on_platform:
                # "streamed live on the Tavuli Provincial Government's Facebook page".
                kind = "social_media"
            elif online:
                kind = "website"  # "carried live on the online stream of ..."
            elif platform:
                kind = "social_media"
            else:
                # Streamed, it is wherever the streamer publishes; carried or aired, on air.
                kind = self.medium_kind(publisher, None) if "stream" in verb else "broadcast"
            if outlet_mention is not None:
                name = text[outlet_mention.start : outlet_mention.end]
                name_start = outlet_mention.start
            elif subject is not None:
                name, name_start = subject.group(), subject.start()
            else:
                name, name_start = match["platform"], match.start("platform")
            found.append(
                Channel(
                    kind,
                    name,
                    min(name_start, match.start()),
                    match.end(),
                    rule,
                    publisher=publisher,
                    # Carrying a game live leaks nothing; carrying the remark, or an
                    # occasion where a microphone caught it, does.
                    leaked=match["remark"] is not None or LEFT_ON.search(text) is not None,
                )
            )
        for regex, kind, rule in (
            (APPROACHED_BY, "interview", "'approached by' + outlet"),
            (INTERVIEW, "interview", "'interview with' + outlet"),
            (TOLD, "interview", "'told' + outlet"),
            (SPEAKING_ON, "broadcast", "'speaking on' + outlet"),
            (WROTE_IN, "print", "'wrote in' + outlet"),
        ):
            for match in matches(regex):
                phrase_end, outlet, person, place = self.phrase(match.end(), end)
                named_outlet = outlet is not None and self.entities[outlet].kind == "outlet"
                if not named_outlet and regex is not INTERVIEW:
                    continue
                name = text[match.start() : phrase_end].strip()
                # "apologized on The Morning Exchange, ..., telling host Jocelyn Marchand":
                # on air, answering a host's questions.
                hosted = regex is SPEAKING_ON and TELLING_HOST.match(text, phrase_end, end)
                found.append(
                    Channel(
                        "interview" if hosted else kind,
                        name,
                        match.start(),
                        phrase_end,
                        f"{rule}, telling its host" if hosted else rule,
                        publisher=outlet,
                        reporter=person,
                        place=place,
                    )
                )
        for match in matches(TOLD_REPORTERS):
            found.append(
                Channel("interview", match.group(), match.start(), match.end(), "'told reporters'")
            )
        for match in matches(FROM_THE_SEAT):
            seat = match.start("from")
            rule = f"'from the {match['seat'].lower()}'"
            found.append(Channel("speech", text[seat : match.end()], seat, match.end(), rule))
        for match in matches(TOLD_AN_OUTLET):
            rule = "'told' + an outlet not named"
            found.append(Channel("interview", match.group(), match.start(), match.end(), rule))
        for match in matches(SPEECH):
            venue = match["venue"] or match["chamber"] or match["questions"]
            place = self._place_in(match.start(), match.end()) or (venue.strip() if venue else None)
            said = (match["kind"] or "").lower()
            spoken = (
                said in SPOKEN_OCCASIONS
                or said.startswith("meeting ")
                or said.endswith(("meeting", "hearing", "hall", "session", "sitting", "debate"))
            )
            # A press conference or briefing is questions from the press: an interview.
            kind = "interview" if said and not spoken else "speech"
            preposition = match.group().split()[0].lower()
            hearers = match["audience"] or match["gathered"] or match["crowd"]
            rule = (
                f"'{preposition} a {' '.join(said.split()[:3])}'"
                if said
                else f"'{' '.join(match.group().split())}'"
                if match["chamber"]
                else f"'{preposition} the {hearers.lower()}'"
                if hearers
                else f"'{preposition} {match['questions']}'"
            )
            found.append(
                Channel(
                    kind,
                    match.group().strip(),
                    match.start(),
                    match.end(),
                    rule,
                    place=place,
                    # "X played the recording for reporters at a press conference": the
                    # occasion put the medium out.
                    # ("... at Monday night's council meeting and played the message in
                    # full": played there, told after it.)
                    leaked=PLAYED_BEFORE.search(text, start, match.start()) is not None
                    or PLAYED_AFTER.match(text, match.end()) is not None,
                )
            )
        for match in matches(PLAYED_FOR_REPORTERS):
            found.append(
                Channel(
                    "interview",
                    match["for"],
                    match.start("for"),
                    match.end("for"),
                    "'played' + medium + 'for reporters'",
                    # (Not "The police chief played the bodycam video for reporters": a
                    # body showing its own.)
                    leaked=OFFICIAL_BEFORE.search(text, start, match.start()) is None,
                )
            )
        for match in matches(LED_WITH_STORY):
            station = self._past_aside(self._publisher_before, start, match.start())
            if station is None or station.entity is None or station.kind != "outlet":
                continue
            found.append(
                Channel(
                    "print" if match["edition"] else "broadcast",
                    station.text,
                    station.start,
                    station.end,
                    "outlet + 'the story in its edition'"
                    if match["edition"]
                    else f"outlet + 'led its news with the {match['led'].lower()}'",
                    publisher=station.entity,
                    leaked=True,
                )
            )
        for match in matches(PLAYED_ON_PROGRAMME):
            named = "station" if match["station"] else "owner"
            station = self._body_in(match.start(named), match.end(named))
            if station is None and named == "owner":
                # (The last station named: an outlet a broadcaster's word describes or
                # names, not a newspaper.)
                station = next(
                    (
                        m
                        for m in reversed(self.mentions)
                        if m.start < match.start()
                        and m.entity is not None
                        and self.entities[m.entity].kind == "outlet"
                        and (
                            BROADCASTER_WORDS.search(text, max(0, m.start - 40), m.end)
                            or BROADCASTER_APPOSED.match(text, m.end)
                        )
                        is not None
                    ),
                    None,
                )
            host = next(
                (
                    m
                    for m in reversed(self.mentions)
                    if start <= m.start < match.start() and m.entity is not None
                ),
                None,
            )
            if station is None or host is None or self.entities[host.entity].kind != "person":  # type: ignore[index]
                continue
            found.append(
                Channel(
                    "broadcast",
                    match[named],
                    match.start(named),
                    match.end(named),
                    PLAYED_ON_AIR_RULE,
                    publisher=station.entity,
                    reporter=host.entity,
                    leaked=True,
                )
            )
        for match in matches(OWN_STREAM):
            if match["verb"] is None and match["heard"] is None:
                continue  # the stream itself, with nothing said to have been caught on it
            word = match["owner"].lower()
            owner = self._body_called(word, match.start())
            if owner is None and word not in KIN_NOUNS and word not in ROLE_HEADS:
                # ("the courtroom's livestream": a room's or a body's, not a person's, so the
                # stream of the body the text says streams its business live, "The County
                # Circuit Court streams most felony trials live").
                owner = self._streamer()
            if owner is None:
                continue  # whose stream it was, the text does not say by name
            how = (
                f"a body's own '{match['medium'].lower()}' + '{match['verb'].lower()}'"
                if match["verb"]
                else f"'{match['heard'].lower()} on' + a body's own '{match['medium'].lower()}'"
            )
            found.append(
                Channel(
                    self._streamed_on(),
                    match["medium"],
                    match.start("medium"),
                    match.end("medium"),
                    f"{how} (its meeting carried {CARRIED_LIVE_RULE})",
                    publisher=owner,
                    leaked=True,
                )
            )
        for match in matches(STATEMENT):
            found.append(
                Channel("statement", match.group(), match.start(), match.end(), "'in a statement'")
            )
        for match in matches(WROTE_TO):
            found.append(
                Channel("document", match.group(), match.start(), match.end(), WROTE_TO_RULE)
            )
        for match in (*matches(MESSAGING), *matches(FORUM)):
            # (Messaging apps only: "posted a video on Telegram" is a post on a platform.)
            platform = match["platform"] or match.groupdict().get("named") or ""
            messaging = platform.lower() not in ("social media", "telegram")
            posted = CLIP_POSTED_BEFORE.search(text, start, match.start()) if messaging else None
            # "She posted the 40-second video ... on the travel forum Roamwise": a forum's
            # named poster.
            put_out = MEDIUM_PUT_OUT.search(text, start, match.start())
            forum_post = match.re is FORUM and put_out is not None and put_out["active"]
            how: tuple[str, re.Match[str] | None] | None = None
            if forum_post:
                how = "where the medium was put out", put_out
            elif posted is not None:
                # "posted the 94-second clip the next morning in a WhatsApp group for Year
                # 10 parents": a recording put out to a group by one who made it or got it.
                how = POSTED_TO_GROUP_RULE, posted
            elif CIRCULATED.search(text, start, match.start()) is not None:
                how = WENT_ROUND_RULE, None
            if how is not None:
                rule, verb = how
                found.append(
                    Channel(
                        "social_media",
                        platform,
                        match.start(),
                        match.end(),
                        f"'{match.group()}', {rule}",
                        publisher=self._poster(verb, start) if verb is not None else None,
                        leaked=True,
                    )
                )
        for match in matches(SOCIAL):
            name = match["platform"] or match["verb"] or match["noun"]
            if name.lower().startswith("social") and not POSTING_BEFORE.search(
                text, start, match.start()
            ):
                continue  # ("a ban on social media accounts": no post, nowhere put out)
            name = "social media" if name.lower().startswith("social") else name
            put_out = (
                None
                if match.start() == own_post
                else MEDIUM_PUT_OUT.search(text, start, match.start())
            )
            went_round = put_out is None and CIRCULATED.search(text, start, match.start())
            poster = self._poster(put_out, start) if put_out and put_out["active"] else None
            if (put_out or went_round) and poster is None:
                # "appeared last Thursday on the Facebook page of the Al Mansoura Residents'
                # Committee": whose page it was put out on.
                poster = self._page_owner(match.end(), bool(went_round))
            how = (
                ", where the medium was put out"
                if put_out
                else f", {WENT_ROUND_RULE}"
                if went_round
                else ""
            )
            found.append(
                Channel(
                    "social_media",
                    name,
                    match.start(),
                    match.end(),
                    f"'{match.group()}'{how}",
                    publisher=poster,
                    leaked=bool(put_out or went_round),
                )
            )
        for match in matches(PRIVATE):
            found.append(
                Channel(
                    "private_conversation",
                    match.group(),
                    match.start(),
                    match.end(),
                    "'in a private ...'",
                )
            )
        # "The story was picked up by the Daily Clarion, which carried it on its front page":
        # where the outlet put it out says more than that it picked it up.
        found = [
            c
            for c in found
            if c.rule != PICKED_UP_RULE
            or not any(o is not c and o.leaked and o.publisher == c.publisher for o in found)
        ]
        # "the group posted a clip on its social media accounts": put out on social media,
        # not on a website of its own.
        found = [
            c
            for c in found
            if not (c.kind == "website" and c.rule.startswith("outlet + 'posted'"))
            or ON_ITS_WEBSITE.search(text, c.start, c.end + 80) is not None
            or not any(
                o.kind == "social_media" and o.leaked and o.publisher == c.publisher for o in found
            )
        ]
        found.sort(key=lambda c: c.start)
        return found

    def _medium(self, match: re.Match[str]) -> Channel:
        medium = (match["medium"] or match["published"] or match["relative"] or "").lower()
        caught_by = (
            match["caught"] or match["miked"] or match["picked"] or match["heard"] or match["taped"]
        ) or ""
        caught = bool(caught_by)
        # ("Van Hecke's memo, 74 seconds long, was posted": a memo that lasts is spoken.)
        timed = RUNS_FOR.match(self.text, match.end()) is not None
        kind = "recording" if caught or timed or re.fullmatch(RECORDINGS, medium) else "document"
        # "a leaked voice message in which ...": the adjective may be in any branch's words.
        adjectives = (
            match.group() if match["relative"] else f"{match['adj'] or ''} {match['leak'] or ''}"
        )
        # A medium that was published, seen by someone or surfaced is out; so are
        # words "caught on" a microphone or camera, which others heard or saw.
        brought_out = (
            match["published"] is not None
            or match["picked"] is not None
            or caught_by.lower().startswith("caught")
        )
        leaked = brought_out or bool(
            re.search(r"leaked|secret|covert|undercover", f"{adjectives} {caught_by}", re.I)
        )
        publisher = None
        paper = IN_A_PAPER.match(self.text, match.end())
        # (The paper itself named there, an outlet: not "published in January"; and not
        # a letter said to have leaked.)
        printed_by = self._body_in(paper.end() - 1, paper.end()) if paper else None
        if (
            medium == "letter"
            and match.group().lower().startswith(("in a ", "in an "))
            and not leaked
            and printed_by is not None
            and self.entities[printed_by.entity].kind == "outlet"  # type: ignore[index]
        ):
            kind, publisher = "print", printed_by.entity
        if kind == "document" and not leaked and ON_A_WEBSITE.match(self.text, match.end()):
            # "apologised in a message published on the university's website": put out
            # on a website, where it was read (not a leaked memo an outlet put there).
            kind = "website"
        rule = (
            f"medium '{medium}'"
            if medium
            else f"'{caught_by.lower()}' + an occasion"
            if match["taped"]
            else f"'{caught_by.lower()}' + '-ing' cue"
        )
        name = self.text[match.start() : match.end()].strip()
        if name.lower().startswith("according to "):
            name = name[len("according to ") :]
        elif name.lower().startswith(("in ", "on ", "from ", "through ")):
            name = name.split(" ", 1)[1]
        return Channel(
            kind, name, match.start(), match.end(), rule, publisher=publisher, leaked=leaked
        )

    def _body_in(self, start: int, end: int) -> Mention | None:
        """The first outlet or organisation named in ``text[start:end]``."""
        for mention in self.mentions:
            entity = mention.entity
            if (
                start <= mention.start < end
                and entity is not None
                and self.entities[entity].kind in ("outlet", "organisation")
            ):
                return mention
        return None

    def _publisher_before(self, end: int) -> Mention | None:
        """The outlet or organisation named just before ``end`` ("The Bugle| published",
        "The Allied Nurses' Federation (ANF)| published", "The national broadcaster,
        Darlledu Cymru,| played": before a closing bracket or comma)."""
        comma = self.text[max(0, end - 1) : end] == ","
        if comma or self.text[max(0, end - 1) : end] == ")":
            end -= 1
        if comma and self.text[max(0, end - 1) : end] == ")":
            # "the national broadcaster, the Viti Broadcasting Network (VBN), aired": the
            # name before its initials.
            opening = self.text.rfind(" (", max(0, end - 16), end)
            end = opening if opening >= 0 else end
        for mention in self.mentions:
            entity = mention.entity
            if mention.end != end or entity is None:
                continue
            # Not "X, a newsroom that covers City Hall,": after a comma, only a name that
            # is the whole aside.
            if comma and not self.text.endswith((", ", ", the "), 0, mention.start):
                continue
            if self.entities[entity].kind in ("outlet", "organisation"):
                return None if self._affiliation_of_someone(mention) else mention
        return None

    def _affiliation_of_someone(self, mention: Mention) -> bool:
        """ "Deputy María Liz Aquino Galeano of the opposition Partido Horizonte Cívico
        played the recording": the body a person named before is of, not who acted."""
        of = AFFILIATION_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        # ("A whistleblower at the Ministry of Health, ..., posted the memo": where an
        # unnamed person works.)
        unnamed = UNNAMED_PERSON_AT.search(self.text, max(0, mention.start - 40), mention.start)
        return unnamed is not None or (
            of is not None
            and any(
                m.end == of.start()
                and m.entity is not None
                and self.entities[m.entity].kind == "person"
                for m in self.mentions
            )
        )

    def _past_aside(self, lookup: Callable[[int], T | None], floor: int, end: int) -> T | None:
        """Who ``lookup`` finds named right before ``end``, or before an aside or a
        "which" that ends there ("Fair Rents Now, a tenants' group, published")."""
        found = lookup(end)
        if found is None:
            aside = (
                ASIDE_BEFORE.search(self.text, floor, end)
                or WHICH_BEFORE.search(self.text, floor, end)
                or PLACE_AFTER_NAME.search(self.text, floor, end)
                or OUTLET_ASIDE_BEFORE.search(self.text, floor, end)
            )
            found = lookup(aside.start()) if aside else None
            if found is None and aside is not None and aside.re is WHICH_BEFORE:
                # "Wet Paint, a weekly arts newsletter, which published": an aside, then "which".
                before = ASIDE_BEFORE.search(self.text, floor, aside.start() + 1)
                found = lookup(before.start()) if before else None
        return found

    def _outlet_in_aside(self, floor: int, end: int) -> Mention | None:
        """The outlet named in an aside that ends at ``end`` (", the host of Bab Bhar FM's
        breakfast programme,")."""
        aside = ASIDE_BEFORE.search(self.text, floor, end)
        if aside is None:
            return None
        return next(
            (
                m
                for m in self.mentions
                if aside.start() <= m.start < end
                and m.entity is not None
                and self.entities[m.entity].kind == "outlet"
            ),
            None,
        )

    def _page_owner(self, end: int, went_round: bool) -> int | None:
        """Who is named right after a platform as putting the medium out there: the body
        whose page it is ("on the Facebook page of the Al Mansoura Residents'
        Committee"), or whoever it was posted by ("on LinkedIn on Friday night, posted
        by Pooja Iyengar")."""
        of = PAGE_OF.match(self.text, end)
        by = POSTED_BY_AFTER.match(self.text, end)
        if by is not None and went_round and by["verb"] == "shared":
            by = None  # "went viral on X, shared by Ben Ruiz": passed on, not put out
        kinds = ("organisation", "outlet") if of else ("person", "organisation", "outlet")
        at = of.end() if of else by.end() if by else None
        return next(
            (
                m.entity
                for m in self.mentions
                if m.start == at and m.kind in kinds and m.form != "pronoun"
            ),
            None,
        )

    def _poster(self, put_out: re.Match[str], sentence_start: int) -> int | None:
        """Who put a medium out: named right before the verb ("blogger Brian Wekesa posted
        it", past an aside: "Rhea Castellanos, a former manager, posted ..."), or the
        subject of the clause the verbs are in when the verb is joined to another ("Derek
        Moss ... clipped the exchange and posted it on Facebook", "..., when Neil
        Pruszynski cut the clip and posted it")."""
        named = self._past_aside(self._named_before, sentence_start, put_out.start())
        who = WHO_BEFORE.search(self.text, sentence_start, put_out.start())
        if named is None and who is not None and put_out.group().split()[1:2] in (["it"], ["them"]):
            named = self._named_before(who.start())
        if named is not None or not self.text[sentence_start : put_out.start()].endswith(" and"):
            return named
        subject = self._clause_subject(put_out.start(), sentence_start, exact=True)
        return None if subject is None else subject.entity

    def _clause_subject(self, at: int, sentence_start: int, exact: bool = False) -> Mention | None:
        """Who the clause ``at`` is in names first, its subject: right at its start
        (``exact``), else an outlet or organisation after its openers ("Hours later, on
        Tuesday evening, the regional news portal Sostinės Aidas cut ...")."""
        # Not "while searching the archive", "as a hobby": an opener with no subject of
        # its own.
        openers = [
            o
            for o in CLAUSE_OPENER.finditer(self.text, sentence_start, at)
            if not NO_SUBJECT_AFTER.match(self.text, o.end())
        ]
        clause_start = openers[-1].end() if openers else sentence_start
        for mention in self.mentions:
            if not clause_start <= mention.start < at or mention.entity is None:
                continue
            if exact:
                # ("Within hours, Ivana Kovačević ... had cut the exchange and posted it":
                # past openers set off by commas.)
                if not COMMA_OPENERS.fullmatch(self.text, clause_start, mention.start):
                    return None
                if mention.kind != "place":
                    return mention
                continue
            lead = self.text[clause_start : mention.start]
            kind = self.entities[mention.entity].kind
            if kind in ("outlet", "organisation") and SUBJECT_LEAD.fullmatch(lead):
                return mention
            return None
        return None

    def _named_before(self, end: int) -> int | None:
        """The person, organisation or outlet named right before ``end``, if any, or
        named in apposition right before it ("A club member, Aidan Lyne,| posted")."""
        if self.text[max(0, end - 1) : end] == ",":
            return next(
                (
                    m.entity
                    for m in self.mentions
                    if m.end == end - 1
                    and m.entity is not None
                    and self.text[max(0, m.start - 2) : m.start] == ", "
                ),
                None,
            )
        return next(
            (
                m.entity
                for m in self.mentions
                if m.end == end
                and m.entity is not None
                # (Not the body an unnamed person is of: "A whistleblower at the Ministry".)
                and UNNAMED_PERSON_AT.search(self.text, max(0, m.start - 40), m.start) is None
            ),
            None,
        )

    def _place_in(self, start: int, end: int) -> str | None:
        for mention in self.mentions:
            entity = mention.entity
            inside = start <= mention.start < end
            if inside and entity is not None and self.entities[entity].kind == "place":
                return self.entities[entity].name
        return None


def _merge_recordings(channels: list[Channel]) -> list[Channel]:
    """Publishers named beside a medium ("the recording, published by X") or as
    putting it out ("the Observer published an email", "the recording, which
    Tidewater Radio aired") become its publisher."""
    merged = []
    for channel in channels:
        if channel.kind in ("recording", "document") and channel.publisher is None:
            publisher = next(
                (
                    c
                    for c in channels
                    if c.publisher is not None
                    and c.kind in ("website", "print", "broadcast")
                    and (
                        (c.rule.startswith("'") and abs(c.start - channel.end) < 40)
                        or c.start <= channel.start < c.end
                        or (c.rule.startswith("medium, which") and 0 <= c.start - channel.end < 12)
                    )
                ),
                None,
            )
            if publisher is not None:
                channel = evolve(channel, publisher=publisher.publisher, leaked=True)
        merged.append(channel)
    return merged


def _patterns_by_sentence(text: str, segments: Segments) -> list[set[str]]:
    """For each sentence, the patterns whose needed words it holds (in lower case).

    Each needed word is looked for once in the whole text, not once per sentence.
    Patterns are named by their source text: it hashes at once, while a
    compiled pattern hashes its whole program every time it is looked up.
    """
    lowered = text.lower()
    found: list[set[str]] = [set() for _ in segments.sentences]
    if len(lowered) != len(text):
        # A letter whose lower case is longer ("İ") moves the offsets: look sentence by sentence.
        for sentence in segments.sentences:
            part = text[sentence.start : sentence.end].lower()
            found[sentence.index] = {
                pattern.pattern for pattern, needs in NEEDS.items() if any(w in part for w in needs)
            }
        return found
    for word, patterns in PATTERNS_BY_WORD.items():
        at = lowered.find(word)
        while at >= 0:
            sentence = segments.sentence_at(at)
            if sentence.start <= at and at + len(word) <= sentence.end:
                found[sentence.index].update(patterns)
            at = lowered.find(word, at + 1)
    return found


# Other last words of a body's name that a head calls it by: "the district" of
# "Nokomis Valley Public Schools".
HEAD_ALIASES = {"district": ("schools",)}


def _heads(words: list[str]) -> tuple[str, ...]:
    """The words a body's name may be called by: its last, and its first before "of"."""
    return (words[-1], words[0]) if len(words) > 2 and words[1] == "of" else (words[-1],)


def find_channels(
    article: Article,
    segments: Segments,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
) -> Channels:
    """Every channel the text names, and the channel of each statement."""
    finder = _Finder(article, mentions, entities)
    channels: list[Channel] = []
    per_sentence: dict[int, list[int]] = {}
    searched = _patterns_by_sentence(article.text, segments)
    # "... not on a scrawl in a notebook," the minister said: a medium in a speaker's
    # own quoted words is what they speak of, not how anything reached the public.
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    for sentence in segments.sentences:
        found = [
            c
            for c in _merge_recordings(finder.sentence_channels(sentence, searched[sentence.index]))
            if not any(start <= c.start < end for start, end in quoted)
        ]
        if not any(c.kind in MEDIA for c in found):
            previous = segments.sentences[sentence.index - 1] if sentence.index else sentence
            found = _one_of_them(article.text, sentence, previous, channels) + found
        for channel in found:
            if any(c.start == channel.start for c in channels):
                continue
            per_sentence.setdefault(sentence.index, []).append(len(channels))
            channels.append(channel)
    channels = _leaked_media(article, channels)
    updated = list(quotes)
    said_in = {segments.sentence_at(q.cue.start if q.cue else q.start).index for q in quotes}
    # What each sentence's statements say (not the narrator's "according to X"), where
    # no channel of another statement is named.
    said_by_sentence: dict[int, list[tuple[int, int]]] = {}
    # Where each sentence names a speaker and their cue ("Reid was caught on his
    # microphone calling"), with the speaker: a channel there is that speaker's.
    frames_by_sentence: dict[int, list[tuple[int, int, int | None]]] = {}
    for quote in quotes:
        if not quote.narrated:
            index = segments.sentence_at(quote.start).index
            said_by_sentence.setdefault(index, []).append((quote.start, quote.end))
        if quote.cue is not None and quote.source_start is not None:
            index = segments.sentence_at(quote.cue.start).index
            frame = (quote.source_start, quote.cue.end, quote.speaker)
            frames_by_sentence.setdefault(index, []).append(frame)
    last_by_speaker: dict[int | None, int | None] = {}
    last_speaker: int | None = None

    def poster(channel: Channel) -> set[int | None]:
        """Who the sentence of a post names before it: whose post it is (by a pronoun,
        the first person of that gender the sentence before names: "Film producer X had
        called actress Ishani Raychaudhuri ... She responded on Instagram")."""
        sentence = segments.sentence_at(channel.start)
        before = [m for m in mentions if sentence.start <= m.start < channel.start]
        pronoun = next((m for m in before if m.form == "pronoun" and m.kind == "person"), None)
        if pronoun is None:
            return {m.entity for m in before if m.entity is not None}
        previous = segments.sentences[sentence.index - 1] if sentence.index else sentence
        named = (
            m.entity
            for m in mentions
            if previous.start <= m.start < previous.end
            and m.kind == "person"
            and m.entity is not None
            and (pronoun.gender is None or entities[m.entity].gender in (None, "u", pronoun.gender))
        )
        first = next(named, None)
        return {first} if first is not None else set()

    for number, quote in enumerate(updated):
        anchor = quote.cue.start if quote.cue else quote.start
        sentence = segments.sentence_at(anchor)
        named = per_sentence.get(sentence.index, [])
        # "Hours after the clip surfaced, X wrote ...": that clip dates X's words, it
        # does not carry them; but "after a recording ... caught him saying" does.
        after = TIME_CLAUSE.finditer(article.text, sentence.start, sentence.end) if named else ()
        since = [span for m in after if (span := _time_clause(article.text, m, anchor))]
        # Not in what it or another statement says ("said no information was shared
        # in a Signal chat, and dismissed calls as "a stunt""), unless that one only
        # says where it is from ("according to a copy seen by X").
        enclosing = [
            (quote.start, quote.end),
            *said_by_sentence.get(sentence.index, ()),
            *(
                (start, end)
                for start, end, speaker in frames_by_sentence.get(sentence.index, ())
                if speaker is not None and speaker != quote.speaker
            ),
        ]
        # A statement inside another's ("..., after X was caught on a live microphone
        # mocking a nurse, Y said") keeps the channel between its source and its cue.
        nested = any(
            start <= quote.start < end and (start, end) != (quote.start, quote.end)
            for start, end in said_by_sentence.get(sentence.index, ())
        )
        frame = (
            (quote.source_start, quote.cue.end)
            if nested and quote.cue is not None and quote.source_start is not None
            else (0, 0)
        )
        # (Not a medium another statement of the frame names: in "acknowledged that the
        # voice in the recording was his but said the chiefs "knew it was a joke"", the
        # recording is what the first statement speaks of.)
        others = [
            (start, end)
            for start, end in said_by_sentence.get(sentence.index, ())
            if not start <= quote.start < end
        ]
        own = [
            i
            for i in named
            if (
                (
                    frame[0] <= channels[i].start < frame[1]
                    and not any(start <= channels[i].start < end for start, end in others)
                )
                or not any(start <= channels[i].start < end for start, end in enclosing)
            )
            and channels[i].kind != "private_conversation"
            # ("Frías, who represents Loma Verde in the Senate, wrote": who, not where.)
            and not (
                quote.source_start is not None
                and quote.source_end is not None
                and quote.source_start <= channels[i].start < quote.source_end
                and WHO_ASIDE.search(article.text, quote.source_start, channels[i].start)
            )
            # ("An inspector whose private comments on a draft were passed around
            # apologised": what the subject's relative clause says of them, after the
            # source or inside it.)
            and not (
                quote.source_end is not None
                and quote.cue is not None
                and quote.source_end <= channels[i].start < quote.cue.start
                and WHOSE_AFTER.match(article.text, quote.source_end) is not None
            )
            and not (
                quote.source_start is not None
                and quote.source_end is not None
                and quote.source_start <= channels[i].start < quote.source_end
                and RELATIVE_IN_SOURCE.search(article.text, quote.source_start, channels[i].start)
                # (Not "who was speaking in an interview with the FT": where it was said.)
                and channels[i].kind in ("recording", "document")
            )
            and not any(start <= channels[i].start < channels[i].end <= end for start, end in since)
            and not _past_timed_clause(article.text, quote.end, channels[i].start)
            # ("MP demands deputy governor's resignation over secret dinner recording": in
            # a headline, what a statement is over is not where it was made.)
            and not (
                quote.paragraph == 0
                and quote.end <= channels[i].start
                and HEADLINE_OVER_CHANNEL.search(article.text, quote.end, channels[i].start)
            )
            and not _reacted_to(article.text, sentence.start, channels[i])
        ]
        setting = (
            None
            if own
            else _setting(
                article.text, sentence, quote, segments, per_sentence, channels, mentions, said_in
            )
        )
        # "Brierley said the voicemail in which Drummond called her "dead weight" was
        # ...": words another's statement holds are in the medium its clause names.
        in_which = _medium_in_which(quote, channels, article.text)
        inside_another = in_which is not None and any(
            other.start <= quote.start < other.end and other.speaker != quote.speaker
            for other in quotes
            if not other.narrated
        )
        # So are words whose medium, in the sentence, is only what another statement
        # reacts to ("dismissed as "a fake" a recording in which she is heard ...").
        # (And words in the medium's "in which" clause, whatever is named after them:
        # "for a WhatsApp audio in which she told ..., saying in a statement that ...".)
        later = all(channels[i].start >= quote.end for i in own)
        if in_which is not None and (inside_another or not own or later):
            chosen: int | None = in_which
        elif own:
            before = [i for i in own if channels[i].start < anchor] or own
            chosen = _preferred(before, channels)
        elif setting is not None:
            chosen = setting
        elif (medium := _medium_speaking(quote, channels, article.text)) is not None:
            chosen = medium
        elif quote.speaker is not None and quote.speaker == last_speaker:
            chosen = last_by_speaker.get(quote.speaker)
            leaked = chosen is not None and channels[chosen].leaked
            if leaked and (
                AFTER_LEAK.search(article.text, sentence.start, sentence.end)
                or any(
                    not (quote.start <= m.start() < quote.end)
                    for m in DAY_NAMED.finditer(article.text, sentence.start, sentence.end)
                )
            ):
                chosen = None
        else:
            chosen = None
        if chosen is None and not own and setting is None:
            # Words written with no channel (the speaker's last had none either).
            previous = updated[number - 1] if number else None
            chosen = _written_in(quote, previous, anchor, sentence, channels, article.text, poster)
        if chosen is not None:
            updated[number] = evolve(quote, channel=chosen)
        if quote.speaker is not None and quote.paragraph > 0:
            # Not the headline's: its medium ("MEP recorded calling ...") is no channel
            # of what the speaker says below it.
            last_by_speaker[quote.speaker] = chosen
            last_speaker = quote.speaker
    return Channels(tuple(channels), tuple(updated))


# "seized on the recording in Question Time", "condemned the messages", "dismissed a
# leaked audio as ...", "dismissed as "a fake" a recording": a medium someone reacts
# to is what they speak of, not where.
REACTED_TO = re.compile(
    r"\b(?:seized|seizes|pounced|pounces|jumped|commented|responded|responds|reacted|reacts"
    r"|referred|refers|condemned|condemns|criticised|criticized|criticises|criticizes"
    r"|defended|defends|dismissed|dismisses|slammed|slams|attacked|attacks|mocked|mocks"
    r"|welcomed|welcomes|addressed|addresses|denied|denies|rejected|rejects|disowned"
    r"|disowns|described|describes|branded|brands)"
    r"(?:\s+as\s+[\"“][^\"“”]{1,80}[\"”])?\s+(?:(?:on|upon|to|about|over)\s+)?"
    r"(?:(?:a|an|the|this|that|these|those|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)


# "X defended her on Tuesday, a day after she apologized for an email ...": any few
# words before "after" (looser than the pattern that ends a statement in attribution).
# (", a day after", or with no comma, "demanded his resignation after a live microphone
# caught him": a clause of what happened before.)
TIMED_CLAUSE = re.compile(
    r",\s+(?:[\w-]+\s+){0,2}?(?:after|before)\s|\s(?:after|before)\s+(?:a|an|the|his|her|their)\s"
)


def _time_clause(text: str, clause: re.Match[str], anchor: int) -> tuple[int, int] | None:
    """The span of a clause of another time before a statement's cue at ``anchor``:
    "Hours after the clip surfaced, X wrote", or "called in minutes after the clip was
    aired and accused X of ..." (up to the "and" before the cue)."""
    if "," in text[clause.end() : anchor]:
        return clause.span()
    if clause.start() > anchor:
        # "wrote in a post on X hours after the audio was published that ...": up to
        # the "that" of what was written.
        that = text.find(" that ", clause.start(), clause.end())
        return (clause.start(), that) if that > 0 else None
    joint = text.rfind(" and ", clause.start(), anchor)
    return (clause.start(), joint) if joint > clause.start() else None


def _past_timed_clause(text: str, end: int, start: int) -> bool:
    """Whether a clause of another time (", a day after") stands between a
    statement's end and a medium named after it: that medium is the other
    event's, not where the statement was made."""
    return end <= start and TIMED_CLAUSE.search(text, end, start) is not None


# "apologised on Wednesday evening for a WhatsApp audio": what an apology is for.
APOLOGISED_FOR = re.compile(
    r"\bapologi[sz](?:ed|es|ing|e)\b[^.;:\"“”]{0,40}?\bfor\s+"
    r"(?:(?:a|an|the|this|that|these|those|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)


def _reacted_to(text: str, floor: int, channel: Channel) -> bool:
    """Whether a medium is the object of a verb of reacting ("seized on the recording",
    "apologised on Wednesday evening for a WhatsApp audio")."""
    if channel.kind not in MEDIA:
        return False
    start = max(floor, channel.start - 40)
    if REACTED_TO.search(text, start, channel.start) is not None:
        return True
    before = max(floor, channel.start - 60)
    if STANCE_OVER.search(text, max(floor, channel.start - 160), channel.start) is not None:
        return True  # "defends education minister over leaked Signal messages"
    return "polog" in text[before : channel.start] and (
        APOLOGISED_FOR.search(text, before, channel.start) is not None
    )


def _written_in(
    quote: Quote,
    previous: Quote | None,
    anchor: int,
    sentence: Sentence,
    channels: list[Channel],
    text: str,
    poster: Callable[[Channel], set[int | None]],
) -> int | None:
    """ "..., national security adviser Elaine Bristow wrote.": words written with
    no channel of their own, on no day named, are in the last document or reply's post
    named before them (the chat, the email); words replied or answered, only when
    what they answer, the statement just before, was in a document too."""
    if quote.cue is None or quote.cue.lemma not in WRITTEN_EXCHANGE:
        return None
    if quote.cue.lemma in ("reply", "answer"):
        answered = previous.channel if previous is not None else None
        if answered is None or channels[answered].kind != "document":
            return None
    days = DAY_NAMED.finditer(text, sentence.start, sentence.end)
    if any(not (quote.start <= m.start() < quote.end) for m in days):
        return None
    # (Or the post of a reply since: "responded on Instagram the next morning ...
    # "...," the actress wrote.")
    documents = [
        i
        for i, c in enumerate(channels)
        if (
            c.kind == "document"
            or (
                c.kind == "social_media"
                and not c.leaked
                and OWN_MEDIUM_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
                and quote.speaker in poster(c)
            )
        )
        and c.start < anchor
    ]
    return documents[-1] if documents else None


# "the voicemail in which Drummond called her ...": a medium, then its relative clause.
# (after the verb of its coming out: "a recording emerged in which he told ...")
# ("a video of his team talk on Saturday night, in which he mocked ...": what it is of,
# then the clause, past a comma.)
IN_WHICH = re.compile(
    r"(?:\s+of\s+[^,.;\"“”]{1,60}?)?"
    rf"(?:\s+(?:emerged|surfaced|circulated|leaked|was\s+(?:released|published|leaked)))?"
    rf",?\s+{WHICH_CLAUSE}\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _medium_in_which(quote: Quote, channels: list[Channel], text: str) -> int | None:
    """ "the voicemail in which Drummond called her "dead weight"": words whose
    source opens a medium's relative clause are in that medium."""
    source = quote.source_start
    if source is None:
        return None
    return max(
        (
            n
            for n, c in enumerate(channels)
            if c.kind in MEDIA
            and source - 90 <= c.end <= source
            and IN_WHICH.fullmatch(text, c.end, source)
        ),
        key=lambda n: channels[n].end,
        default=None,
    )


# What a headline's label is about: "Fury over ...", "Row about ...".
ABOUT_WORDS = frozenset("over about in from on".split())


def _medium_speaking(quote: Quote, channels: list[Channel], text: str) -> int | None:
    """ ""...," the memo reads.": words whose source is a medium ("the memo", "the
    leaked email") are in the last medium of that name named before them."""
    if quote.source_start is None or quote.source_end is None:
        return None
    words = text[quote.source_start : quote.source_end].lower().split()
    headline = quote.paragraph == 0
    if headline:
        # "Fury over town clerk's voice clip: '...'": a headline's label names the
        # medium after what it is about.
        words = words[max((k + 1 for k, w in enumerate(words) if w in ABOUT_WORDS), default=0) :]
    if not words or len(words) > (4 if headline else 3) or words[-1] not in MEDIUM_NOUNS:
        return None
    noun = words[-1].removesuffix("s")
    named = [
        i
        for i, channel in enumerate(channels)
        if channel.kind in MEDIA and channel.name.lower().split()[-1].removesuffix("s") == noun
    ]
    before = [i for i in named if channels[i].start < quote.start]
    if before:
        return before[-1]
    # (A headline's medium is named again in the story below it.)
    return named[0] if named and headline else None


# "He was speaking at a news conference", "She made the remarks on a phone-in".
WAS_SPEAKING = re.compile(
    r"\b(?:was|were)\s+speaking\b|\bmade\s+the\s+(?:remarks|comments)\b", re.IGNORECASE
)


def _setting(
    text: str,
    sentence: Sentence,
    quote: Quote,
    segments: Segments,
    per_sentence: dict[int, list[int]],
    channels: list[Channel],
    mentions: Sequence[Mention],
    said_in: set[int],
) -> int | None:
    """ "Kerr spoke to reporters this morning. "I said things ...," he said.": the
    sentence before, in the same paragraph, names the speaker and the occasion and
    holds no statement of its own; or the sentence after tells that the speaker "was
    speaking" on that occasion."""
    if quote.speaker is None:
        return None

    source = (
        text[quote.source_start : quote.source_end].split()
        if quote.source_start is not None and quote.source_end is not None
        else []
    )
    # "The coalition held a press conference. Its spokesperson said ...": for the body.
    for_a_body = bool(source) and source[0].lower() in ("its", "their")

    def occasion_in(other: Sentence) -> int | None:
        # (Not one in a clause of another time: "sent the email the day after the
        # drop-in sessions at the town hall"; a "when" clause tells the same time.)
        clauses = [
            m.span()
            for m in TIME_CLAUSE.finditer(text, other.start, other.end)
            if m.group().split()[0].lower() not in ("when", "once")
            # (after the main clause: not "The following morning Kerr spoke to reporters")
            and CLAUSE_AFTER_COMMA.search(text, other.start, m.start()) is not None
        ]
        occasions = [
            i
            for i in per_sentence.get(other.index, [])
            if channels[i].kind in OCCASIONS
            and not any(start <= channels[i].start < end for start, end in clauses)
        ]
        speaker_named = any(
            other.start <= m.start < other.end
            and (
                m.entity == quote.speaker
                or (for_a_body and m.kind in ("organisation", "outlet") and not m.in_quote)
            )
            for m in mentions
        )
        return occasions[0] if occasions and speaker_named else None

    following = (
        segments.sentences[sentence.index + 1]
        if sentence.index + 1 < len(segments.sentences)
        else None
    )
    if (
        following is not None
        and following.index not in said_in
        and WAS_SPEAKING.search(text, following.start, following.end)
    ):
        # "X has said that ... . X was speaking on Saturday on a phone-in programme": the
        # sentence after tells where the words before were said.
        return occasion_in(following)
    # (Before the statement's first sentence: in "X apologised in a statement. "A.
    # B," he wrote.", the quote opens a sentence before its cue's.)
    first = segments.sentence_at(min(quote.start, sentence.start))
    if first.index == 0 or (first.index - 1) in said_in:
        return None
    before = segments.sentences[first.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    return occasion_in(before)


def _one_of_them(
    text: str, sentence: Sentence, previous: Sentence, channels: list[Channel]
) -> list[Channel]:
    """ "In one, X describes ...": one of the recordings or documents named before;
    "In it" only one named in the sentence before ("Her apology was read out. In
    it, ..." is in no recording named earlier)."""
    match = ONE_OF_THEM.match(text, sentence.start, sentence.end)
    if match is None:
        return []
    earlier = next((c for c in reversed(channels) if c.kind in MEDIA), None)
    if earlier is None:
        return []
    noun = earlier.name.split()[-1]
    # ("In it" is no one of "the screenshots": it names one thing, not many.)
    plural = noun.endswith("s") and not noun.endswith("ss")
    if match["one"] == "it" and (earlier.start < previous.start or plural):
        return []
    return [
        evolve(
            earlier,
            name=match["one"],
            start=match.start("one"),
            end=match.end("one"),
            rule=f"'{match['one']}': one of the {noun} named before",
        )
    ]


def _leaked_media(article: Article, channels: list[Channel]) -> list[Channel]:
    """In a story about a leak, the private media it names are the leaked ones.

    When the text calls some medium leaked ("the leaked video"), only media of
    its kind are: the recording is leaked, the email of apology sent after it
    is not; nor is a medium someone apologised or explained in ("had
    apologized in an email to staff"), whatever its kind. Their publisher is
    the one outlet the text says published or obtained the leak, when there
    is exactly one.
    """
    text = article.text
    # "apologised in a letter to all staff, a copy of which was seen by X": the medium
    # of an answer, and an outlet's seeing it, leak nothing.
    answered = {c.start: c for c in channels if c.kind in MEDIA and _answered_in(text, c)}
    own = {start: _own_statement(text, c) for start, c in answered.items()}
    # "said in a video posted on her X account ... Estrada said in the video": the same
    # medium again, when the last medium of its name was one someone answered in.
    last_answered: dict[str, Channel | None] = {}
    for c in channels:
        if c.kind not in MEDIA:
            continue
        # ("has written to staff ...", then "In the letter, ..." or "In an email sent to
        # about 5,000 employees, ...": the letter written.)
        head = c.name.split()[-1].lower()
        letter = c.rule == WROTE_TO_RULE or head in LETTER_HEADS
        head = "letter" if letter else head
        before = last_answered.get(head)
        again = c.name.split()[0].lower() in DEFINITE or (
            letter and SENT_TO_MANY.match(text, c.end) is not None
        )
        # (Never one the text calls leaked: "The email that caused the row, which was
        # leaked to the Daily Ledger", "a leaked email sent to all managers".)
        # (But "In the memo, which was also leaked to Tagesbörse": the answer, leaked too.)
        also = ALSO_LEAKED.match(text, c.end) is not None
        again = again and (not _said_leaked(text, c) or also)
        if c.start not in own and before is not None and again:
            answered[c.start] = c
            rule = f"{c.rule}, the {head} named before"
            own[c.start] = evolve(before, name=c.name, start=c.start, end=c.end, rule=rule)
        last_answered[head] = own.get(c.start)

    def seen_after_answer(channel: Channel) -> bool:
        # (Not another event told in a clause of time: "resigned in a letter ..., a day
        # after Radio Ciudad Luz played the recording".)
        return channel.leaked and any(
            a.start < channel.start
            and "." not in text[a.end : channel.start]
            and TOLD_AFTER.search(text, a.end, channel.start) is None
            for a in answered.values()
        )

    channels = [
        own[c.start] if c.start in own else _own_statement(text, c) if seen_after_answer(c) else c
        for c in channels
    ]
    brought_out = any(c.leaked for c in channels)  # "messages seen by", "the clip surfaced"
    if not (brought_out or LEAK_IN_ARTICLE.search(text)):
        return channels

    kinds = {c.kind for c in channels if c.kind in MEDIA and c.leaked} or set(MEDIA)
    publishers = {
        c.publisher
        for c in channels
        if c.leaked and c.publisher is not None and c.kind not in MEDIA
    }
    # Of several, the one said to have put it out first ("It was first posted ... on the
    # website of De Onderstroom").
    first = {
        c.publisher
        for c in channels
        if c.publisher in publishers and FIRST_PUT_OUT.match(text, c.start, c.end)
    }
    publisher = next(iter(publishers)) if len(publishers) == 1 else None
    if publisher is None and len(first) == 1:
        publisher = next(iter(first))

    def named_again(channel: Channel) -> bool:
        """ "the producer wrote in the two-page letter" after "apologised ... in a letter
        released by his office": a medium one answered in, named again by its noun."""
        words = channel.name.split()
        if channel.kind not in MEDIA or words[0].lower() not in DEFINITE:
            return False
        earlier = [
            c
            for c in channels
            if c.kind in MEDIA and c.start < channel.start and c.name.split()[-1] == words[-1]
        ]
        return bool(earlier) and earlier[-1].start in answered

    marked = [
        evolve(c, leaked=True, publisher=c.publisher if c.publisher is not None else publisher)
        if c.kind in kinds and c.start not in answered and not named_again(c)
        else c
        for c in channels
    ]
    # "In the message" after "a voice message" was leaked: the same medium, of its kind.
    heads: dict[str, Channel] = {}
    for c in marked:
        if c.kind in MEDIA and c.leaked:
            heads.setdefault(c.name.split()[-1].lower(), c)
    return [
        evolve(
            c,
            kind=same.kind,
            leaked=True,
            publisher=c.publisher if c.publisher is not None else same.publisher,
        )
        if c.kind in MEDIA
        and c.name.split()[0].lower() in DEFINITE
        and (same := heads.get(c.name.split()[-1].lower())) is not None
        and same.start < c.start
        and not named_again(c)
        else c
        for c in marked
    ]


def _own_statement(text: str, channel: Channel) -> Channel:
    """A medium someone answered in, not leaked; one they "said in" ("said in an email
    Thursday afternoon") is a statement, as their words to the press."""
    if SAID_BEFORE.search(text, max(0, channel.start - 10), channel.start) is None:
        return evolve(channel, leaked=False, publisher=None)
    if POSTED_ON_A_PLATFORM.match(text, channel.end):
        # "said in a video posted on his YouTube channel": their words on social media.
        rule = f"{channel.rule}, 'said in' it, posted on a platform"
        return evolve(channel, kind="social_media", rule=rule, leaked=False, publisher=None)
    rule = f"{channel.rule}, 'said in' it: a statement"
    return evolve(channel, kind="statement", rule=rule, leaked=False, publisher=None)


# "In a letter delivered to the council's offices": a medium its writers sent openly.
DELIVERED_AFTER = re.compile(r"\s+(?:delivered|hand-delivered)\s+to\b")
SENT_TO_AFTER = re.compile(r"\s+(?:sent|emailed|addressed|circulated)\s+to\b")


def _answered_openly(text: str, start: int, end: int) -> bool:
    """Whether a verb of answering comes before ``start`` in its sentence, not in a clause
    of time or cause ("apologized Sunday evening, saying in a video ..."; not "after she
    criticised the chief, saying in a text message ..."), and a denial's medium not one sent
    to a few ("dismissed the complaints, saying in an email to two directors")."""
    answer = ANSWERED_BEFORE.search(text, max(0, start - 250), start)
    return (
        answer is not None
        and ACT_IN_A_CLAUSE.search(text, max(0, answer.start() - 40), answer.start()) is None
        and (not answer["denied"] or PRIVATE_ADDRESSEE.match(text, end) is None)
    )


def _said_leaked(text: str, channel: Channel) -> bool:
    """Whether a medium's name or the clause after it says it leaked or was seen."""
    return LEAKED_NAMED.search(channel.name) is not None or (
        LEAKED_AFTER.match(text, channel.end) is not None
    )


def _answered_in(text: str, channel: Channel) -> bool:
    """ "had apologized in an email to ministry staff", "said in an email Thursday": a
    medium someone answers or makes a statement in."""
    if channel.rule == WROTE_TO_RULE:
        # "wrote to every family, saying ...": a letter to many, its words told as what
        # the writer said, is the writer's word (not "wrote to all staff last month that
        # the bank was in trouble", which may be the leaked letter).
        # (... or "has written to staff this week to apologise for a message": why.)
        # ("wrote to the council demanding a public apology": a demand made openly.)
        return (
            WROTE_TO_MANY.match(text, channel.end) is not None
            and (
                SAYING_AFTER_LETTER.match(text, channel.end) is not None
                or APOLOGY_AFTER_LETTER.match(text, channel.end) is not None
            )
        ) or (
            DEMANDING_AFTER_LETTER.match(text, channel.end) is not None
            # ("In a letter obtained by the Guardian, the minister wrote to ...": before it too.)
            and not LEAK_WORDS_NEAR.search(text, max(0, channel.start - 200), channel.end + 300)
        )
    opening = text[channel.start : channel.start + 6].lower()
    if not opening.startswith("in "):
        return False
    window = max(0, channel.start - 60)
    if OWN_MEDIUM_BEFORE.search(text, window, channel.start) is not None:
        return True
    # Only "in a" or "in an": "Brandt wrote in one message" is one of the leaked ones; so
    # is "wrote in a leaked email".
    indefinite = opening.startswith(("in a ", "in an "))
    leaked = LEAKED_NAMED.search(channel.name) is not None
    # "In an email sent to the trust's 14,000 employees on Thursday evening, Ms Stansfield
    # said": a sentence opened by the writer's own letter to many (not one obtained by a
    # paper).
    opens = not text[text.rfind("\n", 0, channel.start) + 1 : channel.start].strip()
    sent = (
        opens
        and SENT_TO_AFTER.match(text, channel.end) is not None
        and LEAK_WORDS_NEAR.search(text, channel.end, channel.end + 160) is None
    )
    return (
        indefinite
        and not leaked
        and (
            STATED_IN_BEFORE.search(text, window, channel.start) is not None
            or DELIVERED_AFTER.match(text, channel.end) is not None
            or sent
            or (
                SAYING_BEFORE.search(text, window, channel.start) is not None
                and _answered_openly(text, channel.start, channel.end)
                and LEAK_WORDS_NEAR.search(text, channel.end, channel.end + 200) is None
            )
        )
    )


# The clause after a medium saying it leaked: "The letter, a copy of which was leaked to
# the Evening Post," (not "a copy of which was obtained by X": an answer a paper saw).
LEAKED_AFTER = re.compile(r"[^.;\"“”]{0,80}?\b(?:leaked|surfaced|emerged)\b", re.IGNORECASE)
# "..., a day after Radio Ciudad Luz played the recording": another event told in a clause
# of time, the channel within it (not "when the figures became public, a copy of which
# was seen by ...", an answer's own date).
TOLD_AFTER = re.compile(
    r"\b(?:after|before|following)\b(?:(?!,\s+(?:a\s+copy\s+of\s+)?which\b)[^.;]){0,60}$",
    re.IGNORECASE,
)


ALSO_LEAKED = re.compile(r"[^.;\"“”]{0,40}?\balso\s+(?:been\s+)?leaked\b", re.IGNORECASE)
# A medium its name calls leaked or secret: "a leaked email", "a secret recording".
LEAKED_NAMED = re.compile(r"\b(?:leaked|secret|secretly|covert)\b", re.IGNORECASE)


# The verbs of an exchange in writing: "wrote", "replied", "answered", "texted".
WRITTEN_EXCHANGE = frozenset({"write", "reply", "answer", "text", "message"})
# "had apologized in an email to ministry staff": a medium someone answers in is theirs.
# The verbs of answering or taking a side in words of one's own.
_ANSWERS = r"apologi[sz]ed|explained|responded|replied|defended|backed|condemned|critici[sz]ed"
OWN_MEDIUM_BEFORE = re.compile(
    # "defended Castellane in a letter to House Speaker ...": a reaction's own medium.
    rf"\b(?:{_ANSWERS}|apologi[sz]ing)\b"
    r"(?:(?!\b(?:after|over|following|when|for)\b)[^.;]){0,40}$"
    # ("resigned in a letter to the council": a resignation's own letter, right before it;
    # not "who resigned in March, is named in an email leaked to ...".)
    r"|(?<!who\s)\b(?:resigned|quit)(?:\s+(?:on\s+\w+|yesterday|today|last\s+\w+))?\s+$",
    re.IGNORECASE,
)
# "said in an email Thursday afternoon", "wrote in a campaign email to supporters": a
# medium a statement is made in, named right after its verb.
STATED_IN_BEFORE = re.compile(r"\b(?:said|wrote|added)\s+$", re.IGNORECASE)
# ... and ", saying in a video posted on ...", after the subject's own answer earlier in
# the sentence ("apologized Sunday evening to X, saying in a video ..."; not "after she
# disparaged the chief, saying in a text message to a colleague", the leaked words).
SAYING_BEFORE = re.compile(r",\s+(?:saying|writing)\s+$", re.IGNORECASE)
ANSWERED_BEFORE = re.compile(
    rf"\b(?:{_ANSWERS}|answered|hit\s+back|called\s+(?:for|on)|demanded|urged"
    # (A denial or a refusal, unless in a medium sent to a few: "denied the claims on
    # Monday, saying in a video posted on her Facebook page"; not "dismissed the complaint,
    # saying in an email to two directors", a leaked one.)
    r"|(?P<denied>denied|rejected|refused|dismissed|insisted|resigned))\b[^.;]{0,200}$",
    re.IGNORECASE,
)
# A medium sent to a few, which a denial told in it makes private: "in an email to two
# directors" (not "in a letter to the prime minister").
PRIVATE_ADDRESSEE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:a|an|two|three|four|several|some|his|her|their|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:directors?|colleagues?|friends?|aides?|managers?|staff|officials|members"
    r"|advisers?|advisors?|assistants?|deputies)\b",
    re.IGNORECASE,
)

# ... unless that act is told in a clause of time or cause, the leaked deed itself
# ("after she criticised the fire chief, saying in a text message ...").
ACT_IN_A_CLAUSE = re.compile(
    r"\b(?:after|over|following|when|because|as|since)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Of those, one "said in" is their words to the press: a statement.
SAID_BEFORE = re.compile(r"\bsaid\s+$", re.IGNORECASE)
# Channels that are an occasion of speaking, which a following quote can belong to
# ("X posted the screenshots on X. "...," she wrote": her post).
OCCASIONS = ("interview", "speech", "statement", "broadcast", "social_media")


def _preferred(indices: list[int], channels: list[Channel]) -> int:
    """The channel a statement came through: the medium before the publisher (and a
    leaked stream that carried the words live, as the medium does, before the occasion
    it carried: "was heard on the city's own live stream at a council meeting")."""
    order = (
        "recording",
        "document",
        "interview",
        "speech",
        "statement",
        "social_media",
        "broadcast",
        "print",
        "website",
    )

    def rank(i: int) -> int:
        live = channels[i].leaked and CARRIED_LIVE_RULE in channels[i].rule
        return 0 if live else order.index(channels[i].kind)

    return min(indices, key=lambda i: (rank(i), -channels[i].start))
