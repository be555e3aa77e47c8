"""Mentions: find the people, organisations, outlets and places an article names.

Capitalised word runs are read as names and sorted by their shape and
context: an honorific ("Ms Lopez") or a given name ("Maria Lopez") makes
a person; a title before a name ("Political Editor Sam Obi")
gives that person a role and, where one stands before the title, an
affiliation; organisation and outlet words ("Party", "News", "the ...
website") make organisations and outlets. Name mentions of one person are
clustered into one entity: a surname or honorific + surname joins the full
name it matches, and first names join when equal, one is a prefix of the
other ("Jon" / "Jonathan") or they are a known short form ("Bill" /
"William").

Definite role noun phrases ("the shadow health secretary", "his health
spokesman") and third-person pronouns are found here too but resolved to a
person later, by :mod:`provenance.speakers`, except where an apposition ties
a role to a name in the text ("his chief adviser Ann Moss").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import pairwise, takewhile

from attrs import define, evolve, field, frozen

from provenance.lexicon import (
    AGE_ROLE,
    AGENT_ENDINGS,
    AS_VERBS,
    AUXILIARIES,
    BODY_KINDS,
    BROADCASTER_HEADS,
    CLAUSE_VERBS,
    CONTENTLESS_VERBS,
    CORPORATE_WORDS,
    DEMONYMS,
    DEPUTY_RANKS,
    DETERMINERS,
    EITHER_REFERENCE_HEADS,
    GIVEN_ALONE,
    HONORIFICS,
    INITIALS,
    IRREGULAR_PAST,
    JOURNALISM_HEADS,
    KIN_NOUNS,
    LEGAL_FORMS_AFTER,
    LEGAL_FORMS_BEFORE,
    LONG_NAME_HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAMED_CHAMBERS,
    NICKNAMES,
    ORGANISATION_NAME_ENDINGS,
    ORGANISATION_REFERENCE_HEADS,
    ORGANISATION_WORDS,
    ORGANISATION_WORDS_ABROAD,
    OUTLET_ACRONYMS,
    OUTLET_NOUNS,
    OUTLET_REFERENCE_HEADS,
    OUTLET_WORDS,
    PARTY_MEMBERS,
    PREMODIFIERS,
    PREPOSITIONS,
    PRESENT_STANCE_VERBS,
    PRONOUNS,
    ROLE_HEADS,
    SENTENCE_STARTERS,
    SPOKESPERSON_HEADS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_WORDS,
    WEEKDAYS,
    given_name,
    names_a_doer,
    past_form,
)
from provenance.quotes import QuoteIndex
from provenance.records import Article, Entity, Mention, QuoteSpan, Segments, Sentence
from provenance.scanning import Scan
from provenance.tokens import previous_word, word_index, words

# Turkic patronymics: "Rauf Tofig oglu Mammadov" (son of Tofig), "Aysel Vagif qizi".
PATRONYMICS = frozenset("oglu oğlu ogly qizi qızı kyzy kizi uulu uly qyzy".split())
CONNECTORS = (
    frozenset(
        "of for and the de van von der den al bin bint la le du da del do dos das y pour et "
        "against".split()
        # French and Italian "of the": "Association des Sinistrés de la Brévenne", "Cassa
        # di Risparmio", "Teatro della Pergola".
        + "des di della delle degli dei".split()
        # Swahili's "of", by noun class: "Sauti ya Mlima FM", "Chama cha Mapinduzi".
        + "ya wa za cha vya".split()
    )
    | PATRONYMICS
)
COMMON_WORDS = (
    SENTENCE_STARTERS
    | AUXILIARIES
    | frozenset(PRONOUNS)
    | DETERMINERS
    | PREPOSITIONS
    | frozenset(["i", "we", "you", "they", "it", "not", "no", "yes", "let's", "don't", "don’t"])
)
VERB_FORMS = frozenset(CLAUSE_VERBS) | frozenset(AS_VERBS) | frozenset(CONTENTLESS_VERBS)
# Adjectives that open a sentence before a title and name nothing themselves: "Local
# TD Pádraig Colgan", "Former Governor Ann Lee" (not an affiliation, as "Labour MP" is).
OPENING_MODIFIERS = frozenset(
    "local former fellow veteran senior longtime acting interim retired outgoing embattled"
    " caretaker".split()
)
TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
POSSESSIVE = re.compile(r"['’]s?$")
ROLE_DETERMINERS = frozenset(["the", "his", "her", "their", "its", "a", "an"])
POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")
ALL_ROLE_HEADS = ROLE_HEADS | SPOKESPERSON_HEADS
# The role heads as one alternation, for the patterns that look for a role by its head.
ROLE_HEAD_WORDS = "|".join(sorted(ALL_ROLE_HEADS))
NON_MODIFIERS = (
    PREPOSITIONS
    | AUXILIARIES
    | DETERMINERS
    | frozenset(CLAUSE_VERBS)
    | frozenset(["and", "or", "but", "who", "which", "that", "as"])
)
_SPEECH_FORMS = "|".join(
    sorted(
        # Not "state", more often a noun after a place ("the São Paulo state government").
        (
            f
            for f, lemma in CLAUSE_VERBS.items()
            if lemma not in ("think", "know", "feel") and f != "state"
        ),
        key=len,
        reverse=True,
    )
)
SPEECH_AFTER = re.compile(r"\s+(?:" + _SPEECH_FORMS + r")\b")
# '"...," said Farhana Khera', "... with Central Asia, said Mira Osman": a name
# right after a quote or a comma and its speech verb.
QUOTE_AND_VERB_BEFORE = re.compile(r"(?:[\"”’'],?|,)\s+(?:" + _SPEECH_FORMS + r")\s+$")
INITIAL = re.compile(r"[A-Z]\.")
# What says a sports name is a broadcaster's: its programme, or carrying an event.
SPORTS_ON_AIR = re.compile(
    r"['’]s\s|,\s+which\s+(?:was\s+|is\s+)?(?:carrying|carried|broadcasting|broadcast|airing"
    r"|aired|showing|showed|streaming|streamed)\b"
)
# A text that writes French forms of address ("Mme Gagnon").
FRENCH_MADAME = re.compile(r"\bMme\.?\s+[A-Z]")
WHO_AFTER = re.compile(r",\s+who\s")
# The words a sports club's full name opens with, its short name being the rest: "Club
# Atlético Ribera Norte" is "Ribera Norte".
CLUB_OPENERS = frozenset(
    "club clube real atlético atletico deportivo sporting fc cf cd sc ac as sv fk nk".split()
)
# Words that open a region's name, not a person's: "Central China", "Northern Cape".
COMPASS_WORDS = frozenset(
    (
        "central north south east west northern southern eastern western upper lower greater new"
    ).split()
)
# Why two or three capitalised words are taken for a person's name at all.
SPEAKER_GUESS = "name before a speech verb"
# "Citlali Ruiz Matus, a 27-year-old nursing student,", "Ana Ruiz, 27,": an age is a person's.
# (Not "Puerto Libertad, 2,000 people": a number's thousands.)
AGE_AFTER = re.compile(r",\s+(?:(?:a|an)\s+\d{1,3}-year-old\b|(?:aged\s+)?\d{1,3},(?!\d))")
# Lower-case particles in pairs that a name runs on past: "van der Berg", "de la Cruz".
DOUBLE_PARTICLES = frozenset(
    (
        *(("van", "der"), ("van", "den"), ("van", "de"), ("von", "der"), ("von", "den")),
        ("de", "la"),
        # "Parti Démocratique pour le Progrès": a French body's name.
        *(("pour", "le"), ("pour", "la"), ("pour", "les")),
    )
)
# A lower-case particle of a surname right before it: "von Wallmoden", "de Montclair".
PARTICLE_BEFORE = re.compile(
    # ("al Hinai" of "Salim bin Rashid al Hinai": an Arabic article written apart.)
    r"\b((?:(?:van|von|de)\s)?(?:von|van|de|du|da|di|del|der|den|le|la|al|el))\s$"
)
# A French article elided before a capitalised name: "l'Alzette", "d'Ivoire".
ELIDED_CAPITAL = re.compile(r"[ld]['’][^\W\d_]")
# An Arabic family name's article, joined to it: "al-Dabbagh", "el-Sayed".
ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|ar|an|ul|ud)-(?=[A-Z])")
# A person described by age: "the 58-year-old".
AGE_PHRASE = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b")
# A given name of two syllables joined by a hyphen, as Chinese and Korean names are
# romanised ("Chun-yip", "Jae-in"), written after the family name ("Kwok Chun-yip").
SYLLABLE_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# Chinese family names that are no English words, and a given name of one or two pinyin
# syllables ("Min", "Xiaoming").
CHINESE_FAMILY_NAMES = frozenset(
    "wang zhang liu chen yang huang zhao zhou xu sun zhu guo lin luo zheng liang xie tang "
    "han feng deng cao peng zeng xiao tian dong pan yuan cai jiang wei su ding ren shen yao "
    "cui zhong tan jia xia fu fang zou meng xiong qin qiu xue yan duan lei hou tao gu mao "
    "hao gong shao qian dai kong xiang".split()
)
_PINYIN_SYLLABLE = r"(?:zh|ch|sh|[bcdfghjklmnpqrstwxyz])?(?:[aeiou]|ü){1,3}(?:ng|n|r)?"
PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
# What follows a hyphen in English compounds after a name ("Seoul-based", "Trump-era").
COMPOUND_ENDINGS = frozenset(
    "based led born era like run style type area wide owned made backed listed linked"
    " funded held bound ers as spent in at".split()
)
# "Jalen Whitcomb, a senior philosophy major who organized the rally, told": a name, an
# age or an indefinite description, then a speech verb.
_APPOSED_HEADS = "|".join(sorted(ALL_ROLE_HEADS | TITLE_HEADS, key=len, reverse=True))
APPOSED_THEN_SPEECH = re.compile(
    r",\s+(?P<apposed>\d{1,3}|an?\s[^,.;:\"“”]{1,80}"
    # "Rajinder Sahota, the MLA for Surrey-Tynehead, said": a definite role or title.
    rf"|the\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{_APPOSED_HEADS})\b[^,.;:\"“”]{{0,80}}),\s+"
    r"(?:" + _SPEECH_FORMS + r")\b"
)
# The head of "a surgical nurse at the hospital": the last word before what qualifies it.
# (Or one of a people, capitalised, alone: "a Dane who ..."; not "a University of Cape
# Town professor", "an American and Indian start-up".)
DESCRIPTION_HEAD = re.compile(
    r"an?\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z][\w-]*"
    rf"|(?:{'|'.join(sorted(d.capitalize() for d in DEMONYMS))})(?!\s+and\b))"
    r"(?:\s+(?:at|of|in|from|for|with|who|whose"
    r"|and|on|based|since)\b|$)"
)
# Words for what someone does that as often describe a firm.
FIRMS_DOERS = frozenset(
    "employer lender bidder supplier subcontractor contractor provider operator manufacturer "
    "retailer distributor exporter importer insurer carrier competitor producer".split()
)
# Roles a firm fills as often as a person: "its owner, Maersk", "its auditor, Deloitte".
FIRM_ROLES = FIRMS_DOERS | frozenset(
    "owner auditor sponsor publisher developer partner adviser advisor agent broker "
    "landlord tenant buyer seller investor consultant".split()
)
# People by what they are, with no office: "a surgical nurse", "a union member".
PERSON_NOUNS = frozenset(
    "nurse midwife paramedic surgeon doctor physician student pupil resident parent member "
    "businessman businesswoman entrepreneur volunteer veteran retiree pensioner citizen "
    "colleague ally".split()
)
APPOSED_THEN_DEED = re.compile(
    r",\s+(?P<apposed>an?\s[^,.;:\"“”]{1,80}),\s+(?:had|has|was|is|(?-i:[a-z]+ed))\s"
)
# ", a retired engineer." after a passive's "by": the apposition to its agent.
APPOSED_AGENT = re.compile(r",\s+(?P<apposed>an?\s[^,.;:\"“”]{1,160}?)(?:[.,;]|$)")
# A role in an apposition closed by a comma and a verb: ", head of Karangsari village
# and chairman of the association, defended", not ", party officials said the ...,".
ROLE_APPOSED = re.compile(
    # (No verb right after the comma: not "the port of Antofagasta, removed its
    # chairman"; but "the newly elected head", "a retired teacher".)
    rf",\s+(?:(?:a|an|the)\s+|(?!(?-i:[a-z]+ed)\s))(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{ROLE_HEAD_WORDS}|head(?=\s+of\s))\b"
    rf"(?:(?!\b(?:{_SPEECH_FORMS})\b)[^,.;:\"“”]){{0,100}},\s+(?-i:[a-z]+)\b"
)
# Words that describe a body, not a person ("Harbour Rights, a campaign group, said").
BODY_WORDS = ORGANISATION_WORDS | OUTLET_WORDS | OUTLET_NOUNS
# (A number's comma does not close the clause: "which represents about 2,300 farmers,".)
WHICH_SAID = re.compile(rf",\s+which\s(?:[^,.;:\"“”]|[,.](?=\d)){{1,120}},\s+(?:{_SPEECH_FORMS})\b")
# "NBP spokesperson Anitha Reddy": a lower-case role right before a name (or
# with the name in apposition: "the finance minister, Pieter Hollen,").
ROLE_BEFORE = re.compile(
    # ("The Lord Mayor, Holger Sandmann,": a title, capitalised.)
    # ("one of its vice-presidents, Boukary Zoungrana,": one of several holders.)
    r"(?P<one>\bone\s+of\s+(?:its|the|his|her|their)\s+(?:[\w-]+\s+)?)?"
    rf"\b(?P<role>{ROLE_HEAD_WORDS}|(?P<titled>(?=(?-i:[A-Z]))(?i:{ROLE_HEAD_WORDS}))"
    r"|head(?=\s+of\s))(?(one)s)\b"
    # "The United Civic Front's spokesperson on policing, Riaan Botha,"
    r"(?:\s+(?:on|for)\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*)?(?=,))?"
    # "Nimbli's head of human resources, Deepa Nair,": what the role is of; "The
    # director of Prague's city-owned Zoo Krč, Bořivoj Hromádka,": a body, named.
    r"(?:\s+of\s+(?:the\s+)?(?!(?:the|a|an|his|her|their|its)\b)[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,2}(?=,)"
    r"|\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?-i:[A-Z])[\w'’.-]*(?=,)"
    # "The general manager of İzmir's municipal water utility, Haluk Suat Erginsoy,": a
    # place's body, described.
    r"|(?P<described>\s+of\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-žİ])[\w.-]*['’]s(?:\s+[a-z][\w'’-]*){1,3}(?=,))"
    # "the governor of Lukenie province, Bienvenu Lokondo Ifeko,": a place and its kind.
    r"|\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+"
    r"(?:province|state|region|county|district|city|municipality|department|prefecture)(?=,))?"
    r",?\s$"
)
# "the political podcaster Eoghan Lally", "a campaign staffer, Neil Pruszynski,": a
# word for one who does something, after a determiner, names the person after it.
# Where the role of one name set off after it may start: its line's start, after a
# clause's comma or a quotation, or after "said".
CLAUSE_BEFORE_ROLE = re.compile(
    r"(?:^|[,:\"”]|\b(?:said|says|added|wrote))\s*"
    r"(?:(?i:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2})?$",
    re.MULTILINE,
)
# What may follow a role before one name set off after it: "its chairman, X,", "head of
# human resources, X,".
LOWER_CASE_ROLE_END = re.compile(
    r"(?:\s+(?:of|for|on)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)?, "
)
AGENT_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<role>[a-z]+),?\s$")
FORMER_BEFORE = re.compile(r"\b[Ff]ormer $")
# Words that count what a verb takes: "chairs two committees", "coaches several sides".
QUANTIFIERS = frozenset(
    "two three four five six seven eight nine ten several both many some all each every".split()
)
# A body's short name of one capitalised word: "Sebval", "Minsa".
SHORT_NAME = re.compile(r"[A-Z][a-z]{2,9}")
# "... (SFP)": an acronym in brackets right after a name.
# (Capitals with accents too: "the Austrian Alpine Ski Federation (ÖASV)".)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
ACRONYM_AFTER = re.compile(rf" \((?P<acronym>[{_CAPITAL}][{_CAPITAL}&]{{1,7}})\)")
ACRONYM = re.compile(rf"[{_CAPITAL}][{_CAPITAL}&]{{2,7}}")
ROLE_AFTER = re.compile(
    # (Within the line: not a byline's "By X, Utrecht Correspondent" and the next line.)
    rf",[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]+)?"
    # (No verb between: not "in Eldorado do Sul, Lemos said the secretary ...".)
    r"(?:(?!(?:said|says|told|tells|wrote|writes|added|insisted|argued|warned)\b)[\w'’.-]+[ \t]+)"
    rf"{{0,3}}?(?P<role>{ROLE_HEAD_WORDS}|head(?=\s+of\s))\b"
)
# The same, closed by a comma or opening what the role is of, with no verb before it
# ("Prof. Bogdan Lisiecki, dean of the Faculty of ...", not "Mr X, defended the minister").
APPOSED_ROLE = re.compile(
    r",[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]+)?"
    r"(?:(?![a-z]+ed\b)[a-z][\w'’-]*[ \t]+){0,2}?"
    rf"(?P<role>{ROLE_HEAD_WORDS})(?=[ \t]+(?:of|for|at|to|in)\b|,)"
)
# "Fair Rents Now, a tenants' campaign group,", "La Voce, the city's
# sports daily,": an apposition says what it is.
DESCRIBED_AS_ORGANISATION = re.compile(
    # ("The Weir, Airedale's student newspaper,": whose it is, for its article.)
    # ("Bitácora Portuaria, a Bogotá-based maritime and logistics news site,"; not "X, the
    # Beacons' representative to the players' union,": the first noun phrase's head.)
    r",\s+(?:a|an|the|(?-i:[A-Z])[\w-]*['’]s)\s+"
    r"(?:(?!(?:to|of|for|at|in|on|with|from|who|whose|which|that)\s)[\w'’-]+\s+){0,6}?"
    r"(?P<word>[a-z]+|NGO)"
    # "Riverlight, a nonprofit newsroom that covers Port Hollis,", "Orbit Alley, a fan
    # blog run by two season-ticket holders,", "Terracing Talk, a podcast with 8,000 listeners,"
    r"(?:,|\s+(?:that|which|whose|of|for|with|based|covering|serving|founded|run|owned|operated"
    # ("Keep Kirkholme Births, a campaign group set up by parents in 2024,")
    r"|set\s+up|formed|created|launched|established"
    # "Nordkyst Tidende, a regional newspaper in Bodø,": where it is.
    # "Khao Ban Hao, a Lao-language news page on Facebook,": where it is online.
    r"|edited|in|at|on|from|near|outside)\b"
    # "The Division Bell, an online political newsletter read widely in Parliament".
    r"|\s+(?:read|known|popular|widely|[a-z]+ed\s+(?:by|in|on|across|among))\b|\.(?:\s|$)"
    # "the parents' association the inspector mocked,": a clause whose object it is.
    r"|\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+ed,)"
)
# Words for an outlet only in an apposition ("Exit Interview, a newsletter that ...",
# "Onda Meridiana, the Spanish radio station whose website ..."), not after a name
# ("the Lakeview Tenants Union newsletter", "Central Station").
APPOSED_OUTLET_NOUNS = frozenset(["newsletter", "station", "page"])
# What only a publication is, never a person: "a French-language daily".
PUBLICATION_NOUNS = frozenset(
    "newspaper daily weekly tabloid magazine website portal site outlet newsroom "
    "broadcaster".split()
)
# Words for a kind of firm that say what a name in apposition is ("Arvéa, the mutual
# insurer whose logo ...", "Tollan, a lender based in ...").
FIRM_NOUNS = frozenset(
    "insurer firm lender retailer carmaker automaker conglomerate manufacturer brewer"
    " airline supermarket chain operator utility startup start-up".split()
)
# "the airline Falkenair", "German carmaker Voltra": a kind of firm right before its name
# (and "the freight company Dravalog", a company of some trade).
FIRM_NOUN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(FIRM_NOUNS))})\s+$"
    r"|\b(?:the|a)\s+(?!(?:entire|whole|same|parent|holding|new|old|other)\s)[a-z]+\s+company\s+$"
)
# "the consumer group Billpayers' Voice Scotland", "the election watchdog Jaga Suara".
BODY_NOUN_BEFORE = re.compile(
    rf"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{BODY_KINDS})\s+$"
    # "the opposition party Graz Offen", "The ruling party X" (not "the leader of the main
    # opposition party Özgür Özel", the party's leader; nor "the garden party Johnson
    # attended").
    r"|(?<!\bof\s)\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+)?"
    r"(?!(?:garden|birthday|dinner|christmas|leaving|launch|office|drinks|tea|house|street|boat"
    r"|pool|hen|stag|search|working|farewell|engagement|wedding|surprise|dance)\s)"
    r"[a-z][\w-]*\s+party\s+$"
)
# "users said", "goers complained": a plural noun, then a verb of saying.
PEOPLE_OF_AFTER = re.compile(
    r"\s+(?-i:[a-z]+s)\s+(?:said|say|says|told|complained|claimed|warned|argued|insisted)\b"
)
RELATIVE_VERB_AFTER = re.compile(
    r"\s+(?-i:[a-z])\w+\s+(?:said|says|told|added|warned)\b"
    # ("the campaign party Harris threw": what the person did, after a noun of the thing.)
    r"|\s+(?:threw|hosted|attended|held|gave|organi[sz]ed|joined|left)\b"
)
# "Falkenair's chief executive", "Voltra's management board": offices only a firm has.
OFFICE_OF_A_FIRM_AFTER = re.compile(
    r"['’]s\s+(?:(?:chief\s+(?:executive|financial|operating)|management\s+board|supervisory"
    r"\s+board|executive\s+board)\b|(?-i:CEO|CFO)\b)",
    re.IGNORECASE,
)
# "The main opposition party, the Citizens' Alternative, said": a body's noun, then its
# name in apposition (closed by a comma; see APPOSITION_CLOSED).
DESCRIBED_BEFORE_NAME = re.compile(
    r"(?:(?P<before>\w+)\s+)?\b(?i:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<word>[a-z]+),\s+(?:the\s+)?$"
)
APPOSITION_CLOSED = re.compile(r",\s")
FOLLOWING_WORD = re.compile(r"(?:['’]s)?\s+([a-z]+)")
NAME_AFTER = re.compile(r" (?-i:[A-Z])")
# Platforms and messaging services by name, which are no places.
PLATFORM_NAMES = frozenset(
    "whatsapp facebook telegram signal viber tiktok instagram youtube wechat zalo line "
    "snapchat twitter threads bluesky reddit linkedin messenger".split()
)
# Words for a party's member that may stand before a name: "Democrat Teresa Villalobos".
PARTY_LABELS = PARTY_MEMBERS | frozenset("conservative liberal socialist".split())
# Articles that open a name in Arabic and French: "Al Manara", "Le Flambeau", "Les Échos".
NAME_ARTICLES = frozenset("al le la les el".split())
PAPER_NOUNS = frozenset("daily weekly newspaper paper tabloid broadsheet".split())
# The kinds of a named body, which one name cannot hold at once.
BODY_KINDS = ("organisation", "outlet")
# Forms of address that open a person's name wherever they stand in a run of capitals.
SHORT_HONORIFICS = frozenset(
    "mr mrs ms dr prof ratu u daw sir dame alhaji alhaja hajia hajiya".split()
)
# "Sports Nation 24's talk show Bouncer": a broadcaster's programme, by its kind.
ON_AIR_PROGRAMME = re.compile(
    r"['’]s\s+(?:talk|chat|breakfast|morning|evening|late-night|drive-time|flagship|news)\s+"
    r"(?:show|programme|program|bulletin)\b"
)
# Words that end a place's name ("Johnson County"), never a person's.
PLACE_ENDINGS = frozenset("county province district borough township prefecture".split())
# Offices whose title opens with "Lord" or "Lady": "the Lord Mayor", "the Lord Provost".
LORDS_OFFICES = frozenset(
    "mayor mayoress provost lieutenant chancellor president advocate speaker".split()
)
# "The City of Tampere streams its meetings", "the Town of Oakville said": a place's
# local government, named by what the place is and "of" (but "in the City of X" is where).
MUNICIPAL_HEADS = frozenset("city town village borough county shire".split())
WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|around|through|outside|within|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# "in Mbare, Highfield and Glen View": the names listed after "in" are places like the
# first. (A list's middle name is followed by the rest of it, ending in "and".)
_LISTED = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
LISTED_AFTER_IN = re.compile(rf"\b(?:in|across)\s{_LISTED}(?:,\s{_LISTED})*(?:,?\s(?:and|or)|,)\s$")
LIST_GOES_ON = re.compile(rf"(?:,\s{_LISTED})*,?\s(?:and|or)\s{_LISTED}\b")
# Words that may follow a noun phrase that ends a subject or an apposition.
CLAUSE_AFTER_NAME = frozenset(
    "was is has had said says who told wrote added did does will would can could and".split()
)
# "the student newspaper, Quadrant,", "the trade news site FreightBeat", "news
# website The Capital Record": a name right after a word for an outlet.
# ("show" and "program" are verbs as often: "messages show Ms Shah ...").
OUTLET_NOUN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(OUTLET_NOUNS - {'show', 'program'}))}"
    # "the radio station Frecuencia Altiplano", "the talk station Tafelberg Talk" (not a
    # bare "station").
    r"|(?:radio|TV|television|talk|news|talk\s+radio)\s+station"
    # "the investigative news collective Lanterne", "the news agency Kabar Nusa".
    r"|news\s+(?:collective|agency|cooperative|network)),?\s+(?:The\s+)?$"
)
# "the Seville station Onda Giralda", "the local station X": a station, described, with its
# name right after it (not "the Bank station, Transport for London,", a railway's).
DESCRIBED_STATION_BEFORE = re.compile(
    r"\b(?:the|a)\s+(?!(?:Metro|Tube|Underground|railway|rail|train|space|research|police|fire"
    r"|petrol|gas|polling|power|bus|Antarctic|Russian|International)\s)"
    r"(?:(?-i:[A-Z])[\w'’-]+|local|regional|national|private|public|state|community|commercial)"
    r"\s+station\s+$",
    re.IGNORECASE,
)
# "(a weekly Toronto) arts newsletter": an outlet's noun after a name, so the name
# only modifies it (not "the tabloid Iltaviesti on its website", where the words between
# are a preposition and a determiner).
OUTLET_NOUN_AFTER = re.compile(
    rf"\s+(?:(?!(?:{'|'.join(sorted(PREPOSITIONS | DETERMINERS))})\s)[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(OUTLET_NOUNS | APPOSED_OUTLET_NOUNS))})\b"
)
# "News portal Nadi Semasa", "Gossip site Pagewatch": a word for an outlet between a
# sentence's capitalised first word and a name.
OUTLET_NOUN_BEFORE_NAME = re.compile(rf"\s+(?:{'|'.join(sorted(OUTLET_NOUNS))})\s+[A-Z]")
COMPANY_ROLE_BEFORE = re.compile(
    r"\b(chief\s+executive|ceo|co-?founder|founder|chief\s+(?:[a-z]+\s+)?officer"
    r"|managing\s+director)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CHANNEL_BEFORE = Scan.of(
    # (Not "a statement released by the prosecutor's office": its own statement.)
    r"\b((?:published|obtained|(?<!statement\s)released|broadcast|aired|approached|interviewed"
    r"|questioned|seen)"
    r"\s+by"
    r"|told|telling|interview\s+with|speaking\s+to|spoke\s+to|talking\s+to|appearing\s+on"
    r"|speaking\s+on"
    # "in a column in The Melbourne Clarion".
    r"|(?:column|op-ed|article)\s+(?:in|for))\s+"
    r"(?:the\s+)?$",
    "telling",
    "talking",
    "column",
    "op-ed",
    "article",
    "published",
    "obtained",
    "released",
    "broadcast",
    "aired",
    "approached",
    "interviewed",
    "questioned",
    "seen",
    "told",
    "interview",
    "speaking",
    "spoke",
    "appearing",
)
# (Not across a paragraph break; "X, now a television pundit,": what X has become.)
# (", the violist " before the name: "Its chair, the violist Teresa Lindenthaler,")
APPOSITION_GAP = re.compile(
    r"\A[ \t]*,[ \t]*(?:(?:now|formerly)[ \t]+|the[ \t]+(?:(?!(?:of|for|to|at|in|on|with|from"
    r"|daughter|son|wife|husband|widow|brother|sister|mother|father|rival|ally|friend)\b)"
    r"[a-z][\w-]*[ \t]+){1,2})?\Z|\A[ \t]\Z"
)
# Between a name and a role owned by a body whose name opens in the gap.
POSSESSOR_GAP = re.compile(
    r"[ \t]*,[ \t]*the[ \t]+(?:[A-Z][\w'’-]*[ \t]+(?:(?:de|del|of|la|le|du|des)[ \t]+)?){0,4}"
)


# Words that may stand between a role's comma and the name in apposition to it.
# Honorifics with a higher grade written after them: "Datuk Seri", "Dato Sri", "Tun Sri".
GRADED_HONORIFICS = frozenset(("datuk", "dato", "tun"))
HIGHER_GRADES = frozenset(("seri", "sri"))
# Common nouns written in capitals, which name no one body: "a health NGO", "the HR team".
# Initials for a kind of body, which a description may put before its name.
BODY_ACRONYMS = frozenset(("NGO", "NPO", "CSO"))
LOWER_WORD_BEFORE = re.compile(r"\b(?:the|an?|[a-z][\w-]*)\s+$")
COMMON_ACRONYMS = frozenset("ngo npo cso hr pr ai ipo gdp vat".split())
# A district that is a public body, not a place: "school district", "water district".
SERVICE_DISTRICTS = frozenset(
    "school water fire transit hospital health utility park library".split()
)
# A word that opens a title with "of" or "for": "Supervisor of Elections Susan Bucher".
_TITLE_OPENERS = TITLE_WORDS | TITLE_HEADS
APPOSED_TITLES = TITLE_WORDS | HONORIFICS.keys() | TITLE_ABBREVIATIONS.keys()


# A subordinating word that opens a clause before the role phrase ("After the ...").
SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|when|as|before|since|once|if|because|while|until|though|although)\s+$",
    re.IGNORECASE,
)


def _holds_a_clause(text: str, role_start: int, gap: str) -> bool:
    """Whether a role and the name after it are in two clauses: the role opens a
    subordinate one ("After the commander of X quit, Gen. Y said"), or a verb stands
    in the gap ("of the ministry's press office resigned, Minister X")."""
    if SUBORDINATOR_BEFORE.search(text, max(0, role_start - 12), role_start):
        return True
    return any(
        (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PAST
        for word in re.findall(r"[a-z]+", gap)
    )


def _before_titles(gap: str) -> str:
    """A gap without the titles that end it: "of the command, |Maj. Gen. "."""
    words = gap.split(" ")
    while len(words) > 1 and words[-2].lower().rstrip(".") in APPOSED_TITLES and not words[-1]:
        words = [*words[:-2], ""]
    return " ".join(words)


def _titled_apposition(gap: str) -> bool:
    """ "Comhar's health spokesperson, Deputy Aisling Darcy,", "Harare mayor Cllr Tatenda
    Munyoro": a comma or a space, then titles only."""
    comma = gap.lstrip(" \t").startswith(",")
    words = gap.split()[1:] if comma else gap.split()
    return (
        "\n" not in gap
        and (comma or gap.startswith(" "))
        and len(words) >= 1
        and all(w.lower().rstrip(".") in APPOSED_TITLES for w in words)
    )


@frozen
class Mentions:
    """The mentions of one article (in text order) and the entities they name."""

    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]


class _Word:
    """A word with its offsets and its lower-case form.

    A slotted class rather than a record: articles have tens of thousands of
    words, and this is the cheapest object to make that still names its fields.
    """

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower() if lower is None else lower


def _word_of(match: re.Match[str]) -> _Word:
    """The word of a match, with a trailing possessive "'s" cut off."""
    token = match.group()
    possessive = POSSESSIVE.search(token)
    if possessive and possessive.start() > 0:
        token = token[: possessive.start()]
    return _Word(match.start(), match.start() + len(token), token)


def _sentence_words(text: str, sentences: Sequence[Sentence]) -> list[list[_Word]]:
    """The words of each sentence, possessives cut off (see :func:`_word_of`).

    The words of the whole text are made at once from its word index, and
    each sentence takes its share, unless its edges cut a word.
    """
    index = word_index(text)
    every = list(map(_Word, index.starts, index.ends, index.texts, index.lowered))
    for position, token in enumerate(index.texts):
        if "'" in token or "’" in token:
            every[position] = _word_of(index.matches[position])
    found = []
    for sentence in sentences:
        if index.cut_at(sentence.start) or index.cut_at(sentence.end):
            found.append([_word_of(m) for m in words(text, sentence.start, sentence.end)])
        else:
            found.append(every[slice(*index.within(sentence.start, sentence.end))])
    return found


OPENERS = " \"'“‘(•-–—"
OKINA = "ʻ"
# 'Rodolfo "Dodong" Villacarlos', "Avraham (Avi) Peretz": a nickname inside a name (in
# brackets, not in capitals: "Alliance (LPA)" is initials).
NICKNAME_OPENING = re.compile(r" [\"“(]")
NICKNAME_CLOSING = re.compile(r"[\"”)] ")
NICKNAME_GAP = re.compile(r" [\"“][A-Z][\w'’.-]*[\"”] | \([A-Z][a-z][\w'’.-]*\) ")
# Letters after a name for a rank or an honour: "Dame Ann Hale KC".
POSTNOMINALS = frozenset("KC QC SC MBE OBE CBE KBE DBE GBE PhD JP".split())
# "who hosts Off the Rotunda", "who presented Newsnight": a programme after its host's verb.
# (A host's job, after "who": not "The minister hosted Anna Berg", a guest.)
HOSTED_BEFORE = re.compile(
    r"\bwho\s+(?:(?:also|now|still)\s+)?(?:co-)?(?:hosts|presents|anchors)\s+$"
)
# What a body is of another: "a subsidiary of the Kaya Shipping Group".
PARTS_OF_A_BODY = frozenset(
    "subsidiary subsidiaries division unit arm branch affiliate wing chapter part".split()
)
# The numbers a name of a line of chiefs or monarchs ends in ("Nana Kwamena Ekyir IV").
REGNAL_NUMERALS = frozenset("II III IV VI VII VIII IX XII XIII XIV XV XVI XVII XVIII".split())


def _lower_case_title_word(current: list[_Word], word: _Word, text: str) -> bool:
    """ "Le Messager rhodanien, the regional daily,": a French or Spanish title may end
    in a word in lower case, when an apposition then says the name is a paper's."""
    if not (
        len(current) >= 2
        and current[0].lower in NAME_ARTICLES
        and word.text.isalpha()
        and word.text.islower()
        and word.lower not in COMMON_WORDS
        # (Not "Le Monde newspaper", "El Tiempo online": what the paper is.)
        and word.lower not in OUTLET_NOUNS | PAPER_NOUNS | {"online", "digital"}
        and text[current[-1].end : word.start] == " "
    ):
        return False
    described = DESCRIBED_AS_ORGANISATION.match(text, word.end)
    return described is not None and described["word"] in PUBLICATION_NOUNS | PAPER_NOUNS


def _family_name_after_title(word: _Word, tokens: list[_Word], position: int, text: str) -> bool:
    """ "governor Him Vannarith": a capitalised common word right between a title and
    a capitalised name is a family name (Khmer "Him", "Men")."""
    before = tokens[position - 1] if position > 0 else None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        before is not None
        and before.lower in TITLE_WORDS
        and text[before.end : word.start] == " "
        and following is not None
        and following.text[:1].isupper()
        and following.lower not in COMMON_WORDS
        and text[word.end : following.start] == " "
    )


# Verbs that open a campaign's name: "Keep Kirkholme Births", "Save Our Surgery".
CAMPAIGN_CALLS = frozenset("keep save stop protect defend fight scrap".split())


def _runs(tokens: list[_Word], text: str, sentence_start: int) -> list[list[_Word]]:
    """Runs of capitalised words joined by single spaces (and name connectors).

    A capitalised function word ("The", "He") ends a run and is not part of
    any name; so is a speech verb at the start of a sentence ("Adding that
    ...") though not inside one ("the State Department", "the Post").
    """
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    head = text[sentence_start : tokens[0].start + 1] if tokens else ""
    first = sentence_start + len(head) - len(head.lstrip(OPENERS))
    for position, word in enumerate(tokens):
        capital = (
            # ("ʻAlifeleti": a Tongan name may open with the glottal stop, the ʻokina.)
            word.text.lstrip(OKINA)[:1].isupper()
            or DIGIT_CALL_SIGN.fullmatch(word.text) is not None
            or ("-" in word.text and ARABIC_PARTICLE.match(word.text) is not None)
            # ("Le Courrier de l'Alzette": an elided French article before a capital.)
            or (bool(current) and _elided_capital(word.text))
            or _lower_case_title_word(current, word, text)
        )
        if not current and not capital:
            # Nothing to join and nothing that could start a name.
            continue
        gap = text[current[-1].end : word.start] if current else ""
        initials = gap == " (" and not word.text[1:2].islower()
        if (
            current
            and NICKNAME_OPENING.fullmatch(gap)
            and position + 1 < len(tokens)
            and not initials
        ):
            # 'Rodolfo "Dodong" Villacarlos': the nickname is passed over, the name runs on.
            nickname_end = NICKNAME_CLOSING.match(text, word.end)
            if nickname_end is not None and nickname_end.end() == tokens[position + 1].start:
                continue
        joined = bool(current) and (
            gap in _joiners(current[-1])
            or NICKNAME_GAP.fullmatch(gap) is not None
            # "the Chief Minister's Office", "the Chief Minister's Secretariat": a title's
            # office is one body's name.
            or (
                gap in ("'s ", "’s ")
                and (current[-1].lower in TITLE_HEADS or current[-1].lower in ALL_ROLE_HEADS)
                and word.lower in ("office", "secretariat")
            )
        )
        lowered = word.lower
        opening = word.start <= first
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        # ("State Minister of Youth ...": a verb's form opening a title is part of it.)
        titled = following is not None and following.lower in TITLE_HEADS and capital
        # ("Keep Kirkholme Births, a campaign group ...": a campaign named by its call.)
        titled = titled or (
            lowered in CAMPAIGN_CALLS
            and following is not None
            and following.text[:1].isupper()
            and text[word.end : following.start] == " "
        )
        # "Fair Rents Now": a campaign's name may end in "Now" (not a title's "Justice Now").
        campaign = lowered == "now" and joined and current[-1].lower not in TITLE_HEADS
        # "USA Today", "Grand Duchy Today": a capitalised "Today" ending a name.
        titled_today = word.text == "Today" and joined and not opening
        # "Trygghavn AS": a legal form after a name, whatever common word it spells.
        # (Not a headline in capitals: "ROLLER COASTERS GET LESS FUN AS".)
        legal_form = joined and word.text in LEGAL_FORMS_AFTER and not current[-1].text.isupper()
        common = (lowered in COMMON_WORDS and not (campaign or titled_today or legal_form)) or (
            opening and (lowered in VERB_FORMS or lowered in OPENING_MODIFIERS) and not titled
        )
        if word.text == "The" and not opening and not current:
            common = not (
                following is not None
                and following.text[0].isupper()
                and text[word.end : following.start] == " "
            )
        name_like = (
            capital
            and (
                lowered not in TIME_WORDS
                or (bool(current) and joined)
                or _names_an_outlet(tokens, position, text)
            )
            and (
                not common
                or lowered.rstrip(".") in HONORIFICS
                or _family_name_after_title(word, tokens, position, text)
            )
            and not _dated(tokens, position)
            # "Accra-based Labadi Wave FM": where a body is based is no part of its name.
            and ATTACHED_MODIFIER.match(word.text) is None
        )
        number = word.text.isdigit() and joined
        connector = (
            lowered in CONNECTORS
            and joined
            and position + 1 < len(tokens)
            and text[word.end : tokens[position + 1].start] == " "
            and (
                tokens[position + 1].text[:1].isupper()
                or _elided_capital(tokens[position + 1].text)
                # "Leader of the Opposition": "of" then "the" then a capitalised word;
                # "Willemijn van der Berg": a surname's two particles.
                or (
                    (
                        (lowered == "of" and tokens[position + 1].text == "the")
                        # "the Presidential Delegation for the Santiago Metropolitan Region":
                        # a body's name runs on after "for the".
                        or (
                            lowered == "for"
                            and tokens[position + 1].text == "the"
                            and current[-1].lower in ORGANISATION_WORDS
                        )
                        # "the Ministry of Finance and the Budget": a body's second
                        # portfolio after "of".
                        or (
                            lowered == "and"
                            and tokens[position + 1].text == "the"
                            and len(current) >= 3
                            and current[0].lower in ORGANISATION_WORDS
                            and current[1].lower == "of"
                            # (not a second body: "the Ministry of Finance and the
                            # Central Bank")
                            and _portfolio_after(tokens, position + 2)
                        )
                        or (lowered, tokens[position + 1].text) in DOUBLE_PARTICLES
                    )
                    and position + 2 < len(tokens)
                    and tokens[position + 2].text[:1].isupper()
                    and text[tokens[position + 1].end : tokens[position + 2].start] == " "
                )
            )
        )
        # "Azamat Toktosun uulu": a patronymic may end a name, as a family name does.
        patronymic = lowered in PATRONYMICS and joined
        # "Radio Arapy 780 AM": a station's band after its frequency (not the verb "am").
        band = word.text in ("AM", "FM") and joined and current[-1].text.isdigit()
        if (name_like and (joined or not current)) or number or connector or patronymic or band:
            current.append(word)
            continue
        if current:
            runs.append(current)
        current = [word] if name_like else []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        for part in _split_at_and(run):
            # "told the Dispatch Thursday": a day after a name is when, not part of it.
            while part and (
                (part[-1].lower in CONNECTORS and part[-1].lower not in PATRONYMICS)
                or (len(part) > 1 and part[-1].lower in WEEKDAYS)
            ):
                part = part[:-1]
            if part:
                trimmed.append(part)
    return _lower_case_name_words(trimmed, tokens, text)


# Words a body's initials leave out: "Commission nationale des élections et des référendums".
INITIALS_SKIP = frozenset("de des du la le les et pour of for and the à au aux en".split())


def _lower_case_name_words(
    runs: list[list[_Word]], tokens: list[_Word], text: str
) -> list[list[_Word]]:
    """ "Coalition citoyenne pour des élections crédibles (CCEC)": a body's name goes on in
    lower case (as French and Spanish names do) when the initials in brackets after it
    spell its words."""
    at = {id(word): number for number, word in enumerate(tokens)}
    extended = []
    for run in runs:
        if run[0].lower in ORGANISATION_WORDS and "(" in text[run[-1].end : run[-1].end + 80]:
            position, more = at[id(run[-1])] + 1, []
            while (
                position < len(tokens)
                and len(more) < 7
                and tokens[position].text.islower()
                and text[tokens[position - 1].end : tokens[position].start] == " "
            ):
                more.append(tokens[position])
                position += 1
                acronym = ACRONYM_AFTER.match(text, more[-1].end)
                if acronym is not None and _name_initials([*run, *more]) == acronym["acronym"]:
                    run = [*run, *more]
                    break
        extended.append(run)
    return extended


def _name_initials(words: Sequence[_Word]) -> str:
    """The initials of a name's words, its small words left out, without accents."""
    return "".join(
        unicodedata.normalize("NFD", word.text[0])[0].upper()
        for word in words
        if word.lower not in INITIALS_SKIP
    )


def _described_as_body(run: list[_Word], text: str, named_person: bool) -> bool:
    """ "Reporter Feleac, a local news site,": a name whose first word is a title's,
    described as a body or an outlet (not a person called by a title and a name)."""
    described = DESCRIBED_AS_ORGANISATION.match(text, run[-1].end)
    word = described["word"].lower() if described else ""
    nouns = ORGANISATION_WORDS | OUTLET_NOUNS | APPOSED_OUTLET_NOUNS | FIRM_NOUNS
    return not named_person and word in nouns


def _listed_after_in(text: str, run: list[_Word]) -> bool:
    """ "in Mbare, Highfield and Glen View": a name in a list opened by "in" (the last
    after "and", or one in the middle with the rest to come)."""
    tail = text[max(0, run[0].start - 4) : run[0].start]
    if not (tail[-1:].isspace() and tail[:-1].endswith((",", "and", "or"))):
        return False  # (most names follow no list's comma or "and": no search for them)
    before = LISTED_AFTER_IN.search(text, max(0, run[0].start - 120), run[0].start)
    if before is None:
        return False
    last = before.group().rstrip().endswith(("and", "or"))
    return last or LIST_GOES_ON.match(text, run[-1].end) is not None


def _dated(tokens: list[_Word], position: int) -> bool:
    """ "Jan 13", "Aug. 4": a month's abbreviation before a day is a date, not "Jan"."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    month = tokens[position].lower in MONTH_ABBREVIATIONS
    return month and following is not None and following.text.isdigit()


# What an outlet does right after its name: "the Clarion, which published it", "the
# Sunday Clarion put a transcript ... on its website".
PUBLISHES_AFTER = re.compile(
    r"(?:,\s+which)?\s+(?:first\s+)?(?:(?:published|aired|broadcast|put)\s+"
    r"(?:it|them|the|a|an|excerpts|extracts|part\s+of)"
    # "played" a medium, not "played the match": it, or a stretch of it (so may one that
    # "aired 40 seconds of the exchange").
    r"|(?:played|aired|broadcast)\s+(?:it|them|excerpts|extracts|part\s+of"
    r"|(?:about|nearly|almost|some\s+)?\d+\s+(?:seconds|minutes)))\b"
)
# Titles of offices that speak in their own name when no holder is named ("the
# Controller of Budget said", "the Auditor of State found").
OFFICE_HEADS = frozenset(("controller", "comptroller", "auditor"))
# A dateline ending in a colon: "MUMBAI: ", "NEW DELHI: ", "New Delhi: ", "Port Moresby: ".
COLON_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{2,40}|(?-i:[A-Z][a-z]+)(?:[ -](?-i:[A-Z][a-z]+)){0,3}):\s+"
)
# A paragraph opened by words in capitals and a colon: a dateline, or a transcript's label.
CAPITALS_LABEL = re.compile(r"(?m)^[\"“]?[A-Z][A-Z.'’ -]+:")
OUTLET_NOUN_RULE = "name after a word for an outlet"
# A broadcaster's call letters: "WBNQ-TV", "KQED-FM"; and Australia's, a digit for
# the state and two or three letters ("2KZ", "3AW", not "9AM"), which start a name as a
# capital does.
CALL_SIGN = re.compile(r"[A-Z]{3,4}-(?:TV|FM|AM|DT)")
DIGIT_CALL_SIGN = re.compile(r"[1-9](?![AP]M$)[A-Z]{2,3}")
# Plurals whose possessive takes "'s", inside a name: "Women's", "Children's".
PLACE_BEFORE_STATION = re.compile(
    r"\s+(?:(?:commercial|private|public|state|local|regional)\s+)?(?:television|radio|TV)"
    r"\s+(?:station|channel|network)\s+(?:The\s+)?(?-i:[A-Z])"
)
PLURAL_OWNER_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?[a-z]+s['’]\s$")
# The fields of a firm's chief officers: "chief operating officer".
C_SUITE_FIELDS = frozenset(
    "operating financial technology information marketing medical nursing people commercial"
    " legal digital data security communications investment".split()
)
PROGRAMME_BEFORE = re.compile(r"\b(?:programme|program|show)\s+(?:The\s+)?$")
PLURALS_WITHOUT_S = frozenset(
    "women men children people fishermen firemen policemen craftsmen workmen seamen linesmen"
    " kinsmen tradesmen servicemen businessmen businesswomen aldermen freemen yeomen".split()
)


def _portfolio_after(tokens: Sequence[_Word], at: int) -> bool:
    """Whether the capitalised words from ``at`` name a field, no body: "Budget",
    "Environment" (not "Central Bank", "Police")."""
    names = list(takewhile(lambda t: t.text[:1].isupper(), tokens[at : at + 3]))
    return bool(names) and not any(t.lower in ORGANISATION_WORDS for t in names)


def _joiners(word: _Word) -> tuple[str, ...]:
    """What may stand between two words of one name: a space, ". " after "Mr",
    "Sen", or a plural's apostrophe ("National Police Workers' Union")."""
    lowered = word.lower
    if lowered in HONORIFICS or lowered in TITLE_ABBREVIATIONS or _initials(word.text):
        return (" ", ". ")
    if lowered.endswith("s") and word.text[:1].isupper():
        return (" ", "' ", "’ ")
    if lowered in PLURALS_WITHOUT_S and word.text[:1].isupper():
        return (" ", "'s ", "’s ")  # "Dominion Women's Hockey League"
    if lowered.isdigit():
        return (" ", ".")  # "Radio Rwiza 98.9": a station's frequency
    return (" ",)


def _split_at_and(run: list[_Word]) -> list[list[_Word]]:
    """ "Hillary Clinton and Bill Clinton" is two names; "Marks and Spencer" is one."""
    for i, word in enumerate(run[1:-1], start=1):
        after = run[i + 1].lower
        if word.text == "and" and (
            given_name(after) is not None or after.rstrip(".") in HONORIFICS
        ):
            return [run[:i], *_split_at_and(run[i + 1 :])]
    return [run]


def _gender_of(first: str, second: str = "") -> str | None:
    """The sex a given name says, if it says one; none for a word before a given name
    of two syllables joined by a hyphen ("Kim Min-jun", "Chan Chun-sing"), a family name
    first (not before a double surname, "Katrina Alcaraz-Dizon")."""
    if "-" in second and second.split("-", 1)[1][:1].islower():
        return None
    gender = given_name(first.lower())
    return gender if gender in ("m", "f") else None


def compatible_first_names(a: str, b: str) -> bool:
    """True for "Jon" and "Jonathan", "Bill" and "William", "Hillary" and "Hillary".

    Not cached: the answer takes less time than a cache look-up, and most
    pairs an article asks about are new.
    """
    return _compatible_keys(_first_name_key(a), _first_name_key(b))


def _first_name_key(name: str) -> str:
    """A first name as :func:`compatible_first_names` compares it: lower case, no final period."""
    return name.lower().rstrip(".")


def _compatible_keys(a: str, b: str) -> bool:
    """:func:`compatible_first_names` for two names already made keys (:func:`_first_name_key`)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long.startswith(short):
        return True
    return long in NICKNAMES.get(short, ()) or short in NICKNAMES.get(long, ())


@frozen
class _Name:
    """A classified run of capitalised words, before clustering."""

    start: int
    end: int
    kind: str
    form: str
    rule: str
    tokens: tuple[str, ...] = ()
    gender: str | None = None
    role: str | None = None
    affiliation: str | None = None


# Letters a legislator's name may take after it: "Chamari Jayawickrama MP".
LEGISLATOR_LETTERS = frozenset("mp mep msp mla mpp mna td mha".split())


def _named_before(run: list[_Word], lowered: list[str]) -> bool:
    """Whether a run ends in a legislator's letters after a given name and a surname."""
    return (
        lowered[-1] in LEGISLATOR_LETTERS
        and run[-1].text.isupper()
        and given_name(lowered[0]) is not None
        and all(w.text[:1].isupper() for w in run[:-1])
    )


def _span(run: Sequence[_Word], kind: str, form: str, rule: str, **details: object) -> _Name:
    return _Name(run[0].start, run[-1].end, kind, form, rule, _name_words(run), **details)


def _name_words(run: Sequence[_Word]) -> tuple[str, ...]:
    """The words of a name, without an honour after it ("Ann Hale KC"), which
    the mention's span keeps."""
    if len(run) > 1 and run[-1].text in POSTNOMINALS:
        run = run[:-1]
    return tuple([w.text for w in run])


def _names_an_outlet(tokens: Sequence[_Word], position: int, text: str) -> bool:
    """ "the Sunday Bugle", "The Monday Post", "obtained by the Sunday Clarion": a
    day's name before an outlet word, or after "the" and before a capitalised
    word that is no first name ("On the Friday Anna Berg resigned")."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if (
        following is None
        or not following.text[0].isupper()
        or text[tokens[position].end : following.start] != " "
    ):
        return False
    after_the = position > 0 and tokens[position - 1].lower == "the"
    named_day = tokens[position].lower in WEEKDAYS and following.lower not in TIME_WORDS
    plausible = named_day and given_name(following.lower) is None
    return following.lower in OUTLET_WORDS or (after_the and plausible)


# Plural words for people, which "of" and a body's name may follow ("Officials of ...").
GROUPS_OF_PEOPLE = frozenset(
    "officials members leaders residents supporters staff employees workers executives "
    "representatives delegates lawyers students parents".split()
)
# Surnames with a capital inside: "McAllister", "MacLeod", "O'Brien", "DeLuca".
INNER_CAPITAL = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Le|La|Fitz)[A-Z][a-z]+")


def surname_key(word: str) -> str:
    """How a family name is looked up: lower-cased, without an Arabic article, so that
    "Dabbagh" is "al-Dabbagh"."""
    plain = ARABIC_PARTICLE.sub("", word, count=1) if "-" in word else word
    return plain.lower()


def _family_name_first(words: Sequence[str]) -> bool:
    """Whether two words are a Chinese family name and a pinyin given name ("Zhang Min")."""
    return (
        len(words) == 2
        and words[0].lower() in CHINESE_FAMILY_NAMES
        and PINYIN_GIVEN.fullmatch(words[1].lower()) is not None
    )


def syllable_given(words: Sequence[_Word] | Sequence[str]) -> bool:
    """Whether a name ends in a hyphenated given name of two syllables after its
    family name ("Kwok Chun-yip", "Ivy Mok Sze-man"), not an English compound."""
    last = words[-1] if isinstance(words[-1], str) else words[-1].text
    return (
        len(words) >= 2
        and SYLLABLE_GIVEN_NAME.fullmatch(last) is not None
        and last.split("-")[1] not in COMPOUND_ENDINGS
    )


def _name_cased(word: str) -> bool:
    """Whether a word is written as a name: a capital, then lower case ("Okafor",
    "Maes-y-Dderwen"), or a prefix and a capital ("McAllister", "Ruiz-McAllister")."""
    if word[1:].islower():
        return True
    return all(
        part.islower() or part[1:].islower() or INNER_CAPITAL.fullmatch(part) is not None
        for part in word.split("-")
        if part
    )


def _occupation_before_name(run: Sequence[_Word], lowered: list[str]) -> bool:
    """ "Restaurateur Lorcan Devereux's voice note", "Parent Tom Reid said": a word
    for what someone is or does (by its ending: not "Port Sterling Comets"),
    capitalised only because it opens the sentence, then a given name and a surname
    (not a short given name with such an ending: "Tor Inge Hetland", "Per Olav Lie")."""
    return (
        len(run) in (3, 4)
        and len(lowered[0]) > 4
        and (lowered[0].endswith(AGENT_ENDINGS) or lowered[0] == "actress")
        and given_name(lowered[0]) is None
        and lowered[0] not in HONORIFICS
        and given_name(lowered[1]) is not None
        and all(_name_cased(w.text) for w in run)
        and lowered[-1] not in ORGANISATION_WORDS
        and OUTLET_WORDS.isdisjoint(lowered)
    )


BROADCASTING = frozenset(["radio", "television", "tv", "broadcasting"])
AMBIGUOUS_OUTLET_NOUNS = frozenset(["program", "programme", "show"])
# Titles written as initials.
# Police ranks by their initials, which also open firms' names ("AIG", "ASP Isotopes").
POLICE_RANKS = frozenset("acp dcp dsp asp aig igp".split())
POLICE = re.compile(r"\b(?:police|officers?|constables?|detectives?|command)\b", re.IGNORECASE)
TITLE_INITIALS = frozenset(
    "md mp mla msp mpp mpa mna mep mec td ceo cfo coo cto acp dcp dsp asp aig igp".split()
)
# The nouns of a body that a name in apposition after them names (not a programme's:
# "its afternoon drive show, Home Straight," names no one who speaks).
APPOSED_BODY_NOUNS = (
    ORGANISATION_WORDS | OUTLET_NOUNS | APPOSED_OUTLET_NOUNS | FIRM_NOUNS
) - AMBIGUOUS_OUTLET_NOUNS


def _outlet_or_organisation(run: Sequence[_Word]) -> str:
    """ "The Daily Bugle" is an outlet; "Court Press Office" an organisation: a
    name's last word says what it is, where it is an organisation's ("Office")."""
    lowered = [w.lower for w in run]
    # "Canadian Radio Service", "Public Broadcasting Service": a broadcaster's body.
    on_air = not BROADCASTING.isdisjoint(lowered)
    # "Independent Authority Against Corruption": the head before what it is against or of.
    joint = next((k for k, w in enumerate(lowered) if k and w in ("of", "for", "against")), 0)
    head = lowered[joint - 1] if joint else lowered[-1]
    if head in ORGANISATION_WORDS and head != "network" and not on_air:
        return "organisation"
    if lowered[-2:-1] and lowered[-2] in SERVICE_DISTRICTS and lowered[-1] == "district":
        return "organisation"  # "Brushy Ridge Independent School District", not a paper
    if any(w in OUTLET_WORDS for w in lowered) or run[0].text in OUTLET_ACRONYMS:
        return "outlet"
    return "organisation"


def _after_outlet_noun(run: list[_Word], text: str, lowered: list[str]) -> bool:
    """ "the trade news site FreightBeat", "the student newspaper, Quadrant,": a
    name right after a word for an outlet, or in apposition to it, that names
    no person."""
    before = OUTLET_NOUN_BEFORE.search(
        text, max(0, run[0].start - 24), run[0].start
    ) or DESCRIBED_STATION_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
    # (A name's article is no given name: "the daily Al Manara", "the daily Le Flambeau".)
    given = given_name(lowered[0]) is not None and not (
        len(run) > 1 and lowered[0] in NAME_ARTICLES
    )
    if before is None or lowered[0] in HONORIFICS or given:
        return False
    if OUTLET_NOUN_AFTER.match(text, run[-1].end):
        return False  # "a weekly Toronto arts newsletter": the name modifies a later noun
    apposition = "," in before.group()
    return not apposition or text[run[-1].end : run[-1].end + 1] == ","


def _person_of_body(run: list[_Word]) -> int | None:
    """Where "of" follows a person's full name in a run ("Dr Yohana Elias Mwaisumo of
    the New Light Evangelical Church"): perhaps a form of address, then a given name
    and at least one more name before it, and a body's name after it."""
    start = 1 if run and run[0].lower.rstrip(".") in HONORIFICS else 0
    of = next((k for k, w in enumerate(run) if w.lower == "of"), None)
    if of is None or of - start < 2 or of + 1 >= len(run) or given_name(run[start].lower) is None:
        return None
    names = run[start:of]
    if not all(
        _name_cased(w.text) and w.lower not in TITLE_WORDS and w.lower not in ORGANISATION_WORDS
        for w in names
    ):
        return None  # (nor "Hai Phong Department of Labour": a body's own words before "of")
    rest = [w.lower for w in run[of + 1 :]]
    legal_form = run[of + 1].text in LEGAL_FORMS_BEFORE  # "... of PT Sumber Tandan Agro"
    return of if legal_form or any(w in BODY_WORDS for w in rest) else None


def _led_by_chief(tokens: Sequence[_Word], at: int, text: str) -> int | None:
    """Where a role that "chief" leads ends: "the chief physician" (one who does the
    work), "the chief union representative" (a field, then a role's head)."""

    def joined(k: int) -> bool:
        word = tokens[k].text if k < len(tokens) else ""
        return (
            word.isalpha() and word.islower() and text[tokens[k - 1].end : tokens[k].start] == " "
        )

    # (Not "the chief minister's spokesperson": a role's own head after it.)
    if not joined(at + 1) or tokens[at + 1].lower in ALL_ROLE_HEADS:
        return None
    field = tokens[at + 1].lower
    if joined(at + 2) and tokens[at + 2].lower in ALL_ROLE_HEADS and field not in NON_MODIFIERS:
        return at + 2
    return at + 1 if names_a_doer(field) and not _past_verb(field) else None


def _classify(
    run: list[_Word], text: str, at_sentence_start: bool, surnames: frozenset[str] = frozenset()
) -> list[_Name]:
    """What a run of capitalised words names; a titled run may name two things.

    A leading "The" belongs to the name of an outlet or organisation ("The
    Daily Bugle") and to nothing else.
    """
    if len(run) > 2 and run[0].lower == "one" and run[1].lower == "of":
        # "One of Bank Rütiberg's largest shareholders": one of a body's people.
        return _classify(run[2:], text, False, surnames)
    if len(run) > 3 and run[0].lower in GROUPS_OF_PEOPLE and run[1].lower == "of":
        # "Officials of HopeBridge International will appear": people of a body (but
        # "Members of Parliament" stays one name).
        return _classify(run[2:], text, False, surnames)
    honorific = (
        next(
            (k for k, w in enumerate(run[1:-1], 1) if w.lower.rstrip(".") in SHORT_HONORIFICS), None
        )
        if len(run) > 2
        else None
    )
    if honorific is not None:
        # "Secretary to the Cabinet Dr Bernard Simwanza": a form of address opens a name.
        return [
            *_classify(run[:honorific], text, at_sentence_start, surnames),
            *_classify(run[honorific:], text, False, surnames),
        ]
    owner = _person_of_body(run)
    if owner is not None:
        # "Dr Yohana Elias Mwaisumo of the New Light Evangelical Church": a person, then
        # the body they are of.
        rest = run[owner + 1 :]
        rest = rest[1:] if rest and rest[0].lower == "the" else rest
        return [
            *_classify(run[:owner], text, at_sentence_start, surnames),
            *_classify(rest, text, False, surnames),
        ]
    if len(run) >= 3 and run[0].lower in MUNICIPAL_HEADS and run[1].lower == "of":
        if WHERE_BEFORE.search(text, max(0, run[0].start - 16), run[0].start) is not None:
            return [_span(run, "place", "name", f"where ('{run[0].text} of' after a preposition)")]
        return [_span(run, "organisation", "name", f"a place's government ('{run[0].text} of')")]
    if run[0].text == "The" and len(run) > 1:
        found = _classify(run[1:], text, at_sentence_start, surnames)
        if len(found) == 1 and found[0].kind in ("outlet", "organisation"):
            return [_span(run, found[0].kind, "name", found[0].rule)]
        return found
    hosted = HOSTED_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if hosted and given_name(run[0].lower) is None:
        # "Nerea Goicoechea, who hosts Off the Rotunda,": what a host hosts is a programme.
        return [_span(run, "outlet", "name", "name after 'hosts'")]
    lowered = [w.lower.rstrip(".") for w in run]
    described = LOWER_WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if len(run) > 1 and run[0].text in BODY_ACRONYMS and described is not None:
        # "the anti-corruption NGO Réseau Intégrité Bénin": what it is, then its name (not
        # "AI Now Institute", "HR Magazine": a name that opens with initials).
        return _classify(run[1:], text, False, surnames)
    members = next((k for k, w in enumerate(lowered) if w not in PARTY_LABELS), len(run))
    if (
        0 < members < len(run) - 1
        and given_name(lowered[members]) is not None
        # (Not "The Republican Liberty Caucus", "Conservative Christian Fellowship".)
        and lowered[-1] not in ORGANISATION_WORDS
    ):
        # "Democrat Teresa Villalobos", "Liberal Democrat Jo Swinson": a party's member,
        # then her name; the party is no part of it.
        return _classify(run[members:], text, False, surnames)
    # "the Sunday Clarion": a day's name is no one's first name here.
    # (Not a nickname with "the" in it: "Denise the Menace".)
    named_person = (
        len(run) >= 2
        and given_name(lowered[0]) is not None
        and lowered[0] not in WEEKDAYS
        and lowered[1] != "the"
        # "Ward 3", "Channel 4": a numbered thing, not a given name and a surname.
        and not run[-1].text.isdigit()
    )
    follower = FOLLOWING_WORD.match(text, run[-1].end)
    owned = follower is not None and not follower.group().startswith(" ")
    # Not "Marchmont's program" (a team's), though "Quadrant's website" is an outlet's.
    programme = owned and follower is not None and follower.group(1) in AMBIGUOUS_OUTLET_NOUNS
    # "the Harbourfront Times, a Vancouver daily": where an outlet is from, not its name;
    # nor "the Zurich daily Neue Seezeitung", whose name follows.
    indefinite = text[max(0, run[0].start - 3) : run[0].start].lower() in (" a ", "an ")
    named_after = follower is not None and NAME_AFTER.match(text, follower.end()) is not None
    if owned and not named_person and ON_AIR_PROGRAMME.match(text, run[-1].end):
        return [_span(run, "outlet", "name", "name before its programme")]
    if (
        follower
        and follower.group(1) in OUTLET_NOUNS
        and not (owned and named_person)
        and not programme
        and not indefinite
        and not named_after
    ):
        # "the Harbour Gazette website", "Quadrant's website" (not "Anna Berg's website").
        return [_span(run, "outlet", "name", f"name before '{follower.group(1)}'")]
    # (Not "the Arabic-language daily Al Manara": a language is no place.)
    language = run[-1].lower.endswith("-language")
    if (
        named_after
        and not owned
        and not language
        and follower is not None
        and follower.group(1) in PAPER_NOUNS
    ):
        # "the Zurich daily Neue Seezeitung": where the paper named after it is from.
        return [_span(run, "place", "name", f"where the {follower.group(1)} after it is from")]
    if PLACE_BEFORE_STATION.match(text, run[-1].end) and not named_person:
        # "the Denpasar television station Kanal Dewata", "Boston television station
        # WBNQ-TV": where the station named after it is, not its name.
        return []
    if _after_outlet_noun(run, text, lowered):
        return [_span(run, "outlet", "name", OUTLET_NOUN_RULE)]
    # Not "Taoiseach Fergal Dunphy's spokesperson": a title, then a person's name.
    # ... nor "ACP Sotonye Kalio-Ngeri's spokesman": a rank's initials, then a name.
    titled_person = len(run) >= 3 and (
        (lowered[0] in TITLE_WORDS and given_name(lowered[1]))
        or (lowered[0] in TITLE_INITIALS and run[0].text.isupper())
    )
    if (
        follower
        and follower.group(1) in SPOKESPERSON_HEADS
        and len(run) <= 4
        and not (named_person or titled_person)
    ):
        return [_span(run, "organisation", "name", f"name before '{follower.group(1)}'")]
    # ("Lord Mayor", "Lord Provost": a title, not a lord's name; but "Lord Justice Fenn"
    # is a judge by his form of address.)
    lords_title = lowered[0] in ("lord", "lady") and len(run) > 1 and lowered[1] in LORDS_OFFICES
    if (lowered[0] in HONORIFICS and len(run) > 1 and not lords_title) or (
        lowered[0] in LONG_NAME_HONORIFICS and len(run) > 3
    ):
        of_at = next((k for k in range(2, len(run) - 1) if lowered[k] == "of"), None)
        body = [w for w in run[of_at + 1 :] if w.lower != "the"] if of_at is not None else []
        if body and not ORGANISATION_WORDS.isdisjoint(w.lower for w in body):
            # "Hon. Samson Titek of the Namele Solidarity Party": a name, then whose.
            return [
                _honorific(run[:of_at]),
                _span(body, _outlet_or_organisation(body), "name", "affiliation after a name"),
            ]
        named = _honorific(run)
        role_after = APPOSED_ROLE.match(text, run[-1].end)
        if role_after is not None:
            # "Prof. Bogdan Lisiecki, dean of the Faculty of Mechanical Engineering,".
            named = evolve(named, role=role_after["role"].lower())
        return [named]
    inner = next(
        (
            k
            for k in range(1, len(run) - 1)
            if lowered[k] in HONORIFICS and text[run[k].end : run[k].end + 1] == "."
        ),
        None,
    )
    if inner is not None:
        # "Kapkures Ward MCA Hon. Nelson Kipkorir": what he is, then his name.
        return _split_classify(run, inner, text, at_sentence_start, surnames)
    of_at = next((k for k in range(2, len(run) - 1) if lowered[k] == "of"), None)
    body = [w for w in run[of_at + 1 :] if w.lower != "the"] if of_at is not None else []
    if (
        named_person
        and body
        # ("Eirik Hovland of the Citizens' List": "of the" after a name, whatever body.)
        and (
            not ORGANISATION_WORDS.isdisjoint(w.lower for w in body) or lowered[of_at + 1] == "the"
        )
        and ORGANISATION_WORDS.isdisjoint(lowered[:of_at])
    ):
        # "Anna Berg of the Green Party called on ...": a name, then whose.
        return [
            *_classify(run[:of_at], text, at_sentence_start, surnames),
            _span(body, _outlet_or_organisation(body), "name", "affiliation after a name"),
        ]
    if _party_member(run, lowered, text):
        # "the Queen Creek Republican was caught ...": a lawmaker by home town and party.
        return [
            _Name(
                run[0].start,
                run[-1].end,
                "person",
                "title",
                f"a place and a party member ('{run[-1].text}')",
                role=lowered[-1],
            )
        ]
    # ("AIG Ireland", "DCP Midstream": a firm's initials, no police rank.)
    ranked = lowered[0] not in POLICE_RANKS or _ranked_name(run[1:], text, surnames)
    titled = _titled(run, lowered, surnames, text) if ranked else []
    channel = CHANNEL_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
    names_someone = any(n.kind == "person" and n.form != "title" for n in titled)
    if (
        channel
        and not named_person
        and not names_someone
        and re.fullmatch(NAMED_CHAMBERS, text[run[0].start : run[-1].end]) is None
        # (Not "telling East Java village heads to ...": a place before whom it names.)
        and not (
            channel.group(1).startswith(("telling", "talking"))
            and NOUN_AFTER_NAME.match(text, run[-1].end) is not None
        )
    ):
        # "obtained by the Ohio Valley Reporter": an outlet, even when its last word
        # is a title ("interview with Radio North Political Editor Sam Obi" names him).
        return [_span(run, "outlet", "name", f"name after '{channel.group(1)}'")]
    if titled and not _described_as_body(run, text, named_person):
        return titled
    after_of = text.endswith((" of ", " of the "), 0, run[0].start)
    head = (
        COMPANY_ROLE_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
        if after_of
        else None
    )
    if head is not None and not named_person:
        # "The chief executive of Threadloom": what a company's officer is of is a company.
        return [_span(run, "organisation", "name", f"name after '{head.group(1)} of'")]
    if at_sentence_start and _occupation_before_name(run, lowered):
        return [
            _span(
                run[1:],
                "person",
                "name",
                f"'{run[0].text}' opening the sentence before a name",
                gender=_gender_of(run[1].text, run[2].text if len(run) > 2 else ""),
                role=lowered[0],
            )
        ]
    if at_sentence_start and len(run) == 1 and OUTLET_NOUN_BEFORE_NAME.match(text, run[0].end):
        return []  # "News portal Nadi Semasa published it": the capital opens the sentence
    if len(run) == 1 and lowered[0] in COMMON_ACRONYMS:
        return []  # "a health NGO", "the HR team": a common noun in capitals
    kind = _outlet_or_organisation(run)
    if kind == "outlet":
        return [_span(run, "outlet", "name", "outlet word in name")]
    if (
        len(run) > 1
        and lowered[-1] in ("sport", "sports")
        and (text.endswith(" on ", 0, run[0].start) or SPORTS_ON_AIR.match(text, run[-1].end))
    ):
        # "defended him on Rete Sport's Tempi Supplementari", "Hilal Sports, which was
        # carrying the event live": a sports broadcaster (not "JD Sports said").
        return [_span(run, "outlet", "name", "sports name on air")]
    if len(run) == 1 and PEOPLE_OF_AFTER.match(text, run[0].end):
        # "Library users said", "Festival goers complained": people, not the body.
        return []
    if (
        not ORGANISATION_WORDS.isdisjoint(lowered)
        or (len(run) >= 2 and lowered[-1] in ORGANISATION_NAME_ENDINGS)
        # "Trygghavn AS", "Kraftwerk Nord GmbH": a company's legal form after its name.
        or (len(run) >= 2 and run[-1].text in LEGAL_FORMS_AFTER)
    ) and PROGRAMME_BEFORE.search(text, max(0, run[0].start - 16), run[0].start) is None:
        # (Not a programme's name: "its morning programme The Sunday Forum".)
        return [_span(run, "organisation", "name", "organisation word in name")]
    placed_before = text[max(0, run[0].start - 4) : run[0].start] in (" in ", " at ")
    if not named_person and not placed_before and PUBLISHES_AFTER.match(text, run[-1].end):
        # "the Clarion, which published it on Sunday": a name that publishes is an outlet's
        # (not "WJLQ-TV in Dothan aired the clip": where the station is).
        return [_span(run, "outlet", "name", "name before a verb of publishing")]
    # (And "the weekly newspaper The Sunday Crane", after an outlet's noun; but not a
    # programme's "The Sunday Forum", nor "The Sunday Assembly said".)
    after_the = text.endswith("the ", 0, run[0].start) or (
        text.endswith("The ", 0, run[0].start)
        and OUTLET_NOUN_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) is not None
        and not any(
            text.endswith(f"{noun} The ", 0, run[0].start) for noun in AMBIGUOUS_OUTLET_NOUNS
        )
    )
    if len(run) >= 2 and lowered[0] in WEEKDAYS and after_the:
        # "the Sunday Clarion", "the Monday Post": a day's paper.
        return [_span(run, "outlet", "name", "a day's name opening a paper's")]
    acronym = ACRONYM_AFTER.match(text, run[-1].end)
    if acronym is not None and len(run) >= 2 and _spelled_by(run, acronym["acronym"]):
        # "Sindicato de Futbolistas Profesionales (SFP)": a body's initials in brackets.
        return [_span(run, "organisation", "name", f"name before its acronym '{acronym[1]}'")]
    described = DESCRIBED_AS_ORGANISATION.match(text, run[-1].end)
    outlet_nouns = OUTLET_NOUNS | APPOSED_OUTLET_NOUNS
    word = described["word"].lower() if described else ""
    # ("Le Courrier du Soir, a French-language daily,": no person is a daily, whatever
    # a given name opens it.)
    publication = word in PUBLICATION_NOUNS and not run[-1].text.isupper()
    if (
        described
        and (publication or not named_person)
        and word in ORGANISATION_WORDS | outlet_nouns | FIRM_NOUNS
    ):
        kind = "outlet" if word in outlet_nouns else "organisation"
        return [_span(run, kind, "name", f"described as a '{described['word']}'")]
    if (
        not named_person
        and run[-1].text not in surnames
        and (
            FIRM_NOUN_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
            or OFFICE_OF_A_FIRM_AFTER.match(text, run[-1].end)
        )
    ):
        # "the airline Falkenair", "Falkenair's chief executive": a firm's name.
        return [_span(run, "organisation", "name", "a firm's noun or office beside it")]
    if (
        not named_person
        and BODY_NOUN_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
        # (Not "the alliance Greenpeace leads said": the subject of its relative clause.)
        and not RELATIVE_VERB_AFTER.match(text, run[-1].end)
    ):
        # "the consumer group Billpayers' Voice Scotland": a body's kind right before its name.
        return [_span(run, "organisation", "name", "a body's kind right before it")]
    apposed = "," in text[max(0, run[0].start - 6) : run[0].start]
    before = (
        DESCRIBED_BEFORE_NAME.search(text, max(0, run[0].start - 60), run[0].start)
        if apposed
        else None
    )
    if (
        before is not None
        and not named_person
        and before["word"] in APPOSED_BODY_NOUNS
        # Not "Across the chamber, Ondřej Sedláček,": where a name is.
        and (before["before"] or "").lower() not in PREPOSITIONS
        and APPOSITION_CLOSED.match(text, run[-1].end)
    ):
        kind = "outlet" if before["word"] in outlet_nouns else "organisation"
        return [_span(run, kind, "name", f"in apposition to '{before['word']}'")]
    if len(run) >= 3 and lowered[-1] == "district" and lowered[-2] in SERVICE_DISTRICTS:
        # "Aurajoki Health District", "Tully Creek School District": a public body.
        return [_span(run, "organisation", "name", f"a {lowered[-2]} district")]
    if len(run) >= 2 and lowered[-1] in PLACE_ENDINGS:
        # "Johnson County", "Ashby Township": a place, whatever the word before it.
        return [_span(run, "place", "name", f"a place ('{run[-1].text}')")]
    if _listed_after_in(text, run):
        return [_span(run, "place", "name", "listed after a place named after 'in'")]
    # (A name may end in an honour or a regnal number: "Ann Hale KC", "Nana Kwamena Ekyir
    # IV"; not in a body's initials.)
    suffixed = run[-1].text in POSTNOMINALS or run[-1].text in REGNAL_NUMERALS
    if named_person and (not run[-1].text.isupper() or suffixed):
        role = _role_before(run, text)
        return [
            _span(
                run,
                "person",
                "name",
                "given name + surname",
                gender=_gender_of(run[0].text, run[1].text),
                role=role.lower() if role is not None else None,
            )
        ]
    role_word = lowered[0] in ALL_ROLE_HEADS or lowered[0] in TITLE_HEADS  # "MEP", "MP"
    if len(run) == 1 and run[0].text.isupper() and 2 <= len(run[0].text) <= 6 and not role_word:
        return [_span(run, "organisation", "name", "acronym")]
    if len(run) == 1 and CALL_SIGN.fullmatch(run[0].text):
        return [_span(run, "outlet", "name", "a station's call sign")]
    if len(run) >= 2 and lowered[-1] in SEAT_WORDS:
        return [_span(run, "organisation", "name", f"a seat of power ('{run[-1].text}')")]
    preceding = text[max(0, run[0].start - 4) : run[0].start]
    if len(run) >= 2 and WHICH_SAID.match(text, run[-1].end) and not named_person:
        # "Survivors' Voice Ireland, which was set up in 2019 ..., said": "which" is said
        # of a body, and the body speaks.
        return [_span(run, "organisation", "name", "name before ', which ...' and a speech verb")]
    # (Not "in WhatsApp groups", "in Telegram channels": a platform is no place.)
    platform = lowered[0] in PLATFORM_NAMES
    if len(run) == 1 and preceding in (" in ", " at ") and not at_sentence_start and not platform:
        return [_span(run, "place", "name", "name after 'in'/'at'")]
    if len(run) in (2, 3) and all(_name_cased(w.text) for w in run):
        if run[-1].text in surnames:
            return [_span(run, "person", "name", "surname the text uses with an honorific")]
        # "The union representing cabin crew at Aer Corrán said": a place or an
        # employer after "in" or "at" is not who speaks.
        placed = preceding in (" in ", " at ")
        if SPEECH_AFTER.match(text, run[-1].end) and not placed:
            if ITS_OWN_SITE_AFTER.match(text, run[-1].end):
                # "Toktok Vila posted the recording on its website": a site's, not a person's.
                return [_span(run, "outlet", "name", "name before posting on 'its' site")]
            return [_span(run, "person", "name", SPEAKER_GUESS)]
        apposed = APPOSED_THEN_SPEECH.match(text, run[-1].end)
        # (Its head's words, not what it is of: "the Speaker of the National Assembly", "a
        # longtime critic of the city council"; but "a subsidiary of the Kaya Shipping
        # Group" is a part of a body.)
        described = apposed["apposed"].lower() if apposed else ""
        head = described.split(" of ")[0]
        part = bool(head.split()) and head.split()[-1] in PARTS_OF_A_BODY
        words = described.split() if part else head.split()
        if apposed and not placed and words and words[-1] in FIRMS_DOERS | FIRM_NOUNS:
            # "Saudi Aramco, the world's largest oil producer, said": a firm, by what it does.
            return [
                _span(run, "organisation", "name", "name, a firm's description, then a speech verb")
            ]
        if apposed and not placed and BODY_WORDS.isdisjoint(words):
            return [_span(run, "person", "name", "name, a description, then a speech verb")]
        # "Noora Aaltonen, a surgical nurse at the hospital and a union member, had stayed
        # on the call": someone described as one of a kind, then what they did.
        described = APPOSED_THEN_DEED.match(text, run[-1].end)
        if described and not placed and _of_someone(described["apposed"]):
            return [_span(run, "person", "name", "name, a description, then a verb")]
        # "The exchange was picked up by Kjell Arne Nystad, a retired telecoms engineer
        # and licensed radio amateur in Kvaløysletta who ...": the passive's agent, so described.
        described = APPOSED_AGENT.match(text, run[-1].end) if preceding == " by " else None
        if described and _of_someone(described["apposed"], strict=True):
            return [_span(run, "person", "name", "the agent after 'by', described as someone")]
        if WHO_AFTER.match(text, run[-1].end) and not placed:
            # "Kiri Whaanga, who chairs the Tauranui Rainbow Trust,": "who" is said of people.
            return [_span(run, "person", "name", "name before ', who'")]
        if AGE_AFTER.match(text, run[-1].end) and not placed:
            return [_span(run, "person", "name", "name before an age")]
    if (
        2 <= len(run) <= 4
        and all(_name_cased(w.text) or INITIAL.fullmatch(w.text) for w in run)
        and QUOTE_AND_VERB_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    ):
        return [_span(run, "person", "name", "name after a quote or comma and a speech verb")]
    if 2 <= len(run) <= 3 and all(_name_cased(w.text) for w in run) and syllable_given(run):
        return [_span(run, "person", "name", "family name and a hyphenated given name")]
    if _family_name_first([w.text for w in run]):
        # "Zhang Min", "Chen Xiaoming": a Chinese family name, then a given name in pinyin.
        return [_span(run, "person", "name", "Chinese family name and a given name")]
    initials = [k for k, w in enumerate(run) if _is_initial(w, text)]
    if initials and initials[0] > 0 and given_name(lowered[initials[0] - 1]) is None:
        # "Leader of the Opposition P. Sridevi": the name starts at the initial.
        return _split_classify(run, initials[0], text, at_sentence_start, surnames)
    title_case = all(_name_cased(w.text) for w in run[1:])
    if len(run) == 2 and run[0].text == "M" and initials == [0] and FRENCH_MADAME.search(text):
        # "M. Bellerose" in a text that writes "Mme Gagnon": Monsieur, not an initial.
        return [evolve(_honorific(run), rule="'M.' (Monsieur) in a text with 'Mme'", gender="m")]
    if 2 <= len(run) <= 3 and title_case and initials == [0]:
        return [_span(run, "person", "name", "an initial and a name")]
    # ("Mau-Lelo, a village chief,": each part of a hyphenated one name capitalised.)
    one_name = all(part[1:].islower() for part in run[0].text.split("-"))
    if len(run) == 1 and text.startswith(",", run[0].end) and one_name:
        # '"...," Purwanto, who chairs the board, told reporters', "Sumarno, head of
        # Karangsari village, defended him": one name, as many Indonesians have, said
        # of a person. Opening a sentence, only before a role in a closed apposition
        # ("First, party officials said ...", "Critics, who ..." name no one); and not
        # after an article ("The Europeans, who ...").
        described = ROLE_APPOSED.match(text, run[0].end) or (
            not at_sentence_start and WHO_AFTER.match(text, run[0].end)
        )
        named = ARTICLE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start) is None
        if named and described:
            return [_span(run, "person", "name", "one name before a role or ', who'")]
        # "its chairman, Sukirman, told the Chronicle": one name set off after a role, in
        # the same paragraph (not a headline's "chief of staff" over a byline's place).
        line = text.rfind("\n", 0, run[0].start) + 1
        # (Nothing capitalised after the role: not "the mayor of Oakland, California,".)
        role = ROLE_BEFORE.search(text, max(line, run[0].start - 70), run[0].start)
        # (And the role opens its clause, or follows "said": not "After the secretary
        # called the next speaker, Langford, whose camera was off, ...", an object.)
        opens = role is not None and CLAUSE_BEFORE_ROLE.search(text, line, role.start())
        # (Nor a role firms fill: "The ship's owner, Maersk,", "The bank's auditor, Deloitte,".)
        firm = role is not None and role["role"].lower() in FIRM_ROLES
        if (
            opens
            and not firm
            and LOWER_CASE_ROLE_END.fullmatch(text, role.end("role"), run[0].start)
        ):
            rule = f"one name after the role '{role['role']}'"
            return [_span(run, "person", "name", rule, role=role["role"].lower())]
    if len(run) == 1 and GIVEN_ALONE.search(text, max(0, run[0].start - 50), run[0].start):
        return [_span(run, "person", "name", "one name, the only one given")]
    if 2 <= len(run) <= 4 and title_case and run[0].text[1:].islower():
        # (Not "a statement issued in Port Harcourt, the spokesman, X,": where, then who.)
        role_after = ROLE_AFTER.match(text, run[-1].end) if not placed_before else None
        if role_after is not None:
            # "Konrad Ebbesen, chairman of Castellan Bank,": a role in apposition after it.
            rule = f"name before the role '{role_after['role']}'"
            return [_span(run, "person", "name", rule, role=role_after["role"].lower())]
        # "NBP spokesperson Anitha Reddy", "Aldermark's finance minister, Pieter Hollen,"
        # (not "The governor of Hubei province, Central China,": a region).
        role = _role_before(run, text) if lowered[0] not in COMPASS_WORDS else None
        if role is not None:
            rule = f"name after the role '{role}'"
            return [_span(run, "person", "name", rule, role=role.lower())]
    return [_span(run, "unknown", "name", "capitalised word")]


def _of_someone(description: str, strict: bool = False) -> bool:
    """Whether a description's head is a word for a person ("a surgical nurse at the
    hospital", "a retired schoolteacher who ...", "a member of the board"), not for a
    place or thing ("a cluster of housing societies", "a seven-story building"). With
    ``strict``, a word for a doer counts only by an ending that seldom names a firm."""
    head = DESCRIPTION_HEAD.match(description)
    if head is None:
        return False
    word = head["head"].lower()
    if word in FIRMS_DOERS:
        return False  # "a major employer", "a minority investor": as often a firm
    # (A doer's ending alone, not before "of": "a cluster of housing societies".)
    doer = names_a_doer(word) and not description.startswith(" of", head.end("head"))
    if strict:
        # (With no verb after it to say so: "a retired telecoms engineer", not "a deepfake
        # detector", "a steelmaker", which name firms and things as often.)
        doer = doer and word.endswith(("eer", "ist", "ian"))
    # ("a Dane who took over the programme in 2019": one of a people.)
    people = word in DEMONYMS and not head["head"].islower()
    return word in ALL_ROLE_HEADS or word in PERSON_NOUNS or word in KIN_NOUNS or doer or people


def _role_before(run: list[_Word], text: str) -> str | None:
    """The role right before a name, or in apposition before it: "NBP spokesperson
    Anitha Reddy", "the board's chairman, Kamran Ejaz Malik,"."""
    role = ROLE_BEFORE.search(text, max(0, run[0].start - 70), run[0].start)
    if role is None:
        role = AGENT_BEFORE.search(text, max(0, run[0].start - 45), run[0].start)
        role = role if role is not None and names_a_doer(role["role"]) else None
    # An apposition closes with a comma, or with the sentence ("said the union's
    # general secretary, Sipho Dube.").
    apposition = (
        role is None or "," not in role.group() or text[run[-1].end : run[-1].end + 1] in (",", ".")
    )
    if role is None or not apposition:
        return None
    body_words = {w.lower for w in run} & (
        ORGANISATION_WORDS | OUTLET_WORDS | ORGANISATION_NAME_ENDINGS | CORPORATE_WORDS
    )
    found = role.groupdict()
    if found.get("titled") and body_words:
        return None  # "the Chairman, Tata Sons, said": the body the title is of
    if found.get("described") and body_words:
        return (
            None  # "The chief executive of Australia's second-largest airline, Virgin Australia,"
        )
    if found.get("titled") and NAME_APPOSED_AFTER.match(text, run[-1].end):
        return None  # "The Executive Director, Media Rights Agenda, Edetaen Ojo,": whose body
    # "the choir's assistant conductor, Kertu Sild": a deputy's office, not the head's.
    rank = previous_word(text, role.start("role"))
    ranked = (
        rank is not None
        and rank[0].lower() in DEPUTY_RANKS
        # (Not the outlet in "Vice reporter Ben Makuch".)
        and not (rank[0][0].isupper() and role["role"].lower() in JOURNALISM_HEADS)
        and text[rank.end() : role.start("role")].isspace()
    )
    return f"{rank[0]} {role['role']}" if ranked and rank is not None else role["role"]


def _split_classify(
    run: list[_Word], at: int, text: str, at_sentence_start: bool, surnames: frozenset[str]
) -> list[_Name]:
    """What the two parts of a run name, split where a name starts at ``at``."""
    return [
        *_classify(run[:at], text, at_sentence_start, surnames),
        *_classify(run[at:], text, False, surnames),
    ]


def _party_member(run: list[_Word], lowered: list[str], text: str) -> bool:
    """ "the Queen Creek Republican", "a Tucson Democrat,": a party's singular member
    after a place, after an article, ending its noun phrase (not "the Republican
    leadership", nor "the Democratic Party")."""
    if len(run) < 2 or lowered[-1] not in PARTY_MEMBERS:
        return False
    article = ARTICLE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
    follower = FOLLOWING_WORD.match(text, run[-1].end)
    return article is not None and (follower is None or follower.group(1) in CLAUSE_AFTER_NAME)


def _dateline(text: str, segments: Segments, runs: list[list[list[_Word]]]) -> list[_Word] | None:
    """ "PUNE: Minister ...": a place in capitals before a colon, opening one of the
    first paragraphs' first sentences, when no other paragraph opens so (not a
    transcript's "TAPPER:", "FALLIN:")."""
    opening = {p.index for p in segments.paragraphs[:4] if p.index > 0}
    for sentence, sentence_runs in zip(segments.sentences, runs, strict=True):
        if sentence.paragraph not in opening:
            continue
        opening.discard(sentence.paragraph)  # a paragraph's first sentence only
        if not sentence_runs:
            continue
        run = sentence_runs[0]
        label = text[run[0].start : run[-1].end + 1]
        if (
            run[0].start == sentence.start
            and label.endswith(":")
            and label[:-1].isupper()
            and len(CAPITALS_LABEL.findall(text)) == 1
        ):
            return run
    return None


def _titled_surname(run: list[_Word]) -> bool:
    """ "Mr John Smith", "Mr Smith", "Cllr Lennox": a run opened by an honorific,
    or a short title and one name."""
    opener = run[0].text.lower().rstrip(".")
    if len(run) < 2:
        return False
    # (Not a police rank's initials, which also open firms' names: "AIG Ireland".)
    short_title = opener in TITLE_ABBREVIATIONS and opener not in POLICE_RANKS
    return opener in HONORIFICS or (len(run) == 2 and short_title)


def _elided_capital(word: str) -> bool:
    """ "l'Alzette", "l'Île": a French article elided before a capital, accented or not."""
    return ELIDED_CAPITAL.match(word) is not None and word[2].isupper()


def _is_initial(word: _Word, text: str) -> bool:
    """ "P." in "P. Sridevi", "K.P." in "K.P. Mohanraj": capital letters, each with a
    full stop."""
    return _initials(word.text) and text[word.end : word.end + 1] == "."


def _initials(token: str) -> bool:
    """ "P", "K.P", "R.K.S": one capital letter, or several joined by full stops."""
    return INITIALS.fullmatch(token) is not None


def _honorific(run: list[_Word]) -> _Name:
    honorific = run[0].text.lower().rstrip(".")
    rest = run[1:]
    judge = len(rest) > 1 and rest[0].lower == "justice"
    if judge:
        rest = rest[1:]  # "Lord Justice Fenn", "Mr Justice Hale": a judge's title
    if len(rest) > 1 and rest[0].lower in HIGHER_GRADES and honorific in GRADED_HONORIFICS:
        rest = rest[1:]  # "Datuk Seri Norhayati Wahab": a higher grade of the title
    if len(rest) > 1 and rest[0].lower in HONORIFICS:
        rest = rest[1:]  # "Sayadaw U Nandiya": a monk's title before his form of address
    tokens = _name_words(rest)
    if honorific in PEERAGES and len(tokens) == 1 and not judge:
        # "Lord Veʻevalu": a peer known by the title alone is called by it.
        tokens = (run[0].text, *tokens)
    gender = HONORIFICS.get(honorific, LONG_NAME_HONORIFICS.get(honorific))
    if gender is None and len(tokens) > 1:
        gender = _gender_of(tokens[0], tokens[1])
    # "Sir Alan", "Dame Judi": a knight is named by the first name.
    form = "surname" if len(tokens) == 1 and honorific not in FIRST_NAME_HONORIFICS else "name"
    return _Name(
        run[0].start, run[-1].end, "person", form, f"honorific '{run[0].text}'", tokens, gender
    )


# Levels of local government, which name an office with its title: "City Manager".
LOCAL_LEVELS = frozenset("city town county municipal district village borough parish".split())


def _ranked_name(name: list[_Word], text: str, surnames: frozenset[str]) -> bool:
    """Whether the words after a police rank's initials name a person: a surname the text
    gives a person ("ACP Kalio-Ngeri"), or no word of a body's, one word only in a text
    about the police ("IGP Egbetokun"; not "AIG Ireland said it would pay the claims")."""
    if not name:
        return False
    if name[-1].text in surnames:
        return True
    words = {w.lower for w in name}
    if not words.isdisjoint(ORGANISATION_WORDS | ORGANISATION_NAME_ENDINGS | CORPORATE_WORDS):
        return False
    return len(name) >= 2 or POLICE.search(text) is not None


# Short titles that are given names too, titles only with their period ("Brig. Vernon
# Pruitt", not "Maj Sjöwall").
DOTTED_TITLES = frozenset(("maj", "brig"))


def _titled(
    run: list[_Word], lowered: list[str], surnames: frozenset[str], text: str
) -> list[_Name]:
    """Split "Radio North Political Editor Sam Obi" into its parts.

    ``lowered`` holds the run's words in lower case, without a final period.
    """
    # A head after "for" or "of" is what a title is of ("Minister for Justice").
    # A title's initials are written in capitals: "MD Dave Lewis", but "Md Shahidul
    # Alam" is Muhammad, a name.
    heads = [
        i
        for i, w in enumerate(lowered)
        if w in TITLE_HEADS
        and (i == 0 or lowered[i - 1] not in ("for", "of"))
        and (w not in TITLE_INITIALS or run[i].text.isupper())
        # ("Maj. Gen.", but "Maj Sjöwall" is a given name.)
        and (w not in DOTTED_TITLES or text.startswith(".", run[i].end))
    ]
    if not heads:
        return []
    head_at = max(heads)
    if len(run) == 2 and head_at == 0 and given_name(lowered[0]) is not None:
        return []  # "Dean Fairleigh": a given name as often as a title, before a surname
    if (
        head_at == len(run) - 1
        and head_at > 0
        and given_name(lowered[0]) is not None
        and not run[head_at].text.isupper()
        # (Not "Ashanti Regional Minister", "Victoria Police Assistant Commissioner".)
        and not any(w in TITLE_WORDS or w in ORGANISATION_WORDS for w in lowered[:head_at])
    ):
        return []  # "Sarah Warden", "Sarah Judge": a given name, then a surname like a title
    title_start = head_at
    # "Federal Minister", "Former Chief Executive": a modifier opens the title, and so do
    # two portfolios joined by "and" ("Housing and Urban Development Minister").
    while title_start > 0:
        before = lowered[title_start - 1]
        joined = before == "and" and title_start > 1 and lowered[title_start - 2] in TITLE_WORDS
        # "Town Clerk", "County Treasurer": the level of government an office is of (not
        # "Bexley County Commissioner", of a county named so).
        level = before in LOCAL_LEVELS and title_start == head_at == 1
        # ("Lord Mayor", "Lady Mayoress": one title.)
        lords = before in ("lord", "lady") and lowered[head_at] in LORDS_OFFICES
        if not (joined or level or lords or before in TITLE_WORDS or before in PREMODIFIERS):
            break
        party = lowered[title_start - 1] == "party"
        if party and title_start > 1 and lowered[title_start - 2] not in TITLE_WORDS:
            # "Scottish Commonweal Party MSP": a party's name ends before the title (but
            # "Labour Party MP" is one title, each word a title's).
            break
        title_start -= 1
    title = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in lowered[title_start : head_at + 1])
    name = run[head_at + 1 :]
    if lowered[head_at] == "member" and len(name) < 2:
        return []  # "Council Member Rosalind Okafor", but not "Union Member States"
    # "General Overseer of Living Flames Chapel International": a title of a body.
    body = (
        name
        and name[-1].lower in ORGANISATION_WORDS
        and given_name(name[0].lower) is None
        and name[0].lower not in ("of", "for")
    )
    if name and (name[0].lower == "and" or body):
        return []  # "The General and Allied Workers' Union": a body's name, not a title's
    if len(name) >= 2 and name[0].lower in ("of", "for"):
        # "Leader of the Opposition P. Sridevi": the title runs to the name, which
        # starts at an initial, or at a given name opening the last three words
        # ("Minister for Inter-Provincial Coordination Rana Shahid Javed"), or is the
        # last two capitalised words; "The Leader of the Opposition" names no one.
        # (A patronymic makes the name two words longer: "Rauf Tofig oglu Mammadov".)
        longest = 5 if name[-2].lower in PATRONYMICS else 3
        given = [
            k
            for k in range(max(2, len(name) - longest), len(name) - 1)
            if given_name(name[k].lower) is not None
        ]
        cut = next(
            (k for k, w in enumerate(name) if _initials(w.text)),
            given[0] if given else len(name) - 2,
        )
        rest = name[cut:]
        # "Leader of the Opposition Vasundhara Patil", and later "Ms. Patil".
        # ("Minister of Commerce and Markets Sherelle Deveaux-Pinder": a double-barrelled
        # surname says a name ends the run, whatever its given name.)
        named = (
            _initials(rest[0].text)
            or given_name(rest[0].lower) is not None
            or rest[-1].text in surnames
            or DOUBLE_BARRELLED.fullmatch(rest[-1].text) is not None
        )
        capitalised = all(w.text[0].isupper() or w.lower in PATRONYMICS for w in rest)
        if cut < 2 or not capitalised or not named:
            # "General Overseer of Living Flames Chapel International": no one's name.
            cut = len(name)
            if title_start == 0 and lowered[head_at] in OFFICE_HEADS:
                return []  # "the Controller of Budget": an office, which speaks as itself
        title = " ".join([title, *(w.lower for w in name[:cut])])
        name = name[cut:]
    found: list[_Name] = []
    affiliation = None
    if not name and title_start >= 2 and title_start == head_at and _named_before(run, lowered):
        # "Chamari Jayawickrama MP": a legislator's letters after a person's name, which
        # the mention's span keeps (as "Ann Hale KC").
        person = run[:title_start]
        rule = f"name before the letters '{run[head_at].text}'"
        gender = _gender_of(person[0].text, person[1].text if len(person) > 1 else "")
        words = _name_words(person)
        return [_Name(run[0].start, run[-1].end, "person", "name", rule, words, gender, role=title)]
    if title_start > 0 and lowered[title_start - 1] in ("of", "the"):
        # "the Office of the Lord Mayor": an office named by its holder's title.
        return [_span(run, "organisation", "name", "an office named by its holder's title")]
    if title_start > 0:
        org = run[:title_start]
        affiliation = " ".join(w.text for w in org)
        kind = _outlet_or_organisation(org)
        # ("Split Correspondent", "Cricket Correspondent": a journalist's place or beat,
        # no body, unless its name says it is one.)
        beat = (
            lowered[head_at] in JOURNALISM_HEADS
            and kind == "organisation"
            and ORGANISATION_WORDS.isdisjoint(w.lower for w in org)
        )
        if not beat:
            found.append(_span(org, kind, "name", "affiliation before a title"))
    of_at = next((k for k, w in enumerate(name) if w.lower == "of"), 0)
    if of_at >= 2 and given_name(name[0].lower) is not None:
        # "Chief Lorraine Sakastew of the Kisik Lake Cree Nation": a name, then whose.
        org = [w for w in name[of_at + 1 :] if w.lower != "the"]
        name = name[:of_at]
        affiliation = " ".join(w.text for w in org)
        # "Charles B. Rangel of New York": a place, unless its words make it a body.
        body = not ORGANISATION_WORDS.isdisjoint(w.lower for w in org)
        kind = _outlet_or_organisation(org) if body else "place"
        found.append(_span(org, kind, "name", "affiliation after a name"))
    if not name:
        found.append(
            _Name(
                run[title_start].start,
                run[-1].end,
                "person",
                "title",
                "capitalised title",
                role=title,
                affiliation=affiliation,
            )
        )
        return found
    found.append(
        _span(
            name,
            "person",
            "surname" if len(name) == 1 else "name",
            f"title '{title}' before a name",
            gender=_gender_of(name[0].text, name[1].text) if len(name) > 1 else None,
            role=title,
            affiliation=affiliation,
        )
    )
    return found


@define
class _Person:
    surname: str
    firsts: list[str]
    forms: list[tuple[bool, str]]
    gender: str | None
    roles: list[str] = field(factory=list)
    affiliation: str | None = None

    def _form_words(self) -> Iterator[list[str]]:
        """The words of each form the person's name takes in the text."""
        return (shown.split() for _, shown in self.forms)

    def ends_with(self, tokens: Sequence[str]) -> bool:
        """ "Boon Kiat" of "Tan Boon Kiat": the given names of a name written family
        name first, as friends call him; "Van Oosterhout" of "Pieter van Oosterhout",
        its particle capitalised as it opens the name."""
        wanted = [token.lower() for token in tokens]
        return any(
            len(words) > len(tokens) and [w.lower() for w in words[-len(tokens) :]] == wanted
            for words in self._form_words()
        )

    def family_name_first(self, token: str) -> bool:
        """ "Mr Tan" of "Tan Boon Kiat": the first word of a name, which an honorific
        takes when the name is written family name first, or when the custom is to
        call people by the given name ("Mr Thanawat" of "Thanawat Srisuwan", as Thai
        and Ethiopian papers do)."""
        return any(len(words) >= 2 and words[0] == token for words in self._form_words())

    def middle_word(self, token: str) -> bool:
        """ "Lozano" of "Hernán Felipe Lozano Bermúdez", "Ospina" of "Valentina Ospina
        Garzón": the first of two family names, as Spanish names are shortened, or
        any inner word of a name of three words or more."""
        return any(token in shown for _, shown in self.forms) and any(
            len(words) >= 3 and token in words[1:-1] for words in self._form_words()
        )

    def absorb(self, name: _Name) -> None:
        if name.gender and not self.gender:
            self.gender = name.gender
        if name.role and name.role not in self.roles:
            self.roles.append(name.role)
        if name.affiliation and not self.affiliation:
            self.affiliation = name.affiliation


def _two_family_names(person: _Person) -> bool:
    """Whether a person's full name ends in two family names ("Rosa Mamani Quispe"): three
    words or more, the one before the last no given name."""
    words = max(person._form_words(), key=len)
    return len(words) >= 3 and given_name(words[-2].lower()) is None


# What ends a company's name and may be left off it: "Kestrel Trust Bank Plc".
COMPANY_SUFFIXES = frozenset("plc ltd limited inc llc corp co corporation company".split())


def without_company_suffix(name: str) -> str:
    """An organisation's name without a company's suffix ("kestrel trust bank plc" is
    "kestrel trust bank"), in the case it was given."""
    words = name.split()
    if len(words) > 1 and words[-1].rstrip(".") in COMPANY_SUFFIXES:
        return " ".join(words[:-1])
    return name


def _spells(name: str, acronym: str) -> bool:
    """Whether the initials of a lower-case name's words spell ``acronym``, without its
    connectors ("RNC") or with all but "the" and "and" ("TOD", Times of the Deccan)."""
    words = name.removeprefix("the ").split()
    return acronym in (
        "".join(w[0] for w in words if w not in CONNECTORS).upper(),
        "".join(w[0] for w in words if w not in ("the", "and", "&")).upper(),
    )


def _abbreviates(short: str, full: str) -> bool:
    """Whether a name opens with capitals that are the initials of a lower-case full
    name's first words, and goes on as it does ("UD Almendral", "unión deportiva
    almendral")."""
    words, spelled = short.split(), full.split()
    if len(words) < 2 or not (2 <= len(words[0]) <= 4 and words[0].isupper()):
        return False
    count = len(words[0])
    return spelled[count:] == [w.lower() for w in words[1:]] and _spells(
        " ".join(spelled[:count]), words[0]
    )


class _Clusters:
    """Groups person names into entities, and other names by their text."""

    def __init__(self, own_outlet: str | None, headline_end: int) -> None:
        self.own_outlet = own_outlet
        self.headline_end = headline_end
        # The words of each person's first full name below the headline.
        self.body_names: list[tuple[int, list[str]]] = []
        self.items: list[_Person | tuple[str, str]] = []
        self.by_label: dict[tuple[str, str], int] = {}
        self.by_surname: dict[str, list[tuple[int, _Person]]] = {}
        # Every first name a person is known by, as a key, with the person's index.
        self.first_keys: list[tuple[int, str]] = []
        self.by_first: dict[str, list[int]] = {}

    def _add_person(self, person: _Person) -> int:
        if person.firsts:
            # A person known by no first name joins no list of ``by_first``.
            self.by_first.clear()
        index = len(self.items)
        self.items.append(person)
        self.first_keys.extend((index, _first_name_key(first)) for first in person.firsts)
        self.by_surname.setdefault(person.surname, []).append((index, person))
        return index

    def full_name(self, name: _Name, in_quote: bool, shown: str) -> int:
        """The person a full name (first name + surname) belongs to, made if new.

        ``shown`` is the name as the text writes it ("K. Venkatesh Naidu", where
        the words are "K", "Venkatesh" and "Naidu").
        """
        first, surname = name.tokens[0], surname_key(name.tokens[-1])
        if len(name.tokens) > 2 and name.tokens[-1] in REGNAL_NUMERALS:
            surname = surname_key(name.tokens[-2])  # "Nana Kwamena Ekyir IV" is Nana Ekyir
        elif syllable_given(name.tokens) or _family_name_first(name.tokens):
            # "Ivy Mok Sze-man" is Ms Mok, "Zhang Min" Professor Zhang: the family name
            # stands before the given name.
            surname = name.tokens[-2].lower()
        if len(shown.split()) != len(name.tokens):
            shown = " ".join(name.tokens)  # the span holds more than the name ("Sir ...")
        form = (in_quote, shown)
        for index, person in self.by_surname.get(surname, ()):
            if (
                not person.firsts
                or any(compatible_first_names(first, f) for f in person.firsts)
                or person.ends_with(name.tokens)
            ):
                if first not in person.firsts:
                    # Each first name once: ``by_first`` changes only when one is new.
                    self.by_first.clear()
                    person.firsts.append(first)
                    self.first_keys.append((index, _first_name_key(first)))
                person.forms.append(form)
                person.absorb(name)
                return index
        # "Kamal Ariffin" after "Kamal Ariffin Zainol": a longer name shortened at its end,
        # as Malay and Spanish names often are, when it fits one person only. (Only names
        # given below the headline, whose title case runs names into verbs, "Bernie Sanders
        # Says", and in capitals throughout, not "Hillary Clinton and Jeb Bush".)
        wanted = [token.lower() for token in name.tokens]
        longer = {
            index
            for index, words in self.body_names
            if len(words) > len(wanted) and words[: len(wanted)] == wanted
        }
        if len(longer) == 1:
            [index] = longer
            person = self.items[index]
            assert isinstance(person, _Person)
            person.forms.append(form)
            person.absorb(name)
            return index
        person = _Person(surname, [first], [form], name.gender)
        person.absorb(name)
        index = self._add_person(person)
        if name.start >= self.headline_end and all(t[:1].isupper() for t in name.tokens):
            self.body_names.append((index, wanted))
        return index

    def _first_of_two_surnames(
        self, name: _Name, token: str, same: list[tuple[int, _Person]]
    ) -> int | None:
        """ "Ms Quispe" of "Martha Quispe Choque", not of "Rosa Mamani Quispe"; "Ms Mamani"
        of "Rosa Mamani Quispe", not of "Juan Carlos Villca Mamani": where the people
        whose name ends in the word carry two family names, the one person (of the
        honorific's sex) whose first family name it is."""
        if name.form != "surname" or len(name.tokens) != 1 or not same:
            return None
        if not all(_two_family_names(person) for _, person in same):
            return None
        inner = [
            i
            for i, person in enumerate(self.items)
            if isinstance(person, _Person)
            and person.middle_word(token)
            and (name.gender is None or person.gender in (None, name.gender))
        ]
        if len(inner) != 1:
            return None
        person = self.items[inner[0]]
        assert isinstance(person, _Person)
        person.absorb(name)
        return inner[0]

    def single(self, name: _Name, placed: list[tuple[int, int]]) -> tuple[int, str] | None:
        """The person a lone surname or first name refers to, and the form it takes.

        A surname goes to the person with that surname mentioned most
        recently before it (or first after it), or of two with it, to the one
        with a title; a surname with an honorific of the other gender than the
        one person with it was guessed to have ("Mr Javed" after "Rana Shahid
        Javed") goes to them, and the honorific's gender becomes theirs; a lone
        first name only to a
        person whose first name is compatible, when exactly one is.
        """
        token = name.tokens[-1]
        same = self.by_surname.get(surname_key(token), [])
        by_surname = [i for i, p in same if name.gender is None or p.gender in (None, name.gender)]
        first_of_two = self._first_of_two_surnames(name, token, same)
        if first_of_two is not None:
            return first_of_two, "surname"
        if not by_surname and len(same) == 1 and name.form == "surname":
            # "Mr Javed" after "Rana Shahid Javed": an honorific says more of who
            # someone is than what a first name usually is.
            index, person = same[0]
            person.gender = name.gender
            by_surname = [index]
        if by_surname:
            before = [i for start, i in placed if start < name.start and i in by_surname]
            index = before[-1] if before else by_surname[0]
            # "Gov. Maren Ostby's son ... Anders Ostby, 24, ... Ostby's campaign": of two
            # people who share a surname, a bare surname names the one with a title.
            titled = [i for i in dict.fromkeys(before) if self._titled(i)]
            if len(set(before)) > 1 and len(titled) == 1:
                index = titled[0]
            person = self.items[index]
            assert isinstance(person, _Person)
            person.absorb(name)
            return index, "surname"
        by_first = self._by_first(token)
        inner = (
            [
                i
                for i, person in enumerate(self.items)
                if isinstance(person, _Person) and person.middle_word(token)
            ]
            if len(name.tokens) == 1 and token[:1].isupper() and not by_first
            else []
        )
        if len(inner) == 1:
            person = self.items[inner[0]]
            assert isinstance(person, _Person)
            person.absorb(name)
            return inner[0], "surname"
        if name.form == "surname":
            family = [
                i
                for i, person in enumerate(self.items)
                if isinstance(person, _Person) and person.family_name_first(token)
            ]
            if len(family) != 1:
                return None
            person = self.items[family[0]]
            assert isinstance(person, _Person)
            person.absorb(name)
            return family[0], "surname"
        return (by_first[0], "name") if len(by_first) == 1 else None

    def _titled(self, index: int) -> bool:
        person = self.items[index]
        return isinstance(person, _Person) and bool(person.roles)

    def _by_first(self, token: str) -> list[int]:
        """The people with a first name compatible with ``token`` (kept until one changes)."""
        if token not in self.by_first:
            key = _first_name_key(token)
            self.by_first[token] = sorted(
                {index for index, first in self.first_keys if _compatible_keys(key, first)}
            )
        return self.by_first[token]

    def lone_person(self, name: _Name, in_quote: bool) -> int:
        """A person known only by a surname with an honorific or title ("Mr Smith")."""
        person = _Person(name.tokens[-1].lower(), [], [(in_quote, name.tokens[-1])], name.gender)
        person.absorb(name)
        return self._add_person(person)

    def known_other(self, label: str) -> tuple[str, int] | None:
        """The organisation, outlet or place already named exactly ``label``, if any."""
        lowered = label.lower().removeprefix("the ")
        for kind in ("outlet", "organisation", "place"):
            if (kind, lowered) in self.by_label:
                return kind, self.by_label[(kind, lowered)]
        return None

    def particle_start(self, text: str, start: int, surname: str, index: int) -> int:
        """Where a surname's mention starts: at a lower-case particle right before it
        that the person's full name gives too ("von Wallmoden" of "Klaus-Dieter von
        Wallmoden"), else at the surname."""
        particle = PARTICLE_BEFORE.search(text, max(0, start - 9), start)
        person = self.items[index]
        if particle is None or not isinstance(person, _Person):
            return start
        shown = f"{particle.group(1)} {surname}"
        return particle.start() if any(shown in form for _, form in person.forms) else start

    def opened_by(self, word: str) -> tuple[str, int] | None:
        """The one organisation or outlet whose longer name opens with ``word``, as a
        company is called by its first word ("Harbourstone" for "Harbourstone Capital
        Management"), if only one such name was given."""
        opening = f"{word.lower()} "
        found = {
            (kind, index)
            for (kind, label), index in self.by_label.items()
            if kind in ("organisation", "outlet") and label.startswith(opening)
        }
        return found.pop() if len(found) == 1 else None

    def club_called(self, word: str) -> int | None:
        """The one club named so far whose name ends in ``word`` before its short form
        ("Miners" for "Tin Valley Miners FC"), or after it ("Pohorje" for "KK Pohorje")."""
        found = {
            index
            for (kind, label), index in self.by_label.items()
            if kind == "organisation"
            and (
                (
                    len(label.split()) > 2
                    and label.split()[-1] in ABBREVIATED_KINDS
                    and label.split()[-2] == word.lower()
                )
                or (
                    len(label.split()) == 2
                    and label.split()[0] in ABBREVIATED_KINDS
                    and label.split()[1] == word.lower()
                )
            )
        }
        return found.pop() if len(found) == 1 else None

    def other(self, kind: str, label: str) -> int:
        """The entity of an organisation, outlet or place named ``label``.

        An outlet named by the end of an earlier outlet's name ("the Bugle"
        after "the Daily Bugle") is that outlet, when only one name ends so;
        failing that, by the end of the name of the outlet that publishes the
        article ("told the Herald" in the Merridale Herald). So is a body
        named by the last word of one earlier body's name ("the Commission").
        """
        key = (kind, label.lower().removeprefix("the "))
        if key not in self.by_label and label.isupper():
            # "WTQZ" after "WTQZ-TV": the station by its call letters.
            signed = (("outlet", f"{key[1]}-{band}") for band in ("tv", "fm", "am"))
            station = next((self.by_label[s] for s in signed if s in self.by_label), None)
            if station is not None:
                return station
        if key not in self.by_label and label.isupper() and len(label) > 2:
            # "the RNC" after "the Republican National Committee": its initials.
            spelled = self._initialled(label)
            if spelled is not None:
                return spelled
        if key not in self.by_label and kind in BODY_KINDS:
            # "Kandili, a network of investigative journalists, ..." then "Kandili published
            # the email": one body, of the kind it was first named as.
            other_kind = next(k for k in BODY_KINDS if k != kind)
            if (other_kind, key[1]) in self.by_label:
                return self.by_label[(other_kind, key[1])]
        if key not in self.by_label and kind == "organisation":
            same = self._same_company(key[1])
            same = self._abbreviated(label) if same is None else same
            if same is not None:
                known = self.items[same]
                if isinstance(known, tuple) and len(label) > len(known[1]):
                    self.items[same] = (kind, label)  # the full name, "... Bank Plc"
                self.by_label[key] = same
                return same
        # "the Commission" after "the National Electoral Commission": a body's one-word
        # name that ends one earlier name of its kind is that body.
        tailed = kind == "outlet" or (kind == "organisation" and " " not in key[1])
        if key not in self.by_label and tailed:
            tail = f" {key[1]}"
            longer = {
                i for (k, known), i in self.by_label.items() if k == kind and known.endswith(tail)
            }
            if len(longer) == 1:
                return longer.pop()
            own = self.own_outlet
            if (
                kind == "outlet"
                and not longer
                and own
                and own.lower().removeprefix("the ").endswith(tail)
            ):
                return self.other(kind, own)
        if key not in self.by_label:
            if kind == "outlet" and self.is_own_outlet(key[1]):
                label = self.own_outlet or label  # the own outlet, named as it names itself
            self.items.append((kind, label))
            self.by_label[key] = len(self.items) - 1
        index = self.by_label[key]
        if kind == "outlet" and label.startswith("The ") and self.items[index] == (kind, label[4:]):
            # "Hobart Standard published it" opening a sentence, then "told The Hobart
            # Standard": the capital "The" inside a sentence is part of the name.
            self.items[index] = (kind, label)
        return index

    def _same_company(self, label: str) -> int | None:
        """The organisation named so far whose name is this one but for a company's
        suffix ("Kestrel Trust Bank" and "Kestrel Trust Bank Plc")."""
        bare = without_company_suffix(label)
        for (kind, known), index in self.by_label.items():
            if kind == "organisation" and known != label and without_company_suffix(known) == bare:
                return index
        return None

    def _abbreviated(self, label: str) -> int | None:
        """The organisation named so far whose name is this one with its first words
        written as their initials, or this one so written ("UD Almendral" and "Unión
        Deportiva Almendral")."""
        for (kind, known), index in self.by_label.items():
            if kind != "organisation":
                continue
            shown = self.items[index][1] if isinstance(self.items[index], tuple) else known
            if _abbreviates(label, known) or _abbreviates(str(shown), label.lower()):
                return index
        return None

    def _initialled(self, acronym: str) -> int | None:
        """The one organisation or outlet named so far whose capitalised words' initials
        spell ``acronym``, if only one does."""
        found = {index for (_, known), index in self.by_label.items() if _spells(known, acronym)}
        if not found and self.own_outlet and _spells(self.own_outlet.lower(), acronym):
            return self.other("outlet", self.own_outlet)  # "told TOD" in the Times of the Deccan
        return found.pop() if len(found) == 1 else None

    def spelled_out(self, kind: str, name: str, acronym: str) -> None:
        """An organisation named by its acronym before its full name ("PCB chairman"
        in the headline, "Pakistan Cricket Board (PCB)" in the text) is the one the
        full name names, and is called by it."""
        known = self.by_label.get((kind, acronym.lower()))
        if known is None or self.items[known] != (kind, acronym):
            return
        self.items[known] = (kind, name)
        self.by_label.setdefault((kind, name.lower().removeprefix("the ")), known)

    def alias(self, kind: str, label: str, entity: int) -> None:
        """Make ``label`` (of ``kind``) another name of ``entity`` ("AFA" for the
        Albion Football Association), unless it already names something."""
        self.by_label.setdefault((kind, label.lower()), entity)

    def is_own_outlet(self, name: str) -> bool:
        """Whether ``name`` is the name of the outlet that publishes the article."""
        own = self.own_outlet
        return own is not None and own.lower().removeprefix("the ") == name.lower()

    def ends_own_outlet(self, name: str) -> bool:
        """Whether ``name`` is the last word(s) of the name of the outlet that
        publishes the article ("Star" of "The Harrowdale Star")."""
        own = self.own_outlet
        return own is not None and own.lower().endswith(f" {name.lower()}")

    def is_outlet(self, name: str) -> bool:
        """Whether an outlet of exactly this name is known."""
        return ("outlet", name.lower().removeprefix("the ")) in self.by_label

    def outlet_ending(self, words: str) -> int | None:
        """The one outlet named so far whose name ends with ``words``, if only one does."""
        return self.name_ending("outlet", words)

    def name_ending(
        self, kind: str, words: str, openers: frozenset[str] | None = None
    ) -> int | None:
        """The one body of ``kind`` named so far whose name ends with ``words`` (and
        opens with one of ``openers``, if given), if only one does."""
        tail = f" {words.lower()}"
        found = {
            i
            for (named, known), i in self.by_label.items()
            if named == kind
            and known.endswith(tail)
            and (openers is None or known.split()[0] in openers)
        }
        return found.pop() if len(found) == 1 else None

    def club_ending(self, words: str) -> int | None:
        """The one club named so far whose name ends with ``words`` ("Ribera Norte" of "Club
        Atlético Ribera Norte"; not "Bank of Canada" of "Royal Bank of Canada")."""
        return self.name_ending("organisation", words, CLUB_OPENERS)

    def build(self) -> list[Entity]:
        built = []
        for item in self.items:
            if not isinstance(item, _Person):
                built.append(Entity(item[1], item[0]))
                continue
            narrator = [f for quoted, f in item.forms if not quoted] or [f for _, f in item.forms]
            name = max(narrator, key=lambda f: (len(f.split()), len(f)))
            built.append(Entity(name, "person", item.gender, tuple(item.roles), item.affiliation))
        return built


def _role_mentions(
    tokens: list[_Word], text: str, taken: _Taken, in_quotes: QuoteIndex, headline: bool = False
) -> list[Mention]:
    """Role noun phrases: "the shadow health secretary", "his own leader", "a Treasury spokesman".

    After "the", "his", "her", "their", "its", "a", "an" or a possessive name
    ("Labour's"), up to four modifiers and a role head; two heads in a row
    make one ("deputy leader"). None overlaps a name partly (``taken``).
    """
    # "The head of the Chebucto Harbour Port Authority": "head" is a role only before
    # "of" and a name (not "his head", nor "the head of steam").
    named_heads = {
        j for j, word in enumerate(tokens) if word.lower == "head" and _of_a_name(tokens, j, text)
    }
    # (and "the department's head": a head its owner names)
    heads = [
        j
        for j, word in enumerate(tokens)
        if (
            word.lower in ALL_ROLE_HEADS
            or j in named_heads
            or (
                word.lower == "head" and text[max(0, word.start - 3) : word.start] in ("'s ", "’s ")
            )
        )
        # (Not a force's name: "the Arctic Coast Guard", "the National Guard".)
        and not (word.text == "Guard" and j > 0 and tokens[j - 1].text[:1].isupper())
    ]
    if not heads:
        return []  # most sentences hold no role head, so no role phrase
    # A phrase starts at most seven words before its head ("A Tully Creek Union School
    # District trustee"): only those words can open one.
    openers = sorted({i for head in heads for i in range(max(0, head - 7), head)})
    found = []
    opening = tokens[0] if headline and tokens else None
    if (
        opening is not None
        and opening.lower in ALL_ROLE_HEADS
        and text[opening.end : opening.end + 2] in ("'s", "’s")
        and not taken.cuts(opening.start, opening.end)
    ):
        # "Vice-chancellor’s leaked voice note: ...": a headline opened by a role's possessive.
        rule = "headline's opening role"
        found.append(
            _role_mention(text, opening.start, opening.end, rule, opening.lower, in_quotes)
        )
    for i in openers:
        word = tokens[i]
        possessive_name = False
        if word.lower not in ROLE_DETERMINERS:
            # ("Royals' owner": a plural's possessive, before a role in lower case.)
            possessive_name = word.text[0].isupper() and (
                text[word.end : word.end + 2] in ("'s", "’s")
                or (
                    word.text.endswith("s")
                    and text[word.end : word.end + 2] in ("' ", "’ ")
                    and i + 1 < len(tokens)
                    and tokens[i + 1].text.islower()
                )
            )
            # A headline's "FA chairman apologises" (an organisation before the role)
            # or "Health minister says sorry" (the role's first word capitalised).
            acronym = word.text.isupper() and len(word.text) > 1
            # Only a lower-case head: "Tech CEO" is a capitalised title already.
            lower_head = i + 1 < len(tokens) and tokens[i + 1].text.islower()
            # "Calloway Falls fire chief caught ...": a headline's opening name, then a role.
            opening_run = (
                headline
                and 0 < i < 4
                and lower_head
                and all(t.text[0].isupper() for t in tokens[: i + 1])
                and all(text[a.end : b.start] == " " for a, b in pairwise(tokens[: i + 1]))
            )
            opening_name = opening_run or (
                i == 0 and (acronym or (headline and lower_head and word.text[0].isupper()))
            )
            # "Hawks owner Victor Lane": an affiliation, a role, then the name.
            affiliated = (
                word.text[0].isupper() and lower_head and not (opening_name or possessive_name)
            )
            # "board president Helen Marsh": a lower-case modifier, a role, then the name.
            modified = (
                lower_head
                and word.text.islower()
                and _modifies_role(word.lower)
                and tokens[i + 1].lower in ALL_ROLE_HEADS
            )
            if not (possessive_name or opening_name or affiliated or modified):
                continue
        else:
            affiliated = modified = opening_run = opening_name = False
        head_at = None
        owner_at = None
        for j in range(i + 1, min(i + 8, len(tokens))):
            gap = text[tokens[j - 1].end : tokens[j].start]
            if gap != " " and not (j == i + 1 and possessive_name and gap in POSSESSIVE_GAPS):
                break
            lowered = tokens[j].lower
            # "the armed forces minister", "the state health secretary", "São Paulo's state
            # health secretary": right after the determiner, an adjective or a noun.
            modifier = j == i + 1 and (word.lower in ROLE_DETERMINERS or possessive_name)
            # ("the union representing Comstock County sheriff's deputies": a participle
            # with an object is a verb, not a modifier as in "the managing director".)
            participle = (
                lowered.endswith("ing")
                and j + 1 < len(tokens)
                and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].lower in DETERMINERS)
            )
            verb = (
                _past_verb(lowered)
                or lowered in VERB_FORMS
                or lowered in PRESENT_STANCE_VERBS
                or participle
            ) and not modifier
            function_word = lowered in NON_MODIFIERS and not (modifier and lowered in CLAUSE_VERBS)
            if function_word or verb:
                break
            # (A headline's "Suspended ministry spokesman's lawyer says": no determiner.)
            owner = word.lower in ROLE_DETERMINERS or opening_name
            owned = _owned_role_head(tokens, j, text) if owner else None
            if owned is not None and tokens[j].text.islower():
                # "the ministry's spokesman", "the minister's spokesperson": the owner's role.
                owner_at, head_at = j, owned
                break
            if lowered in ALL_ROLE_HEADS or j in named_heads:
                head_at = j
                more = j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " "
                # ("the chief operating officer": an office's field between two heads.)
                fielded = (
                    more
                    and lowered == "chief"
                    and j + 2 < len(tokens)
                    and tokens[j + 1].lower in C_SUITE_FIELDS
                    and tokens[j + 2].lower in ("officer", "executive")
                )
                led = _led_by_chief(tokens, j, text) if more and lowered == "chief" else None
                if led is not None:
                    head_at = led
                    break
                if not (more and (tokens[j + 1].lower in ALL_ROLE_HEADS or fielded)):
                    break
            elif head_at is not None and not (
                lowered in C_SUITE_FIELDS and tokens[head_at].lower == "chief" and j == head_at + 1
            ):
                break
        if head_at is None:
            continue
        head_at = _coordinated_head(tokens, head_at, text)
        if (affiliated or modified) and not _name_follows(tokens, head_at, text):
            continue
        if _before_plural_role(tokens, head_at, text):
            continue  # "the deputy chiefs": a group, not the deputy
        if tokens[head_at].lower == "speaker" and LOUDSPEAKER_AFTER.match(
            text, tokens[head_at].end
        ):
            continue  # "as it played from the speaker above the blackboard": a loudspeaker
        if tokens[head_at].lower == "official" and OFFICIAL_THING_AFTER.match(
            text, tokens[head_at].end
        ):
            continue  # "on its official website": what is official, not who
        if (
            tokens[head_at].lower == "producer"
            and tokens[head_at - 1].lower in GOODS
            and not FIRM_SCALE.isdisjoint(t.lower for t in tokens[max(0, head_at - 4) : head_at])
        ):
            continue  # "the world's largest oil producer": a firm or a country
        start, end = (tokens[0] if opening_run else word).start, tokens[head_at].end
        if taken.cuts(tokens[i + 1].start, end):
            continue
        first = (
            i + 1
            if possessive_name
            or word.lower in ROLE_DETERMINERS
            or acronym
            or affiliated
            or opening_run
            else i
        )
        # A capitalised word is an affiliation ("Labour leader"), unless a role's own word
        # ("its General Secretary" is the general secretary).
        role = " ".join(
            t.text
            if t.text[0].isupper() and i < j < head_at and t.lower not in ALL_ROLE_HEADS
            else t.lower
            for j, t in enumerate(tokens[first : head_at + 1], start=first)
            if t.lower != "own"
        )
        if owner_at is not None:
            # "the authority's chief" is the Authority's: the owner is an affiliation (as
            # "Labour" is in "Labour leader"), which tells it apart from the port's chief.
            owned = [t.lower for t in tokens[owner_at + 1 : head_at + 1] if t.lower != "own"]
            role = " ".join([tokens[owner_at].text.capitalize(), *owned])
        compound = COMPOUND_ROLE.match(text, tokens[head_at].start)
        if compound is not None:
            # "the chief of staff": one role, not a chief.
            end = compound.end()
            role = f"{role} {' '.join(compound['of'].lower().split())}"
        place = PLACE_OF_ROLE.match(text, end) if compound is None else None
        if place is not None:
            # "Cengiz Ulvi Poyraz, the mayor of Sarnıçlı,": the place is the role's own (so
            # he is not "the İzmir mayor").
            role = f"{place['place']} {role}"
        article = "indefinite" if word.lower in ("a", "an") else "definite"
        found.append(
            _role_mention(text, start, end, f"{article} role noun phrase", role, in_quotes)
        )
    return found + _bare_compound_roles(tokens, text, heads, found, in_quotes)


def _before_plural_role(tokens: list[_Word], at: int, text: str) -> bool:
    """Whether the role head at ``at`` only modifies a plural role right after it ("the
    deputy chiefs", "the assistant principals")."""
    if at + 1 >= len(tokens) or text[tokens[at].end : tokens[at + 1].start] != " ":
        return False
    following = tokens[at + 1].lower
    # (Not a verb with an object: "The senator chairs the finance committee".)
    after = tokens[at + 2].lower if at + 2 < len(tokens) else ""
    return (
        following.endswith("s")
        and (following[:-1] in ALL_ROLE_HEADS or following[:-2] in ALL_ROLE_HEADS)
        and after not in DETERMINERS
        and after not in QUANTIFIERS
        and not after.isdigit()
    )


def _owned_role_head(tokens: list[_Word], at: int, text: str) -> int | None:
    """The role head in "ministry's spokesman" or "minister's chief of staff" when the
    word at ``at`` owns it: after its "'s", up to three modifiers and a head."""
    if at + 1 >= len(tokens) or text[tokens[at].end : tokens[at + 1].start] not in ("'s ", "’s "):
        return None
    head = None
    for k in range(at + 1, min(at + 5, len(tokens))):
        lowered = tokens[k].lower
        if k > at + 1 and text[tokens[k - 1].end : tokens[k].start] != " ":
            break
        if lowered in NON_MODIFIERS or _past_verb(lowered) or lowered in VERB_FORMS:
            break
        # ("the department's head": a head of what owns it)
        # ("the hospital's chief nursing officer": a head, a modifier, and a head again.)
        if lowered in ALL_ROLE_HEADS or (lowered == "head" and k == at + 1):
            head = k
        elif head is not None and not tokens[k].text.islower():
            break
    return head


def _age_mentions(text: str, start: int, end: int, in_quotes: QuoteIndex) -> list[Mention]:
    """ "The 58-year-old said", "the 43-year-old, who ...": a person described by age
    alone, before a speech verb, a comma or a possessive."""
    return [
        _role_mention(text, m.start(), m.end(), "definite age noun phrase", AGE_ROLE, in_quotes)
        for m in AGE_PHRASE.finditer(text, start, end)
        if SPEECH_AFTER.match(text, m.end()) or text.startswith((",", "'s", "’s"), m.end())
    ]


def _role_mention(
    text: str, start: int, end: int, rule: str, role: str, in_quotes: QuoteIndex
) -> Mention:
    """A role phrase's mention, of a person not yet known."""
    return Mention(
        start,
        end,
        text[start:end],
        "role",
        "person",
        rule,
        in_quote=in_quotes.inside(start),
        role=role,
    )


def _bare_compound_roles(
    tokens: list[_Word], text: str, heads: list[int], found: list[Mention], in_quotes: QuoteIndex
) -> list[Mention]:
    """ "signed by chief of staff Maurice Ogola": a compound role with no determiner,
    right before a name (as "city manager Maurice Ogola" is a modifier and a head)."""
    bare = []
    for j in heads:
        compound = COMPOUND_ROLE.match(text, tokens[j].start)
        if compound is None or not tokens[j].text.islower():
            continue
        if j and (tokens[j - 1].lower in ROLE_DETERMINERS or _modifies_role(tokens[j - 1].lower)):
            continue  # "the chief of staff" is found as a phrase; a deputy's role is not his
        last = next((k for k in range(j, len(tokens)) if tokens[k].end >= compound.end()), j)
        start, end = tokens[j].start, compound.end()
        if not _name_follows(tokens, last, text) or any(m.start <= start < m.end for m in found):
            continue
        role = " ".join(compound.group().lower().split())
        bare.append(
            _role_mention(text, start, end, "compound role right before a name", role, in_quotes)
        )
    return bare


# Shorter words for the kind of an outlet: "the site" after "X, a regional website,".
SHORT_KINDS = {"site": "website", "paper": "newspaper"}


def _same_kind(described: str, head: str) -> bool:
    """Whether an apposition's word for a kind ("website") is the reference's ("site")."""
    return SHORT_KINDS.get(described, described) == SHORT_KINDS.get(head, head)


def _of_a_name(tokens: list[_Word], at: int, text: str) -> bool:
    """Whether ``tokens[at]`` is followed by "of", perhaps "the", and a capitalised word,
    or "the" and a word for a body ("the head of the union representing ...", "the head
    of its pilots' union")."""
    rest = tokens[at + 1 : at + 5]
    if len(rest) < 2 or rest[0].lower != "of" or text[tokens[at].end : rest[0].start] != " ":
        return False
    named = rest[2] if rest[1].lower == "the" and len(rest) > 2 else rest[1]
    owned = rest[1].lower in ("the", "its", "their")
    body = owned and any(w.lower in ORGANISATION_REFERENCE_HEADS for w in rest[2:4])
    return (named.text[0].isupper() and named.lower != "the") or body


# Roles of a head and what it is of, which make one role ("the chief of staff").
# Where a loudspeaker is, or what it is part of: "the speaker above the blackboard".
# What "official" describes when it is no one: "its official website", "the official
# residence".
OFFICIAL_THING_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:website|site|account|page|channel|feed|portal|app|handle|stream|livestream"
    # (Not "records" or "documents", verbs too: "A polling station official records each
    # voter's name".)
    r"|residence|visit|trip|statement|report|figures|data|duties"
    r"|business|capacity|language|car|vehicle|ceremony|launch|opening|letter|results"
    r"|transcript|video|photographs?|photos?|line|position|response|count|tally|toll)\b"
)
LOUDSPEAKER_AFTER = re.compile(
    r"\s+(?:(?:above|below|beneath|behind|over|under|on)\s+the\s+(?:blackboard|whiteboard|board"
    r"|door|stage|desk|screen|ceiling|window|wall)|mounted|system|systems|box|cabinet|grille)\b"
)
# Another name in apposition after a name: ", Edetaen Ojo," after "Media Rights Agenda".
NAME_APPOSED_AFTER = re.compile(
    r",\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+[a-z]"
)
# "the mayor of Sarnıçlı,": a role of a place named by one word, closing its phrase.
PLACE_OF_ROLE = re.compile(r"\s+of\s+(?P<place>(?-i:[A-ZÀ-ÖØ-ÞĀ-žİ])[\w'’-]*)(?=[,.])")
COMPOUND_ROLE = re.compile(
    # Not "a chief of staff to President Bill Clinton": whom it serves qualifies the head.
    r"(?:chief|head|secretary|director|minister)(?P<of>\s+of\s+(?:staff|police"
    r"|communications|government))\b(?!\s+to\b)",
    re.IGNORECASE,
)
# Words that may follow a reference's head in its clause: a verb, an auxiliary, a
# preposition, a relative ("the company said", "the group, which ...").
REFERENCE_FOLLOWERS = (
    VERB_FORMS | AUXILIARIES | PREPOSITIONS | frozenset("which that who and or but also".split())
)
REFERENCE_HEADS = OUTLET_REFERENCE_HEADS | ORGANISATION_REFERENCE_HEADS
ACCORDING_TO_THE = re.compile(r"\baccording\s+to\s+the\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# How far back a definite reference ("the company") looks for what it names.
REFERENCE_REACH = 600
# Modifiers that stand capitalised in a reference: "the Eastvale-based group".
ATTACHED_MODIFIER = re.compile(r"[\w'’.]+-(?:based|owned|run|backed|funded|registered)$")


def _organisation_references(
    tokens: list[_Word],
    text: str,
    named: list[Mention],
    in_quotes: QuoteIndex,
    full_names: dict[int | None, str],
) -> list[Mention]:
    """ "The newspaper said", "the Eastvale-based group posted it": "the", up to
    three modifiers and a head of :data:`ORGANISATION_REFERENCE_HEADS` or
    :data:`OUTLET_REFERENCE_HEADS`, refer to the organisation or outlet named last
    before them (within ``REFERENCE_REACH`` characters), when its kind fits the head.
    Not "the group of protesters", "the union's general secretary", nor inside a
    quotation; nor a name owned by another ("its Nightcap podcast").
    """
    found = []
    for j, head in enumerate(tokens):
        outlet_head = head.lower in OUTLET_REFERENCE_HEADS
        known_head = outlet_head or head.lower in ORGANISATION_REFERENCE_HEADS
        if not known_head or not head.text.islower():
            continue
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if following is not None and following.lower in ("of", "for") and text[head.end] == " ":
            continue
        possessive = text[head.end : head.end + 1] in ("'", "’")
        if possessive and BOARD_AFTER.match(text, head.end) is None:
            continue  # "the union's general secretary": a person's phrase
        # "..., according to the channel.": the source of what came before.
        according = ACCORDING_TO_THE.search(text, max(0, head.start - 60), head.start)
        ends_source = according is not None and text[head.end : head.end + 1] in (".", ",", ";")
        # "The association, which represents 160 firefighters, called for": a relative
        # clause between the subject and its verb.
        relative = (
            following is not None
            and following.lower in ("which", "whose")
            and text[head.end : following.start] == ", "
        )
        spaced = following is not None and text[head.end : following.start] == " "
        if not (ends_source or spaced or relative or possessive):
            continue  # "to alter the campaign, noted X": no subject of what follows
        lowered = following.lower if following is not None else ""
        clause_goes_on = (
            relative
            or possessive  # "the cooperative's board of directors said"
            or lowered in REFERENCE_FOLLOWERS
            or lowered.endswith(("ed", "ly"))
        )
        if not (clause_goes_on or ends_source):
            continue  # "the department footage": the head of a longer noun
        i = j - 1
        while i >= 0 and j - i <= 4 and text[tokens[i].end : tokens[i + 1].start] == " ":
            word = tokens[i]
            if word.lower == "the":
                break
            modifier = word.text.islower() or ATTACHED_MODIFIER.match(word.text) is not None
            # A verb's form is no modifier, unless it is one too ("the state government").
            verb = word.lower in NON_MODIFIERS or word.lower in VERB_FORMS
            if not modifier or (verb and word.lower not in PREMODIFIERS):
                i = -1
                break
            i -= 1
        if i < 0 or tokens[i].lower != "the" or in_quotes.inside(tokens[i].start):
            continue
        start = tokens[i].start
        kinds = (
            ("outlet",)
            if outlet_head
            else ("organisation", "outlet")
            if head.lower in EITHER_REFERENCE_HEADS
            else ("organisation",)
        )
        low = bisect_left(named, start, key=lambda m: m.start)
        before = [
            m
            for m in reversed(named[:low])
            if m.end <= start
            and m.kind in kinds
            and not _possessed(text, m)
            # ("circulating on WhatsApp platforms. The station said": a platform is no
            # station, paper or channel.)
            and not (head.lower in OUTLET_REFERENCE_HEADS and m.text.lower() in PLATFORM_NAMES)
        ]
        # An acronym says nothing of its kind; its body's full name does ("FSWUN" is a
        # union, no bank).
        fitting = [
            m
            for m in before
            if _head_fits(head.lower, full_names.get(m.entity, m.text))
            and not (head.lower in BROADCASTER_HEADS and _apposed_programme(text, m))
        ]
        # "the youth group" after "the Sokwara Youth Vanguard": a modifier its name holds
        # says which, however far back it was named.
        modifiers = {w.lower for w in tokens[i + 1 : j]}
        described = [m for m in fitting if not modifiers.isdisjoint(m.text.lower().split())]
        # "the federation" after "the Inshore Fishing Federation" and then a street:
        # of the bodies within reach, one whose name holds the head.
        headed = [
            m
            for m in fitting
            if _holds_head(head.lower, m.text) and start - m.end <= REFERENCE_REACH
        ]
        # "The club said" long after "SC Elbwerder": the only body named as one.
        kind = [m for m in fitting if _names_kind(head.lower, m.text)]
        only = kind[:1] if len({m.entity for m in kind}) == 1 else []
        # "the group" after "Open Government Watch, a nonpartisan group,": the body its
        # apposition calls that, not another named since.
        apposed = [
            m
            for m in before
            if (kind_after := KIND_IN_APPOSITION.match(text, m.end)) is not None
            and _same_kind(kind_after["head"].lower(), head.lower)
        ]
        antecedent = next(iter(described or apposed[:1] or headed or only or fitting), None)
        if antecedent is None or (
            not (described or apposed or only) and start - antecedent.end > REFERENCE_REACH
        ):
            continue
        if text[antecedent.end : start] in (", ", ","):
            continue  # "USCIS, the agency that oversees it,": an apposition, part of the name's
        after = bisect_left(named, head.end + 1, key=lambda m: m.start)
        if after < len(named) and named[after].start == head.end + 1:
            continue  # "The national television channel Red Austral": the name it describes
        found.append(
            Mention(
                start,
                head.end,
                text[start : head.end],
                "role",
                antecedent.kind,
                f"'the {head.lower}': the {antecedent.kind} named before",
                antecedent.entity,
            )
        )
    return found


# ", which has about 650 members,", ", a group of ...": an aside on what a body is.
BODY_ASIDE = re.compile(r",\s+(?:which|whose|an?)\s")


def _lede_body(
    tokens: list[_Word], text: str, lede: Sentence, segments: Segments, named: list[Mention]
) -> list[Mention]:
    """ "An elders' group in the Nawakee Nation on Tuesday called on ...", then "the
    Nawakee Elders Circle, a group of ..., said": a lede opened by a body of a kind,
    described by its own words, is the body named in the next two paragraphs whose
    name holds one of them, when the text has not named it before."""
    if len(tokens) < 2 or tokens[0].lower not in ("a", "an"):
        return []
    head_at = next(
        (j for j, w in enumerate(tokens[1:5], 1) if w.lower in ORGANISATION_REFERENCE_HEADS), None
    )
    if head_at is None or not all(w.text.islower() for w in tokens[1:head_at]):
        return []
    words = {w.lower.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in tokens[1:head_at]}
    reach = segments.paragraphs[min(lede.paragraph + 2, len(segments.paragraphs) - 1)].end
    later = [m for m in named if lede.end <= m.start < reach and m.kind == "organisation"]
    if head_at == 1:
        # "An association representing Salzburg's freelance musicians has defended ...",
        # then "The Salzburger Künstlerforum, which has about 650 members, said": with no
        # word of its own before the head, the body that opens the next paragraph.
        following = segments.paragraphs[min(lede.paragraph + 1, len(segments.paragraphs) - 1)]
        # (With an aside on what it is: not "A company has admitted ...", then "The Health
        # and Safety Executive said", the other side.)
        body = next(
            (
                m
                for m in later
                if following.start <= m.start <= following.start + len("The ")
                and BODY_ASIDE.match(text, m.end)
            ),
            None,
        )
    else:
        body = next(
            (
                m
                for m in later
                if not words.isdisjoint(w.strip("'’") for w in m.text.lower().split())
            ),
            None,
        )
    if body is None or any(m.entity == body.entity and m.start < lede.start for m in named):
        return []
    head = tokens[head_at]
    rule = f"'{tokens[0].lower} ... {head.lower}': the {head.lower} the next paragraphs name"
    start = tokens[0].start
    return [
        Mention(start, head.end, text[start : head.end], "role", "organisation", rule, body.entity)
    ]


LIST_GOES_ON_AFTER = re.compile(r"\s+(?:and|or)\s")
# "Miners said in a statement": a body's words, whatever opens the sentence.
SAID_AS_A_BODY = re.compile(r"\s+(?:said|says)\s+(?:in\s+a\s+statement|on\s+its)\b")
# "The union's chair, the pianist Lena Brandstätter,": a second role, then the name.
DESCRIBED_GAP = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){1,3}")


def _described_name(
    mentions: list[Mention], following: Mention | None, text: str, role_end: int
) -> Mention | None:
    """The name right after a role mention that follows a comma: the one a role and
    a second described role stand for."""
    if following is None or following.form != "role" or text[role_end : role_end + 1] != ",":
        return None
    # (Closed by a comma or its verb: not "The mayor, the police chief Anna Berg and the
    # fire chief Paul Kern met", a list.)
    return next(
        (
            m
            for m in mentions
            if m.start == following.end + 1
            and m.form in ("name", "surname")
            and not LIST_GOES_ON_AFTER.match(text, m.end)
        ),
        None,
    )


# ", a nonpartisan good-government group,": what kind of body a name is, after it.
KIND_IN_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+)"
    # ("Radio Cauce, a regional station based in Valdivia,": what it is, then where.)
    r"(?:[,.]|\s+(?:based|owned|run)\s+(?:in|by)\b)"
)
# Words for a programme, which "the station" after it does not refer to: "El Descuento,
# the station's late-night sports programme".
PROGRAMME_HEADS = frozenset("programme program show podcast bulletin".split())


def _apposed_programme(text: str, mention: Mention) -> bool:
    """Whether an apposition after a name calls it a programme."""
    kind_after = KIND_IN_APPOSITION.match(text, mention.end)
    return kind_after is not None and kind_after["head"].lower() in PROGRAMME_HEADS


# Goods whose producer is a firm or a country, not a person ("the largest oil producer").
GOODS = frozenset(
    "oil gas steel copper gold silver iron coal wine milk dairy coffee cocoa tea sugar grain"
    " wheat rice beef pork meat egg cotton timber lithium nickel zinc aluminium aluminum"
    " uranium cement crude energy power electricity chip car vehicle food".split()
)
# How big a producer is, as firms and countries are ranked (not "a cocoa producer from
# Kumasi", a farmer).
FIRM_SCALE = frozenset(
    "largest biggest leading major top second-largest third-largest world's state-owned"
    " national".split()
)
# Public bodies, which "the group" or "the organisation" does not refer to.
INSTITUTION_WORDS = frozenset(
    "council ministry department government parliament congress senate house court police "
    "army navy force university college school hospital church administration cabinet "
    "bureau office".split()
)


# Kinds of body that go by each other's name: "the coalition" is the Civic Alliance.
KINDS_ALIKE = {"alliance": ("coalition",), "coalition": ("alliance",)}


# Short forms of a kind of body in their names: "SC Elbwerder" is a club.
ABBREVIATED_KINDS = dict.fromkeys(
    "fc sc afc sv vfb vfl cd ud cf sd ssc kk nk hk rk".split(), "club"
)


def _holds_head(head: str, name: str) -> bool:
    """Whether a body's name holds a reference's head, or its short form ("the club"
    of "FC Wesermünde")."""
    return head in {ABBREVIATED_KINDS.get(word, word) for word in name.lower().split()}


def _names_kind(head: str, name: str) -> bool:
    """Whether a body's name says it is of the head's kind: by its last word ("Densu
    Valley University", not "Association of University Lecturers"), the word before its
    "of" ("Ministry of Agriculture") or a short form ("SC Elbwerder")."""
    words = name.lower().split()
    of = words.index("of") if "of" in words else 0
    # ("Commission nationale des élections": a name that goes on in lower case is headed
    # by its first word.)
    lower_case_after = len(words) > 1 and name.split()[1][:1].islower()
    return (
        words[-1] == head
        or (of > 0 and words[of - 1] == head)
        or (lower_case_after and words[0] == head)
        or any(ABBREVIATED_KINDS.get(word) == head for word in words)
    )


# Heads that refer only to a body whose name holds them: "the office" is the Prime
# Minister's Office, never a broadcaster named before it.
HEADS_NAMED_ONLY = frozenset(
    "office municipality delegation prefecture directorate department ministry".split()
)


def _head_fits(head: str, name: str) -> bool:
    """Whether "the <head>" can refer to an organisation of this name: not "the
    league" to "Harbour Council", nor "the group" to it, as its name says it is
    another kind."""
    kinds = {
        ABBREVIATED_KINDS.get(word, ORGANISATION_WORDS_ABROAD.get(word, word))
        for word in ORGANISATION_WORDS.intersection(name.lower().split())
    }
    words = name.split()
    if words and (words[-1] in LEGAL_FORMS_AFTER or words[0] in LEGAL_FORMS_BEFORE):
        kinds.add("company")  # "Ulaan Gal LLC" is no council
    alike = {other for kind in kinds for other in KINDS_ALIKE.get(kind, ())}
    if head in HEADS_NAMED_ONLY:
        return head in kinds  # "the office" after "the Prime Minister's Office" only
    if not kinds or head in kinds or head in alike or head in OUTLET_REFERENCE_HEADS:
        return True  # "the broadcaster": an outlet, whatever its name ("... Radio Service")
    if head in EITHER_REFERENCE_HEADS:
        return kinds.isdisjoint(INSTITUTION_WORDS)
    return head in ("company", "firm") and kinds <= CORPORATE_WORDS


def _possessed(text: str, mention: Mention) -> bool:
    """ "its Nightcap podcast": a name owned by another is part of it, not what a
    later "the newspaper" refers to."""
    before = text[max(0, mention.start - 6) : mention.start].lower().split()
    return bool(before) and before[-1] in ("its", "their", "his", "her")


def _coordinated_head(tokens: list[_Word], head_at: int, text: str) -> int:
    """ "co-founder and chief technology officer": a second role joined by "and" (up
    to three modifiers before its head) extends the phrase to its head."""
    if head_at + 2 >= len(tokens) or tokens[head_at + 1].lower != "and":
        return head_at
    last = head_at
    for k in range(head_at + 2, min(head_at + 6, len(tokens))):
        lowered = tokens[k].lower
        joined = text[tokens[k - 1].end : tokens[k].start] == " "
        modifier = tokens[k].text.islower() and lowered not in NON_MODIFIERS | VERB_FORMS
        if not (joined and modifier):
            break
        if lowered in ALL_ROLE_HEADS:
            last = k  # "chief technology officer": the last head of the run
    return last


def _past_verb(lowered: str) -> bool:
    """ "The Civic Party expelled Marlbury councillor ...": a past form no role
    phrase holds ends it ("the embattled mayor" is a modifier)."""
    return past_form(lowered) and lowered not in ALL_ROLE_HEADS


def _modifies_role(lowered: str) -> bool:
    """ "board president", "math teacher": a lower-case word that may stand before
    a role as its modifier (not "calls coach", "suspended teacher")."""
    return lowered not in NON_MODIFIERS and lowered not in VERB_FORMS and not _past_verb(lowered)


def _name_follows(tokens: list[_Word], head_at: int, text: str) -> bool:
    """Whether a capitalised word (a name) follows the role head after one space."""
    following = tokens[head_at + 1] if head_at + 1 < len(tokens) else None
    return (
        following is not None
        and following.text[0].isupper()
        and text[tokens[head_at].end : following.start] == " "
    )


class _Taken:
    """The spans of the names found, to tell whether a role phrase would cut one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def cuts(self, inner: int, end: int) -> bool:
        """Whether a name overlaps ``[inner, end)`` without lying inside it."""
        low = bisect_left(self.starts, inner - self.longest)
        high = bisect_left(self.starts, end)
        return any(inner < e and (s < inner or e > end) for s, e in self.spans[low:high])


def _pronoun_mentions(tokens: list[_Word]) -> list[Mention]:
    found = []
    for word in tokens:
        pronoun = PRONOUNS.get(word.lower)
        if pronoun:
            found.append(
                Mention(
                    word.start,
                    word.end,
                    word.text,
                    "pronoun",
                    "person",
                    "third-person pronoun",
                    gender=pronoun[0],
                )
            )
    return found


# A building or street named for those who work there: "Downing Street said".
SEAT_WORDS = frozenset("street avenue palace hall square".split())
FIRST_NAME_HONORIFICS = frozenset(("sir", "dame", "ato", "weizero", "woizero", "kak", "mamosta"))
# Titles of peers, which with one name after them are the name: "Lord Veʻevalu".
PEERAGES = frozenset(("lord", "lady", "baron", "baroness"))
OWN_OUTLET = re.compile(
    r"\b(?:this|our)\s+(?:newspaper|paper|website|site|programme|program|station|publication|"
    r"magazine|news organisation|news organization)\b",
    re.IGNORECASE,
)
BRACKETED_INITIALS = re.compile(r" \([A-Z][A-Za-z]*[A-Z]\)")
COMMA_INITIALS = re.compile(r",\s[A-Z][A-Za-z]*[A-Z](?=,\s)|\s\([A-Z][A-Za-z]*[A-Z]\)(?=,\s)")
# ("The chair of the state-owned Derwent Ports Corporation, X": a word or two that say
# what kind of body.)
ROLE_QUALIFIER = re.compile(r"\s+(?:of|at|for|to|in)\s+(?:the\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,2}$")
# "The mayor of Yeşilkaya, X,", "The mayor of Istanbul's Yeşilkaya district, X,": what
# a role is of, no mention of its own or past one, then the name.
QUALIFIED_GAP = re.compile(r"\s+(?:of|at|for|in)\s+(?:[\w.'’-]+\s+){0,5}[\w.'’-]+,\s+")
# The rest of a qualifier past its mention: "of Istanbul|'s Yeşilkaya district, X", "of the
# Army|'s XXIV/Klabat Regional Military Command (Kodam), X".
QUALIFIER_REST = re.compile(r"['’]s\s+(?:[\w.'’/-]+\s+){0,4}[\w.'’/-]+(?:\s+\([A-Z][\w-]*\))?,\s+")


def _link_appositions(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    """Tie a role to the name beside it.

    "his chief adviser Ann Moss", "Jane Doe, the party's treasurer,",
    "the chief executive, Jane Doe,".
    """
    qualifiers: set[int] = set()
    for i, mention in enumerate(mentions):
        if mention.form not in ("role", "title") or mention.entity is not None or i in qualifiers:
            continue
        at = next(
            (k for k in range(i + 1, len(mentions)) if mentions[k].start >= mention.end), None
        )
        following = mentions[at] if at is not None else None
        role_end = mention.end
        if at is not None and ROLE_QUALIFIER.match(text[mention.end : mentions[at].start]):
            # "The chairman of the Football Association, Richard Vane": past the organisation;
            # "the Chief of Staff to the Governor, X": past whom the role serves, who is not X.
            qualifiers.add(at)
            role_end = mentions[at].end
            # "the chairman of the Ports Authority (LPHA), X,": past the body's initials too.
            initials = BRACKETED_INITIALS.match(text, role_end)
            role_end = initials.end() if initials is not None else role_end
            # (Past other bodies in the qualifier: "the Army's XXIV/Klabat Command".)
            following = next(
                (
                    m
                    for m in mentions[i + 1 :]
                    if m.start >= role_end
                    and (m.form != "name" or m.kind == "person" or m.start > role_end + 80)
                ),
                None,
            )
        initials = COMMA_INITIALS.match(text, role_end)
        if initials is not None:
            # "the Director General of the Wouri Port Operations Agency, WPOA, Mr X,": past
            # the body's initials between commas, as Cameroonian and Nigerian papers write
            # (or in brackets: "of the National Association of Nurses (NANM), Mr X,").
            role_end = initials.end()
            following = next((m for m in mentions[i + 1 :] if m.start >= role_end), None)
        preceding = next((m for m in reversed(mentions[:i]) if m.end <= mention.start), None)
        described = _described_name(mentions, following, text, role_end)
        following = described or following
        if role_end == mention.end and text[role_end : role_end + 2] in ("'s", "’s"):
            # "Mr Nsiah, the Regional Minister's office": whose office, not who Mr Nsiah is.
            preceding = None
        for other in (following, preceding):
            if other is None or other.entity is None or other.form not in ("name", "surname"):
                continue
            if entities[other.entity].kind != "person":
                continue
            gap = (
                text[role_end : other.start]
                if other.start > mention.start
                else text[other.end : mention.start]
            )
            after = other.start > mention.start
            qualified = QUALIFIER_REST if role_end > mention.end else QUALIFIED_GAP
            apposed = (
                APPOSITION_GAP.match(gap)
                or (other is described and DESCRIBED_GAP.fullmatch(gap) is not None)
                # ("The commander of the command, Maj. Gen. X,": titles before the name;
                # not "After the commander of the Division quit, Gen. X said": a clause.)
                or (
                    after
                    and (_titled_apposition(gap) or qualified.fullmatch(_before_titles(gap)))
                    and not _holds_a_clause(text, mention.start, gap)
                )
                # "X, the Intendencia de Montevideo's director": the rest of the name
                # owning the role.
                or (not after and POSSESSOR_GAP.fullmatch(gap) and "'s " in mention.text)
            )
            if not apposed or (not after and "," not in gap):
                continue
            if not after and _object_then_subject(text, other, mention):
                continue
            mentions[i] = evolve(mention, entity=other.entity, rule="apposition with a name")
            entity = entities[other.entity]
            if mention.role and mention.role not in entity.roles:
                entities[other.entity] = evolve(entity, roles=(*entity.roles, mention.role))
            break


def _object_then_subject(text: str, name: Mention, role: Mention) -> bool:
    """ "Asked whether he had sent notes about Montoro, the agent said": a name ending
    a clause, after a preposition, and the subject of the next one, right before its
    verb of saying, are two people."""
    before = text[max(0, name.start - 12) : name.start].split()
    return (
        bool(before)
        and before[-1].lower() in PREPOSITIONS
        and SAID_RIGHT_AFTER.match(text, role.end) is not None
    )


SAID_RIGHT_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|added|replied|insisted|wrote|writes|argued|explained)\b"
)
# ", who served as attorney general under two prime ministers,": a role held.
SERVED_AS = re.compile(
    # (", who was Parramore's vice-chancellor for 12 years,": a role held, by its body.)
    r",\s+who\s+(?:(?:has\s+|had\s+|once\s+)?(?:served|serves|worked|works)\s+as\s+"
    r"|(?:was|is)\s+(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*['’]s\s+))"
    r"(?:(?:a|an|the)\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}(?:"
    + "|".join(sorted(ALL_ROLE_HEADS))
    + r"))\b"
)


def _roles_served(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    """Give a person the role a relative clause says they held: "Dame Ann Hale KC, who
    served as attorney general under two prime ministers," is an attorney general (so
    that a lede's "A former attorney general" can be her)."""
    ends = {m.end: m.entity for m in mentions if m.entity is not None and m.kind == "person"}
    for match in SERVED_AS.finditer(text):
        entity = ends.get(match.start())
        if entity is None:
            continue
        role = match["role"]
        if {"for", "as", "to"} & set(role.split()):
            continue  # "who was Biden's pick for attorney general": no role of hers
        if role not in entities[entity].roles:
            entities[entity] = evolve(entities[entity], roles=(*entities[entity].roles, role))


# "the Wolves' board", "the cooperative's board of directors", "the board of the Central
# Highlands Farmers' Union", "the Wolves board": a body's board, which speaks as one.
BOARD_AFTER = re.compile(r"(?:['’]s?)?\s+board(?:\s+of\s+directors)?\b")
BOARD_BEFORE = re.compile(r"\b(?i:the)\s+board(?:\s+of\s+directors)?\s+of\s+(?:the\s+)?$")
THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
OF_BEFORE = re.compile(r"\bof\s+$")


def _boards(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    """Make a body's board a body of its own, "<body> board", for the mentions that name
    it by its body ("the union's board", "the board of the union") and, after one, for a
    bare "the board"."""
    boards: dict[int, int] = {}
    found: list[Mention] = []
    for mention in mentions:
        body = mention.entity
        if body is None or mention.in_quote or entities[body].kind != "organisation":
            continue
        if entities[body].name.lower().endswith("board"):
            continue
        after = BOARD_AFTER.match(text, mention.end)
        before = BOARD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        the = THE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if after is not None and (
            text[mention.end : after.start() + 2].startswith(("'", "’"))
            or the
            or mention.form == "role"
        ):
            start, end = the.start() if the else mention.start, after.end()
        elif before is not None:
            start, end = before.start(), mention.end
        else:
            continue
        if OF_BEFORE.search(text, max(0, start - 4), start):
            continue  # "The president of the Alder Creek School District board": its member
        if body not in boards:
            boards[body] = len(entities)
            entities.append(Entity(f"{entities[body].name} board", "organisation"))
        rule = f"the board of '{entities[body].name}'"
        found.append(
            Mention(start, end, text[start:end], "role", "organisation", rule, boards[body])
        )
    if not found:
        return
    # (Not the body's own name inside "the board of the union": the union is still named.)
    spans = [(m.start, m.end) for m in found]
    kept = [
        m
        for m in mentions
        if m.form == "name" or not any(a <= m.start and m.end <= b for a, b in spans)
    ]
    # A bare "the board" after one is named is that board.
    latest = None
    for mention in sorted(kept + found, key=lambda m: m.start):
        if mention in found:
            latest = mention.entity
        elif latest is not None and mention.text.lower() in ("the board", "the board of directors"):
            kept[kept.index(mention)] = evolve(
                mention, entity=latest, rule="the board named before"
            )
    mentions[:] = sorted(kept + found, key=lambda m: (m.start, -m.end))


def _mark_possessors(mentions: list[Mention]) -> None:
    """Record, for "his X" or "Smith's X", which mention owns the role X."""
    owner_at = {
        m.start: i
        for i, m in enumerate(mentions)
        if m.form == "pronoun" or (m.kind == "person" and m.form in ("name", "surname"))
    }
    for i, mention in enumerate(mentions):
        if mention.form == "role" and mention.start in owner_at:
            mentions[i] = evolve(mention, possessor=owner_at[mention.start])


def _ends_of_body_names(
    classified: list[tuple[_Name, bool]], text: str
) -> list[tuple[_Name, bool]]:
    """ "Ribera Norte said" after "Club Atlético Ribera Norte": two words taken for a
    person's name only because a speech verb follows are the end of a body's name."""
    bodies = {
        " ".join(text[n.start : n.end].lower().split())
        for n, _ in classified
        if n.kind == "organisation" and len(n.tokens) >= 3 and n.tokens[0].lower() in CLUB_OPENERS
    }
    found = []
    for name, quoted in classified:
        tail = " " + " ".join(text[name.start : name.end].lower().split())
        if name.rule == SPEAKER_GUESS and len([b for b in bodies if b.endswith(tail)]) == 1:
            name = evolve(name, kind="organisation", rule="the end of an organisation's name")
        found.append((name, quoted))
    return found


# "The Kurohama city government", "the Bali provincial government": a place's government
# named by the place and its level, in lower case.
PLACE_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:city|provincial|state|municipal|regional|county|district|prefectural|metropolitan)"
    r"\s+(?:government|administration)\b"
)


def _place_governments(classified: list[tuple[_Name, bool]], text: str) -> list[tuple[_Name, bool]]:
    """A place's name before its level and "government" names the government, a body:
    "The Kurohama city government streams the news conference live"."""
    found = []
    for name, quoted in classified:
        after = PLACE_GOVERNMENT_AFTER.match(text, name.end)
        if after is not None and name.kind in ("place", "unknown", "person") and not name.role:
            name = evolve(
                name,
                end=after.end(),
                kind="organisation",
                rule="a place's government",
                tokens=(*name.tokens, *after.group().split()),
                gender=None,
            )
        found.append((name, quoted))
    return found


def find_mentions(
    article: Article, segments: Segments, quote_spans: Sequence[QuoteSpan]
) -> Mentions:
    """Every name, title, role and pronoun mention, and the entities named."""
    text = article.text
    in_quotes = QuoteIndex.text_of(quote_spans)
    headline_end = max((s.end for s in segments.sentences if s.paragraph == 0), default=0)
    clusters = _Clusters(article.outlet, headline_end)
    sentence_tokens = _sentence_words(text, segments.sentences)
    runs = [
        _runs(tokens, text, s.start)
        for s, tokens in zip(segments.sentences, sentence_tokens, strict=True)
    ]
    # Surnames the text gives with an honorific or a short title ("Mr Smith",
    # "Cllr Lennox"): a first name before one of them makes a person's name.
    surnames = frozenset(
        run[-1].text for sentence_runs in runs for run in sentence_runs if _titled_surname(run)
    )
    classified: list[tuple[_Name, bool]] = []
    dateline = _dateline(text, segments, runs)
    for sentence, sentence_runs in zip(segments.sentences, runs, strict=True):
        for run in sentence_runs:
            if run is dateline:
                classified.append((_span(run, "place", "name", "dateline before a colon"), False))
                continue
            before = text[sentence.start : run[0].start]
            # "MUMBAI: Actor Aman Sabharwal ...": after a dateline, the sentence opens.
            opening = (
                before.strip(" \"'“‘(•-–—") == "" or COLON_DATELINE.fullmatch(before) is not None
            )
            for name in _classify(run, text, opening, surnames):
                classified.append((_unless_former(name, text), in_quotes.inside(name.start)))
    classified = _titles_by_initials(_bodies_named_again(classified, text, article.outlet), text)
    classified = _place_governments(_ends_of_body_names(classified, text), text)
    placed = [
        (
            name.start,
            clusters.full_name(name, quoted, " ".join(text[name.start : name.end].split())),
        )
        for name, quoted in classified
        if name.kind == "person" and len(name.tokens) >= 2
    ]
    named_at: dict[int, int] = {}
    for start, index in placed:
        named_at.setdefault(start, index)
    mentions = []
    for number, (name, quoted) in enumerate(classified):
        following = classified[number + 1][0] if number + 1 < len(classified) else None
        acronym = (
            text[following.start : following.end]
            if following is not None and _acronym_of(name, following, text)
            else None
        )
        if acronym is not None:
            # "PCB chairman ..." in the headline, "Pakistan Cricket Board (PCB)" later.
            clusters.spelled_out(name.kind, text[name.start : name.end], acronym)
        mention = _mention(name, quoted, clusters, placed, named_at, text)
        if mention is None:
            continue
        mentions.append(mention)
        if acronym is not None and following is not None and mention.entity is not None:
            kind = name.kind if following.kind == "unknown" else following.kind
            clusters.alias(kind, acronym, mention.entity)
    if article.outlet:
        mentions.extend(_own_outlet(article.outlet, text, clusters, in_quotes))
    named = sorted(
        (m for m in mentions if m.kind in ("organisation", "outlet") and not m.in_quote),
        key=lambda m: m.start,
    )
    # Only sentences holding a reference's head are read for one.
    index = word_index(text)
    with_head = {
        segments.sentence_at(index.starts[position]).index
        for position, word in enumerate(index.texts)
        if word in REFERENCE_HEADS
    }
    # The longest name each body is given: what a reference's head must fit.
    full_names: dict[int | None, str] = {
        m.entity: m.text
        for m in sorted(named, key=lambda m: len(m.text))
        if m.entity is not None and m.form == "name"
    }
    for number in sorted(with_head):
        mentions.extend(
            _organisation_references(sentence_tokens[number], text, named, in_quotes, full_names)
        )
    lede = next(
        (s for s in segments.sentences if segments.paragraphs[s.paragraph].kind == "body"), None
    )
    if lede is not None and lede.index in with_head:
        mentions.extend(_lede_body(sentence_tokens[lede.index], text, lede, segments, named))
    taken = _Taken([(m.start, m.end) for m in mentions if m.kind == "person"])
    for number, tokens in enumerate(sentence_tokens):
        headline = number == 0 and segments.sentences[0].paragraph == 0
        mentions.extend(_role_mentions(tokens, text, taken, in_quotes, headline))
        sentence = segments.sentences[number]
        mentions.extend(_age_mentions(text, sentence.start, sentence.end, in_quotes))
        mentions.extend(m for m in _pronoun_mentions(tokens) if not in_quotes.inside(m.start))
    outlets: set[tuple[int, int, int | None]] = set()
    kept = []
    for mention in map(partial(_outlet_or_role, clusters=clusters), mentions):
        if mention is None or (
            mention.kind == "outlet" and (mention.start, mention.end, mention.entity) in outlets
        ):
            continue  # a title and a role phrase on one span: one outlet mention
        if mention.kind == "outlet":
            outlets.add((mention.start, mention.end, mention.entity))
        kept.append(mention)
    mentions = kept
    mentions.sort(key=lambda m: (m.start, -m.end))
    entities = clusters.build()
    _boards(text, mentions, entities)
    _link_appositions(text, mentions, entities)
    _roles_served(text, mentions, entities)
    _mark_possessors(mentions)
    return Mentions(tuple(mentions), tuple(entities))


def _acronym_of(name: _Name, following: _Name, text: str) -> bool:
    """ "the Albion Football Association (AFA)": an acronym in brackets right after an
    organisation's name is that organisation, made of its capitalised words' initials or,
    three letters or more after a name of two words or more, of its name in another
    language ("the Italian Match Officials' Association (AUGI)"; not "the Met Office (UK)")."""
    acronym = text[following.start : following.end]
    if name.kind not in ("organisation", "outlet") or text[name.end : following.start] != " (":
        return False
    spelled = _initials_spell(name.tokens, acronym) or (
        len(name.tokens) >= 2 and ACRONYM.fullmatch(acronym) is not None
    )
    # "the Sindicato de Estibadores Bahía de Valparaíso (Sebval)": a short name made of
    # its syllables, opening as the name does.
    short = (
        len(name.tokens) >= 3
        and SHORT_NAME.fullmatch(acronym) is not None
        and _pieces_of(acronym.lower(), [t.lower() for t in name.tokens if t[:1].isupper()])
    )
    return (spelled or short) and text[following.end : following.end + 1] == ")"


def _pieces_of(short: str, words: list[str], first: bool = True) -> bool:
    """Whether ``short`` is the openings of some of ``words``, in order, the first word's
    first ("sebval": Sindicato, Estibadores, Bahía, Valparaíso; not "calama" of Club
    Deportivo Cobreloa)."""
    if not short:
        return True
    for position, word in enumerate(words[:1] if first else words):
        for size in range(1, min(len(short), len(word)) + 1):
            if short[:size] != word[:size]:
                break
            if _pieces_of(short[size:], words[position + 1 :], first=False):
                return True
    return False


def _spelled_by(run: Sequence[_Word], acronym: str) -> bool:
    """Whether the acronym spells the run's capitalised words (see :func:`_initials_spell`)."""
    return _initials_spell([word.text for word in run], acronym)


def _initials_spell(words: Sequence[str], acronym: str) -> bool:
    """Whether an acronym is made of the capitalised words' initials, in order (with a
    word's further letters, if any: "Centre for Procurement Integrity and
    Accountability (CEPIA)")."""
    initials = "".join(word[0] for word in words if word[:1].isupper() and word != "The")
    letters = iter(acronym)
    in_order = all(initial in letters for initial in initials)
    # "Sokwara Civil Society Coalition for Credible Elections (SCCE)": some words left out,
    # the first and the last kept.
    remaining = iter(initials)
    shortened = (
        len(acronym) >= 3
        and acronym[-1:] == initials[-1:]
        and all(letter in remaining for letter in acronym)
    )
    return acronym.isupper() and acronym[:1] == initials[:1] and (in_order or shortened)


def _outlet_or_role(mention: Mention, clusters: _Clusters) -> Mention | None:
    """ "The Reporter" after "the Ohio Valley Reporter": a role or title that is
    the end of an outlet's name, capitalised, names the outlet, not a reporter
    (and one that is the whole name is no mention beside the name's own)."""
    if mention.form not in ("role", "title"):
        return mention
    words = mention.text.split()
    named = " ".join(words[1:] if words[0].lower() == "the" else words)
    if not named[:1].isupper():
        return mention
    if clusters.is_outlet(named):
        return None
    outlet = clusters.outlet_ending(named)
    if outlet is None:
        return mention
    rule = "the end of an outlet's name"
    return evolve(mention, form="name", kind="outlet", rule=rule, entity=outlet, role=None)


def _own_outlet(
    outlet: str, text: str, clusters: _Clusters, in_quotes: QuoteIndex
) -> list[Mention]:
    """ "seen by this newspaper": the outlet that publishes the article."""
    matches = [m for m in OWN_OUTLET.finditer(text) if not in_quotes.inside(m.start())]
    if not matches:
        return []
    entity = clusters.other("outlet", outlet)
    rule = "the article's own outlet"
    return [Mention(m.start(), m.end(), m.group(), "name", "outlet", rule, entity) for m in matches]


def _titles_by_initials(
    classified: list[tuple[_Name, bool]], text: str
) -> list[tuple[_Name, bool]]:
    """ "Lilongwe District Commissioner (DC) Madalitso Chirwa", then "the DC": initials in
    brackets between a title and a name are the title's, and stand for it wherever the
    text uses them again (not a body named "DC")."""
    initials: dict[str, _Name] = {}
    kept: list[tuple[_Name, bool]] = []
    named_by: _Name | None = None
    for number, (name, quoted) in enumerate(classified):
        if named_by is not None:
            # The name after them holds the title.
            name = evolve(name, role=name.role or named_by.role)
            named_by = None
        surface = text[name.start : name.end]
        before = classified[number - 1][0] if number > 0 else None
        after = classified[number + 1][0] if number + 1 < len(classified) else None
        titled = (
            before is not None
            and after is not None
            and before.form == "title"
            and before.role is not None
            and after.kind == "person"
            and text[before.end : name.start] == " ("
            and text[name.end : after.start] == ") "
            and _titled_by(text[: before.end].split()[-len(surface) :], surface)
        )
        if titled and before is not None:
            initials[surface] = named_by = before
            continue
        title = initials.get(surface)
        if title is not None and name.start > title.end:
            name = evolve(
                name,
                kind="person",
                form="title",
                rule=f"'{surface}': initials of the title '{title.role}' given with them",
                role=title.role,
            )
        kept.append((name, quoted))
    return kept


def _titled_by(words: Sequence[str], acronym: str) -> bool:
    """Whether an acronym is the initials of these title words, one letter each."""
    return (
        len(words) == len(acronym) > 1
        and all(w[:1].isupper() for w in words)
        and "".join(w[0] for w in words) == acronym
    )


def _unless_former(name: _Name, text: str) -> _Name:
    """ "A former All Black", "Former All Black lock Ross Keddell": a person's name read
    from words after "former" with no title, role or given name among them is what
    someone was, no one's name."""
    if name.kind != "person" or name.form != "name":
        return name
    if not FORMER_BEFORE.search(text, max(0, name.start - 9), name.start):
        return name
    lowered = [token.lower().rstrip(".") for token in name.tokens]
    if any(w in TITLE_WORDS or w in ALL_ROLE_HEADS or given_name(w) for w in lowered):
        return name
    return evolve(name, kind="unknown", rule="what someone was, after 'former'")


def _bodies_named_again(
    classified: list[tuple[_Name, bool]], text: str, own_outlet: str | None
) -> list[tuple[_Name, bool]]:
    """ "The Capital Record said ..." after "news website The Capital Record": words
    taken for a person's name that an earlier name gave to an outlet or an
    organisation are that body again; so are those of the article's own outlet
    ("told the Tien Shan Monitor", though "Tien" is a given name)."""
    own = " ".join((own_outlet or "").split()).lower().removeprefix("the ")
    bodies: dict[str, str] = {own: "outlet"} if own else {}
    # Names a word for an outlet said were an outlet's ("the website The Ruck Report").
    outlets: set[str] = set()
    found = []
    for name, quoted in classified:
        person = name.kind == "person" and name.form == "name"
        if (person and bodies) or name.kind in ("organisation", "outlet"):
            label = " ".join(text[name.start : name.end].split()).lower().removeprefix("the ")
            # (and "The Ruck Report, which ... said" after it: the outlet, no organisation)
            again = person or (name.kind == "organisation" and label in outlets)
            # "Derwent Ports said" after "Derwent Ports Corporation": its name without the
            # word that says it is a company.
            shortened = (
                next(
                    (
                        body
                        for body, kind in bodies.items()
                        if kind == "organisation"
                        and body != label
                        and without_company_suffix(body) == label
                    ),
                    None,
                )
                if person and label not in bodies
                else None
            )
            if again and label in bodies:
                kind = bodies[label]
                rule = "the article's own outlet" if label == own else f"named before as an {kind}"
                name = evolve(name, kind=kind, rule=rule)
            elif shortened is not None:
                rule = f"'{shortened}' named before without its company word"
                name = evolve(name, kind="organisation", rule=rule)
            elif not person:
                bodies.setdefault(label, name.kind)
                if name.rule == OUTLET_NOUN_RULE:
                    outlets.add(label)
        found.append((name, quoted))
    return found


def _mention(
    name: _Name,
    quoted: bool,
    clusters: _Clusters,
    placed: list[tuple[int, int]],
    named_at: dict[int, int],
    text: str,
) -> Mention | None:
    """The mention a classified name makes, joined to its entity.

    ``placed`` lists the full names' starts and entities in text order,
    ``named_at`` the entity of the first full name at each start.
    """
    surface = text[name.start : name.end]
    if name.form == "title":
        start = (
            name.start - 4
            if text[max(0, name.start - 4) : name.start].lower() == "the "
            else name.start
        )
        return Mention(
            start,
            name.end,
            text[start : name.end],
            "title",
            "person",
            name.rule,
            in_quote=quoted,
            role=name.role,
        )
    if name.kind == "person" and len(name.tokens) >= 2:
        entity = named_at[name.start]
        return Mention(
            name.start,
            name.end,
            surface,
            "name",
            "person",
            name.rule,
            entity,
            quoted,
            name.gender,
            name.role,
        )
    told_surname = (
        name.kind == "outlet"
        and len(name.tokens) == 1
        and name.tokens[0].lower() in clusters.by_surname
        and clusters.known_other(surface) is None
    )
    if told_surname:
        # "he told Pasquale that ..." after "Victor Pasquale": a person, not an outlet.
        found = clusters.single(evolve(name, kind="person", form="surname"), placed)
        if found is not None:
            entity, form = found
            rule = f"{form} of a person named in full"
            return Mention(name.start, name.end, surface, form, "person", rule, entity, quoted)
    ending = (
        clusters.club_ending(surface)
        if name.kind == "organisation" and len(name.tokens) >= 2
        else None
    )
    if ending is not None:
        # "Ribera Norte said" after "Club Atlético Ribera Norte": the end of its name.
        rule = "the end of an organisation's name"
        return Mention(name.start, name.end, surface, "name", "organisation", rule, ending, quoted)
    if name.kind in ("organisation", "outlet", "place"):
        entity = clusters.other(name.kind, surface)
        return Mention(name.start, name.end, surface, "name", name.kind, name.rule, entity, quoted)
    # ("its breakfast show, The Early Call,": a title after a capital "The" is no person's
    # name, whatever first names it resembles; only a surname known already counts.)
    titled = (
        name.kind == "unknown"
        and len(name.tokens) >= 2
        and text[max(0, name.start - 4) : name.start] == "The "
        and surname_key(name.tokens[-1]) not in clusters.by_surname
    )
    found = None if titled else clusters.single(name, placed)
    if found is None and name.kind != "person":
        known = clusters.known_other(surface)
        if known is None and clusters.is_own_outlet(surface):
            # "Writing in The Clarion today": the outlet that publishes the article.
            entity = clusters.other("outlet", surface)
            rule = "the article's own outlet"
            return Mention(name.start, name.end, surface, "name", "outlet", rule, entity, quoted)
        after_the = text[max(0, name.start - 4) : name.start].lower() == "the "
        outlet = clusters.outlet_ending(surface) if known is None and after_the else None
        if outlet is None and known is None and after_the and clusters.ends_own_outlet(surface):
            # "days after the Star disclosed" in The Harrowdale Star, before it names itself.
            outlet = clusters.other("outlet", surface)
        if outlet is not None:
            # "The Lantern revealed ..." after "the Daily Lantern": the end of an outlet's name.
            rule = "the end of an outlet's name"
            return Mention(name.start, name.end, surface, "name", "outlet", rule, outlet, quoted)
        if known is None and len(name.tokens) == 1 and SPEECH_AFTER.match(text, name.end):
            known = clusters.opened_by(surface)
            # (Not opening a sentence: "Miners said the shaft had been unsafe" is the men.)
            opens = (
                not text[text.rfind("\n", 0, name.start) + 1 : name.start].strip()
                or text[: name.start].rstrip().endswith((".", "!", "?", '"', "”"))
            ) and not SAID_AS_A_BODY.match(text, name.end)
            club = clusters.club_called(surface) if known is None and not opens else None
            if club is not None:
                # "Miners said" after "Tin Valley Miners FC": a club by its last word.
                rule = "the last word of a club's name"
                return Mention(
                    name.start, name.end, surface, "name", "organisation", rule, club, quoted
                )
            if known is not None:
                # "Harbourstone said" after "Harbourstone Capital Management".
                kind, entity = known
                rule = f"the first word of the {kind}'s name"
                return Mention(name.start, name.end, surface, "name", kind, rule, entity, quoted)
        if known is None:
            return None
        kind, entity = known
        rule = f"name of the {kind} named before"
        return Mention(name.start, name.end, surface, "name", kind, rule, entity, quoted)
    if found is None:
        return Mention(
            name.start,
            name.end,
            surface,
            "surname",
            "person",
            name.rule,
            clusters.lone_person(name, quoted),
            quoted,
            name.gender,
            name.role,
        )
    entity, form = found
    rule = name.rule if name.kind == "person" else f"{form} of a person named in full"
    # "von Wallmoden wrote": the particle the full name gives opens the surname.
    start = clusters.particle_start(text, name.start, name.tokens[0], entity)
    return Mention(
        start,
        name.end,
        text[start : name.end],
        form,
        "person",
        rule,
        entity,
        quoted,
        name.gender,
        name.role,
    )


def _body_of_portfolios(text: str, floor: int, conjunction: _Word) -> int | None:
    """Where a body named for two portfolios starts, its name running back past the
    "and" to its head: "Ministry of Community Relief and Food Security"."""
    start = conjunction.start
    for _ in range(6):
        word = _last_word(text, floor, start)
        if word is None or text[word.end : start] != " ":
            return None
        if word.lower == "of":
            head = _last_word(text, floor, word.start)
            body = (
                head is not None
                and head.lower in ORGANISATION_WORDS
                and head.text[0].isupper()
                and text[head.end : word.start] == " "
            )
            return head.start if body and head is not None else None
        if not word.text[0].isupper():
            return None
        start = word.start
    return None


# Participles that describe a body before its name: "the governing Labour Party".
NAME_PARTICIPLES = frozenset(("governing", "ruling", "outgoing", "incoming", "leading"))
# What a name does on a site it owns, which no person is: "posted the recording on its
# website".
ITS_OWN_SITE_AFTER = re.compile(
    r"\s+(?:first\s+)?(?:posted|published|put)\s+(?:[\w'’-]+\s+){1,4}?on\s+its\s+"
    r"(?:[\w-]+\s+)?(?:website|site|page|channel|platform)\b"
)
# A surname of two capitalised parts: "Deveaux-Pinder", "Solis-Burke".
DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# A lower-case noun right after a name, which the name modifies ("East Java village
# heads"), not a word that goes on after an addressee ("told KSVN that", "told X on").
NOUN_AFTER_NAME = re.compile(
    r" (?!(?:that|on|in|at|about|for|last|this|yesterday|earlier|during|after|before|by"
    r"|when|it|he|she|they|we|the|a|an|his|her|their|its|and|but|which|who|whether|how"
    r"|of|to|with|over|from|as|he'd|she'd|was|is|had|has"
    # ("Speaking on LBC radio": what kind of outlet it is.)
    r"|radio|television|tv|station|channel|website|newspaper|programme|program|show"
    r"|podcast|daily|weekly|magazine|news)\b)[a-z]"
)
# A body's initials in brackets after its name: "Council (MPC) ".
INITIALS_BEFORE = re.compile(r"(?<=[A-Za-z] )\((?-i:[A-Z]{2,6})\) $")


def noun_phrase_start(text: str, mention: Mention, floor: int) -> int:
    """Where the noun phrase around a name or title mention starts.

    Steps back over capitalised words (titles and affiliations: "Radio North
    Political Editor Sam Obi"), lower-case premodifiers of a title
    ("Republican state senator Tom Hale") and a "the" before them.
    """
    start = mention.start
    if mention.form not in ("name", "surname", "title"):
        return start
    while True:
        owner = (
            PLURAL_OWNER_BEFORE.search(text, max(floor, start - 30), start)
            if text[start - 2 : start] in ("' ", "’ ")
            else None
        )
        if owner is not None and text[start : start + 1].islower():
            # "The nurses' union Enfermería Unida": whose union it is, before its kind.
            start = owner.start()
            continue
        initials = INITIALS_BEFORE.search(text, max(floor, start - 12), start)
        if initials is not None:
            # "Malampa Provincial Council (MPC) President X": a body's initials, after
            # its name, before the title.
            start = initials.start()
        previous = _last_word(text, floor, start)
        if previous is None or text[previous.end : start] not in _joiners(previous):
            return start
        word = previous.text
        if previous.lower in ("of", "for") and text[previous.end : start] == " ":
            # "Former Secretary of State Madeleine Albright", "Minister for Transport
            # Niall Brosnan": a title with "of" or "for".
            head = _last_word(text, floor, previous.start)
            if (
                head is not None
                and head.text[0].isupper()
                and text[head.end : previous.start] == " "
            ):
                titled = (
                    head.start
                    if head.lower in _TITLE_OPENERS
                    # "Ministry of Health spokesperson Anna Smith": a body's name, of what,
                    # before a person's (not "the Office of the Prime Minister").
                    or (head.lower in ORGANISATION_WORDS and mention.form in ("name", "surname"))
                    else _title_through(text, floor, head)
                )
                if titled is not None:
                    start = titled
                    continue
        if (
            previous.lower == "and"
            and text[previous.end : start] == " "
            and text[start : start + 1].isupper()
        ):
            # "Housing and Urban Development Minister Clive Ramnarine": two portfolios.
            portfolio = _last_word(text, floor, previous.start)
            if (
                portfolio is not None
                and portfolio.lower in TITLE_WORDS
                and portfolio.text[0].isupper()
                and text[portfolio.end : previous.start] == " "
            ):
                start = portfolio.start
                continue
            body = _body_of_portfolios(text, floor, previous)
            if body is not None:
                start = body
                continue
        if previous.lower in ("the", "a", "an"):
            title = _title_before_of_the(text, floor, previous)
            if title is None:
                return previous.start
            start = title
            continue
        space = text.find(" ", start)
        head_after = text[start:space] if space >= 0 else text[start:]
        # "math teacher", "board president": a noun before a lower-case role.
        compound = head_after in ROLE_HEADS and word.isalpha() and _modifies_role(word)
        premodifier = word.islower() and (word in PREMODIFIERS or word in ROLE_HEADS or compound)
        if not (premodifier or word[0].isupper()) or previous.lower in COMMON_WORDS:
            return start
        start = previous.start


def _title_through(text: str, floor: int, word: _Word) -> int | None:
    """Where a title starts that runs through several "of" and "for" parts to
    ``word`` ("Minister of State for Home", seen from "State"), if one does."""
    for _ in range(4):
        previous = _last_word(text, floor, word.start)
        if previous is None or text[previous.end : word.start] != " ":
            return None
        if previous.lower in ("of", "for"):
            previous = _last_word(text, floor, previous.start)
            if previous is None or not previous.text[0].isupper():
                return None
            if previous.lower in _TITLE_OPENERS:
                return previous.start
        elif not previous.text[0].isupper():
            return None
        word = previous
    return None


def _title_before_of_the(text: str, floor: int, the: _Word) -> int | None:
    """Where "Leader of the Opposition" starts, seen from its "the": a capitalised
    word, "of", then "the"."""
    of = _last_word(text, floor, the.start)
    if of is None or of.lower != "of" or text[of.end : the.start] != " ":
        return None
    head = _last_word(text, floor, of.start)
    if head is None or not head.text[0].isupper() or text[head.end : of.start] != " ":
        return None
    return head.start


def in_prepositional_phrase(text: str, mention: Mention, floor: int) -> bool:
    """Whether the mention's noun phrase is the object of a preposition ("by X").

    Lower-case premodifiers may stand between: "for committee Democrats".
    """
    start = noun_phrase_start(text, mention, floor)
    previous = _last_word(text, floor, start)
    while (
        previous is not None
        # ("for the governing Movimiento Patria Nueva": a participle before a name.)
        and (
            previous.lower in PREMODIFIERS
            or previous.lower in NAME_PARTICIPLES
            or (previous.lower == "the" and text[start : start + 1].islower())
        )
        and previous.text.islower()
        and text[previous.end : start] == " "
    ):
        start = previous.start
        previous = _last_word(text, floor, start)
    # "of the Danish aid charity Kinship Water Alliance": a body's kind and what
    # describes it, after a preposition and its article.
    described = DESCRIBED_BODY_BEFORE.search(text, max(floor, mention.start - 80), mention.start)
    # (A body's name: not a person's, "the leader of the main opposition party Özgür Özel".)
    if (
        described is not None
        and mention.kind != "person"
        and described["kind"] in ORGANISATION_WORDS
        and described["preposition"].lower() in PREPOSITIONS
    ):
        return True
    return (
        previous is not None
        and previous.lower in PREPOSITIONS
        and not text[previous.end : start].strip()
    )


# "of the Danish aid charity ": a preposition, an article, at most three words that
# describe a body, and the word for its kind, right before its name.
DESCRIBED_BODY_BEFORE = re.compile(
    r"\b(?P<preposition>\w+)\s+(?:the|a|an)\s+(?:(?!(?:the|a|an)\b)[\w'’-]+\s+){0,3}?(?P<kind>[a-z]+)\s+$"
)


def _last_word(text: str, floor: int, offset: int) -> _Word | None:
    found = previous_word(text, offset, floor)
    return _Word(found.start(), found.end(), found.group()) if found else None
