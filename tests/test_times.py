"""Times: expressions found and resolved against the publication date.

The publication date in these tests is Tuesday 10 December 2019.
"""

from __future__ import annotations

import pytest

from provenance.times import find_times, interval
from tests.helpers import article


def times_of(body: str, published: str | None = "2019-12-10", **metadata: str):  # type: ignore[no-untyped-def]
    made = article("Headline\n\n" + body, published, **metadata)
    from provenance.segment import segment

    return find_times(made, segment(made), ())


def only(body: str, **metadata: str) -> tuple[str, str, str | None, str | None]:
    found = times_of(body, **metadata)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.value, t.time_start, t.time_end


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It happened on Tuesday afternoon.",
            ("on Tuesday afternoon", "2019-12-10TAF", "2019-12-10T12:00", "2019-12-10T18:00"),
        ),
        ("It happened on Monday.", ("on Monday", "2019-12-09", "2019-12-09", "2019-12-09")),
        ("It happened on Wednesday.", ("on Wednesday", "2019-12-04", "2019-12-04", "2019-12-04")),
        (
            "He will resign on Friday morning.",
            ("on Friday morning", "2019-12-13TMO", "2019-12-13T06:00", "2019-12-13T12:00"),
        ),
        (
            "Britain could be led by him on Friday.",
            ("on Friday", "2019-12-13", "2019-12-13", "2019-12-13"),
        ),
        ("It happened yesterday.", ("yesterday", "2019-12-09", "2019-12-09", "2019-12-09")),
        ("It happens tomorrow.", ("tomorrow", "2019-12-11", "2019-12-11", "2019-12-11")),
        (
            "They met this morning.",
            ("this morning", "2019-12-10TMO", "2019-12-10T06:00", "2019-12-10T12:00"),
        ),
        ("They met in 2016.", ("2016", "2016", "2016", "2016")),
        ("They met last week.", ("last week", "2019-W49", "2019-12-02", "2019-12-08")),
        ("They met last month.", ("last month", "2019-11", "2019-11", "2019-11")),
        ("They met a week ago.", ("a week ago", "2019-12-03", "2019-12-03", "2019-12-03")),
        ("They met over a week ago.", ("over a week ago", "2019-12-03", None, "2019-12-03")),
        ("They met on 10 December.", ("10 December", "2019-12-10", "2019-12-10", "2019-12-10")),
        ("They met on Dec. 10.", ("Dec. 10", "2019-12-10", "2019-12-10", "2019-12-10")),
        (
            "It began on Sept. 11, 2001.",
            ("Sept. 11, 2001", "2001-09-11", "2001-09-11", "2001-09-11"),
        ),
        ("They met in November 2018.", ("November 2018", "2018-11", "2018-11", "2018-11")),
        ("They met on 28 December.", ("28 December", "2018-12-28", "2018-12-28", "2018-12-28")),
        ("Talks last for two weeks.", ("for two weeks", "P2W", None, None)),
        ("He recently said so.", ("recently", "PAST_REF", None, None)),
    ],
)
def test_expressions(body: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert only(body) == expected


def test_numeric_dates_follow_the_outlet_locale() -> None:
    assert only("Filed 10/12/2019.", timezone="Europe/London")[1] == "2019-12-10"
    assert only("Filed 10/12/2019.", timezone="America/New_York")[1] == "2019-10-12"


def test_future_references_are_marked() -> None:
    found = times_of("He will resign on Friday morning.")
    assert found[0].modality == "future"
    assert times_of("He resigned on Monday.")[0].modality == "actual"


def test_granularity_is_kept_and_intervals_cover_it() -> None:
    year = times_of("They met in 2016.")[0]
    assert year.granularity == "year"
    start, end = interval(year)  # type: ignore[misc]
    assert (start.isoformat(), end.isoformat()) == ("2016-01-01T00:00:00", "2017-01-01T00:00:00")


def test_without_a_publication_date_relative_times_stay_unresolved() -> None:
    found = times_of("It happened on Monday.", published=None)
    assert (found[0].value, found[0].time_start) == ("XXXX-WXX-1", None)
