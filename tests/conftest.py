"""Shared fixtures: the site built once at the root and once under a project sub-path,
each served like GitHub Pages, and Debian's Chromium driven by Playwright.

`make test` spreads the tests over the machine's cores (pytest-xdist, `--dist loadscope`): a
module's tests run on one worker, so a module-scoped fixture is made once. The two sites the
tests read are built once for the whole run: the first worker to ask builds them, under a lock,
where every worker finds them. A worker that serves the site to a browser builds its own copy
for its own port: a worker stops once it has no more tests, and a server shared across workers
would drop the requests of another still running. (Not `loadgroup`: with pytest 9.2 it silently
stops grouping, pytest-dev/pytest-xdist#1386.)"""
from __future__ import annotations

import fcntl
import json
import types

import pytest

from scripts.chromium import launch
from tests.site import BUILD_DATE, ROOT, Server, build, free_port

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"       # axe-core, pinned in package.json
# axe's violations, one line each: "impact rule: the first three elements"; `rules` narrows the run.
AXE_VIOLATIONS = """async (rules) => (await axe.run(document, rules ? {resultTypes: ["violations"],
    runOnly: {type: "rule", values: rules}} : {resultTypes: ["violations"]}))
    .violations.map(v => `${v.impact} ${v.id}: ` + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))"""



class BuiltSite:
    def __init__(self, path, port, prefix, process):
        self.path, self.port, self.prefix, self.process = path, port, prefix, process
        self.url = f"http://127.0.0.1:{port}{prefix}"


def _own_build(tmp_path_factory, prefix: str) -> BuiltSite:
    """The real site built for `prefix` at a port of this worker's own, to serve it."""
    port = free_port()
    site = tmp_path_factory.mktemp("served-site")
    process = build(ROOT, site, site_url=f"http://127.0.0.1:{port}{prefix}", extra_env=BUILD_DATE)
    assert process.returncode == 0, f"strict build failed:\n{process.stdout}\n{process.stderr}"
    return BuiltSite(site, port, prefix, process)


def _built(tmp_path_factory, prefix: str, name: str) -> BuiltSite:
    """The real site built for `prefix`, once for the whole run (every xdist worker shares it)."""
    shared = tmp_path_factory.getbasetemp()
    if shared.name.startswith("popen-gw"):           # an xdist worker's own folder: use the run's
        shared = shared.parent
    folder = shared / f"shared-{name}"
    with open(shared / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = folder / "build.json"
        if not record.exists():
            port = free_port()
            process = build(ROOT, folder / "site", site_url=f"http://127.0.0.1:{port}{prefix}", extra_env=BUILD_DATE)
            record.write_text(json.dumps({"port": port, "returncode": process.returncode,
                                          "stdout": process.stdout, "stderr": process.stderr}), "utf-8")
        built = json.loads(record.read_text("utf-8"))
    process = types.SimpleNamespace(returncode=built["returncode"], stdout=built["stdout"], stderr=built["stderr"])
    assert process.returncode == 0, f"strict build failed:\n{process.stdout}\n{process.stderr}"
    return BuiltSite(folder / "site", built["port"], prefix, process)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    """The site as `make build` makes it, for a site served at the host root."""
    return _built(tmp_path_factory, "/", "root")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory) -> BuiltSite:
    """The site as published to a GitHub Pages project site: https://<owner>.github.io/second-round/."""
    return _built(tmp_path_factory, "/second-round/", "subpath")


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """The site at the host root, served like GitHub Pages (a build of this worker's own)."""
    own = _own_build(tmp_path_factory, "/")
    with Server(own.path, own.port, own.prefix) as server:
        yield server


@pytest.fixture(scope="session")
def served_subpath(tmp_path_factory):
    """The site under /second-round/, served like GitHub Pages (a build of this worker's own)."""
    own = _own_build(tmp_path_factory, "/second-round/")
    with Server(own.path, own.port, own.prefix) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


# The fonts the layout tests measure with, installed by scripts/setup_test_tools.sh: a page's
# English text is set in the first, its Japanese in the second (site.css names system fonts; on
# Debian these are what Chromium picks). A test that measures lengths checks them first
# (Visit.assert_layout_fonts), so other fonts fail with their names instead of a wrong size.
LAYOUT_FONTS = {"en": "Liberation Sans", "ja": "Noto Sans CJK JP"}


class Visit:
    """A page in a fresh browser context that records every request, response and console error."""

    def __init__(self, browser, viewport, **options):
        self.context = browser.new_context(viewport=viewport, **options)
        self.page = self.context.new_page()
        self.requests, self.failures, self.errors = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("response", lambda r: r.status >= 400 and self.failures.append((r.status, r.url)))
        self.page.on("requestfailed", lambda r: self.failures.append(("failed", r.url)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def requests_besides_the_icon(self) -> list[str]:
        """What the page asked for, less the site icon (theme.favicon), which Chromium fetches
        by itself once the page has loaded."""
        return [url for url in self.requests if "/assets/images/favicon." not in url]

    def stored_keys(self) -> list[str]:
        """The localStorage keys our tools wrote (tools/kit.js keeps everything under "second-round:")."""
        return self.page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('second-round:'))")

    def settle(self):
        """Wait until the page the reader sees is at rest: loaded, fonts ready, and two frames drawn
        since, so that Material's reactions to the first layout (navigation.tracking writing the
        section into the address bar, tabs, copy buttons) have run."""
        self.page.wait_for_load_state("load")
        self.page.evaluate("""() => document.fonts.ready.then(() => new Promise(done =>
            requestAnimationFrame(() => requestAnimationFrame(() => done()))))""")

    def axe(self, rules: list[str] | None = None) -> list[str]:
        """axe-core's violations of every rule (or of `rules`) on the page as it is now: once what
        the reader did has settled, no transition running (axe reads the colours on screen; the
        header's title fades in when a field scrolls into view)."""
        if not self.page.evaluate("typeof axe !== 'undefined'"):
            self.page.add_script_tag(path=str(AXE))
        self.page.wait_for_function("document.getAnimations().length === 0")
        return self.page.evaluate(AXE_VIOLATIONS, rules)

    def fonts(self, selector: str) -> set[str]:
        """The font families Chromium draws the text of the first element matching `selector` with
        (DevTools protocol: CSS.getPlatformFontsForNode)."""
        cdp = self.context.new_cdp_session(self.page)
        try:
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
            assert node, f"nothing matches {selector}"
            return {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}
        finally:
            cdp.detach()

    def assert_layout_fonts(self, selector: str, lang: str):
        """The text at `selector` is drawn in the font the layout tests were written for."""
        used, expected = self.fonts(selector), LAYOUT_FONTS[lang]
        assert expected in used, (f"{selector} is drawn in {sorted(used)}, not {expected}: the measurements assume "
                                  f"it; install it (scripts/setup_test_tools.sh) or check site.css's font stack")

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    visits = []

    def open_visit(viewport=None, **options):
        """A fresh context; options go to Playwright's new_context (timezone_id, java_script_enabled...)."""
        v = Visit(browser, viewport or {"width": 1280, "height": 800}, **options)
        visits.append(v)
        return v

    yield open_visit
    for v in visits:
        v.close()
