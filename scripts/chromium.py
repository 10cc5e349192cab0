"""Debian's Chromium, as every browser-driving script and test here starts it.

Both come from Debian, installed by scripts/setup_test_tools.sh (make test); Playwright's own
browser download cannot reach the internet here and is never used.
- Playwright drives Debian's chromium-headless-shell, the same engine built without the browser's
  own window and tab strip: what Playwright itself uses for headless runs. A fresh browser
  context and a page load cost it about half the CPU of the full browser, which in headless
  mode draws a window for every context (30 of them: 3.7 s CPU instead of 10.5 s).
- Lighthouse (make bench) starts the full browser, /usr/bin/chromium, as Chrome is measured.
"""
CHROMIUM = "/usr/bin/chromium"
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
# As root, in a sandbox with no outside network: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=HEADLESS_SHELL, args=CHROMIUM_ARGS)
