"""Events and their order: a leak story written for the test."""

from __future__ import annotations

import pytest

from provenance.records import Event, ParsedArticle
from tests.helpers import parse, speaker_of

STORY = """Mayor says leaked message was 'a bad joke'

Mayor Dana Cole has apologised after a private message in which she mocked \
flood victims was leaked.

In the leaked message, published by the Harbour Gazette website, Ms Cole said \
the victims "should have moved years ago".

Shortly after the message surfaced, the mayor was approached by Coast FM and \
said: "It was a bad joke and I am sorry."

Councillor Raj Patel stood by the mayor on Thursday evening, saying she had \
"worked tirelessly" for the town.

Opposition leader Lena Fox seized on the comments, saying the mayor "must resign"."""


def by_type(parsed: ParsedArticle) -> dict[str, Event]:
    return {e.type: e for e in parsed.events}


def when(parsed: ParsedArticle, event: Event) -> str | None:
    """The value of the time that dates an event, if any."""
    return parsed.times[event.time].value if event.time is not None else None


def types_by_actor(parsed: ParsedArticle) -> dict[str | None, str]:
    """The type of each actor's event (the last one, for an actor with several)."""
    return {name(parsed, e.actor): e.type for e in parsed.events if e.actor is not None}


def name(parsed: ParsedArticle, index: int | None) -> str | None:
    return parsed.entities[index].name if index is not None else None


def test_every_kind_of_event_is_found_with_its_actor() -> None:
    parsed = parse(STORY, published="2021-03-05")
    events = by_type(parsed)
    assert {t: name(parsed, e.actor) for t, e in events.items()} == {
        "remark": "Dana Cole",
        "leak": "Harbour Gazette",
        "response": "Dana Cole",
        "defence": "Raj Patel",
        "attack": "Lena Fox",
    }


def test_targets_channels_and_times() -> None:
    parsed = parse(STORY, published="2021-03-05")
    events = by_type(parsed)
    assert name(parsed, events["defence"].target) == "Dana Cole"
    assert name(parsed, events["attack"].target) == "Dana Cole"
    response_channel = parsed.channels[events["response"].channel]  # type: ignore[index]
    assert (response_channel.kind, name(parsed, response_channel.publisher)) == (
        "interview",
        "Coast FM",
    )
    assert when(parsed, events["defence"]) == "2021-03-04TEV"
    assert events["remark"].time is None


def test_chronological_order_differs_from_narrative_order() -> None:
    parsed = parse(STORY, published="2021-03-05")
    ordered = sorted(parsed.events, key=lambda e: (e.sequence, e.narrative_index))
    assert [(e.sequence, e.type) for e in ordered] == [
        (1, "remark"),
        (2, "leak"),
        (3, "response"),
        (4, "defence"),
        (4, "attack"),
    ]
    narrative = sorted(parsed.events, key=lambda e: e.narrative_index)
    assert narrative[0].type != "remark"


def test_links_carry_their_justification() -> None:
    parsed = parse(STORY, published="2021-03-05")
    text = parsed.article.text
    rules = {
        (parsed.events[link.source].type, parsed.events[link.target].type, link.relation): link
        for link in parsed.links
    }
    cue = rules[("leak", "response", "before")]
    assert text[cue.start : cue.end] == "Shortly after the message surfaced"  # type: ignore[misc]
    assert rules[("remark", "leak", "before")].rule == "a remark precedes its leak"
    assert ("attack", "remark", "responds_to") in rules


def test_an_article_without_a_leak_has_statements_only() -> None:
    parsed = parse("Budget row\n\nAnna Berg said the budget was late. Tom Ruiz said it was not.")
    assert sorted(e.type for e in parsed.events) == ["statement", "statement"]
    assert all(e.sequence == 1 for e in parsed.events)


def test_dated_events_are_ordered_by_their_times() -> None:
    parsed = parse(
        "Budget row\n\nOn Monday, Anna Berg said the budget was late.\n\n"
        "On Sunday, Tom Ruiz said the budget was ready.",
        published="2019-12-10",
    )
    ordered = sorted(parsed.events, key=lambda e: e.sequence)
    assert [name(parsed, e.actor) for e in ordered] == ["Tom Ruiz", "Anna Berg"]
    assert [e.sequence for e in ordered] == [1, 2]


def test_a_summary_puts_only_the_verb_of_a_phrasal_cue_in_the_past() -> None:
    parsed = parse(
        "Row deepens\n\nOpposition leader Lena Fox hit out at the mayor, and the mayor's aide "
        "later went on to say the claims were false."
    )
    summaries = [e.summary for e in parsed.events]
    assert any("Lena Fox hit out at the mayor" in s for s in summaries), summaries
    assert not any("ated" in s for s in summaries)


MEMO = """Governor sorry over leaked memo

Governor Mark Reyes apologised on Thursday after a leaked internal memo showed him \
calling striking nurses "greedy".

The memo, written in March and obtained by the Valley Courier, was sent to his aides.

The Valley Courier published the memo on Wednesday evening.

Speaking to reporters on Thursday morning, Reyes said he regretted the words."""


def test_a_medium_made_at_a_time_dates_the_remark_and_its_publication_dates_the_leak() -> None:
    parsed = parse(MEMO, published="2025-05-16")
    events = by_type(parsed)
    dated = {kind: when(parsed, event) for kind, event in events.items() if event.time is not None}
    assert dated == {
        "remark": "2025-03",
        "leak": "2025-05-14TEV",
        "response": "2025-05-15TMO",
    }
    assert events["remark"].time_rule == "'March': when the memo was written"
    assert [e.type for e in parsed.events if e.sequence is None] == []


def test_a_remark_reported_by_its_medium_says_so_in_its_summary() -> None:
    events = by_type(parse(MEMO, published="2025-05-16"))
    assert events["remark"].summary == (
        'Mark Reyes, as a leaked internal memo showed: him calling striking nurses "greedy"'
    )
    assert events["response"].summary == "Mark Reyes said he regretted the words"


def test_a_medium_recorded_at_a_time_dates_the_remark() -> None:
    parsed = parse(
        "Minister sorry for dinner remarks\n\n"
        "The audio, obtained by Channel 8 News and broadcast on Monday night, was recorded at a"
        " dinner last month.\n\n"
        'In the clip, Housing Minister Claire Dunmore can be heard saying: "Pensioners are a'
        ' drain."\n\n'
        'Writing on Twitter, the charity Age Action said the comments were "deeply hurtful".',
        published="2024-10-09",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2024-09"  # type: ignore[index]
    assert events["remark"].time_rule == "'last month': when the audio was recorded"
    assert when(parsed, events["leak"]) == "2024-10-07TNI"  # type: ignore[index]
    assert name(parsed, events["attack"].actor) == "Age Action"


def test_words_someone_apologised_for_are_the_remark_dated_by_its_making() -> None:
    parsed = parse(
        "Port chief sorry\n\n"
        'The head of the Harbour Port Authority has apologized for calling fishers "wharf '
        'rats" during a radio conversation earlier this month.\n\n'
        "Alistair Brigham, its chief executive, was on a marine radio channel. The remarks "
        "were made on the morning of Nov. 4. The Harbour Gazette published a recording of "
        "them last week.\n\n"
        'On the recording, Brigham can be heard saying: "Those wharf rats can wait."',
        published="2026-11-20",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert name(parsed, remark.actor) == "Alistair Brigham"
    lede = next(n for n, q in enumerate(parsed.quotes) if q.text == "wharf rats")
    assert lede in remark.quotes
    assert when(parsed, remark) == "2026-11-04TMO"
    assert not [e for e in parsed.events if e.type == "response"]


CEO = """Tech boss caught on hot mic

A video obtained by TechWire shows Orbital's chief executive mocking customers.

In the video, which TechWire published on Tuesday, CEO Marcus Webb tells employees: \
"Our users will pay for anything."

Webb apologized in an email to staff on Wednesday, saying his comments were "careless"."""


def test_publishing_in_a_remark_sentence_dates_the_leak_and_an_apology_email_is_no_leak() -> None:
    parsed = parse(CEO, published="2025-10-16")
    events = by_type(parsed)
    assert events["remark"].time is None
    assert when(parsed, events["leak"]) == "2025-10-14"  # type: ignore[index]
    response = events["response"]
    assert name(parsed, response.actor) == "Marcus Webb"
    assert when(parsed, response) == "2025-10-15"  # type: ignore[index]
    email = parsed.channels[response.channel]  # type: ignore[index]
    assert (email.kind, email.leaked) == ("document", False)


def test_what_the_leaks_publisher_reports_is_the_leak_and_dates_it() -> None:
    parsed = parse(
        "Mayor's leaked texts\n\n"
        "Mayor Linda Brandt told aides to wait, according to text messages first reported by the"
        " Riverside Times.\n\n"
        "The messages, sent on Jan. 14, were leaked to the newspaper by a former staffer, the"
        " Times reported last Thursday.\n\n"
        '"Let them wait," Brandt wrote in one message.',
        published="2024-03-22",
    )
    events = by_type(parsed)
    assert "report" not in events
    leak = events["leak"]
    # (In a Friday's paper, "last Thursday" is the Thursday of the week before.)
    assert when(parsed, leak) == "2024-03-14"  # type: ignore[index]
    assert leak.time_rule == "'last Thursday': when Riverside Times reported it"
    assert [parsed.quotes[n].cue.text for n in leak.quotes] == ["reported"]  # type: ignore[union-attr]
    assert when(parsed, events["remark"]) == "2024-01-14"  # type: ignore[index]


@pytest.mark.parametrize(
    "editor",
    [
        "Its editor, Jo Marsh,",
        "The Riverside Times's editor, Jo Marsh,",
        "The program's host, Jo Marsh,",
    ],
)
def test_what_the_leaks_publishers_editor_says_of_it_is_the_leak(editor: str) -> None:
    parsed = parse(
        "Mayor's leaked texts\n\n"
        "In text messages published by the Riverside Times on Monday, Mayor Linda Brandt told "
        f'aides to "let them wait". {editor} said the paper had received them from a former '
        "staffer.",
        published="2024-03-22",
    )
    actors = {parsed.entities[e.actor].name for e in parsed.events if e.actor is not None}
    assert "Jo Marsh" not in actors
    marsh = next(q for q in parsed.quotes if q.text.startswith("the paper had received"))
    assert parsed.entities[marsh.speaker].name == "Jo Marsh"  # type: ignore[index]
    assert parsed.events[marsh.event].type == "leak"  # type: ignore[index]


@pytest.mark.parametrize(
    "told",
    [
        # The occasion told in the sentence before, named again.
        "Several hundred teachers protested outside the ministry on Friday morning. Ann "
        'Moss told the crowd that the minister had "betrayed" them.',
        # The same speaker, in the sentence before.
        "Ann Moss had already reacted on Friday morning. Speaking to reporters, she said the "
        'minister had "betrayed" them.',
    ],
)
def test_a_statement_is_dated_by_the_sentence_before_that_tells_its_occasion(told: str) -> None:
    parsed = parse(
        "Minister's leaked emails\n\nIn leaked emails published on Monday, Karen Walsh told "
        f"directors to hire party members. {told}\n\nMoss has not said more.",
        published="2024-03-22",
    )
    attack = by_type(parsed)["attack"]
    assert when(parsed, attack) == "2024-03-22TMO"


def test_a_day_of_the_sentence_before_that_is_background_does_not_date_a_statement() -> None:
    parsed = parse(
        "Minister's leaked emails\n\nIn leaked emails published on Monday, Karen Walsh told "
        "directors to hire party members. Ann Moss has led the union since 2017. She said the "
        'minister had "betrayed" them.',
        published="2024-03-22",
    )
    assert when(parsed, by_type(parsed)["attack"]) is None


def test_the_leakers_own_word_on_its_leak_is_the_leak() -> None:
    parsed = parse(
        "Chief's leaked call\n\nIn a recording of a Teams call, Catriona Muirhead told managers "
        'to "keep it quiet". The recording was posted on the website of the North Glasgow '
        "Tenants' Union last Thursday. The union said it had been given the recording by a "
        "manager who was on the call.",
        published="2024-03-22",
    )
    union = next(q for q in parsed.quotes if q.text.startswith("it had been given"))
    assert parsed.events[union.event].type == "leak"  # type: ignore[index]
    assert "statement" not in by_type(parsed)


def test_an_excuse_denied_is_no_defence() -> None:
    parsed = parse(
        "Port chair's email\n\nIn a leaked email, Malcolm Featherby called the consultation "
        '"theatre". On Monday, Helen Raspin said: "He did not write that the consultation was '
        'poorly worded. He wrote that it was theatre."'
    )
    assert by_type(parsed)["attack"].rule == "speaks of the remark's author as 'He'"
    assert "defence" not in by_type(parsed)


@pytest.mark.parametrize(
    "said",
    [
        "He is not perfect but he has done a great job.",
        "I have not seen the clip but I stand by him.",
    ],
)
def test_support_after_a_negation_past_but_still_counts(said: str) -> None:
    parsed = parse(
        "Port chair's email\n\nIn a leaked email, Malcolm Featherby called the consultation "
        f'"theatre". On Monday, Helen Raspin said: "{said}"'
    )
    assert "defence" in by_type(parsed)


def test_a_voicemail_left_in_a_month_and_a_statement_on_a_named_day() -> None:
    parsed = parse(
        "Owner's voicemail leaked\n\n"
        "A voicemail in which Victor Lane berated his coach was leaked over the weekend.\n\n"
        'In the recording, Lane calls coach Dana Price "a clown".\n\n'
        "The voicemail was left in September, according to two people familiar with it.\n\n"
        'Lane said Monday he had been "frustrated after a bad loss".',
        published="2023-11-14",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2023-09"  # type: ignore[index]
    assert events["remark"].time_rule == "'September': when the voicemail was left"
    assert when(parsed, events["leak"]) == "2023-W45-WE"  # type: ignore[index]
    response = events["response"]
    assert when(parsed, response) == "2023-11-13"  # type: ignore[index]
    assert response.channel is None


def test_each_speaker_of_a_sentence_keeps_its_own_stance_and_time() -> None:
    parsed = parse(
        "Envoy's cables leaked\n\n"
        "In leaked cables published by the Sunday Courier, Sir Alan Marsh called the president"
        ' "inept".\n\n'
        "Downing Street said yesterday the ambassador had its full support, but the Foreign"
        " Office confirmed this morning that he would return to London.",
        published="2025-07-09",
    )
    events = {name(parsed, e.actor): e for e in parsed.events if e.actor is not None}
    assert events["Downing Street"].type == "defence"
    assert events["Foreign Office"].type == "statement"
    assert when(parsed, events["Foreign Office"]) == "2025-07-09TMO"


def test_a_follow_up_that_only_says_an_outlet_revealed_the_texts_is_a_leak_story() -> None:
    parsed = parse(
        "Brandt under fire over storm texts\n\n"
        "Mayor Linda Brandt faced calls to resign on Saturday after the Riverside Times revealed"
        " text messages about the storm.\n\n"
        '"Let them wait. They made their choice," Brandt wrote to an aide on Jan. 14, according'
        " to the messages.",
        published="2024-03-24",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2024-01-14"  # type: ignore[index]
    assert events["leak"].time is None
    assert name(parsed, events["leak"].actor) == "Riverside Times"


def test_a_live_microphone_captured_by_cameras_and_a_clip_that_dates_a_reply() -> None:
    parsed = parse(
        "Senator's hot-mic jibe\n\n"
        "Senator Paula Reyes was heard on a live microphone on Tuesday calling a veterans' group"
        ' "a bunch of freeloaders".\n\n'
        "The exchange, captured by C-SPAN cameras, spread widely.\n\n"
        "Hours after the clip surfaced, Reyes posted an apology on X, writing that her words"
        ' were "thoughtless".',
        published="2025-04-17",
    )
    events = by_type(parsed)
    assert events["remark"].summary == "Paula Reyes: “a bunch of freeloaders”"
    leak_channel = parsed.channels[events["leak"].channel]  # type: ignore[index]
    assert (leak_channel.kind, leak_channel.name) == ("broadcast", "C-SPAN cameras")
    response_channel = parsed.channels[events["response"].channel]  # type: ignore[index]
    assert response_channel.kind == "social_media"


def test_a_headline_role_a_prime_minister_apart_and_a_vote_later_this_month() -> None:
    parsed = parse(
        "Health minister says sorry for jibe at nurses\n\n"
        "The health minister, Priya Shah, has apologised after messages seen by this newspaper"
        " showed her mocking their pay claim.\n\n"
        'In the messages, sent on 3 March, Ms Shah wrote that nurses were "living in cloud'
        ' cuckoo land".\n\n'
        "The prime minister's spokesman said Ms Shah had his full confidence.\n\n"
        "Nurses are due to vote on strike action later this month.",
        published="2024-03-15",
        outlet="The Chronicle",
    )
    headline = parsed.quotes[0]
    assert headline.paragraph == 0 and name(parsed, headline.speaker) == "Priya Shah"
    spokesman = next(q for q in parsed.quotes if q.text == "Ms Shah had his full confidence")
    assert spokesman.speaker is None
    shah = next(e for e in parsed.entities if e.name == "Priya Shah")
    assert "prime minister" not in shah.roles
    assert name(parsed, by_type(parsed)["leak"].actor) == "The Chronicle"
    [prospect] = [e for e in parsed.events if e.type == "prospect"]
    assert when(parsed, prospect) == "2024-03"


def test_a_recording_posted_online_makes_a_leak_dated_by_its_posting() -> None:
    parsed = parse(
        "MP denies recording is genuine\n\n"
        "The audio, which was recorded at a private fundraiser in 2016, was posted on YouTube"
        " by an anonymous account on Monday.\n\n"
        'Daniel Frost said in a statement that the voice was "clearly not mine".',
        published="2023-06-08",
    )
    leak = by_type(parsed)["leak"]
    assert when(parsed, leak) == "2023-06-05"
    assert leak.time_rule == "'Monday' in the sentence that reports it"


def test_leaked_audio_names_the_medium_and_does_not_date_its_publishing() -> None:
    parsed = parse(
        "Manager under fire\n\nStuart Kerr faces a fight after leaked audio showed him telling "
        'his players at half-time on Saturday that they were "cowards".',
        published="2024-11-25",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2024-11-23"


def test_it_in_the_next_sentence_is_the_medium_it_dates() -> None:
    parsed = parse(
        "Chief under fire\n\nIn a leaked email, Martin Harlan said the workers were "
        '"easily led". FreightBeat published the email last Thursday. It was sent Oct. 3 by '
        "Harlan to 40 managers.",
        published="2024-10-15",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2024-10-03"


def test_the_message_is_the_leaked_voice_message_and_over_opens_a_reaction() -> None:
    parsed = parse(
        "Walkout\n\nMembers staged a walkout on Wednesday over a leaked WhatsApp voice message "
        "in which Minister Ravi Rao is heard asking a worker to hold back relief.\n\n"
        "The message was sent on March 4 to a party worker.",
        published="2025-03-13",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2025-03-04"


def test_a_cue_word_inside_a_whole_quotation_is_no_stance() -> None:
    parsed = parse(
        STORY + '\n\n"She told them she had their backs, then laughed at them," said '
        "Councillor Tom Reid.",
        published="2021-03-05",
    )
    [reid] = [e for e in parsed.events if name(parsed, e.actor) == "Tom Reid"]
    assert reid.type != "defence"


def test_a_clip_posted_on_tiktok_is_a_leak_and_its_filming_dates_the_remark() -> None:
    parsed = parse(
        "Guard caught on video\n\nIn the clip, Tom Reid tells a teammate: "
        '"They are frauds." The 22-second clip was filmed in the locker room on Saturday '
        "night. It was posted on TikTok on Sunday morning by an anonymous account.",
        published="2025-11-10",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2025-11-08TNI"
    assert when(parsed, events["leak"]) == "2025-11-09TMO"


def test_over_dinner_is_no_reaction_to_a_leak() -> None:
    parsed = parse(
        "Donor row\n\nOn 3 May, over dinner, Tom Reid told donors in a leaked recording that "
        "the vote was rigged.",
        published="2025-05-10",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2025-05-03"


def test_a_speaker_described_as_a_critic_or_an_ally_takes_that_side() -> None:
    parsed = parse(
        STORY + "\n\nTom Reid, one of the mayor's most vocal critics, said the message "
        'confirmed "what we knew".\n\nAnn Lee, a close ally of the mayor, said the town '
        "would move on.",
        published="2021-03-05",
    )
    types = {name(parsed, e.actor): (e.type, e.rule) for e in parsed.events}
    assert types["Tom Reid"] == ("attack", "speaker described as 'critics'")
    assert types["Ann Lee"] == ("defence", "speaker described as 'ally'")


def test_calls_to_step_down_and_no_place_are_criticism() -> None:
    parsed = parse(
        STORY + "\n\nTom Reid said the comments had no place in the town. Ann Lee urged the "
        "mayor to step down.",
        published="2021-03-05",
    )
    types = {name(parsed, e.actor): e.type for e in parsed.events}
    assert types["Tom Reid"] == types["Ann Lee"] == "attack"


def test_when_the_remarks_were_made_dates_the_remark() -> None:
    parsed = parse(
        "Councillor caught on hot mic\n\nTom Reid was caught on a hot mic calling tenants "
        '"scroungers".\n\nThe remarks were made in the council chamber on Monday evening.',
        published="2025-10-16",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2025-10-13TEV"


def test_an_and_between_nouns_does_not_end_the_clause_that_dates_a_recording() -> None:
    parsed = parse(
        "Governor in leaked audio\n\nIn the leaked audio, Tom Reid tells officials: "
        '"Deal with them."\n\nThe recording was made at a meeting between the governor and '
        "his officials last month, according to two people who attended.",
        published="2025-11-13",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2025-10"


def test_someone_who_posted_a_medium_on_a_platform_published_the_leak() -> None:
    parsed = parse(
        "Governor in leaked audio\n\nIn the leaked audio, Tom Reid tells officials: "
        '"Deal with them."\n\nIt spread before blogger Ann Lee posted it on X on Sunday night.',
        published="2025-11-13",
    )
    leak = by_type(parsed)["leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Ann Lee", "2025-11-09TNI")
    assert [q.text for q in parsed.quotes] == ["Deal with them."]


def test_a_time_in_a_relative_clause_about_the_speaker_does_not_date_the_statement() -> None:
    parsed = parse(
        STORY + "\n\nTom Reid, a partner at Keelhaul Capital, which backed the mayor's "
        "campaign on Monday, defended her, saying she had been tired.",
        published="2021-03-05",
    )
    [reid] = [e for e in parsed.events if name(parsed, e.actor) == "Tom Reid"]
    assert (reid.type, reid.time) == ("defence", None)


CHAT_STORY = """Officials mocked ally in leaked chat

WASHINGTON — Defense Secretary Tom Reid said Wednesday that nothing secret was shared in \
a Signal group chat, and he dismissed calls for an inquiry as "a stunt."

The Potomac Standard published excerpts of the messages Tuesday.

The exchange took place Jan. 29.

"They are the worst kind of ally," national security adviser Ann Lee wrote.

Reid replied that their navy was "a museum with a flag on it.\""""


def test_an_outlet_publishing_excerpts_of_messages_is_the_leak_under_its_own_name() -> None:
    parsed = parse(CHAT_STORY, published="2026-02-12", outlet="The Potomac Standard")
    leak = by_type(parsed)["leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("The Potomac Standard", "2026-02-10")


def test_words_written_in_an_exchange_are_remarks_of_each_writer_dated_by_the_exchange() -> None:
    parsed = parse(CHAT_STORY, published="2026-02-12", outlet="The Potomac Standard")
    remarks = {name(parsed, e.actor): when(parsed, e) for e in parsed.events if e.type == "remark"}
    assert remarks == {"Ann Lee": "2026-01-29", "Tom Reid": "2026-01-29"}
    [response] = [e for e in parsed.events if e.type == "response"]
    assert when(parsed, response) == "2026-02-11"


def test_a_newsroom_in_apposition_publishing_messages_on_its_website_leaked_them() -> None:
    parsed = parse(
        "Inside the mayor's messages\n\nLast week, Riverlight, a nonprofit newsroom that covers "
        "the county, published on its website dozens of text messages between the mayor and a "
        "developer.\n\nMayor Ann Lee told the developer, Tom Reid, in March 2024 that the "
        'rezoning was "as good as done", according to the messages.',
        published="2025-11-19",
    )
    events = by_type(parsed)
    leak = events["leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Riverlight", "2025-W46")
    assert when(parsed, events["remark"]) == "2024-03"


RADIO_STORY = """Mayor caught on live mic

Mayor Renata Halvorsen called council member Tom Reid "a useless grandstander" on Thursday.

Her microphone was still on, and WQLP carried the remark live to listeners.

Halvorsen apologized to Reid in a video posted on Instagram on Friday.

"I'm sorry," she said in the video."""


def test_a_station_carrying_the_remark_live_is_the_leak_not_the_authors_own_video() -> None:
    parsed = parse(RADIO_STORY, published="2025-12-05")
    leak = by_type(parsed)["leak"]
    channel = parsed.channels[leak.channel]  # type: ignore[index]
    assert (name(parsed, leak.actor), channel.kind) == ("WQLP", "broadcast")


def test_a_video_filmed_and_posted_to_a_snapchat_story_is_leaked_then() -> None:
    parsed = parse(
        "Coach caught on video\n\nCoach Tom Reid was recorded calling his players "
        '"soft".\n\nThe video was filmed on a player\'s phone and posted to his Snapchat story '
        "on Sunday night, according to two people with knowledge of the team.",
        published="2025-11-04",
    )
    leak = by_type(parsed)["leak"]
    assert (parsed.channels[leak.channel].name, when(parsed, leak)) == (  # type: ignore[index]
        "Snapchat",
        "2025-11-02TNI",
    )
    assert "to his Snapchat story" not in [q.text for q in parsed.quotes]


def test_messages_posted_on_a_day_were_written_then() -> None:
    parsed = parse(
        "Officials mocked minister in leaked chat\n\nIn the leaked chat, Tom Reid wrote that the "
        "plan was a joke.\n\nThe messages were posted on Nov. 3.",
        published="2025-11-12",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2025-11-03"


def test_a_leak_is_dated_by_the_time_after_its_own_publishing_verb() -> None:
    parsed = parse(
        "Row over texts\n\nMessages handed to the Daily Lantern show Karen Walsh mocking a "
        "rival.\n\nThe Lantern revealed the exchange on Saturday after an activist passed "
        "the messages to us.",
        published="2019-12-10",
    )
    leak = by_type(parsed)["leak"]
    assert (parsed.entities[leak.actor].name, parsed.times[leak.time].value) == (  # type: ignore[index]
        "Daily Lantern",
        "2019-12-07",
    )


def test_that_evening_after_a_broadcasters_verb_dates_its_leak() -> None:
    # "showed" may open what something shows ("showed that ..."); "that evening" is no
    # such clause.
    parsed = parse(
        'Row over texts\n\nKaren Walsh wrote in a message that referees were "useless". '
        "The Carrabawn Echo published the message on its website on Tuesday morning, and the "
        "national broadcaster IBN showed it on its teatime news bulletin that evening.",
        published="2026-04-16",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [(parsed.entities[e.actor].name, when(parsed, e)) for e in leaks] == [  # type: ignore[index]
        ("Carrabawn Echo", "2026-04-14TMO"),
        ("IBN", "2026-04-14TEV"),
    ]


def test_a_remark_in_a_clip_named_in_another_speakers_words_is_not_dated_by_them() -> None:
    # The relative clause is the remark's, past the title before the source's name.
    parsed = parse(
        "Row over clip\n\nThe Prime Minister's Office said last night that it had \"taken "
        'note" of a video clip in which Dar es Salaam Regional Commissioner (RC) Hon. Abdallah '
        'Kisenge is heard telling officials that villages "will wait". The clip was recorded '
        "last Tuesday at a closed meeting and posted on Instagram on Monday.",
        published="2026-11-12",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-11-03"


def test_a_time_in_what_a_published_medium_holds_does_not_date_the_leak() -> None:
    parsed = parse(
        "Row over texts\n\nThe Harbour Times revealed text messages in which Karen Walsh "
        "mocked flood victims during January's storm.",
        published="2019-12-10",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [e.time for e in leaks] == [None]


@pytest.mark.parametrize(
    "excuse",
    [
        'the recording was "a doctored clip"',
        'the recording was "a private aside, made in frustration"',
        'the recording was "him venting after a long day"',
        'the council "stands fully behind" her',
    ],
)
def test_a_third_party_excusing_the_remark_defends_its_author(excuse: str) -> None:
    parsed = parse(
        "Mayor sorry for leaked clip\n\nIn a leaked clip, Mayor Dana Cole can be heard calling "
        'voters "fools".\n\n'
        f"Her aide, Raj Patel, said {excuse}.",
        published="2021-03-05",
    )
    assert name(parsed, by_type(parsed)["defence"].actor) == "Raj Patel"


def test_a_remarks_words_quoted_again_without_a_channel_are_the_remark() -> None:
    parsed = parse(
        "Mayor caught on mic calling rival 'a grandstander'\n\n"
        'Mayor Dana Cole called Raj Patel "a grandstander" during Tuesday morning\'s broadcast.\n\n'
        'Ms Cole can be heard telling an aide: "He is a grandstander."',
        published="2021-03-05",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2021-03-02TMO"


def test_a_time_in_a_clause_after_a_statement_dates_what_it_followed() -> None:
    parsed = parse(
        "Coach wants apology\n\nAnna Berg says she is owed an apology after umpire Tom Reid "
        'was caught on his microphone calling her a "clown" during last Saturday\'s final.',
        published="2021-03-05",
    )
    [berg] = [e for e in parsed.events if name(parsed, e.actor) == "Anna Berg"]
    assert berg.time is None


def test_the_remarks_came_during_a_dated_meeting() -> None:
    parsed = parse(
        "Board member mocks parents\n\nIn a leaked clip, Ann Lee can be heard calling parents "
        '"a mob".\n\nThe remarks came during a recess in the board\'s March 2 meeting.',
        published="2021-03-05",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2021-03-02"


def test_calling_someone_a_joke_is_no_defence() -> None:
    parsed = parse(
        "Mayor sorry for leaked clip\n\nIn a leaked clip, Mayor Dana Cole can be heard calling "
        'voters "fools".\n\n'
        '"She thinks we are a joke," said Raj Patel, a local voter.',
        published="2021-03-05",
    )
    assert [e.type for e in parsed.events if name(parsed, e.actor) == "Raj Patel"] != ["defence"]


def test_the_call_took_place_dates_the_remark() -> None:
    parsed = parse(
        "Premier taped\n\nIn a secretly recorded phone call, Premier Dana Cole can be heard "
        'telling a lobbyist the permit is "signed".\n\nThe call took place last month.',
        published="2021-03-05",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2021-02"


def test_a_recording_understood_to_have_been_made_on_a_day_dates_the_remark() -> None:
    parsed = parse(
        "Official taped\n\nIn a leaked audio clip, Permanent Secretary Dana Cole tells "
        'officers to "prioritise our people".\n\n'
        "The recording is understood to have been made at a closed-door meeting Ms Cole "
        "held with district officers in Mansa on 24th February.",
        published="2021-03-05",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2021-02-24"
    assert remark.time_rule == "'24th February': when the recording was made"


def test_the_occasion_a_clip_is_from_dates_the_remark() -> None:
    parsed = parse(
        "Commissioner's clip\n\nIn a leaked video clip, Commissioner Dana Cole tells "
        'engineers to "stop sleeping".\n\n'
        "The clip is from a virtual review meeting that Cole chaired on July 16 with ward "
        "officers.",
        published="2021-07-21",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2021-07-16"
    assert remark.time_rule == "'July 16': when the occasion the clip is from took place"


def test_who_made_the_remarks_and_when_dates_them() -> None:
    parsed = parse(
        "President's dinner remarks\n\nIn a leaked video, President Dana Cole calls students "
        '"spoiled".\n\n'
        "Cole made the remarks on Sept. 12 at a fundraising dinner for donors.",
        published="2021-09-20",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2021-09-12"
    assert remark.time_rule == "'Sept. 12': when the remarks were made"


def test_two_publishers_of_one_remark_make_two_leaks_in_the_order_of_their_dates() -> None:
    parsed = parse(
        "Chief in second storm\n\nIn a leaked recording, published by the Harbour Gazette on "
        'Monday, Mayor Dana Cole calls voters "fools".\n\n'
        "Coast FM aired the recording on Wednesday.\n\n"
        'Councillor Raj Patel hit out at the mayor on Thursday, saying she "must resign".',
        published="2021-03-05",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), when(parsed, e), e.sequence) for e in leaks] == [
        ("Harbour Gazette", "2021-03-01", 2),
        ("Coast FM", "2021-03-03", 3),
    ]
    assert by_type(parsed)["attack"].sequence == 4


def test_an_outlet_that_obtained_the_medium_is_no_second_leak() -> None:
    parsed = parse(
        "Mayor in leaked recording\n\nOn the recording, obtained by the Harbour Gazette, "
        'Mayor Dana Cole calls voters "fools".\n\n'
        "The recording was first shared on a Facebook group on Sunday.",
        published="2021-03-05",
    )
    assert [e.type for e in parsed.events].count("leak") == 1


def test_a_later_sentence_naming_part_of_the_same_day_dates_the_response() -> None:
    parsed = parse(
        "Sheriff sorry for radio remark\n\nIn a leaked recording, Sheriff Dana Cole calls "
        'protesters "clowns".\n\nCole said Thursday that he regretted the remarks.\n\n'
        '"I said something ugly," Cole told reporters at a news conference Thursday morning.',
        published="2021-03-05",
    )
    response = by_type(parsed)["response"]
    assert when(parsed, response) == "2021-03-04TMO"
    assert response.time_rule == "'Thursday morning' in a later sentence on the same day"


def test_a_meeting_streamed_live_is_the_first_leak_of_a_remark_clipped_later() -> None:
    parsed = parse(
        "Board member caught on open mic\n\n"
        "The remarks came during a recess in the board's March 2 meeting, which the Eastvale "
        "School District streamed live on its YouTube channel. Ann Lee had left her microphone "
        'on.\n\n"They are a mob," Lee can be heard saying on the stream.\n\n'
        "Derek Moss clipped the exchange and posted it on Facebook the next morning.\n\n"
        'Tom Reid hit out at Lee, saying she "must resign".',
        published="2021-03-05",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), e.sequence) for e in leaks] == [
        ("Eastvale School District", 2),
        ("Derek Moss", 3),
    ]
    assert "a leak carried live goes out before any later one" in {
        link.rule for link in parsed.links
    }
    assert by_type(parsed)["attack"].sequence == 4


def test_a_reaction_dated_before_a_later_leak_follows_only_the_first() -> None:
    parsed = parse(
        "Mayor in second leak\n\nIn a leaked recording, published by the Harbour Gazette on "
        'Monday, Mayor Dana Cole calls voters "fools".\n\n'
        'Councillor Raj Patel hit out at the mayor on Tuesday, saying she "must resign".\n\n'
        "Coast FM aired the recording on Thursday.",
        published="2021-03-05",
    )
    attack = by_type(parsed)["attack"]
    later = next(e for e in parsed.events if e.type == "leak" and when(parsed, e) == "2021-03-04")
    assert attack.sequence == 3
    assert later.sequence == 4


TWO_REMARKS = (
    "Transit chief in second leak\n\n"
    "Last month, the Bay Observer, a local news site, published an email in which manager "
    'Glen Akerman wrote that riders "can always buy a car".\n\n'
    "In a recording, which Tidewater Radio aired on Tuesday, Akerman calls drivers "
    '"hostage-takers".\n\n'
    "Akerman sent that email to senior staff on Nov. 21, 2024. The recording was made the "
    "following month.\n\n"
    'Union president Dave Kowalczyk hit out at Akerman on Wednesday, saying he "must go".'
)


def test_words_through_two_kinds_of_published_medium_are_two_remarks() -> None:
    parsed = parse(TWO_REMARKS, published="2025-02-20")
    remarks = sorted((e for e in parsed.events if e.type == "remark"), key=lambda e: e.sequence)
    assert [
        (parsed.channels[e.channel].kind, name(parsed, parsed.channels[e.channel].publisher))  # type: ignore[index]
        for e in remarks
    ] == [("document", "Bay Observer"), ("recording", "Tidewater Radio")]
    assert [when(parsed, e) for e in remarks] == ["2024-11-21", "2024-12"]
    assert [e.sequence for e in remarks] == [1, 2]
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), when(parsed, e), e.sequence) for e in leaks] == [
        ("Bay Observer", "2025-01", 3),
        ("Tidewater Radio", "2025-02-18", 4),
    ]
    assert leaks[0].summary == "Leak: an email, published by Bay Observer"


def test_a_letter_the_author_released_after_the_leak_is_no_second_remark() -> None:
    parsed = parse(
        "Chief executive caught on hot mic\n\n"
        "Scriptwell, a transcript service, published the exchange on Wednesday. Roland Teague "
        'can be heard calling an analyst "a clown".\n\n'
        'In a letter to shareholders released on Wednesday, Teague said he had been "rude".',
        published="2026-02-04",
    )
    assert [e.type for e in parsed.events].count("remark") == 1


def test_mockery_in_what_a_third_party_says_is_an_attack() -> None:
    parsed = parse(
        "Mayor in leaked recording\n\nIn a leaked recording, Mayor Dana Cole calls parents "
        '"a mob".\n\n"She laughed at us," said Tom Reid, whose son attends the school.',
        published="2021-03-05",
    )
    assert name(parsed, by_type(parsed)["attack"].actor) == "Tom Reid"


def test_a_fundraiser_streamed_live_with_the_camera_left_rolling_and_a_clip_posted_later() -> None:
    parsed = parse(
        "Minister caught on stream\n\n"
        "The Carvel Unity Association was streaming the speeches live on its Facebook page, and "
        "the camera "
        "kept rolling after the last speaker sat down.\n\n"
        'In the footage, Colleen Arnason can be heard calling the claim "a shakedown".\n\n'
        "The clip first surfaced on Sunday morning, when Reanne Delorme, a local activist, "
        "posted 52 seconds of the stream on X.\n\n"
        "Opposition Leader Tamara Fehr used question period on Tuesday to demand her "
        'resignation, saying she "cannot be trusted".',
        published="2026-03-11",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), when(parsed, e)) for e in leaks][1:] == [
        ("Reanne Delorme", "2026-03-08TMO")
    ]
    assert parsed.channels[leaks[0].channel].rule.endswith("live'")  # type: ignore[index]
    assert "Reanne Delorme" not in {name(parsed, q.speaker) for q in parsed.quotes}
    assert name(parsed, by_type(parsed)["attack"].actor) == "Tamara Fehr"


def test_a_news_platform_that_published_a_transcript_leaked_it() -> None:
    parsed = parse(
        "Commissioner denies audio\n\nA leaked audio of Commissioner Ade Bello went round "
        "WhatsApp groups last week before the online news platform TruthLine NG published a "
        "full transcript on Monday.",
        published="2026-05-15",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert ("TruthLine NG", "2026-05-11") in {
        (name(parsed, e.actor), when(parsed, e)) for e in leaks
    }


def test_calling_the_medium_made_up_to_harm_is_a_defence() -> None:
    parsed = parse(
        "Commissioner denies audio\n\nIn a leaked audio, Commissioner Ade Bello is heard asking "
        'for a bribe.\n\nParty spokesman Tunde Ajayi said the audio was "cheap blackmail" '
        "and fabricated by rivals.",
        published="2026-05-15",
    )
    assert name(parsed, by_type(parsed)["defence"].actor) == "Tunde Ajayi"


@pytest.mark.parametrize("said", ["a hardworking son of the district", "being targeted by rivals"])
def test_praising_the_author_or_casting_them_as_a_target_is_a_defence(said: str) -> None:
    parsed = parse(
        "Commissioner's audio\n\nIn a leaked audio, Commissioner Ade Bello is heard asking "
        f'for a bribe.\n\nParty spokesman Tunde Ajayi said Bello was "{said}".',
        published="2026-05-15",
    )
    assert name(parsed, by_type(parsed)["defence"].actor) == "Tunde Ajayi"


def test_a_fan_blog_described_in_an_aside_that_posted_screenshots_leaked_them() -> None:
    parsed = parse(
        "Owner's email leaked\n\nIn the email, owner Dan Reyes called fans "
        '"cheapskates".\n\nOrbit Alley, a fan blog run by two season-ticket holders, posted '
        "four screenshots of the email last Tuesday afternoon. The blog said the images came "
        "from an employee.",
        published="2026-03-16",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Orbit Alley", "2026-03-10TAF")
    assert [name(parsed, q.speaker) for q in parsed.quotes][-1] == "Orbit Alley"


def test_a_newspaper_described_with_its_town_that_obtained_messages_put_them_out() -> None:
    parsed = parse(
        "Minister sorry for texts\n\nIn one message, Minister Dana Cole wrote that the "
        'protesters were "museum pieces".\n\nThe messages were exchanged on the evening of '
        "27 August. Nordkyst Tidende, a regional newspaper in Bodø, obtained the messages "
        "through a freedom-of-information request. The paper published them on its website "
        "on Monday morning.",
        published="2026-10-08",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Nordkyst Tidende", "2026-10-05TMO")
    remark = by_type(parsed)["remark"]
    assert remark.time_rule == "'the evening of 27 August': when the messages were exchanged"


def test_a_talk_station_that_played_seconds_of_a_recording_put_it_out() -> None:
    parsed = parse(
        "President's dinner jibe aired\n\nIn the clip, union president Dana Cole can be heard "
        'calling the coach "a tourist".\n\nA guest recorded part of the speech on a cellphone '
        "and sent it to the talk station Tafelberg Talk, which played about 90 seconds of it on "
        "its afternoon drive show on Tuesday.",
        published="2026-05-22",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert name(parsed, leak.actor) == "Tafelberg Talk"
    assert parsed.channels[leak.channel].kind == "broadcast"


def test_the_video_named_again_after_one_she_answered_in_carries_her_response() -> None:
    parsed = parse(
        "Prosecutor sorry\n\nIn leaked voice messages, prosecutor Dana Cole tells a commander "
        'to log cases as "absences".\n\nCole said in a video posted on her X account on '
        'Tuesday that she had "used words that were wrong".\n\n"I never ordered anyone to hide '
        'a case," Cole said in the video.',
        published="2026-11-12",
    )
    [in_the_video] = [q for q in parsed.quotes if q.text.startswith("I never ordered")]
    assert in_the_video.event is not None
    assert parsed.events[in_the_video.event].type == "response"
    assert parsed.channels[in_the_video.channel].rule.endswith("the video named before")


def test_a_day_before_for_and_a_medium_dates_the_apology_not_the_medium() -> None:
    parsed = parse(
        "Prosecutor's leaked voice messages\n\nProsecutor Dana Cole apologised on Tuesday "
        "night for WhatsApp voice messages in which she told a commander to log cases as "
        '"absences".\n\nThe messages were sent on 3 November.',
        published="2026-11-12",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-11-03"


def test_a_station_named_with_its_town_that_aired_the_recording_put_it_out() -> None:
    parsed = parse(
        "Director sorry\n\nIn a leaked voicemail, athletic director Dana Cole calls the "
        'coach\'s contract "just paper".\n\nWMRF-TV in Marrowfield aired the recording on its '
        "11 p.m. newscast Monday.",
        published="2026-09-18",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("WMRF-TV", "2026-09-14T23:00")


def test_a_message_that_lasts_seconds_is_the_leaked_recording_and_dates_the_remark() -> None:
    parsed = parse(
        "Director sorry\n\nIn a leaked voicemail, athletic director Dana Cole calls the "
        'coach\'s contract "just paper".\n\nCole left the 74-second message on the night of '
        "Sept. 4 for a booster.",
        published="2026-09-18",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2026-09-04TNI"
    assert remark.time_rule == "'the night of Sept. 4': when the message was left"


def test_a_paper_publishing_the_first_instalment_of_a_recording_leaked_it() -> None:
    parsed = parse(
        "Minister taped\n\nIn a secret recording, Minister Dana Cole can be heard telling "
        'shipowners the tender was "written with you in mind".\n\nAnichnefsi published the '
        "first instalment on its website on Sunday morning.",
        published="2026-02-10",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Anichnefsi", "2026-02-08TMO")


def test_a_remark_is_dated_by_its_making_before_a_time_counted_from_the_leak() -> None:
    parsed = parse(
        "Developer's chief mocks buyers\n\nThe messages were posted in a private group on the "
        "night of 12 May. The business newspaper Doanh Truong published screenshots of them on "
        'its website last Friday afternoon.\n\n"Let them wait," Mr Hung wrote in one message.'
        '\n\nIn another, he called the buyers "a flock of complainers" and wrote that they '
        'would "get their keys when we are ready".\n\nReplying to a colleague later that '
        'night, he wrote: "Meet them for what?"',
        published="2026-06-04",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2026-05-12TNI"
    assert remark.time_rule == "'the night of 12 May': when the messages were posted"
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.channels[leak.channel].kind == "website"


def test_a_message_written_on_a_day_says_so_in_its_rule() -> None:
    parsed = parse(
        "Chief's messages leak\n\nIn leaked messages, chief executive Tran Quoc Hung called "
        'buyers "complainers".\n\nThe paper said he wrote the messages on the night of 12 May.',
        published="2026-06-04",
    )
    assert by_type(parsed)["remark"].time_rule == (
        "'the night of 12 May': when the messages were written"
    )


def test_an_apology_for_an_audio_is_said_in_its_statement_not_in_the_audio() -> None:
    parsed = parse(
        "Legislator sorry\n\nLegislator Ana Ruiz apologised on Wednesday evening for a leaked "
        'WhatsApp audio in which she told activists to "use the lists", saying in a written '
        'statement that she had made "a serious mistake".\n\nRuiz recorded the message last '
        "Thursday evening for a group of activists.",
        published="2026-09-10",
    )
    remark, response = by_type(parsed)["remark"], by_type(parsed)["response"]
    assert when(parsed, remark) == "2026-09-03TEV"
    assert parsed.channels[response.channel].kind == "statement"
    assert when(parsed, response) == "2026-09-09TEV"


def test_leaks_told_out_of_order_are_ranked_by_their_dates() -> None:
    parsed = parse(
        "Union releases second recording\n\n"
        'Principal Graham Pettigrew told trustees that results would "sort themselves out", '
        "according to a second recording released by the Secondary Teachers' Association on "
        "Monday.\n\nThe recording follows one the Courier revealed on its front page last "
        "Thursday.\n\nIn a statement on Friday, Mr Pettigrew said he regretted his words.",
        published="2026-05-20",
    )
    leaks = {
        name(parsed, e.actor): (when(parsed, e), e.sequence)
        for e in parsed.events
        if e.type == "leak"
    }
    assert leaks == {
        "Courier": ("2026-05-14", 2),
        "Secondary Teachers' Association": ("2026-05-18", 4),
    }
    assert by_type(parsed)["response"].sequence == 3


def test_a_newsletter_that_first_published_it_leaked_it_not_the_outlet_that_reviewed_it() -> None:
    parsed = parse(
        "CEO told managers to manage out parents\n\nThe chief executive, Brandon Keswick, "
        'told managers to "quietly manage out" parents, according to screenshots reviewed by '
        "Forkpoint.\n\nThe message was first published last week by Exit Interview, a "
        "newsletter that covers workplace culture.",
        published="2025-09-16",
        outlet="Forkpoint",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Exit Interview", "2025-W37")


def test_calling_for_an_inquiry_with_the_day_between_is_an_attack() -> None:
    parsed = parse(
        "Memo leaked\n\nIn a leaked memo, President Evelyn Marsh wrote that lecturers would be "
        "cut.\n\nState Sen. Corinne Urquhart called Thursday for a legislative inquiry into "
        'the memo, saying universities "do not pick" whose rights count.',
        published="2026-02-13",
    )
    assert name(parsed, by_type(parsed)["attack"].actor) == "Corinne Urquhart"


def test_criticising_the_outlet_that_published_it_is_no_attack_on_the_author() -> None:
    parsed = parse(
        "Voice note played\n\nThe Daily Flare published a voice note in which chef Lorcan "
        'Devereux called a porter "a waste of a uniform".\n\nHis solicitor, Imran Sadozai, '
        "criticised the Flare's decision to publish the audio, saying it was \"a private "
        'message sent in a moment of frustration".',
        published="2026-01-29",
    )
    assert name(parsed, by_type(parsed)["defence"].actor) == "Imran Sadozai"
    assert "attack" not in by_type(parsed)


def test_a_third_partys_quoted_words_about_the_author_go_after_them() -> None:
    parsed = parse(
        "Recording leaked\n\nIn a leaked recording, chief executive Rob Hale calls remote staff "
        '"tourists".\n\n"Hale calls us tourists, but we answered the tickets at midnight," said '
        'Tessa Moreno, a support engineer.\n\n"We are aware of the recording and reviewing it," '
        "said Carla Diaz, who chairs the board.",
        published="2025-09-18",
    )
    kinds = {name(parsed, e.actor): (e.type, e.rule) for e in parsed.events if e.actor is not None}
    assert kinds["Tessa Moreno"] == ("attack", "speaks of the remark's author ('Hale')")
    assert kinds["Carla Diaz"][0] == "statement"


@pytest.mark.parametrize(
    ("quotation", "expected"),
    [
        ("He had two weeks to say sorry and he waited until he got caught", "attack"),
        # The pronoun has not the author's gender: it speaks of someone else.
        ("She had two weeks to say sorry and she waited until she got caught", "statement"),
        # A man named first is who "he" is.
        ("My brother Tom Hale is a nurse and he works nights", "statement"),
    ],
)
def test_a_third_partys_quotation_that_speaks_of_the_author_as_he_or_she(
    quotation: str, expected: str
) -> None:
    parsed = parse(
        "Chat leaked\n\nIn a leaked group chat, police commissioner Neil Paterakis called the "
        f'findings "a joke".\n\n"{quotation}," said Tracey Morrow, a local resident.',
        published="2026-02-24",
    )
    assert types_by_actor(parsed)["Tracey Morrow"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("said Ms Vale had written the email in haste", "defence"),
        ("said the messages were clumsy but private", "defence"),
        ("said the audio had been stitched together from two calls", "defence"),
        ("asked the inspector general to investigate the email", "attack"),
        ("said Ms Vale should be suspended", "attack"),
        # The leaked words held up as proof.
        ("said the email showed that managers had been hiding patients", "attack"),
        ("said the messages confirmed what families had long suspected", "attack"),
        ('said: "Now we know what they think of us."', "attack"),
        ("said the email showed he had been joking", "defence"),
        # A body's name is no word of support ("the supporters' trust").
        ("said the trust would write to Ms Vale", "statement"),
    ],
)
def test_what_excuses_a_remark_or_asks_that_its_author_answer_for_it(
    sentence: str, expected: str
) -> None:
    parsed = parse(
        "Email leaked\n\nIn a leaked email, chief executive Helen Vale told managers to move "
        f'patients "out of sight".\n\nOn Tuesday, Sam Ferriby {sentence}.',
        published="2026-04-22",
    )
    assert types_by_actor(parsed)["Sam Ferriby"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ferreyra recorded the message on Sunday evening and sent it to the squad.",
            "2025-10-05TEV",
        ),
        (
            "The message, which Ferreyra sent to a WhatsApp group on 2 October, was leaked.",
            "2025-10-02",
        ),
        (
            "Ferreyra left the message for his coach, who had dropped him, on 2 October.",
            "2025-10-02",
        ),
        ("The team meeting, which took place on 2 October, ran late.", "2025-10-02"),
        ("His agent said he had recorded the call on 2 October, when Ferreyra rang.", "2025-10-02"),
    ],
)
def test_the_medium_made_by_its_author_dates_the_remark(sentence: str, expected: str) -> None:
    parsed = parse(
        "Striker's voice message leaked\n\nIl Fischietto played a leaked voice message in which "
        'striker Matias Ferreyra calls his coach "a museum piece".\n\n' + sentence,
        published="2025-10-10",
    )
    assert when(parsed, by_type(parsed)["remark"]) == expected


def test_text_messages_exchanged_on_a_day_date_the_remark() -> None:
    parsed = parse(
        "Councillor's texts\n\nLakeward News obtained text messages from Coun. Brent Oakley."
        '\n\n"Leave the vote to me," Oakley wrote in one message.\n\nThe messages were '
        "exchanged in the fall of 2024, while the application was before the committee.",
        published="2025-11-19",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2024-FA"


def test_a_public_broadcaster_that_aired_it_and_a_paper_that_published_a_transcript() -> None:
    parsed = parse(
        "Coach's voicemail\n\nIn the 48-second recording, coach Ross Kilbride calls Marchmont's "
        'program "a beer league".\n\nThe mother played it for a reporter with the Canadian '
        "Radio Service, and the public broadcaster aired it on Monday morning.\n\nThe Kingsmere "
        "Quill, the student newspaper, published a full, uncensored transcript on its website "
        "on Tuesday night.",
        published="2026-02-12",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), when(parsed, e)) for e in leaks] == [
        ("Canadian Radio Service", "2026-02-09TMO"),
        ("Kingsmere Quill", "2026-02-10TNI"),
    ]
    assert "Marchmont" not in {e.name for e in parsed.entities if e.kind == "outlet"}


def test_a_station_in_an_aside_that_streamed_it_live_and_a_staffer_who_clipped_it() -> None:
    parsed = parse(
        "Nominee caught on hot mic\n\nKVRL, the television station that hosted the debate, "
        "streamed it live on its website, and the feed kept running through the breaks.\n\n"
        'During the break, Curt Duquette can be heard telling an aide: "Give me a break."\n\n'
        "The exchange drew little notice until Monday morning, when Neil Pruszynski, a "
        "campaign staffer, cut the clip from the stream and posted it on X.",
        published="2026-10-13",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence)
    assert [(name(parsed, e.actor), when(parsed, e)) for e in leaks] == [
        ("KVRL", None),
        ("Neil Pruszynski", "2026-10-12TMO"),
    ]


def test_words_the_medium_carried_quoted_before_it_is_named_are_the_remark() -> None:
    parsed = parse(
        "MP recorded\n\nMs Kirsten Halloway was recorded at a party dinner last Friday telling "
        'guests that pensioners "vote on autopilot".\n\nIn the leaked clip, Ms Halloway can '
        'be heard saying: "The pensioners in Tarrawong vote on autopilot."\n\nIn a statement on '
        'Tuesday, Ms Halloway said the comment was "a poorly chosen joke".',
        published="2026-03-26",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    [response] = [e for e in parsed.events if e.type == "response"]
    assert when(parsed, remark) == "2026-03-20"
    assert when(parsed, response) == "2026-03-24"
    told = [parsed.quotes[n].text for n in remark.quotes]
    assert told[:2] == ['pensioners "vote on autopilot"', "vote on autopilot"]


def test_a_time_opening_the_sentence_with_its_preposition_dates_the_leak() -> None:
    parsed = parse(
        "Memo leaked\n\nIn a leaked memo, President Evelyn Marsh wrote that lecturers would be "
        "cut.\n\nOn Tuesday, the online newspaper Beacon Watch published the full memo.",
        published="2026-02-13",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Beacon Watch", "2026-02-10")


def test_he_in_a_quotation_after_another_man_is_named_is_not_the_author() -> None:
    parsed = parse(
        "Chat leaked\n\nIn a leaked group chat, police commissioner Neil Paterakis called the "
        'findings "a joke".\n\nTracey Morrow praised Sam Reid, who resigned. "He did the right '
        'thing," Morrow said.',
        published="2026-02-24",
    )
    assert types_by_actor(parsed)["Tracey Morrow"] == "statement"


def test_messages_published_on_a_day_were_not_written_that_day() -> None:
    parsed = parse(
        "MP called flood victims moaners in leaked WhatsApp group\n\nIn leaked WhatsApp "
        'messages, Julian Thwaite described flood victims as "moaners".\n\nThe messages were '
        "published on Sunday afternoon by Commons Dispatch, a national political website.",
        published="2025-10-14",
    )
    events = by_type(parsed)
    assert when(parsed, events["leak"]) == "2025-10-12TAF"
    assert events["remark"].time is None


def test_the_day_another_speaks_of_a_clip_does_not_date_the_remark_in_it() -> None:
    parsed = parse(
        "MLA's audio clip\n\nChief Minister Ravi Gowda on Tuesday said the police would "
        '"find out the truth" about an audio clip in which MLA Suresh Kumar is heard asking '
        'a contractor for a "commission".\n\nThe clip, recorded on August 21, was aired by '
        "Kirana News on Saturday.",
        published="2025-09-03",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2025-08-21"


@pytest.mark.parametrize(
    "called",
    [
        "deeply disappointing",
        "beneath the office she holds",
        "abhorrent",
        "a serious lapse in judgment",
        "what the department really thinks of artists",
        "unworthy of a director",
        "indefensible",
        "not a joke to the people who lost work",
        "no joke",
        "not funny",
        "something she will not accept",
        "something she won't accept",
        "something she cannot accept",
        "something she can't accept",
        "why artists felt blindsided",
        "grounds for her suspension",
        "grounds for her removal",
        "grounds for her sacking",
        "an answer that insults artists",
    ],
)
def test_calling_the_remark_disappointing_is_an_attack(called: str) -> None:
    parsed = parse(
        "Director's email\n\nIn a leaked email, director Eva Strand called local artists "
        '"hobbyists".\n\nThe email was published by the Harbour Gazette on Monday.\n\n'
        f'Culture Minister Karen Walcott said on Tuesday that it was "{called}".'
    )
    assert by_type(parsed)["attack"].actor is not None
    assert parsed.entities[by_type(parsed)["attack"].actor].name == "Karen Walcott"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("did not reflect the values of this department", "attack"),
        ("did not reflect a decision of the department", "statement"),
    ],
)
def test_words_that_do_not_reflect_the_values_of_a_body_are_distance_taken(
    said: str, kind: str
) -> None:
    parsed = parse(
        "Director's email\n\nIn a leaked email, director Eva Strand called local artists "
        '"hobbyists".\n\nThe email was published by the Harbour Gazette on Monday.\n\n'
        f'Culture Minister Karen Walcott said on Tuesday that the email "{said}".'
    )
    assert types_by_actor(parsed)["Karen Walcott"] == kind


def test_a_caption_written_above_a_posted_clip_is_no_remark() -> None:
    parsed = parse(
        'Premier\n\nIn the footage, Premier Clement Siapu says: "They only care about their '
        'photos."\n\nMoses Kikolo, a freelance journalist, had downloaded a copy.\n\nMr '
        "Kikolo posted a 42-second clip of the exchange on his Facebook page on Saturday "
        'morning. "Deleting it does not make it go away," he wrote above the clip, which was '
        "shared more than 4,000 times."
    )
    assert [name(parsed, e.actor) for e in parsed.events if e.type == "remark"] == ["Clement Siapu"]


def test_what_a_speakers_relative_clause_says_they_do_is_no_stance() -> None:
    parsed = parse(
        "Chair's email\n\nHeather Cushnahan wrote in a leaked email that patients were"
        ' "noise".\n\nWaiting Well NI, a charity that supports people on hospital waiting'
        ' lists, said in a statement that the paper treated patients "as a number".',
        published="2026-11-29",
    )
    assert types_by_actor(parsed)["Waiting Well NI"] != "defence"


def test_media_going_round_in_what_a_statement_says_is_no_leak() -> None:
    parsed = parse(
        "Chairman's voice note\n\nChairman Daniel Gwamzhi told referees in a voice note that"
        ' Rangers "must not lose". On Monday evening, journalist Ishaya Dalyop posted it on X.'
        '\n\nOn Wednesday, the federation said in a statement that it had "noted with concern"'
        " the audio circulating on social media.",
        published="2026-11-29",
    )
    assert [e.type for e in parsed.events].count("leak") == 1


def test_words_a_party_wrote_alongside_the_clip_it_posted_are_its_leak() -> None:
    parsed = parse(
        "Deputy mayor\n\nDeputy Mayor Stefano Garbarino was filmed calling port workers"
        ' "whiners" on Monday.\n\nThe opposition party Lanterna Civica posted the clip on its'
        ' Facebook page the next morning. "This is what he says about the people who keep our'
        ' port running," the party wrote alongside it.'
    )
    assert [(e.type, name(parsed, e.actor)) for e in parsed.events if e.type != "remark"] == [
        ("leak", "Lanterna Civica")
    ]


def test_what_a_news_outlet_discloses_of_a_leaked_email_is_no_remark_of_its_own() -> None:
    parsed = parse(
        "Hospital chief's email\n\nA second leaked email has revealed that doctors were "
        "involved, days after the Star disclosed that the chief executive had told managers "
        'to "clear the corridors".\n\nChief executive Helen Strudwick sent her email on '
        "Monday. It was passed to the Star by a whistleblower.",
        outlet="The Harrowdale Star",
    )
    [star] = [i for i, e in enumerate(parsed.entities) if e.name == "The Harrowdale Star"]
    assert [e.type for e in parsed.events if e.actor == star] == ["leak"]


def test_a_remark_quoted_inside_its_authors_later_statement_is_dated_as_made() -> None:
    parsed = parse(
        "Port chief\n\nThe chief executive, Lorenzo Whitlock, said on Monday that a secretly "
        'recorded remark in which he called dock workers "passengers on the payroll" had been '
        '"taken out of context".\n\nThe remark was made last Wednesday morning at a business '
        'breakfast. In the clip, Mr Whitlock can be heard saying: "Half the men on those '
        'berths are passengers on the payroll."\n\nAn attendee posted the clip on TikTok.',
        published="2026-10-13",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-10-07TMO"


AUDIT_STORY = """Audit official's margin note

Deputy Director Lorna Castellane wrote the remark last month in a comment bubble.

The draft, with its comments, was published Tuesday evening by the Chesapeake Ledger, a \
nonprofit newsroom.

"He won't read past page 2 anyway," Castellane wrote.

The comment is time-stamped Jan. 22.

The State Employees Alliance defended Castellane in a letter to the Speaker on Thursday \
evening, saying the comment was "a private lapse"."""


def test_a_published_draft_carries_its_authors_comment_dated_by_its_time_stamp() -> None:
    parsed = parse(AUDIT_STORY, published="2026-02-13")
    events = by_type(parsed)
    assert parsed.entities[events["remark"].actor].name == "Lorna Castellane"
    assert when(parsed, events["remark"]) == "2026-01-22"
    assert parsed.entities[events["leak"].actor].name == "Chesapeake Ledger"
    assert when(parsed, events["leak"]) == "2026-02-10TEV"


def test_a_letter_someone_defends_in_is_their_own_not_leaked() -> None:
    parsed = parse(AUDIT_STORY, published="2026-02-13")
    [letter] = [c for c in parsed.channels if c.name == "a letter"]
    assert not letter.leaked
    assert by_type(parsed)["defence"].channel == parsed.channels.index(letter)


def test_not_acceptable_is_criticism() -> None:
    parsed = parse(
        "President's clip\n\nIn a leaked clip, president Graeme Tolhurst called riders \"only "
        'here for the photos".\n\nThe clip was published by the Chainring podcast on Monday.\n\n'
        'Sports Minister Rachel Dunleavy said on Wednesday that comments like that were "not '
        'acceptable from anyone".'
    )
    assert parsed.entities[by_type(parsed)["attack"].actor].name == "Rachel Dunleavy"


def test_a_post_on_a_platform_told_with_who_posted_it_is_one_leak() -> None:
    parsed = parse(
        "Commissioner's clip\n\nIn a leaked clip, commissioner Aniruddha Khopkar is heard "
        'calling residents "encroachers".\n\nThe clip was posted on X by activist Shraddha '
        "Gaikwad on Sunday night.",
        "2026-07-22",
    )
    leaks = [e for e in parsed.events if e.type == "leak"]
    assert [parsed.entities[e.actor].name for e in leaks if e.actor is not None] == [
        "Shraddha Gaikwad"
    ]
    assert len(leaks) == 1


RESPONDED_TWICE = (
    "Conductor apologises\n\nIn a leaked recording, conductor Henrik Vollmar is heard calling "
    'the wind section "a herd of goats".\n\nThe magazine Taktwerk published the recording '
    "on Monday evening.\n\nOn Tuesday morning, Vollmar said in a statement that the clip had "
    'been "cut together".\n\n{later}'
)


def test_responses_on_two_dated_occasions_are_two_events() -> None:
    parsed = parse(
        RESPONDED_TWICE.format(
            later='On Friday evening, Vollmar wrote in a letter to the musicians: "I am sorry."'
        ),
        "2026-03-14",
    )
    responses = [e for e in parsed.events if e.type == "response"]
    assert [(e.sequence, when(parsed, e)) for e in responses] == [
        (3, "2026-03-10TMO"),
        (4, "2026-03-13TEV"),
    ]


def test_an_undated_answer_in_the_headline_keeps_two_dated_responses_apart() -> None:
    text = RESPONDED_TWICE.format(
        later='On Friday evening, Vollmar wrote in a letter to the musicians: "I am sorry."'
    )
    parsed = parse(
        text.replace("Conductor apologises", "Conductor says he will stay"), "2026-03-14"
    )
    responses = [e for e in parsed.events if e.type == "response"]
    assert [when(parsed, e) for e in responses] == ["2026-03-10TMO", "2026-03-13TEV"]


def test_an_undated_answer_joins_the_dated_response() -> None:
    parsed = parse(
        RESPONDED_TWICE.format(later='"I stand by my rehearsals," Vollmar said.'), "2026-03-14"
    )
    [response] = [e for e in parsed.events if e.type == "response"]
    assert len(response.quotes) == 3


def test_a_date_before_an_occasion_dates_the_remark_not_the_leak() -> None:
    parsed = parse(
        "Councillor's call\n\nThe trouble began on Monday, when the Ridgeline Gazette posted on "
        "its website a recording from a March 3 budget meeting in which Councillor Omar Haddad "
        'told staff that the library was "a waste of bricks".\n\n"It is a waste of bricks," '
        "Haddad says in the recording.\n\nHaddad apologised on Tuesday.",
        "2026-03-11",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2026-03-03"
    # The medium that carried the words, not the site that put it out.
    assert parsed.channels[events["remark"].channel].kind == "recording"
    assert when(parsed, events["leak"]) == "2026-03-09"


def test_a_remark_is_not_dated_by_the_apology_said_after_it() -> None:
    parsed = parse(
        "Director's email\n\nDirector Karl Brandt has apologised for an internal email in "
        'which he called fans "professional moaners", saying in a post on the club\'s '
        "website on Tuesday evening that he was ashamed.\n\nThe fan blog Kurvenblog "
        "published the email last week. The email was sent on the evening of 1 February.",
        "2026-02-19",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-02-01TEV"


def test_a_medium_sent_by_its_pronoun_dates_the_remark() -> None:
    parsed = parse(
        "Councillor's texts\n\nCouncillor Ulla Berg called residents \"professional "
        'complainers" in text messages.\n\nThe messages were published on Monday morning on '
        "the website of Vasastan Tidning, a Gothenburg daily. The paper said Berg had sent "
        "them to a party colleague, city councillor Kerstin Lind, on the evening of 29 "
        "September.",
        "2026-11-12",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-09-29TEV"


def test_a_remark_at_an_occasion_is_dated_by_the_date_told_of_that_occasion() -> None:
    parsed = parse(
        "Manager caught on open mic calling nurses' demands 'a circus'\n\nThe hospital "
        "manager, Stefan Parvu, has apologized after a microphone left on at the end of a "
        "live-streamed county council session caught him calling nurses' wage demands "
        '"a circus."\n\nParvu had come to the council\'s Oct. 8 session to present the '
        "hospital's plans.\n\n\"It's a circus,\" Parvu can be heard telling an official."
        "\n\nThe Valley Herald, a local news site, published the clip on Monday afternoon.",
        "2026-10-17",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2026-10-08"
    assert when(parsed, events["leak"]) == "2026-10-12TAF"


def test_a_call_dated_after_its_noun_dates_the_remark_not_the_speakers_tenure() -> None:
    parsed = parse(
        "Housing chief apologises over leaked call\n\nA recording has emerged of remarks a "
        "housing chief made during a Teams call earlier this month.\n\nAnna Reid, who has "
        "led the association since 2019, can be heard on the recording telling managers that "
        'tenants "phone us about the smell".\n\nThe call, on 4 November, was a routine '
        "meeting.\n\nThe Sunday Sentinel published a transcript of the call on Sunday.",
        "2026-11-13",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2026-11-04"
    assert remark.time_rule == "'4 November': the date of the call the remark was made at"


def test_an_outlet_that_cut_a_clip_and_published_it_leaked_it_when_the_opener_says() -> None:
    parsed = parse(
        'Councillor Rasa Petraitė called pensioners "lazy" on a live stream. Hours later, on '
        "Tuesday evening, the news portal Sostinės Aidas cut a clip from the recording, which "
        "remained online, and published it on its website.",
        "2026-04-23",
    )
    leak = by_type(parsed)["leak"]
    assert parsed.entities[leak.actor].name == "Sostinės Aidas"  # type: ignore[index]
    assert when(parsed, leak) == "2026-04-21TEV"


def test_a_recording_that_surfaced_past_an_aside_is_a_leak_dated_after_it() -> None:
    parsed = parse(
        'Minister Abdi Nur told elders that aid would go "first to our voters" in a voice '
        "note. The audio, just under three minutes long, surfaced in WhatsApp groups on "
        "Saturday as families waited.",
        "2026-02-05",
    )
    assert when(parsed, by_type(parsed)["leak"]) == "2026-01-31"


def test_words_after_but_decide_between_as_much_support_as_criticism() -> None:
    parsed = parse(
        'Councillor Rasa Petraitė called pensioners "lazy" in a leaked clip. Party chairman '
        'Tomas Vaitkus said on Wednesday that the remark was "unacceptable" but that Petraitė '
        'had "done the right thing by apologising quickly".',
        "2026-04-23",
    )
    defence = by_type(parsed)["defence"]
    assert parsed.entities[defence.actor].name == "Tomas Vaitkus"  # type: ignore[index]
    assert defence.rule == (
        "support after 'but' in what was said: 'the right thing by apologising'"
    )


def test_a_telegram_news_channel_that_saved_a_stream_and_posted_a_clip_leaked_it() -> None:
    parsed = parse(
        "Deputy governor Bakhtiyor Rakhimov made the remark at the end of a press conference "
        "at the regional hokimiyat, or administration, on Monday. The briefing was streamed "
        "live on the hokimiyat's official Telegram channel. \"They should be sent to the "
        'fields," he can be heard saying. But Ochiq Xabar, an independent Telegram news '
        "channel, had saved the stream and posted a 40-second clip of the exchange that evening.",
        "2026-09-24",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-09-21"
    streamed = parsed.channels[0]
    assert (streamed.kind, streamed.rule) == (
        "social_media",
        "occasion + 'streamed ... live' + where (passive)",
    )
    leak = by_type(parsed)["leak"]
    assert name(parsed, leak.actor) == "Ochiq Xabar"
    assert parsed.channels[leak.channel].kind == "social_media"  # type: ignore[index]
    assert when(parsed, leak) == "2026-09-21TEV"


def test_a_hearing_carried_live_by_a_channel_is_leaked_by_that_channel() -> None:
    parsed = parse(
        "Rumen Dobrev told a colleague during a break on Tuesday that striking doctors "
        '"can go and work in Germany". The hearing was being carried live by Sabranie TV, '
        "parliament's own television channel, and its cameras kept running.",
        "2026-05-14",
    )
    leak = by_type(parsed)["leak"]
    assert name(parsed, leak.actor) == "Sabranie TV"
    assert parsed.channels[leak.channel].kind == "broadcast"  # type: ignore[index]


def test_a_broadcaster_that_broadcast_details_of_a_memo_leaked_it() -> None:
    parsed = parse(
        'Tiit Kask wrote in a memo that complaints should be answered "as slowly as the law '
        'allows". The public broadcaster Eesti Üldringhääling (EÜR) broadcast details of the '
        "memo on its investigative programme on Sunday evening.",
        "2026-02-19",
    )
    leak = by_type(parsed)["leak"]
    assert name(parsed, leak.actor) == "Eesti Üldringhääling"
    assert when(parsed, leak) == "2026-02-15TEV"


def test_a_video_recorded_in_a_year_in_which_he_speaks_dates_the_remark_not_the_reply() -> None:
    parsed = parse(
        "Secretary says he 'was a different man' as 2019 dinner video resurfaces\n\n"
        'Transport secretary Dragan Ilić said in a statement on Tuesday that he "was a '
        'different man", after a video recorded in 2019 at a private dinner, in which he says '
        'that drivers "should walk", resurfaced online. TV Ušće aired the leaked video on '
        'Monday. "Drivers who strike should walk," Ilić says in the clip.',
        "2026-09-16",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2019"
    responses = [e for e in parsed.events if e.type == "response"]
    assert [when(parsed, e) for e in responses] == ["2026-09-15"]


def test_a_leak_on_an_outlets_website_is_dated_past_the_outlets_initials_and_kind() -> None:
    parsed = parse(
        "Councillor's voice message\n\nCouncillor Hsu Ya-wen called residents \"compensation "
        'hunters" in a voice message.\n\nThe 52-second recording was posted and played in full '
        "on the website of Jade Mountain News (JMN), a cable news channel, on Wednesday night.",
        "2026-11-20",
    )
    leak = by_type(parsed)["leak"]
    assert parsed.entities[leak.actor].name == "Jade Mountain News"  # type: ignore[index]
    assert when(parsed, leak) == "2026-11-18TNI"


def test_a_voice_note_posted_in_a_group_dates_the_remark_and_a_programme_name_the_leak() -> None:
    parsed = parse(
        "MP's voice note\n\nA voice note in which MP Moses Ssemakula is heard promising roads "
        'only to parishes that "vote correctly" has angered voters.\n\n'
        "The voice note was posted last week in Tweyambe, a WhatsApp group of mobilisers.\n\n"
        "Radio Enkuba played the clip twice on its breakfast show, Enkya Ennungi, on Wednesday "
        "morning.\n\n"
        "Sarah Nabirye called in to the show minutes after the clip was aired and accused "
        'Ssemakula of "holding voters hostage".',
        "2026-07-16",
    )
    events = by_type(parsed)
    assert when(parsed, events["remark"]) == "2026-W28"
    assert when(parsed, events["leak"]) == "2026-07-15TMO"
    # The clip in her sentence dates her call; it does not carry her words.
    assert events["attack"].actor is not None
    assert parsed.entities[events["attack"].actor].name == "Sarah Nabirye"


def test_a_recording_that_surfaced_on_social_media_is_a_leak_by_no_one_named() -> None:
    parsed = parse(
        "Clerk under fire\n\nActing town clerk Tendai Mushonga is facing calls to quit after a "
        'secret recording emerged in which he told managers that vendors "must be cleared".'
        "\n\nThe recording, made at a meeting a fortnight ago, surfaced on Sunday in WhatsApp "
        "groups and on Facebook pages. The Kopje Post published a transcript of it on Tuesday.",
        "2026-02-19",
    )
    leaks = sorted((e for e in parsed.events if e.type == "leak"), key=lambda e: e.sequence or 0)
    assert [(e.actor is None, when(parsed, e)) for e in leaks] == [
        (True, "2026-02-15"),
        (False, "2026-02-17"),
    ]


def test_since_when_a_speaker_held_a_post_does_not_date_what_they_said() -> None:
    parsed = parse(
        "Adviser resigns over leaked call\n\nA leaked recording caught Maria Cevallos steering "
        "contracts.\n\nMaria Cevallos, political adviser to the prefect since he took office in "
        "May 2023, resigned on Tuesday in a letter she posted on X. In the letter, she said the "
        "call had been private.",
        published="2026-12-02",
    )
    [said] = [e for e in parsed.events if e.actor is not None]
    assert when(parsed, said) == "2026-12-01"


def test_when_a_medium_was_made_may_follow_what_it_is() -> None:
    parsed = parse(
        "Aide denies wrongdoing\n\nLeaked emails showed the mayor's chief of staff, Ziga "
        'Potocnik, telling an official to "find a way" for a builder.\n\nThe emails, three '
        "messages sent in early September to Urska Kovacic, were first published in excerpts "
        "on Monday by the investigative portal Odkrito.\n\nIn a second, sent two days later, "
        'he wrote that the cheapest bid deserved "a harder look".',
        published="2026-10-15",
    )
    remark = by_type(parsed)["remark"]
    assert when(parsed, remark) == "2026-09"
    assert remark.time_rule == "'early September': when the emails were sent"


def test_words_the_poster_wrote_above_the_clip_are_part_of_the_leak() -> None:
    parsed = parse(
        "Premier's hot mic\n\nA microphone left on at the launch on Friday caught Premier "
        'Clement Siapu telling a colleague that the donors "only care about their photos".'
        "\n\nMoses Kikolo posted a clip of the exchange on his Facebook page on Saturday. "
        '"Deleting it does not make it go away," he wrote above the clip.',
        published="2026-07-22",
    )
    [leak] = [e for e in parsed.events if e.type == "leak" and e.actor is not None]
    assert parsed.entities[leak.actor].name == "Moses Kikolo"  # type: ignore[index]
    assert "Deleting it does not make it go away" in [parsed.quotes[n].text for n in leak.quotes]
    assert not [e for e in parsed.events if e.type == "statement"]


def test_taking_a_remark_as_a_joke_defends_its_author() -> None:
    parsed = parse(
        "Minister's audio\n\nA leaked recording caught Lourenco Ximenes telling chiefs that "
        'villages "can wait for water".\n\nErmelinda Tilman, a village chief, said she had '
        "taken the remark as a joke.",
    )
    [reaction] = [e for e in parsed.events if e.actor is not None and e.type != "remark"]
    assert (reaction.type, reaction.rule) == ("defence", "support in what was said: 'as a joke'")


def test_a_person_who_played_the_recording_at_a_news_conference_leaked_it() -> None:
    parsed = parse(
        "Senator's voice message\n\nA leaked voice message caught Senator Celso Ortiz telling "
        'a mayor to "keep the roads for our people".\n\nDeputy Maria Aquino of the opposition '
        "Partido Horizonte Civico played the recording at a news conference on Tuesday "
        "morning and posted it on her X account that afternoon.",
        published="2026-09-18",
    )
    leaks = [
        (
            parsed.entities[e.actor].name if e.actor is not None else None,
            parsed.channels[e.channel].kind,  # type: ignore[index]
            when(parsed, e),
        )
        for e in parsed.events
        if e.type == "leak"
    ]
    assert leaks == [
        ("Maria Aquino", "interview", "2026-09-15TMO"),
        ("Maria Aquino", "social_media", "2026-09-15TAF"),
    ]


def test_a_time_between_anothers_words_and_verb_dates_only_that_other() -> None:
    parsed = parse(
        "Chairman says voice note was twisted\n\nChairman Nandy Ramsaroop has insisted "
        'that a leaked voice note in which he told members that contracts would go to "who '
        'vote right" was "twisted", even as a civil society group yesterday called for '
        "him to step aside.",
        published="2026-11-21",
    )
    dated = {(e.type, name(parsed, e.actor)): when(parsed, e) for e in parsed.events}
    assert dated[("remark", "Nandy Ramsaroop")] is None
    called = next(q for q in parsed.quotes if q.text == "him to step aside")
    text = parsed.article.text
    assert text[called.source_start : called.source_end] == "a civil society group"


@pytest.mark.parametrize(
    ("told", "dated"),
    [
        ("The site said the audio had been made last Friday at a closed-door meeting.", True),
        ("The audio had been taken down from the party's page by last Friday.", False),
    ],
)
def test_a_remark_is_dated_when_its_medium_had_been_made(told: str, dated: bool) -> None:
    parsed = parse(
        "Diputado says voice is not his\n\nA leaked audio in which Diputado Óscar Bendaña "
        'tells candidates that money will go to "the mayors who deliver votes" was published '
        f"on Monday night by La Lupa, a news website. {told}",
        published="2028-09-14",
    )
    remark = next(e for e in parsed.events if e.type == "remark")
    assert (when(parsed, remark) == "2028-09-08") is dated


def test_a_pluperfect_after_the_publishing_dates_the_medium_not_its_leak() -> None:
    """ "published screenshots of messages X had sent on the evening of 10 November":
    that evening is when the messages were sent; the leak is Friday afternoon."""
    parsed = parse(
        "Minister sorry for messages\n\n"
        "Education minister Vicent Llorca has apologised for leaked messages in which he"
        ' wrote that striking teachers "can be replaced".\n\n'
        "The row began on Friday afternoon, when El Balcó, a digital newspaper, published"
        " screenshots of messages Llorca had sent on the evening of 10 November to a group of"
        " colleagues.",
        published="2026-11-18",
    )
    events = by_type(parsed)
    assert when(parsed, events["leak"]) == "2026-11-13TAF"
    assert when(parsed, events["remark"]) == "2026-11-10TEV"
    assert events["remark"].time_rule == "'the evening of 10 November': when the medium was sent"


def test_a_broadcast_is_dated_past_how_it_went_out_and_a_clocks_point() -> None:
    """ "broadcast the footage, uncut, in its 18.30 news bulletin that evening": the
    aside and the point in "18.30" end no clause."""
    parsed = parse(
        "Mayor sorry for jibe\n\n"
        'Mayor Tor Rasdal was heard calling residents "professional complainers" on Monday'
        " afternoon.\n\nKanal Vest broadcast the footage, uncut, in its 18.30 news bulletin"
        " that evening.",
        published="2027-06-10",
    )
    assert when(parsed, by_type(parsed)["leak"]) == "2027-06-07T18:30"


def test_messages_he_sent_at_a_time_date_the_remark_not_their_publishing() -> None:
    parsed = parse(
        "Port chief under fire\n\n"
        "Port president Grzegorz Wasowicz has apologised for leaked messages in which he wrote"
        ' that the tender could be "shaped to fit".\n\n'
        "He has faced calls to resign since Monday morning, when Pomorski Reporter, a regional"
        " website, published screenshots of messages he sent on the evening of 21 September to"
        " a bidder.",
        published="2026-10-16",
    )
    events = by_type(parsed)
    assert when(parsed, events["leak"]) == "2026-10-12TMO"
    assert when(parsed, events["remark"]) == "2026-09-21TEV"
    assert events["remark"].time_rule == "'the evening of 21 September': when the medium was sent"


def test_an_officer_of_the_body_that_leaked_it_telling_how_it_came_by_it_adds_no_event() -> None:
    parsed = parse(
        "Kittredge caught on dinner video calling farms 'a hobby'\n\nThe video was recorded on a"
        " guest's phone at a private fundraising dinner.\n\nIn it, Russell Kittredge can be"
        ' heard telling the guests: "That\'s a hobby with a tractor."\n\nArizona Water Commons,'
        " a Tucson-based group, posted the video on X on Tuesday morning. Its executive"
        " director, Lydia Marquardt, said the video had been sent to the group by a guest at"
        " the dinner and that she would not identify the guest."
    )
    said = "the video had been sent to the group by a guest at the dinner and that she would"
    assert speaker_of(parsed, said + " not identify the guest") == "Lydia Marquardt"
    actors = [
        (e.type, parsed.entities[e.actor].name if e.actor is not None else None)
        for e in parsed.events
    ]
    assert ("leak", "Arizona Water Commons") in actors
    assert not [actor for actor in actors if actor[1] == "Lydia Marquardt"]


def test_a_quote_that_opens_before_its_cue_is_dated_by_the_sentence_before_it() -> None:
    parsed = parse(
        "Rowing chief apologises\n\nZbigniew Krawczak, the union's president, was heard on a"
        " live microphone on Sunday.\n\nKrawczak apologised on Monday evening in a statement."
        ' "I said things I do not believe. I apologise to the crew," he wrote.',
        published="2026-06-10",
    )
    [said] = [e for e in parsed.events if e.actor is not None and e.type != "remark"]
    assert when(parsed, said) == "2026-06-08TEV"


def test_a_sentence_opened_by_earlier_goes_back_before_the_event_told_before_it() -> None:
    parsed = parse(
        "Aide denies wrongdoing\n\nLeaked emails showed Ziga Potocnik telling officials to"
        ' "find a way" for the builder. The portal Odkrito published them on Monday.\n\nMayor'
        " Tomaz Rozman's office said in a statement on Wednesday afternoon that the mayor had"
        " no knowledge of the emails.\n\nEarlier on Wednesday, opposition councillor Alenka"
        " Strukelj told reporters that the aide should be suspended.",
        published="2026-10-15",
    )
    order = {name(parsed, e.actor): e.sequence for e in parsed.events if e.type != "leak"}
    assert order["Alenka Strukelj"] < order["Tomaz Rozman"]


def test_a_statement_after_anothers_cue_in_its_sentence_is_not_dated_by_it() -> None:
    parsed = parse(
        "Candidate says recording edited\n\nA recording of the call was posted on Telegram on"
        " Tuesday evening. In it, Arunas Petrauskis can be heard telling a businessman to"
        ' "split it".\n\nThe Kaunas Electoral Commission said on Thursday afternoon that it'
        " would look into a leaked recording of the call, as Mr Petrauskis insisted the"
        " recording had been edited.\n\nArunas Petrauskis told reporters on Wednesday evening"
        ' that the recording was "glued together".',
        published="2026-10-15",
    )
    responses = [e for e in parsed.events if e.type == "response"]
    assert [when(parsed, e) for e in responses] == ["2026-10-14TEV"]


KAUNAS = (
    "Recording of candidate's call published\n\n"
    "In the recording, the candidate, Arunas Petrauskis, can be heard telling a businessman"
    ' to "split it".\n\n'
    "The recording, which lasts four minutes, was first posted on Tuesday evening by an"
    " anonymous account on Telegram. The news site Tyrimu Lapas published it the next"
    " morning.\n\n"
    "Justinas Norkus, the editor of Tyrimu Lapas, said the site had sent written questions."
    ' "We have the full file," he said.'
)


def test_a_medium_first_posted_on_a_day_by_an_account_is_leaked_that_day() -> None:
    parsed = parse(KAUNAS, published="2026-10-15")
    leaks = {
        parsed.channels[e.channel].kind: when(parsed, e) for e in parsed.events if e.type == "leak"
    }
    assert leaks["social_media"] == "2026-10-13TEV"


def test_a_stations_news_director_on_why_it_aired_the_clip_speaks_for_the_leak() -> None:
    parsed = parse(
        "Minister's remark\n\nA camera left running caught Housing Minister Darren Kellaway"
        ' calling leaders "freeloaders" on Monday.\n\nBanyan Television aired the footage on'
        " its 6pm news that evening. Its news director, Fiona Trebilcock, said the station had"
        ' run it because it was "a matter of public interest".',
        published="2026-11-26",
    )
    assert [e.type for e in parsed.events if e.type != "remark"] == ["leak"]


def test_the_editor_of_an_outlet_named_after_of_speaks_for_it_each_time() -> None:
    parsed = parse(KAUNAS, published="2026-10-15")
    assert "Justinas Norkus" not in {name(parsed, e.actor) for e in parsed.events}


def test_comments_time_stamped_on_a_day_date_the_remark() -> None:
    parsed = parse(
        "Inspector apologises after leaked margin notes called staff room a retirement home\n\n"
        'The comments, time-stamped 6 November, sit beside the section on mathematics. "The'
        ' staff room is a retirement home," Bertrand Vallerieux wrote.\n\nLa Vigie published'
        " the comments on its website on Monday.",
        published="2026-11-20",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-11-06"


def test_the_day_before_dates_an_event_a_day_before_the_one_told_before_it() -> None:
    parsed = parse(
        "Legislator apologises\n\nThe audio was first heard on Monday morning, when radio"
        " journalist Martin Iturraspe played it on his programme. In it, Maria Saenz can be"
        ' heard saying that "the card goes to our people".\n\nEzequiel Montenegro defended her'
        " on Tuesday night, saying the audio was cut.\n\nThe day before, Camila Roldan had"
        " written on X that the audio showed a voter roll and called for Saenz to step down.",
        published="2026-09-10",
    )
    attack = next(e for e in parsed.events if name(parsed, e.actor) == "Camila Roldan")
    defence = next(e for e in parsed.events if name(parsed, e.actor) == "Ezequiel Montenegro")
    assert when(parsed, attack) == "2026-09-07"
    assert attack.sequence is not None and defence.sequence is not None
    assert attack.sequence < defence.sequence


def test_what_a_leaker_says_of_how_it_came_by_the_medium_is_part_of_its_leak() -> None:
    parsed = parse(
        "Row over emails\n\nIn his first email, Fahad Al Kubaisi wrote that the tenants could"
        " wait.\n\nThe first screenshots of the exchange appeared last Thursday on the Facebook"
        " page of the Al Mansoura Residents' Committee, a volunteer group. The committee said"
        ' it had received them from "someone at the ministry who was ashamed of what they'
        ' read".',
        published="2026-06-24",
    )
    assert [
        e.type for e in parsed.events if name(parsed, e.actor) == "Al Mansoura Residents' Committee"
    ] == ["leak"]


def test_another_speakers_saying_after_a_remark_does_not_date_it() -> None:
    parsed = parse(
        "City orders audit\n\nThe city has ordered an audit after its director of planning was"
        ' caught in a leaked email telling two staff members to "lose" the objections, Deputy'
        " Mayor Blerina Kola said on Wednesday.\n\nThe email, sent on Feb. 27 by director Arben"
        " Hoxha, was published by Kandili last Friday.",
        published="2026-03-12",
    )
    assert when(parsed, by_type(parsed)["remark"]) == "2026-02-27"


def test_a_broadcaster_that_aired_seconds_of_the_exchange_leaked_it() -> None:
    parsed = parse(
        "Coach row\n\nThe coach can be heard telling the press officer that the skier was"
        " lazy.\n\nKanal Nordkette aired 40 seconds of the exchange on its evening news on"
        " Wednesday.",
        published="2026-01-17",
    )
    leak = by_type(parsed)["leak"]
    assert (name(parsed, leak.actor), when(parsed, leak)) == ("Kanal Nordkette", "2026-01-14")


def test_a_medium_a_headline_stance_is_over_is_not_its_channel() -> None:
    parsed = parse(
        "MP demands deputy governor's resignation over secret dinner recording\n\nAn opposition"
        " MP, Betty Odongo, told Parliament that the deputy governor had to go.",
        published="2026-11-10",
    )
    [headline] = [q for q in parsed.quotes if q.paragraph == 0]
    assert headline.channel is None


def test_calling_on_someone_to_act_against_the_author_is_an_attack() -> None:
    parsed = parse(
        "Club president's tirade\n\nIn a leaked recording, club president Andreas Zervoudakis "
        'calls referees "a cartel with whistles".\n\n'
        "The referees' union said in a statement on Tuesday that the remarks were dangerous "
        "and called on the league to ban Zervoudakis from stadiums.",
        published="2026-04-23",
    )
    event = by_type(parsed)["attack"]
    assert event.rule == "attack cue 'called on the league to ban'"


def test_a_posters_caption_makes_no_event_of_its_own() -> None:
    """ "..., she wrote under the video": words put out with the medium are its putting
    out, not an attack of their own."""
    parsed = parse(
        "Treasurer's remark\n\nA live stream caught treasurer Ville Aijala saying cuts "
        '"won\'t be noticed by anyone who votes".\n\n'
        "Within hours, a clip of the exchange was on TikTok. It was posted by Emilia "
        'Kangasniemi, a speech therapist. "He thinks people like my brother don\'t vote," '
        "she wrote under the video.",
        published="2026-11-16",
    )
    assert speaker_of(parsed, "He thinks people like my brother don't vote") == (
        "Emilia Kangasniemi"
    )
    assert "Emilia Kangasniemi" not in types_by_actor(parsed)


def test_a_speech_to_marchers_is_dated_by_the_sentence_that_tells_of_the_march() -> None:
    parsed = parse(
        "Chairman's audio\n\nIn a leaked recording, trust chairman K.R. Gopinathan is heard "
        'promising a job for a "donation".\n\n'
        "On Tuesday afternoon, about 300 members of the forum marched to the trust's office. "
        "The forum's convener, M.S. Harikrishnan, told the protesters that the trust had turned "
        'the temple into "a recruitment agency".',
        published="2026-09-18",
    )
    assert when(parsed, by_type(parsed)["statement"]) == "2026-09-15TAF"


def test_a_leakers_word_in_the_paragraph_after_the_leak_is_part_of_it() -> None:
    parsed = parse(
        "Governor filmed\n\nIn a leaked video, Governor Bienvenu Lokondo is heard calling a "
        'senator "Madame GPS".\n\nOne of the guests, Patrick Ngoy Kasongo, posted the video on '
        'his Facebook page on Sunday afternoon. "This is how our leaders speak," he wrote.\n\n'
        "Mr Ngoy later told The Malebo Gazette that he had filmed the governor because nobody "
        "would have believed him.",
        published="2026-05-21",
    )
    assert types_by_actor(parsed)["Patrick Ngoy Kasongo"] == "leak"
    assert [e.type for e in parsed.events].count("leak") == 1


def test_the_stations_editor_speaks_for_the_station_that_aired_it() -> None:
    parsed = parse(
        "Member's Facebook Live\n\nCongress member Nathalie Ferrandis was heard on her own "
        'Facebook Live calling a grand chief "a chief for the cameras".\n\nRadio Kaori, a '
        "community station, played the full recording in its breakfast news bulletin the next "
        "morning.\n\nThe station's news editor, Mélanie Wéa, said it had aired the recording "
        'because "a member of Congress talking about a grand chief is not a private '
        'conversation".',
        published="2026-05-14",
    )
    assert "Mélanie Wéa" not in types_by_actor(parsed)
    assert types_by_actor(parsed)["Radio Kaori"] == "leak"


def test_a_leak_is_dated_past_an_aside_on_how_the_medium_was_made() -> None:
    """ "X posted the video, filmed on a guest's phone, on the night of Nov. 11": when it
    was posted; and "accusing the general of ..." is an attack."""
    parsed = parse(
        "General's wedding remarks\n\n"
        'In the video, Maj. Gen. Benny Rorimpandey can be heard saying: "Pick number two."\n\n'
        "Suara Kawanua, a YouTube channel run by a citizen journalist, posted the video, filmed "
        "on a guest's phone, on the night of Nov. 11, four days after the wedding.\n\n"
        "On Monday, the election watchdog Jaga Suara filed a report with the election office, "
        "accusing the general of breaching the law.",
        published="2026-11-18",
    )
    [leak] = [e for e in parsed.events if e.type == "leak"]
    assert parsed.times[leak.time].value == "2026-11-11TNI"  # type: ignore[index]
    [watchdog] = [
        e for e in parsed.events if e.actor is not None and "Jaga" in parsed.entities[e.actor].name
    ]
    assert watchdog.type == "attack"


@pytest.mark.parametrize("opening", ["Publishing it", "In posting the clip on its website"])
def test_what_a_leaker_says_as_it_puts_the_medium_out_is_part_of_the_leak(opening: str) -> None:
    parsed = parse(
        "Director's remarks\n\nThe director, Hendra Lumbantobing, made the remarks during a "
        'Zoom meeting last week.\n\n"Don\'t waste your time being polite to the smallholders," '
        "Lumbantobing can be heard telling contractors in the clip.\n\nOne of the contractors "
        "recorded his screen and sent the clip to Akar Gambut, an environmental group. The "
        f"group posted it on its website on Friday evening. {opening}, the group said the "
        'recording showed "how the farmers are really seen".',
        published="2026-11-25",
    )
    assert [(e.type, name(parsed, e.actor)) for e in parsed.events] == [
        ("leak", "Akar Gambut"),
        ("remark", "Hendra Lumbantobing"),
    ]


def test_an_inquiry_a_body_opens_is_no_attack_by_it() -> None:
    parsed = parse(
        'President heard on dugout mic\n\n"That man is either blind or bought," Baek '
        "Dong-hyun can be heard telling his bench coach on the leaked recording.\n\nThe Korea "
        "Pro Baseball League said in a statement the next morning that it had opened an "
        'inquiry into "the conduct of a club official".\n\n"The league will not comment '
        'further while the inquiry is under way," the statement said.',
        published="2026-11-22",
    )
    assert types_by_actor(parsed)["Korea Pro Baseball League"] == "statement"


@pytest.mark.parametrize(
    "again", ["Kettleson said in the statement", "In his statement, Kettleson said"]
)
def test_a_statement_named_again_is_dated_by_when_it_was_first_named(again: str) -> None:
    parsed = parse(
        "Coroner apologizes\n\nCoroner Raymond Kettleson apologized in a written statement "
        'Saturday evening for a voicemail in which he called a family "professional '
        'complainers."\n\nKQVB-TV aired the voicemail on Tuesday.\n\n'
        f"{again} that he had asked to meet the family.",
        published="2026-11-23",
    )
    [response] = [e for e in parsed.events if e.type == "response"]
    assert parsed.times[response.time].value == "2026-11-21TEV"  # type: ignore[index]


def test_the_meeting_minutes_cover_dates_the_remark_they_record() -> None:
    parsed = parse(
        "Minutes row\n\nThe minutes cover a meeting of the board of the fund, held on the "
        "evening of 10 November at its headquarters. In the draft, Anne-Sophie Mazeran is "
        'recorded as saying: "Members who go at 57 are a drain on the fund."\n\n'
        "Le Journal des Rentes published extracts from the leaked draft on Thursday.",
        published="2026-11-24",
    )
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert parsed.times[remark.time].value == "2026-11-10TEV"  # type: ignore[index]


def test_doubting_confidence_in_the_author_is_no_support() -> None:
    parsed = parse(
        "Minutes row\n\nIn the draft minutes, Anne-Sophie Mazeran is recorded as saying: "
        '"Members who go at 57 are a drain on the fund." Le Journal des Rentes published '
        "extracts from the leaked draft on Thursday.\n\nRégis Castanié wrote on Facebook that "
        'the remarks were "unworthy of anyone trusted with pensions". He said the trustees '
        'should "ask themselves whether they still have confidence in her".'
    )
    assert {
        e.type
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name == "Régis Castanié"
    } == {"attack"}


def test_an_apology_memo_also_leaked_is_the_authors_answer_not_the_remark() -> None:
    parsed = parse(
        "Bank row\n\nOn Tuesday, Corinne Stauffacher-Lenz can be heard telling staff that older "
        'workers "will be managed out". Tagesbörse published the recording on Thursday.\n\n'
        "Stauffacher-Lenz apologised in a memo to all 4,200 employees on Sunday evening. In "
        "the memo, which was also leaked to Tagesbörse and published on Monday, she wrote that "
        'her words had been "wrong and hurtful".',
        published="2026-11-25",
    )
    [response] = [e for e in parsed.events if e.type == "response"]
    assert parsed.times[response.time].value == "2026-11-22TEV"  # type: ignore[index]
    [remark] = [e for e in parsed.events if e.type == "remark"]
    assert all("hurtful" not in parsed.quotes[q].text for q in remark.quotes)
