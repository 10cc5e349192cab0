"""Debian's Chromium, as every browser-driving script and test here starts it.

/usr/bin/chromium is installed by scripts/setup_test_tools.sh (make test); Playwright's own
browser download cannot reach the internet here and is never used.
"""
CHROMIUM = "/usr/bin/chromium"
# As root, in a sandbox with no outside network: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
