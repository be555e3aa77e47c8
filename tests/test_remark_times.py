"""When a leaked remark was made, from what the text says of its medium's making.

Each article below leaks a medium and then, in a later sentence, says when it
was made in one of the ways news copy does: by a pronoun, past an aside, by a
second participle, or first loosely and then exactly.
"""

from __future__ import annotations

import pytest

from provenance.records import Event, ParsedArticle
from tests.helpers import parse


def remark(parsed: ParsedArticle) -> Event:
    return next(e for e in parsed.events if e.type == "remark")


def when(parsed: ParsedArticle, event: Event) -> str | None:
    return parsed.times[event.time].value if event.time is not None else None


VOICE_NOTE = (
    "Minister's voice note\n\n"
    "BEIRUT - Minister Samir Haddad has apologised for a leaked voice note in which he is "
    'heard calling depositors "a circus".\n\n'
    "Levant TV played the note in full in its news bulletin on Monday. {told}"
)


@pytest.mark.parametrize(
    ("told", "value", "rule"),
    [
        (
            "The station said it was sent on the evening of Feb. 7 to a group of party members.",
            "2026-02-07TEV",
            "'the evening of Feb. 7': when the medium was sent",
        ),
        (
            "The station said the note had been sent on the night of Saturday, February 7, "
            "to a group of party members.",
            "2026-02-07TNI",
            "'the night of Saturday, February 7': when the note was sent",
        ),
        (
            "The station said the message was sent on February 7 to a colleague.",
            "2026-02-07",
            "'February 7': when the message was sent",
        ),
    ],
)
def test_a_voice_note_named_again_by_pronoun_or_as_a_message_is_dated_by_its_sending(
    told: str, value: str, rule: str
) -> None:
    parsed = parse(VOICE_NOTE.format(told=told), published="2026-02-12")
    assert when(parsed, remark(parsed)) == value
    assert remark(parsed).time_rule == rule


def test_a_medium_named_again_by_its_noun_is_dated_by_its_sending() -> None:
    """ "he had sent the message to the group on Feb. 7", of a leaked audio message."""
    parsed = parse(
        "Deputy says leaked audio was made with AI\n\n"
        "Prosecutors have opened an inquiry into a WhatsApp audio message in which a city "
        'council deputy is heard telling housing officials to move "our" families up the '
        "waiting list.\n\n"
        "The deputy, Azat Bekov, says the recording was made with artificial intelligence.\n\n"
        '"Put the applications from our families at the top," he says.\n\n'
        "The site published the audio with a transcript and said two officials in the "
        "WhatsApp group had confirmed that the voice was Bekov's and that he had sent the "
        "message to the group on Feb. 7.",
        published="2026-02-17",
    )
    assert when(parsed, remark(parsed)) == "2026-02-07"
    assert remark(parsed).time_rule == "'Feb. 7': when the medium was sent"


def test_a_note_that_is_no_leaked_medium_dates_nothing() -> None:
    """ "the note" counts as the medium only when the text leaked a voice note."""
    parsed = parse(
        "Minister's recording\n\n"
        "Minister Samir Haddad has apologised for a leaked recording in which he is heard "
        'calling depositors "a circus".\n\n'
        "Levant TV played the recording on Monday. The station said the note was sent on "
        "February 7 to a colleague.",
        published="2026-02-12",
    )
    assert remark(parsed).time_rule is None or "message" not in remark(parsed).time_rule


CALL = (
    "Official's call\n\n"
    "County health chief Jared Onchiri has been suspended over a leaked recording of a "
    'phone call in which he is heard calling nurses "lazy".\n\n{told}'
)


@pytest.mark.parametrize(
    ("told", "value", "how"),
    [
        (
            "The call is understood to have taken place on the afternoon of October 27.",
            "2026-10-27TAF",
            "is understood to have taken place",
        ),
        (
            "The county said the call had taken place on October 27.",
            "2026-10-27",
            "had taken place",
        ),
        (
            "The call, which was recorded by the county's conferencing provider, took place "
            "on 27 October.",
            "2026-10-27",
            "took place",
        ),
        (
            "The call, with about 30 nurses and two managers, was held on 27 October.",
            "2026-10-27",
            "were made (the occasion was held)",
        ),
    ],
)
def test_when_the_occasion_of_the_remarks_took_place_dates_them(
    told: str, value: str, how: str
) -> None:
    parsed = parse(CALL.format(told=told), published="2026-11-04")
    assert when(parsed, remark(parsed)) == value
    assert remark(parsed).time_rule.endswith(f"when the remarks {how}")


def test_remarks_with_their_making_in_apposition_are_dated_by_it() -> None:
    parsed = parse(
        "Bureau head's remarks\n\n"
        "City bureau head Yohannes Tadesse is heard in a leaked recording telling staff that "
        'residents "can wait another year".\n\n'
        "The remarks, recorded at a meeting of bureau staff on 10 March, were posted on "
        "Sunday evening by a YouTube news channel.",
        published="2026-03-18",
    )
    assert when(parsed, remark(parsed)) == "2026-03-10"
    assert remark(parsed).time_rule == "'10 March': when the remarks were recorded"


def test_remarks_with_their_making_in_a_relative_clause_are_dated_by_it() -> None:
    parsed = parse(
        "Sheriff's remarks\n\n"
        'Sheriff Curtis Mabry called a council member "a clown" in body camera footage.\n\n'
        "WBKQ-TV broadcast the footage of the remarks, which the sheriff made during a traffic "
        "stop on the afternoon of Nov. 13.",
        published="2026-11-30",
    )
    assert when(parsed, remark(parsed)) == "2026-11-13TAF"
    assert remark(parsed).time_rule == "'the afternoon of Nov. 13': when the remarks were made"


@pytest.mark.parametrize(
    ("told", "value"),
    [
        # A relative clause after a phrase of what the medium is like.
        (
            "The clip is a voice message of a little over a minute that Mr Khai sent on the "
            "evening of November 19 to a group of supervisors.",
            "2026-11-19TEV",
        ),
        # A maker of four words between "which" and the verb.
        (
            "The voice message, which Mr Tran Quoc Khai sent in November to the "
            "supervisors, was shared with the paper.",
            "2026-11",
        ),
    ],
)
def test_a_relative_clause_of_the_medium_dates_it_past_what_comes_between(
    told: str, value: str
) -> None:
    parsed = parse(
        "Director's message\n\n"
        "Factory director Tran Quoc Khai has apologised for a leaked voice message in which he "
        'told supervisors that strikers "will not come back".\n\n' + told,
        published="2026-11-27",
    )
    assert when(parsed, remark(parsed)) == value


def test_a_second_participle_of_the_making_dates_the_medium() -> None:
    parsed = parse(
        "Board member's messages\n\n"
        "Hospital board member Álvaro Benjumea has apologised for leaked messages in which he "
        'called nurses "a choir of complainers".\n\n'
        "The messages were written by Álvaro Benjumea, a retired anaesthetist, and sent on "
        "the evening of 28 October to a WhatsApp group of the board.",
        published="2026-11-06",
    )
    assert when(parsed, remark(parsed)) == "2026-10-28TEV"
    assert remark(parsed).time_rule == "'the evening of 28 October': when the messages were sent"


def test_messages_posted_in_a_private_channel_are_dated_by_that_posting() -> None:
    parsed = parse(
        "Chief executive's messages\n\n"
        "Tech chief executive Devin Achterberg has apologised for leaked messages in which he "
        'mocked customers who "can\'t find the login button".\n\n'
        "The messages, posted in a private channel for senior staff earlier this year, were "
        "shared with the newsletter by a former employee.",
        published="2026-06-10",
    )
    assert when(parsed, remark(parsed)) == "2026"
    assert remark(parsed).time_rule == "'earlier this year': when the messages were posted"


def test_a_closer_date_of_the_same_making_later_in_the_text_is_preferred() -> None:
    """ "which Rourke sent ... in December", then "were sent on the evening of Dec. 9":
    the second says the same more closely."""
    parsed = parse(
        "Sheriff's texts\n\n"
        "Sheriff Dale Rourke has apologised for leaked text messages in which he called a "
        'commissioner "Commissioner Clipboard".\n\n'
        "The messages, which Rourke sent to his undersheriff in December, were published by "
        "a nonprofit newsroom on Monday.\n\n"
        "The messages were sent on the evening of Dec. 9, hours after a commission meeting.",
        published="2026-01-14",
    )
    assert when(parsed, remark(parsed)) == "2025-12-09TEV"


def test_a_closer_date_of_the_making_dates_a_remark_a_looser_sentence_dated_first() -> None:
    """ "heard on a podcast recording made last week saying ...", then "The remarks were
    recorded on the afternoon of 29 September": the second says the same more closely."""
    parsed = parse(
        "Port chief's remark\n\n"
        "Port director Luong Duc Tri was heard on a podcast recording made last week saying "
        'that the fishermen "could not run a noodle stall".\n\n'
        '"They cannot tie a boat up," Mr Tri can be heard telling the host.\n\n'
        "The remarks were recorded on the afternoon of 29 September at a studio in Hai Chau. "
        "The show's producer, Dang Quoc Bao, posted the audio on his Facebook page on Saturday.",
        published="2026-10-08",
    )
    assert when(parsed, remark(parsed)) == "2026-09-29TAF"
    assert (
        remark(parsed).time_rule
        == "'the afternoon of 29 September': when the remarks were recorded"
    )


def test_a_later_posting_does_not_date_a_message_the_text_says_was_made_earlier() -> None:
    """ "was recorded earlier this month ... It was first posted on March 12 on a fans'
    channel": the posting is its leak, not its making."""
    parsed = parse(
        "Board member's voice note\n\n"
        "Club board member Tarek Mansour has apologised for a leaked voice note in which he "
        'called the coach "a tourist".\n\n'
        "The voice note was recorded earlier this month and sent to a private group of club "
        "members. It was first posted on March 12 on Shams Forever, a fans' Telegram channel.",
        published="2026-03-16",
    )
    assert when(parsed, remark(parsed)) == "2026-03"


def test_a_pluperfect_passive_of_the_occasions_recording_dates_it() -> None:
    parsed = parse(
        CALL.format(told="The channel said the call had been recorded last month by a parent."),
        published="2026-09-18",
    )
    assert when(parsed, remark(parsed)) == "2026-08"
    assert remark(parsed).time_rule == "'last month': when the remarks were recorded"


def test_an_email_that_went_to_its_readers_on_a_day_was_sent_then() -> None:
    parsed = parse(
        "Superintendent's email\n\nSuperintendent Darrell Kinnison apologized for an email in "
        'which he told principals to move "bottom-band kids" out of tested grades.\n\n'
        "The email, which surfaced last week, went to the district's 14 principals on the "
        "afternoon of Feb. 20. The voicemail went to air on Tuesday night.",
        published="2026-03-04",
    )
    assert when(parsed, remark(parsed)) == "2026-02-20TAF"
    assert remark(parsed).time_rule == "'the afternoon of Feb. 20': when the email was sent"


def test_slides_say_what_they_say_when_they_are_presented() -> None:
    parsed = parse(
        "Water chief calls leaked slide notes a staff 'draft'\n\nHaluk Erginsoy told a "
        'television channel on Wednesday that the notes were "a draft written by staff".\n\n'
        "Erginsoy presented the 31-slide deck at a closed meeting of the utility's board on 28 "
        'October. "Repairs to be scheduled last," the note reads.\n\nAn employee passed the '
        "file to Yeni Korfez, an opposition daily, which published the slides on its website "
        "on Sunday evening.",
        published="2026-11-12",
    )
    assert when(parsed, remark(parsed)) == "2026-10-28"
    # "the note reads": a medium's words, read out as it says them.
    [said] = [q for q in parsed.quotes if q.text == "Repairs to be scheduled last"]
    assert said.cue is not None and said.cue.text == "reads"
    assert parsed.entities[said.speaker].name == "Haluk Erginsoy"
