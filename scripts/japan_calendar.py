"""Japan's national holidays for the date planner, computed at build time.

The holidays come from the pinned `holidays` library (requirements.txt), which follows the
Holidays Act, including 振替休日 (a holiday on a Sunday moves to the next free weekday) and
国民の休日 (a day between two holidays is one too), and names each day in English and Japanese.
A build takes the build date's year and the next two (`YEARS`) and hands the table, in the
page's language, to pages that use the planner (scripts/hooks/tool_assets.py); nothing is
fetched when a reader views the page.

The build date is today in Japan, or SECOND_ROUND_BUILD_DATE=YYYY-MM-DD (tests, and a maintainer
checking a future build). If the library knows too few years for the table to reach 12 months
past the build date, the build stops and says how to upgrade it (`coverage_problem`).
No MkDocs imports: the hook and the tests both use this.
"""
from __future__ import annotations

import datetime
import functools
import os
from importlib.metadata import version
from zoneinfo import ZoneInfo

import holidays

BUILD_DATE = "SECOND_ROUND_BUILD_DATE"
YEARS = 3                       # the build date's year and the next two
LIBRARY_LANGUAGE = {"en": "en_US", "ja": "ja"}


def build_date(environ=os.environ) -> datetime.date:
    """The date the table is built for: SECOND_ROUND_BUILD_DATE, or today in Japan."""
    given = environ.get(BUILD_DATE)
    if not given:
        return datetime.datetime.now(ZoneInfo("Asia/Tokyo")).date()
    try:
        return datetime.date.fromisoformat(given)
    except ValueError:
        raise ValueError(f"{BUILD_DATE}={given!r} is not a date; write it as YYYY-MM-DD, "
                         f"or leave it unset to build for today") from None


@functools.lru_cache(maxsize=8)
def covered_years(start: int) -> list[int]:
    """The years from `start` on (at most YEARS) for which the library knows Japan's holidays."""
    years = []
    for year in range(start, start + YEARS):
        if not holidays.Japan.start_year <= year <= holidays.Japan.end_year or not holidays.Japan(years=year):
            break
        years.append(year)
    return years


def one_year_after(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:                       # 29 February
        return day.replace(year=day.year + 1, day=28)


def coverage_problem(built: datetime.date) -> str | None:
    """Why the table built on `built` would be too short, and what to do; None when it is fine."""
    years = covered_years(built.year)
    last = datetime.date(years[-1], 12, 31) if years else None
    if last is not None and last >= one_year_after(built):
        return None
    reach = f"ends on {last.isoformat()}" if last else "would be empty"
    return (f"Japan's holiday table for the date planner {reach}, less than 12 months after the build date "
            f"{built.isoformat()}: holidays {version('holidays')} knows Japan's holidays for "
            f"{holidays.Japan.start_year}–{holidays.Japan.end_year} only.\n"
            "    -> upgrade the pinned library: set `holidays==<newer version>` in requirements.txt, "
            "run `make constraints`, then `make test`"
            + (f" (or unset {BUILD_DATE} if it was set by mistake)" if os.environ.get(BUILD_DATE) else ""))


@functools.lru_cache(maxsize=8)
def table(built: datetime.date, lang: str) -> dict:
    """{"first": "2026-01-01", "last": "2028-12-31", "holidays": {"2026-01-01": "New Year's Day", ...}}:
    every national holiday from 1 January of the build year to the end of the last covered year,
    named in `lang`. Computed once per build date and language; callers never change it."""
    years = covered_years(built.year)
    days = holidays.Japan(years=years, language=LIBRARY_LANGUAGE[lang])
    return {
        "first": datetime.date(years[0], 1, 1).isoformat(),
        "last": datetime.date(years[-1], 12, 31).isoformat(),
        "holidays": {day.isoformat(): name for day, name in sorted(days.items())},
    }
