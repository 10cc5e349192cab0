# Second Round: every command sets up what it needs (a .venv with pinned packages) first.
#   make serve   set up and preview the site at http://127.0.0.1:8000/
#   make test    set up and run every test (what CI runs: .ci/run)
#   make test-fast   the author's tier, under a minute: content checks, build, Node and non-browser tests
#   make check   the content checks an author runs before publishing
#   make build   strict build into site/ (local preview address)
#   make publish strict build for the public address: SITE_URL=https://<owner>.github.io/<repo>/ make publish
#   make bench-search  search quality, index size and speed: ours, Material's default and Pagefind
#   make bench   page weight, Lighthouse mobile scores, build time (figures in bench.json)
#   make linkkit SITE_URL=https://<owner>.github.io/<repo>/ ARGS="--campaign 2026-12 --lang ja --format html"
#                newsletter links (md|html|csv; --page P --section S; --preview for a local address)
# Maintaining the site (README "Maintaining the site"):
#   make new-page NAME=dress-code TITLE="Dress code" TITLE_JA=服装 [SECTION=Toolkit]   both files, nav, nav_translations
#   make rename OLD=checklists NEW=interview-checklists    files, nav, redirect, links, registry
#   make rename-section PAGE=following-up OLD=tone NEW=tone-of-voice   id in both languages, old id kept, links
#   make stamp PAGE=thank-you-email    after checking the translation against the English page
#   make registry                      add new page and section addresses to tests/published-urls.txt

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NODE   := node_modules/.installed
LIGHTHOUSE := scripts/bench/lighthouse/node_modules/.installed
# Material 9.8.1 prints an end-of-life banner on every build; keep real warnings visible.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test test-fast test-js check build publish test-tools cards bench-search bench constraints clean

# `mkdocs build` / `mkdocs serve` in the activated venv work like make: the hooks import
# scripts.* from this folder, and Material's end-of-life banner stays quiet (see above).
PROJECT_PTH = printf '%s\n' "$(CURDIR)" 'import os; os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")' \
	  > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/second-round.pth"

$(STAMP): requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(PROJECT_PTH)
	touch $@

# textlint and its rules, pinned in package-lock.json.
$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(STAMP)
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(PY) -m mkdocs build --strict

publish: $(STAMP)
	@test -n "$(SITE_URL)" || { echo "SITE_URL is not set, e.g. SITE_URL=https://example.github.io/second-round/ make publish"; exit 2; }
	PUBLISH=1 SITE_URL="$(SITE_URL)" $(PY) -m mkdocs build --strict

# Debian's Chromium, a Japanese font and a Java runtime (for vnu), when missing.
test-tools:
	scripts/setup_test_tools.sh

check: $(STAMP) $(NODE)
	$(PY) -m scripts.checks $(ARGS)

# pytest-xdist: one worker per core; a module's tests stay on one worker (tests/conftest.py).
PYTEST_PARALLEL ?= -n auto --dist loadscope

test: $(STAMP) $(NODE) test-tools test-js
	$(PY) -m pytest $(PYTEST_PARALLEL)

# The tools' logic (overrides/assets/javascripts/logic/) in Node's own test runner, on the words,
# numbers and holidays the build hands the tools (written by tests/js/tool_inputs.py).
test-js: $(STAMP) $(NODE)
	@$(PY) -m tests.js.tool_inputs test-output/tool-inputs.json
	node --test --test-reporter=spec tests/js/*.test.js

# After an edit: the tools' logic and every test that needs no browser, among them the content
# checks on the real pages and the strict build. `make test` (CI) runs all of it and the browser tests.
test-fast: $(STAMP) $(NODE) test-tools test-js
	$(PY) -m pytest $(PYTEST_PARALLEL) --ignore=tests/browser

# After changing a version in requirements.txt: resolve from requirements.txt alone (constraints.txt
# still pins the old version), pin every package the venv then holds, and show what changed.
constraints:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip freeze --exclude-editable | grep -v '^pip==' > constraints.txt
	$(PROJECT_PTH)
	touch $(STAMP)
	@git diff --no-color -U0 -- constraints.txt 2>/dev/null | grep '^[-+][^-+]' || echo "constraints.txt: no change"

clean:
	rm -rf site .venv test-output .pytest_cache

cards: $(STAMP) test-tools
	$(PY) -m scripts.authoring.make_cards

# Lighthouse lives in its own package (about 110 MB) so that make test stays small.
$(LIGHTHOUSE): scripts/bench/lighthouse/package.json scripts/bench/lighthouse/package-lock.json
	cd scripts/bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench: $(STAMP) $(LIGHTHOUSE) test-tools
	$(PY) -m scripts.bench.site --json bench.json

# Pagefind (about 50 MB), the search benchmark's second anchor, only where that benchmark runs.
BENCH_PY := $(VENV)/.bench-installed
$(BENCH_PY): $(STAMP) scripts/bench/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r scripts/bench/requirements.txt
	touch $@

bench-search: $(STAMP) $(BENCH_PY) test-tools
	$(PY) -m scripts.bench.search --json search-bench.json

# Page and section links with newsletter campaign parameters (scripts/authoring/linkkit.py); no build.
# Links use SITE_URL (make linkkit SITE_URL=https://... ARGS=...); a local or http:// address is
# refused unless ARGS has --preview.
.PHONY: linkkit
linkkit: $(STAMP)
	@$(PY) -m scripts.authoring.linkkit $(ARGS)

# Maintaining the site: one command a job (scripts/authoring/). Values go through the
# environment ("$$TITLE"), so titles with spaces or quotes reach the script as typed.
.PHONY: new-page rename rename-section stamp registry
new-page: $(STAMP)
	@$(PY) -m scripts.authoring.new_page --name "$$NAME" --title "$$TITLE" --title-ja "$$TITLE_JA" --section "$$SECTION"

rename: $(STAMP)
	@$(PY) -m scripts.authoring.rename "$$OLD" "$$NEW"

rename-section: $(STAMP)
	@$(PY) -m scripts.authoring.rename_section "$$PAGE" "$$OLD" "$$NEW"

stamp: $(STAMP)
	@$(PY) -m scripts.authoring.stamp "$$PAGE"

registry: $(STAMP)
	@$(PY) -m scripts.authoring.registry
