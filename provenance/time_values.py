"""TIMEX3 values: the interval a value stands for, and calendar arithmetic on values.

A value keeps the granularity the text gives: ``2016`` is a year,
``1989-Q3`` a quarter, ``2019-12-10TAF`` an afternoon, ``198`` the 1980s.
:func:`value_interval` turns a value into the first and last instants it
covers, written at that granularity (both inclusive, as the ``times`` table
stores them); :func:`shift_value` moves a value by whole units ("a year
earlier" than ``1989-Q3`` is ``1988-Q3``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from provenance.time_lexicon import PART_CODES, SEASON_MONTHS

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MINUTE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")
_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^\d{4}$")
_DECADE = re.compile(r"^\d{3}$")
_CENTURY = re.compile(r"^\d{2}$")

Interval = tuple[str | None, str | None, str | None]


def value_interval(value: str) -> Interval:
    """``(time_start, time_end, granularity)`` of a TIMEX3 value; Nones when it fixes no time."""
    if match := _MINUTE.match(value):
        return value, value, "minute"
    if match := _PART.match(value):
        start, end = PART_CODES[match[2]]
        return f"{match[1]}T{start}", f"{match[1]}T{end}", "part_of_day"
    if _DAY.match(value):
        return value, value, "day"
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return (
                (monday + timedelta(5)).isoformat(),
                (monday + timedelta(6)).isoformat(),
                "weekend",
            )
        return monday.isoformat(), (monday + timedelta(6)).isoformat(), "week"
    if _MONTH.match(value):
        return value, value, "month"
    if match := _QUARTER.match(value):
        size = 3 if match[2] == "Q" else 6
        first = (int(match[3]) - 1) * size + 1
        return (
            f"{match[1]}-{first:02d}",
            f"{match[1]}-{first + size - 1:02d}",
            ("quarter" if size == 3 else "half"),
        )
    if match := _SEASON.match(value):
        first, last = SEASON_MONTHS[match[2]]
        year = int(match[1])
        end_year = year + 1 if last < first else year
        return f"{year}-{first:02d}", f"{end_year}-{last:02d}", "season"
    if _YEAR.match(value):
        return value, value, "year"
    if _DECADE.match(value):
        return f"{value}0", f"{value}9", "decade"
    if _CENTURY.match(value):
        return f"{value}00", f"{value}99", "century"
    return None, None, None


def quarter_value(day: date) -> str:
    """The quarter a day is in: ``1989-Q3``."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def week_value(day: date) -> str:
    """The ISO week a day is in: ``2019-W50``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def value_start(value: str) -> date | None:
    """The first day a fixed value covers."""
    start, _, _ = value_interval(value)
    if start is None:
        return None
    if len(start) == 4:
        return date(int(start), 1, 1)
    if len(start) == 7:
        return date(int(start[:4]), int(start[5:7]), 1)
    return date.fromisoformat(start[:10])


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """``value`` moved by ``amount`` units (year, quarter, month, week or day).

    "A year earlier" than ``1989-Q3`` is ``1988-Q3``, than ``1989-10-13``
    is ``1988-10-13``; a time of day moves as its day.
    """
    _, _, granularity = value_interval(value)
    first = value_start(value)
    if first is None or granularity is None or granularity in ("decade", "century"):
        return None
    if granularity in ("quarter", "half", "season"):
        return _shift_period(value, unit, amount) if unit in ("year", "quarter") else None
    step = {
        "year": relativedelta(years=amount),
        "quarter": relativedelta(months=3 * amount),
        "month": relativedelta(months=amount),
        "week": relativedelta(weeks=amount),
        "day": relativedelta(days=amount),
    }[unit]
    keep = granularity if granularity in ("year", "month", "week") else "day"
    return render(first + step, keep)


def _shift_period(value: str, unit: str, amount: int) -> str:
    year, code = value[:4], value[5:]
    if unit == "year":
        return f"{int(year) + amount:04d}-{code}"
    index = int(year) * 4 + int(code[1]) - 1 + amount
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def render(day: date, granularity: str) -> str:
    """A day written at a granularity: ``1989``, ``1989-Q3``, ``1989-07``, ``1989-W27``."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "quarter":
        return quarter_value(day)
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        return week_value(day)
    return day.isoformat()
