"""Sequence: each ordering cue, ties, and contradicting cues reported instead of used.

Every story here is written for the test; all are published on Wednesday
6 March 2024.
"""

from __future__ import annotations

import pytest

from provenance.records import ParsedArticle
from tests.helpers import parse

PUBLISHED = "2024-03-06"
LEAK = (
    "In the leaked message, published by the Harbour Gazette website, Mayor Dana Cole said "
    'flood victims "should have moved years ago".'
)


def story(*paragraphs: str) -> ParsedArticle:
    return parse("\n\n".join(("Mayor apologises for leaked message", *paragraphs)), PUBLISHED)


def links(parsed: ParsedArticle) -> dict[tuple[str, str, str], str]:
    """(earlier type, later type, relation) -> the text that justifies the link."""
    text = parsed.article.text
    return {
        (parsed.events[link.source].type, parsed.events[link.target].type, link.relation): (
            text[link.start : link.end] if link.start is not None else link.rule
        )
        for link in parsed.links
    }


def ranks(parsed: ParsedArticle) -> dict[str, int | None]:
    return {e.type: e.sequence for e in parsed.events}


def test_later_places_an_event_after_the_one_told_before() -> None:
    parsed = story(
        LEAK,
        'Councillor Raj Patel stood by the mayor, saying she had "worked tirelessly" for the town.',
        'The mayor later said: "It was a bad joke and I am sorry."',
    )
    assert links(parsed)[("defence", "response", "before")] == "later"
    assert ranks(parsed) == {"remark": 1, "leak": 2, "defence": 3, "response": 4}


def test_after_a_leak_named_by_how_it_went_out_is_after_that_leak() -> None:
    parsed = story(
        'Radio Rwiza played a clip of Mayor Dana Cole calling traders "squatters". Hours '
        "after the radio played the clip, the news website Inkuru Nshya published a "
        "transcript."
    )
    leaks = {parsed.entities[e.actor].name: e.sequence for e in parsed.events if e.type == "leak"}
    assert leaks["Radio Rwiza"] < leaks["Inkuru Nshya"]  # type: ignore[operator]


def test_an_event_told_hours_or_a_day_after_a_leak_is_dated_from_the_leaks_day() -> None:
    parsed = story(
        'Radio Rwiza played a clip of Mayor Dana Cole calling traders "squatters" on Monday '
        "morning. Hours after the radio played the clip, the news website Inkuru Nshya "
        "published a transcript. A day after the site published the transcript, union leader "
        "Sam Reed called for her resignation. On the day the radio played the clip, "
        "councillor Tom Abba said she should resign."
    )
    dated = {
        parsed.entities[e.actor].name: parsed.times[e.time].value  # type: ignore[index]
        for e in parsed.events
        if e.actor is not None and parsed.entities[e.actor].name != "Dana Cole"
    }
    assert dated == {
        "Radio Rwiza": "2024-03-04TMO",
        "Inkuru Nshya": "2024-03-04",
        "Sam Reed": "2024-03-05",
        "Tom Abba": "2024-03-04",
    }
    [derived] = [
        t for t in parsed.times if t.text == "A day after the site published the transcript"
    ]
    assert derived.rule == "'A day after the site published the transcript': 1 day after 2024-03-04"


def test_a_leak_told_a_day_before_a_dated_event_is_dated_from_that_event() -> None:
    parsed = story(
        'Radio Rwiza played a recording of Mayor Dana Cole calling traders "squatters".',
        "Councillor Tom Abba said on Tuesday that she should resign, a day after Radio Rwiza "
        "played the recording.",
        "Hours after the broadcast, the city council said in a statement that the mayor had "
        "been asked to explain.",
    )
    dated = {
        parsed.entities[e.actor].name: parsed.times[e.time].value  # type: ignore[index]
        for e in parsed.events
        if e.actor is not None and e.time is not None
    }
    assert dated == {
        "Radio Rwiza": "2024-03-04",
        "Tom Abba": "2024-03-05",
        "city council": "2024-03-04",
    }
    [derived] = [t for t in parsed.times if t.text.startswith("a day after Radio Rwiza")]
    assert derived.rule.endswith("': 1 day before 2024-03-05")


def test_an_event_placed_after_another_reaction_is_dated_from_it() -> None:
    """ "Hours after the radio interview" and "a day after Cole told the station
    that ...": after the reaction it names by how it was made, or whose statement
    it reports, and dated from that reaction's day."""
    parsed = story(
        LEAK,
        "On Monday morning Ms Cole told Coast FM that she regretted the words.",
        "Hours after the radio interview, Councillor Tom Abba said she should resign.",
        "A day after Cole told the station that she was sorry, her deputy, Ann Lee, said she"
        " had done nothing wrong.",
    )
    dated = {
        parsed.entities[e.actor].name: parsed.times[e.time].value  # type: ignore[index]
        for e in parsed.events
        if e.actor is not None and e.time is not None
    }
    assert dated == {
        "Dana Cole": "2024-03-04TMO",
        "Tom Abba": "2024-03-04",
        "Ann Lee": "2024-03-05",
    }
    found = links(parsed)
    assert found[("response", "attack", "before")] == "Hours after the radio interview"
    assert found[("response", "statement", "before")].startswith("after Cole told the station")
    assert ranks(parsed) == {"remark": 1, "leak": 2, "response": 3, "attack": 4, "statement": 5}


def test_words_after_after_that_name_no_one_event_date_nothing() -> None:
    """ "hours after the interview" when two interviews were given names neither."""
    parsed = story(
        LEAK,
        "On Monday Ms Cole told Coast FM that she regretted the words.",
        "On Tuesday Councillor Raj Patel told Harbour Radio that she had worked tirelessly.",
        "Hours after the interview, Councillor Tom Abba said she should resign.",
    )
    [attack] = [e for e in parsed.events if e.type == "attack"]
    assert attack.time is None


def test_then_and_a_follow_up_interview() -> None:
    parsed = story(
        LEAK,
        'In a follow-up interview with Coast FM, Ms Cole said: "It was a bad joke and I am sorry."',
        'Then Councillor Raj Patel stood by the mayor, saying she had "worked tirelessly" for the '
        "town.",
    )
    found = links(parsed)
    assert found[("remark", "response", "before")] == "follow-up interview"
    assert found[("response", "defence", "before")] == "Then"
    assert ranks(parsed) == {"remark": 1, "leak": 2, "response": 3, "defence": 4}


def test_straight_away_puts_a_reaction_before_the_others() -> None:
    parsed = story(
        LEAK,
        'Opposition leader Lena Fox seized on the comments, saying the mayor "must resign".',
        'Councillor Raj Patel backed the mayor straight away, saying she had "worked tirelessly" '
        "for the town.",
    )
    found = links(parsed)
    assert found[("leak", "defence", "before")] == "straight away"
    assert found[("defence", "attack", "before")] == "straight away"
    assert ranks(parsed)["defence"] == 3 and ranks(parsed)["attack"] == 4


def test_hours_later_puts_a_reaction_before_the_others() -> None:
    parsed = story(
        LEAK,
        'Hours later, Councillor Raj Patel backed the mayor, saying she had "worked tirelessly" '
        "for the town.",
        'Opposition leader Lena Fox seized on the comments, saying the mayor "must resign".',
    )
    assert links(parsed)[("defence", "attack", "before")] == "Hours later"
    assert ranks(parsed)["defence"] == 3 and ranks(parsed)["attack"] == 4


def test_straight_away_in_what_was_said_orders_nothing() -> None:
    parsed = story(
        LEAK,
        'Opposition leader Lena Fox seized on the comments, saying the mayor "must resign".',
        'Councillor Raj Patel stood by the mayor, saying he had called her "straight away".',
    )
    assert ("defence", "attack", "before") not in links(parsed)
    assert ranks(parsed)["defence"] == ranks(parsed)["attack"] == 3


def test_meanwhile_makes_two_events_simultaneous_when_nothing_orders_them() -> None:
    parsed = story(
        LEAK,
        'Councillor Raj Patel stood by the mayor, saying she had "worked tirelessly" for the town.',
        "Meanwhile, opposition leader Lena Fox seized on the comments, saying the mayor "
        '"must resign".',
    )
    assert links(parsed)[("defence", "attack", "simultaneous")] == "Meanwhile"
    assert ranks(parsed)["defence"] == ranks(parsed)["attack"]
    assert parsed.conflicts == ()


def test_before_the_leak_overrides_story_logic_and_the_contradiction_is_reported() -> None:
    parsed = story(
        LEAK,
        'Hours before the message was published, Ms Cole told Coast FM: "I have nothing to hide."',
    )
    assert links(parsed)[("response", "leak", "before")] == "Hours before the message was published"
    [conflict] = parsed.conflicts
    assert (parsed.events[conflict.source].type, parsed.events[conflict.target].type) == (
        "leak",
        "response",
    )
    assert conflict.rule == "a reaction follows the leak it answers"
    assert "Hours before the message was published" in conflict.reason
    assert ranks(parsed)["response"] < ranks(parsed)["leak"]  # type: ignore[operator]


def test_meanwhile_against_stronger_cues_is_reported_not_used() -> None:
    parsed = story(
        LEAK,
        'Councillor Raj Patel backed the mayor straight away, saying she had "worked tirelessly" '
        "for the town.",
        "Meanwhile, opposition leader Lena Fox seized on the comments, saying the mayor "
        '"must resign".',
    )
    [conflict] = parsed.conflicts
    assert conflict.relation == "simultaneous"
    assert parsed.article.text[conflict.start : conflict.end] == "Meanwhile"  # type: ignore[misc]
    assert "defence before attack" in conflict.reason
    assert ranks(parsed)["defence"] == 3 and ranks(parsed)["attack"] == 4


def test_in_response_to_answers_the_leak_and_follows_it() -> None:
    parsed = story(
        LEAK,
        "Opposition leader Lena Fox hit out at the mayor in response to the comments, saying she "
        '"must resign".',
    )
    found = links(parsed)
    assert found[("attack", "leak", "responds_to")] == "in response to the comments"
    assert found[("leak", "attack", "before")] == "in response to the comments"


def test_a_plain_statement_made_for_the_story_follows_the_leak() -> None:
    parsed = story(
        LEAK,
        "Councillor Raj Patel declined to comment.",
        "Tom Reid said the harbour would reopen in May.",
        "Ann Lowe has also said the harbour should close.",
        "On Monday, 4 March, Sam Hill said the harbour was safe.",
    )
    by_actor = {parsed.entities[e.actor].name: e for e in parsed.events if e.actor is not None}
    assert ranks(parsed)["leak"] == 2
    assert by_actor["Raj Patel"].sequence == 3
    assert by_actor["Tom Reid"].sequence == 3
    assert by_actor["Ann Lowe"].sequence != 3
    assert by_actor["Sam Hill"].sequence != 3


def test_later_that_day_in_the_sentence_naming_the_occasion() -> None:
    parsed = story(
        LEAK,
        'Councillor Raj Patel stood by the mayor on Tuesday morning, saying she had "worked '
        'tirelessly".',
        "Councillor Lena Fox answered at a council meeting later that day. Speaking from the "
        'dais, she said: "We deserve better."',
    )
    statement = next(
        e
        for e in parsed.events
        if e.actor is not None
        and e.type != "defence"
        and parsed.entities[e.actor].name == "Lena Fox"
    )
    defence = next(e for e in parsed.events if e.type == "defence")
    assert links(parsed)[("defence", statement.type, "before")] == "later"
    assert statement.sequence is not None and defence.sequence is not None
    assert statement.sequence > defence.sequence


def test_a_plain_statement_that_answers_follows_the_leak() -> None:
    parsed = story(LEAK, "Councillor Lena Fox answered on Tuesday, saying the town would move on.")
    assert links(parsed)[("leak", "statement", "before")] == (
        "Councillor Lena Fox answered on Tuesday, saying the town would move on."
    )


def leaks_in_order(parsed: ParsedArticle) -> list[tuple[int | None, str]]:
    """(rank, actor's name) of each leak, by rank."""
    return sorted(
        (e.sequence, parsed.entities[e.actor].name)  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak"
    )


@pytest.mark.parametrize(
    ("body", "published", "first", "then"),
    [
        # An evening comes before that night.
        (
            "President's clip\n\nIn a leaked clip, president Graeme Tolhurst mocked the riders."
            "\n\nJournalist Jess Karalis posted the clip on X on Sunday evening. Commercial "
            "broadcaster Tasman Television replayed the clip in its late news bulletin that night.",
            "2026-02-25",
            "Jess Karalis",
            "Tasman Television",
        ),
        # A leak told first on a day, by the day alone, comes before one that evening.
        (
            "Director's recording\n\nIn a recording, regional director Alberto Cumbe tells "
            'staff that neighbourhoods "can wait for the rain".\n\n'
            "The weekly O Candeeiro published a transcript of the recording on Wednesday. Radio "
            "Mare FM played excerpts of the recording that evening.",
            "2026-10-09",
            "O Candeeiro",
            "Radio Mare FM",
        ),
    ],
)
def test_two_leaks_on_one_day_go_out_in_the_order_told(
    body: str, published: str, first: str, then: str
) -> None:
    leaks = leaks_in_order(parse(body, published=published))
    assert [name for _, name in leaks] == [first, then]
    assert leaks[0][0] < leaks[1][0]  # type: ignore[operator]


def test_after_the_leak_in_a_sentence_that_quotes_the_remark_dates_only_the_reaction() -> None:
    parsed = story(
        "Mayor Dana Cole has said she regrets a message in which she said flood victims "
        '"should have moved years ago", after the message was published by the Harbour '
        "Gazette on Monday."
    )
    assert ranks(parsed) == {"remark": 1, "leak": 2, "response": 3}
    found = links(parsed)
    assert ("leak", "remark", "before") not in found
    assert found[("leak", "response", "before")].startswith("after the message was published")
    assert not parsed.conflicts


def test_a_time_and_later_opening_the_second_clause_are_the_second_leaks() -> None:
    parsed = story(
        'In a voice note, Mayor Dana Cole told rangers to "bring me four arrests a month".',
        "The recording was forwarded last Friday to a community WhatsApp group, and two days"
        " later the Mosi Courier, a weekly, published it with a transcript on its website.",
    )
    leaks = {
        (parsed.entities[e.actor].name if e.actor is not None else None): (
            e.sequence,
            parsed.times[e.time].value if e.time is not None else None,
        )
        for e in parsed.events
        if e.type == "leak"
    }
    assert leaks[None][1] == "2024-03-01"
    assert leaks["Mosi Courier"][1] == "2024-03-03"
    assert leaks[None][0] < leaks["Mosi Courier"][0]  # type: ignore[operator]


def test_a_time_opening_a_clause_whose_verb_is_another_dates_no_leak_told_inside_it() -> None:
    parsed = story(
        'In a voice note, Mayor Dana Cole told rangers to "bring me four arrests a month".',
        "The recording was forwarded last Friday to a community WhatsApp group, and last week"
        " the Mosi Courier, which published it on its website, apologised to the mayor.",
    )
    [courier] = [
        e
        for e in parsed.events
        if e.type == "leak"
        and e.actor is not None
        and parsed.entities[e.actor].name == "Mosi Courier"
    ]
    assert courier.time is None


def test_a_day_after_an_outlets_report_dates_from_its_leak() -> None:
    parsed = parse(
        'Deputy row\n\nIn the message, Azamat Toktosun uulu is heard telling officials to "move'
        ' our families up".\n\nAyan, an independent news site, published the audio on Feb. 9.'
        "\n\nA day after the site's report, Toktosun uulu wrote on Facebook that the recording"
        ' had been "made with artificial intelligence".',
        published="2026-02-17",
    )
    [response] = [e for e in parsed.events if e.type == "response"]
    assert response.time is not None
    assert parsed.times[response.time].value == "2026-02-10"


def test_hours_after_the_clip_appeared_counts_from_the_clip_not_the_live_stream() -> None:
    parsed = parse(
        "Alderman heard on live stream\n\nWeydert was heard on the city's own live stream "
        'describing commuters as "people who only come here to park".\n\nThe City of Esch '
        "broadcasts its council meetings live on its website.\n\nOn Monday morning, the "
        "Alzette Courier published the clip on its website. Hours after the clip appeared, "
        'the mayor, Carole Wagner, said the remarks "do not reflect" the council\'s views.',
        published="2026-11-12",
    )
    [live] = [e for e in parsed.events if e.type == "leak" and e.time is None]
    assert parsed.entities[live.actor].name == "City of Esch"
    [statement] = [e for e in parsed.events if e.type == "statement"]
    assert parsed.times[statement.time].value == "2026-11-09"


CIRCULATED_THEN_REPORTED = (
    "Mayor says leaked recording is a fake",
    "The recording had been circulating in Telegram channels since the weekend of Feb. 24-25, "
    "although it is not clear who posted it first. Ayan, an independent news site, was the "
    "first outlet to report on it, on Feb. 26. The site published the audio of Mayor Dana "
    'Cole. "Put our families at the top," she says in the recording.',
    "A day after the site's report, Cole wrote on Facebook that the recording was a fake.",
)


def test_a_medium_going_round_in_messaging_channels_is_the_first_leak() -> None:
    parsed = parse("\n\n".join(CIRCULATED_THEN_REPORTED), PUBLISHED)
    leaks = sorted(
        (e.sequence, parsed.channels[e.channel].kind, parsed.times[e.time].value)  # type: ignore[index]
        for e in parsed.events
        if e.type == "leak"
    )
    assert [leak[1:] for leak in leaks] == [
        ("social_media", "2024-W08-WE"),
        ("website", "2024-02-26"),
    ]
    assert leaks[0][0] < leaks[1][0]


def test_a_leak_is_dated_by_the_sentence_before_that_tells_its_first_report() -> None:
    parsed = parse("\n\n".join(CIRCULATED_THEN_REPORTED), PUBLISHED)
    [leak] = [e for e in parsed.events if e.type == "leak" and e.actor is not None]
    assert parsed.entities[leak.actor].name == "Ayan"  # type: ignore[index]
    assert leak.time_rule == "'Feb. 26' in the sentence before, of its first report"


def test_after_an_outlets_report_is_after_that_outlets_leak_not_the_first() -> None:
    """ "A day after the site's report": the site's leak, though a post went round before."""
    parsed = parse("\n\n".join(CIRCULATED_THEN_REPORTED), PUBLISHED)
    [response] = [e for e in parsed.events if e.type == "response"]
    assert parsed.times[response.time].value == "2024-02-27"  # type: ignore[index]


def test_hours_after_someones_news_conference_follows_their_event() -> None:
    parsed = parse(
        "Dean's transcript\n\nA regional councilor, Percy Ccama, called on Wednesday for the "
        'dean to step aside, days after a leaked transcript quoted her.\n\n"She has no business '
        'running a faculty," Ccama said during an evening session of the regional council.\n\n'
        "The dean, Mónica Valdivia, told a news conference on Tuesday morning that the "
        'transcript was "a caricature".\n\nOn Tuesday afternoon, hours after the dean\'s news '
        "conference, the Office of the Rector said in a statement that it had opened an "
        "inquiry.",
        published="2026-09-10",
    )
    ranks = {
        parsed.entities[e.actor].name: e.sequence for e in parsed.events if e.actor is not None
    }
    assert ranks["Mónica Valdivia"] < ranks["Office of the Rector"] < ranks["Percy Ccama"]
