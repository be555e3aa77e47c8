"""Attribution: every pattern of who-said-what, on short texts written for the tests."""

from __future__ import annotations

import pytest

from provenance.records import ParsedArticle
from tests.helpers import parse, speaker_of, statements

HEAD = "Council row deepens\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Anna Berg said: "We will not back down."',
            [("direct", "We will not back down.", "Anna Berg")],
        ),
        (
            '"We will not back down," Anna Berg said.',
            [("direct", "We will not back down", "Anna Berg")],
        ),
        (
            '"We will not back down," said Anna Berg.',
            [("direct", "We will not back down", "Anna Berg")],
        ),
        (
            'Anna Berg said "we will not back down" on Monday.',
            [("partial", "we will not back down", "Anna Berg")],
        ),
        (
            "Anna Berg said the council had lied to residents.",
            [("indirect", "the council had lied to residents", "Anna Berg")],
        ),
        (
            "Anna Berg said that the council had lied to residents.",
            [("indirect", "the council had lied to residents", "Anna Berg")],
        ),
        (
            "Anna Berg told the Evening Post that the council had lied.",
            [("indirect", "the council had lied", "Anna Berg")],
        ),
        (
            "The council had lied to residents, according to Anna Berg.",
            [("indirect", "The council had lied to residents", "Anna Berg")],
        ),
        (
            'Anna Berg dismissed the report as "a stitch-up".',
            [("partial", "a stitch-up", "Anna Berg")],
        ),
        ('Anna Berg described the vote as "a disgrace".', [("partial", "a disgrace", "Anna Berg")]),
        ('Anna Berg labelled him a "serial liar".', [("partial", "serial liar", "Anna Berg")]),
        (
            "Anna Berg went on to say the vote was rigged.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            'Anna Berg insisted: "I stand by every word."',
            [("direct", "I stand by every word.", "Anna Berg")],
        ),
        (
            "Anna Berg claimed the minutes were altered.",
            [("indirect", "the minutes were altered", "Anna Berg")],
        ),
        (
            "Anna Berg revealed that the mayor had known for weeks.",
            [("indirect", "the mayor had known for weeks", "Anna Berg")],
        ),
        (
            "Anna Berg said earlier on Friday at a news conference that the vote was rigged.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            "Anna Berg said the vote was rigged, even as the count went on.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            "Anna Berg told senior staff that the vote was rigged.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            "Anna Berg called for his resignation on 16 May.",
            [("indirect", "his resignation", "Anna Berg")],
        ),
        ("The council will consider the budget when it meets.", []),
        (
            "A party whip, who asked not to be named, said the plan was dead.",
            [("indirect", "the plan was dead", None)],
        ),
        (
            "The debate, the only one the two candidates agreed to, aired live on Tuesday.",
            [],
        ),
        (
            "Colin Farrimond defended the chief constable at a public meeting of the panel.",
            [("indirect", "the chief constable", "Colin Farrimond")],
        ),
        (
            "Peter Whynot defended Brigham Thursday morning on Open Line, a call-in show.",
            [("indirect", "Brigham", "Peter Whynot")],
        ),
        (
            "Anna Berg called for his resignation on Wednesday, hours before the meeting.",
            [("indirect", "his resignation", "Anna Berg")],
        ),
        (
            "Minister of State for Home Ganesh Salunkhe said the police would act.",
            [("indirect", "the police would act", "Ganesh Salunkhe")],
        ),
        (
            "Anna Berg told reporters at Parliament House on Thursday she had acted.",
            [("indirect", "she had acted", "Anna Berg")],
        ),
        (
            "Anna Berg told reporters outside her office Wednesday evening that she had acted.",
            [("indirect", "she had acted", "Anna Berg")],
        ),
        (
            "Anna Berg told NBI Radio's Morning Report on Monday that she had acted.",
            [("indirect", "she had acted", "Anna Berg")],
        ),
        (
            "Anna Berg of the opposition Green Party said the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Anna Berg asked the council at its meeting whether the plan was dead.",
            [("indirect", "whether the plan was dead", "Anna Berg")],
        ),
        (
            "Anna Berg responded from the dais at Tuesday night's meeting, saying the plan was "
            "dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Comhar's health spokesperson, Deputy Anna Berg, said the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Anna Berg said in a statement that night that the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            'Anna Berg said the plan did not reflect "his record, which speaks for itself."',
            [
                (
                    "indirect",
                    'the plan did not reflect "his record, which speaks for itself."',
                    "Anna Berg",
                ),
                ("partial", "his record, which speaks for itself.", "Anna Berg"),
            ],
        ),
        (
            "Anna Berg assured the board that the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Anna Berg warned residents could face flooding.",
            [("indirect", "residents could face flooding", "Anna Berg")],
        ),
        (
            "Later, the board chair, Anna Berg, issued a statement saying the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Anna Berg called for the MP to face residents at a public meeting.",
            [("indirect", "the MP to face residents at a public meeting", "Anna Berg")],
        ),
        (
            "Anna Berg, a Democrat seeking a third term, wrote that the plan was dead.",
            [("indirect", "the plan was dead", "Anna Berg")],
        ),
        (
            "Iain Drummond said yesterday that the plan was dead.",
            [("indirect", "the plan was dead", "Iain Drummond")],
        ),
        (
            "Anna Berg insisted the union agreed a deal.",
            [("indirect", "the union agreed a deal", "Anna Berg")],
        ),
        (
            "The league said on Oct. 3 that it was aware.",
            [("indirect", "it was aware", None)],
        ),
        ("Transit chief faces new calls to quit.", []),
        (
            # Someone heard saying something, whatever preposition follows.
            '"We will not back down," Anna Berg can be heard saying on the stream.',
            [("direct", "We will not back down", "Anna Berg")],
        ),
        (
            # An occupation in apposition makes a name of words no rule knows.
            "Oksana Verhoeven, an investor at Saltmarsh Capital, said the deal was off.",
            [("indirect", "the deal was off", "Oksana Verhoeven")],
        ),
        (
            # A relative named by whose relative they are speaks, not the one named.
            "The father of defenceman Brody Lachance says the coach should go.",
            [("indirect", "the coach should go", None)],
        ),
        (
            # A poll or its figures show what they find, as a speaker would say it.
            "The latest poll shows the race breaking along familiar lines.",
            [("indirect", "the race breaking along familiar lines", None)],
        ),
        (
            # An aside after a subject that a connective opens the sentence before.
            "But Anna Berg, noting the size of the crowd, said the vote was rigged.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            # An inverted cue after a comma, with a name no rule knows.
            "The city has ignored the rules for years, said Nargis Kassenova, a planner.",
            [("indirect", "The city has ignored the rules for years", "Nargis Kassenova")],
        ),
        (
            # No inversion: a pronoun in what is said is not the speaker.
            "The Italian, whose side sit 14th, added that he had not heard from Pellow.",
            [("indirect", "he had not heard from Pellow", None)],
        ),
        (
            "Anna Berg told a room of wealthy donors at a private retreat two weeks ago that "
            "the vote was rigged.",
            [("indirect", "the vote was rigged", "Anna Berg")],
        ),
        (
            # How long after, before "that", is when it was said.
            "Darlene Kostyniuk said hours later that the apology was a start. Kevin Dueck "
            "said two days later that he agreed.",
            [
                ("indirect", "the apology was a start", "Darlene Kostyniuk"),
                ("indirect", "he agreed", "Kevin Dueck"),
            ],
        ),
        (
            # Those told what to do are in what was said, the role before them too.
            "Dana Okafor told the deputy chiefs to start building the case.",
            [("indirect", "the deputy chiefs to start building the case", "Dana Okafor")],
        ),
        (
            # What a body may do is nothing it said.
            "The board hears complaints against officers and can recommend discipline to the "
            "chief, who has the final say.",
            [],
        ),
        (
            # A body named again, then a relative clause before its verb.
            "The Capital Region Firefighters' Association said it was angry. The association, "
            "which represents 160 firefighters, called for the chief to resign.",
            [
                ("indirect", "it was angry", "Capital Region Firefighters' Association"),
                (
                    "indirect",
                    "the chief to resign",
                    "Capital Region Firefighters' Association",
                ),
            ],
        ),
        (
            # Where it was said, between the participle and "that".
            "Ross Keddell defended the coach, saying on radio this morning that he should stay.",
            [
                ("indirect", "the coach", "Ross Keddell"),
                ("indirect", "he should stay", "Ross Keddell"),
            ],
        ),
        (
            # Where someone told it, with no "that" after.
            "Rachel Ambrose told a press conference at Parliament House she had stood him aside.",
            [("indirect", "she had stood him aside", "Rachel Ambrose")],
        ),
        (
            # A plural subject, the base form and a clause after "that".
            "The slides state that the company intends to cut jobs.",
            [("indirect", "the company intends to cut jobs", None)],
        ),
        (
            "Luis Carranza told reporters that the principal owed an apology.",
            [("indirect", "the principal owed an apology", "Luis Carranza")],
        ),
        (
            "It is understood the recording was made on a phone.",
            [("indirect", "the recording was made on a phone", None)],
        ),
        (
            "A voice note in which Karl Berg told his chef to fire him has been played in court.",
            [("indirect", "his chef to fire him", "Karl Berg")],
        ),
        (
            "Anna Berg can be heard saying of Una Breen, chief executive of the advocacy group "
            'Carers Voice Ireland, who had just finished her opening statement: "Same tears."',
            [("direct", "Same tears.", "Anna Berg")],
        ),
        (
            "The memo was sent by chief executive Declan Moriarty to the board on Friday. "
            '"Crew are replaceable," the memo said.',
            [("direct", "Crew are replaceable", "Declan Moriarty")],
        ),
        (
            "The memo, dated 28 April and signed by city manager Themba Ngubane, went to unit "
            'heads. "Repairs are to be held over," the memo reads.',
            [("direct", "Repairs are to be held over", "Themba Ngubane")],
        ),
        (
            # "Rana" is most often a woman's name; "Mr" says this Rana is a man.
            'Rana Shahid Javed said it was wrong. "It was wrong," Mr Javed said.',
            [
                ("indirect", "it was wrong", "Rana Shahid Javed"),
                ("direct", "It was wrong", "Rana Shahid Javed"),
            ],
        ),
        (
            "Unión Deportiva Almendral responded later. In a statement, the club said it had "
            'cut ties. "No agent will dictate to us," the statement said.',
            [
                ("indirect", "it had cut ties", "Unión Deportiva Almendral"),
                ("direct", "No agent will dictate to us", "Unión Deportiva Almendral"),
            ],
        ),
        (
            "The Sindicato de Futbolistas Profesionales (SFP) said it was concerned. The SFP "
            "said players were worried.",
            [
                ("indirect", "it was concerned", "Sindicato de Futbolistas Profesionales"),
                ("indirect", "players were worried", "Sindicato de Futbolistas Profesionales"),
            ],
        ),
        (
            "Mzee Lokorio Ekai said the village was promised more.",
            [("indirect", "the village was promised more", "Lokorio Ekai")],
        ),
        (
            "The Older Australians Alliance weighed in later that day, saying in a statement "
            "that the comments were an insult.",
            [("indirect", "the comments were an insult", "Older Australians Alliance")],
        ),
        (
            "Governor Elijah Tanui denied the audio was his. Tanui said it was doctored. In the "
            "clip, the voice says officials must arrest critics.",
            [
                ("indirect", "the audio was his", "Elijah Tanui"),
                ("indirect", "it was doctored", "Elijah Tanui"),
                ("indirect", "officials must arrest critics", "Elijah Tanui"),
            ],
        ),
        (
            "In the clip, Brent Hollister, 58, shouts at players. Asked whether he would step "
            "down, the 58-year-old said he would not.",
            [("indirect", "he would not", "Brent Hollister")],
        ),
        (
            "Mayor Renata Halvorsen apologised. According to the mayor's chief of staff, Luis "
            "Ferrante, she thought it was private.",
            [("indirect", "she thought it was private", "Luis Ferrante")],
        ),
        (
            "The Sindicato de Futbolistas Profesionales said it was concerned. It called on the "
            "federation to act.",
            [
                ("indirect", "it was concerned", "Sindicato de Futbolistas Profesionales"),
                ("indirect", "the federation to act", "Sindicato de Futbolistas Profesionales"),
            ],
        ),
        (
            "Tom Hale said he was sorry. It called on the federation to act.",
            [("indirect", "he was sorry", "Tom Hale"), ("indirect", "the federation to act", None)],
        ),
        (
            '"The station should answer for it," said the group\'s convenor, Mere Tawhiri.',
            [("direct", "The station should answer for it", "Mere Tawhiri")],
        ),
        (
            "Leader of the Opposition Vasundhara Patil demanded a probe. Ms. Patil said the "
            "clip was real.",
            [
                ("indirect", "a probe", "Vasundhara Patil"),
                ("indirect", "the clip was real", "Vasundhara Patil"),
            ],
        ),
        (
            "Foreign Minister Elske Marwald apologised. A spokeswoman for the Foreign Minister "
            "said the remark was private.",
            [("indirect", "the remark was private", "Elske Marwald")],
        ),
        (
            "Cogta MEC Busisiwe Ntuli said she had ordered an investigation.",
            [("indirect", "she had ordered an investigation", "Busisiwe Ntuli")],
        ),
        (
            "Senga McAllister, who chairs the residents' association, said it came too late.",
            [("indirect", "it came too late", "Senga McAllister")],
        ),
        (
            "Agri-Europa, the Brussels-based federation of national farmers' unions, said the "
            "remarks were unfair.",
            [("indirect", "the remarks were unfair", "Agri-Europa")],
        ),
        (
            "The Save Maes-y-Dderwen campaign group said the clip proved its case.",
            [("indirect", "the clip proved its case", "Save Maes-y-Dderwen")],
        ),
        (
            "Officials of HopeBridge International will appear before MPs. In a statement, "
            "HopeBridge's global headquarters in Geneva said it was appalled.",
            [("indirect", "it was appalled", "HopeBridge International")],
        ),
        (
            # A capitalised word before a description that is its own name's.
            '"It is wrong," the Ohio teachers\' union said.',
            [("direct", "It is wrong", "Ohio teachers' union")],
        ),
        (
            "Bibi Netanyahu said it was wrong.",
            [("indirect", "it was wrong", "Bibi Netanyahu")],
        ),
        (
            "The North American Basketball League fined him. The league office said it was "
            "reviewing the messages.",
            [("indirect", "it was reviewing the messages", "North American Basketball League")],
        ),
        (
            "Minister for Transport Niall Brosnan said the talks should resume.",
            [("indirect", "the talks should resume", "Niall Brosnan")],
        ),
        (
            "The plan is dead, Mayor Ann Reid said in a statement read on the radio. A day "
            "after the clip aired, she replied in a letter. She answered in a communiqué "
            "signed by her chief of staff.",
            [("indirect", "The plan is dead", "Ann Reid")],
        ),
        (
            "Dragan Ilić has not questioned the video's authenticity. The firm did not "
            "dispute the figures.",
            [],
        ),
        (
            "Committee chair Rumen Dobrev was caught on parliament TV saying doctors should leave.",
            [("indirect", "doctors should leave", "Rumen Dobrev")],
        ),
        (
            "Mei Sok told the Courier that evening that the apology changed nothing.",
            [("indirect", "the apology changed nothing", "Mei Sok")],
        ),
        # What is said in a relative clause ends where the sentence's own verb follows
        # a quotation.
        (
            "Ana Kola said a recording in which he told a meeting that villages which voted "
            'against him "can wait for their roads" had been "taken out of context".',
            [
                (
                    "indirect",
                    "a recording in which he told a meeting that villages which voted against "
                    'him "can wait for their roads" had been "taken out of context"',
                    "Ana Kola",
                ),
                ("indirect", 'villages which voted against him "can wait for their roads"', None),
                ("partial", "can wait for their roads", None),
                ("partial", "taken out of context", "Ana Kola"),
            ],
        ),
        # A field of work is no cue, nor is a noun before a possessive; a clause before
        # its attribution may hold a statement that quotes words of its own.
        (
            "The city ordered an audit after its director of urban planning was caught "
            'telling staff to "lose" objections, Deputy Mayor Ana Kola said.',
            [
                (
                    "indirect",
                    "The city ordered an audit after its director of urban planning was caught "
                    'telling staff to "lose" objections',
                    "Ana Kola",
                ),
                ("indirect", 'staff to "lose" objections', None),
                ("partial", "lose", None),
            ],
        ),
        (
            'The planning chief\'s email told staff to "lose" objections.',
            [("indirect", 'staff to "lose" objections', None), ("partial", "lose", None)],
        ),
        # Where it was said comes before the clause, or is all there is.
        (
            "Mayor Ann Reid said on the radio the plan was dead. She answered in a statement "
            "read on the evening news.",
            [("indirect", "the plan was dead", "Ann Reid")],
        ),
        # "helped found" is the verb "found", no finding.
        (
            "Cecil Ballantyne, who helped found the party in 1974, told the Courier that the"
            " uproar was staged.",
            [("indirect", "the uproar was staged", "Cecil Ballantyne")],
        ),
        # A body named in a relative clause inside an apposition is not who speaks.
        (
            'The Punjab Railways Board met. "I sat beside him," Dr Samina Gondal, a retired'
            " engineer who left the board in 2024, told the Herald.",
            [("direct", "I sat beside him", "Samina Gondal")],
        ),
        # After what someone was told to do, a modal opening a quotation is the main verb.
        (
            "She said a memo in which he told managers to keep the figures out of the minutes"
            ' "cannot be read as it has been printed".',
            [
                (
                    "indirect",
                    "a memo in which he told managers to keep the figures out of the minutes"
                    ' "cannot be read as it has been printed"',
                    None,
                ),
                ("indirect", "managers to keep the figures out of the minutes", None),
                ("partial", "cannot be read as it has been printed", None),
            ],
        ),
        # An outlet told, with no "that", is no part of what was said.
        (
            "Ms Dorota Jablonska told the site she had handed them over.",
            [("indirect", "she had handed them over", "Dorota Jablonska")],
        ),
        # When a stance was taken is no part of whom it was about.
        (
            "Margaret Lidom, a nursing sister, defended her last night, telling the Ledger that"
            " she had slept in the hospital.",
            [
                ("indirect", "her", "Margaret Lidom"),
                ("indirect", "she had slept in the hospital", "Margaret Lidom"),
            ],
        ),
        (
            "Marat Osmon, a fellow deputy, defended him over the weekend on Ordo TV, saying the"
            " audio had appeared too conveniently.",
            [
                ("indirect", "him", "Marat Osmon"),
                ("indirect", "the audio had appeared too conveniently", "Marat Osmon"),
            ],
        ),
        # A verb of announcing set off as a passive is no cue; nor "showed no sign of".
        (
            "The suspension, announced in a statement on Sunday evening, came a day after Mr"
            " Kofi Asiedu told journalists that the recording was doctored. But the storm showed"
            " no sign of easing.",
            [("indirect", "the recording was doctored", "Kofi Asiedu")],
        ),
        # A day between the subject and its verb is when, not who.
        (
            "The president of the region, Amparo Sanchis, yesterday defended her minister, "
            "telling the parliament that the messages were a joke.",
            [
                ("indirect", "her minister", "Amparo Sanchis"),
                ("indirect", "the messages were a joke", "Amparo Sanchis"),
            ],
        ),
        (
            "Mayor Ann Reid responded on Tuesday evening in a statement issued from her office, "
            "saying the email had been misread.",
            [("indirect", "the email had been misread", "Ann Reid")],
        ),
    ],
)
def test_attribution_patterns(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(parse(HEAD + body)) == expected


@pytest.mark.parametrize(
    ("subject", "source"),
    [
        (
            "the Manado-based rights group Lembaga Advokasi (LAHSS)",
            "the Manado-based rights group Lembaga Advokasi (LAHSS)",
        ),
        ("the election watchdog Jaga Suara", "the election watchdog Jaga Suara"),
        # What a body's name after "for" holds, "and" included.
        (
            "a spokesperson for the Department for Business and Trade",
            "a spokesperson for the Department for Business and Trade",
        ),
        (
            "an association representing freelance musicians and singers",
            "an association representing freelance musicians and singers",
        ),
    ],
)
def test_a_bodys_description_and_what_qualifies_a_role_are_part_of_the_source(
    subject: str, source: str
) -> None:
    parsed = parse(HEAD + f"On Friday, {subject} said that the remarks were intimidation.")
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == source


def test_a_free_relatives_verb_is_no_cue_and_who_was_told_may_be_of_something() -> None:
    """ "During what he believed was a break, X was recorded telling the host of an
    industry podcast that ...": nothing believed was said; whose host was told."""
    parsed = parse(
        HEAD + "During what he believed was a break in the interview, Alistair Kinloch was "
        "recorded telling the host of an industry podcast that bill-payers were moaners."
    )
    assert statements(parsed) == [("indirect", "bill-payers were moaners", "Alistair Kinloch")]


def test_a_belief_whose_object_is_gone_before_was_is_no_statement() -> None:
    """ "the official he suspects was behind the leak": a relative clause, nothing said."""
    parsed = parse(HEAD + "He named the official he suspects was behind the leak.")
    assert statements(parsed) == []


def test_a_campaign_named_by_its_call_and_a_hospital_admitting_patients() -> None:
    """ "Keep Kirkholme Births, a campaign group set up by parents in 2024 after the unit
    stopped admitting women in labour overnight, said": the group speaks; "admitting
    women" lets them in and says nothing."""
    parsed = parse(
        HEAD + "Keep Kirkholme Births, a campaign group set up by parents in 2024 after the "
        "unit stopped admitting women in labour overnight, said on Facebook on Saturday that "
        "the notes told families everything."
    )
    assert statements(parsed) == [
        ("indirect", "the notes told families everything", "Keep Kirkholme Births")
    ]


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        (
            "Former rector defends chief over voice message calling occupiers 'spoiled tourists'",
            "voice message",
        ),
        ("Councillor sorry for leaked LINE voice message calling residents 'hunters'", None),
    ],
)
def test_a_medium_named_with_its_kind_or_platform_is_the_headlines_source(
    headline: str, source: str | None
) -> None:
    parsed = parse(headline + "\n\nThe row went on.")
    [said] = [q for q in parsed.quotes if q.kind == "partial"]
    text = parsed.article.text
    assert said.speaker is None or parsed.entities[said.speaker].kind == "person"
    if source is not None:
        assert text[said.source_start : said.source_end] == source  # type: ignore[misc]


def test_a_day_after_the_verb_is_no_subject_of_a_gerund() -> None:
    parsed = parse(
        HEAD + "The chief executive of Cormorant Marine Lines apologized Wednesday for calling"
        ' complaints "noise".'
    )
    [noise] = [q for q in parsed.quotes if q.text == "noise"]
    text = parsed.article.text
    assert text[noise.source_start : noise.source_end].startswith("The chief executive")  # type: ignore[misc]


def test_a_headlines_stance_ends_before_what_it_was_taken_over() -> None:
    """ "Cathaoirleach defends Cork council chief over email calling objectors '...'": the
    stance is about the chief; the quoted words are the email's, in no channel of his."""
    parsed = parse(
        "Cathaoirleach defends Cork council chief over email calling objectors 'a handful of"
        " holiday-home owners'\n\nThe Cathaoirleach of Cork County Council, Cllr Dónal Ó"
        " Céilleachair, has defended the chief executive, Ciarán Mac Cárthaigh."
    )
    [stance] = [q for q in parsed.quotes if q.paragraph == 0 and q.kind == "indirect"]
    assert stance.text == "Cork council chief"
    assert speaker_of(parsed, "Cork council chief") == "Dónal Ó Céilleachair"
    assert stance.channel is None
    valencia = parse(
        "Valencian president defends education minister over leaked Signal messages on"
        " striking teachers\n\nThe president, Amparo Sanchis, yesterday defended her"
        " education minister, Vicent Llorca, telling the parliament that leaked Signal"
        ' messages in which he wrote that striking teachers "can be replaced" were "a joke".'
    )
    [headline] = [q for q in valencia.quotes if q.paragraph == 0]
    assert headline.channel is None
    assert headline.event is not None and valencia.events[headline.event].type == "defence"


def test_a_quote_split_around_its_cue_is_two_statements_of_one_speaker() -> None:
    parsed = parse(HEAD + '"This is wrong," Anna Berg said, "and everyone knows it."')
    assert statements(parsed) == [
        ("direct", "This is wrong", "Anna Berg"),
        ("direct", "and everyone knows it.", "Anna Berg"),
    ]


def test_coordinated_cues_share_their_subject() -> None:
    parsed = parse(
        HEAD + "Anna Berg was questioned by reporters and insisted the vote was fair, "
        "saying the count was checked twice, before adding that she would not resign."
    )
    assert statements(parsed) == [
        ("indirect", "the vote was fair", "Anna Berg"),
        ("indirect", "the count was checked twice", "Anna Berg"),
        ("indirect", "she would not resign", "Anna Berg"),
    ]


def test_a_medium_showing_someone_speak_and_what_they_said() -> None:
    parsed = parse(HEAD + "Anna Berg resigned after messages showed her mocking their pay claim.")
    assert statements(parsed) == [
        ("indirect", "her mocking their pay claim", "Anna Berg"),
        ("indirect", "their pay claim", "Anna Berg"),
    ]


def test_a_capitalised_word_and_a_base_form_after_a_are_one_noun_phrase() -> None:
    parsed = parse(HEAD + "A recording of a private Zoom call showed her mocking parents.")
    assert [(kind, text) for kind, text, _ in statements(parsed)] == [
        ("indirect", "her mocking parents"),
        ("indirect", "parents"),
    ]
    assert parsed.quotes[0].rule.startswith("'show'")


def test_a_verb_of_perception_with_a_pronoun_reports_nothing() -> None:
    parsed = parse(HEAD + "The vote was rigged, according to two people who saw it.")
    assert [text for _, text, _ in statements(parsed)] == ["The vote was rigged"]


def test_quotes_after_a_person_shown_saying_something_are_theirs() -> None:
    parsed = parse(
        HEAD + "Leaked audio showed him telling his players at half-time on Saturday that "
        'they were "cowards".'
    )
    assert source_of(parsed, 'they were "cowards"') == ("him", "telling")
    assert source_of(parsed, "cowards") == ("him", "telling")


def test_a_headlines_topic_before_a_colon_is_no_speaker_when_a_speaker_says_after_it() -> None:
    parsed = parse(
        "Director's voice message: Sagnarigu West MP says nurses should 'forgive and move on'"
        "\n\nThe MP, Abubakari Dawuni, spoke at a durbar."
    )
    assert source_of(parsed, "nurses should 'forgive and move on'") == (
        "Sagnarigu West MP",
        "says",
    )


def test_someone_recorded_as_saying_in_a_relative_clause_says_it() -> None:
    parsed = parse(
        HEAD + "The governor, Otávio Lemos, defended his education secretary, Mariângela"
        " Pacheco, over leaked minutes of a meeting in which she is recorded as saying that"
        ' teachers on strike "can wait until after the election".'
    )
    assert speaker_of(parsed, 'teachers on strike "can wait until after the election"') == (
        "Mariângela Pacheco"
    )


def test_a_dateline_in_capitals_is_no_speaker() -> None:
    parsed = parse(
        HEAD + "Special Correspondent\n\nAMARAVALLI: Members of the Opposition staged a walkout."
        "\n\nThe minister said the clip was fake."
    )
    assert [text for _, text, _ in statements(parsed)] == ["the clip was fake"]


def test_a_dateline_in_title_case_is_no_speaker_and_opens_the_sentence() -> None:
    parsed = parse(
        HEAD + "New Delhi: Suspended national selector Harish Vardhan Negi has said that the "
        'footage was "doctored".'
    )
    assert statements(parsed) == [
        ("indirect", 'the footage was "doctored"', "Harish Vardhan Negi"),
        ("partial", "doctored", "Harish Vardhan Negi"),
    ]


def test_a_video_posted_online_shows_someone_whose_words_are_his() -> None:
    parsed = parse(
        HEAD + "Tom Reid apologized late Sunday after a video posted on TikTok showed him "
        'calling the fans "frauds."'
    )
    assert source_of(parsed, 'him calling the fans "frauds."') == (
        "a video posted on TikTok",
        "showed",
    )
    assert source_of(parsed, "frauds.") == ("him", "calling")
    assert speaker_of(parsed, "frauds.") == "Tom Reid"


def test_an_adverbial_with_abbreviations_before_that() -> None:
    parsed = parse(HEAD + "The league said in a statement at 3 p.m. Monday that it was aware.")
    assert [text for _, text, _ in statements(parsed)] == ["it was aware"]


@pytest.mark.parametrize("when", ["late Wednesday", "early Friday", "a fortnight ago"])
def test_late_or_early_on_a_day_or_a_time_ago_before_that_is_when(when: str) -> None:
    parsed = parse(HEAD + f"The league said {when} that it was aware.")
    assert [text for _, text, _ in statements(parsed)] == ["it was aware"]


@pytest.mark.parametrize(
    "body",
    [
        "The mayor said in an interview with KHBT that aired Sept. 10 that it was aware.",
        "The mayor told KHBT in an interview that was broadcast on Monday that it was aware.",
        "The mayor said in a statement which was released late Tuesday that it was aware.",
    ],
)
def test_a_relative_clause_on_when_a_medium_went_out_is_not_what_was_said(body: str) -> None:
    assert [text for _, text, _ in statements(parse(HEAD + body))] == ["it was aware"]


def test_a_clause_of_another_time_closed_before_that_does_not_end_the_statement() -> None:
    parsed = parse(
        HEAD + "Yvette Marroquin said in a statement, after the interview aired, that she had "
        "asked her staff to draft a bill."
    )
    assert statements(parsed) == [
        ("indirect", "she had asked her staff to draft a bill", "Yvette Marroquin")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The row is over the policy, which was announced last month and requires staff to work.",
        "A year after it was announced, no one had come under the program.",
    ],
)
def test_what_was_announced_or_revealed_is_no_speaker(body: str) -> None:
    assert statements(parse(HEAD + body)) == []


def test_but_it_was_revealed_that_reports_a_statement() -> None:
    parsed = parse(HEAD + "It was revealed in March that she had used a personal account.")
    assert [text for _, text, _ in statements(parsed)] == ["she had used a personal account"]


def test_as_planned_is_how_not_a_cue() -> None:
    parsed = parse(
        HEAD + "He insisted that the strike would go ahead as planned and that he had never "
        "doubted them."
    )
    assert [text for _, text, _ in statements(parsed)] == [
        "the strike would go ahead as planned and that he had never doubted them"
    ]


def test_a_clause_that_opens_with_a_quoted_word_is_reported_whole() -> None:
    parsed = parse(HEAD + 'Ravi Chaudhry claimed that "dozens" of branches had backed the motion.')
    assert statements(parsed) == [
        ("indirect", '"dozens" of branches had backed the motion', "Ravi Chaudhry"),
        ("partial", "dozens", "Ravi Chaudhry"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        'Martin Quayle described them as "easily led" and a planned strike as "theatre".',
        "Martin Quayle called members 'easily led' and the strike 'theatre'.",
    ],
)
def test_a_second_object_joined_by_and_has_its_quote_from_the_same_speaker(body: str) -> None:
    parsed = parse(HEAD + body)
    assert speaker_of(parsed, "theatre") == "Martin Quayle"


def test_a_participle_after_a_preposition_is_an_adjective_and_what_was_posted_no_speaker() -> None:
    parsed = parse(
        HEAD + "Karen Walsh apologised, days after messages in which she mocked residents of a "
        "block hit by repeated lift breakdowns were posted online."
    )
    assert [text for _, text, _ in statements(parsed)] == [
        "residents of a block hit by repeated lift breakdowns"
    ]


def test_an_opening_prepositional_phrase_is_no_clause_reported_before_its_cue() -> None:
    parsed = parse(
        HEAD + "At a news conference at the party's headquarters on Wednesday, Vernon Soogrim "
        "demanded Ramnarine's resignation."
    )
    assert statements(parsed) == [("indirect", "Ramnarine's resignation", "Vernon Soogrim")]


def test_what_someone_asked_for_is_what_they_asked() -> None:
    parsed = parse(HEAD + "In a leaked audio, Commissioner Ade Bello is heard asking for a bribe.")
    assert statements(parsed) == [("indirect", "a bribe", "Ade Bello")]


def test_members_of_a_house_told_something_are_no_part_of_it() -> None:
    parsed = parse(
        "Medical director tells MLAs letter phrase was 'unfortunate'\n\nThe row goes on."
    )
    assert ("indirect", "letter phrase was 'unfortunate'", None) in statements(parsed)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Shaun Prideaux told parliament he had sought an explanation.",
            "he had sought an explanation",
        ),
        ("Ann Moss told her fellow directors the board should wait.", "the board should wait"),
        ("Ann Moss told the assembly she had not known.", "she had not known"),
    ],
)
def test_a_body_or_group_told_with_no_that_is_no_part_of_what_was_said(
    sentence: str, said: str
) -> None:
    assert [s[1] for s in statements(parse(HEAD + sentence))] == [said]


def test_a_headline_names_its_quote_before_a_colon() -> None:
    parsed = parse(
        "Vice-chancellor’s leaked voice note: ‘Nobody will miss it’\n\nThe note was leaked."
    )
    assert source_of(parsed, "Nobody will miss it") == ("Vice-chancellor’s leaked voice note", ":")


@pytest.mark.parametrize("label", ["Sting video", "Leaked audio", "Exclusive footage"])
def test_a_headline_label_before_a_colon_is_no_speaker(label: str) -> None:
    parsed = parse(f"{label}: Suspended selector calls footage 'doctored'\n\nThe row goes on.")
    assert source_of(parsed, "doctored") == ("Suspended selector", "calls")


def test_a_name_ending_in_a_label_word_still_speaks_before_a_colon() -> None:
    parsed = parse("Judicial Watch: State Department Hid Key Email\n\nThe row goes on.")
    assert source_of(parsed, "State Department Hid Key Email") == ("Judicial Watch", ":")


def test_a_relative_clause_starts_a_new_statement() -> None:
    parsed = parse(
        HEAD + 'Anna Berg said the mayor would lose on Friday, who she branded a "coward".'
    )
    assert statements(parsed) == [
        ("indirect", "the mayor would lose on Friday", "Anna Berg"),
        ("partial", "coward", "Anna Berg"),
    ]


def test_a_quote_paragraph_with_no_cue_continues_the_previous_speaker() -> None:
    parsed = parse(
        HEAD + 'Anna Berg said the vote was rigged.\n\n"Nobody believes the count."\n\n'
        "The council declined to comment."
    )
    assert speaker_of(parsed, "Nobody believes the count.") == "Anna Berg"


def test_a_multi_paragraph_quote_keeps_its_speaker() -> None:
    parsed = parse(
        HEAD + 'Anna Berg said: "First we lost the vote.\n\n"Then we lost the hall.\n\n'
        '"Now we fight."\n\nPaul Chen said: "She is wrong."'
    )
    assert [s[2] for s in statements(parsed)] == ["Anna Berg"] * 3 + ["Paul Chen"]


def test_a_sentence_opening_with_a_participle_continues_the_previous_speaker() -> None:
    parsed = parse(HEAD + "Anna Berg said the vote was rigged.\n\nAdding that the count was late.")
    assert speaker_of(parsed, "the count was late") == "Anna Berg"


def test_nouns_that_look_like_cues_are_not_cues() -> None:
    parsed = parse(HEAD + "The claims and the comments were discussed by the council.")
    assert statements(parsed) == []


def test_a_contentless_cue_passes_its_subject_on() -> None:
    parsed = parse(HEAD + 'In a radio interview she backtracked and said "the vote stands".')
    quote = parsed.quotes[0]
    assert parsed.article.text[quote.source_start : quote.source_end] == "she"
    assert quote.cue is not None and quote.cue.text == "said"


def test_cue_and_source_spans_point_at_the_words() -> None:
    parsed = parse(HEAD + '"It is over," the council leader said.')
    quote = parsed.quotes[0]
    text = parsed.article.text
    assert quote.cue is not None
    assert text[quote.cue.start : quote.cue.end] == "said"
    assert text[quote.source_start : quote.source_end] == "the council leader"
    assert text[quote.start : quote.end] == quote.text == "It is over"


def source_of(parsed: ParsedArticle, quote_text: str) -> tuple[str, str]:
    """The (source, cue) words of the statement with exactly this text."""
    quote = next(q for q in parsed.quotes if q.text == quote_text)
    assert quote.cue is not None and quote.source_start is not None
    text = parsed.article.text
    return text[quote.source_start : quote.source_end], quote.cue.text


@pytest.mark.parametrize(
    ("body", "statement", "source", "cue"),
    [
        (
            "“We deserve better.” ― Carla Sanchez\n“Nobody asked us.” — Ana Ruiz.",
            "Nobody asked us.",
            "Ana Ruiz",
            "—",
        ),
        ("”Fear. I am afraid.” ― Ana Ruiz", "Fear. I am afraid.", "Ana Ruiz", "―"),
        ('"WALLACE: Let us begin with the vote."', "Let us begin with the vote.", "WALLACE", ":"),
        (
            '"The vote stands," a spokesman for committee members said.',
            "The vote stands",
            "a spokesman for committee members",
            "said",
        ),
        (
            "The agency talked about the plan, but officials said the talks came late.",
            "the talks came late",
            "officials",
            "said",
        ),
        (
            # (The relative clause is said of the body, and is part of the source, as the
            # gold files have it; the name in it is not the subject.)
            "Ann Ferland, a managing director at Keelhaul Capital, which led Parcelwise's "
            "funding round, defended the plan.",
            "the plan",
            "Ann Ferland, a managing director at Keelhaul Capital, which led Parcelwise's "
            "funding round,",
            "defended",
        ),
        (
            "The United Civic Front's spokesperson on policing, Riaan Botha, said the plan was "
            "sound.",
            "the plan was sound",
            "The United Civic Front's spokesperson on policing, Riaan Botha,",
            "said",
        ),
        (
            "Ann Ferland, in an interview with Radio North on Monday, said the plan was sound.",
            "the plan was sound",
            "Ann Ferland",
            "said",
        ),
        (
            "Ann Ferland, the housing minister, said the plan was sound.",
            "the plan was sound",
            "Ann Ferland, the housing minister,",
            "said",
        ),
        (
            "Huma Abedin, vice chairwoman for the campaign, emailed supporters on Monday "
            "evening, saying the plan would fail.",
            "the plan would fail",
            "Huma Abedin, vice chairwoman for the campaign,",
            "saying",
        ),
        (
            "Ilse Brandauer, who leads the party, had gone further on a talk show on Sunday "
            "evening, saying the plan would fail.",
            "the plan would fail",
            "Ilse Brandauer, who leads the party,",
            "saying",
        ),
        (
            'The senator for the district, Tunde Olagbaju, on Thursday dismissed it as "a fake".',
            "a fake",
            "The senator for the district, Tunde Olagbaju,",
            "dismissed",
        ),
        (
            "Henrik Vollmar, the principal conductor of the orchestra, said the plan would fail.",
            "the plan would fail",
            "Henrik Vollmar, the principal conductor of the orchestra,",
            "said",
        ),
        (
            "The star pianist Marta Lind said the plan would fail.",
            "the plan would fail",
            "The star pianist Marta Lind",
            "said",
        ),
        (
            "The civic's chairperson, Nomvula Mgqibelo, said the plan would fail.",
            "the plan would fail",
            "The civic's chairperson, Nomvula Mgqibelo,",
            "said",
        ),
        (
            "Anna Berg, the chairwoman, apologised for messages in which she mocked residents, "
            "saying the plan would fail.",
            "the plan would fail",
            "Anna Berg, the chairwoman,",
            "saying",
        ),
        (
            "Anna Berg, the chairwoman, apologised for a message in which she told residents "
            "to move, but said the plan would fail.",
            "the plan would fail",
            "Anna Berg, the chairwoman,",
            "said",
        ),
        (
            "A civil society group, the Centre for Open Procurement (COP), petitioned the "
            "commission, asking it to investigate.",
            "it to investigate",
            "A civil society group, the Centre for Open Procurement (COP),",
            "asking",
        ),
        (
            "The Special Adviser to the President on Media and Publicity, Mr Tunde Oyelaran, "
            "said the plan would fail.",
            "the plan would fail",
            "The Special Adviser to the President on Media and Publicity, Mr Tunde Oyelaran,",
            "said",
        ),
        (
            '"The plan will fail," said Indra Nooyi, the chief executive of PepsiCo.',
            "The plan will fail",
            "Indra Nooyi, the chief executive of PepsiCo",
            "said",
        ),
        (
            "Karimi, executive director of Interfaith Paths to Peace, said the plan would fail.",
            "the plan would fail",
            "Karimi, executive director of Interfaith Paths to Peace,",
            "said",
        ),
        (
            '"The plan will fail," said one party activist.',
            "The plan will fail",
            "one party activist",
            "said",
        ),
        (
            '"The plan will fail," said Virginia delegate Beau Correll.',
            "The plan will fail",
            "Virginia delegate Beau Correll",
            "said",
        ),
        (
            "The government, for instance, said the plan would fail.",
            "the plan would fail",
            "The government",
            "said",
        ),
        (
            "The Kentucky Republican on Tuesday said the plan would fail.",
            "the plan would fail",
            "The Kentucky Republican",
            "said",
        ),
        (
            "ABC moderator David Muir said the plan would fail.",
            "the plan would fail",
            "ABC moderator David Muir",
            "said",
        ),
        (
            "Former Secretary of State Madeleine Albright said the plan would fail.",
            "the plan would fail",
            "Former Secretary of State Madeleine Albright",
            "said",
        ),
        (
            "Martin Indyk, the president's former special envoy, said the plan would fail.",
            "the plan would fail",
            "Martin Indyk, the president's former special envoy,",
            "said",
        ),
        (
            "Speaking on Savannah Television's breakfast programme, Morning Crossfire, the "
            "senator's media aide, Dr Kabir Onimisi, said the recording was fake.",
            "the recording was fake",
            "the senator's media aide, Dr Kabir Onimisi,",
            "said",
        ),
        (
            "Reto Gysling told investors poorer countries can wait for the generics.",
            "poorer countries can wait for the generics",
            "Reto Gysling",
            "told",
        ),
        (
            "Sen. Baba-Kwari's aide said the recording was fake.",
            "the recording was fake",
            "Sen. Baba-Kwari's aide",
            "said",
        ),
        (
            "The news website Lighthouse Malta said the letter was genuine.",
            "the letter was genuine",
            "The news website Lighthouse Malta",
            "said",
        ),
        (
            "Palm Beach County Supervisor of Elections Susan Bucher said the polls opened.",
            "the polls opened",
            "Palm Beach County Supervisor of Elections Susan Bucher",
            "said",
        ),
        (
            "The former secretary of state said the plan would fail.",
            "the plan would fail",
            "The former secretary of state",
            "said",
        ),
        (
            "The deputy head of the city’s delegation said talks would go on.",
            "talks would go on",
            "The deputy head of the city’s delegation",
            "said",
        ),
        (
            "Current and former officials said the talks failed.",
            "the talks failed",
            "Current and former officials",
            "said",
        ),
        (
            "The vote failed and officials said the talks would go on.",
            "the talks would go on",
            "officials",
            "said",
        ),
        (
            "Wages rose, and the survey found that people were happier.",
            "people were happier",
            "the survey",
            "found",
        ),
        (
            '"We need judges from every community," said Farhana Khera, a lawyer.',
            "We need judges from every community",
            "Farhana Khera, a lawyer",
            "said",
        ),
        (
            "Board member Carlos Vega insisted the vote was fair.",
            "the vote was fair",
            "Board member Carlos Vega",
            "insisted",
        ),
        (
            "Two diplomats who attended the dinner told Northwire that the ministers laughed.",
            "the ministers laughed",
            "Two diplomats who attended the dinner",
            "told",
        ),
        (
            "In Alderholm, opposition leader Sigrid Falk said the vote was lost.",
            "the vote was lost",
            "opposition leader Sigrid Falk",
            "said",
        ),
        (
            "In a Facebook post, former Lakeview math teacher Ruth Sandoval said he was kind.",
            "he was kind",
            "former Lakeview math teacher Ruth Sandoval",
            "said",
        ),
        (
            "In the recording, Hawks owner Victor Lane calls coach Dana Price a fool and said "
            "she would go.",
            "she would go",
            "Hawks owner Victor Lane",
            "said",
        ),
        (
            "Coun. Rosa Lindqvist, who chairs the committee, called for him to be fired.",
            "him to be fired",
            "Coun. Rosa Lindqvist, who chairs the committee,",
            "called for",
        ),
        (
            "Dave Kowalczyk said Tuesday that the recording showed contempt.",
            "the recording showed contempt",
            "Dave Kowalczyk",
            "said",
        ),
        (
            "Sorvania's foreign ministry summoned the ambassador and called the remarks "
            '"an insult".',
            "an insult",
            "Sorvania's foreign ministry",
            "called",
        ),
        (
            "The embattled minister Anna Berg summoned the envoy and called the remarks "
            '"deeply insulting".',
            "deeply insulting",
            "The embattled minister Anna Berg",
            "called",
        ),
        (
            "Morning Mix co-host Donna Vale said the guest was late.",
            "the guest was late",
            "Morning Mix co-host Donna Vale",
            "said",
        ),
        (
            '"She lied," said Councillor Tom Reid.',
            "She lied",
            "Councillor Tom Reid",
            "said",
        ),
        (
            "While polls differ, a strong showing could lift him, veteran organisers said.",
            "While polls differ, a strong showing could lift him",
            "veteran organisers",
            "said",
        ),
    ],
)
def test_sources_of_signed_labelled_and_trailing_statements(
    body: str, statement: str, source: str, cue: str
) -> None:
    assert source_of(parse(HEAD + body), statement) == (source, cue)


def test_a_participle_describing_a_thing_is_not_a_cue() -> None:
    parsed = parse(HEAD + "The memo, written in March, was sent to aides.")
    assert statements(parsed) == []
    parsed = parse(HEAD + "Anna Berg has written that the vote was rigged.")
    assert statements(parsed) == [("indirect", "the vote was rigged", "Anna Berg")]


def test_a_source_keeps_the_premodifiers_of_its_title_and_its_determiner() -> None:
    parsed = parse(
        HEAD + "Republican state senator Tom Hale said the memo was private.\n\n"
        'The state teachers\' union called the remarks "a disgrace".'
    )
    assert source_of(parsed, "the memo was private") == (
        "Republican state senator Tom Hale",
        "said",
    )
    assert source_of(parsed, "a disgrace") == ("The state teachers' union", "called")


def test_a_role_and_a_name_in_apposition_in_a_relative_clause_are_its_source() -> None:
    parsed = parse(
        HEAD + "She denied that she had leaked messages in which the prefect of the Rhône,"
        " Jean-Marc Dufresnoy, told her that victims were moaners."
    )
    assert source_of(parsed, "victims were moaners") == (
        "the prefect of the Rhône, Jean-Marc Dufresnoy,",
        "told",
    )


@pytest.mark.parametrize("role", ["selector", "referee", "umpire", "supervisor"])
def test_sports_officials_are_roles_before_a_name(role: str) -> None:
    parsed = parse(HEAD + f"Suspended national {role} Harish Negi said the footage was fake.")
    assert source_of(parsed, "the footage was fake") == (
        f"Suspended national {role} Harish Negi",
        "said",
    )


def test_atty_abbreviates_a_title_and_ends_no_sentence() -> None:
    parsed = parse(
        HEAD + "His lawyer, Atty. Marivic Dumaguing, said her client had not been asked."
    )
    assert source_of(parsed, "her client had not been asked") == (
        "His lawyer, Atty. Marivic Dumaguing,",
        "said",
    )
    assert speaker_of(parsed, "her client had not been asked") == "Marivic Dumaguing"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The chair of Carrow Valley State University said she will seek a vote.", "The chair"),
        (
            "The United States Elections Project estimated that turnout was up.",
            "The United States Elections Project",
        ),
    ],
)
def test_a_word_of_a_name_that_looks_like_a_verb_does_not_end_the_source(
    body: str, source: str
) -> None:
    [(_, _, _)] = statements(parsed := parse(HEAD + body))
    assert source_of(parsed, parsed.quotes[0].text)[0] == source


def test_madam_is_an_honorific() -> None:
    parsed = parse(HEAD + "Madam Chua Bee Lian told the Courier that the apology came too late.")
    assert speaker_of(parsed, "the apology came too late") == "Chua Bee Lian"


def test_two_portfolios_joined_by_and_are_one_title_in_a_relative_clause() -> None:
    parsed = parse(
        HEAD + "Hollis Alleyne said he had spoken to the minister about a voice note in which "
        'Housing and Urban Development Minister Clive Ramnarine called an MP "a nobody".'
    )
    assert source_of(parsed, "a nobody") == (
        "Housing and Urban Development Minister Clive Ramnarine",
        "called",
    )
    assert speaker_of(parsed, "a nobody") == "Clive Ramnarine"


def test_the_body_a_role_is_of_may_hold_and_in_its_name() -> None:
    parsed = parse(
        HEAD + "The medical director of the Lagan and Mourne Health and Social Care Trust told "
        "a committee that the phrase had been unfortunate."
    )
    assert source_of(parsed, "the phrase had been unfortunate") == (
        "The medical director of the Lagan and Mourne Health and Social Care Trust",
        "told",
    )


def test_a_person_right_before_an_ing_cue_says_what_follows() -> None:
    parsed = parse(
        HEAD + "Anna Berg quit after a recording emerged of her telling a private dinner that"
        " the vote was rigged."
    )
    assert source_of(parsed, "the vote was rigged") == ("her", "telling")
    assert speaker_of(parsed, "the vote was rigged") == "Anna Berg"
    assert statements(parse(HEAD + "Her telling of the story was odd.")) == []


def test_perception_verbs_and_organisation_nouns_around_a_source() -> None:
    parsed = parse(
        HEAD + 'In the clip, Councillor Anna Berg can be heard saying: "The vote was rigged."\n\n'
        'The charity Fair Vote said the claim was "baseless".'
    )
    assert source_of(parsed, "The vote was rigged.") == ("Councillor Anna Berg", "saying")
    assert source_of(parsed, 'the claim was "baseless"') == ("The charity Fair Vote", "said")


def test_a_source_stops_at_its_verb_and_keeps_role_words_before_a_name() -> None:
    parsed = parse(
        HEAD + "The chief executive of Orbital, the cloud storage company, was caught on a hot"
        ' mic calling customers "gullible".\n\n'
        "Orbital board chair Susan Ito said the board was reviewing the matter."
    )
    assert source_of(parsed, "gullible") == (
        "The chief executive of Orbital, the cloud storage company,",
        "calling",
    )
    assert source_of(parsed, "the board was reviewing the matter") == (
        "Orbital board chair Susan Ito",
        "said",
    )


def test_a_passive_participle_before_by_is_not_a_cue() -> None:
    parsed = parse(
        HEAD + "Anna Berg told aides to wait, according to messages first reported by the Times."
    )
    cues = [q.cue.text for q in parsed.quotes if q.cue is not None]
    assert "reported" not in cues and "according to" in cues


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        ("Mayor says she was 'betrayed' as aide is fired over leaked call", "she was 'betrayed'"),
        ("Mayor says she will stay as long as voters want", "she will stay as long as voters want"),
    ],
)
def test_a_headline_statement_ends_before_what_happens_meanwhile(headline: str, said: str) -> None:
    parsed = parse(f"{headline}\n\nThe story goes on.")
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == [said]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            'His office said on Tuesday the note had been "doctored", hours after a station '
            "aired it.",
            'the note had been "doctored"',
        ),
        (
            "She said the call was made on Friday, Oct. 30, a day after the register closed.",
            "the call was made on Friday, Oct. 30, a day after the register closed",
        ),
        (
            "She said the note was sent in March, weeks after the payment stalled.",
            "the note was sent in March, weeks after the payment stalled",
        ),
    ],
)
def test_a_statement_ends_before_how_long_after_something_it_came(body: str, said: str) -> None:
    parsed = parse(HEAD + body)
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == [said]


def test_a_statement_issued_through_a_body_is_no_part_of_what_was_said() -> None:
    parsed = parse(
        HEAD + "Ms Baxter said in a short statement issued on Monday through the Scottish "
        "Rugby Players' and Match Officials' Association that she had been hurt."
    )
    assert [q.text for q in parsed.quotes] == ["she had been hurt"]


def test_a_surname_with_an_honorific_keeps_its_apposition_and_going_on_is_no_source() -> None:
    parsed = parse(
        HEAD + "Mr. Berg, a member of the Samathuva Party, said the plan was dead.\n\n"
        "The voice goes on to ask the official to keep the list."
    )
    assert source_of(parsed, "the plan was dead") == (
        "Mr. Berg, a member of the Samathuva Party,",
        "said",
    )
    assert source_of(parsed, "the official to keep the list") == ("The voice", "ask")


@pytest.mark.parametrize(
    "body",
    [
        "The magazine did not say who had made the recording.",
        "It did not say how it had obtained the clip.",
        "The statement did not mention the audio clip by name.",
    ],
)
def test_what_someone_left_unsaid_is_no_statement(body: str) -> None:
    assert parse(HEAD + body).quotes == ()


def test_it_after_an_unsaid_sentence_is_the_body_that_opened_it() -> None:
    parsed = parse(
        HEAD + "The Harbour Gazette did not say who had made the recording. It said it had "
        "checked the voices with two people."
    )
    assert speaker_of(parsed, "it had checked the voices with two people") == "Harbour Gazette"


def test_a_voice_identified_as_someones_speaks_for_them() -> None:
    parsed = parse(
        HEAD + "Minister Rita Okoro said she was betrayed by her aide, Paulo Mendes. Okoro "
        "spoke again later.\n\nIn the audio, a voice identified by the newspaper as Mendes's "
        'tells a supplier that the tender was settled.\n\n"Nobody will look," the voice says.'
    )
    assert source_of(parsed, "the tender was settled") == (
        "a voice identified by the newspaper as Mendes's",
        "tells",
    )
    assert speaker_of(parsed, "the tender was settled") == "Paulo Mendes"
    # The voice is his, though the text names the minister more.
    assert speaker_of(parsed, "Nobody will look") == "Paulo Mendes"


def test_a_voice_said_to_be_someones_or_that_of_someone_is_the_source() -> None:
    parsed = parse(
        HEAD + "Regent Haryoko has not commented.\n\nIn it, a voice said to be the regent's "
        'says: "Make sure the votes come home."\n\nIn another, a voice said to be that of '
        'Regent Haryoko tells village heads to "remember who paved the roads".'
    )
    assert source_of(parsed, "Make sure the votes come home.") == (
        "a voice said to be the regent's",
        "says",
    )
    assert source_of(parsed, "remember who paved the roads") == (
        "a voice said to be that of Regent Haryoko",
        "tells",
    )
    assert speaker_of(parsed, "remember who paved the roads") == "Haryoko"


def test_a_challenger_in_apposition_opens_the_source() -> None:
    parsed = parse(
        HEAD + "His challenger, Ratih Puspitasari, a former provincial legislator, told "
        "supporters that the recording was damning."
    )
    assert source_of(parsed, "the recording was damning") == (
        "His challenger, Ratih Puspitasari, a former provincial legislator,",
        "told",
    )


def test_the_office_of_a_minister_speaks_for_the_minister() -> None:
    parsed = parse(
        HEAD + "In a statement on Thursday, the office of Municipal Affairs Minister Ann Moss "
        "said the minister had taken note."
    )
    assert source_of(parsed, "the minister had taken note") == (
        "the office of Municipal Affairs Minister Ann Moss",
        "said",
    )
    assert speaker_of(parsed, "the minister had taken note") == "Ann Moss"


def test_writing_in_a_language_that_reports_what_was_written() -> None:
    parsed = parse(
        HEAD + "Tom Reid apologized in a post on Facebook, writing in French that his words "
        'had been "unworthy".'
    )
    assert speaker_of(parsed, 'his words had been "unworthy"') == "Tom Reid"


def test_a_passive_of_putting_out_with_an_adverb_is_not_a_cue() -> None:
    parsed = parse(
        HEAD + "Screenshots of the email were first posted last Friday night by Kurvenfunk, "
        "a fan blog."
    )
    assert parsed.quotes == ()


def test_a_role_phrase_in_apposition_and_a_channel_after_a_stance_object() -> None:
    parsed = parse(
        HEAD + "Berg's chief of staff, Karen Liu, defended the mayor in an interview with WKRN,"
        " saying the vote was fair."
    )
    assert source_of(parsed, "the mayor") == ("Berg's chief of staff, Karen Liu,", "defended")
    assert source_of(parsed, "the vote was fair")[0] == "Berg's chief of staff, Karen Liu,"


def test_a_day_right_after_the_cue_is_not_what_was_said() -> None:
    parsed = parse(HEAD + "Anna Berg said Monday he had been frustrated.")
    assert statements(parsed) == [("indirect", "he had been frustrated", "Anna Berg")]
    parsed = parse(HEAD + "Anna Berg said Monday was a bad day.")
    assert statements(parsed) == [("indirect", "Monday was a bad day", "Anna Berg")]


def test_a_passive_speech_verb_and_two_speakers_joined_by_but() -> None:
    parsed = parse(
        "Ambassador recalled after row\n\n"
        "The envoy has been recalled.\n\n"
        "Tom Ruiz said the plan was dead, but Anna Berg said it was alive."
    )
    assert statements(parsed) == [
        ("indirect", "the plan was dead", "Tom Ruiz"),
        ("indirect", "it was alive", "Anna Berg"),
    ]


def test_a_second_verb_shares_the_noun_phrase_before_the_first() -> None:
    parsed = parse(
        HEAD + "Tom Ruiz spoke first.\n\n"
        "Freedonia's foreign ministry summoned the envoy and called the remarks"
        ' "deeply insulting".'
    )
    assert source_of(parsed, "deeply insulting") == ("Freedonia's foreign ministry", "called")


def test_a_noun_after_a_past_verb_and_a_day_after_what_a_stance_is_about() -> None:
    assert statements(parse(HEAD + "Mayor Linda Brandt faced calls to resign.")) == []
    parsed = parse(HEAD + "Omar Haddad repeated his call for an inquiry on Saturday.")
    assert statements(parsed) == [("indirect", "his call for an inquiry", "Omar Haddad")]


@pytest.mark.parametrize(
    ("body", "about"),
    [
        (
            "Ajit Rathore defended Mr Negi on Sports Nation 24's talk show Bouncer on Sunday.",
            "Mr Negi",
        ),
        ("Ajit Rathore defended Mr Negi on a breakfast show.", "Mr Negi"),
        ("Ajit Rathore defended Mr Negi in comments to the Hua Guang Daily.", "Mr Negi"),
        ("Ajit Rathore called for a police case earlier this week.", "a police case"),
        # The time of an infinitive's verb is part of what was called for.
        (
            "Ajit Rathore called for the MP to face residents this week.",
            "the MP to face residents this week",
        ),
    ],
)
def test_the_programme_and_the_week_after_what_a_stance_is_about(body: str, about: str) -> None:
    assert statements(parse(HEAD + body)) == [("indirect", about, "Ajit Rathore")]


def test_an_outlet_after_after_and_according_to_after_a_split_quotation() -> None:
    parsed = parse(
        HEAD + "Brandt faced calls to quit after the Riverside Times revealed text messages"
        " about the storm.\n\n"
        '"Let them wait. They made their choice," Brandt wrote, according to the messages.'
    )
    assert source_of(parsed, "text messages about the storm") == (
        "the Riverside Times",
        "revealed",
    )
    assert speaker_of(parsed, "text messages about the storm") == "Riverside Times"
    according = next(q for q in parsed.quotes if q.cue and q.cue.text == "according to")
    assert according.text == '"Let them wait. They made their choice," Brandt wrote'


def test_a_stance_inside_a_relative_clause_ends_at_the_main_verb() -> None:
    parsed = parse(
        HEAD + "A voicemail in which Victor Lane berated his coach was leaked at the weekend."
    )
    assert statements(parsed) == [("indirect", "his coach", "Victor Lane")]


def test_a_gerund_before_a_preposition_and_a_colon_is_a_cue() -> None:
    parsed = parse(
        "Row\n\nIn the footage, Kieran Stobart, general secretary of the Freight and Parcel "
        'Workers\' Union, can be heard telling about 30 officials: "We make the company bleed."'
    )
    source = source_of(parsed, "We make the company bleed.")
    assert source == (
        "Kieran Stobart, general secretary of the Freight and Parcel Workers' Union,",
        "telling",
    )


def test_a_long_adjunct_between_said_and_that_is_not_what_was_said() -> None:
    parsed = parse(
        "Row\n\nAnnika Sorell said in an interview with the business channel Exchange TV on "
        "Tuesday that the remarks showed contempt."
    )
    assert [q.text for q in parsed.quotes] == ["the remarks showed contempt"]


def test_shot_back_is_a_cue_and_will_be_announced_is_none() -> None:
    parsed = parse(
        'Row\n\nThe MP shot back: "Course it did." The winner will be announced at the conference.'
    )
    assert [(q.text, q.cue.text if q.cue else None) for q in parsed.quotes] == [
        ("Course it did.", "shot back")
    ]


def test_according_to_a_role_with_a_name_in_apposition() -> None:
    parsed = parse(
        "Row\n\nAccording to the mayor's chief of staff, Luis Ferrante, Halvorsen "
        '"thought she was talking to her own staff."'
    )
    [quote] = [q for q in parsed.quotes if q.kind == "indirect"]
    assert quote.text.startswith("Halvorsen")
    assert source_of(parsed, quote.text)[0] == "the mayor's chief of staff, Luis Ferrante,"


def test_a_lawmaker_by_place_and_party_inside_a_clause_said_after_it() -> None:
    parsed = parse(
        "Row\n\nThe committee will take up the case of Rep. Dale Hollister after the Queen "
        "Creek Republican was caught mocking a nurse, House Speaker Bradley Coyne said Friday."
    )
    assert statements(parsed) == [
        (
            "indirect",
            "The committee will take up the case of Rep. Dale Hollister after the Queen Creek "
            "Republican was caught mocking a nurse",
            "Bradley Coyne",
        ),
        ("indirect", "a nurse", "Dale Hollister"),
    ]


def test_an_ing_verb_with_an_object_after_a_determiner_and_a_noun_is_a_cue() -> None:
    # Not a noun as in "the latest polling": "the stream telling a staffer".
    parsed = parse(
        "Row\n\nDale Hollister can be heard on the stream telling a staffer seated behind "
        'him: "Give that woman an Oscar."'
    )
    assert source_of(parsed, "Give that woman an Oscar.") == ("Dale Hollister", "telling")


def test_a_quote_before_someone_heard_telling_is_theirs() -> None:
    parsed = parse('Row\n\n"He is useless," Ann Lee can be heard telling an aide.')
    assert source_of(parsed, "He is useless") == ("Ann Lee", "telling")
    assert [q.text for q in parsed.quotes] == ["He is useless"]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Tom Reid called for Ann Lee's firing Monday night, writing in a post that she "
            "was unfit.",
            "Ann Lee's firing",
        ),
        (
            "Ann Lee is also heard telling one player, whose face is blurred in most versions "
            "circulating online, that he could leave.",
            "he could leave",
        ),
    ],
)
def test_where_a_statement_ends_and_starts(sentence: str, statement: str) -> None:
    assert statement in [q.text for q in parse("Row\n\n" + sentence).quotes]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Trump said he would bar Muslims from entering the U.S.",
            "he would bar Muslims from entering the U.S.",
        ),
        ("Officials said the polls close at 7 p.m.", "the polls close at 7 p.m."),
        ("Officials said the plan was dead.", "the plan was dead"),
    ],
)
def test_a_clause_keeps_the_stop_of_initials_it_ends_with(sentence: str, statement: str) -> None:
    assert [q.text for q in parse("Row\n\n" + sentence).quotes] == [statement]


def test_hearsay_between_a_quote_and_its_cue_keeps_the_source() -> None:
    parsed = parse('Row\n\n"Enforcing it is a career," Mr Brenner is reported to have said.')
    assert source_of(parsed, "Enforcing it is a career") == ("Mr Brenner", "said")


def test_a_sentence_does_not_end_at_a_persons_initials() -> None:
    parsed = parse("Row\n\nParty general secretary K.P. Mohanraj told reporters that it came late.")
    assert source_of(parsed, "it came late") == ("Party general secretary K.P. Mohanraj", "told")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee told the developer, Tom Reid, in March 2024 that the rezoning was done.",
        "Ann Lee told the BBC on Monday that the rezoning was done.",
    ],
)
def test_what_stands_between_who_was_told_and_that_is_not_what_was_said(sentence: str) -> None:
    assert [q.text for q in parse("Row\n\n" + sentence).quotes] == ["the rezoning was done"]


def test_a_verbs_base_form_after_the_and_a_capitalised_word_is_a_noun() -> None:
    parsed = parse(
        "Row\n\nTom Reid told staff that the plan was dead, according to a recording of the "
        "Zoom call obtained by Seedline."
    )
    assert "obtained by Seedline" not in [q.text for q in parsed.quotes]


def test_someone_caught_on_record_naming_someone_says_it_inside_reported_speech() -> None:
    parsed = parse(
        "Coach wants apology\n\nAnna Berg says she is owed an apology after umpire Tom Reid "
        'was caught on his microphone calling her a "clown" during the final.'
    )
    assert speaker_of(parsed, "clown") == "Tom Reid"
    assert speaker_of(parsed, "she is owed an apology") == "Anna Berg"


def test_the_subject_of_a_passive_of_recording_says_what_follows() -> None:
    parsed = parse(
        "Mayor sorry\n\nMayor Ann Lee was secretly recorded telling donors that the plan "
        'was "dead".'
    )
    assert speaker_of(parsed, 'the plan was "dead"') == "Ann Lee"


def test_a_relative_clause_after_an_apposition_belongs_to_the_source() -> None:
    parsed = parse(
        HEAD + "Professor Ruth Kenward, a historian who sits on the council, said the "
        "recording was private."
    )
    [quote] = parsed.quotes
    source = parsed.article.text[quote.source_start : quote.source_end]
    assert source == "Professor Ruth Kenward, a historian who sits on the council,"


@pytest.mark.parametrize("when", ["this morning", "tonight", "this week", "on Wednesday"])
def test_a_time_between_who_was_told_and_what_is_not_what_was_said(when: str) -> None:
    parsed = parse(f"{HEAD}Anna Berg told the Gazette {when} the council was broke.")
    assert statements(parsed) == [("indirect", "the council was broke", "Anna Berg")]


def test_a_subject_known_by_the_one_name_given_in_an_aside_is_the_speaker() -> None:
    parsed = parse(
        "Row\n\nOne contractor in the group, who gave his name only as Keo, said he had "
        "not forwarded the message."
    )
    [quote] = parsed.quotes
    assert parsed.entities[quote.speaker].name == "Keo"  # type: ignore[index]
    assert parsed.article.text[quote.source_start : quote.source_end] == (
        "One contractor in the group, who gave his name only as Keo,"
    )


def test_a_command_to_someone_to_do_something_is_a_statement_of_it() -> None:
    parsed = parse(
        "Row\n\nThe memo instructs staff to ask for more documents, and to refer complaints "
        "to his office. The mayor ordered an inquiry, and a panel to examine the memo. The "
        "chief had ordered radio traffic moved to an encrypted channel."
    )
    assert [q.text for q in parsed.quotes] == [
        "staff to ask for more documents, and to refer complaints to his office"
    ]


def test_a_source_keeps_a_body_named_for_two_portfolios_before_the_title() -> None:
    parsed = parse(
        "Row\n\nMinistry of Community Relief and Food Security Permanent Secretary Kelvin "
        "Chibuye said the audio was fake."
    )
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == (
        "Ministry of Community Relief and Food Security Permanent Secretary Kelvin Chibuye"
    )


def test_colleagues_told_what_to_do_are_in_what_was_said() -> None:
    parsed = parse(
        "Row\n\nHe sent emails in which he told colleagues to ignore complaints about a hotel."
    )
    assert [q.text for q in parsed.quotes] == ["colleagues to ignore complaints about a hotel"]


def test_a_hyphenated_one_name_before_a_role_is_the_speaker() -> None:
    parsed = parse(
        "Row\n\nMau-Lelo, a village chief in Aitemua, said the secretary had been looking "
        "straight at them."
    )
    assert speaker_of(parsed, "the secretary had been looking straight at them") == "Mau-Lelo"


def test_calls_to_someones_phone_after_and_are_no_statement() -> None:
    body = (
        "Mr Molefhe did not respond to questions sent to his office on Tuesday, and calls to "
        "his mobile phone went unanswered."
    )
    assert statements(parse(HEAD + body)) == []


def test_whom_something_was_written_to_is_not_what_was_written() -> None:
    parsed = parse(
        HEAD + "Minister Masego Kgosiemang wrote to the council chairperson on Monday asking for "
        "a full report within 14 days. Tolliver wrote to the head of human resources, Denise "
        'Kallstrom: "Let them walk." She went to the surgery to ask for help with a housing '
        "application."
    )
    assert [(q.text, q.cue.text) for q in parsed.quotes] == [  # type: ignore[union-attr]
        ("a full report within 14 days", "asking for"),
        ("Let them walk.", ":"),
    ]


def test_where_an_outlet_is_from_and_its_kind_open_its_name_as_a_source() -> None:
    parsed = parse(
        HEAD + "The office has opened an inquiry, the Quito daily El Observador reported on "
        "Wednesday. The Lima weekly Hoy Semanal reported that the audit was late."
    )
    assert source_of(parsed, "The office has opened an inquiry") == (
        "the Quito daily El Observador",
        "reported",
    )
    assert source_of(parsed, "the audit was late") == ("The Lima weekly Hoy Semanal", "reported")


def test_a_named_spokesperson_of_a_body_named_with_of_speaks_as_themself() -> None:
    parsed = parse(
        HEAD + "Ministry of Local Government spokesperson Thokozani Mwale told the paper on "
        "Monday that the ministry had asked for a report."
    )
    assert speaker_of(parsed, "the ministry had asked for a report") == "Thokozani Mwale"
    assert source_of(parsed, "the ministry had asked for a report") == (
        "Ministry of Local Government spokesperson Thokozani Mwale",
        "told",
    )


def test_calls_seeking_comment_are_no_statement() -> None:
    assert statements(parse(f"{HEAD}Anna Berg did not respond to calls seeking comment.")) == []


def test_a_name_then_the_body_it_is_of_with_its_initials_speaks_as_the_person() -> None:
    parsed = parse(
        HEAD + "Ward councillor Anna Berg of the opposition Green Party (GP) told the paper on "
        "Tuesday that the clip showed bias."
    )
    assert speaker_of(parsed, "the clip showed bias") == "Anna Berg"
    assert source_of(parsed, "the clip showed bias") == (
        "Ward councillor Anna Berg of the opposition Green Party (GP)",
        "told",
    )


def test_a_name_then_of_whom_speaks_and_the_source_covers_both() -> None:
    parsed = parse(
        HEAD + "Chief Lorraine Sakastew of the Kisik Lake Cree Nation told the Sentinel that "
        'the apology "does not undo it."\n\n"It is a shame," said Representative Charles '
        "Rangel of New York."
    )
    assert [(q.text, speaker_of(parsed, q.text)) for q in parsed.quotes if q.kind != "partial"] == [
        ('the apology "does not undo it."', "Lorraine Sakastew"),
        ("It is a shame", "Charles Rangel"),
    ]
    last = parsed.quotes[-1]
    assert parsed.article.text[last.source_start : last.source_end] == (  # type: ignore[misc]
        "Representative Charles Rangel of New York"
    )
    [place] = [m for m in parsed.mentions if m.text == "New York"]
    assert place.kind == "place"


def test_a_voice_said_to_be_someones_speaks_for_them() -> None:
    parsed = parse(
        HEAD + "Commissioner Ade Bello denied the leaked audio was his.\n\nIn it, a voice said "
        'to be that of the commissioner is heard telling the contractor: "Settle them."'
    )
    assert statements(parsed)[1:] == [("direct", "Settle them.", "Ade Bello")]


def test_the_state_government_is_the_government_named_before() -> None:
    parsed = parse(
        HEAD + "The Irelodu State Government has set up a panel.\n\n"
        "In a statement, the state government said the panel would report in June."
    )
    assert speaker_of(parsed, "the panel would report in June") == "Irelodu State Government"


def test_a_second_verb_after_a_comma_and_has_is_a_statement_of_its_own() -> None:
    parsed = parse(
        HEAD + 'Donal Fitzmaurice says he is "mortified" by the message, and has told local '
        "radio he will not be stepping down."
    )
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == [
        'he is "mortified" by the message',
        "local radio he will not be stepping down",
    ]


def test_and_had_told_inside_what_was_said_stays_in_it() -> None:
    parsed = parse(
        HEAD + "He said he had called the families to apologize and had told the media team "
        "to end every livestream."
    )
    assert [q.text for q in parsed.quotes] == [
        "he had called the families to apologize and had told the media team to end every "
        "livestream"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Dan Reyes has not said a word in public since the blog published his email.",
        "For more than a day, the team said nothing.",
        "Mgr Kevin Agius wrote the letter last month to the board as it prepared to agree the "
        "rules.",
        "The minister did not answer calls and messages from the Monitor yesterday.",
        "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from black listeners.",
        "The minister has not returned repeated calls from the Monitor.",
        "The daily printed long excerpts on its front page, without saying how it had obtained"
        " the document.",
    ],
)
def test_saying_nothing_is_no_statement(body: str) -> None:
    assert parse(HEAD + body).quotes == ()


@pytest.mark.parametrize(
    "body",
    [
        'Brandon Keswick told managers to "manage out" parents in a message posted to a Slack '
        "channel.",
        'Brandon Keswick told managers to "manage out" parents, leaked Slack messages show.',
    ],
)
def test_how_words_are_known_is_not_part_of_them(body: str) -> None:
    [indirect] = [q for q in parse(HEAD + body).quotes if q.kind == "indirect"]
    assert indirect.text == 'managers to "manage out" parents'


def test_a_byline_name_is_no_one_a_pronoun_refers_to() -> None:
    parsed = parse(
        "Group leader distances himself from MEP\n\nNiamh Ferriter in Strasbourg\n\n"
        "The group leader distanced himself from Austrian MEP Verena Stadlmayr after she was "
        'secretly recorded at a lunch describing protesting farmers as "subsidy tourists".'
    )
    assert statements(parsed) == [("partial", "subsidy tourists", "Verena Stadlmayr")]
    assert parsed.segments.paragraphs[1].kind == "caption"


def test_a_headline_passive_without_its_auxiliary_names_who_was_recorded() -> None:
    parsed = parse(
        "Leader rebukes MEP recorded calling farmers 'subsidy tourists'\n\nIt was a lunch."
    )
    quote = next(q for q in parsed.quotes if q.text == "subsidy tourists")
    assert parsed.article.text[quote.source_start : quote.source_end] == "MEP"  # type: ignore[misc]


def test_church_titles_before_a_name() -> None:
    parsed = parse(
        "Pastor's clip\n\nThe General Overseer of Living Flames Chapel International, Apostle "
        "Kwabena Ofori-Mensah, said the clip was edited."
    )
    assert statements(parsed) == [("indirect", "the clip was edited", "Kwabena Ofori-Mensah")]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The church's Director of Communications, Rev. Akosua Mensah, said the video was "
            "edited.",
            "The church's Director of Communications, Rev. Akosua Mensah,",
        ),
        (
            "In a statement, Mr Devereux's solicitor, Imran Sadozai, said the message was private.",
            "Mr Devereux's solicitor, Imran Sadozai,",
        ),
        (
            "Its Publicity Secretary in the state, Hon. Olumide Fasanya, said the audio was fake.",
            "Its Publicity Secretary in the state, Hon. Olumide Fasanya,",
        ),
        (
            "But the Centre for Procurement Integrity (CEPI), a civil society group, said the "
            "claim was no excuse.",
            "the Centre for Procurement Integrity (CEPI), a civil society group,",
        ),
        (
            "Kapkures Ward MCA Hon. Nelson Kipkorir, a critic, said the recording confirmed it.",
            "Kapkures Ward MCA Hon. Nelson Kipkorir, a critic,",
        ),
    ],
)
def test_the_source_covers_a_role_or_name_in_apposition(body: str, source: str) -> None:
    [quote] = [q for q in parse(HEAD + body).quotes if q.kind == "indirect"]
    parsed = parse(HEAD + body)
    quote = next(q for q in parsed.quotes if q.kind == "indirect")
    assert parsed.article.text[quote.source_start : quote.source_end] == source  # type: ignore[misc]
    assert quote.speaker is not None


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The whistleblower, a senior nurse who asked not to be named, said the corridors were "
            "full.",
            "The whistleblower, a senior nurse who asked not to be named,",
        ),
        (
            "A chieftain of the party, who spoke on condition of anonymity, said the senator had "
            "paid.",
            "A chieftain of the party, who spoke on condition of anonymity,",
        ),
    ],
)
def test_asking_not_to_be_named_is_part_of_the_source_not_a_statement(
    body: str, source: str
) -> None:
    parsed = parse(HEAD + body)
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == source  # type: ignore[misc]


def test_a_relative_clause_after_a_qualified_apposition_belongs_to_the_source() -> None:
    parsed = parse(
        HEAD + "Priyanka Sethuraman, an analyst at Holbrook Barrow who was on the call, told "
        "Tickerline on Wednesday that the remark said more about the firm."
    )
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == (  # type: ignore[misc]
        "Priyanka Sethuraman, an analyst at Holbrook Barrow who was on the call,"
    )


def test_going_on_to_call_someone_something_is_a_cue() -> None:
    parsed = parse(
        HEAD + 'In the note, Lorcan Devereux calls the porter "a waste".\n\nHe goes on to call '
        'Mr Wielgosz "a lump".'
    )
    assert statements(parsed)[-1] == ("partial", "a lump", "Lorcan Devereux")


def test_a_possessive_determiner_opens_the_source_and_nothing_before_it_does() -> None:
    parsed = parse(HEAD + "In Paris his lawyer Anna Berg said the plan was dead.")
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == "his lawyer Anna Berg"  # type: ignore[misc]


def test_a_notes_relative_clause_holds_its_own_subjects_words() -> None:
    parsed = parse(
        "Minister's notes\n\nPremier Ruth Hale says Housing Minister Owen Tait keeps her "
        "confidence, despite handwritten notes in which the minister described the review "
        'as "for show".'
    )
    assert speaker_of(parsed, "for show") == "Owen Tait"


def test_a_clause_within_a_statement_keeps_its_own_verb() -> None:
    parsed = parse(
        "Commissioner's voice note\n\nCommissioner Thandi Mokoena faces calls to quit after "
        'a leaked voice note in which she tells commanders to "sit on" burglary cases until '
        "the crime figures have been released."
    )
    assert (
        "indirect",
        'commanders to "sit on" burglary cases until the crime figures have been released',
        "Thandi Mokoena",
    ) in statements(parsed)


def test_an_aside_may_end_with_an_acronym_in_brackets() -> None:
    parsed = parse(
        "Union leader\n\nSoon after, Marcia Blackwood, general secretary of the Allied Dock "
        "Workers Union (ADWU), wrote on Facebook that the chief had erred."
    )
    assert speaker_of(parsed, "the chief had erred") == "Marcia Blackwood"


def test_a_clause_of_another_time_ends_a_statement_but_a_remark_in_which_does_not() -> None:
    parsed = parse(
        "Port chief\n\nThe chief executive of the harbour authority, Lorenzo Whitlock, said on "
        'Monday that a secretly recorded remark in which he called dock workers "passengers" '
        'had been "taken out of context", days after the union leader demanded his resignation.'
    )
    said = [text for kind, text, speaker in statements(parsed) if speaker == "Lorenzo Whitlock"]
    assert (
        'a secretly recorded remark in which he called dock workers "passengers" had been '
        '"taken out of context"'
    ) in said


def test_the_subject_of_an_in_which_clause_is_not_named_before_it() -> None:
    text = (
        "Minister\n\nManpower Minister Ong Siew Ling told Parliament yesterday that her "
        "ministry was looking into complaints, a week after a leaked email in which the "
        'company\'s chairman described those complaints as "noise" was made public.'
    )
    parsed = parse(text)
    [quote] = [q for q in parsed.quotes if q.text == "noise"]
    source = text[quote.source_start : quote.source_end] if quote.source_start else None
    assert source not in ("Parliament", "Manpower Minister Ong Siew Ling")


def test_a_cue_with_its_own_clause_does_not_attribute_the_quote_before_it() -> None:
    parsed = parse(
        "Fire chief\n\nFire Chief Warren Dekker spoke to reporters on Thursday.\n\n"
        '"I\'ve been here 26 years," Dekker said. "I\'m not going to pretend I '
        "didn't say it. I'm going to earn it back.\" He said he did not plan to resign."
    )
    assert ("indirect", "he did not plan to resign", "Warren Dekker") in statements(parsed)
    [quote] = [q for q in parsed.quotes if q.text.startswith("I'm not going")]
    assert quote.source_start is None  # continues the speaker, not "He said"


def test_told_a_kind_of_outlet_then_its_name_then_a_day_that() -> None:
    parsed = parse(
        "Leader\n\nOpposition leader Rebecca Coutts told Wellington talk station Harbour Talk "
        'on Thursday morning that the notes were "a confession".'
    )
    assert ("indirect", 'the notes were "a confession"', "Rebecca Coutts") in statements(parsed)


def test_a_narrators_clause_after_a_closing_quotation_mark_ends_the_statement() -> None:
    parsed = parse(
        "Minister\n\nThe trade minister, Joanna Threlfall, said this morning that her remark "
        'was "a joke in poor taste", as the row over the audio entered its fourth day.'
    )
    assert (
        "indirect",
        'her remark was "a joke in poor taste"',
        "Joanna Threlfall",
    ) in statements(parsed)


def test_a_draft_audits_relative_clause_holds_its_own_subjects_words() -> None:
    parsed = parse(
        "Audit\n\nDel. Vernon Pruitt called Thursday for the removal of Deputy Director Lorna "
        "Castellane, two days after a newsroom published a draft audit in which she wrote "
        'that he "won\'t read past page 2."'
    )
    assert speaker_of(parsed, "won't read past page 2.") == "Lorna Castellane"


def test_a_comma_before_in_which_ends_the_statement_and_opens_its_own() -> None:
    parsed = parse(
        "Chair\n\nThe chair, Ann Hale, said she was sorry for a message typed into the chat of "
        'a board meeting, in which she complained that nurses spent more time "moaning" than '
        "working."
    )
    said = statements(parsed)
    assert (
        "indirect",
        "she was sorry for a message typed into the chat of a board meeting",
        "Ann Hale",
    ) in said
    assert ("indirect", 'nurses spent more time "moaning" than working', "Ann Hale") in said


def test_through_whom_something_was_declined_is_not_what_was_declined() -> None:
    parsed = parse(
        "Coach\n\nThe national coach, Lwazi Ntshona, declined to comment through a spokesperson."
    )
    assert [(kind, text) for kind, text, _ in statements(parsed)] == [("indirect", "to comment")]


def test_a_clause_of_another_time_before_someone_caught_speaking_ends_at_its_comma() -> None:
    parsed = parse(
        "Councilor\n\nA first-term councilor on Tuesday called on Vice Mayor Rogelio Manalastas "
        "to give up the chair, a week after the council's livestream caught him calling her "
        '"just a pretty face" during a recess.'
    )
    said = [text for kind, text, _ in statements(parsed) if kind == "indirect"]
    assert "Vice Mayor Rogelio Manalastas to give up the chair" in said


def test_told_an_audience_at_a_place_on_a_day_in_brackets_then_that() -> None:
    parsed = parse(
        "Fake\n\nMr Ekanayake told a press conference at the LPHA head office in Colombo on "
        "Tuesday (March 10) that the voice was fake."
    )
    assert [q.text for q in parsed.quotes] == ["the voice was fake"]


def test_told_reporters_later_that_day_that_skips_the_days_that() -> None:
    parsed = parse(
        "Union\n\nAnn Lee told reporters outside the LPHA head office later that day that "
        "blaming it was wrong."
    )
    assert [q.text for q in parsed.quotes] == ["blaming it was wrong"]


def test_a_named_person_allegedly_telling_in_a_relative_clause_says_it() -> None:
    parsed = parse(
        "Call\n\nMinister Ann Lee said on Wednesday that she had asked the chairman to step "
        "aside pending an inquiry into a call in which Mr Tom Ekanayake allegedly tells a "
        'shipping agent that a tender "will go to our people".'
    )
    assert speaker_of(parsed, 'a tender "will go to our people"') == "Tom Ekanayake"


def test_the_voice_is_the_person_it_was_said_to_be() -> None:
    parsed = parse(
        "Voice\n\nMinister Ann Lee said she had asked the chairman, Tom Ekanayake, to step "
        "aside. Ms Lee said an inquiry would follow. Ms Lee said it would be quick.\n\n"
        "In the recording, a voice said to be that of Mr Ekanayake is heard telling "
        'the agent: "Do not worry."\n\n'
        'The voice also tells the agent that the specifications would be "settled".'
    )
    assert speaker_of(parsed, 'the specifications would be "settled"') == "Tom Ekanayake"


def test_told_an_outlet_hours_after_an_event_then_that() -> None:
    parsed = parse(
        "Founder\n\nDaniel Pasztor told the Ledger hours after the broadcast that the group "
        "had paid in full."
    )
    assert [q.text for q in parsed.quotes] == ["the group had paid in full"]


def test_said_over_the_weekend_that_starts_after_that() -> None:
    parsed = parse("Group\n\nIryna Shevchuk said over the weekend that his excuse was an insult.")
    assert [q.text for q in parsed.quotes] == ["his excuse was an insult"]


def test_told_a_meeting_with_a_long_relative_aside_then_that() -> None:
    parsed = parse(
        "Meeting\n\nAine Walsh told the meeting, which had been called by residents to discuss "
        "the county's Traveller accommodation programme, that the offer had been withdrawn."
    )
    assert [q.text for q in parsed.quotes] == ["the offer had been withdrawn"]


def test_a_demand_made_at_a_protest_is_said_there_and_is_not_about_it() -> None:
    parsed = parse(
        "Union\n\nAnn Lee demanded Parvulescu's dismissal at a protest outside the hospital."
    )
    [quote] = parsed.quotes
    assert quote.text == "Parvulescu's dismissal"
    assert parsed.channels[quote.channel].kind == "speech"  # type: ignore[index]


@pytest.mark.parametrize("conjunction", ["after", "before"])
def test_a_name_after_a_conjunction_whose_verb_is_the_cue_speaks(conjunction: str) -> None:
    parsed = parse(
        f"Row\n\nThe statement came hours {conjunction} Mr Rajesh Nair, who chairs the "
        "residents' committee, told the paper that the families had been treated badly."
    )
    assert speaker_of(parsed, "the families had been treated badly") == "Rajesh Nair"


def test_initials_of_a_body_someone_is_a_member_of_are_not_the_speaker() -> None:
    parsed = parse(
        "Row\n\nLeaked emails show that a member of the Central Municipal Council (CMC) told "
        'an official that complaints should be "filed and forgotten".\n\nThe Teachers Service '
        'Commission (TSC) said it had "no comment".'
    )
    assert speaker_of(parsed, 'complaints should be "filed and forgotten"') != (
        "Central Municipal Council"
    )
    assert speaker_of(parsed, 'complaints should be "filed and forgotten"') != "CMC"
    assert speaker_of(parsed, 'it had "no comment"') == "Teachers Service Commission"


def test_a_french_partys_name_runs_on_past_pour_le_and_its_initials_are_not_the_speaker() -> None:
    parsed = parse(
        "Row\n\nMr Sidiki Traoré of the opposition Parti Démocratique pour le Progrès (PDP), "
        'told a press conference that the audio was "proof".'
    )
    assert speaker_of(parsed, 'the audio was "proof"') == "Sidiki Traoré"
    assert "Parti Démocratique pour le Progrès" in [e.name for e in parsed.entities]


def test_one_who_appears_to_tell_someone_something_says_it() -> None:
    parsed = parse(
        'Row\n\nThe president has "full confidence" in deputy minister Stavros Hadjiloizou '
        "while the auditor examines a leaked recording in which he appears to tell a developer "
        "that a permit "
        '"will go through after the elections", spokesman Giorgos Petrides said.'
    )
    assert speaker_of(parsed, 'a permit "will go through after the elections"') == (
        "Stavros Hadjiloizou"
    )


def test_a_quotation_before_according_to_is_one_direct_quote() -> None:
    parsed = parse(HEAD + '"You will regret it," according to the voicemail.')
    assert [(q.kind, q.text) for q in parsed.quotes] == [("direct", "You will regret it")]


@pytest.mark.parametrize("attribution", ["the mayor said", "according to the mayor"])
def test_words_quoted_in_the_writers_clause_before_the_attribution_are_partial(
    attribution: str,
) -> None:
    parsed = parse(HEAD + f'The plan is "dead in the water", {attribution}.')
    kinds = {q.text: q.kind for q in parsed.quotes}
    assert kinds["dead in the water"] == "partial"


def test_where_and_when_someone_told_reporters_is_no_part_of_what_they_said() -> None:
    parsed = parse(
        HEAD + "Ann Lee told reporters outside the City and County Building on Wednesday "
        "that she would not withdraw the proposal."
    )
    assert [q.text for q in parsed.quotes] == ["she would not withdraw the proposal"]


def test_a_bodys_initials_before_a_title_are_part_of_the_source() -> None:
    parsed = parse(
        HEAD + "Malampa Provincial Council (MPC) member Tom Iaris said on Tuesday that "
        "the tender was wrong."
    )
    assert source_of(parsed, "the tender was wrong")[0] == (
        "Malampa Provincial Council (MPC) member Tom Iaris"
    )


def test_a_long_title_after_in_which_still_names_who_tells() -> None:
    parsed = parse(
        HEAD + "The Ombudsman said it will look into a voice message in which Malampa "
        "Provincial Council (MPC) President Jeffrey Malsale tells a chief that the road "
        'will go to "our own people".'
    )
    assert speaker_of(parsed, "our own people") == "Jeffrey Malsale"


def test_an_arabic_article_written_apart_opens_the_surname_source() -> None:
    parsed = parse(
        HEAD + "The email was written by Salim bin Rashid al Hinai, a director.\n\n"
        '"Let us be honest," al Hinai wrote.'
    )
    assert source_of(parsed, "Let us be honest")[0] == "al Hinai"
    assert speaker_of(parsed, "Let us be honest") == "Salim bin Rashid al Hinai"


def test_when_between_a_qualified_subject_and_its_verb_is_no_part_of_the_source() -> None:
    parsed = parse(
        HEAD + "The chairman of Sawahil Logistics on Tuesday evening defended the record, "
        'saying the firm had "never failed".'
    )
    assert source_of(parsed, "never failed")[0] == "The chairman of Sawahil Logistics"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The ministry raised the target for the sector to 45 per cent in January.", False),
        ("The union raised $5 million for the strike fund.", False),
        ("The union raised concerns that the target was too low.", True),
    ],
)
def test_raising_is_saying_only_when_words_are_raised(sentence: str, said: bool) -> None:
    assert bool(parse(HEAD + sentence).quotes) is said


def test_what_someone_is_called_on_to_do_ends_before_how_long_after() -> None:
    parsed = parse(
        HEAD + "The head of a residents' association on Thursday called on Tom Reyes to give "
        "up his seat, three days after his remarks were carried by the stream."
    )
    assert [q.text for q in parsed.quotes] == ["Tom Reyes to give up his seat"]
    assert source_of(parsed, "Tom Reyes to give up his seat")[0] == (
        "The head of a residents' association"
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The coordinator of a northern clean-air network on Thursday demanded that the "
            "deputy be removed.",
            "The coordinator of a northern clean-air network",
        ),
        (
            "An elders' group in the Nawakee Nation on Tuesday called on the speaker to step down.",
            "An elders' group in the Nawakee Nation",
        ),
    ],
)
def test_a_long_subject_is_the_source_whatever_day_follows_it(sentence: str, source: str) -> None:
    parsed = parse(HEAD + sentence)
    [quote] = parsed.quotes
    assert source_of(parsed, quote.text)[0] == source


@pytest.mark.parametrize(
    "source",
    [
        "Gayane Martirosyan, a coordinator of the Arabkir Courtyard initiative group, which "
        "collected most of the complaints,",
        "Ayaan Mohamud Elmi, the coordinator for the Horn Relief Network, an aid group that "
        "trucks water to the camps,",
    ],
)
def test_a_role_of_a_body_then_an_aside_on_the_body_is_all_the_source(source: str) -> None:
    parsed = parse(HEAD + source + " said the lists were drawn up by its own staff.")
    assert source_of(parsed, "the lists were drawn up by its own staff")[0] == source
    assert speaker_of(parsed, "the lists were drawn up by its own staff") == " ".join(
        source.split(",")[0].split()
    )


def test_the_same_voice_is_a_subject_not_a_verb_of_voicing() -> None:
    parsed = parse(
        HEAD + 'A voice said to be that of Mr Tom Reyes is heard telling staff: "Go home."\n\n'
        'Later in the recording, the same voice warns that heads "will answer for it".'
    )
    assert source_of(parsed, 'heads "will answer for it"')[0] == "the same voice"
    assert speaker_of(parsed, "will answer for it") == "Tom Reyes"


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        (
            "Minister says ministry alone issues permits after MP's voice note",
            "ministry alone issues permits",
        ),
        ("Chairman defends board's record after director's leaked email", "board's record"),
        # ("until after" is when, inside what was said.)
        (
            "CEO told staff to 'bury' report until after estate vote",
            "staff to 'bury' report until after estate vote",
        ),
    ],
)
def test_a_headlines_words_end_before_what_they_followed(headline: str, said: str) -> None:
    parsed = parse(headline + "\n\nThe row went on.")
    assert said in [q.text for q in parsed.quotes]


def test_a_mediums_coming_out_ends_what_its_relative_clause_says() -> None:
    parsed = parse(
        HEAD + "He has been under fire since Monday, when a voice note in which he tells "
        'workers that the permits "go through my office" was played on a radio programme.'
    )
    assert 'the permits "go through my office"' in [q.text for q in parsed.quotes]


@pytest.mark.parametrize(
    "body", ["the governing Labour Party", "the governing Movimiento Patria Nueva (MPN)"]
)
def test_a_spokesman_for_a_governing_party_is_the_whole_source(body: str) -> None:
    parsed = parse(HEAD + f"A spokesman for {body} said the senator did the right thing.")
    assert source_of(parsed, "the senator did the right thing")[0] == f"A spokesman for {body}"


def test_where_and_when_something_was_written_stand_before_its_that() -> None:
    parsed = parse(
        HEAD + "Frías wrote in a post on X hours after the audio was published that the words "
        'were "unacceptable".'
    )
    assert 'the words were "unacceptable"' in [q.text for q in parsed.quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cédula is the card citizens must show to vote, and the practice has dogged politics.",
        "Hundreds of fans showed up, and the practice has dogged politics.",
    ],
)
def test_showing_up_or_showing_to_do_something_says_nothing(sentence: str) -> None:
    assert parse(HEAD + sentence).quotes == ()


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Its lawyer, Ann Kessab, went further on Tuesday evening, telling a radio"
            " channel that the group would sue.",
            "Its lawyer, Ann Kessab,",
        ),
        (
            "Its lawyer, Ann Kessab, appointed last year, told a radio channel that the"
            " group would sue.",
            "Its lawyer, Ann Kessab, appointed last year,",
        ),
        (
            "The chairman, Tom Moyo, became emotional on Monday, saying the group would sue.",
            "The chairman, Tom Moyo,",
        ),
    ],
)
def test_a_past_form_that_is_never_a_participle_ends_the_source_before_it(
    body: str, source: str
) -> None:
    parsed = parse("Row\n\n" + body)
    assert source_of(parsed, "the group would sue")[0] == source


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "In a second message he told the mayor to stop forwarding complaints.",
            "the mayor to stop forwarding complaints",
        ),
        (
            "He told Ms Perrichon to stop forwarding complaints.",
            "Ms Perrichon to stop forwarding complaints",
        ),
        ("He told the mayor that the plan was dead.", "the plan was dead"),
        ("He told the mayor to keep quiet.", "the mayor to keep quiet"),
        (
            "Later in the recording he tells the officials to keep the schedules secret.",
            "the officials to keep the schedules secret",
        ),
    ],
)
def test_whom_someone_told_what_to_do_is_part_of_what_was_said(body: str, content: str) -> None:
    assert [q.text for q in parse(HEAD + body).quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Minister says poor districts can take the cuts; ministry says clip was taken out of"
        " context\n\nBody.",
        HEAD + "The minister said poor districts can take the cuts; the ministry said clip was"
        " taken out of context.",
    ],
)
def test_a_semicolon_ends_what_was_said_before_a_clause_with_a_speaker_of_its_own(
    text: str,
) -> None:
    assert [q.text for q in parse(text).quotes] == [
        "poor districts can take the cuts",
        "clip was taken out of context",
    ]


def test_a_semicolon_inside_what_was_said_leaves_a_later_speakers_clause_its_own() -> None:
    parsed = parse(
        HEAD + "The minister said inflation was under control; prices had risen only slightly,"
        " but the central bank said it would raise rates."
    )
    assert [q.text for q in parsed.quotes] == [
        "inflation was under control; prices had risen only slightly",
        "it would raise rates",
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "A voice message in which the minister tells officials that the poorer districts"
            ' "can take the cuts" while the wealthy enclave must be kept lit has drawn anger'
            " from two unions.",
            'the poorer districts "can take the cuts" while the wealthy enclave must be kept lit',
        ),
        (
            "A memo in which the mayor told staff that the plan has failed was leaked.",
            "the plan has failed",
        ),
        (
            "A memo in which the mayor told staff that the plan, which was approved, has failed"
            " was leaked.",
            "the plan, which was approved, has failed",
        ),
        (
            "The Herald has published a memo in which the mayor told staff that the figures"
            " would show the council was misled.",
            "the figures would show the council was misled",
        ),
        (
            "A video in which the coach says his players must be protected until the inquiry has"
            " reported has been viewed a million times.",
            "his players must be protected until the inquiry has reported",
        ),
    ],
)
def test_the_main_verb_after_a_clause_with_its_own_verb_ends_what_a_relative_clause_said(
    body: str, content: str
) -> None:
    assert [q.text for q in parse(HEAD + body).quotes if q.kind == "indirect"] == [content]


def test_a_name_far_before_a_later_cue_does_not_cut_what_an_earlier_cue_is_about() -> None:
    parsed = parse(
        HEAD + "Teresa Villalobos on Thursday accused her opponent in the race, Russell Kittredge,"
        ' of "talking down to farm families" after a group posted a video of him telling'
        ' donors that farming was "a hobby."'
    )
    assert parsed.quotes[0].text == (
        'her opponent in the race, Russell Kittredge, of "talking down to farm families"'
    )


@pytest.mark.parametrize(
    "body",
    [
        "Mr Sepalaan answered the union on Wednesday evening with a written statement in which he"
        " said he regretted the tone.",
        "Mr Sepalaan responded in a statement in which he said he regretted the tone.",
    ],
)
def test_a_statement_with_a_relative_clause_of_its_own_says_what_was_said_in_it(body: str) -> None:
    assert [q.text for q in parse(HEAD + body).quotes] == ["he regretted the tone"]


def test_what_someone_is_asked_to_bring_with_them_is_part_of_what_was_asked() -> None:
    parsed = parse(
        HEAD + "The opposition asked the Minister of Health to come to the House with a statement"
        " on drug supplies in every district."
    )
    assert [q.text for q in parsed.quotes] == [
        "the Minister of Health to come to the House with a statement on drug supplies in every"
        " district"
    ]


def test_a_clauses_that_before_a_subject_is_no_determiner_of_it() -> None:
    parsed = parse(
        HEAD + "The regional director said a team would go to Pototan next week to talk to the"
        " barangay captain and the village officials who handled the relief packs, and that the"
        " vice governor would be asked for a written explanation."
    )
    assert [q.text for q in parsed.quotes][:1] == [
        "a team would go to Pototan next week to talk to the barangay captain and the village"
        " officials who handled the relief packs, and that the vice governor would be asked for"
        " a written explanation"
    ]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "The minister told MPs to loud cheers that she would not resign.",
            ["she would not resign"],
        ),
        ("He told the mayor to his face that the plan was dead.", ["the plan was dead"]),
        ("She told the truth to the committee.", []),
        ("The company assured customers of its commitment to safety.", []),
        ("He told reporters to leave.", ["reporters to leave"]),
    ],
)
def test_to_is_what_someone_was_told_to_do_only_before_a_verb(body: str, said: list[str]) -> None:
    assert [q.text for q in parse(HEAD + body).quotes] == said


def test_called_after_the_noun_field_is_still_a_cue() -> None:
    [quote] = parse(HEAD + 'Rivals in the crowded field called him "a fraud".').quotes
    assert quote.source_start is not None
    assert quote.cue is not None and quote.cue.text == "called"


def test_what_someone_came_to_speak_about_is_no_statement() -> None:
    parsed = parse(
        HEAD + "The minister was a guest on the station's morning show, Anopa Nkommo, to speak"
        " about the decongestion exercise, which began on June 1."
    )
    assert parsed.quotes == ()


def test_a_headlines_second_verb_after_a_comma_ends_what_its_stance_is_about() -> None:
    parsed = parse("Elder defends whip, says voice note was 'about a list'\n\nBody.")
    assert parsed.quotes[0].text == "whip"


def test_a_bare_comma_after_a_named_aside_opens_no_clause_of_a_later_cue() -> None:
    parsed = parse(
        HEAD + "The union's head said that its members would walk out unless the airport's"
        " director, Marc-Antoine Verdier, resigns over messages he posted about them."
    )
    assert parsed.quotes[0].text == (
        "its members would walk out unless the airport's director, Marc-Antoine Verdier,"
        " resigns over messages he posted about them"
    )


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            'He said he would meet the crew "as soon as they will have me", but did not say'
            " whether he would stay on.",
            [
                'he would meet the crew "as soon as they will have me"',
                "as soon as they will have me",
            ],
        ),
        (
            "The commentator, Bartosz Nowik, thanked him and handed over to a sponsor's video.",
            ["him"],
        ),
    ],
)
def test_what_was_left_unsaid_or_done_next_is_no_part_of_what_was_said(
    body: str, said: list[str]
) -> None:
    assert [q.text for q in parse(HEAD + body).quotes] == said


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # A question put with a perfect ("Asked whether she had considered resigning").
        (
            'Asked whether she had considered resigning, she said: "Not for a second."',
            ["Not for a second."],
        ),
        # Calling an assembly, and a noun right after "whose", say nothing.
        ("The union has called a general assembly of its members for next Tuesday.", []),
        ("The agent, whose replies are barely audible, has not been named.", []),
        # What was said ends before ", five days after" another's words.
        (
            'The minister, John Smith, has said he "chose the wrong words" but will not resign,'
            " five days after he was heard telling hotel owners that residents were lazy.",
            [
                'he "chose the wrong words" but will not resign',
                "chose the wrong words",
                "residents were lazy",
            ],
        ),
        # Coming upon a file, staff summoned to a meeting and a file's label say nothing;
        # what an inquiry found, or found to be so, is reported.
        ("Wendell Prystupa found the file on Sunday and posted a clip.", []),
        ("The remarks were made at a meeting of 20 planning staff called to go over it.", []),
        ("The office uploaded the recording, labelled as a public information session.", []),
        ("The inquiry found that the minister had lied.", ["the minister had lied"]),
        (
            "The lab found the voice to be consistent with his.",
            ["the voice to be consistent with his"],
        ),
        # A firm's chief officer, whom someone told what to do, is one role.
        (
            'He told the chief operating officer to "slow-walk the inspection".',
            [
                'the chief operating officer to "slow-walk the inspection"',
                "slow-walk the inspection",
            ],
        ),
        # Naming a squad is choosing it, not saying anything.
        ("The federation had named its 26-member squad for the championships.", []),
        # A topic discussed is no statement; how to do something, discussed, is.
        ("The committee had spent that afternoon discussing a string of cancelled sailings.", []),
        (
            "In the recording, the adviser discussed how to steer a road contract to allies.",
            ["how to steer a road contract to allies"],
        ),
        # A second news item in the cue's own tense is the narrator's.
        (
            "The union has called for the chief executive to step aside and the county has"
            " summoned the company's board.",
            ["the chief executive to step aside"],
        ),
        # A noun someone owns after "whose" is no cue.
        (
            "An inspector whose private comments on a draft report were passed around"
            " apologised on Thursday, saying his notes had been careless.",
            ["his notes had been careless"],
        ),
        # A verb closing a clause whose object is the noun before it, right before the
        # main clause's cue.
        (
            "The Greenfield Association, the parents' group the inspector mocked, said in a"
            ' statement that the evaluation had been "decided in advance".',
            ['the evaluation had been "decided in advance"', "decided in advance"],
        ),
        # A second thing someone was asked to do is no cue of its own.
        (
            'The council said it had asked the board to meet officials and explain "how this'
            ' message came to be sent".',
            [
                'it had asked the board to meet officials and explain "how this message came to'
                ' be sent"',
                "how this message came to be sent",
            ],
        ),
        # Nor is a second thing one would do.
        (
            'He said he would attend the hearing and accept "whatever the commission decides".',
            [
                'he would attend the hearing and accept "whatever the commission decides"',
                "whatever the commission decides",
            ],
        ),
        # How the listeners took it is the writer's account of the room.
        (
            'The president says the referee "should have stayed at home", to laughter from'
            " some of the players, before the door shuts.",
            ['the referee "should have stayed at home"', "should have stayed at home"],
        ),
        (
            "She said the budget was a disgrace, amid loud boos from the gallery.",
            ["the budget was a disgrace"],
        ),
        # A medium in the reported clause's subject does not end it.
        (
            'He apologised, saying his description of her as "poison" in an email to investors'
            ' had been "cruel".',
            [
                'his description of her as "poison" in an email to investors had been "cruel"',
                "poison",
                "cruel",
            ],
        ),
        # A second that-clause goes on past a name's possessive and its verb.
        (
            "The conductor Ferdinand Aichhorn defended him. The chair told the Post that the"
            ' letter was "a beginning" but that Aichhorn\'s defence showed "the attitude".',
            [
                "him",
                'the letter was "a beginning" but that Aichhorn\'s defence showed "the attitude"',
                "a beginning",
                "the attitude",
            ],
        ),
        # Those told, and what body they are of, then what they were told to do.
        (
            'The deputy governor told officials of the ruling party to "make sure" traders get'
            " no stalls.",
            [
                'officials of the ruling party to "make sure" traders get no stalls',
                "make sure",
            ],
        ),
        # Where those told were, by the adverb, then "that".
        (
            "The secretary general told reporters there that the remark was bad.",
            ["the remark was bad"],
        ),
        ("He told the crowd there were no plans.", ["there were no plans"]),
        # A statement released by a body, then "that" and its clause's own subject.
        (
            "Kranjc stepped down on Wednesday, saying in a statement released by the club that"
            " he had insulted the fans.",
            ["he had insulted the fans"],
        ),
        # Calls made or taken, and what one stopped short of, are nothing said.
        ("The town hall was held by video call on the afternoon of Nov. 19.", []),
        ("Redden went on the air hours later and took calls for most of an hour.", []),
        (
            'He said he had been "frustrated after weeks of complaints" but stopped short of'
            " apologising.",
            [
                'he had been "frustrated after weeks of complaints"',
                "frustrated after weeks of complaints",
            ],
        ),
        # Pictures posted, and what a report was about, are nothing said.
        ("Reddick posted photos on Instagram from an overnight ride-along with officers.", []),
        (
            "Gulfview 31, a Tampa television station, reported on the messages on its 6 p.m."
            " newscast Wednesday.",
            [],
        ),
        # What one wants done to a noun before it, in a relative clause, is nothing said.
        ("It is the school the district wants to close.", []),
        # Who those told are, in a relative clause, before "that" and its subject.
        (
            "The director told nurses who had joined an ongoing strike that they would be"
            " posted far away.",
            ["they would be posted far away"],
        ),
        # Where a column argued it, then what.
        (
            "A former rector defended his successor, Professor Ottavio Landolfi, over a voice"
            ' message in which he called students "spoiled tourists", arguing in a newspaper'
            ' column that the remark had been "a moment of exasperation".',
            [
                "his successor, Professor Ottavio Landolfi",
                "spoiled tourists",
                'the remark had been "a moment of exasperation"',
                "a moment of exasperation",
            ],
        ),
    ],
)
def test_where_what_was_said_begins_and_ends_around_other_verbs(body: str, said: list[str]) -> None:
    assert [q.text for q in parse(HEAD + body).quotes] == said


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # Another speaker's saying joined by ", as" is their own statement.
        (
            "The board said the plan was dead, as the mayor insisted it was alive.",
            [("the plan was dead", "The board"), ("it was alive", "the mayor")],
        ),
        # A name and its apposition, then the cue, in a medium's "in which" clause.
        (
            "The commission said it would look into a recording in which Arunas Petrauskis, a"
            " candidate in the by-election, told a businessman that a donation could be split.",
            [
                (
                    "it would look into a recording in which Arunas Petrauskis, a candidate in"
                    " the by-election, told a businessman that a donation could be split",
                    "The commission",
                ),
                ("a donation could be split", "Arunas Petrauskis, a candidate in the by-election,"),
            ],
        ),
        # The subject of an "after" clause caught saying something says it.
        (
            "The helmet maker said on Friday that it would stand by her, three days after the"
            " head coach of the team was caught on an open microphone calling the downhiller"
            ' "a poster girl".',
            [
                ("it would stand by her", "The helmet maker"),
                ("a poster girl", "the head coach of the team"),
            ],
        ),
        # What someone told others to do in a memo ends at the memo's own verb.
        (
            "The director, Claudia Irarrazaval, said on Thursday that a leaked memo in which she"
            ' told regional directors to stop sending census takers back had used "the wrong'
            ' words".',
            [
                (
                    "a leaked memo in which she told regional directors to stop sending census"
                    ' takers back had used "the wrong words"',
                    "The director, Claudia Irarrazaval,",
                ),
                ("regional directors to stop sending census takers back", "she"),
                ("the wrong words", "The director, Claudia Irarrazaval,"),
            ],
        ),
        # A name, its apposition and "appears to" before the cue.
        (
            "The commission said it would look into a recording in which Arunas Petrauskis, a"
            " candidate, appears to tell a businessman that a donation could be split.",
            [
                (
                    "it would look into a recording in which Arunas Petrauskis, a candidate,"
                    " appears to tell a businessman that a donation could be split",
                    "The commission",
                ),
                ("a donation could be split", "Arunas Petrauskis, a candidate,"),
            ],
        ),
        # What someone appears to say in a medium, there too.
        (
            "The commission said it would look into a recording in which the candidate appears"
            " to tell a businessman that a donation could be split.",
            [
                (
                    "it would look into a recording in which the candidate appears to tell a"
                    " businessman that a donation could be split",
                    "The commission",
                ),
                ("a donation could be split", "the candidate"),
            ],
        ),
    ],
)
def test_a_second_speaker_inside_anothers_statement_has_a_statement_of_their_own(
    body: str, said: list[tuple[str, str]]
) -> None:
    parsed = parse(HEAD + body)
    text = parsed.article.text
    assert [(q.text, text[q.source_start : q.source_end]) for q in parsed.quotes] == said


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # Whose union it is, before its kind and name.
        (
            "The nurses' union Enfermería Unida, which represents nurses, said in a statement"
            " that the messages showed contempt.",
            "The nurses' union Enfermería Unida, which represents nurses,",
        ),
        # A second apposition joined to the first by "and".
        (
            "Pilar Escudero, a fellow board member and a former head of nursing at the"
            " hospital, said the messages were clumsy.",
            "Pilar Escudero, a fellow board member and a former head of nursing at the hospital,",
        ),
    ],
)
def test_the_words_naming_a_speaker_run_to_the_whole_noun_phrase(body: str, source: str) -> None:
    parsed = parse(HEAD + body)
    [quote] = [q for q in parsed.quotes if q.kind == "indirect"]
    assert parsed.article.text[quote.source_start : quote.source_end] == source


def test_a_stance_verb_used_of_a_thing_before_a_clause_of_its_own_reports_nothing() -> None:
    """ "A door slams, and the recording ends": "slams" has no object, and what follows
    its comma and "and" is a clause of its own."""
    parsed = parse(
        "Tirade on tape\n\nHe then turns on the referees. A door slams, and the recording "
        "ends shortly afterwards."
    )
    assert statements(parsed) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange was recorded by Julián Caraballo, an engineer who runs a ship-spotting "
        "account called Bahía de Buques and listens to the port's radio traffic.",
        "She has founded a group called Mothers First.",
    ],
)
def test_a_name_given_with_called_after_an_indefinite_object_is_no_quote(sentence: str) -> None:
    assert statements(parse(f"Pilots' row\n\n{sentence}")) == []


def test_called_after_an_indefinite_subject_still_reports_what_was_said() -> None:
    parsed = parse('Row\n\nA senior official called Smith "a liar".')
    assert statements(parsed) == [("partial", "a liar", None)]


def test_writing_in_a_caption_that_reports_what_was_written() -> None:
    parsed = parse(
        "Clip posted\n\nMarta Ruiz posted the clip on Friday, writing in the caption that the "
        "mayor had lied."
    )
    assert ("indirect", "the mayor had lied", "Marta Ruiz") in statements(parsed)


@pytest.mark.parametrize("act", ["and laughs", "and called for an inquiry"])
def test_a_verb_after_a_closed_quotation_and_and_is_the_speakers_next_act(act: str) -> None:
    parsed = parse(
        'Port chief\n\nHe goes on to say that the boat owners will "move when the excavators '
        f'arrive, like everybody else", {act}.'
    )
    assert statements(parsed)[0][:2] == (
        "indirect",
        'the boat owners will "move when the excavators arrive, like everybody else"',
    )


def test_terms_of_office_are_no_cue() -> None:
    """ "who has sat alongside him for two terms, defended him": a noun, not "termed"."""
    parsed = parse(
        "Board member backs chairman\n\nTrust board member T.V. Leelavathi, who has sat "
        "alongside Mr. Gopinathan for two terms, defended him on Wednesday."
    )
    assert [(kind, text) for kind, text, _ in statements(parsed)] == [("indirect", "him")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next strike, called for 18 June, will close three hospitals.", []),
        ("A vote was called for Tuesday.", []),
        (
            "The union called for Friday's vote to be scrapped.",
            [("indirect", "Friday's vote to be scrapped", None)],
        ),
    ],
)
def test_called_for_a_day_is_set_for_it_not_demanded(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert statements(parse(f"Strike\n\n{sentence}")) == expected


def test_an_ing_verb_after_a_plural_noun_and_its_determiner_says_which_ones() -> None:
    """ "The residents opposing the plan said": which residents, not what they opposed."""
    parsed = parse(
        "Row\n\nIts director was heard saying that the fishermen opposing the move \"couldn't "
        'run a noodle stall". The residents opposing the plan said it was unfair.'
    )
    assert [(kind, text) for kind, text, _ in statements(parsed)] == [
        ("indirect", 'the fishermen opposing the move "couldn\'t run a noodle stall"'),
        ("partial", "couldn't run a noodle stall"),
        ("indirect", "it was unfair"),
    ]
    assert source_of(parsed, "it was unfair") == ("The residents opposing the plan", "said")


def test_an_irregular_past_after_a_quotation_ends_a_relative_clauses_words() -> None:
    parsed = parse(
        "Candidate sorry\n\nA candidate apologized Thursday, days after a clip in which he told a "
        'volunteer that the neighbourhood was "a write-off" spread across social media.'
    )
    assert 'the neighbourhood was "a write-off"' in [q.text for q in parsed.quotes]


@pytest.mark.parametrize("subject", ["Nobody", "No one"])
def test_no_one_answering_says_nothing(subject: str) -> None:
    parsed = parse(
        f"Candidate's remark\n\n{subject} answered when Lozinski rang the bell, but the camera "
        "kept recording."
    )
    assert statements(parsed) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Radio Kaori played the recording the next morning and repeated it every hour until "
        "midday.",
        "The permit, which the chiefdom wants suspended, was approved.",
    ],
)
def test_repeating_a_broadcast_or_wanting_something_done_reports_nothing(sentence: str) -> None:
    assert statements(parse("Station row\n\n" + sentence)) == []


@pytest.mark.parametrize("negated", ["would not be", "had not been"])
def test_one_who_would_not_be_commenting_said_nothing(negated: str) -> None:
    parsed = parse(
        "Row\n\nThe district said in a statement that the remark was an insult and that "
        f"Mikael Stenbäck {negated} commenting on it."
    )
    assert "Mikael Stenbäck" not in {
        parsed.entities[q.speaker].name for q in parsed.quotes if q.speaker is not None
    }


def test_that_before_a_compound_with_a_time_noun_opens_the_clause() -> None:
    parsed = parse("Row\n\nIn a speech, he said that night-shift nurses could be replaced.")
    assert [q.text for q in parsed.quotes] == ["night-shift nurses could be replaced"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The one asked, in the passive, says nothing.
        "A supervisor left a dictaphone running when she was asked to step out before the "
        "discussion.",
        # A rally called is an occasion convened, not words.
        "The union has called a rally outside the hospital for next Wednesday.",
    ],
)
def test_no_one_speaks_in(sentence: str) -> None:
    assert parse("Row\n\n" + sentence).quotes == ()


def test_a_role_before_a_bodys_initials_and_a_name_is_part_of_the_source() -> None:
    parsed = parse(
        "Row\n\nOn Tuesday, the president of the Professional Footballers' Association of "
        "Cameroon, PFAC, Mr Alain Bisseck Nyemb, said the recording was a scandal."
    )
    [said] = parsed.quotes
    assert parsed.article.text[said.source_start : said.source_end].startswith("the president")


def test_a_participle_after_a_relative_clause_of_two_verbs_shares_the_main_subject() -> None:
    parsed = parse(
        "Row\n\nThe chief executive of the tourism board, Damian Forde-Harcourt, apologised on "
        'radio for an Instagram story in which he called cruise passengers "lanyard tourists" '
        'and mocked the minister, saying his words had been "cheap".'
    )
    [said] = [q for q in parsed.quotes if q.text.startswith("his words")]
    assert parsed.article.text[said.source_start : said.source_end].startswith("The chief")


def test_a_body_whose_chairman_is_named_in_its_relative_clause_is_the_source() -> None:
    parsed = parse(
        "Row\n\nHours later, the Commercial Tricycle and Minibus Owners' Association (CTMOA), "
        "whose Kano chairman, Comrade Nura Bello Makwarari, is contesting the chairmanship of the "
        "council, said in a statement that the threat was an attack on every driver."
    )
    [said] = parsed.quotes
    assert (
        parsed.entities[said.speaker].name == "Commercial Tricycle and Minibus Owners' Association"
    )
    assert parsed.article.text[said.source_start : said.source_end].endswith("of the council,")


def test_a_meeting_called_to_discuss_something_is_no_speech() -> None:
    parsed = parse(
        "Director's remarks\n\nThe director made the remarks during a Zoom meeting last week "
        "with about 30 contractors, called to discuss long queues at the weighbridges."
    )
    assert parsed.quotes == ()


def test_saying_then_when_then_that_reports_what_was_said() -> None:
    parsed = parse(
        "Union defends doctor\n\nJon Smith has defended the head of the department, saying on "
        'Sunday that he had "every right" to raise the problems.'
    )
    assert ("indirect", 'he had "every right" to raise the problems', "Jon Smith") in statements(
        parsed
    )


@pytest.mark.parametrize("day", ["Thursday evening", "on Thursday", "Wednesday"])
def test_a_day_between_call_and_for_is_part_of_the_cue(day: str) -> None:
    parsed = parse(
        f"Ethics review sought\n\nA county commissioner, Yvonne Giddens, called {day} for an "
        "ethics review of port commissioner Garnett Pruden."
    )
    assert statements(parsed) == [
        ("indirect", "an ethics review of port commissioner Garnett Pruden", "Yvonne Giddens")
    ]


def test_an_aside_on_what_someone_is_does_not_end_what_a_call_is_for() -> None:
    parsed = parse(
        "Ethics review sought\n\nThe group called for the city's Board of Ethics to review "
        "whether Kowalczyk, as a city employee, misused his position."
    )
    assert [q[1] for q in statements(parsed)] == [
        "the city's Board of Ethics to review whether Kowalczyk, as a city employee, misused "
        "his position"
    ]


def test_the_following_day_ends_what_a_defence_is_of() -> None:
    parsed = parse(
        "Manager backs president\n\nThe manager, Kang Tae-jun, defended Baek the following day "
        "before Game 5, telling reporters that the president had erred."
    )
    assert ("indirect", "Baek", "Kang Tae-jun") in statements(parsed)


@pytest.mark.parametrize(
    "subject",
    [
        "A Palermo city councillor whose telephone call in the back of a taxi was recorded by "
        "the driver's dashcam",
        "A longtime member who asked not to be identified because she still sings in the choir",
    ],
)
def test_a_noun_and_its_relative_clause_opening_the_sentence_are_the_source(
    subject: str,
) -> None:
    parsed = parse(f"Remark row\n\n{subject} said on Thursday that the words were wrong.")
    assert [
        (q.kind, parsed.article.text[q.source_start : q.source_end]) for q in parsed.quotes
    ] == [("indirect", subject)]


def test_the_body_a_writer_wrote_to_does_not_make_the_demand() -> None:
    parsed = parse(
        "Parents demand apology\n\nThe National Examinations Council said it would review the "
        "results. On Monday, the Motlhaba Parents and Guardians Association wrote to the "
        "council demanding a public apology from the registrar."
    )
    assert speaker_of(parsed, "a public apology from the registrar") == (
        "Motlhaba Parents and Guardians Association"
    )


def test_no_main_verb_cuts_a_reported_clause_inside_its_quotation() -> None:
    parsed = parse(
        "Member apologizes\n\nHe released a written statement in which he said members "
        '"had every right to be heard without being mocked by someone who was supposed to be '
        'listening."'
    )
    assert parsed.quotes[0].text == (
        'members "had every right to be heard without being mocked by someone who was '
        'supposed to be listening."'
    )


def test_a_verb_far_after_its_subject_reports_no_clause_before_it() -> None:
    parsed = parse(
        "Harbour row\n\nThe harbour board later sent her owners a warning letter, and one of her "
        "deckhands, Ryan Halcrow, obtained an extract of the radio log so that the crew could "
        "answer the warning."
    )
    assert [q.text for q in parsed.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "subject",
    [
        "The medical director of the Lagan Health Trust",
        "The country director of the Danish aid charity Kinship Water Alliance",
    ],
)
def test_what_qualifies_a_role_before_the_main_verb_is_part_of_the_source(
    subject: str,
) -> None:
    # The role, what it is of (a body, and the words describing its kind), up to the
    # auxiliary of the main verb, before a cue after it ("has apologised for calling").
    parsed = parse(
        f'Chat row\n\n{subject} has apologised for calling staff "per diem hunters" in a chat.'
    )
    [quote] = parsed.quotes
    assert parsed.article.text[quote.source_start : quote.source_end] == subject


def test_a_recess_called_when_someone_sat_down_is_no_statement() -> None:
    assert statements(parse("Row\n\nTollefsen called a short recess when he sat down.")) == []


def test_a_plural_noun_after_a_count_and_a_capitalised_word_is_no_cue() -> None:
    # "in seven Western states": "states" is a noun, not the verb "state".
    parsed = parse(
        "Row\n\nDolores Meservey, who leads an association in seven Western states, "
        "defended Kettleson and his office Friday."
    )
    assert [(q.kind, q.text) for q in parsed.quotes] == [("indirect", "Kettleson and his office")]


@pytest.mark.parametrize(
    "where",
    ["from the podium", "from the Assembly's tribune on Tuesday afternoon"],
)
def test_where_a_speaker_said_it_from_is_no_part_of_what_was_said(where: str) -> None:
    parsed = parse(f"Row\n\nLúcia Wanderley said {where} that the footage showed contempt.")
    assert [q.text for q in parsed.quotes] == ["the footage showed contempt"]
    assert [c.kind for c in parsed.channels] == ["speech"]


def test_what_is_to_be_done_from_a_rostrum_keeps_its_rostrum() -> None:
    parsed = parse(
        "Row\n\nThe opposition asked him to repeat his apology from the rostrum of the city "
        "council."
    )
    assert [q.text for q in parsed.quotes] == [
        "him to repeat his apology from the rostrum of the city council"
    ]


@pytest.mark.parametrize("body", ["Assembly", "Family", "Italy"])
def test_a_capitalised_word_ending_in_ly_ends_a_name_not_an_adverb(body: str) -> None:
    parsed = parse(
        f"Row\n\nAn opposition member of the Kurohama {body} said Thursday she would "
        "submit a resolution."
    )
    [quote] = parsed.quotes
    source = parsed.article.text[quote.source_start : quote.source_end]
    assert source == f"An opposition member of the Kurohama {body}"


def test_books_an_author_has_written_are_no_statement() -> None:
    parsed = parse(
        "Row\n\nAraba Eshun-Baidoo, a historian who has written two books on the slave forts, "
        "told the Mirror that the remarks were wrong. He wrote that the history was clear."
    )
    assert [q.text for q in parsed.quotes] == [
        "the remarks were wrong",
        "the history was clear",
    ]


def test_a_body_and_its_relative_clause_opening_the_lede_are_its_source() -> None:
    parsed = parse(
        "Clerk row\n\nThe union that represents the city's office staff on Wednesday defended "
        'a clerk, saying she had "paid many times over".\n\nThe Lakehead Civic Workers\' '
        "Union said in a statement that she was sorry."
    )
    assert source_of(parsed, "paid many times over")[0] == (
        "The union that represents the city's office staff"
    )
    assert speaker_of(parsed, "paid many times over") == "Lakehead Civic Workers' Union"


def test_a_break_called_so_someone_could_do_something_is_no_statement() -> None:
    parsed = parse("Row\n\nGoicoechea called a short break so she could swap a battery.")
    assert statements(parsed) == []


def test_last_night_between_a_name_and_its_verb_is_when_not_who() -> None:
    parsed = parse('Row\n\nJulius Mugume last night said remarks he made were "a bad joke".')
    assert source_of(parsed, "a bad joke")[0] == "Julius Mugume"


def test_who_carried_the_words_is_no_part_of_them() -> None:
    parsed = parse(
        "Row\n\nMalam Haruna Dankaka said so. Kehinde Adesokan-Martins apologised for the "
        'remarks, saying through his lawyer that the words were "careless".'
    )
    assert speaker_of(parsed, 'the words were "careless"') == "Kehinde Adesokan-Martins"
    assert "Haruna Dankaka" in {e.name for e in parsed.entities}


@pytest.mark.parametrize(
    "body",
    [
        "The director apologized for a message, first reported last week by a public radio "
        'station, in which he called residents "drama".',
        "Riverline Public Radio reported the messages on its morning newscast on Nov. 18 and "
        'posted screenshots in which he called residents "drama".',
    ],
)
def test_a_medium_reported_by_an_outlet_is_no_statement_of_the_outlets(body: str) -> None:
    assert [q.kind for q in parse("Row\n\n" + body).quotes] == ["partial"]
