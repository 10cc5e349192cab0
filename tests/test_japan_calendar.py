"""Japan's holidays reach the date planner from the pinned `holidays` library at build time, for
the build year and the next two, in the page's language, and only on the page that uses the
planner; a table that would not reach 12 months past the build date stops the build."""
from __future__ import annotations

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from scripts import japan_calendar
from scripts.built_site import page_url
from scripts.pages import read_pages
from tests.site import BUILD_DATE, ROOT, build, project_copy

BUILT = datetime.date.fromisoformat(BUILD_DATE["SECOND_ROUND_BUILD_DATE"])


def test_the_table_covers_the_build_year_and_the_next_two():
    table = japan_calendar.table(BUILT, "en")
    assert (table["first"], table["last"]) == ("2026-01-01", "2028-12-31")
    assert all(BUILT.year <= int(day[:4]) <= BUILT.year + 2 for day in table["holidays"])


@pytest.mark.parametrize("lang, substitute, citizens, new_year", [
    ("en", "Substitute Holiday", "National Holiday", "New Year's Day"),
    ("ja", "振替休日", "国民の休日", "元日"),
])
def test_substitute_and_citizens_holidays_are_in_the_table_in_the_page_language(lang, substitute, citizens, new_year):
    holidays = japan_calendar.table(BUILT, lang)["holidays"]
    assert holidays["2026-05-06"] == substitute          # 憲法記念日 on a Sunday moves to Wednesday 6 May
    assert holidays["2027-03-22"] == substitute          # 春分の日 on Sunday 21 March 2027
    assert holidays["2026-09-22"] == citizens            # between 敬老の日 and 秋分の日
    assert holidays["2027-01-01"] == new_year
    assert "2026-12-25" not in holidays and "2026-08-13" not in holidays   # not national holidays


def test_the_build_date_is_today_in_japan_unless_set():
    assert japan_calendar.build_date({"SECOND_ROUND_BUILD_DATE": "2027-03-01"}) == datetime.date(2027, 3, 1)
    with pytest.raises(ValueError, match="SECOND_ROUND_BUILD_DATE='2027-3-1' is not a date; write it as YYYY-MM-DD"):
        japan_calendar.build_date({"SECOND_ROUND_BUILD_DATE": "2027-3-1"})


def test_the_table_must_reach_12_months_past_the_build_date():
    # holidays 0.108 knows Japan up to 2099: a build on 31 December 2098 reaches 2099-12-31 exactly.
    assert japan_calendar.coverage_problem(datetime.date(2098, 12, 31)) is None
    problem = japan_calendar.coverage_problem(datetime.date(2099, 1, 1))
    assert problem.startswith("Japan's holiday table for the date planner ends on 2099-12-31, less than 12 months "
                              "after the build date 2099-01-01: holidays 0.108 knows Japan's holidays for 1949–2099 only.")
    assert "set `holidays==<newer version>` in requirements.txt, run `make constraints`" in problem


def test_a_holiday_table_short_of_12_months_stops_the_build(tmp_path):
    result = build(project_copy(tmp_path / "project"), tmp_path / "site",
                   extra_env={"SECOND_ROUND_BUILD_DATE": "2099-06-01"})
    assert result.returncode != 0
    assert "holiday table for the date planner ends on 2099-12-31" in result.stderr
    assert "run `make constraints`, then `make test`" in result.stderr
    assert not (tmp_path / "site" / "timeline" / "index.html").exists()


def tool_data(site, key, lang):
    block = BeautifulSoup((site.path / page_url(key, lang) / "index.html").read_text("utf-8"),
                          "html.parser").find("script", id="page-tools-data")
    return json.loads(block.string)["data"] if block else None


def test_only_the_planner_page_carries_the_holidays_in_its_own_language(site):
    for lang, name in (("en", "Substitute Holiday"), ("ja", "振替休日")):
        data = tool_data(site, "timeline", lang)
        assert data["planner"] == japan_calendar.table(BUILT, lang)
        assert data["planner"]["holidays"]["2026-05-06"] == name
    others = [p for p in read_pages(ROOT / "docs") if p.key != "timeline"]
    assert others and all("planner" not in (tool_data(site, p.key, p.lang) or {}) for p in others)
