# Second Round: every command sets up what it needs (a .venv with pinned packages) first.
#   make serve   set up and preview the site at http://127.0.0.1:8000/
#   make test    set up and run every test (what CI runs: .ci/run)
#   make check   the content checks an author runs before publishing
#   make build   strict build into site/ (local preview address)
#   make publish strict build for the public address: SITE_URL=https://<owner>.github.io/<repo>/ make publish
#   make bench-search  search quality and index size, ours vs Material's default
#   make bench   page weight, Lighthouse mobile scores, build time (figures in bench.json)
#   make linkkit ARGS="--campaign 2026-12 --lang ja --format html"  newsletter links (md|html|csv; --page P --section S)
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

.PHONY: serve test check build publish browser cards bench-search bench constraints clean

$(STAMP): requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
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

browser:
	scripts/setup_chromium.sh

check: $(STAMP) $(NODE)
	$(PY) -m scripts.checks $(ARGS)

test: $(STAMP) $(NODE) browser
	$(PY) -m pytest

# After changing a version in requirements.txt: resolve from requirements.txt alone (constraints.txt
# still pins the old version), pin every package the venv then holds, and show what changed.
constraints:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip freeze --exclude-editable | grep -v '^pip==' > constraints.txt
	touch $(STAMP)
	@git diff --no-color -U0 -- constraints.txt 2>/dev/null | grep '^[-+][^-+]' || echo "constraints.txt: no change"

clean:
	rm -rf site .venv test-output .pytest_cache

cards: $(STAMP) browser
	$(PY) -m scripts.authoring.make_cards

# Lighthouse lives in its own package (about 110 MB) so that make test stays small.
$(LIGHTHOUSE): scripts/bench/lighthouse/package.json scripts/bench/lighthouse/package-lock.json
	cd scripts/bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench: $(STAMP) $(LIGHTHOUSE) browser
	$(PY) -m scripts.bench.site --json bench.json

bench-search: $(STAMP) browser
	$(PY) -m scripts.bench.search --json search-bench.json

# Page and section links with newsletter campaign parameters (scripts/authoring/linkkit.py); no build.
# Links use SITE_URL when given (make linkkit SITE_URL=https://... ARGS=...), else the preview address.
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
