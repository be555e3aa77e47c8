"""Word lists the stages share: speech verbs, titles, roles, cues.

These are general lexicons of English news writing. Nothing here names a
person, outlet or phrase of any one article; extend a list when a new
article shows a general pattern the list misses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

# fmt: off


# Verbs that double their last consonant: "slammed", "planned", "preferred".
DOUBLING = frozenset(
    "slam plan quip ban stop prefer refer admit commit regret rebut jab chat blog drop spar "
    "stir omit permit occur confer deter transfer".split()
)


def _inflect(base: str) -> tuple[str, ...]:
    """The base, third-person, past and -ing forms of a regular verb."""
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base in DOUBLING:
        return base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


def _forms(entries: str) -> dict[str, str]:
    """Map every form to its lemma; irregular verbs are written "lemma=form,form"."""
    table: dict[str, str] = {}
    for entry in entries.split():
        if "=" in entry:
            lemma, forms = entry.split("=")
            for form in (lemma, *forms.split(",")):
                table[form] = lemma
        else:
            for form in _inflect(entry):
                table[form] = entry
    return table


# Verbs that report speech and take a clause: X said (that) ..., "...," X said.
CLAUSE_VERBS = _forms(
    """
    say=says,said,saying tell=tells,told,telling write=writes,wrote,written,writing
    admit=admits,admitted,admitting signal=signals,signalled,signaled,signalling,signaling
    add insist claim state explain argue warn deny confirm announce suggest note declare
    stress maintain acknowledge complain reply respond assert contend predict promise vow
    pledge concede recall report remark joke quip boast comment observe reveal disclose
    emphasise emphasize tweet post allege agree disagree caution mention continue answer
    reiterate repeat demand urge ask wonder estimate conclude indicate hint
    counter retort protest plead whisper shout scream yell testify recount insinuate
    predict forecast concur muse venture lament accept threaten propose recommend
    brag grumble gripe fume vent acknowledge affirm announce blast
    think=thinks,thought,thinking believe feel=feels,felt,feeling know=knows,knew,known,knowing
    hope fear expect worry
    show=shows,showed,shown,showing find=finds,found,finding agree imply assure remind charge
    learn=learns,learned,learnt,learning decide reckon suspect doubt reason speculate
    read=reads,reading echo=echoes,echoed,echoing recount emphasize emphasise
    """
)

# Speech verbs whose object is who was spoken to: "told reporters (that)", "warned
# staff that", "assured the board that", "asked her whether".
ADDRESSEE_VERBS = frozenset({"tell", "warn", "assure", "remind", "promise", "caution", "ask"})

# Verbs of belief and perception: cues only when a clause follows.
BELIEF_VERBS = frozenset({"think", "believe", "feel", "know", "hope", "fear", "expect", "worry"})

# Verbs that frame a quote as a description: X dismissed it as "...", labelled him a "...".
AS_VERBS = _forms(
    """
    label=labels,labelled,labeled,labelling,labeling
    dismiss describe brand characterise characterize deride denounce hail decry
    slam mock ridicule portray praise term
    call=calls,called,calling
    """
)

# Verbs of stance, intention and perception whose content is what follows them:
# X endorsed Cruz, criticised the plan, wants to win, refused to comment.
OBJECT_VERBS = _forms(
    """
    endorse criticise criticize support back oppose reject accuse blame attack defend
    condemn welcome applaud blast cite discuss tout highlight propose offer demand
    seek=seeks,sought,seeking request recommend favour favor prefer question deny predict
    want plan intend refuse decline threaten aim urge regard view consider commend laud thank
    express see=sees,saw,seen,seeing prefer assail welcome voice raise name identify compare
    challenge encourage nominate invoke recognize recognise chant retweet berate scold rebuke
    instruct order direct
    """
)
# Verbs of command, cues only with whom they command and what to do: "instructed staff
# to", "orders ward administrators to" (not "ordered an inquiry", "directed the film").
COMMAND_VERBS = frozenset({"instruct", "order", "direct"})

# Statements that carry no content of their own but still mark who spoke.
CONTENTLESS_VERBS = _forms("backtrack apologise apologize retract")

# Multi-word cues, matched before single verbs. Value: (lemma, frame).
PHRASE_CUES: dict[str, tuple[str, str]] = {
    **{
        form: (lemma, "object")
        for lemma, forms in {
            "call for": "called for|calls for|call for|calling for",
            "call on": "called on|calls on|call on|calling on",
            # (Not "to ask for help": a purpose, not a request made.)
            "ask for": "asked for|asks for|asking for",
            "refer to": "referred to|refers to|refer to|referring to",
            "talk about": "talked about|talks about|talk about|talking about",
            "speak about": "spoke about|speaks about|speak about|speaking about",
            "point to": "pointed to|points to|point to|pointing to",
            "warn of": "warned of|warns of|warning of|warned about|warns about",
            "complain about": "complained about|complains about|complaining about",
            "comment on": "commented on|comments on|commenting on",
            "weigh in on": "weighed in on|weighs in on|weighing in on",
            "take aim at": "took aim at|takes aim at|taking aim at",
            "hit out at": "hit out at|hits out at|hitting out at",
        }.items()
        for form in forms.split("|")
    },
    "went on to say": ("go on to say", "clause"),
    "goes on to say": ("go on to say", "clause"),
    "go on to say": ("go on to say", "clause"),
    "going on to say": ("go on to say", "clause"),
    "according to": ("according to", "according"),
    # "It is understood the recording was made ...": a statement whose source is not named.
    "it is understood": ("understand", "clause"),
    "made clear": ("make clear", "clause"),
    "made it clear": ("make clear", "clause"),
    "makes clear": ("make clear", "clause"),
    "pointed out": ("point out", "clause"),
    "points out": ("point out", "clause"),
    "hit back": ("hit back", "clause"),
    "hits back": ("hit back", "clause"),
    "shot back": ("shoot back", "clause"),
    "shoots back": ("shoot back", "clause"),
    "fired back": ("fire back", "clause"),
    "fires back": ("fire back", "clause"),
    "spelled out": ("spell out", "clause"),
    "set out": ("set out", "clause"),
    "played down": ("play down", "as"),
    "laughed off": ("laugh off", "as"),
    "brushed off": ("brush off", "as"),
    "brushed aside": ("brush aside", "as"),
}

# Honorifics before a surname or full name, with the gender they imply.
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "baroness": "f", "baron": "m", "dr": None, "prof": None,
    "professor": None, "rev": None, "reverend": None, "fr": "m", "father": "m",
    "sister": "f", "brother": "m", "rabbi": None, "imam": None, "sheikh": "m", "venerable": None,
    # Forms of address in West African, South Asian and union usage: "Comrade Ade
    # Bello", "Alhaji Musa Bello", "Barrister Ngozi Eze", "Engr Tope Ade".
    "comrade": None, "alhaji": "m", "alhaja": "f", "hajia": "f", "mallam": "m", "malam": "m",
    "hajiya": "f",
    "barrister": None, "barr": None, "engr": None, "otunba": "m", "shri": "m", "smt": "f",
    # "Engineer Tendai Mushonga", "Eng. Mary Wambui": an engineer's form of address.
    "engineer": None, "eng": None,
    # "H.D. Itzel Rovira": a Panamanian deputy's (Honorable Diputado, Honorable Diputada).
    "h.d": None,
    # "Counsellor Tarek Mansour": an Egyptian judge's or senior lawyer's (Mostashar).
    "counsellor": None, "counselor": None,
    # Czech and Slovak degrees written before a name: "Ing. Petr Svoboda", "Mgr. Lucie
    # Horáková", "Bc.", "PhDr.", "JUDr.", "MUDr.", "RNDr.".
    "ing": None, "bc": None, "phdr": None, "judr": None, "mudr": None, "rndr": None,
    "paeddr": None, "phmr": None, "mvdr": None, "thdr": None,
    # Church titles: "Apostle Kwabena Ofori-Mensah", "Prophet Ama Boateng", "Mgr Kevin Agius"
    # ("Mgr." is also a Czech master's degree, "Mgr. Lucie Horáková", so of either sex).
    "apostle": None, "prophet": "m", "prophetess": "f", "evangelist": None, "deaconess": "f",
    "mgr": None, "msgr": "m", "monsignor": "m",
    # "Hon. Olumide Fasanya": a legislator's or office-holder's form of address.
    "hon": None, "honourable": None, "honorable": None,
    # East African, South-East Asian and continental forms of address: "Mzee Lokorio
    # Ekai", "Datuk Seri Anwar", "Señor Ruiz", "Herr Weber".
    "mzee": "m", "datuk": None, "dato": None, "datin": "f", "tun": None, "madam": "f",
    "señor": "m", "señora": "f", "senhor": "m", "senhora": "f", "signor": "m",
    "signora": "f", "monsieur": "m", "madame": "f", "herr": "m", "frau": "f",
    # Amharic: "Ato Yohannes", "Weizero Tigist" (Mr, Mrs), before the given name;
    # Fijian chiefly titles: "Ratu Viliame Tuiloma", "Adi Salote Vunibaka".
    "ato": "m", "weizero": "f", "woizero": "f", "ratu": "m", "adi": None,
    # Burmese: "U Aung Naing Soe", "Daw Khin Myo Aye" (before a whole name, which has no
    # surname), and a senior monk's "Sayadaw U Nandiya".
    "u": "m", "daw": "f", "sayadaw": "m",
    # A French-speaking lawyer's or notary's: "Maître Ndèye Ngom".
    "maître": None, "maitre": None,
    # Swahili: "Mheshimiwa Kasembe" (the Honourable), of an official or member.
    "mheshimiwa": None,
    # Bhutanese: a senior official's "Dasho Ugyen Tenzin", a minister's "Lyonpo Namgay
    # Wangdi", a woman's "Aum Sangay Zam" (before a whole name, which has no surname).
    "dasho": None, "lyonpo": None, "aum": "f",
    # Kurdish: "Kak Sherwan" (brother), "Mamosta Hoshyar" (teacher), before a given name.
    "kak": "m", "mamosta": None,
    # Sesotho and Setswana: "Ntate Thabo Letsie", "Mme 'Malerato Khoeli" (father, mother).
    "ntate": "m", "rra": "m", "mme": "f",
}
# Burmese forms of address for younger people, "Ko Thet Naing Oo", "Ma Hnin Ei Phyu":
# only before a name of three words or more, since "Ma Ying-jeou" and "Ko Wen-je" are
# Chinese family names.
LONG_NAME_HONORIFICS: dict[str, str | None] = {"ko": "m", "ma": "f"}

# Titles of council members, and players' positions written as titles ("Councilwoman
# Imelda Solis-Beck", "Forward Terrell Wingate", "Quarterback Ray Dunn").
COUNCIL_TITLES = frozenset("councilwoman councilman councilmember alderwoman".split())
# (Those that are words for nothing else are role heads too: "the flanker said".)
PLAYED_POSITIONS = frozenset(
    "flanker fly-half scrum-half full-back fullback playmaker wicketkeeper batsman linebacker"
    " cornerback shortstop catcher infielder outfielder".split()
)
PLAYER_POSITIONS = (
    frozenset(
        "forward striker midfielder goalkeeper quarterback pitcher winger defenceman defenseman"
        " stroke".split()
    )
    | PLAYED_POSITIONS
)

# Heads of role noun phrases: "the shadow health secretary", "the Labour leader".
ROLE_HEADS = frozenset(
    """
    secretary minister leader spokesman spokeswoman spokesperson candidate chancellor
    president premier mayor governor regent senator congressman congresswoman representative
    challenger akim matai notary
    chairman chairwoman chairperson chair chief director executive ceo founder adviser advisor
    ambassador correspondent editor reporter journalist presenter host anchor commentator
    analyst mp mep peer lawmaker legislator nominee deputy whip general commissioner
    attorney lawyer judge sheriff manager coach owner treasurer speaker councillor
    councilor aide strategist pollster economist official officer prosecutor
    superintendent inspector constable captain colonel admiral commander king queen prince princess
    monarch pope bishop archbishop vice-president vice-chair vice-chancellor alderman trustee
    member boss guard striker midfielder defender goalkeeper quarterback pitcher advocate
    winger principal teacher headteacher headmaster headmistress dean provost pastor co-host
    editor-in-chief
    co-anchor td mla mca msp mpp mpa mna archdeacon vicar rector canon chaplain moderator contender
    frontrunner front-runner pundit columnist co-founder cofounder defenceman defenseman
    investor researcher scientist expert consultant lecturer historian activist
    campaigner organiser organizer solicitor barrister counsel convenor convener coordinator mec
    conductor pianist violinist cellist composer soloist musician novelist playwright
    actor actress producer filmmaker singer rapper comedian author writer poet artist
    selector referee umpire ombudsman ombudsperson solon supervisor cleric clergyman prelate
    churchman edil intendente diputado diputada conseller consellera elder scribe cathaoirleach
    prefect sub-prefect subprefect warden ranger agent publicist
    akim secretary-general director-general attorney-general solicitor-general
    governor-general inspector-general auditor-general surgeon-general
    """.split()
) | COUNCIL_TITLES | PLAYED_POSITIONS

# How words for what someone is or does end: "restaurateur", "parent", "activist".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eur")
# The endings of AGENT_ENDINGS that seldom end anything but a word for someone.
DOER_ENDINGS = tuple(ending for ending in AGENT_ENDINGS if ending not in ("ant", "ent"))
# Words with those endings that name no one: places, things, times, comparisons.
NOT_AGENTS = frozenset(
    """
    other latter former under after over ever never rather whether either neither
    chamber corner letter paper number border water summer winter quarter dinner order
    power tower matter cover error factor floor door corridor sector mirror center
    theater computer character register chapter shelter weather trailer banner poster
    monitor motor meter river member senior junior major minor interior exterior upper
    lower further later however another whatever whenever together manner offer answer
    cancer danger prior superior inferior
    """.split()
)


def names_a_doer(word: str) -> bool:
    """Whether a lower-case word reads as one who does something ("podcaster",
    "staffer", "activist", "historian", "restaurateur"), not a thing ("chamber")."""
    return len(word) > 4 and word.endswith(DOER_ENDINGS) and word not in NOT_AGENTS

# Lower-case words that may stand before a name in the same noun phrase:
# "Democratic presidential candidate Bernie Sanders", "Media titan Rupert Murdoch".
PREMODIFIERS = frozenset(
    """
    former senior chief top leading longtime veteran prominent conservative liberal
    presidential vice-presidential gubernatorial congressional campaign party state federal
    national local deputy acting interim caretaker then current retired fellow rival independent
    republican democratic progressive libertarian media billionaire businessman businesswoman
    activist author writer columnist commentator strategist pollster lawyer attorney analyst
    economist historian professor researcher spokesman spokeswoman spokesperson candidate
    nominee hopeful frontrunner front-runner chairman chairwoman chairperson director manager
    adviser advisor aide official executive president secretary minister leader senator
    representative governor mayor host anchor titan mogul star actor actress singer rapper
    comedian entrepreneur investor donor founder co-founder ceo general counsel communications
    press policy political foreign defense defence economic health justice education
    presumptive likely would-be potential communications social research policy
    committee caucus panel agency department administration council board union staff
    charity group firm company watchdog regulator broadcaster newspaper think-tank
    advocate campaigner activist expert consultant organiser organizer
    conductor pianist violinist cellist composer soloist musician artist novelist poet
    playwright choreographer
    embattled disgraced beleaguered elected appointed unelected newly-elected re-elected
    opposition
    """.split()
)

# "a voice identified by the newspaper as", "the voice, identified as", "a voice said to
# be": whose voice it is follows, as a possessive ("Toledo's", "the regent's").
VOICE_IDENTIFIED = (
    r"\b(?:(?:[Aa]|[Tt]he)\s+)?[Vv]oice,?\s+(?:[\w,]+\s+){0,6}?"
    r"(?:as|to\s+be(?:\s+that\s+of)?)\s+$"
)
# The role a person described by age alone is given ("the 58-year-old"): none, so
# they are the person the text gives that age, or else the person last named.
AGE_ROLE = "person of that age"
# Heads of phrases that speak for an organisation: "a Treasury spokesman",
# "a spokeswoman for the council", "party sources".
SPOKESPERSON_HEADS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople representative representatives source
    sources official officials aide aides insider insiders
    """.split()
)

# Relatives and friends, named by whose they are: "the father of X".
KIN_NOUNS = frozenset(
    "father mother parents son daughter wife husband widow widower brother sister uncle aunt "
    "cousin grandfather grandmother grandson granddaughter fiance fiancee fiancé fiancée "
    "girlfriend boyfriend partner friend friends family relatives nephew niece stepfather "
    "stepmother".split()
)

# Heads of a definite noun phrase that refers back to an outlet ("the newspaper
# said") or to an organisation ("the company said", "the group posted it") named
# before; the first may name either.
OUTLET_REFERENCE_HEADS = frozenset(
    "newspaper paper daily tabloid broadsheet magazine website site broadcaster station channel "
    "publication podcast blog newsletter portal outlet page weekly monthly".split()
)
EITHER_REFERENCE_HEADS = frozenset("group organisation organization watchdog".split())
ORGANISATION_REFERENCE_HEADS = EITHER_REFERENCE_HEADS | frozenset(
    "company firm party ministry department club union council agency association federation "
    "board bank commission committee authority embassy university school church charity "
    "league government administration coalition alliance forum network foundation "
    "institute office municipality delegation prefecture directorate festival orchestra museum "
    "library collective".split()
)

# How a channel that carried an occasion live says so in its rule ("outlet +
# 'streamed ... live'"): such a leak went out as the remark was made.
CARRIED_LIVE_RULE = "... live'"
# The rule of a channel where a medium went round with no one named as putting it out
# ("did the rounds on WhatsApp groups"): a leak only when the text says when.
WENT_ROUND_RULE = "where the medium went round"
POSTED_TO_GROUP_RULE = "where a recording was posted"
# The rule of a channel where a host played a medium on a station's programme ("X played
# it on Straight Talk, his call-in programme on Island Voice FM"): the host leaked it.
PLAYED_ON_AIR_RULE = "a host played it on a station's programme"
# The verbs of a host's playing a medium on air.
PLAYED_ON_AIR = r"played|aired|read\s+out"
# Words for a broadcaster, which a programme on it is not ("the station", "the channel").
BROADCASTER_HEADS = frozenset("station broadcaster channel network".split())

# Things that carry someone's words: "The email also claimed that ...".
# Media that record someone rather than being written by them.
RECORDING_NOUNS = frozenset(
    "recording recordings tape tapes video videos clip clips audio footage voicemail voicemails"
    " webcast webcasts livestream livestreams".split()
)
MEDIUM_NOUNS = frozenset(
    """
    email emails e-mail memo memos memorandum message messages letter letters recording
    recordings tape tapes video clip note notes post posts tweet tweets document documents
    text texts transcript transcripts voicemail voicemails audio footage cable cables
    webcast webcasts livestream livestreams screenshot screenshots chat chats slides
    """.split()
)

# Role heads that name a position held by one person at a time, so that a
# bare "the Prime Minister" can stand for a named person.
# A party's member, as AP style calls a lawmaker after a place ("the Tucson Democrat").
PARTY_MEMBERS = frozenset("republican democrat".split())
# Words for a party or its side, as modifiers of an office ("the Labour mayor").
PARTY_ADJECTIVES = PARTY_MEMBERS | frozenset(
    "democratic labour labor tory conservative liberal green socialist nationalist".split()
)
UNIQUE_ROLE_HEADS = frozenset(
    """
    secretary minister leader chancellor president premier mayor governor regent chairman
    chairwoman chairperson chair ceo founder speaker treasurer king queen pope spokesman spokeswoman
    spokesperson candidate nominee correspondent editor boss
    """.split()
)

# Capitalised titles that may stand before a name: "Prime Minister Ann Moss",
# "Political Correspondent Jane Doe", "Senator Smith".
# Nouns for a person of a people or country ("Mikkel Thorsager, a Dane who ..."), lower-cased.
DEMONYMS = frozenset(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian brit
    briton bulgarian burundian cambodian cameroonian canadian chilean colombian congolese
    croat croatian cuban cypriot czech dane dominican dutchman dutchwoman ecuadorian
    egyptian englishman englishwoman eritrean estonian ethiopian fijian filipino filipina
    finn frenchman frenchwoman gambian georgian german ghanaian greek guatemalan guinean
    haitian honduran hungarian icelander indian indonesian iranian iraqi irishman
    irishwoman israeli italian ivorian jamaican jordanian kazakh kenyan korean kosovar
    kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian luxembourger macedonian
    malagasy malawian malaysian malian maltese mauritian mexican moldovan mongolian
    montenegrin moroccan mozambican namibian nepali nepalese nicaraguan nigerian nigerien
    norwegian pakistani palestinian panamanian paraguayan peruvian pole portuguese
    qatari romanian russian rwandan salvadoran samoan saudi scot scotsman scotswoman
    senegalese serb serbian singaporean slovak slovene slovenian somali spaniard
    sudanese swede syrian taiwanese tajik tanzanian thai togolese tongan tunisian turk
    ugandan ukrainian uruguayan uzbek venezuelan vietnamese welshman welshwoman yemeni
    zambian zimbabwean
    """.split()
)
# The heads of a journalist's title: "Split Correspondent", "the paper's political editor".
JOURNALISM_HEADS = frozenset(
    "correspondent reporter editor journalist presenter host anchor commentator columnist".split()
)
# Ranks below an office's holder: "the mayor" names no deputy mayor, "the conductor" no
# assistant conductor.
DEPUTY_RANKS = frozenset("deputy assistant associate vice".split())
TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary chancellor senator sen congressman
    congresswoman rep representative governor gov regent mayor judge justice general gen
    colonel col captain capt lieutenant lt sergeant sgt admiral adm commander maj brig
    correspondent editor reporter chief political health foreign home economics business
    security defence defense justice education shadow deputy assistant attorney
    ambassador commissioner chairman chairwoman chairperson chair director leader speaker king queen
    prince princess pope bishop archbishop cardinal detective inspector officer
    superintendent constable chancellor premier first lady mp councillor councilor alderman
    assemblyman assemblywoman delegate commissioner minister opposition party trustee
    majority minority cllr coun transport treasury environment energy culture trade work pensions
    housing interior labor labour commerce agriculture finance communications press policy
    homeland immigration climate science infrastructure international development digital
    urban rural industry regional tourism senior wildlife
    sport veterans principal dean provost pastor coach manager head major brigadier overseer mep
    editor-in-chief sheriff coroner magistrate treasurer comptroller controller auditor
    deacon imam rabbi administrator registrar clerk warden
    council assembly board taoiseach tánaiste tanaiste cathaoirleach
    secretary-general director-general attorney-general solicitor-general
    governor-general inspector-general auditor-general surgeon-general
    """.split()
) | COUNCIL_TITLES | PLAYER_POSITIONS

# Abbreviated titles, written out so that "Sen. Hale" and "the senator" match.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
    "adm": "admiral", "pres": "president", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "cllr": "councillor", "coun": "councillor", "cmdr": "commander",
    "ald": "alderman", "cr": "councillor", "atty": "attorney", "maj": "major",
    "brig": "brigadier",
    "ceo": "chief executive",
    "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "md": "managing director", "pm": "prime minister",
    "dg": "director general", "gm": "general manager",
    # Police ranks by their initials, as Nigerian and Ghanaian papers write them.
    "acp": "assistant commissioner of police", "dcp": "deputy commissioner of police",
    "dsp": "deputy superintendent of police", "asp": "assistant superintendent of police",
    "aig": "assistant inspector-general of police", "igp": "inspector-general of police",
}

# Words that, as the last word of a title, make the words before it a title.
TITLE_HEADS = frozenset(
    """
    president minister secretary chancellor senator sen congressman congresswoman rep
    representative governor gov regent mayor judge justice general gen colonel col captain capt
    lieutenant lt sergeant sgt admiral adm commander correspondent editor reporter chief
    attorney ambassador commissioner chairman chairwoman chairperson chair director leader speaker
    king queen prince princess pope bishop archbishop cardinal detective inspector officer
    superintendent constable premier mp councillor councilor alderman assemblyman
    assemblywoman trustee cllr coun cmdr ceo cfo coo cto md founder co-founder executive
    principal dean provost pastor coach manager brigadier brig maj td mla mca msp mpp mpa
    mna deputy
    archdeacon vicar editor-in-chief sheriff coroner magistrate treasurer
    comptroller controller auditor deacon imam rabbi taoiseach tánaiste tanaiste administrator
    registrar clerk edil intendente diputado diputada conseller consellera cathaoirleach
    secretary-general director-general attorney-general solicitor-general
    governor-general inspector-general auditor-general surgeon-general
    rector canon chaplain overseer mep member mec selector referee umpire supervisor advocate
    warden
    """.split()
) | COUNCIL_TITLES | PLAYER_POSITIONS | frozenset(TITLE_ABBREVIATIONS)

# Words that mark a capitalised name as an organisation.
ENGLISH_ORGANISATION_WORDS = frozenset(
    """
    party labour conservative conservatives tory tories democrats democratic republicans
    republican liberal liberals greens ukip snp council university college school
    ministry department committee commission agency institute institution foundation
    trust inc ltd plc corp corporation company co group association union federation
    bank court parliament congress senate house office service police army navy force nation
    campaign centre center hospital nhs government administration cabinet bureau board
    authority church club league team network alliance coalition movement society watch
    organisation organization fund unit headquarters diocese archdiocese parish synod
    embassy consulate guild caucus chamber consortium collective syndicate academy tribunal
    legislature assembly secretariat cooperative roundtable ngo charity nonprofit akimat maslikhat
    athletic rovers wanderers albion fc hotspur sc sv afc vfb vfl cd ud cf sd ssc kk nk hk rk
    municipality delegation prefecture governorate directorate inspectorate forum
    foods industries holdings motors airlines airways pharmaceuticals technologies
    enterprises laboratories festival orchestra museum library
    """.split()
)
# Words that end a company's or a body's name only when capitalised in it ("HopeBridge
# International", "Northgate Partners"; not "an Argentina international").
ORGANISATION_NAME_ENDINGS = frozenset(
    "international partners ventures solutions systems management capital investments"
    " securities associates advisors advisers properties realty developments land homes sons"
    " motor motors airways airlines"
    # ("the Arctic Coast Guard", "the National Guard": a force, named.)
    " guard"
    # ("Marigold Park Families United", "Chicago Public Schools": a group, a district.)
    " united schools".split()
)
# The same words in Spanish, French, German, Italian, Catalan and Portuguese names,
# with the kind of body each says in English ("Unión Deportiva Almendral" is a club,
# to "the club").
ORGANISATION_WORDS_ABROAD = {
    "sindicato": "union", "federación": "federation", "asociación": "association",
    "unión": "union", "partido": "party", "ministerio": "ministry", "banco": "bank",
    "universidad": "university", "fundación": "foundation", "instituto": "institute",
    "consejo": "council", "comisión": "commission", "deportiva": "club", "deportivo": "club",
    "fédération": "federation", "syndicat": "union", "parti": "party", "ministère": "ministry",
    "banque": "bank", "université": "university", "fondation": "foundation",
    "société": "company", "verband": "association", "verein": "club", "partei": "party",
    "ministerium": "ministry", "stiftung": "foundation", "gewerkschaft": "union",
    "federazione": "federation", "associazione": "association", "sindacato": "union",
    "partito": "party", "ministero": "ministry", "fondazione": "foundation",
    "università": "university", "istituto": "institute", "conseil": "council",
    "consell": "council", "sindicat": "union", "associació": "association",
    "federació": "federation", "universitat": "university", "ajuntament": "council",
    "conselho": "council", "associação": "association", "cooperativa": "cooperative",
    "coopérative": "cooperative", "genossenschaft": "cooperative", "empresa": "company",
    "federação": "federation",
    "comissão": "commission",
    "collettivo": "collective", "colectivo": "collective", "coletivo": "collective",
    "collectif": "collective", "kollektiv": "collective", "comitato": "committee",
    "comité": "committee", "consiglio": "council",
}
ORGANISATION_WORDS = ENGLISH_ORGANISATION_WORDS | frozenset(ORGANISATION_WORDS_ABROAD)
# Words in a company's name that say it is one: "Acme Holdings", "Brill & Co".
CORPORATE_WORDS = frozenset("inc ltd plc corp corporation co group bank holdings".split())
# A company's legal form written before its name, as the text capitalises it: "PT Sumber
# Tandan Agro" (Indonesia), "PJSC Volga Grain", "LLC Taiga Logistics".
LEGAL_FORMS_BEFORE = frozenset("PT PJSC JSC OJSC OOO LLC".split())
# ... and after it: "Trygghavn AS" (Norway), "Kraftwerk Nord GmbH" (not "AG", "SA", "NV"
# or "AB", which are as often an attorney general or a state or province).
LEGAL_FORMS_AFTER = frozenset(
    "AS ASA A/S ApS Oy Oyj GmbH SpA Srl BV Pty LLC LLP Tbk Bhd".split()
)

# Words that mark a name as a news outlet.
OUTLET_WORDS = frozenset(
    """
    news times post guardian telegraph mail journal herald tribune gazette chronicle
    observer independent express mirror sun standard economist radio tv television
    channel press reuters bloomberg politico breitbart huffpost buzzfeed axios website
    newspaper magazine blog podcast programme program show daily weekly review fm courier
    echo argus mercury advertiser examiner sentinel inquirer dispatch clarion bugle gleaner
    lantern
    """.split()
)

# Words in an outlet's name that say what it is: a newspaper or a broadcaster.
PRINT_WORDS = frozenset(
    """
    times post mail telegraph guardian sun mirror express journal herald tribune newspaper
    paper magazine gazette chronicle observer courier sunday echo argus star mercury
    advertiser examiner record bulletin sentinel inquirer globe standard
    """.split()
)
BROADCAST_WORDS = frozenset(
    "bbc itv cnn sky radio tv television channel programme program show nbc abc cbs npr pbs "
    "msnbc fm sport".split()
)

# Well-known broadcasters and agencies written as acronyms.
OUTLET_ACRONYMS = frozenset("BBC ITV CNN NBC ABC CBS NPR PBS AFP AP RTE SKY MSNBC CNBC".split())

# Common nouns after "the X" that make X an outlet: "the Harbour Gazette website".
OUTLET_NOUNS = frozenset(
    "website site newspaper paper magazine blog programme program channel broadcaster show "
    "podcast outlet tabloid newsroom portal daily weekly monthly platform".split()
)

PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "subject"), "him": ("m", "object"), "his": ("m", "possessive"),
    "himself": ("m", "object"), "she": ("f", "subject"), "her": ("f", "possessive"),
    "hers": ("f", "possessive"), "herself": ("f", "object"),
}

# What opens a medium named again: "the video", "this memo".
DEFINITE = ("the", "this", "that")
PREPOSITIONS = frozenset(
    """
    by with to of from for at on in about against than into onto over under between
    among amongst towards toward through via without within behind beside besides
    beyond near upon like unlike despite including alongside across around after before
    """.split()
)

DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())

POSSESSIVE_DETERMINERS = frozenset("his her their its".split())

# Finite verb forms that show a word sequence is a clause, not a noun phrase.
AUXILIARIES = frozenset(
    """
    is are was were be been being am has have had having will would shall should can could
    may might must do does did 's 're 've 'd 'll ’s ’re ’ve ’d ’ll won't wouldn't can't
    couldn't shouldn't didn't doesn't don't isn't aren't wasn't weren't hasn't haven't
    hadn't won’t wouldn’t can’t couldn’t shouldn’t didn’t doesn’t don’t isn’t aren’t
    wasn’t weren’t hasn’t haven’t hadn’t
    """.split()
)

# Common irregular past forms, so that "they went too early" reads as a clause.
IRREGULAR_PAST = frozenset(
    """
    went came made took gave got saw said told thought knew felt found left lost won
    began ran sent spent kept held stood brought bought built meant met paid put set
    sat spoke broke chose drove fell fought flew forgot grew hid hit hurt led let lay
    read rode rose shook shot shut sang sank slept stole struck swore threw understood
    woke wore wrote
    """.split()
)

# Past forms that are never participles ("went", not "told"): after a name and a comma,
# the main verb ("X, went further on Tuesday, telling ..."), never an apposition.
PAST_ONLY = frozenset(
    """
    went came took gave saw began ran spoke broke chose drove fell flew forgot grew hid
    rode rose shook sang sank stole swore threw woke wore wrote became did drew withdrew knew
    overcame undertook forgave rang sprang drank
    """.split()
)

# Words that start a sentence but never a name.
SENTENCE_STARTERS = frozenset(
    """
    the a an in on at and but or so yet however meanwhile speaking adding asked
    soon later earlier then now today yesterday tomorrow after before when while as
    if though although because since during until unless this that these those it
    its he she they we i you his her their our my there here what who why how where
    which also still even just only according mr mrs ms dr
    """.split()
)

MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# "in which", "with which": a relative clause opened by a preposition.
WHICH_CLAUSE = r"(?:in|with|to|from)\s+which"
# The days' names as one alternation, for the patterns that need them.
WEEKDAY_NAMES = "(?:" + "|".join(WEEKDAYS) + ")"

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof st sen rep gov gen col lt sgt capt cmdr adm rev hon jr sr mt ft
    maj brig cpl pvt no nos vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m u.s u.k u.n u.s.a fig
    approx dept est ave blvd rd st. pres supt insp det cllr coun engr barr fr smt rt messrs mme ald
    atty ing mgr bc phdr judr mudr rndr paeddr phmr mvdr thdr
    """.split()
)

# An initial or initials before a name: "J.", "K.P." ("K.P. Mohanraj"); Mongolian and
# Central Asian initials may be two letters ("Ts. Erdenebat", "Kh. Bold").
INITIALS = re.compile(r"(?:[A-Z]|Ts|Sh|Ch|Kh|Zh)(?:\.[A-Z])*")

# "who gave his name only as Keo", "who goes by the single name Phet", "identified only
# as Maria": a person known by one name, as a source may choose to be.
GIVEN_ALONE = re.compile(
    r"(?:\bname\s+(?:only\s+)?as|\bby\s+(?:the|a)\s+single\s+name|\bidentified\s+only\s+as"
    r"|\bknown\s+only\s+as|\bonly\s+(?:by\s+)?(?:his|her|their)\s+(?:first|given)\s+name,?)\s+$",
    re.IGNORECASE,
)

# Opening words of paragraphs that are bylines, captions or asides.
CAPTION_OPENERS = (
    "by ", "video report by", "watch:", "read more", "related:", "photo:", "image:",
    "picture:", "pictured:", "copyright", "follow ", "sign up", "click here",
)
BULLETS = "•▪●◦‣-*–—►"

# A stance taken over a medium, and whom it is about: "defends education minister over
# leaked messages", "defends superintendent over email mocking ...".
STANCE_OVER = re.compile(
    r"\b(?:defend|back|slam|attack|criticis|criticiz|condemn|blast|support|rall(?:y|ie)|stand"
    r"|stood)"
    r"(?:s|es|ed|d|ing)?\s+(?:behind\s+|by\s+)?"
    r"(?P<about>[^\s.;:\"“”][^.;:\"“”]{0,119}?)\s+over\s+"
    r"(?:(?:a|an|the|this|that|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)

# Event cues: how a reaction stands towards the remark.
DEFENCE_CUES = (
    "stood by", "stands by", "stand by", "standing by", "defended", "defends", "defending",
    "backed", "backs", "backing", "supported", "supports", "full support", "came to the defence",
    "came to the defense", "rallied behind", "rallied to", "sprang to", "leapt to",
    "vouched for", "played down", "downplayed",
)
ATTACK_CUES = (
    "seized on", "seized upon", "seizes on", "pounced on", "pounces on", "attacked",
    "attacks", "criticised", "criticized", "slammed", "blasted", "hit out", "hits out",
    "condemned", "accused", "mocked", "ridiculed", "lambasted", "savaged", "called for",
    "demanded", "calls for", "tore into", "laid into", "went after", "took aim",
    "seized", "exploited", "to demand", "demanding", "calling for", "accusing",
)
RESPONSE_CUES = (
    "dismissed", "dismisses", "backtracked", "apologised", "apologized", "denied",
    "insisted", "explained", "claimed", "responded", "admitted", "defended himself",
    "defended herself", "played down", "laughed off", "brushed off", "retracted",
)
# A headline's present-tense verbs of taking a side: "PDU elder defends whip" ends the
# role phrase at "defends". (Not "backs", a role's modifier in "backs coach".)
PRESENT_STANCE_VERBS = frozenset(
    "defends slams blasts attacks condemns criticises criticizes denies dismisses rejects "
    "apologises apologizes insists admits urges".split()
)
# Words in what a third party says that take the author's side, or go after them.
SUPPORT_WORDS = (
    "full support", "full confidence", "confidence in", "stand by", "stood by", "standing by",
    "stand behind", "stands behind", "stood behind", "standing behind", "fully behind",
    "backed", "backing", "out of context", "just a joke", "only a joke", "banter", "tirelessly",
    "good friend", "old friend", "great job", "apology accepted", "misunderstanding", "cool with",
    "support", "supports", "trust him", "trust her", "trust in him", "trust in her", "decent",
    "honourable", "honorable",
    # What a leaked remark is said to have been by those who excuse it.
    "out of proportion", "private aside", "in frustration", "heat of the moment", "venting",
    "blowing off steam", "letting off steam", "never meant", "doctored", "selectively edited",
    "misrepresented", "misinterpreted", "witch hunt", "witch-hunt", "smear",
    "moment of frustration", "private message", "never intended", "clickbait",
    # What those who deny the medium call it: made up, or made up to harm.
    "fabricated", "fabrication", "deepfake", "cloned", "manipulated", "politically motivated",
    "blackmail", "propaganda", "mischief", "desperate attempt", "voice cloning", "voice-cloning",
    "not authentic", "stitched together", "misrepresent",
    # What a remark is excused as: hasty, clumsy, not what its author's side holds.
    "in haste", "clumsy", "poorly worded", "let off steam", "throwaway", "was joking",
    "were joking", "been joking", "as a joke", "in jest",
    "second chance", "deserves the chance", "deserved the chance", "matter is closed",
    # An apology praised (not "he did the right thing" of someone else).
    "the right thing by apologising", "the right thing by apologizing", "right to apologise",
    "right to apologize",
    # The author praised, or cast as a target.
    "hardworking", "hard-working", "being targeted",
)
CRITICISM_WORDS = (
    "disgusting", "disgraceful", "disgrace", "shameful", "shame", "outrageous", "appalling",
    "unacceptable", "not acceptable", "offensive", "insulting", "insult", "resign", "resignation",
    "sacked",
    "sack", "apologise", "apologize", "apology", "hypocrisy", "hypocrite", "hypocritical",
    "contempt", "sneering", "arrogant", "arrogance", "out of touch", "betrayal", "betrayed",
    "deserve better", "deserves better", "quiet part", "security risk", "proof", "scandal",
    "scandalous", "toxic", "vile", "despicable", "reckless", "dangerous", "unfit", "liar",
    "lying", "mocking", "exposed", "chaos", "incompetent", "disappointment", "disappointed",
    "disappointing",
    "dismay", "dismayed", "up against", "hurtful", "insensitive", "callous", "cruel",
    "shocking", "shocked", "demeaning", "derogatory", "sexist", "racist", "bigoted",
    "inquiry", "investigation", "troubled", "bullying", "bully", "playing politics",
    "play politics", "incompatible", "too late", "threat", "intimidation", "illegal",
    "unlawful", "against the law", "dismissal", "bribe", "step down", "stand down", "step aside",
    "no place",
    # Mockery and a double standard, as those on the receiving end put it.
    "laughed at", "laughing at", "laugh at", "laughs at", "sneer", "sneered", "sneering at",
    "belittle", "belittled", "belittling", "humiliated", "humiliating", "degrading",
    "disrespect", "disrespected", "looks down on", "looked down on", "look down on", "shamed",
    "double standard", "one rule for", "deserve more", "deserves more", "outraged", "outrage",
    "called names", "name-calling",
    # Asking that the author be looked into or held to account.
    "investigate", "probe", "suspend", "suspended", "summon", "summoned", "deserved better",
    "confession",
    # Beneath an office, an insult to those it serves, faith lost in it.
    "beneath the office", "beneath anyone", "beneath anybody", "insulted", "lost all faith",
    "lost faith", "abhorrent", "ashamed", "intimidate", "harassment",
    # Distance taken, and what the words are said to show.
    "not reflect the values", "not reflect our values", "not reflect the views",
    "not reflect my views", "not reflect who we are", "changes nothing",
    "changed nothing", "really thinks of", "really think of", "the least", "slur", "disgusted",
    "lapse", "deeply concerned", "in danger", "a sin", "war on", "oldest defence",
    "oldest excuse", "punchline",
    # Words held below their office, a joke denied, and what will not be put up with.
    "unworthy", "indefensible", "not a joke", "no joke", "not funny", "will not accept",
    "won't accept", "cannot accept", "can't accept", "blindsided",
    # Calls for the author to go.
    "suspension", "removal", "sacking", "insults",
)
# Words that describe a speaker as against the remark's author, or on their side:
# "one of the Governor's most vocal critics", "a close ally of the minister".
OPPONENT_WORDS = (
    "critic", "critics", "opponent", "opponents", "rival", "rivals", "challenger", "detractor",
    "detractors", "adversary",
)
ALLY_WORDS = ("ally", "allies", "supporter", "supporters", "loyalist", "loyalists", "backer")
LEAK_WORDS = (
    "leaked", "leak", "leaks", "emerged", "surfaced", "secretly recorded", "secret recording",
    "hot mic", "hot-mic", "obtained by", "published by", "released by", "posted by",
)

# Cues that order one event soon after another.
IMMEDIACY_CUES = ("soon after", "shortly after", "straight after", "immediately after",
                  "moments after", "minutes after", "hours after", "straight away")


def past_form(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the past ("failed", "owed",
    "agreed", "told"), not a modifier of a noun ("embattled", "retired") nor a
    noun ("need", "seed")."""
    if not word.islower() or word in PREMODIFIERS:
        return False
    if word in IRREGULAR_PAST:
        return True
    return len(word) > 3 and word.endswith("ed") and not (len(word) == 4 and word.endswith("eed"))


@cache
def given_names() -> dict[str, str]:
    """Given names mapped to ``m``, ``f`` or ``u`` (either), lower-cased."""
    table: dict[str, str] = {}
    text = files("provenance.data").joinpath("given_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            table[name] = gender
    return table


UNACCENTED_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ð": "d", "ß": "ss", "þ": "th"}
)


def given_name(word: str) -> str | None:
    """The gender code of a lower-case given name, if it is one, its accents ignored
    ("pádraig" is "padraig"), or of two joined by a hyphen."""
    table = given_names()
    found = table.get(word)
    if found is None and not word.isascii():
        # Letters no accent mark makes: "małgorzata", "søren", "þóra".
        spelled = word.translate(UNACCENTED_LETTERS)
        plain = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
        found = table.get(plain)
    if found is None and "-" in word.strip("-"):
        # "gérard-henri", "marie-claire": two given names joined take the gender they
        # agree on ("jean-françois": Jean may be either).
        parts = [given_name(part) for part in word.split("-")]
        genders = {part for part in parts if part != "u"}
        found = None if None in parts else genders.pop() if len(genders) == 1 else "u"
    return found


# Short forms of given names that are not prefixes of the full form.
NICKNAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "bill": "william", "billy": "william", "will": "william", "bob": "robert",
        "bobby": "robert", "rob": "robert", "dick": "richard", "rick": "richard",
        "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas",
        "tony": "anthony", "joe": "joseph", "ben": "benjamin", "liz": "elizabeth",
        "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine catherine kathryn",
        "katie": "katherine catherine", "chris": "christopher christine christina",
        "dan": "daniel", "danny": "daniel", "dave": "david", "ed": "edward edmund",
        "ted": "edward", "jack": "john", "nick": "nicholas", "pat": "patrick patricia",
        "sam": "samuel samantha", "steve": "stephen steven", "andy": "andrew",
        "alex": "alexander alexandra", "matt": "matthew", "tim": "timothy",
        "hank": "henry", "harry": "henry", "peggy": "margaret", "meg": "margaret",
        "bernie": "bernard", "chuck": "charles", "charlie": "charles", "fred": "frederick",
        "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "larry": "lawrence",
        "len": "leonard", "mandy": "amanda", "nate": "nathan nathaniel", "pete": "peter",
        "phil": "philip phillip", "ron": "ronald", "sue": "susan", "terry": "terence",
        "vince": "vincent", "jon": "jonathan", "johnny": "john", "jen": "jennifer",
        "jenny": "jennifer", "becky": "rebecca", "abby": "abigail", "gerry": "gerald",
        "jerry": "gerald jerome", "tommy": "thomas", "mick": "michael", "micky": "michael",
        "sandy": "sandra alexander", "vicky": "victoria", "debbie": "deborah",
        "mo": "mohammed muhammad maureen", "angie": "angela", "theo": "theodore",
        "al": "albert alan alfred", "tess": "theresa teresa", "terri": "theresa teresa",
    }.items()
}


# Speech cues whose past tense is irregular or a phrase; the rest add "-ed".
IRREGULAR_PAST_OF = {
    "say": "said", "tell": "told", "write": "wrote", "think": "thought", "feel": "felt",
    "know": "knew", "go": "went", "make": "made", "hit": "hit", "set": "set", "put": "put",
    "take": "took", "speak": "spoke", "give": "gave", "come": "came", "hold": "held",
    "spell": "spelled", "according to": "according to", "admit": "admitted",
    "label": "labelled", "signal": "signalled",
}
# fmt: on


def past_tense(lemma: str) -> str:
    """ "insist" -> "insisted", "say" -> "said", "hit out at" -> "hit out at".

    For one-line summaries; in a phrase only the first word, the verb, changes.
    """
    if lemma in IRREGULAR_PAST_OF:
        return IRREGULAR_PAST_OF[lemma]
    verb, space, rest = lemma.partition(" ")
    if space:
        return f"{past_tense(verb)} {rest}"
    return _inflect(lemma)[2]


# The nouns of media that carry a remark (regular-expression alternatives):
# recordings, documents, and the kind of medium before them ("WhatsApp messages").
RECORDINGS = (
    r"recordings?|tapes?|audio|video|footage|clips?|voice\s+notes?|voice\s+messages?|voicemails?|"
    # ("a 47-second excerpt": one measured in time is a recording's, not a book's.)
    r"[\w]+-(?:second|minute)\s+excerpts?|"
    r"voice\s+memos?|"
    r"episodes?|"
    r"webcasts?|live\s?streams?|(?:hot|open|live)[ -]mic(?:rophone)?s?"
)
DOCUMENTS = (
    r"memos?|memorandum|emails?|e-mails?|messages?|texts|documents?|letters?|transcripts?|"
    r"dossier|files?|text\s+messages|chats?|cables?|screenshots?|notes|notebooks?|drafts?"
    r"|threads?|slides"
    # ("confidential board papers", "passed the papers to": a body's papers, not the press.)
    r"|(?<=board\s)papers?|(?<=briefing\s)papers?|(?<=cabinet\s)papers?"
    r"|(?<=confidential\s)papers?|(?<=internal\s)papers?|(?<=the\s)papers(?=\s+to\b)"
    # ("published the minutes of a meeting": a record, not a time.)
    r"|minutes(?=\s+of\s+(?:an?|the|its|their)\s)"
)
KIND_OF_MEDIUM = r"(?:(?:audio|video|phone|telephone|WhatsApp|Signal|text|Slack)\s+)?"
# How a medium is said to come out, in the passive ("was posted on YouTube").
PUT_OUT = r"posted|published|released|shared|leaked|aired|broadcast"
# What opens a relative clause set off by a comma: ", which led its funding round".
RELATIVE_ASIDE_OPENER = r",\s+(?:which|who|whose|whom|where)\b"
# A legislative chamber by the name a text gives it ("in the House", "told the Dáil",
# "told MSPs"): a body words are said in, never an outlet.
CHAMBERS = (
    r"House|Assembly|Parliament|Senate|Commons|Lords|Chamber|Legislative Assembly"
    r"|Lok Sabha|Rajya Sabha|Dáil|Holyrood|Stormont|Senedd|Oireachtas|Knesset|Bundestag"
    # Its members: "told MSPs", "told MPs".
    r"|M[SP]?Ps|MLAs|MEPs|TDs|senators|lawmakers|legislators"
)
# A chamber by its name, an article and a word of its kind before a chamber's own word:
# "the National Assembly", "De Nationale Assemblée", "the Sejm" (not "CNN Congress").
NAMED_CHAMBERS = (
    r"(?:(?:De|La|Le|El|Die|Der|Het)\s+)?(?:(?:National|Nationale|Nacional|Nazionale|Federal"
    r"|State|Legislative|Provincial|Regional|General|Constituent|People's|Supreme)\s+)?"
    r"(?:Assembly|Assemblée|Asamblea|Assembleia|Assemblea|Parliament|Senate|Congress|Sejm"
    rf"|Duma|Majlis|Storting|Riksdag|Folketing|Althing|Eduskunta|Sabor)|{CHAMBERS}"
)
# What a remark is called when it is what an outlet put out: "aired the exchange".
REMARK_NOUNS = r"exchange|remarks?|comments?|conversation|outburst|rant"

# "printed photographs of four of the pages": papers put out as pictures of them (not
# "photos of her son", "images of the protest").
PICTURED = re.compile(
    r"\b(?:printed|published|posted|ran|showed)\s+(?:an?\s+)?"
    r"(?P<pictures>(?:photographs?|photos?|scans?|images?|pictures?)\s+of\s+"
    r"(?:(?:\w+|all|some)\s+of\s+)?(?:the|her|his|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:pages?|papers|sheets?)\b)",
    re.IGNORECASE,
)

# Kinds of body a text names right before a body's name: "the consumer group X", "the
# election watchdog X".
BODY_KINDS = (
    r"group|watchdog|association|charity|coalition|alliance|movement|foundation"
    r"|organi[sz]ation|federation|NGO"
    # "the student collective Sottoportico", "the union Unite".
    r"|collective|union"
)
