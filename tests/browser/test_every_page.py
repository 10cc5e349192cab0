"""Every page of both languages, in a real browser: no console error, nothing from another
host, no axe-core violation of any impact, and no sideways scrolling on a 360 px phone.
Screenshots of a guide page for review go to test-output/screenshots/."""
from __future__ import annotations


import pytest

from scripts.built_site import page_url
from scripts.pages import read_pages
from tests.site import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PATHS = sorted(page_url(p.key, p.lang) for p in read_pages(ROOT / "docs"))
SCREENSHOTS = ROOT / "test-output" / "screenshots"


@pytest.mark.parametrize("path", PATHS)
def test_every_page_loads_cleanly_accessibly_and_fits_a_phone(served, visit, path):
    v = visit({"width": 360, "height": 740})
    v.page.goto(served.base + path)
    v.page.wait_for_load_state("networkidle")
    assert v.errors == []
    assert v.failures == []
    assert [u for u in v.requests if not u.startswith(served.base)] == []
    overflow = v.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scrolling at 360px"
    v.page.add_script_tag(path=str(AXE))
    violations = v.page.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]}))
        .violations.map(v => `${v.impact} ${v.id}: ` + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))""")
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_a_guide_page_screenshot_is_written_for_review(served, visit, lang, width, height):
    v = visit({"width": width, "height": height})
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "thank-you-email/")
    v.page.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"thank-you-email-{lang}-{width}x{height}.png"
    v.page.screenshot(path=str(target), full_page=False)
    assert target.stat().st_size > 10_000
