"""Channels: how each statement reached the public."""

from __future__ import annotations

import pytest

from provenance.records import ParsedArticle
from tests.helpers import leaked_channel, parse, speaker_of, statements

HEAD = "Row over leaked memo\n\n"


def channel_of(
    parsed: ParsedArticle, quote_text: str
) -> tuple[str, str | None, str | None, str | None] | None:
    """(kind, publisher, reporter, place) of the channel of a statement."""
    quote = next(q for q in parsed.quotes if q.text == quote_text)
    if quote.channel is None:
        return None
    channel = parsed.channels[quote.channel]
    name = lambda i: parsed.entities[i].name if i is not None else None  # noqa: E731
    return channel.kind, name(channel.publisher), name(channel.reporter), channel.place


def the_leak(parsed: ParsedArticle) -> tuple[str | None, str | None]:
    """(actor, channel kind) of the story's one leak."""
    [leak] = [e for e in parsed.events if e.type == "leak"]
    actor = parsed.entities[leak.actor].name if leak.actor is not None else None
    kind = parsed.channels[leak.channel].kind if leak.channel is not None else None
    return actor, kind


@pytest.mark.parametrize(
    ("body", "quote", "expected"),
    [
        (
            "In the leaked memo, obtained by The Daily Ledger, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("document", "The Daily Ledger", None, None),
        ),
        (
            "Gary Hollins defended Mr Greaves on Radio Brackenford on Monday, saying the "
            "chairman had kept the lights on.",
            "Mr Greaves",
            ("broadcast", "Radio Brackenford", None, None),
        ),
        (
            "Karen Walsh apologised the next morning on Radio Brackenford, saying the plan "
            "was dead.",
            "the plan was dead",
            ("broadcast", "Radio Brackenford", None, None),
        ),
        (
            # Answering a host's questions on air is an interview.
            "Karen Walsh apologised on The Morning Exchange, the call-in show on Radio "
            "Brackenford, telling host Jo Marchand that the plan was dead.",
            "the plan was dead",
            ("interview", "Radio Brackenford", None, None),
        ),
        (
            # A statement inside another's keeps the channel between its source and cue.
            "The committee will act after Dale Hollister was caught on a live microphone "
            "mocking a nurse, Bradley Coyne said.",
            "a nurse",
            ("recording", None, None, None),
        ),
        (
            "Karen Walsh issued a statement later that day saying the memo was a draft.",
            "the memo was a draft",
            ("statement", None, None, None),
        ),
        (
            "Karen Walsh's leaked memo went to unit heads. The memo went unanswered. "
            '"The plan is dead," the memo reads.',
            "The plan is dead",
            ("document", None, None, None),
        ),
        (
            "In a secret recording, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("recording", None, None, None),
        ),
        (
            "Karen Walsh was approached by Channel 9 News and said the plan was dead.",
            "the plan was dead",
            ("interview", "Channel 9 News", None, None),
        ),
        (
            "In an interview with Radio North Political Editor Sam Obi, Karen Walsh said "
            "the plan was dead.",
            "the plan was dead",
            ("interview", "Radio North", "Sam Obi", None),
        ),
        (
            "Karen Walsh told the BBC the plan was dead.",
            "the plan was dead",
            ("interview", "BBC", None, None),
        ),
        (
            "In a speech at the Grand Hall in Leeds, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "Leeds"),
        ),
        (
            "In a statement, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("statement", None, None, None),
        ),
        (
            'Karen Walsh wrote in her resignation letter: "The plan is dead."',
            "The plan is dead.",
            ("document", None, None, None),
        ),
        (
            "In a leaked voice memo, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("recording", None, None, None),
        ),
        (
            "Karen Walsh told several hundred workers gathered at the gates that the plan was "
            "dead.",
            "the plan was dead",
            ("speech", None, None, None),
        ),
        (
            "Karen Walsh told several hundred striking lecturers in the courtyard that the "
            "plan was dead.",
            "the plan was dead",
            ("speech", None, None, None),
        ),
        (
            # A chamber by its name, in any language.
            "Karen Walsh told the National Assembly that the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "National Assembly"),
        ),
        (
            "Karen Walsh told De Nationale Assemblée that the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "De Nationale Assemblée"),
        ),
        (
            # Where a role is held is no occasion of speech.
            "The leader of the opposition in the National Assembly, Karen Walsh, said the "
            "plan was dead.",
            "the plan was dead",
            None,
        ),
        (
            "Speaking in the Assembly on Wednesday, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "Assembly"),
        ),
        (
            "Karen Walsh apologised after a microphone left on at the launch on Friday caught "
            "her telling a colleague that the plan was dead.",
            "the plan was dead",
            ("recording", None, None, None),
        ),
        (
            "On Wednesday evening, in a Facebook live broadcast from her home, Karen Walsh said "
            "the plan was dead.",
            "the plan was dead",
            ("social_media", None, None, None),
        ),
        (
            "Karen Walsh said in a video posted on her YouTube channel on Monday that the plan "
            "was dead.",
            "the plan was dead",
            ("social_media", None, None, None),
        ),
        (
            "Karen Walsh wrote to the council chairperson on Monday asking for a full report.",
            "a full report",
            ("document", None, None, None),
        ),
        (
            "At a meeting attended by about 200 residents on Saturday, Karen Walsh said the "
            "plan was dead.",
            "the plan was dead",
            ("speech", None, None, None),
        ),
        (
            "Karen Walsh told the Dáil on Thursday that the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "Dáil"),
        ),
        (
            "Karen Walsh has told Holyrood that the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "Holyrood"),
        ),
        (
            "Karen Walsh told MSPs that the plan was dead.",
            "the plan was dead",
            ("speech", None, None, "MSPs"),
        ),
        (
            "In a press release, the party said the plan was dead.",
            "the plan was dead",
            ("statement", None, None, None),
        ),
        (
            "Writing on Twitter, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("social_media", None, None, None),
        ),
        # A stance taken on air after when ("on Tuesday night", "over the weekend"), on a
        # programme of a numbered channel, or of a sports broadcaster.
        (
            "Ezequiel Montenegro defended her on Tuesday night on Mesa Chica, the late-night"
            " programme of the cable channel Canal Ciudad 24, saying the plan was dead.",
            "the plan was dead",
            ("broadcast", "Canal Ciudad 24", None, None),
        ),
        (
            "Marat Osmonbekov defended him over the weekend on Ordo TV's evening talk show"
            " Kenesh Saaty, saying the plan was dead.",
            "the plan was dead",
            ("broadcast", "Ordo TV", None, None),
        ),
        (
            "Gianluca Borsetti defended Ferreyra on Rete Sport's Tempi Supplementari on"
            " Wednesday night, saying the plan was dead.",
            "the plan was dead",
            ("broadcast", "Rete Sport", None, None),
        ),
        # Two words before the statement's noun.
        (
            "In a short written statement, Karen Walsh said the plan was dead.",
            "the plan was dead",
            ("statement", None, None, None),
        ),
    ],
)
def test_channel_patterns(body: str, quote: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert channel_of(parse(HEAD + body), quote) == expected


def test_a_leaked_medium_is_marked_leaked() -> None:
    parsed = parse(
        HEAD + "In the leaked memo, published by the Ledger website, Karen Walsh said it was dead."
    )
    kinds = {(c.kind, c.leaked) for c in parsed.channels}
    assert ("document", True) in kinds and ("website", True) in kinds


def test_words_written_on_papers_an_outlet_printed_pictures_of_are_the_remark() -> None:
    """ "The paper printed photographs of four of the pages ... Ms Kettlewell wrote:": the
    notes pictured are the leaked document, and what she wrote on them the remark."""
    parsed = parse(
        "Chair says notes were options\n\n"
        "Trust chair Susan Kettlewell left the briefing papers on a train on Wednesday. A "
        "passenger took the images to The Ouse Valley Post, a regional daily, on Thursday. "
        "The paper printed photographs of four of the pages on its front page the next "
        "morning.\n\n"
        'Beside one section, Ms Kettlewell wrote: "Close? Yes, but quietly."',
        published="2026-11-24",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    channel = parsed.channels[remark.channel]  # type: ignore[index]
    assert (channel.kind, channel.name) == ("document", "photographs of four of the pages")
    assert parsed.entities[channel.publisher].name == "The Ouse Valley Post"  # type: ignore[index]


def test_a_letter_published_in_a_paper_is_its_writers_own_in_print() -> None:
    """ "In a letter published in Wednesday's Drumcarrig Courier, Dr X defended ...": a
    letter to the editor, which the paper printed; no leak."""
    parsed = parse(
        "Director's letter\n\n"
        'Dr Declan Harkness wrote in a leaked letter that the closure was "a done deal".\n\n'
        "In a letter published in Wednesday's Drumcarrig Courier, Dr Ruth Galbraith, a "
        "consultant anaesthetist, defended her colleague, writing that he had been honest.",
        published="2026-10-16",
    )
    [printed] = [c for c in parsed.channels if c.kind == "print"]
    assert not printed.leaked
    assert parsed.entities[printed.publisher].name == "Drumcarrig Courier"  # type: ignore[index]
    assert leaked_channel(parsed, "he had been honest") is False


def test_a_group_posting_a_clip_on_its_social_media_accounts_leaks_it_there() -> None:
    """ "a researcher at the consumer group X heard it and the group posted a 50-second
    clip on its social media accounts": X, on social media (no website of its own)."""
    parsed = parse(
        "Chair sorry\n\n"
        '"It is a nation of moaners," regulator chair Alistair Kinloch can be heard saying '
        "in the podcast.\n\n"
        "The passage went unnoticed until Monday evening, when a researcher at the consumer "
        "group Billpayers' Voice Scotland heard it and the group posted a 50-second clip on "
        "its social media accounts."
    )
    leaks = [parsed.channels[e.channel] for e in parsed.events if e.type == "leak"]  # type: ignore[index]
    assert [(c.kind, parsed.entities[c.publisher].name) for c in leaks] == [  # type: ignore[index]
        ("social_media", "Billpayers' Voice Scotland")
    ]


def test_a_recording_played_for_reporters_is_leaked_by_who_played_it() -> None:
    """ "Fairweather played the recording for reporters outside the courthouse": no occasion
    named, the press told; and "a statement released by the office" is no leak."""
    parsed = parse(
        "Prosecutor heard on court audio\n\n"
        '"Look at him," prosecutor Bryce Hollenbeck can be heard telling a colleague.\n\n'
        "The next morning, defence lawyer Nia Fairweather played the recording for reporters "
        "outside the courthouse and handed out copies.\n\n"
        "Hollenbeck apologized in a statement released by the Rainier County Prosecuting "
        "Attorney's Office on Wednesday morning, saying his words were wrong.",
        published="2026-11-22",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [
        (parsed.channels[e.channel].kind, parsed.entities[e.actor].name)  # type: ignore[index]
        for e in leaks
    ] == [("interview", "Nia Fairweather")]
    office = next(e for e in parsed.entities if e.name.endswith("Attorney's Office"))
    assert office.kind == "organisation"


def test_printed_copies_held_up_are_no_leaked_medium() -> None:
    """ "held up printed copies of the screenshots and said": what a speaker showed."""
    parsed = parse(
        "Minister's messages\n\n"
        "During question time, Rishi Mahabier held up printed copies of the screenshots and "
        'said they showed "what this government thinks".'
    )
    assert not any(e.type == "remark" for e in parsed.events)


def test_a_photograph_of_the_medium_named_before_is_its_leak() -> None:
    parsed = parse(
        HEAD + 'Minister Karen Walsh wrote a memo calling teachers "lazy".\n\nDaily Jaras, an'
        " Urdu-language newspaper, printed a photograph of it on its front page."
    )
    assert [(c.kind, c.name, c.leaked) for c in parsed.channels if c.kind == "print"] == [
        ("print", "Daily Jaras", True)
    ]


def test_an_outlet_that_published_it_in_full_leaked_it_and_a_shows_channel_aired_it() -> None:
    parsed = parse(
        HEAD + "A voice message was sent to the group. The news portal KenyalangKini published it"
        " in full.\n\nIt was passed around from December 2 and reached more people on Saturday"
        " night, when Al-Mawqef, the late-night talk show on the satellite channel Mehwar"
        " Sports, played it in full."
    )
    leaks = {
        parsed.entities[e.actor].name: parsed.times[e.time].value if e.time is not None else None
        for e in parsed.events
        if e.type == "leak" and e.actor is not None
    }
    assert leaks == {"KenyalangKini": None, "Mehwar Sports": "2019-12-07TNI"}


def test_a_newsroom_unit_of_a_station_leaks_on_that_station() -> None:
    parsed = parse(
        HEAD + "The email was sent on Jan. 29.\n\nTallgrass Investigates, the investigative"
        " unit of Winnipeg television station Tallgrass Television, obtained the email and"
        " aired excerpts on the station's 6 p.m. newscast Monday."
    )
    leaks = [
        (e.actor, parsed.channels[e.channel].kind, parsed.channels[e.channel].publisher)
        for e in parsed.events
        if e.type == "leak" and e.channel is not None
    ]
    station = next(i for i, e in enumerate(parsed.entities) if e.name == "Tallgrass Television")
    assert leaks == [(station, "broadcast", station)]


def test_an_extract_published_and_a_recording_published_by_a_follower_are_leaks() -> None:
    parsed = parse(
        HEAD + "Someone in the room recorded the meeting on a phone.\n\nKontrapunkt, the"
        " student newspaper, published a three-minute extract of the recording on its website"
        " on Monday evening.\n\nThe national daily Dziennik Obywatelski followed the next"
        " morning, publishing the full six-minute recording on its website."
    )
    leaks = [
        (parsed.entities[e.actor].name, parsed.times[e.time].value)
        for e in parsed.events
        if e.type == "leak" and e.actor is not None and e.time is not None
    ]
    assert leaks == [
        ("Kontrapunkt", "2019-12-09TEV"),
        ("Dziennik Obywatelski", "2019-12-10TMO"),
    ]


def test_a_post_by_an_unnamed_account_then_an_outlet_picking_it_up_are_two_leaks() -> None:
    parsed = parse(
        HEAD + 'The coach was filmed on a phone. "Forget the ref," he can be heard saying.\n\n'
        "The video was posted on Saturday morning by an anonymous Instagram account that"
        " shares rugby memes, and was picked up hours later by the rugby news website Offload."
    )
    leaks = sorted(
        (
            parsed.channels[e.channel].kind,
            parsed.entities[e.actor].name if e.actor is not None else None,
        )
        for e in parsed.events
        if e.type == "leak" and e.channel is not None
    )
    assert leaks == [("social_media", None), ("website", "Offload")]


def test_where_an_outlet_is_based_is_an_aside_before_its_verb() -> None:
    parsed = parse(
        HEAD + 'Tapia recorded the message. "Did you see him?" Tapia can be heard saying.\n\n'
        "The national news station Radio Cerro Alto, based in Santiago, played the full"
        " 70-second recording on its breakfast programme on Monday morning."
    )
    assert the_leak(parsed) == ("Radio Cerro Alto", "broadcast")


def test_a_front_page_in_the_next_clause_is_the_next_outlets() -> None:
    parsed = parse(
        HEAD + '"Here we go," Vescio can be heard saying.\n\nThe Ravine Report, a local news'
        " site, published the clip with a story Monday morning, and The True North Times"
        " reported the remarks on its front page Tuesday morning."
    )
    kinds = {c.name: c.kind for c in parsed.channels if c.leaked and c.publisher is not None}
    assert kinds == {"Ravine Report": "website", "The True North Times": "print"}


def test_a_meeting_streamed_live_on_a_bodys_own_channel_is_its_leak() -> None:
    parsed = parse(
        HEAD + "Lorraine Vescio, who represents Ward 6 on the Garrison Creek District School"
        " Board, spoke on Thursday.\n\nThe remarks were made during a board meeting held on"
        ' Zoom and streamed live on the board\'s YouTube channel. "Here we go," Vescio can be'
        " heard saying."
    )
    assert the_leak(parsed) == ("Garrison Creek District School Board", "social_media")


def test_a_person_who_posted_it_leaked_it() -> None:
    parsed = parse(
        HEAD + '"Ten percent," Vice Mayor Gregorio Lumapas can be heard telling the contractor.'
        "\n\nThe contractor gave a copy of the recording to local blogger Jude Alcoseba, who"
        " posted it on his Facebook page, Lantaw Insider, on Saturday night."
    )
    assert the_leak(parsed) == ("Jude Alcoseba", "social_media")


def test_a_video_on_the_speakers_own_page_inside_the_sentence_is_where_they_spoke() -> None:
    parsed = parse(
        HEAD + '"Ten percent," Vice Mayor Gregorio Lumapas can be heard telling the contractor.'
        " A blogger posted it on Saturday.\n\nLumapas answered hours after the broadcast in a"
        " video posted on his Facebook page on Monday evening, saying the clip had been edited."
    )
    posts = [(c.kind, c.leaked) for c in parsed.channels if c.kind == "social_media"]
    assert posts == [("social_media", False)]
    assert not [q for q in parsed.quotes if q.text.startswith("hours after")]


def test_minutes_of_a_meeting_published_are_a_leak_dated_by_the_telling_not_the_meeting() -> None:
    parsed = parse(
        HEAD + "The row began on Sunday evening, when the investigative news website Apurado"
        " published the minutes of a meeting of the education department's management"
        " committee held on 18 August.\n\nIn the minutes, Mariângela Pacheco is recorded as"
        " saying that teachers on strike can wait.\n\nThe next morning, the teachers' union"
        " said in a statement that the minutes showed contempt.",
        published="2026-09-03",
    )
    assert the_leak(parsed)[0] == "Apurado"
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert leak.time is not None and parsed.times[leak.time].value == "2026-08-30TEV"
    assert [t.value for t in parsed.times if t.text == "The next morning"] == ["2026-08-31TMO"]


def test_what_an_outlet_is_does_not_date_its_leak() -> None:
    parsed = parse(
        HEAD + "A recording of the call was made in July.\n\nThe recording was first described"
        " on Dec. 2, when Myitta Post, a news website run by journalists who left after the"
        " 2017 coup, published a written excerpt of its transcript."
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert leak.time is not None and parsed.times[leak.time].value == "2019-12-02"


def test_a_video_on_the_speakers_own_page_is_where_they_spoke_not_a_leak() -> None:
    parsed = parse(
        HEAD + 'A voice note in which the whip, Jacintha Providence, called a rival "finished" was'
        " published by Vincy Scoop on Monday morning.\n\nIn a video posted on her Facebook"
        " page on Monday evening, Ms Providence said she had never threatened anybody."
    )
    channels = [(c.kind, c.name, c.leaked) for c in parsed.channels]
    assert ("social_media", "Facebook", False) in channels
    assert not any(kind == "recording" and name == "a video" for kind, name, _ in channels)
    [quote] = [q for q in parsed.quotes if q.text.startswith("she had never")]
    assert quote.channel is not None and parsed.channels[quote.channel].kind == "social_media"


def test_a_leaked_medium_a_long_stance_is_taken_over_is_not_where_it_was_taken() -> None:
    parsed = parse(
        HEAD + "The MP for Sagnarigu West, Hon. Alhaji Abubakari Tahiru Dawuni, has defended the"
        " Medical Director of the Kpalsi Regional Hospital in Tamale, Dr Abdul-Wahab Nantogma,"
        " over a leaked WhatsApp voice message in which the director told nurses they would be"
        ' posted to places with "no light".'
    )
    [stance] = [q for q in parsed.quotes if q.text.startswith("the Medical Director")]
    assert stance.text.endswith("Dr Abdul-Wahab Nantogma")
    assert stance.channel is None


def test_a_video_the_speaker_posted_while_apologising_is_no_leak() -> None:
    parsed = parse(
        HEAD + 'Sheriff Curtis Mabry was heard calling her "a clown" on body camera footage that'
        " WBKQ-TV broadcast.\n\nMabry apologized Sunday evening to Council member Simone"
        " Latimer, saying in a video posted on the sheriff's office's Facebook page that his"
        ' words had been "petty, personal and wrong."'
    )
    assert not [c.name for c in parsed.channels if c.name == "a video" and c.leaked]
    [quote] = [q for q in parsed.quotes if q.kind == "indirect"]
    assert quote.text == 'his words had been "petty, personal and wrong."'
    assert speaker_of(parsed, quote.text) == "Curtis Mabry"
    assert [e.type for e in parsed.events if e.actor == quote.speaker] == ["remark", "response"]


def test_a_broadcaster_that_opened_its_bulletin_with_the_clip_leaked_it() -> None:
    parsed = parse(
        HEAD + 'The treasurer was heard saying the cuts "won\'t be noticed" on Thursday'
        " afternoon.\n\nThat evening, the regional broadcaster Hämeen Kanava opened its main"
        " news bulletin with the clip."
    )
    assert the_leak(parsed) == ("Hämeen Kanava", "broadcast")
    texts = parse(
        HEAD + 'Deputy Chief Warren Haskett called the group "amateur detectives" in text'
        " messages.\n\nKGVX-TV led its 10 p.m. newscast with the texts, showing them on screen."
    )
    assert the_leak(texts) == ("KGVX-TV", "broadcast")


def test_a_broadcaster_in_apposition_with_its_initials_aired_it() -> None:
    parsed = parse(
        HEAD + 'The manager sent a voice message saying growers "can wait".\n\nThe national'
        " broadcaster, the Viti Broadcasting Network (VBN), aired it in full on its news"
        " bulletin that evening."
    )
    assert the_leak(parsed) == ("Viti Broadcasting Network", "broadcast")


def test_a_platform_a_medium_was_put_out_on_is_a_leaked_channel() -> None:
    parsed = parse(
        HEAD + "The recording was first shared on a parents' Facebook group on Sunday.\n\n"
        "Karen Walsh wrote on Facebook that the plan was dead."
    )
    channels = [(c.name, c.leaked) for c in parsed.channels if c.kind == "social_media"]
    assert channels == [("Facebook", True), ("Facebook", False)]


def test_an_outlet_airing_the_exchange_past_an_aside_is_a_leaked_broadcast() -> None:
    parsed = parse(
        HEAD + "Channel 9 News, which was carrying the news conference live, aired the "
        "exchange as it happened."
    )
    [channel] = [c for c in parsed.channels if c.kind == "broadcast"]
    assert channel.leaked
    assert parsed.entities[channel.publisher].name == "Channel 9 News"  # type: ignore[index]


def test_a_medium_published_on_an_outlets_website_is_leaked_there() -> None:
    parsed = parse(
        HEAD + "The memo was sent to the student newspaper, Quadrant, by a member of staff. "
        "It was published on Quadrant’s website the following day."
    )
    [channel] = [c for c in parsed.channels if c.kind == "website"]
    assert channel.leaked and parsed.entities[channel.publisher].name == "Quadrant"  # type: ignore[index]


def test_a_quote_after_the_sentence_naming_its_occasion_came_through_it() -> None:
    parsed = parse(
        HEAD + 'Karen Walsh spoke to reporters this morning. "The plan is dead," she said.\n\n'
        'Tom Ruiz left. "It is not," he said.'
    )
    assert channel_of(parsed, "The plan is dead") == ("interview", None, None, None)
    assert channel_of(parsed, "It is not") is None
    [event] = [e for e in parsed.events if e.actor is not None and e.quotes == (0,)]
    assert parsed.times[event.time].text == "this morning"  # type: ignore[index]


def test_a_medium_obtained_by_an_outlet_and_posted_on_its_website() -> None:
    parsed = parse(
        HEAD + "The memo, obtained by the Sunday Clarion and posted on its website yesterday, "
        "was short."
    )
    [channel] = [c for c in parsed.channels if c.publisher is not None and c.kind != "document"]
    assert (channel.kind, parsed.entities[channel.publisher].name) == (  # type: ignore[index]
        "website",
        "Sunday Clarion",
    )


def test_the_outlet_named_after_words_for_its_kind_aired_it() -> None:
    parsed = parse(
        HEAD + "In the 47-second clip, first aired by the Telugu news channel Prajavani TV on "
        "Sunday night, Karen Walsh is heard saying the plan was dead."
    )
    aired = [c for c in parsed.channels if c.publisher is not None]
    assert {parsed.entities[c.publisher].name for c in aired} == {"Prajavani TV"}  # type: ignore[index]
    assert channel_of(parsed, "the plan was dead")[0] == "recording"  # type: ignore[index]


@pytest.mark.parametrize("verb", ["broadcast", "aired"])
def test_an_outlet_that_broadcast_a_medium_put_it_out_on_air(verb: str) -> None:
    parsed = parse(
        HEAD + 'Karen Walsh was filmed saying places could be "arranged". The footage was '
        f"{verb} by the Hindi news channel Desh Darpan News in its 9 pm bulletin."
    )
    assert the_leak(parsed) == ("Desh Darpan News", "broadcast")


@pytest.mark.parametrize(
    "played",
    [
        "was played on Radio Koze FM on Monday morning",
        # The station whose programme it is, not the programme.
        "was aired on Monday on Lavwa Lepep, the phone-in programme of the private station "
        "Radio Koze FM",
        # Read on air, on a programme of a broadcaster named in apposition.
        "was read on air on Morning Report, the flagship programme of the national "
        "broadcaster, Radio Koze FM",
        # ... and of a station said to be based somewhere.
        "was played on Monday on Lavwa Lepep, the phone-in programme of the Port Louis-based "
        "radio station Radio Koze FM",
    ],
)
def test_a_medium_played_or_aired_on_a_station_or_its_programme_leaked_on_air(
    played: str,
) -> None:
    parsed = parse(
        HEAD + 'Karen Walsh was heard saying the stalls were "for our people". '
        f"The voice note {played}."
    )
    assert the_leak(parsed) == ("Radio Koze FM", "broadcast")


def test_of_two_publishers_the_recording_is_published_by_the_one_that_put_it_out_first() -> None:
    # Neither leak is dated, so only "first" tells which came first.
    parsed = parse(
        "Row over remarks\n\nThe recording was first posted on the website of De Onderstroom, "
        "a Dutch podcast. The clip aired by the broadcaster Nordfunk had been cut.\n\n"
        'In the recording, Karen Walsh can be heard saying: "Half of them drive tractors."'
    )
    assert channel_of(parsed, "Half of them drive tractors.") == (
        "recording",
        "De Onderstroom",
        None,
        None,
    )


@pytest.mark.parametrize(
    "published",
    [
        "The investigative portal Svjetionik published 14 of the emails on Wednesday.",
        "It was published late on Saturday by the news site Svjetionik.",
        "Svjetionik, a nonprofit news site, published the full text Sunday evening.",
        "Svjetionik, a news website, embedded the clip in a story on Sunday afternoon.",
    ],
)
def test_an_outlet_that_put_out_some_or_all_of_the_medium_leaked_it(published: str) -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        f"noisy. {published}"
    )
    assert the_leak(parsed) == ("Svjetionik", "website")


@pytest.mark.parametrize(
    "video",
    [
        "a video of his half-time team talk on Saturday night, in which",
        "a video, in which",
    ],
)
def test_words_in_a_videos_relative_clause_past_a_comma_are_in_the_video(video: str) -> None:
    parsed = parse(
        f"Row over remarks\n\nCoach Karl Walsh was stood down after {video} he mocked the "
        "referee's heritage, was leaked online."
    )
    assert channel_of(parsed, "the referee's heritage") == ("recording", None, None, None)


@pytest.mark.parametrize(
    ("posted", "kind"),
    [
        ("first posted on March 12 on Shams Forever, a fans' Telegram channel", "social_media"),
        ("posted on Shams Forever, a news website", "website"),
    ],
)
def test_posted_on_an_outlet_the_text_then_describes(posted: str, kind: str) -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        f"noisy. It was {posted}."
    )
    assert the_leak(parsed) == ("Shams Forever", kind)


def test_posted_on_a_day_on_the_facebook_page_of_an_outlet_is_its_post() -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        "noisy. The audio was first posted on Sunday night on the Facebook page of Nile Voices "
        "Radio, an online station."
    )
    assert the_leak(parsed) == ("Nile Voices Radio", "social_media")


def test_a_paper_that_carried_it_on_its_front_page_printed_it() -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        "noisy. The story was picked up by the Daily Clarion, a morning paper, which carried it "
        "on its front page on Friday with a transcript of the clip."
    )
    assert the_leak(parsed) == ("Daily Clarion", "print")


def test_a_broadcaster_that_showed_it_on_its_news_bulletin_put_it_out_on_air() -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        "noisy. The national broadcaster IBN showed it on its teatime news bulletin."
    )
    assert the_leak(parsed) == ("IBN", "broadcast")


def test_the_one_named_in_apposition_before_posted_posted_it() -> None:
    parsed = parse(
        "Row over remarks\n\nKaren Walsh can be heard telling the host that traders were "
        "noisy. A club member, Aidan Lyne, posted a screenshot of the message on X on Monday night."
    )
    assert the_leak(parsed) == ("Aidan Lyne", "social_media")


def test_a_session_streamed_on_the_platform_channel_of_a_body_went_out_by_that_body() -> None:
    parsed = parse(
        "Row over remarks\n\nThe remark was made during a council session that was being "
        "streamed live on the YouTube channel of the Municipality of Estación Central. The "
        'microphone stayed on, and Karen Walsh can be heard saying: "They are a plague."'
    )
    assert the_leak(parsed) == ("Municipality of Estación Central", "social_media")


@pytest.mark.parametrize("station", ["KZAU-TV", "WBNQ-FM"])
def test_a_station_known_by_its_call_sign_that_reported_the_clip_went_out_on_air(
    station: str,
) -> None:
    parsed = parse(
        HEAD + 'Karen Walsh was heard calling the parents "the drama club." '
        f"{station} first reported the exchange Sept. 16."
    )
    assert the_leak(parsed) == (station, "broadcast")


def test_words_in_a_medium_that_emerged_are_in_that_medium() -> None:
    parsed = parse(
        HEAD + "Karen Walsh has defended her record after a recording emerged in which she "
        'told shareholders that poorer countries "can wait for the generics".'
    )
    assert channel_of(parsed, "can wait for the generics")[0] == "recording"  # type: ignore[index]


@pytest.mark.parametrize("platform", ["LinkedIn", "TikTok", "Facebook"])
def test_a_post_on_a_named_platform_is_social_media(platform: str) -> None:
    parsed = parse(HEAD + f"In a {platform} post on Sunday, Karen Walsh wrote that she was sorry.")
    assert channel_of(parsed, "she was sorry")[0] == "social_media"  # type: ignore[index]


@pytest.mark.parametrize(
    ("where", "kind"),
    [("its YouTube channel", "social_media"), ("the county's website", "website")],
)
def test_a_bodys_own_livestream_that_caught_the_words_leaked_them(where: str, kind: str) -> None:
    parsed = parse(
        HEAD + "Wapsie County Auditor Janet Kreutzer apologized Tuesday, a week after the "
        'county\'s own livestream caught her calling voters "cranks".\n\n'
        f"The county streams its meetings live on {where}."
    )
    assert the_leak(parsed) == ("Wapsie County", kind)


def test_a_body_that_streams_its_sessions_live_leaked_what_its_microphone_kept_carrying() -> None:
    parsed = parse(
        "Speaker caught on council stream\n\nThe Elk Bend Tribal Council streams its sessions "
        "live on its Facebook page. When Janet Kreutzer closed the session, the camera kept "
        'rolling, and she can be heard telling a clerk that voters were "cranks".'
    )
    assert the_leak(parsed) == ("Elk Bend Tribal Council", "social_media")


def test_colleagues_gathered_in_an_office_are_no_crowd_addressed() -> None:
    parsed = parse(HEAD + "Karen Walsh told colleagues gathered in her office that it was dead.")
    assert "speech" not in {c.kind for c in parsed.channels}


def test_a_letter_addressed_to_someone_and_obtained_by_a_paper_is_still_leaked() -> None:
    parsed = parse(
        HEAD + "In a letter addressed to the minister and obtained by the Globe, Karen Walsh "
        "said the plan was dead."
    )
    assert the_leak(parsed) == ("Globe", "print")


def test_a_page_described_at_length_published_what_it_posted_and_speaks_as_the_page() -> None:
    parsed = parse(
        HEAD + 'Karen Walsh called residents "actors" in a leaked message. Lom Hai Jai, a '
        "Thai-language Facebook page with more than 400,000 followers that posts air-quality "
        "readings and photographs of fires around the city, published screenshots of it on "
        'Friday night. The page said they came from "someone in the group".'
    )
    assert the_leak(parsed) == ("Lom Hai Jai", "social_media")
    assert speaker_of(parsed, "someone in the group") == "Lom Hai Jai"


def test_a_letter_its_writers_delivered_is_their_statement_not_a_leaked_medium() -> None:
    parsed = parse(
        HEAD + 'Janet Kreutzer can be heard calling voters "cranks" in a leaked recording. '
        "In a letter delivered to the council's offices on Tuesday, the Elders Circle said "
        "she had shamed them."
    )
    assert channel_of(parsed, "she had shamed them") == ("document", None, None, None)
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.entities[remark.actor].name == "Janet Kreutzer"  # type: ignore[index]


def test_words_heard_on_a_bodys_own_livestream_are_the_remark_it_leaked() -> None:
    parsed = parse(
        HEAD + "Wapsie County Auditor Janet Kreutzer apologized Tuesday. She was heard on "
        "the county's own livestream of a board meeting last week telling a colleague that "
        'voters were "cranks".\n\nThe county streams its meetings live on its YouTube channel.'
    )
    assert the_leak(parsed) == ("Wapsie County", "social_media")
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert {parsed.quotes[n].text for n in remark.quotes} == {'voters were "cranks"', "cranks"}


@pytest.mark.parametrize(
    "posted",
    [
        "Ahenkan FM posted the 90-second video on its official Facebook page on Saturday.",
        "Hours after the audio surfaced, Ahenkan FM, a news website, posted it on its "
        "Facebook page.",
    ],
)
def test_a_station_that_posted_the_video_on_its_facebook_page_put_it_on_social_media(
    posted: str,
) -> None:
    parsed = parse(
        HEAD + f"Karen Walsh can be heard telling the host that traders were noisy. {posted}"
    )
    assert the_leak(parsed) == ("Ahenkan FM", "social_media")


def test_caught_on_a_microphone_before_a_gerund_is_a_recording() -> None:
    parsed = parse(
        HEAD + "Karen Walsh was caught on a microphone at a summit dinner on Nov. 12 calling "
        'Sorvania "a bottomless pit".'
    )
    assert channel_of(parsed, "a bottomless pit")[0] == "recording"  # type: ignore[index]


def test_an_outlet_named_after_adjectives_and_its_kind() -> None:
    parsed = parse(
        HEAD + "The messages were published by the political website Caledonia Briefing on "
        "Monday evening."
    )
    [channel] = [c for c in parsed.channels if c.publisher is not None and c.kind == "website"]
    assert parsed.entities[channel.publisher].name == "Caledonia Briefing"  # type: ignore[index]


def test_the_same_speaker_keeps_her_channel_until_someone_else_speaks() -> None:
    parsed = parse(
        HEAD + "In a statement, Karen Walsh said the plan was dead.\n\n"
        "She also said the budget was gone.\n\n"
        "Tom Ruiz said it was not.\n\n"
        "Karen Walsh said the vote was lost."
    )
    assert channel_of(parsed, "the budget was gone") == ("statement", None, None, None)
    assert channel_of(parsed, "it was not") is None
    assert channel_of(parsed, "the vote was lost") is None


def test_an_outlet_publishing_a_medium_is_a_leaked_channel() -> None:
    parsed = parse(
        HEAD + "The Daily Ledger published the leaked internal memo on Wednesday evening."
    )
    body = [c for c in parsed.channels if c.start >= len(HEAD)]
    [document, website] = sorted(body, key=lambda c: c.kind)
    assert (document.kind, document.name, document.leaked) == (
        "document",
        "leaked internal memo",
        True,
    )
    assert (website.kind, website.name, website.leaked) == ("website", "Daily Ledger", True)
    assert website.rule == "outlet + 'published' + medium"
    assert parsed.entities[website.publisher].name == "Daily Ledger"  # type: ignore[index]
    by_a_person = parse(HEAD + "Karen Walsh published the memo on Monday.")
    assert [c.kind for c in by_a_person.channels if c.start >= len(HEAD)] == []


def test_a_medium_which_an_outlet_published_is_a_leaked_channel() -> None:
    parsed = parse(
        HEAD + "The video was obtained by TechWire.\n\n"
        "In the video, which TechWire published on Tuesday, Marcus Webb tells staff to relax."
    )
    [relative] = [c for c in parsed.channels if c.rule == "medium, which outlet + 'published'"]
    assert (relative.kind, relative.name, relative.leaked) == ("website", "TechWire", True)


def test_texts_messages_and_their_publishers() -> None:
    parsed = parse(
        "Mayor's leaked texts\n\n"
        "Mayor Linda Brandt told aides to wait, according to text messages first reported by the"
        " Riverside Times.\n\n"
        "The messages, sent on Jan. 14, were leaked to the newspaper by a former staffer.\n\n"
        '"Let them wait," Brandt wrote in one message.'
    )
    media = [(c.name, c.leaked) for c in parsed.channels if c.kind == "document"]
    assert media == [
        ("leaked texts", True),
        ("text messages", True),
        ("The messages", True),
        ("one message", True),
    ]
    # "leaked to the newspaper": the Riverside Times again.
    printed = [c for c in parsed.channels if c.kind == "print"]
    assert [(c.name, parsed.entities[c.publisher].name) for c in printed] == [  # type: ignore[index]
        ("the Riverside Times", "Riverside Times"),
        ("the newspaper", "Riverside Times"),
    ]
    assert channel_of(parsed, "Let them wait") == ("document", "Riverside Times", None, None)


def test_one_of_the_cables_named_before() -> None:
    parsed = parse(
        HEAD + "Leaked diplomatic cables were published by the Sunday Courier.\n\n"
        'In one, Sir Alan Marsh calls the president "a man who never reads".'
    )
    kind, publisher, _, _ = channel_of(parsed, "a man who never reads")  # type: ignore[misc]
    assert (kind, publisher) == ("document", "Sunday Courier")
    [one] = [c for c in parsed.channels if c.name == "one"]
    assert one.leaked and one.rule == "'one': one of the cables named before"


def test_messages_seen_by_this_newspaper_are_leaked_by_the_articles_own_outlet() -> None:
    parsed = parse(
        HEAD + "The minister apologised after WhatsApp messages seen by this newspaper showed her"
        " mocking nurses.\n\nShe told the BBC the messages were private.",
        outlet="The Chronicle",
    )
    [printed] = [c for c in parsed.channels if c.kind == "print"]
    assert (printed.name, printed.leaked) == ("this newspaper", True)
    assert parsed.entities[printed.publisher].name == "The Chronicle"  # type: ignore[index]
    [told] = [c for c in parsed.channels if c.kind == "interview"]
    assert (told.name, told.reporter) == ("told the BBC", None)


def test_recorded_or_caught_on_camera_before_an_ing_cue_is_a_recording() -> None:
    parsed = parse("Minister recorded mocking his own rail plan\n\nThe row grew.")
    [recording] = [c for c in parsed.channels if c.kind == "recording"]
    assert recording.name == "recorded"


def test_words_caught_on_a_hot_mic_are_out_so_a_later_email_is_not_the_leak() -> None:
    parsed = parse(
        "Principal on leave\n\n"
        "Karen Walsh was caught on a hot mic on Thursday mocking the graduates.\n\n"
        'She apologised in an email on Friday, writing that it was "careless".'
    )
    media = {c.kind: c.leaked for c in parsed.channels}
    assert media == {"recording": True, "document": False}


def test_someone_who_can_be_heard_saying_something_was_recorded() -> None:
    parsed = parse(
        HEAD + 'Karen Walsh can be heard telling an aide: "That plan is dead."\n\n'
        "Her office said it was a private remark."
    )
    assert channel_of(parsed, "That plan is dead.")[0] == "recording"  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Hilltop School was streaming the ceremony live on its YouTube channel.", "social_media"),
        ("Hilltop Council had been broadcasting the meeting live on its website.", "website"),
        ("Hilltop Council streamed the full council meeting live.", "website"),
    ],
)
def test_an_occasion_carried_live_is_leaked_by_whoever_carried_it(sentence: str, kind: str) -> None:
    parsed = parse(
        HEAD + sentence + " Karen Walsh was caught on a hot mic saying the plan was dead."
    )
    [live] = [c for c in parsed.channels if c.rule.endswith("live'")]
    assert (live.kind, live.leaked) == (kind, True)
    assert parsed.entities[live.publisher].name.startswith("Hilltop")  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        ("Hilltop Council's meetings are streamed live on its website.", "Hilltop Council"),
        ("Meetings are streamed live on the Hilltop Council website.", "Hilltop Council"),
        ("The ceremony was being streamed live on the board's website.", None),
    ],
)
def test_an_occasion_streamed_live_is_leaked_by_the_body_named_with_it(
    sentence: str, publisher: str | None
) -> None:
    parsed = parse(
        HEAD + sentence + " Karen Walsh was caught on a hot mic saying the plan was dead."
    )
    [live] = [c for c in parsed.channels if "live'" in c.rule]
    assert (live.kind, live.leaked) == ("website", True)
    named = parsed.entities[live.publisher].name if live.publisher is not None else None
    assert named == publisher


def test_a_post_named_at_the_start_of_a_sentence_is_its_channel() -> None:
    parsed = parse(HEAD + "In a Facebook post, Karen Walsh defended him, writing that he was kind.")
    assert channel_of(parsed, "he was kind")[0] == "social_media"  # type: ignore[index]


def test_a_medium_which_someone_posted_on_a_platform_came_out_there() -> None:
    parsed = parse(
        "Host mocks guest\n\n"
        "In the clip, which a crew member posted on X on Tuesday, Karen Walsh can be heard "
        'saying: "Nobody reads that book."'
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media"]
    assert (platform.name, platform.leaked) == ("X", True)


def test_caught_on_a_body_worn_microphone_is_a_recording() -> None:
    parsed = parse(
        HEAD + 'Referee Karen Walsh was caught on her body-worn microphone calling him a "clown".'
    )
    assert channel_of(parsed, "clown")[0] == "recording"  # type: ignore[index]


def test_a_clip_of_the_exchange_posted_on_a_platform_came_out_there() -> None:
    parsed = parse(
        "Councillor apologises\n\nA 38-second clip of the exchange was posted on Facebook the "
        "following day."
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media"]
    assert (platform.name, platform.leaked) == ("Facebook", True)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In the webcast, Karen Walsh said the plan was dead.", "recording"),
        (
            "In screenshots seen by the Ledger, Karen Walsh wrote that the plan was dead.",
            "document",
        ),
    ],
)
def test_webcasts_and_screenshots_are_media(sentence: str, kind: str) -> None:
    parsed = parse("Row\n\n" + sentence)
    assert channel_of(parsed, "the plan was dead")[0] == kind  # type: ignore[index]


def test_an_outlet_which_published_a_transcript_leaked_it() -> None:
    parsed = parse(
        HEAD + "One of those present sent the audio to the Gazette, which published a transcript "
        "last Thursday."
    )
    [published] = [c for c in parsed.channels if c.rule.startswith("outlet +")]
    assert published.leaked and parsed.entities[published.publisher].name == "Gazette"  # type: ignore[index]


def test_in_it_is_only_a_medium_named_in_the_sentence_before() -> None:
    parsed = parse(
        HEAD + 'In the recording, Karen Walsh says: "Go away."\n\nHer apology was read out on '
        "Sunday.\n\nIn it, she said she was sorry."
    )
    assert [c.name for c in parsed.channels] == ["leaked memo", "the recording"]


def test_published_as_stills_by_an_outlet() -> None:
    parsed = parse(
        HEAD + "The footage was first published as stills by the Daily Meridian on Monday."
    )
    [published] = [c for c in parsed.channels if c.rule == "'published by' + outlet"]
    assert published.leaked and parsed.entities[published.publisher].name == "Daily Meridian"


def test_a_medium_someone_apologised_in_is_not_the_leaked_one() -> None:
    parsed = parse(
        "Officials mocked minister in leaked chat\n\nAccording to leaked screenshots, "
        "Tom Reid wrote that the plan was a joke.\n\nReid had apologized in an email to "
        'staff on Friday. "I was wrong," he wrote.'
    )
    assert {c.name: c.leaked for c in parsed.channels if c.kind == "document"} == {
        "leaked chat": True,
        "leaked screenshots": True,
        "an email": False,
    }


@pytest.mark.parametrize(
    ("said", "kind", "leaked"),
    [
        # Said in an email: words to the press, a statement.
        ("Tom Reid said in an email on Thursday that", "statement", False),
        ("Tom Reid wrote in a campaign email to supporters that", "document", False),
        ("Tom Reid wrote in one message that", "document", True),
    ],
)
def test_a_medium_a_statement_is_made_in_after_the_leak_is_not_the_leaked_one(
    said: str, kind: str, leaked: bool
) -> None:
    parsed = parse(
        "Mayor's remarks leaked\n\nThe Daily Meridian published the recording on Monday.\n\n"
        f"{said} the remarks were wrong."
    )
    [medium] = [c for c in parsed.channels if c.start > parsed.article.text.find(said)]
    assert (medium.kind, medium.leaked) == (kind, leaked)


@pytest.mark.parametrize(
    ("body", "rule", "expected"),
    [
        (
            # A medium handed to an outlet.
            "Photographs handed to the Evening Herald put councillor Karen Walsh at the party.",
            "handed",
            ("print", "Evening Herald"),
        ),
        (
            # An outlet named in apposition with "the" played it on air.
            "Karen Walsh was recorded on Sunday. La Voce, the city's sports daily, played the "
            "recording in full on its podcast a day later.",
            "played",
            ("broadcast", "La Voce"),
        ),
        (
            # An organisation referred back to posted it on its website.
            "The footage was released to Harbour Rights Watch after a records request. The "
            "Castlebrook-based group posted it on its website last week.",
            "'posted' + 'it'",
            ("website", "Harbour Rights Watch"),
        ),
    ],
)
def test_an_outlet_that_put_a_medium_out_leaked_it(
    body: str, rule: str, expected: tuple[str, str]
) -> None:
    parsed = parse(HEAD + body)
    [channel] = [c for c in parsed.channels if rule in c.rule]
    publisher = parsed.entities[channel.publisher].name  # type: ignore[index]
    assert (channel.kind, publisher, channel.leaked) == (*expected, True)


def test_a_medium_handed_to_someone_who_is_no_outlet_is_no_leak() -> None:
    parsed = parse(HEAD + "The files were handed to the Finance Ministry on Monday.")
    assert [c for c in parsed.channels if "handed" in c.rule] == []


def test_a_channel_in_another_speakers_clause_is_not_the_reporters() -> None:
    parsed = parse(
        "Coach wants apology\n\nAnna Berg says she is owed an apology after umpire Tom Reid "
        'was caught on his microphone calling her a "clown" during the final.'
    )
    assert channel_of(parsed, "she is owed an apology") is None
    assert channel_of(parsed, "clown")[0] == "recording"  # type: ignore[index]


def test_an_outlet_named_after_words_for_its_kind_without_the() -> None:
    parsed = parse(
        HEAD + "Anna Berg told business channel Tickerline on Wednesday that the memo was "
        "a forgery."
    )
    assert channel_of(parsed, "the memo was a forgery") == (
        "interview",
        "Tickerline",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("body", "quote", "kind"),
    [
        (
            "Tom Reid answered at a council meeting that evening, saying the vote was rigged.",
            "the vote was rigged",
            "speech",
        ),
        (
            "Tom Reid faced the media on Friday and said the vote was rigged.",
            "the vote was rigged",
            "interview",
        ),
    ],
)
def test_a_public_sitting_and_facing_the_media(body: str, quote: str, kind: str) -> None:
    assert channel_of(parse(HEAD + body), quote)[0] == kind  # type: ignore[index]


@pytest.mark.parametrize(
    "posted",
    [
        "Derek Sorrentino, a father of two, clipped the exchange and posted it on Facebook the "
        "next morning.",
        # Not "while searching", nor "as a hobby": no clause of their own.
        "Derek Sorrentino found the file while searching the archive and posted the clip on "
        "Facebook.",
        "Derek Sorrentino, who follows the council as a hobby, recorded the exchange and posted "
        "the 38-second clip on his YouTube channel.",
        # When, between what was posted and where.
        "Derek Sorrentino posted six screenshots on Oct. 5 in Bus Parents, a private Facebook "
        "group.",
    ],
)
def test_whoever_clipped_the_exchange_and_posted_it_put_it_out(posted: str) -> None:
    parsed = parse(
        "Board member mocks parents\n\nIn the livestream, Ann Lee can be heard calling parents "
        f'"a mob".\n\n{posted}'
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media"]
    assert parsed.entities[platform.publisher].name == "Derek Sorrentino"  # type: ignore[index]


def test_a_magazine_that_printed_the_transcript_of_a_secretly_recorded_call() -> None:
    parsed = parse(
        "Premier taped\n\nThe premier faced calls to quit after Blickfeld, a weekly news "
        "magazine, printed the transcript of a secretly recorded phone call."
    )
    kinds = {(c.kind, c.leaked, c.rule) for c in parsed.channels}
    assert ("print", True, "outlet + 'printed' + medium") in kinds
    assert ("recording", True, "'secretly recorded' + an occasion") in kinds


def test_a_headlines_label_naming_a_medium_puts_its_words_in_that_medium() -> None:
    parsed = parse(
        "Fury over town clerk's voice clip: 'Let them cry at the kgotla'\n\n"
        'In the leaked clip, Town Clerk Kagiso Molefhe can be heard saying: "These people '
        'think they own the city. Let them cry at the kgotla."'
    )
    assert channel_of(parsed, "Let them cry at the kgotla") == ("recording", None, None, None)
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert "Let them cry at the kgotla" in [parsed.quotes[n].text for n in remark.quotes]


def test_a_speaker_was_speaking_on_a_programme_named_after_the_statement() -> None:
    parsed = parse(
        HEAD + "Karen Walsh has said that traders misunderstood the message.\n\nWalsh was "
        "speaking on Saturday on Ovozi Mardum, a weekly phone-in programme on the private "
        "station Radio Navo."
    )
    assert channel_of(parsed, "traders misunderstood the message") == (
        "broadcast",
        "Radio Navo",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "leak"),
    [
        (
            "That evening the public broadcaster NRT showed a fourth email on its main news "
            "bulletin.",
            ("NRT", "broadcast"),
        ),
        (
            "The Solomon Courier carried the story on its front page on Monday, with a "
            "transcript of the remarks.",
            ("Solomon Courier", "print"),
        ),
    ],
)
def test_an_outlet_showing_a_medium_or_printing_it_with_its_story_leaks_it(
    sentence: str, leak: tuple[str, str]
) -> None:
    parsed = parse(
        HEAD + 'Leaked emails showed Ziga Potocnik calling donors "tourists".\n\n' + sentence
    )
    assert leak in [
        (parsed.entities[e.actor].name, parsed.channels[e.channel].kind)  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak" and e.actor is not None
    ]


def test_a_medium_another_statement_speaks_of_is_no_channel_of_the_next() -> None:
    parsed = parse(
        HEAD + "Speaking to a radio station last Wednesday, Mr Ximenes acknowledged that the "
        'voice in the recording was his but said the chiefs in the room "knew it was a joke".'
    )
    # (Not the recording the first statement speaks of: the radio station he spoke to.)
    assert channel_of(parsed, "knew it was a joke") == ("interview", None, None, None)


def test_posted_on_a_platform_on_a_dated_evening_by_someone() -> None:
    parsed = parse(
        HEAD + "A leaked recording caught the minister mocking chiefs.\n\nThe clip was first "
        "posted on Facebook on the evening of 9 August by Bernardino Soares Lopes, a youth "
        "activist."
    )
    assert the_leak(parsed) == ("Bernardino Soares Lopes", "social_media")


def test_a_medium_put_out_on_a_platform_past_an_aside_is_leaked_there() -> None:
    parsed = parse(
        HEAD + "A video in which Dragan Djordjevic mocks cyclists has resurfaced.\n\nThe "
        "video, just over two minutes long, was posted on X on Sunday night by an anonymous "
        "account."
    )
    assert the_leak(parsed) == (None, "social_media")


def test_a_medium_in_a_clause_of_what_happened_before_carries_no_earlier_statement() -> None:
    parsed = parse(
        HEAD + "The union's president on Thursday demanded the resignation of a board member "
        "after a live microphone caught him telling a colleague that nurses who strike "
        '"can find work in Ireland".'
    )
    assert channel_of(parsed, "the resignation of a board member") is None


def test_who_cut_a_clip_and_posted_it_after_an_opener_put_it_out() -> None:
    parsed = parse(
        HEAD + 'A live microphone caught Kresimir Horvatic telling a colleague that nurses "can '
        'find work in Ireland".\n\nWithin hours, Ivana Kovacevic, a nurse and union activist, '
        "had cut the exchange from the stream and posted it on X."
    )
    assert the_leak(parsed)[0] == "Ivana Kovacevic"


def test_writing_in_the_articles_own_outlet_is_print() -> None:
    parsed = parse(
        HEAD + "Writing in The Courant today, Anna Berg says the vote was rigged.",
        outlet="The Courant",
    )
    assert channel_of(parsed, "the vote was rigged") == ("print", "The Courant", None, None)


def test_an_outlet_described_as_a_news_site_publishes_on_a_website() -> None:
    parsed = parse(
        "Mayor's email leaked\n\nLast month the Bay Observer, a local news site, published an "
        'email in which Mayor Dana Cole wrote that riders "can buy a car".',
        published="2025-02-20",
    )
    [published] = [c for c in parsed.channels if c.name == "Bay Observer"]
    assert (published.kind, published.leaked) == ("website", True)


@pytest.mark.parametrize(
    ("sentence", "publisher", "kind"),
    [
        (
            "The recording was published on Monday by the legal news website Obiter.",
            "Obiter",
            "website",
        ),
        (
            "The clip was first posted on Sunday afternoon by the financial news portal "
            "MoneyTrail.",
            "MoneyTrail",
            "website",
        ),
        (
            "The emails were first published in excerpts on Monday by the investigative "
            "portal Odkrito.",
            "Odkrito",
            "website",
        ),
    ],
)
def test_published_on_a_day_by_an_outlet_named_after_words_for_its_kind(
    sentence: str, publisher: str, kind: str
) -> None:
    parsed = parse(
        "Judge recorded\n\nA leaked recording caught the judge mocking a minister.\n\n" + sentence
    )
    [channel] = [
        c
        for c in parsed.channels
        if c.publisher is not None and c.kind not in ("recording", "document")
    ]
    assert (parsed.entities[channel.publisher].name, channel.kind, channel.leaked) == (
        publisher,
        kind,
        True,
    )


def test_someone_described_in_an_aside_who_posted_screenshots_put_them_out() -> None:
    parsed = parse(
        "CEO apologises\n\nLeaked Slack messages show Dan Reyes mocking customers.\n\n"
        "Rhea Castellanos, a former manager at the firm, posted four screenshots of the thread "
        "on X last Thursday."
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media"]
    assert parsed.entities[platform.publisher].name == "Rhea Castellanos"  # type: ignore[index]
    assert platform.leaked
    assert not any(q.cue is not None and q.cue.lemma == "post" for q in parsed.quotes)


def test_an_outlet_with_a_number_in_its_aside_that_republished_the_screenshots() -> None:
    parsed = parse(
        "CEO apologises\n\nLeaked Slack messages show Dan Reyes mocking customers.\n\n"
        "Unit Metrics, a paid newsletter with more than 180,000 subscribers, republished the "
        "screenshots on its website on Friday."
    )
    [site] = [c for c in parsed.channels if c.kind == "website"]
    assert (parsed.entities[site.publisher].name, site.leaked) == ("Unit Metrics", True)  # type: ignore[index]


def test_words_written_after_the_sentence_naming_the_post_are_the_post() -> None:
    parsed = parse(
        "CEO apologises\n\nLeaked Slack messages show Dan Reyes mocking customers.\n\n"
        "Rhea Castellanos posted the screenshots on X on Thursday. "
        '"This is how leadership talks about us," she wrote.'
    )
    assert channel_of(parsed, "This is how leadership talks about us") == (
        "social_media",
        "Rhea Castellanos",
        None,
        None,
    )


def test_the_message_after_a_leaked_voice_message_is_that_recording() -> None:
    parsed = parse(
        "Striker's voice message leaked\n\nA leaked voice message shows the striker mocking his "
        'coach.\n\nIn the message, Matias Ferreyra said the coach was "a museum piece".'
    )
    assert channel_of(parsed, 'the coach was "a museum piece"')[0] == "recording"  # type: ignore[index]
    assert all(c.leaked for c in parsed.channels if c.name in ("the message", "a voice message"))


def test_an_organisation_named_with_its_acronym_that_published_it_on_its_website() -> None:
    parsed = parse(
        "Second email leaked\n\nThe email was sent by the medical director to consultants. The "
        "Allied Nurses' Federation (ANF) published it on its website on Saturday."
    )
    [site] = [c for c in parsed.channels if c.kind == "website"]
    assert parsed.entities[site.publisher].name == "Allied Nurses' Federation"  # type: ignore[index]


def test_the_subject_of_a_clause_opened_by_when_who_clipped_and_posted_it() -> None:
    parsed = parse(
        "Nominee mocked rival\n\nA leaked clip shows the nominee mocking a rival.\n\nWhen Neil "
        "Pruszynski, a digital director, cut the clip and posted it on X, it spread."
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media"]
    assert parsed.entities[platform.publisher].name == "Neil Pruszynski"  # type: ignore[index]


def test_a_clip_posted_on_a_platform_by_a_person_named_after_what_they_do() -> None:
    parsed = parse(
        "Deputy caught on live microphone\n\nDeputy Fergal Furlong was picked up by a live "
        'microphone during a committee break. In the footage, he can be heard saying: "Same '
        'tears every year."\n\nThe exchange was cut from the stream and posted on X last night '
        "by the political podcaster Eoghan Lally."
    )
    [platform] = [c for c in parsed.channels if c.kind == "social_media" and c.leaked]
    assert platform.rule == "'posted on X by' + who posted it"
    assert parsed.entities[platform.publisher].name == "Eoghan Lally"  # type: ignore[index]
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [parsed.entities[e.actor].name for e in leaks if e.actor is not None] == ["Eoghan Lally"]
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.entities[remark.actor].name == "Fergal Furlong"  # type: ignore[index]


def test_a_medium_reacted_to_is_not_where_the_reaction_was_said() -> None:
    parsed = parse(
        'MP recorded\n\nIn a leaked recording, Kirsten Halloway says pensioners "vote on '
        'autopilot".\n\nOpposition Leader Grant Mackessy seized on the recording in Question '
        'Time on Wednesday, telling the House the government regarded pensioners as "a safe '
        'deposit box".'
    )
    assert channel_of(parsed, "a safe deposit box")[:2] == ("speech", None)  # type: ignore[index]


def test_a_medium_dismissed_is_not_where_the_dismissal_was_said() -> None:
    parsed = parse(
        "Official dismisses audio\n\nMrs Anna Berg on Wednesday dismissed a leaked audio as "
        '"a cut-and-paste job".\n\nIn the audio, she is heard telling an official that '
        'corrections would be "handled".'
    )
    assert channel_of(parsed, "a cut-and-paste job") is None
    assert channel_of(parsed, "handled")[0] == "recording"  # type: ignore[index]
    assert {e.type for e in parsed.events} >= {"remark", "leak", "response"}


def test_words_in_a_medium_dismissed_before_it_is_named_are_in_that_medium() -> None:
    parsed = parse(
        'Official under fire\n\nMrs Anna Berg on Wednesday dismissed as "a cut-and-paste '
        'job" a leaked audio in which she was heard assuring an official that corrections '
        'would be "handled".'
    )
    assert statements(parsed)[:2] == [
        ("partial", "a cut-and-paste job", "Anna Berg"),
        ("indirect", 'corrections would be "handled"', "Anna Berg"),
    ]
    assert channel_of(parsed, "a cut-and-paste job") is None
    assert channel_of(parsed, "handled")[0] == "recording"  # type: ignore[index]


def test_a_station_by_an_australian_call_sign_is_an_outlet_told() -> None:
    parsed = parse(
        "Club boss under fire\n\nFormer skipper Brett Kinsella told 2KZ on Wednesday the boss "
        'had "dragged this club out of the gutter".'
    )
    assert statements(parsed)[0] == (
        "indirect",
        'the boss had "dragged this club out of the gutter"',
        "Brett Kinsella",
    )
    assert channel_of(parsed, "dragged this club out of the gutter")[:2] == (  # type: ignore[index]
        "interview",
        "2KZ",
    )


def test_a_blog_that_published_the_message_thread_leaked_it() -> None:
    parsed = parse(
        "Manager under fire\n\nIn leaked group-chat messages, general manager Dana Cole "
        'wrote that the player was "finished".\n\nSideline Static, a sports blog, published '
        "the full 41-message thread Monday morning."
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [parsed.entities[e.actor].name for e in leaks if e.actor is not None] == [
        "Sideline Static"
    ]


def test_a_podcast_whose_presenters_read_the_email_out_leaked_it_on_air() -> None:
    parsed = parse(
        "Chairman under fire\n\nIn a leaked email, chairman Iain Strachan wrote that the trust "
        'was "a wee committee".\n\nThe email became public last Thursday night, when the '
        "presenters of Terracing Talk, a fans' podcast with about 8,000 listeners, read it out "
        "in full at the start of a new episode."
    )
    assert the_leak(parsed) == ("Terracing Talk", "broadcast")


def test_words_written_in_a_column_are_in_the_paper_that_ran_it() -> None:
    parsed = parse(
        "Chairman defended\n\nJim Baxendale defended the chairman in his column in the Daily "
        'Mercury on Wednesday. "He said sorry," Mr Baxendale wrote.'
    )
    assert channel_of(parsed, "He said sorry")[:2] == ("print", "Daily Mercury")  # type: ignore[index]


def test_a_viewer_who_posted_a_clip_of_it_on_x_leaked_it() -> None:
    parsed = parse(
        "Minister under fire\n\nIn a leaked recording, minister Javed Memon is heard saying "
        'teachers "should sit there till Eid".\n\nThe exchange went unnoticed until the next '
        "morning, when Hamza Rauf, a student who had been watching the stream, posted a "
        "48-second clip of it on X."
    )
    assert the_leak(parsed) == ("Hamza Rauf", "social_media")


@pytest.mark.parametrize(
    "aired",
    [
        "The broadcaster NLO aired about 30 seconds of the recording on its eight o'clock news "
        "on Friday evening.",
        "Radio station NLO played portions of it on its morning show on Friday.",
    ],
)
def test_a_broadcaster_that_aired_part_of_the_recording_on_its_news_leaked_it(
    aired: str,
) -> None:
    parsed = parse(
        "Port chief under fire\n\nIn a leaked recording, port chief Pieter Smit is heard "
        f'calling the strikers "toddlers".\n\n{aired}'
    )
    assert the_leak(parsed) == ("NLO", "broadcast")


def test_a_headline_s_caught_calling_is_the_remark_not_a_response() -> None:
    parsed = parse(
        "Minister caught calling his own rail plan a shambles\n\nRobert Hartley, the transport "
        'secretary, called his rail plan "a shambles" at a private dinner, in a leaked '
        "recording published by the Northern Ledger website on Monday."
    )
    assert channel_of(parsed, "his own rail plan a shambles")[0] == "recording"  # type: ignore[index]
    assert sorted(e.type for e in parsed.events) == ["leak", "remark"]


def test_posted_on_the_website_of_an_outlet() -> None:
    parsed = parse(
        "MP recorded\n\nMs Halloway was recorded at a dinner telling guests that pensioners "
        '"vote on autopilot".\n\nThe audio was posted on Monday night on the website of The '
        "Division Bell, an online political newsletter read widely in Parliament House."
    )
    [site] = [c for c in parsed.channels if c.kind == "website"]
    assert parsed.entities[site.publisher].name == "The Division Bell"  # type: ignore[index]
    assert (site.rule, site.leaked) == ("'posted on the website of' + outlet", True)
    assert not any(c.kind == "speech" for c in parsed.channels)


@pytest.mark.parametrize(
    "told",
    [
        "The exchange was caught on a live mic during a break.",
        "The mics were still on when the mayor spoke.",
    ],
)
def test_a_hot_mic_told_in_other_words_makes_a_leak_story(told: str) -> None:
    parsed = parse(
        f"Mayor's remark\n\n{told} In the footage, Mayor Tom Hale can be heard saying: "
        '"They are clowns."'
    )
    assert any(c.leaked for c in parsed.channels)


def test_a_senior_source_who_posted_nothing_is_no_leak() -> None:
    parsed = parse(
        "Remark leaked\n\nIn a leaked recording, Tom Hale says the plan is dead. It was "
        "posted on X by a senior Labour source."
    )
    assert not any(c.kind == "social_media" and c.publisher is not None for c in parsed.channels)


def test_a_name_inside_an_outlets_description_is_not_the_publisher() -> None:
    parsed = parse(
        "Recording leaked\n\nIn the leaked recording, the city manager said the union was weak."
        "\n\nAshgrove Civic Wire, a newsroom that covers City Hall, published excerpts of the "
        "recording on its website last Thursday."
    )
    [site] = [c for c in parsed.channels if c.kind == "website"]
    assert parsed.entities[site.publisher].name == "Ashgrove Civic Wire"


def test_a_letter_of_apology_an_outlet_has_seen_is_no_leak() -> None:
    parsed = parse(
        "Chairman's leaked email\n\nFair Passage published the email on its website on "
        '4 March. "Most of it is noise," Mr Tan wrote.\n\nMr Tan apologised last Friday in a '
        "letter to all staff, a copy of which was seen by Quayside Business, saying he "
        "regretted the tone."
    )
    assert [(c.name, c.leaked) for c in parsed.channels] == [
        ("leaked email", True),
        ("Fair Passage", True),
        ("a letter", False),
        ("Quayside Business", False),
    ]
    assert channel_of(parsed, "he regretted the tone") == ("document", None, None, None)


@pytest.mark.parametrize(
    "where",
    [
        "in Bus Parents, a private Facebook group",
        "in a private Facebook group",
        "in three community Facebook groups",
        "in community Facebook groups",
    ],
)
def test_a_medium_posted_in_a_facebook_group_is_leaked_by_who_posted_it(where: str) -> None:
    parsed = parse(
        "Superintendent's email\n\nThe email surfaced Sept. 9, when Jenna Birkholz, a mother "
        f"of two, posted screenshots of it {where}."
    )
    [social] = [c for c in parsed.channels if c.kind == "social_media"]
    assert (social.leaked, parsed.entities[social.publisher].name) == (True, "Jenna Birkholz")


@pytest.mark.parametrize("aired", ["went to air", "was aired", "was broadcast"])
def test_a_medium_that_went_to_air_on_a_programme_is_leaked_by_its_broadcaster(
    aired: str,
) -> None:
    parsed = parse(
        "Coach's voicemail\n\nThe voicemail, in which coach Lisette Drummond calls a player "
        f'"dead weight", {aired} on Tuesday night on Nightbeat, Banksia Television\'s '
        "current-affairs program."
    )
    broadcast = [c for c in parsed.channels if c.kind == "broadcast"]
    assert [(c.leaked, parsed.entities[c.publisher].name) for c in broadcast] == [
        (True, "Banksia Television")
    ]


def test_an_interview_after_a_letter_of_apology_keeps_its_outlet() -> None:
    parsed = parse(
        "Chairman's leaked email\n\nFair Passage published the email on its website. "
        '"Most of it is noise," Mr Tan wrote.\n\nMr Tan apologised in a letter to all staff '
        "and told the Daily Ledger that he regretted the tone."
    )
    [interview] = [c for c in parsed.channels if c.kind == "interview"]
    assert parsed.entities[interview.publisher].name == "Daily Ledger"


def test_a_paper_that_published_the_medium_in_an_edition_leaked_it_in_print() -> None:
    parsed = parse(
        'Governor disowns memo\n\nIn a leaked memo, his aide told officials to "slow down".\n\n'
        "The Capital Observer published it in full in its Monday edition."
    )
    [leak] = [c for c in parsed.channels if c.kind == "print"]
    assert leak.leaked and parsed.entities[leak.publisher].name == "Capital Observer"


@pytest.mark.parametrize(
    "aired",
    [
        "Zwakala FM, a community radio station, played it in full on its breakfast show",
        "Zwakala FM aired it in its 9pm news bulletin",
        "Zwakala FM, which obtained a copy, aired excerpts Thursday evening",
        "the national broadcaster, Zwakala FM, played about 40 seconds of the audio on "
        "Sportsline, its evening bulletin, on Thursday evening",
        "Zwakala FM broadcast the full text of the voice note on its evening news programme",
    ],
)
def test_a_station_that_played_the_medium_on_its_show_leaked_it(aired: str) -> None:
    parsed = parse(
        'Mayor\'s voice note\n\nIn a voice note, the mayor said residents "only remember us".\n\n'
        f"It reached the public last Thursday, when {aired}."
    )
    leaks = [c for c in parsed.channels if c.kind == "broadcast" and c.leaked]
    assert [parsed.entities[c.publisher].name for c in leaks] == ["Zwakala FM"]


def test_a_news_website_that_published_the_notes_on_a_day_leaked_them_on_its_site() -> None:
    parsed = parse(
        "Minister's notes\n\nHis handwritten notes called the review a formality. A customer "
        "sent photographs of the notes to news website The Kaiwhara Record, which published "
        "them last Wednesday evening."
    )
    leaks = [(c.kind, c.name) for c in parsed.channels if c.leaked]
    assert leaks == [("website", "The Kaiwhara Record")]


def test_a_group_that_posted_the_notes_on_a_day_says_not_where() -> None:
    parsed = parse(
        "Minister's notes\n\nHis handwritten notes called the review a formality. The Harbour "
        "Action Group, which posted them last Wednesday, said it was shocked."
    )
    assert [c for c in parsed.channels if c.leaked and c.rule.startswith("outlet +")] == []


def test_words_in_a_voicemails_relative_clause_inside_anothers_statement_are_in_it() -> None:
    parsed = parse(
        "Coach's voicemail\n\nFormer captain Amy Rudd said on a podcast on Thursday that the "
        'voicemail in which Lisa Crane called a player "dead weight" was "blunt, not cruel".'
    )
    [quote] = [q for q in parsed.quotes if q.text == "dead weight"]
    assert quote.channel is not None
    assert parsed.channels[quote.channel].name == "the voicemail"


def test_a_medium_after_a_clause_of_another_time_is_not_the_statements_channel() -> None:
    parsed = parse(
        "Superintendent\n\nThe board president, Tom Ebers, defended Supt. Lorraine Hadley on "
        "Tuesday, a day after she apologized at a board meeting for an email in which she "
        "mocked parents."
    )
    [defence] = [q for q in parsed.quotes if q.cue is not None and q.cue.lemma == "defend"]
    assert defence.channel is None


@pytest.mark.parametrize("occasion", ["at a news conference", "at his weekly press conference"])
def test_a_press_conference_is_an_interview(occasion: str) -> None:
    parsed = parse(f"Mayor\n\nMayor Gail Thorsby said {occasion} on Thursday that she was sorry.")
    assert [c.kind for c in parsed.channels] == ["interview"]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("told a press conference at the Wola depot", "told a press conference at the Wola depot"),
        ("addressing a news conference at the depot", "addressing a news conference at the depot"),
        ("addressing journalists", "addressing journalists"),
        ("speaking with reporters", "speaking with reporters"),
    ],
)
def test_words_told_to_the_press_gathered_are_an_interview(words: str, name: str) -> None:
    parsed = parse(
        f"Union\n\nThe union chairman, Andrzej Kalinowski, {words} on Monday afternoon that "
        "the deputy mayor should resign."
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [("interview", name)]


@pytest.mark.parametrize(
    ("sentence", "leaked"),
    [
        ("It was first shared on Sunday night in a WhatsApp group.", ["in a WhatsApp group"]),
        ("The recording began circulating on Facebook over the weekend.", ["on Facebook"]),
        ("The clip first did the rounds on WhatsApp groups last week.", ["on WhatsApp groups"]),
        ("The mayor sent a voice note he shared in a WhatsApp group of officials.", []),
        ("By Monday it had been shared thousands of times on Facebook.", []),
    ],
)
def test_a_medium_going_round_a_platform_is_leaked_there(sentence: str, leaked: list[str]) -> None:
    parsed = parse("Voice note\n\nThe mayor recorded a voice note. " + sentence)
    found = [parsed.article.text[c.start : c.end] for c in parsed.channels if c.leaked]
    assert found == leaked


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("told the crowd", "told the crowd"),
        ("addressing the marchers outside City Hall", "addressing the marchers"),
        ("at the council's meeting on 4 November", "at the council's meeting"),
    ],
)
def test_words_said_to_those_gathered_are_a_speech(words: str, name: str) -> None:
    parsed = parse(
        f"Vendors\n\nRosa Semedo, the association's president, said {words} that "
        "the mayor must resign."
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [("speech", name)]


def test_words_told_to_a_closed_meeting_are_no_speech() -> None:
    parsed = parse(
        "Minister\n\nThe minister said a recording in which he told a closed party meeting "
        "that villages could wait had been taken out of context."
    )
    assert [c.kind for c in parsed.channels if c.kind == "speech"] == []


@pytest.mark.parametrize(
    ("story", "leak"),
    [
        (
            "The minister spoke at a briefing. The briefing was carried live on the online "
            "stream of the state television channel Milli Kanal, and the microphone was left on.",
            ("website", "Milli Kanal"),
        ),
        (
            "The minister spoke at the awards. The ceremony was carried live by the public "
            "broadcaster Raajje Public Media (RPM), and his microphone was left on.",
            ("broadcast", "Raajje Public Media"),
        ),
        (
            "The premier spoke at the launch. It was streamed live on the Tavuli Provincial "
            "Government's Facebook page, and his microphone was still live.",
            ("social_media", "Tavuli Provincial Government"),
        ),
        (
            "The official sent a voice message. Khao Ban Hao, a Lao-language news page on "
            "Facebook with more than 300,000 followers, posted the recording on 9 April.",
            ("social_media", "Khao Ban Hao"),
        ),
        (
            "The official wrote a memo. Inkichaf, an investigative news site, published a scan "
            "of the memo last week.",
            ("website", "Inkichaf"),
        ),
        (
            "The official wrote a memo. Inkichaf, an investigative news site, published "
            "photographs of the memo last week.",
            ("website", "Inkichaf"),
        ),
        (
            "The official wrote a memo on Friday. Bab Bhar FM read it out in full on air on "
            "Monday.",
            ("broadcast", "Bab Bhar FM"),
        ),
        (
            "The official was recorded. Hours later, Canal Nueve, Estrelia's public "
            "broadcaster, aired it in full.",
            ("broadcast", "Canal Nueve"),
        ),
        (
            "The official wrote a memo on Friday. On Monday, Karim El Mekki, the host of Bab "
            "Bhar FM's breakfast programme, read it out in full on air.",
            ("broadcast", "Bab Bhar FM"),
        ),
    ],
)
def test_who_put_an_occasion_or_a_medium_out_and_how(story: str, leak: tuple[str, str]) -> None:
    parsed = parse("Leak\n\n" + story)
    [channel] = [c for c in parsed.channels if c.leaked]
    assert channel.publisher is not None
    assert (channel.kind, parsed.entities[channel.publisher].name) == leak


def test_a_days_council_meeting_is_a_speech() -> None:
    parsed = parse(
        "Council\n\nCity Councilor Maribel Quintero said at Tuesday evening's council meeting "
        "that the recording confirmed her fears."
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [
        ("speech", "at Tuesday evening's council meeting")
    ]


def test_an_outlet_past_an_aside_and_which_that_published_excerpts_leaked_them() -> None:
    parsed = parse(
        "Museum director\n\nThe director wrote a leaked email calling artists hobbyists.\n\n"
        "A member of staff forwarded the email to Wet Paint, a weekly Toronto arts "
        "newsletter, which published excerpts on its website last Thursday. The newsletter "
        "said it had confirmed the email was genuine."
    )
    leaks = [(c.kind, c.name) for c in parsed.channels if c.leaked]
    assert ("website", "Wet Paint") in leaks
    [reference] = [m for m in parsed.mentions if m.text == "The newsletter"]
    assert parsed.entities[reference.entity].name == "Wet Paint"


def test_a_day_then_the_email_as_a_subject_is_no_medium_of_the_statement() -> None:
    parsed = parse(
        "Director's email\n\nIn a leaked email, director Eva Strand called local artists "
        '"hobbyists".\n\nCulture Minister Karen Walcott said on Tuesday the email was '
        '"deeply disappointing".'
    )
    [minister] = [q for q in parsed.quotes if q.text.startswith("the email was")]
    assert minister.channel is None


def test_a_programme_named_with_its_broadcaster_is_published_by_the_broadcaster() -> None:
    parsed = parse(
        "Board chair\n\nDouglas Fenwick defended the director on Saturday in an interview with "
        "Culture Desk, Dominion Public Radio's weekend arts program, saying she had erred."
    )
    [interview] = [c for c in parsed.channels if c.kind == "interview"]
    assert parsed.entities[interview.publisher].name == "Dominion Public Radio"


def test_handwritten_notes_are_a_document() -> None:
    parsed = parse(
        "Minister's notes\n\nThe premier backs the minister despite handwritten notes in which "
        'the minister described the review as "for show".'
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [("document", "handwritten notes")]


def test_a_medium_inside_a_speakers_quotation_is_no_channel() -> None:
    parsed = parse(
        "Minister\n\nSpeaking to reporters on Thursday, Minister Nigel Barraclough said sorry.\n\n"
        '"I\'ll be judged on the decision I make, not on a scrawl in a notebook," he said.'
    )
    assert [c.kind for c in parsed.channels] == ["interview"]


def test_remarks_reported_on_a_papers_front_page_were_leaked_in_print() -> None:
    parsed = parse(
        "Minister\n\nIn a recording, the minister mocked the negotiators.\n\nThe remarks were "
        "reported on the front page of the Daily Sentinel, a national newspaper, the next morning."
    )
    leaks = [
        (c.kind, parsed.entities[c.publisher].name) for c in parsed.channels if c.kind == "print"
    ]
    assert leaks == [("print", "Daily Sentinel")]


def test_a_podcast_episode_is_a_recording() -> None:
    parsed = parse(
        "Minister\n\nThe minister mocked the negotiators before the interview began. The episode "
        "was released on Monday with the whole conversation left in."
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [("recording", "The episode")]


def test_a_broadcaster_that_replayed_the_clip_leaked_it_on_air() -> None:
    parsed = parse(
        "Clip\n\nIn a clip, the president mocked the riders.\n\nCommercial broadcaster Tasman "
        "Television replayed the clip in its late news bulletin that night."
    )
    assert ("broadcast", "Tasman Television") in [
        (c.kind, c.name) for c in parsed.channels if c.leaked
    ]


def test_a_column_in_a_paper_is_print_by_the_paper_and_not_what_was_defended() -> None:
    parsed = parse(
        "Column\n\nFormer champion Kerryn Alcott defended the president in a column in The "
        'Melbourne Clarion on Tuesday, writing that he had "done more than anyone".'
    )
    [column] = [c for c in parsed.channels if c.kind == "print"]
    assert parsed.entities[column.publisher].name == "The Melbourne Clarion"
    assert ("indirect", "the president", "Kerryn Alcott") in [
        (q.kind, q.text, parsed.entities[q.speaker].name) for q in parsed.quotes
    ]


def test_extracts_published_on_a_papers_front_page_are_print() -> None:
    parsed = parse(
        "CEO\n\nIn a leaked transcript, the chief executive mocked the protesters.\n\nThe "
        "Johannesburg business daily The Mercantile published extracts from the transcript on "
        "its front page last Thursday."
    )
    assert ("print", "The Mercantile") in [(c.kind, c.name) for c in parsed.channels]


def test_a_news_site_that_published_them_the_following_day_leaked_them() -> None:
    parsed = parse(
        "Chair\n\nThe chair typed a message mocking nurses. A nurse took screenshots of it and "
        "sent them to the Welsh news website Cambrian Wire, which published them the "
        "following day."
    )
    assert ("website", "Cambrian Wire") in [(c.kind, c.name) for c in parsed.channels if c.leaked]


def test_a_portal_that_published_it_with_a_transcript_leaked_it() -> None:
    parsed = parse(
        "Deputy mayor\n\nThe deputy mayor left a voice message mocking drivers. A manager "
        "forwarded the recording to Praski Monitor, a Warsaw news portal, which published it "
        "with a full transcript on Monday morning."
    )
    assert [c.name for c in parsed.channels if c.leaked] == ["Praski Monitor"]


def test_a_recording_uploaded_to_an_outlets_youtube_channel_is_its_leak() -> None:
    parsed = parse(
        "Tender call\n\nThe recording, in which the chairman is heard telling an agent that "
        '"the tender will go to our people", was uploaded to the YouTube channel of the '
        "private television station Thisara TV on Monday."
    )
    [leak] = [c for c in parsed.channels if c.leaked and c.kind == "social_media"]
    assert parsed.entities[leak.publisher].name == "Thisara TV"  # type: ignore[index]


def test_an_account_described_as_a_telegram_channel_puts_out_on_social_media() -> None:
    parsed = parse(
        "Audio\n\nThe recording of deputy akim Nurlan Abdrakhmanov was posted on Thursday "
        "evening by Qala Syry, an anonymous Telegram channel that writes about the city. A day "
        "later it was published in full by the independent news site Ashyq Media."
    )
    leaked = [
        (c.kind, parsed.entities[c.publisher].name)
        for c in parsed.channels
        if c.leaked and c.publisher is not None
    ]
    assert ("social_media", "Qala Syry") in leaked
    assert ("website", "Ashyq Media") in leaked


@pytest.mark.parametrize("issued", ["a communiqué", "a press release", "a statement"])
def test_what_a_body_issued_the_sentence_before_is_the_channel_of_it_said(issued: str) -> None:
    parsed = parse(
        HEAD + f"The Ministry of Works issued {issued} on Monday evening. It said the "
        "contracts were lawful."
    )
    assert channel_of(parsed, "the contracts were lawful") == ("statement", None, None, None)


def test_an_outlet_described_as_an_online_newspaper_publishes_on_its_website() -> None:
    parsed = parse(
        HEAD + "A voice note in which director Tom Reyes told staff that strikers would lose "
        "bonuses was recorded on Monday. The next day, Wouri Actu, a Douala-based online "
        "newspaper, published a full transcript of it."
    )
    assert the_leak(parsed) == ("Wouri Actu", "website")


def test_a_recording_moving_in_whatsapp_groups_went_round_there() -> None:
    parsed = parse(
        HEAD + "A voice note in which director Tom Reyes told staff that strikers would lose "
        "bonuses was recorded last month. The audio had been moving in WhatsApp groups of "
        "dockworkers since Saturday."
    )
    assert the_leak(parsed) == (None, "social_media")


def test_a_host_who_played_it_on_a_stations_programme_leaked_it_there() -> None:
    parsed = parse(
        HEAD + "A voice note in which MP Kendrick Munnings told workers that permits would "
        "go through his office was recorded last month. On Monday morning, talk show host "
        "Terrance Bethel played it in full on Straight Talk, his call-in programme on "
        "Island Voice 101.3 FM."
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    channel = parsed.channels[leak.channel]  # type: ignore[index]
    assert (name_of(parsed, leak.actor), channel.kind, name_of(parsed, channel.publisher)) == (
        "Terrance Bethel",
        "broadcast",
        "Island Voice 101.3 FM",
    )


def test_a_letter_one_answered_in_named_again_and_a_replys_post_are_ones_own() -> None:
    parsed = parse(
        HEAD + "Film producer Subhankar Dastidar had called actress Ishani Raychaudhuri"
        ' "poison" in a leaked email.\n\n'
        "Ms Raychaudhuri responded on Instagram the next morning with a photograph of her"
        ' contract. "Poison is a new one," the actress wrote.\n\nOn Thursday Mr Dastidar'
        ' apologised to her in a letter released by his office.\n\n"I wrote about you as if'
        ' you were a column in a ledger," the producer wrote in the two-page letter.'
    )
    [letter] = [c for c in parsed.channels if c.name == "the two-page letter"]
    assert not letter.leaked
    [post] = [q for q in parsed.quotes if q.text == "Poison is a new one"]
    assert post.channel is not None and parsed.channels[post.channel].kind == "social_media"


def test_words_caught_on_a_reporters_livestream_went_out_on_it() -> None:
    parsed = parse(
        HEAD + "Health secretary Gustavo Arriaga was caught on a reporter's livestream saying"
        ' nurses were "sleeping on the job".\n\nArriaga apologized at a news conference the next'
        " morning."
    )
    [stream] = [c for c in parsed.channels if "livestream" in c.name]
    assert (stream.kind, stream.leaked) == ("recording", True)
    assert "remark" in [e.type for e in parsed.events]


def test_board_papers_passed_to_a_paper_that_printed_a_section_of_them_leaked() -> None:
    parsed = parse(
        HEAD + 'Heather Cushnahan wrote in board papers that patients were "noise". A member of'
        " the board passed the papers to The Northern Mercury on Monday evening. The Mercury"
        " printed the outpatients section in full on its front page the next morning."
    )
    assert the_leak(parsed) == ("The Northern Mercury", "print")


def test_a_school_districts_own_livestream_is_its_leak() -> None:
    parsed = parse(
        HEAD + "The superintendent of Nokomis Valley Public Schools, Paul Sandvik, apologized"
        ' after the district\'s own livestream caught him calling parents "the mob" during a'
        " recess at a board meeting last week."
    )
    assert the_leak(parsed) == ("Nokomis Valley Public Schools", "social_media")


def test_a_programme_the_station_named_before_owns_is_where_its_host_played_it() -> None:
    parsed = parse(
        HEAD + 'Ignacio Montalvo called the coach "finished" in a voicemail on Monday evening that'
        " went to Lucía Olmo, a reporter for the Seville station Onda Giralda.\n\nOlmo played"
        " the recording in full the following night on El Descuento, the station's late-night"
        " sports programme. The station said it had tried to reach Montalvo.",
        published="2026-11-28",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    channel = parsed.channels[leak.channel]  # type: ignore[index]
    assert (name_of(parsed, leak.actor), channel.kind, name_of(parsed, channel.publisher)) == (
        "Lucía Olmo",
        "broadcast",
        "Onda Giralda",
    )
    assert leak.time is not None and parsed.times[leak.time].value == "2026-11-24TNI"
    # The station's word on it is part of its leak, and the programme is no station.
    assert speaker_of(parsed, "it had tried to reach Montalvo") == "Onda Giralda"
    assert "report" not in [e.type for e in parsed.events]


def name_of(parsed: ParsedArticle, index: int | None) -> str | None:
    return parsed.entities[index].name if index is not None else None


def test_a_post_by_an_anonymous_account_and_a_front_page_quoting_are_two_leaks() -> None:
    parsed = parse(
        HEAD + "The email, dated September 24, was written by director Salim al Hinai. "
        '"Let us be honest," al Hinai wrote.\n\nA screenshot of the email was first posted '
        "last Thursday night by an anonymous account on X.\n\nOn Saturday, the Arabic-language "
        "daily Al Mirsad quoted the email at length on its front page.",
        published="2026-10-14",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [
        (name_of(parsed, e.actor), parsed.channels[e.channel].kind)  # type: ignore[index]
        for e in sorted(leaks, key=lambda e: e.sequence or 0)
    ] == [(None, "social_media"), ("Al Mirsad", "print")]


def test_a_leaked_medium_named_with_its_platform_is_the_leaked_one() -> None:
    parsed = parse(
        HEAD + "The Ombudsman will look into a leaked Facebook Messenger voice message in which "
        'President Jeffrey Malsale tells a chief that the road will go to "our own people".\n\n'
        "The chiefs said whoever leaked a private message had shown no respect."
    )
    remark = next(e for e in parsed.events if e.type == "remark")
    assert name_of(parsed, remark.actor) == "Jeffrey Malsale"
    assert parsed.channels[remark.channel].kind == "recording"  # type: ignore[index]


def test_where_someone_wrote_not_what_their_aside_or_a_clause_of_time_names() -> None:
    parsed = parse(
        HEAD + "Senator Ramón Frías cut ties with his aide.\n\nFrías, who represents Loma "
        "Verde in the Senate, wrote in a post on X hours after the audio was published that "
        'the words were "unacceptable".'
    )
    assert channel_of(parsed, "unacceptable") == ("social_media", None, None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Travis Kell defended him on Tuesday, telling KSVN that he had made "a dumb comment".',
            ("interview", "KSVN", None, None),
        ),
        # A place that names whom someone told is no outlet.
        ('A voice note telling East Java village heads to "deliver" votes surfaced.', None),
    ],
)
def test_telling_an_outlet_is_an_interview(body: str, expected: tuple[str, ...] | None) -> None:
    parsed = parse(HEAD + body)
    quoted = next(q.text for q in parsed.quotes if q.kind == "partial")
    assert channel_of(parsed, quoted) == expected


def test_a_medium_first_aired_at_some_time_on_a_station_was_broadcast_there() -> None:
    parsed = parse(
        HEAD + "A leaked audio in which PS Mary Khoeli tells officers that parcels go first to "
        '"villages that know who feeds them" has caused an uproar. The audio was first aired '
        "last Thursday morning on Thabana FM's breakfast programme."
    )
    assert the_leak(parsed) == ("Thabana FM", "broadcast")


def test_its_spokesperson_speaks_at_the_press_conference_the_body_held() -> None:
    parsed = parse(
        HEAD + "The previous day, the Relief Watch Coalition held a press conference in Maseru. "
        'Its spokesperson, Sello Ramohlanka, said the PS "cannot investigate herself".'
    )
    assert channel_of(parsed, "cannot investigate herself") == ("interview", None, None, "Maseru")


def test_a_station_that_played_the_note_in_its_bulletin_leaked_it() -> None:
    parsed = parse(
        HEAD + 'A leaked voice note in which minister Tom Reyes told aides the coach was "a '
        'clown" has caused an uproar. Levant Vision Television (LVT) played the note in full '
        "in its 8 p.m. news bulletin on Tuesday."
    )
    assert the_leak(parsed) == ("Levant Vision Television", "broadcast")


def test_a_broadcaster_that_led_its_news_with_the_story_put_it_out_again() -> None:
    parsed = parse(
        HEAD + 'Minister Tom Reyes texted aides that the fishermen were "parasites", according '
        "to messages published by Vitinn, a website, on 2 October. The following evening, "
        "Riksnett, the national broadcaster, led its evening news with the story, showing the "
        "messages on screen.",
        published="2026-10-05",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence or 0)
    assert [name_of(parsed, e.actor) for e in leaks] == ["Vitinn", "Riksnett"]


def test_a_daily_that_took_up_the_story_in_its_edition_printed_it() -> None:
    parsed = parse(
        HEAD + 'Director Jan Brandt wrote in a leaked email that the fans were "a mob". The '
        "email was first published on Thursday by Fanblock, a fan website. The Hamburger "
        "Abendpost, the city's biggest daily, took up the story in its Saturday edition.",
        published="2026-03-09",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence or 0)
    assert [parsed.channels[e.channel].kind for e in leaks] == ["website", "print"]  # type: ignore[index]


def test_words_written_in_a_leaked_email_are_the_remark() -> None:
    parsed = parse(
        HEAD + 'Director Jan Brandt wrote in a leaked email that the fans were "a mob". The '
        "email was first published on Thursday by Fanblock, a fan website."
    )
    remark = next(e for e in parsed.events if e.type == "remark")
    assert name_of(parsed, remark.actor) == "Jan Brandt"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (
            "Premier Ann Lee told a session of the cantonal government that the plan was dead.",
            "speech",
        ),
        ("Later in the debate, Ann Lee said the plan was dead.", "speech"),
        ("Addressing hundreds of traders at the market, Ann Lee said the plan was dead.", "speech"),
        (
            "Opposition Leader Ann Lee used question period to demand his resignation, "
            "saying the plan was dead.",
            "speech",
        ),
    ],
)
def test_sessions_debates_and_gatherings_addressed_are_speeches(said: str, kind: str) -> None:
    parsed = parse(HEAD + said)
    quote = next(q for q in parsed.quotes if q.channel is not None)
    assert parsed.channels[quote.channel].kind == kind  # type: ignore[index]


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("on its main evening news programme", "broadcast"),
        ("on its news website", "website"),
        ("on its news programme's website", "website"),
    ],
)
def test_where_an_outlet_showed_a_document_is_known_by_its_head_word(where: str, kind: str) -> None:
    parsed = parse(
        "Row over minutes\n\nMinutes of a meeting on pay show the minister's plan. On Monday"
        f" evening, the state's television network, Rede Coxilha, showed the document {where}."
    )
    assert [(c.kind, c.name) for c in parsed.channels if c.leaked] == [(kind, "Rede Coxilha")]


@pytest.mark.parametrize(
    "aside",
    [
        "a Tucson-based group",
        "a Tucson-based group that campaigns against the sale of rural groundwater to developers",
    ],
)
def test_a_body_that_posted_a_video_on_the_platforms_leaked_it_on_social_media(
    aside: str,
) -> None:
    parsed = parse(
        "Video shows candidate mocking farmers\n\nThe video was recorded at a private dinner."
        f"\n\nArizona Water Commons, {aside}, posted the video on X and Facebook on Tuesday"
        " morning."
    )
    leaks = [
        (
            parsed.entities[e.actor].name if e.actor is not None else None,
            parsed.channels[e.channel].kind,
        )
        for e in parsed.events
        if e.type == "leak" and e.channel is not None
    ]
    assert ("Arizona Water Commons", "social_media") in leaks


def test_a_paper_that_printed_long_excerpts_from_a_document_leaked_it_in_print() -> None:
    parsed = parse(
        "Row over draft report\n\nThe draft report was already public by then. The Tartu daily"
        " Toomeleht printed long excerpts from it on its front page on 2 October."
    )
    assert [(c.kind, c.name) for c in parsed.channels if c.leaked] == [("print", "Toomeleht")]


def test_a_medium_posted_in_a_messaging_group_by_an_unnamed_account_went_round_there() -> None:
    parsed = parse(
        'Row over voice message\n\nIn a voice message, the director told supervisors to "fire'
        ' them all".\n\nOn Saturday it was posted, by an account that has since been deleted, in a'
        " Zalo group used by more than 1,500 of the factory's workers."
    )
    assert [(c.kind, c.name) for c in parsed.channels if c.kind == "social_media"] == [
        ("social_media", "Zalo")
    ]
    assert [e.type for e in parsed.events if e.channel is not None and e.type == "leak"] == ["leak"]


def test_words_that_open_a_sentence_before_their_cue_are_said_where_the_sentence_before_tells() -> (
    None
):
    parsed = parse(
        "Rowing chief apologises\n\nZbigniew Krawczak, the union's president, was heard on a"
        " live microphone on Sunday.\n\nKrawczak apologised on Monday evening in a statement"
        " posted on the union's website. \"I said things I do not believe. I apologise to the"
        ' crew," he wrote.',
        published="2026-06-10",
    )
    said = "I said things I do not believe. I apologise to the crew"
    assert channel_of(parsed, said) == ("statement", None, None, None)


def test_an_occasion_in_a_clause_of_another_time_is_not_where_the_words_were_said() -> None:
    parsed = parse(
        "Aide quits over audio\n\nThe chief of staff, Ganbold Batsaikhan, stepped down on January"
        " 14, a day after Saikhan TV broadcast the recording on its evening news."
        ' "I have done nothing wrong," he said.',
        published="2026-01-16",
    )
    said = "I have done nothing wrong"
    assert channel_of(parsed, said) is None


@pytest.mark.parametrize(
    ("body", "leak"),
    [
        # A medium that first appeared in a messaging group went round there.
        (
            "The inspector wrote in the margin of the draft report that the staff were lazy."
            "\n\nThe annotated draft first appeared on Sunday evening in a WhatsApp group used by"
            " about 400 parents.",
            (None, "social_media"),
        ),
        # The body whose page it appeared on put it out.
        (
            "In his first email, Fahad Al Kubaisi wrote that the tenants could wait.\n\nThe first"
            " screenshots of the exchange appeared last Thursday on the Facebook page of the Al"
            " Mansoura Residents' Committee, a volunteer group.",
            ("Al Mansoura Residents' Committee", "social_media"),
        ),
        # And so did whoever it was posted by.
        (
            "In one of the messages, Karthik Sreedharan wrote that managers should ease people"
            " out.\n\nThey had first appeared on LinkedIn on Friday night, posted by Pooja"
            " Iyengar, a former product manager.",
            ("Pooja Iyengar", "social_media"),
        ),
    ],
)
def test_where_a_medium_first_appeared_and_who_put_it_there(
    body: str, leak: tuple[str | None, str]
) -> None:
    assert the_leak(parse("Row over messages\n\n" + body, published="2026-11-20")) == leak


def test_a_letter_to_every_family_is_no_leaked_medium() -> None:
    parsed = parse(
        HEAD + "The inspector's margin notes were leaked on Sunday.\n\nThat evening the head"
        " teacher, Claire Jaouen, wrote to every family, saying the comments were untrue."
    )
    assert [c.leaked for c in parsed.channels if c.name == "wrote to"] == [False]


def test_a_medium_in_the_subjects_whose_clause_is_not_where_they_spoke() -> None:
    parsed = parse(
        HEAD + "An inspector whose private comments on a draft report were passed around by"
        " parents apologised on Thursday evening, saying his notes had been careless."
    )
    assert channel_of(parsed, "his notes had been careless") is None


def test_in_it_names_no_medium_named_in_the_plural() -> None:
    parsed = parse(
        HEAD + "The union dismissed a statement Llorca had posted on X, hours after the"
        " screenshots appeared. In it, the minister said the messages had been jokes."
    )
    assert "it" not in [c.name for c in parsed.channels]


def test_a_monthly_that_published_screenshots_of_the_exchange_on_its_website() -> None:
    parsed = parse(
        "Director apologises\n\nArnaldi wrote in one message that the soprano was a"
        " metronome.\n\nThe Milan opera monthly Quinta Fila published eleven screenshots of the"
        " exchange on its website on Monday morning.",
        published="2026-10-22",
    )
    assert the_leak(parsed) == ("Quinta Fila", "website")


@pytest.mark.parametrize(
    "body",
    [
        "The chief executive, Helen Strudwick, sent her own email to more than 30 senior"
        " managers on Monday 30 March. It was passed to the Star by a whistleblower.\n\n"
        '"Clear the corridors before the inspectors arrive," she wrote.\n\nThe Star published'
        " the email on Tuesday 14 April.",
        "The email was sent by the chief executive, Helen Strudwick, to senior managers on"
        ' Monday 30 March. In it, she wrote: "Clear the corridors before the inspectors'
        ' arrive."\n\nThe Star published the email on Tuesday 14 April.',
    ],
)
def test_a_medium_its_author_sent_carries_the_remark_and_is_dated_by_its_sending(
    body: str,
) -> None:
    parsed = parse("Hospital chief's email\n\n" + body, published="2026-04-23")
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.entities[remark.actor].name == "Helen Strudwick"
    assert parsed.times[remark.time].value == "2026-03-30"


def test_an_interview_broadcast_by_a_station_named_after_its_place() -> None:
    parsed = parse(
        HEAD + "In an interview broadcast by the Denpasar television station Kanal Dewata on"
        " Sunday evening, Adnyana said his remarks had been careless."
    )
    assert channel_of(parsed, "his remarks had been careless") == (
        "interview",
        "Kanal Dewata",
        None,
        None,
    )


def test_a_programme_named_after_its_noun_is_no_body() -> None:
    parsed = parse(
        HEAD + "On Sunday morning, in an interview on Coral 104.9 FM's morning programme The"
        " Sunday Forum, Ramnarine said the voice was not his."
    )
    assert channel_of(parsed, "the voice was not his") == (
        "interview",
        "Coral 104.9 FM",
        None,
        None,
    )


def test_a_recording_posted_with_how_it_was_filmed_set_off_is_put_out_there() -> None:
    parsed = parse(
        "Row\n\nIn the clip, the minister can be heard telling hotel owners that residents"
        ' "cry about water".\n\nWayan Dharma Putra, a surf instructor, posted a 50-second'
        " recording of the exchange, filmed from his laptop screen, on TikTok.",
        published="2026-10-12",
    )
    assert [
        (c.name, parsed.entities[c.publisher].name if c.publisher is not None else None)
        for c in parsed.channels
        if c.kind == "social_media" and c.leaked
    ] == [("TikTok", "Wayan Dharma Putra")]


def test_a_paper_that_printed_it_after_a_worker_passed_it_on_leaked_it() -> None:
    parsed = parse(
        "Manager's email\n\nIn a leaked email, general manager Vusumuzi Hlabangana told "
        "supervisors to hide the injury books.\n\n"
        "A worker at the mine passed a copy of the email to The Gwayi Leader, a Bulawayo "
        "weekly, which printed it in full on its front page on Friday.",
        published="2026-07-14",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    channel = parsed.channels[leak.channel]  # type: ignore[index]
    assert (channel.kind, parsed.entities[leak.actor].name) == ("print", "The Gwayi Leader")  # type: ignore[index]


def test_telling_an_outlet_the_text_does_not_name_is_an_interview() -> None:
    parsed = parse(
        "Councillor sorry\n\nThe councillor told a Bilbao radio station on Tuesday that her "
        'messages were "a stupid joke".'
    )
    [channel] = parsed.channels
    assert (channel.kind, channel.name, channel.publisher) == (
        "interview",
        "told a Bilbao radio station",
        None,
    )


def test_on_its_website_past_what_was_put_out_says_where_a_magazine_published_it() -> None:
    parsed = parse(
        "Rector's memo\n\nIn a leaked voice memo, rector Koenraad Van Hecke described "
        'protesters as "a school trip with placards".\n\nThe student magazine Lijnrecht '
        "published the audio and a full transcript on its website the next morning.",
        published="2026-10-16",
    )
    assert [c.kind for c in parsed.channels if c.name == "Lijnrecht"] == ["website"]


def test_a_medium_that_lasts_seconds_is_a_recording() -> None:
    parsed = parse(
        "Rector's memo\n\nVan Hecke's memo, 74 seconds long and recorded in Dutch, was posted "
        "in that group on Monday evening."
    )
    assert [(c.name, c.kind) for c in parsed.channels] == [("memo", "recording")]


def test_a_message_published_on_a_website_went_out_on_the_website() -> None:
    parsed = parse(
        "Rector apologises\n\nVan Hecke apologised on Wednesday evening in a message published "
        'on the university\'s website, in which he wrote that his words had been "wrong".'
    )
    assert [(c.name, c.kind) for c in parsed.channels] == [("a message", "website")]


def test_a_medium_that_appeared_on_a_forum_named_as_one_leaked_there() -> None:
    parsed = parse(
        "Club president's tirade\n\nIn a leaked recording, club president Andreas Zervoudakis "
        'calls referees "a cartel with whistles".\n\nThe audio first appeared late on Monday '
        "night on Thyra 9, an unofficial supporters' forum, where it was posted by an anonymous "
        "account.",
        published="2026-04-23",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    channel = parsed.channels[leak.channel]  # type: ignore[index]
    assert (channel.kind, channel.name, leak.actor) == ("social_media", "Thyra 9", None)
    assert parsed.times[leak.time].value == "2026-04-20TNI"  # type: ignore[index]


def test_a_station_that_reported_on_it_in_its_newscast_leaked_it() -> None:
    parsed = parse(
        "Superintendent's email\n\nIn an email, Superintendent Darrell Kinnison told principals "
        'to move "bottom-band kids" out of tested grades.\n\nA teacher gave a copy of the email '
        "to KQGC-TV, which reported on it during its 10 p.m. newscast last Wednesday.",
        published="2026-03-04",
    )
    leaks = [
        (parsed.entities[e.actor].name, parsed.channels[e.channel].kind)  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak" and e.actor is not None
    ]
    assert leaks == [("KQGC-TV", "broadcast")]


def test_a_medium_which_surfaced_came_out() -> None:
    parsed = parse(
        "Superintendent's email\n\nSuperintendent Darrell Kinnison told principals in an email "
        'to move "bottom-band kids" out of tested grades.\n\nThe email, which surfaced last '
        "week, went to the district's 14 principals."
    )
    assert [c.leaked for c in parsed.channels if c.name == "The email"] == [True]


def test_a_clip_posted_to_a_subreddit_came_out_there_and_a_video_posted_to_his_page_is_his() -> (
    None
):
    parsed = parse(
        "Candidate sorry\n\nIn a two-minute video posted to his campaign's Facebook page Thursday "
        'morning, Garrett Lozinski said his words had been "ugly and untrue".\n\n'
        '"This whole street\'s a write-off," Lozinski can be heard telling the volunteer.\n\n'
        "Shauna Kereluk posted a 38-second clip to the city's subreddit on Monday night.",
        published="2026-05-29",
    )
    leaks = [
        (
            parsed.entities[e.actor].name if e.actor is not None else None,
            parsed.channels[e.channel].name,
        )  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak"
    ]
    assert leaks == [("Shauna Kereluk", "subreddit")]


def test_words_from_the_bench_are_a_speech() -> None:
    parsed = parse(
        "Judge sorry\n\nPawlak apologized from the bench Wednesday morning, telling the lawyer "
        'that his words had been "thoughtless".'
    )
    assert [(c.kind, c.name) for c in parsed.channels] == [("speech", "from the bench")]


def test_a_host_who_played_it_on_his_show_on_a_station_leaked_it_there() -> None:
    parsed = parse(
        "Vice president's voicemail\n\nIn a voicemail, club vice president Adrián Solari told "
        'an agent that her client "won\'t see another minute".\n\nThe agent handed the '
        "recording to Damián Lucero, who played it in full on Monday afternoon on La Pizarra de "
        "las Cinco, the sports show he hosts on Radio Cardumen, a Rosario FM station.",
        published="2026-05-15",
    )
    leaks = [
        (parsed.entities[e.actor].name, parsed.channels[e.channel].name)  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak" and e.actor is not None
    ]
    assert leaks == [("Damián Lucero", "Radio Cardumen")]


def test_words_heard_on_a_citys_own_live_stream_at_a_meeting_are_the_remark_it_leaked() -> None:
    # The stream carried the words as they were said: it is their channel, before the
    # meeting it carried, and it goes out undated, before the paper that found the clip.
    parsed = parse(
        HEAD + "Weydert, the alderman responsible for mobility, was heard on the city's own "
        'live stream at a council meeting last week describing commuters as "people who '
        'only come here to park".\n\nThe City of Esch broadcasts its council meetings live '
        "on its website. The microphone in front of Weydert stayed on.\n\nOn Monday morning, "
        "the Alzette Courier published the clip on its website."
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert "people who only come here to park" in {parsed.quotes[n].text for n in remark.quotes}
    first = min((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence or 0)
    assert parsed.entities[first.actor].name == "City of Esch"
    assert parsed.channels[first.channel].kind == "website"
    assert first.time is None


@pytest.mark.parametrize(
    "sentence",
    [
        # A body's name of two words, and a stream that stayed on.
        "The sound on the water board's own livestream stayed on, and Karen Walsh can be "
        'heard telling a colleague that farmers were "better at blockades than sums".',
        # Words that went out on a committee's stream on a platform.
        'Karen Walsh can be heard saying farmers were "better at blockades than sums". The '
        "exchange went out on the water board's livestream on its Facebook page.",
    ],
)
def test_a_bodys_own_stream_named_in_more_ways_leaked_what_it_carried(sentence: str) -> None:
    parsed = parse(
        HEAD + "The Rijnvallei Water Board apologised on Friday for its chair's remark. " + sentence
    )
    assert the_leak(parsed)[0] == "Rijnvallei Water Board"


def test_a_body_its_subject_calls_by_a_word_of_its_name_streams_its_meetings() -> None:
    parsed = parse(
        HEAD + "A Tully Creek Union School District trustee apologized on Wednesday. The "
        "district streams its board meetings live on YouTube, and the microphones at the "
        'dais stayed on. Thanh Nguyen can be heard saying the parents were "freeloaders".'
    )
    assert the_leak(parsed) == ("Tully Creek Union School District", "social_media")


def test_a_courtrooms_stream_is_that_of_the_court_that_streams_its_trials() -> None:
    parsed = parse(
        HEAD + "A defense lawyer asked for a mistrial after the judge was caught on the "
        'courtroom\'s livestream last week calling her "a speed bump".\n\nThe Marquette '
        "County Circuit Court streams most felony trials live on its YouTube channel."
    )
    assert the_leak(parsed) == ("Marquette County Circuit Court", "social_media")


def test_a_call_made_days_after_a_stream_caught_the_mayor_is_no_part_of_his_remark() -> None:
    parsed = parse(
        "Mayor caught on webcast\n\nA state lawmaker, Rubén Salinas, on Thursday called on "
        "the ombudsman to investigate Mayor Efraín Mendoza, two days after the town council's "
        'own webcast caught Mendoza calling street vendors "a plague".\n\nThe Santa Lucía '
        "Municipal Council streams its sessions live on its website."
    )
    kinds = {parsed.entities[e.actor].name: e.type for e in parsed.events if e.actor is not None}
    assert kinds["Efraín Mendoza"] == "remark"
    assert kinds["Rubén Salinas"] == "attack"


def test_a_bodys_stream_is_of_the_body_named_in_full_not_of_a_bare_council() -> None:
    parsed = parse(
        "Speaker sorry for remark\n\nThe speaker of the tribal council, Vernon Tosheka, "
        "apologized on Friday for remarks caught on the council's own Facebook livestream. "
        "The Council voted to censure him.\n\nThe Nawakee Nation Tribal Council streams its "
        "sessions live on its Facebook page. When Tosheka closed the session, the camera kept "
        'rolling, and he can be heard calling the elders "relics".'
    )
    assert the_leak(parsed) == ("Nawakee Nation Tribal Council", "social_media")


def test_a_clip_posted_later_that_night_to_a_named_facebook_group_is_a_dated_leak() -> None:
    parsed = parse(
        "Chair caught on microphone\n\nSirkka Vahakangas can be heard calling the director "
        '"a spreadsheet" on Monday evening. Noora Aaltonen, a nurse at the hospital, had '
        "stayed on the call and recorded it. Later that night she posted a 41-second clip to "
        "Meidan Turku, a local Facebook group.",
        published="2026-03-12",
    )
    assert the_leak(parsed) == ("Noora Aaltonen", "social_media")
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.times[leak.time].value == "2026-03-09TNI"


def test_a_letter_written_to_all_staff_to_apologise_is_no_leaked_medium() -> None:
    parsed = parse(
        "Chair apologises over chat jibe\n\nThe chair of the health board, Angharad Protheroe, "
        "has written to staff this week to apologise for a message she typed into the chat of "
        'a public board meeting, in which she complained that nurses spent their time "moaning".'
        '\n\nIn the letter, sent on Monday, she said her words had been "careless".\n\nThe news '
        "site Cambrian Wire published screenshots of the chat the next day."
    )
    assert leaked_channel(parsed, "careless") is False


def test_an_email_sent_to_all_employees_after_a_letter_of_apology_is_that_letter() -> None:
    parsed = parse(
        "Vice-chancellor apologises\n\nThe vice-chancellor, Adrian Coldwell, has written to all "
        "staff to apologise for remarks, picked up by a lecture theatre's recording system, in "
        'which he said strikers would "be back by Easter".\n\nIn an email sent to about 5,000 '
        'employees on Friday evening, Coldwell said his words had been "contemptuous".\n\n'
        "The student newspaper The Weir published a 52-second clip on its website."
    )
    assert leaked_channel(parsed, "contemptuous") is False


def test_a_paper_that_published_an_excerpt_of_a_recording_leaked_it() -> None:
    parsed = parse(
        "Union boss says audio was doctored\n\nA listener recorded the session and passed it to "
        "the online newspaper The Kurmi Post, which published a 47-second excerpt on its website "
        'the next day.\n\nIn the excerpt, Kurawa is heard telling listeners: "We will shut this '
        'city."'
    )
    assert the_leak(parsed) == ("The Kurmi Post", "website")


def test_a_medium_that_went_out_live_on_a_broadcaster_is_its_live_leak() -> None:
    parsed = parse(
        'President heard on dugout mic\n\n"That man is either blind or bought," Baek '
        "Dong-hyun can be heard telling his bench coach.\n\nThe exchange went out live on "
        "Hanbit Sports TV, which had placed microphones in both dugouts."
    )
    [broadcast] = [c for c in parsed.channels if c.kind == "broadcast"]
    assert (broadcast.leaked, parsed.entities[broadcast.publisher].name) == (
        True,
        "Hanbit Sports TV",
    )
    assert "live" in broadcast.rule


def test_a_letter_written_to_a_body_demanding_something_is_no_leaked_medium() -> None:
    parsed = parse(
        "Registrar's email\n\nThe registrar's email, which a clerk gave to a weekly paper, asked "
        "staff to look at the results twice.\n\nOn Monday, the Motlhaba Parents and Guardians "
        "Association wrote to the "
        "council demanding a public apology from the registrar."
    )
    assert [c.leaked for c in parsed.channels if c.rule == "'wrote to' someone"] == [False]


def test_the_passage_an_outlet_published_is_the_medium_it_leaked() -> None:
    parsed = parse(
        "Vice-chair quits\n\nThe summary of the meeting quoted the vice-chair calling the wards "
        '"a waiting room".\n\nA patients\' representative forwarded it to Fynbo Tidende, a local '
        "newspaper, which published the passage on its website on Saturday morning."
    )
    assert [(c.kind, parsed.entities[c.publisher].name) for c in parsed.channels if c.leaked] == [
        ("website", "Fynbo Tidende")
    ]


def test_a_body_that_uploaded_the_recording_put_it_out() -> None:
    parsed = parse(
        "Planner's remark\n\n\"They won't read it anyway,\" the planner, Dana Whitlock, can be "
        "heard saying on the recording.\n\nThe City Clerk's Office, which posts video of "
        "council meetings to the archive, uploaded the 47-minute recording last Friday."
    )
    assert ("website", True, "City Clerk's Office", "outlet + 'uploaded' + medium") in [
        (c.kind, c.leaked, parsed.entities[c.publisher].name, c.rule)
        for c in parsed.channels
        if c.publisher is not None
    ]


def test_a_letter_demanding_something_near_someone_seen_outside_is_still_no_leak() -> None:
    # "has seen us outside his office" is no copy seen by a paper.
    parsed = parse(
        "Residents' letter\n\nWayan Dharma Putra, a surf instructor, posted a 50-second "
        'recording of the exchange on TikTok.\n\n"He has seen us outside his office," the '
        "forum's chairman told The Banjar Gazette.\n\n"
        "A second group, the Pererenan Residents' Association, wrote to the governor on "
        "Thursday calling for the minister's dismissal."
    )
    assert [c.leaked for c in parsed.channels if c.rule == "'wrote to' someone"] == [False]


@pytest.mark.parametrize(
    ("government", "where"),
    [
        ("The Kurohama city government", "its official website"),
        ("The Bali provincial government", "its official YouTube channel"),
    ],
)
def test_a_places_government_that_streams_its_events_live_leaked_what_they_carried(
    government: str, where: str
) -> None:
    parsed = parse(
        "Mayor caught on city live stream\n\nThe remarks were made at the end of the mayor's "
        f"news conference. {government} streams the news conference live on {where}, and the "
        'camera kept running as Hiroshi Kawabe called the assembly "a nap room".'
    )
    publishers = {
        parsed.entities[c.publisher].name
        for c in parsed.channels
        if c.leaked and c.publisher is not None
    }
    assert publishers == {government.removeprefix("The ")}


def test_a_recording_played_at_a_meeting_named_before_is_leaked_there_then() -> None:
    parsed = parse(
        "Voicemail row\n\nEkstrand held his phone to the lectern microphone during public "
        "comment at Monday night's council meeting and played the message in full. Tollefsen "
        'can be heard on the recording calling the group "the cul-de-sac caucus".',
        published="2026-11-20",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.channels[leak.channel].kind == "speech"
    assert parsed.times[leak.time].value == "2026-11-16TNI"  # type: ignore[index]


def test_words_told_to_the_council_are_said_at_its_sitting() -> None:
    parsed = parse(
        'Voicemail row\n\n"She called me," Ekstrand told the council when the recording ended.'
    )
    assert [c.kind for c in parsed.channels] == ["speech"]


def test_a_clip_posted_in_a_messaging_group_is_leaked_there_when_the_verb_says() -> None:
    parsed = parse(
        "Head recorded\n\nOn Thursday evening, Mrs Gillian Ashcombe was recorded saying the "
        'pupils "drag us down". One of the parents posted the 94-second clip the next '
        "morning in a WhatsApp group for Year 10 parents.",
        published="2026-11-25",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.channels[leak.channel].name == "WhatsApp"
    assert parsed.times[leak.time].value == "2026-11-20TMO"  # type: ignore[index]


def test_a_voice_note_posted_in_a_messaging_group_may_be_the_remark_itself() -> None:
    parsed = parse(
        'Voice note\n\nHe posted a voice note in the party\'s WhatsApp group calling them "rats".'
    )
    assert not [c for c in parsed.channels if c.name == "WhatsApp" and c.leaked]


def test_a_broadcaster_whose_feed_carried_the_words_live_and_posted_a_clip_leaked_twice() -> None:
    parsed = parse(
        'Captain caught\n\n"He\'s auditioning," Chamath Liyanagama can be heard telling the '
        "bowler.\n\nThe stump microphones were live on Saffron Sports, which holds the "
        "television rights. The broadcaster posted a 20-second clip of the exchange on its "
        "YouTube channel the next morning."
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert sorted(parsed.channels[e.channel].kind for e in leaks) == [  # type: ignore[index]
        "broadcast",
        "social_media",
    ]
    assert {parsed.entities[e.actor].name for e in leaks} == {"Saffron Sports"}  # type: ignore[index]


def test_speaking_on_a_stations_programme_named_with_of_is_on_that_station() -> None:
    parsed = parse(
        "Governor row\n\nSpeaking on the breakfast programme of Rádio Capibaribe, a Recife "
        "station, on Wednesday morning, Lins said his words had been misread."
    )
    assert [(c.kind, parsed.entities[c.publisher].name) for c in parsed.channels] == [  # type: ignore[index]
        ("broadcast", "Rádio Capibaribe")
    ]


def test_a_station_that_played_an_extract_leaked_it_and_speaks_as_the_station() -> None:
    parsed = parse(
        'Cooperative row\n\nSaavedra can be heard saying the families "do not count". The '
        "recording was sent to Radio Cauce, a regional station based in Valdivia, which played "
        "an extract on its morning programme, Primera Marea, on Tuesday morning. The station "
        'said it had received the audio from a member who "could not stay quiet".'
    )
    assert the_leak(parsed) == ("Radio Cauce", "broadcast")
    assert speaker_of(parsed, "could not stay quiet") == "Radio Cauce"


def test_an_extract_from_a_book_is_no_leaked_medium() -> None:
    parsed = parse(
        'Row\n\nSaavedra can be heard saying the families "do not count". The Courier '
        "published an extract from her new memoir on Sunday."
    )
    assert not any(c.leaked for c in parsed.channels if c.kind != "recording")


def test_a_screenshot_posted_that_evening_to_a_named_group_is_a_dated_leak() -> None:
    parsed = parse(
        "Clerk row\n\nOn Tuesday afternoon, clerk Kristin Heikkila wrote in an email that the "
        'councillor was "a fool". Terry Makinen posted a screenshot of the email that evening '
        "to Thunder Bay Neighbours Unfiltered, a Facebook group with about 31,000 members.",
        published="2026-11-26",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.entities[leak.actor].name == "Terry Makinen"  # type: ignore[index]
    assert parsed.times[leak.time].value == "2026-11-24TEV"  # type: ignore[index]


def test_an_episode_posted_with_an_aside_is_dated_by_the_time_after_it() -> None:
    parsed = parse(
        "Podcast row\n\nNerea Goicoechea, who hosts Off the Rotunda, said so. The remarks were "
        "recorded on the afternoon of Nov. 16, when Holmquist can be heard calling clerks "
        '"amateurs".\n\nOff the Rotunda posted the full episode, break included, to its feed '
        "two days later.",
        published="2026-11-25",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.entities[leak.actor].name == "Off the Rotunda"  # type: ignore[index]
    assert parsed.times[leak.time].value == "2026-11-18"  # type: ignore[index]


@pytest.mark.parametrize(
    ("opening", "leaked"),
    [
        ("In an email sent to the trust's 14,000 employees on Thursday evening,", False),
        ("In an email sent to a colleague and obtained by the Beacon,", True),
    ],
)
def test_a_paragraph_opened_by_the_writers_own_letter_to_many_is_no_leak(
    opening: str, leaked: bool
) -> None:
    parsed = parse(
        'Chair row\n\nA private chat in which the chair called doctors "spoilt" appeared on '
        "screen, and The Northern Beacon published it on Tuesday.\n\n"
        f'{opening} Ms Stansfield said her message had been "wrong in every sense".'
    )
    [email] = [c for c in parsed.channels if c.name == "an email"]
    assert email.leaked is leaked


def test_a_video_posted_on_a_forum_named_after_its_kind_and_picked_up_by_a_site() -> None:
    parsed = parse(
        "Captain row\n\nOn Sunday afternoon, Captain Drago Mardešić can be heard calling "
        'tourists "cattle". His first officer, Ivana Kljaković, can then be heard warning him '
        "that the microphone is on. Mette Kjærgaard, a retired teacher, filmed it. She posted "
        "the 40-second video, with a translation supplied by a passenger, on the travel forum "
        "Roamwise that evening.\n\nThe national news website Dnevni Val picked up the video "
        "the next morning and published it with a full transcript.",
        published="2026-11-28",
    )
    actors = [
        (e.type, parsed.entities[e.actor].name if e.actor is not None else None)
        for e in parsed.events
        if e.type in ("remark", "leak")
    ]
    # (The first officer's warning, heard on the same recording, is part of what leaked.)
    assert sorted(actors) == [
        ("leak", "Dnevni Val"),
        ("leak", "Mette Kjærgaard"),
        ("remark", "Drago Mardešić"),
    ]


def test_a_resignation_letter_is_the_writers_and_a_later_playing_still_a_leak() -> None:
    parsed = parse(
        'Chancellor row\n\nDr Rosalind Quayle can be heard calling students "cash with '
        'backpacks". The national broadcaster, Australian Public Television, picked up the '
        "story the next morning, playing the clip on its breakfast program.\n\nDr Quayle "
        'resigned in a letter to the council on Thursday, saying her words had been "careless". '
        "María Cevallos resigned on Tuesday in a letter she posted on X, a day after Radio "
        "Ciudad Luz played the recording on its morning program."
    )
    leaked = {c.name: c.leaked for c in parsed.channels}
    assert (leaked["a letter"], leaked["Australian Public Television"]) == (False, True)
    assert leaked.get("Radio Ciudad Luz") is True


def test_a_defence_in_an_opinion_piece_in_a_paper_is_in_print() -> None:
    parsed = parse(
        "Row\n\nProfessor Malcolm Ferrier, who was Parramore's vice-chancellor for 12 years, "
        "defended her in an opinion piece in The Meridian Review on Friday, writing that the "
        'video had been "cut down".'
    )
    assert [(c.kind, parsed.entities[c.publisher].name) for c in parsed.channels] == [  # type: ignore[index]
        ("print", "The Meridian Review")
    ]
    roles = {e.name: e.roles for e in parsed.entities}
    assert "vice-chancellor" in roles["Malcolm Ferrier"]
