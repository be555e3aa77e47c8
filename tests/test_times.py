"""Times: expressions found and resolved against the publication date.

The publication date in these tests is Wednesday 6 March 2024, unless a
test says otherwise. Spans follow TimeML: "on Friday" is "Friday", "for two
weeks" is "two weeks", "nearly three years" keeps its modifier.
"""

from __future__ import annotations

import pytest

from provenance.quotes import find_quote_spans
from provenance.records import TimeExpression
from provenance.segment import segment
from provenance.time_patterns import candidate_matches
from provenance.time_values import shift_value, value_interval
from provenance.times import PATTERNS, find_times, interval
from tests.helpers import ROOT, SEED, article

PUBLISHED = "2024-03-06"


def times_of(body: str, published: str | None = PUBLISHED, **metadata: str) -> list[TimeExpression]:
    made = article("Headline\n\n" + body, published, **metadata)
    return list(find_times(made, segment(made), ()))


def only(body: str, **metadata: str) -> TimeExpression:
    found = times_of(body, **metadata)
    assert len(found) == 1, found
    return found[0]


def resolved(body: str, **metadata: str) -> tuple[str, str, str | None, str | None]:
    """(text, value, time_start, time_end) of the one expression in ``body``."""
    t = only(body, **metadata)
    return t.text, t.value, t.time_start, t.time_end


def values(body: str, published: str | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in times_of(body, published)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The vote was held on 4 March.", ("4 March", "2024-03-04", "2024-03-04", "2024-03-04")),
        ("The vote was held on Mar. 4.", ("Mar. 4", "2024-03-04", "2024-03-04", "2024-03-04")),
        (
            "The vote was held on the 4th of March.",
            ("the 4th of March", "2024-03-04", *("2024-03-04",) * 2),
        ),
        (
            "It changed after Sept. 11, 2001.",
            ("Sept. 11, 2001", "2001-09-11", *("2001-09-11",) * 2),
        ),
        ("The memo is dated 2024-02-29.", ("2024-02-29", "2024-02-29", *("2024-02-29",) * 2)),
        ("They met on 28 March.", ("28 March", "2023-03-28", *("2023-03-28",) * 2)),
        ("They will meet on 28 March.", ("28 March", "2024-03-28", *("2024-03-28",) * 2)),
        # A date set off after what it dates takes that clause's tense, not the next one's.
        (
            "She said she would raise it at the board's next meeting, on 28 March, and that "
            "she had no intention of resigning.",
            ("28 March", "2024-03-28", *("2024-03-28",) * 2),
        ),
        ("The offer closes on Jan. 9.", ("Jan. 9", "2024-01-09", *("2024-01-09",) * 2)),
        # "since" a date is past, however far its verb and whatever plan follows.
        (
            "About 60 students have been sleeping in the lobby of the old rectorate building "
            "on Józefińska Street since 1 March in protest at a plan to sell the hall.",
            ("1 March", "2024-03-01", *("2024-03-01",) * 2),
        ),
    ],
)
def test_explicit_dates(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


def test_numeric_dates_follow_the_outlet_locale() -> None:
    assert only("Filed 04/03/2024.", timezone="Europe/London").value == "2024-03-04"
    assert only("Filed 04/03/2024.", timezone="America/Chicago").value == "2024-04-03"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It began in 2016.", ("2016", "2016", "2016", "2016")),
        ("It began in November 2018.", ("November 2018", "2018-11", "2018-11", "2018-11")),
        ("It began in late November.", ("late November", "2023-11", "2023-11", "2023-11")),
        ("They will vote in June.", ("June", "2024-06", "2024-06", "2024-06")),
        ("It began in the 1990s.", ("the 1990s", "199", "1990", "1999")),
        ("Sales fell in fiscal 2023.", ("fiscal 2023", "2023", "2023", "2023")),
        ("It was built in nineteen ninety-six.", ("nineteen ninety-six", "1996", "1996", "1996")),
        (
            "Profits rose in the third quarter.",
            ("the third quarter", "2023-Q3", "2023-07", "2023-09"),
        ),
        (
            "Sales rose in the first half of 2022.",
            ("the first half of 2022", "2022-H1", "2022-01", "2022-06"),
        ),
        ("Prices rose last summer.", ("last summer", "2023-SU", "2023-06", "2023-08")),
    ],
)
def test_years_months_quarters_and_seasons(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


def test_may_the_verb_is_not_a_month() -> None:
    assert values("Officials may resign. They met in May.") == [("May", "2023-05")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It happened on Tuesday afternoon.",
            ("Tuesday afternoon", "2024-03-05TAF", "2024-03-05T12:00", "2024-03-05T18:00"),
        ),
        ("It happened on Wednesday.", ("Wednesday", "2024-03-06", "2024-03-06", "2024-03-06")),
        ("It happened on Thursday.", ("Thursday", "2024-02-29", "2024-02-29", "2024-02-29")),
        (
            "He will resign on Friday morning.",
            ("Friday morning", "2024-03-08TMO", "2024-03-08T06:00", "2024-03-08T12:00"),
        ),
        ("He could be replaced on Monday.", ("Monday", "2024-03-11", "2024-03-11", "2024-03-11")),
        ("They met last Wednesday.", ("last Wednesday", "2024-02-28", *("2024-02-28",) * 2)),
        # "last Monday" in a Wednesday's paper is the Monday of the week before.
        ("They met last Monday.", ("last Monday", "2024-02-26", *("2024-02-26",) * 2)),
        ("They meet next Wednesday.", ("next Wednesday", "2024-03-13", *("2024-03-13",) * 2)),
        ("They would appeal Monday's ruling.", ("Monday", "2024-03-04", *("2024-03-04",) * 2)),
        ("The club meets on Tuesdays.", ("Tuesdays", "XXXX-WXX-2", None, None)),
        (
            "He posted it on Wednesday night last week.",
            ("Wednesday night last week", "2024-02-28TNI", "2024-02-28T21:00", "2024-02-28T23:59"),
        ),
        (
            "She sent it on the evening of 4 March.",
            ("the evening of 4 March", "2024-03-04TEV", "2024-03-04T18:00", "2024-03-04T21:00"),
        ),
        (
            "It was said on the afternoon of Monday 4 March.",
            (
                "the afternoon of Monday 4 March",
                "2024-03-04TAF",
                "2024-03-04T12:00",
                "2024-03-04T18:00",
            ),
        ),
        (
            "It ended at 10:30 a.m. on Tuesday.",
            ("10:30 a.m. on Tuesday", "2024-03-05T10:30", "2024-03-05T10:30", "2024-03-05T10:30"),
        ),
    ],
)
def test_weekdays_parts_of_the_day_and_clock_times(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


def test_the_publication_days_weekday_after_that_day_a_week_before_is_that_day() -> None:
    # (Published on a Friday: the story is still on the Friday a week before.)
    body = (
        "The clip was posted on Thursday. A paper published it the next morning.\n\n"
        "The association said in a statement on Friday afternoon that it was hurt."
    )
    assert values(body, published="2026-11-27") == [
        ("Thursday", "2026-11-26"),
        ("the next morning", "2026-11-27TMO"),
        ("Friday afternoon", "2026-11-27TAF"),
    ]
    story = (
        "The clip was posted on Thursday 19 November. A paper published it the next morning."
        "\n\nThe association said in a statement on Friday afternoon that it was hurt."
    )
    assert values(story, published="2026-11-27")[-1] == ("Friday afternoon", "2026-11-20TAF")


def test_a_weekday_in_a_name_is_not_a_time() -> None:
    assert times_of("The Sunday Times reported it.") == []


def test_a_frequency_word_ending_a_name_is_not_a_time() -> None:
    assert values("Mr Wekesa told Jamhuri Daily that prices rise daily.") == [("daily", "P1D")]


def test_a_part_of_the_day_in_a_name_is_not_a_time() -> None:
    assert times_of("The Morning Mix co-host and the Evening Standard said so.") == []
    assert values("She spoke to the station this morning.") == [("this morning", "2024-03-06TMO")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The board meets on Tuesday to discuss it.", "2024-03-12"),
        ("She kicks off a book tour in Chicago on Monday.", "2024-03-11"),
        ("The board met on Tuesday to discuss it.", "2024-03-05"),
    ],
)
def test_the_present_of_a_scheduled_happening_is_to_come(body: str, expected: str) -> None:
    assert only(body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It happened yesterday.", ("yesterday", "2024-03-05", "2024-03-05", "2024-03-05")),
        ("It happens today.", ("today", "2024-03-06", "2024-03-06", "2024-03-06")),
        ("It happens tomorrow.", ("tomorrow", "2024-03-07", "2024-03-07", "2024-03-07")),
        (
            "It happens tonight.",
            ("tonight", "2024-03-06TNI", "2024-03-06T21:00", "2024-03-06T23:59"),
        ),
        (
            "It happened last night.",
            ("last night", "2024-03-05TNI", "2024-03-05T21:00", "2024-03-05T23:59"),
        ),
        (
            "They met this morning.",
            ("this morning", "2024-03-06TMO", "2024-03-06T06:00", "2024-03-06T12:00"),
        ),
        (
            "They met yesterday afternoon.",
            ("yesterday afternoon", "2024-03-05TAF", "2024-03-05T12:00", "2024-03-05T18:00"),
        ),
    ],
)
def test_yesterday_today_tomorrow_tonight(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("They met last week.", ("last week", "2024-W09", "2024-02-26", "2024-03-03")),
        ("They meet this week.", ("this week", "2024-W10", "2024-03-04", "2024-03-10")),
        ("They meet next week.", ("next week", "2024-W11", "2024-03-11", "2024-03-17")),
        ("They met last month.", ("last month", "2024-02", "2024-02", "2024-02")),
        ("They meet next year.", ("next year", "2025", "2025", "2025")),
        ("They met earlier this year.", ("earlier this year", "2024", "2024", "2024")),
        ("They met over the weekend.", ("the weekend", "2024-W09-WE", "2024-03-02", "2024-03-03")),
        # On a weekday, "last weekend" is the one just past.
        ("They met last weekend.", ("last weekend", "2024-W09-WE", "2024-03-02", "2024-03-03")),
        # The weekend a named day falls in, by either of its days.
        (
            "It circulated from the weekend of Feb. 17-18.",
            ("the weekend of Feb. 17-18", "2024-W07-WE", "2024-02-17", "2024-02-18"),
        ),
        (
            "It circulated over the weekend of March 3.",
            ("the weekend of March 3", "2024-W09-WE", "2024-03-02", "2024-03-03"),
        ),
    ],
)
def test_last_next_and_this_week_month_year(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("They met a week ago.", ("a week ago", "2024-02-28", "2024-02-28", "2024-02-28")),
        ("They met over a week ago.", ("over a week ago", "2024-02-28", None, "2024-02-28")),
        ("They met two days ago.", ("two days ago", "2024-03-04", "2024-03-04", "2024-03-04")),
        ("They met six months ago.", ("six months ago", "2023-09", "2023-09", "2023-09")),
        ("They met three years ago.", ("three years ago", "2021", "2021", "2021")),
    ],
)
def test_ago(body: str, expected: tuple[str, ...]) -> None:
    assert resolved(body) == expected


def test_an_offset_from_another_event_is_a_duration() -> None:
    found = only("Polls closed two days before the election.")
    assert (found.text, found.type, found.value) == ("two days", "DURATION", "P2D")
    assert "before the election" in found.rule


def test_relative_times_count_from_the_time_last_mentioned() -> None:
    assert values("Profits rose in the third quarter, against a loss a year earlier.") == [
        ("the third quarter", "2023-Q3"),
        ("a year earlier", "2022-Q3"),
    ]
    assert values("The storm hit on 2 February. The next day, roads closed.") == [
        ("2 February", "2024-02-02"),
        ("The next day", "2024-02-03"),
    ]
    assert values("The storm hit on 2 February. Two days later, roads closed.") == [
        ("2 February", "2024-02-02"),
        ("Two days later", "2024-02-04"),
    ]
    # Nor does a deadline ("By Wednesday night").
    assert values(
        "The clip aired on 2 February. By 4 February it had been seen widely. The following "
        "morning, he resigned."
    ) == [
        ("2 February", "2024-02-02"),
        ("4 February", "2024-02-04"),
        ("The following morning", "2024-02-03TMO"),
    ]
    # A month told since does not move the day "the next" counts from.
    assert values(
        "The clip aired on 2 February. It was made in March. The next morning, he resigned. "
        "The following day, he left."
    ) == [
        ("2 February", "2024-02-02"),
        ("March", "2024-03"),
        ("The next morning", "2024-02-03TMO"),
        ("The following day", "2024-02-04"),
    ]
    assert values("The storm hit on 2 February. A day earlier, roads closed.") == [
        ("2 February", "2024-02-02"),
        ("A day earlier", "2024-02-01"),
    ]
    assert values("She said he deserved a second chance.") == []
    assert values("He paused for a second while the crowd cheered.") == [("a second", "PT1S")]
    assert values("The storm hit on 2 February. She resigned a week later.") == [
        ("2 February", "2024-02-02"),
        ("a week later", "2024-02-09"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Talks lasted two weeks.", ("two weeks", "DURATION", "P2W")),
        ("Talks last for two weeks.", ("two weeks", "DURATION", "P2W")),
        ("She served nearly three years.", ("nearly three years", "DURATION", "P3Y")),
        ("He signed a two-year contract.", ("two-year", "DURATION", "P2Y")),
        ("It took a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
        ("It took several months.", ("several months", "DURATION", "PXM")),
        ("Prices rose over the past 18 months.", ("the past 18 months", "DURATION", "P18M")),
        ("They meet twice a week.", ("a week", "SET", "P1W")),
        ("The paper is published daily.", ("daily", "SET", "P1D")),
        ("They meet every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_and_repeated_times(body: str, expected: tuple[str, str, str]) -> None:
    found = only(body)
    assert (found.text, found.type, found.value) == expected
    assert (found.time_start, found.time_end) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He recently said so.", ("recently", "PAST_REF")),
        ("He is now in charge.", ("now", "PRESENT_REF")),
        ("It may change in the future.", ("the future", "FUTURE_REF")),
        ("It was different in the past.", ("the past", "PAST_REF")),
        # A claim about anyone at all: these days, not the publication day.
        ('"Today anyone can make a voice say anything," he wrote.', ("Today", "PRESENT_REF")),
    ],
)
def test_vague_references(body: str, expected: tuple[str, str]) -> None:
    found = only(body)
    assert (found.text, found.value) == expected
    assert found.time_end is None


def test_holidays() -> None:
    assert only("They met on Christmas Day.").value == "2023-12-25"
    assert only("They will meet on Christmas Day.").value == "2024-12-25"
    assert only("He left at Easter 2019.").value == "2019-04-21"


def test_future_references_are_marked() -> None:
    assert only("He will resign on Friday morning.").modality == "future"
    assert only("He resigned on Monday.").modality == "actual"
    assert only("It may change in the future.").modality == "future"


def test_granularity_is_kept_and_intervals_cover_it() -> None:
    year = only("They met in 2016.")
    assert year.granularity == "year"
    assert [moment.isoformat() for moment in interval(year)] == [  # type: ignore[union-attr]
        "2016-01-01T00:00:00",
        "2017-01-01T00:00:00",
    ]
    afternoon = only("It happened on Tuesday afternoon.")
    assert afternoon.granularity == "part_of_day"
    assert [moment.isoformat() for moment in interval(afternoon)] == [  # type: ignore[union-attr]
        "2024-03-05T12:00:00",
        "2024-03-05T18:00:00",
    ]


def test_without_a_publication_date_relative_times_stay_unresolved() -> None:
    found = times_of("It happened on Monday.", published=None)
    assert (found[0].value, found[0].time_start) == ("XXXX-WXX-1", None)


def test_overlapping_candidates_keep_the_longest() -> None:
    assert values("It was signed on Tuesday, 5 March 2024.") == [
        ("Tuesday, 5 March 2024", "2024-03-05")
    ]


def test_the_publication_date_is_taken_on_the_outlets_calendar() -> None:
    late_in_new_york = {"published": "2019-12-11T04:30+00:00", "timezone": "America/New_York"}
    found = times_of("It happened yesterday.", **late_in_new_york)
    assert [t.value for t in found] == ["2019-12-09"]
    assert [t.value for t in times_of("It happened yesterday.", "2019-12-11T04:30+00:00")] == [
        "2019-12-10"
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-12-10T14:05", ("2019-12-10T14:05", "2019-12-10T14:05", "minute")),
        ("2019-12-10TEV", ("2019-12-10T18:00", "2019-12-10T21:00", "part_of_day")),
        ("2019-W50", ("2019-12-09", "2019-12-15", "week")),
        ("2019-W50-WE", ("2019-12-14", "2019-12-15", "weekend")),
        ("1989-Q3", ("1989-07", "1989-09", "quarter")),
        ("1989-H2", ("1989-07", "1989-12", "half")),
        ("1994-WI", ("1994-12", "1995-02", "season")),
        ("199", ("1990", "1999", "decade")),
        ("19", ("1900", "1999", "century")),
        ("P2W", (None, None, None)),
        ("PAST_REF", (None, None, None)),
    ],
)
def test_every_value_stands_for_an_interval_at_its_granularity(
    value: str, expected: tuple[str | None, ...]
) -> None:
    assert value_interval(value) == expected


def test_shifting_a_value_keeps_its_granularity() -> None:
    assert shift_value("1989-Q3", "year", -1) == "1988-Q3"
    assert shift_value("1989-Q1", "quarter", -1) == "1988-Q4"
    assert shift_value("1989-10-13", "year", -1) == "1988-10-13"
    assert shift_value("1989-10-13TAF", "day", 1) == "1989-10-14"


def test_patterns_run_near_their_words_without_losing_an_expression() -> None:
    texts = [path.read_text(encoding="utf-8") for path in ROOT.glob("tests/articles/*.txt")]
    texts.append(SEED.read_text(encoding="utf-8"))
    for text in texts:
        windowed = [(m.start(), m.end(), n) for n, m, _ in candidate_matches(text, PATTERNS)]
        everywhere = [
            (m.start(), m.end(), n)
            for n, pattern in enumerate(PATTERNS)
            for m in pattern.regex.finditer(text)
        ]
        assert sorted(windowed) == sorted(everywhere)


def test_a_frequency_word_in_a_name_is_not_a_time() -> None:
    assert times_of("The Daily Ledger and The Weekly Standard reported it.") == []
    assert [t.value for t in times_of("Daily briefings resumed; prices are set weekly.")] == [
        "P1D",
        "P1W",
    ]


def test_a_date_in_a_quotation_is_no_reference_for_the_narrative() -> None:
    made = article(
        'Headline\n\nThe recording was made on Sunday. "We play like it is 1994," he said.\n\n'
        "The paper published it a day later.",
        PUBLISHED,
    )
    parts = segment(made)
    found = {t.text: t.value for t in find_times(made, parts, find_quote_spans(made, parts))}
    assert (found["1994"], found["a day later"]) == ("1994", "2024-03-04")


def test_a_half_of_a_game_is_no_half_of_the_year() -> None:
    assert times_of("The referee was heard midway through the second half.") == []
    assert only("Sales rose in the second half.").value == "2023-H2"


def test_that_afternoon_is_of_the_last_day_mentioned_not_of_a_month_since() -> None:
    assert values(
        "The recording was played on Monday. She said it arrived in March 2023. Giving "
        "evidence later that afternoon, he said he had not known."
    ) == [("Monday", "2024-03-04"), ("March 2023", "2023-03"), ("that afternoon", "2024-03-04TAF")]


def test_a_date_someone_is_to_appear_on_is_ahead() -> None:
    assert values("The committee has summoned her to appear on 12 March.") == [
        ("12 March", "2024-03-12")
    ]


def test_midnight_follows_the_last_day_told_of_not_a_month_in_passing() -> None:
    """ "shortly before midnight": late on the day last told of, that night."""
    assert values(
        "It came out on Monday evening. The tender was launched in December. Hours later, "
        "shortly before midnight, he resigned."
    ) == [
        ("Monday evening", "2024-03-04TEV"),
        ("December", "2023-12"),
        ("midnight", "2024-03-04TNI"),
    ]


@pytest.mark.parametrize(
    ("when", "midnight"),
    [("shortly before midnight", "2024-03-02TNI"), ("at midnight", "2024-03-03T00:00")],
)
def test_the_morning_after_midnight_is_the_morning_after_the_day_it_ended(
    when: str, midnight: str
) -> None:
    assert values(
        f"It aired on Saturday night. He phoned in {when}. The board met the next morning."
    ) == [
        ("Saturday night", "2024-03-02TNI"),
        ("midnight", midnight),
        ("the next morning", "2024-03-03TMO"),
    ]


def test_overnight_after_a_day_in_its_sentence_is_that_night() -> None:
    assert values("It aired on Monday evening, and the clip was shared overnight.") == [
        ("Monday evening", "2024-03-04TEV"),
        ("overnight", "2024-03-04TNI"),
    ]
    assert values("Two men were arrested overnight.") == [("overnight", "2024-03-06TNI")]


def test_a_date_in_a_plan_decided_in_the_past_may_lie_ahead() -> None:
    assert values("The union voted last month to strike from 15 March.") == [
        ("last month", "2024-02"),
        ("15 March", "2024-03-15"),
    ]
    assert values("The union struck last month from 15 March.")[-1] == ("15 March", "2023-03-15")


def test_within_hours_opening_a_clause_after_a_day_is_that_day() -> None:
    assert values(
        "It was streamed on Tuesday afternoon. Within hours, a councillor had posted a clip."
    ) == [("Tuesday afternoon", "2024-03-05TAF"), ("Within hours", "2024-03-05")]
    # Inside a clause, or with no day told before, it is a stretch of time.
    assert values(
        "It was streamed on Tuesday. He said it would be over within hours, then left."
    ) == [
        ("Tuesday", "2024-03-05"),
        ("hours", "PTXH"),
    ]
    assert values("Within hours, a councillor had posted a clip.") == [("hours", "PTXH")]
    # The day the narrator told of last, not one in what someone is said to have said.
    assert values(
        "The station played it on Monday morning. It said the note had been sent on Saturday. "
        "Within hours, a deputy had attacked him."
    ) == [
        ("Monday morning", "2024-03-04TMO"),
        ("Saturday", "2024-03-02"),
        ("Within hours", "2024-03-04"),
    ]


def test_a_clock_time_takes_the_following_day_named_a_few_words_after_it() -> None:
    assert values(
        "She posted it on Friday night. KSVN aired it in its 7am bulletin the following morning."
    ) == [
        ("Friday night", "2024-03-01TNI"),
        ("7am", "2024-03-02T07:00"),
        ("the following morning", "2024-03-02TMO"),
    ]


def test_a_clock_time_is_on_the_last_day_told_of_not_a_week_named_since() -> None:
    assert values(
        "The remark was made on Monday afternoon. Talks had broken down last week.\n\n"
        "Banyan Television aired the footage on its 6pm news that evening."
    ) == [
        ("Monday afternoon", "2024-03-04TAF"),
        ("last week", "2024-W09"),
        ("6pm", "2024-03-04T18:00"),
        ("that evening", "2024-03-04TEV"),
    ]


def test_a_clock_time_takes_the_date_named_a_few_words_after_it() -> None:
    assert values("On Friday the council met. KSVN aired it on its 11 p.m. newscast Feb. 25.") == [
        ("Friday", "2024-03-01"),
        ("11 p.m.", "2024-02-25T23:00"),
        ("Feb. 25", "2024-02-25"),
    ]


def test_a_clock_time_takes_the_weekday_named_a_few_words_after_it() -> None:
    assert values("On Friday the council met. KSVN aired it on its 10 p.m. newscast Monday.") == [
        ("Friday", "2024-03-01"),
        ("10 p.m.", "2024-03-04T22:00"),
        ("Monday", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It was streamed on Tuesday afternoon. Hours later, a councillor posted a clip.",
            [("Tuesday afternoon", "2024-03-05TAF"), ("Hours later", "2024-03-05")],
        ),
        (
            "It aired on Tuesday. Within hours of the broadcast, the mayor apologised.",
            [("Tuesday", "2024-03-05"), ("Within hours of the broadcast", "2024-03-05")],
        ),
        # A time told right after it dates the clause; a day to come is none to count from.
        (
            "It aired on Tuesday. Hours later, on Tuesday night, the mayor apologised.",
            [("Tuesday", "2024-03-05"), ("Tuesday night", "2024-03-05TNI")],
        ),
        (
            "She said the board meets next Tuesday. Hours later, the mayor apologised.",
            [("next Tuesday", "2024-03-12")],
        ),
        # The day a statement was made is told; a day in what it says is not.
        (
            "It aired on Tuesday. The ministry said in a statement on Wednesday morning that "
            "he was suspended. Hours later, the union protested.",
            [
                ("Tuesday", "2024-03-05"),
                ("Wednesday morning", "2024-03-06TMO"),
                ("Hours later", "2024-03-06"),
            ],
        ),
        (
            "It aired on Tuesday. The station said the note had been sent on Monday. Hours "
            "later, the union protested.",
            [("Tuesday", "2024-03-05"), ("Monday", "2024-03-04"), ("Hours later", "2024-03-05")],
        ),
    ],
)
def test_hours_later_opening_a_clause_is_the_day_told_last(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert values(body) == expected


def test_a_weekday_before_a_date_tells_its_year() -> None:
    """A perfect looks back, but "Saturday 28 November" can only be the coming one:
    of the years around the publication date, the one where the date is a Saturday."""
    coming = only(
        "The unions have called a march for Saturday 28 November.", published="2026-11-18"
    )
    assert coming.value == "2026-11-28"
    assert coming.rule == "day month, year in which it falls on a Saturday"
    past = only("The unions held a march on Friday 28 November.", published="2026-11-18")
    assert (past.value, past.rule) == (
        "2025-11-28",
        "day month, year from the publication date and the tense",
    )


def test_a_24_hour_clock_after_at_or_before_a_bulletin() -> None:
    found = values(
        "The polls closed at 18:30 hrs on Tuesday. The station aired it in its 21.00 news"
        " bulletin. Turnout rose 3.5 per cent, and 12.30 of it was counted."
    )
    assert found == [
        ("18:30", "2024-03-05T18:30"),
        ("Tuesday", "2024-03-05"),
        ("21.00", "2024-03-05T21:00"),
    ]


def test_a_clock_at_midnight_on_no_known_day_is_kept_unresolved() -> None:
    found = times_of("The polls closed at 12 a.m. and the count began.", published=None)
    assert [(t.text, t.value) for t in found] == [("12 a.m.", "XXXX-XX-XXT00:00")]


def test_hours_after_what_was_told_is_the_day_told_of_last() -> None:
    assert values(
        "The union spoke on Monday morning. Hours after the union's statement, the mayor "
        "apologised. Hours after the picket, the committee met. Hours after the clip surfaced, "
        "he quit."
    ) == [
        ("Monday morning", "2024-03-04TMO"),
        ("Hours after the union's statement", "2024-03-04"),
        ("Hours after the picket", "2024-03-04"),
    ]


def test_a_weekday_opening_a_clause_takes_its_tense_not_that_of_what_it_reports() -> None:
    found = times_of(
        "On Monday morning a reader emailed the newsroom to say that the board could be read.",
        published="2026-10-22",
    )
    assert [t.value for t in found] == ["2026-10-19TMO"]


@pytest.mark.parametrize(
    "body",
    ["On Friday, talks will resume.", "On Friday the company will have cut 300 jobs."],
)
def test_a_weekday_opening_a_clause_about_what_will_be_is_the_next_one(body: str) -> None:
    assert [t.value for t in times_of(body, published="2026-03-11")] == ["2026-03-13"]


def test_a_day_earlier_counts_from_the_day_last_mentioned_not_a_coarser_date() -> None:
    found = times_of(
        "The director apologized Wednesday evening for a message first reported last week by "
        "a station.\n\nA day earlier, the union said he was wrong.",
        published="2026-11-26",
    )
    assert ("A day earlier", "2026-11-24") in [(t.text, t.value) for t in found]
