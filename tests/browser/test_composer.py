"""The email composer's form: on the email templates page it fills every template, in both tabs and
both languages; Copy and "Open in mail app" give the email as plain text; nothing typed leaves the
browser or stays on the device unless asked; hostile input shows as text; without JavaScript the
page reads as before. Covers overrides/assets/javascripts/tools/composer.js, tools/composer/form.js,
data/tools/composer.yml and kit.js, in Chromium.

The rules the form fills by (addressee blocks, day words in every time zone, dates in each
template's language, optional lines, mailto: encoding) are tested without a browser:
tests/js/composer.test.js."""
from __future__ import annotations

import datetime
import re
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
import yaml

from tests.site import ROOT, written_template

PAGE = {"en": "email-templates/", "ja": "ja/email-templates/"}
SOURCE = {"en": "email-templates.md", "ja": "email-templates.ja.md"}
TABLE = yaml.safe_load((ROOT / "data" / "tools" / "composer.yml").read_text("utf-8"))

# A candidate writing in Japanese, the day after a Thursday interview (today: Friday 4 December 2026).
JA_CANDIDATE = {
    "you-family": "山田", "you-given": "太郎", "reading": "やまだ たろう", "phone": "090-1234-5678",
    "email": "taro.yamada@example.com", "company": "株式会社サンプル商事", "role": "法人営業",
    "interview_date": "2026-12-03", "topic": "来期の新規開拓の方針", "experience": "法人営業の経験",
    "interviewer-family": "田中", "interviewer-given": "一郎", "interviewer-department": "営業部",
}
JA_THANK_YOU = """件名：【御礼】2026年12月3日（木）の二次面接について（山田 太郎）

株式会社サンプル商事
営業部
田中 一郎様

お世話になっております。
昨日、法人営業の二次面接でお時間をいただきました山田 太郎です。

お忙しい中、丁寧にお話しくださり、誠にありがとうございました。
来期の新規開拓の方針について詳しく伺い、入社後の仕事をより具体的に思い描くことができました。
面接を終え、これまでの法人営業の経験を貴社で生かしたいという思いが一層強くなりました。

まずはメールにて御礼申し上げます。
今後ともどうぞよろしくお願い申し上げます。

――――――――――――――――
山田 太郎（やまだ たろう）
電話：090-1234-5678
メール：taro.yamada@example.com
――――――――――――――――"""

# A candidate writing in English, on Monday 7 December 2026 after a Friday interview.
EN_CANDIDATE = {
    "you-given": "Emma", "you-family": "Clarke", "phone": "+81 90-1234-5678", "email": "emma.clarke@example.com",
    "company": "Sample Trading Co., Ltd.", "role": "Account Manager", "interview_date": "2026-12-04",
    "topic": "the plans for the Osaka office", "experience": "B2B sales",
    "interviewer-given": "Yuki", "interviewer-family": "Tanaka", "interviewer-title": "ms",
    "interviewer-department": "Sales Division", "other_interviewer": "Kenji Sato",
}
EN_THANK_YOU = """Subject: Thank you for the second interview on Friday, 4 December 2026 – Emma Clarke

Yuki Tanaka
Sales Division
Sample Trading Co., Ltd.

Dear Ms. Tanaka,

Thank you for meeting me on Friday for the second interview for the Account Manager position.
I especially valued hearing about the plans for the Osaka office, which gave me a much clearer picture of the work.
After our conversation, I am even more interested in joining Sample Trading Co., Ltd. and in contributing through my experience in B2B sales.
Please also pass my thanks to Kenji Sato.

Kind regards,

Emma Clarke
Phone: +81 90-1234-5678
Email: emma.clarke@example.com"""


START = re.compile("Fill in your details|情報を入力する")
# The form is in its section and has put its Copy buttons under the emails.
READY = "document.querySelector('form.composer') !== null && document.querySelector('.composer-actions') !== null"


def open_composer(served, visit, lang, today="2026-12-04", viewport=None, **options):
    """The templates page with the form open, as a reader opens it: the button under #write-it-now.
    `today` is the date in Japan (Playwright's clock, at noon there)."""
    v = visit(viewport or {"width": 390, "height": 844}, **options)
    noon = datetime.datetime.fromisoformat(today).replace(hour=12, tzinfo=ZoneInfo("Asia/Tokyo"))
    v.context.clock.set_fixed_time(noon)
    v.page.goto(served.base + PAGE[lang])
    v.page.get_by_role("button", name=START).click()
    v.page.wait_for_function(READY)
    return v


def control(page, key):
    """A form control by its field (`company`, `interviewer-family`), its folded group opened as a
    reader would, by tapping the group's summary."""
    found = page.locator(f"#composer-{key}")
    if not found.is_visible():
        page.locator(f"details:has(#composer-{key}) > summary").click()
    return found


def fill(page, details: dict):
    for key, value in details.items():
        field = control(page, key)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def tab_block(page, section: str, tab: str):
    """The tab `tab` of the first tab group after heading #section, shown as a reader would."""
    group = page.locator(f"#{section} ~ .tabbed-set").first
    group.locator(".tabbed-labels > label", has_text=tab).click()
    index = group.locator(".tabbed-labels > label").all_inner_texts().index(tab)
    return group.locator(".tabbed-content > .tabbed-block").nth(index)


def shown(page, section: str, tab: str) -> str:
    """A template's text as the page shows it now (without the code block's final line break)."""
    return tab_block(page, section, tab).locator("code").text_content().rstrip("\n")


def copy(v, section: str, tab: str) -> tuple[str, str]:
    """Press Copy under a template: (the clipboard, the status message the page announces)."""
    block = tab_block(v.page, section, tab)
    block.get_by_role("button", name=re.compile("Copy email|メールをコピー")).click()
    status = block.locator(".composer-actions [role=status]")
    v.page.wait_for_function("e => e.textContent !== ''", arg=status.element_handle())
    return v.page.evaluate("navigator.clipboard.readText()"), status.inner_text()


def clipboard_visit(served, visit, lang, **options):
    v = open_composer(served, visit, lang, **options)
    v.context.grant_permissions(["clipboard-read", "clipboard-write"])
    return v


# Fill and copy ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("tab, candidate, today, expected", [
    ("日本語", JA_CANDIDATE, "2026-12-04", JA_THANK_YOU),
    ("English", EN_CANDIDATE, "2026-12-07", EN_THANK_YOU),
])
def test_a_candidate_fills_the_form_and_copies_the_thank_you_email(served, visit, lang, tab, candidate, today, expected):
    v = clipboard_visit(served, visit, lang, today=today)
    fill(v.page, candidate)
    assert shown(v.page, "thank-you-template", tab) == expected
    copied, status = copy(v, "thank-you-template", tab)
    assert copied == expected
    assert status == {"en": "Copied: the subject line first, then the email.", "ja": "コピーしました。1行目が件名です。"}[lang]
    assert v.errors == []


@pytest.mark.parametrize("lang, expected", [
    ("en", "Copied, but not finished. Still to fill in: Reading of your name in hiragana, Phone number, Email address. "
           "Add them above, or in your email before you send it."),
    ("ja", "コピーしました。ただし、まだ空欄の項目があります：氏名のふりがな、電話番号、メールアドレス。"
           "上の入力欄か、送信前のメールで書き足してください。"),
])
def test_copy_warns_and_names_what_is_still_to_fill_in(served, visit, lang, expected):
    v = clipboard_visit(served, visit, lang)
    fill(v.page, {k: v_ for k, v_ in JA_CANDIDATE.items() if k not in ("reading", "phone", "email")})
    copied, status = copy(v, "thank-you-template", "日本語")
    assert status == expected
    assert "（{ふりがな}）" in copied and "電話：{電話番号}" in copied
    block = tab_block(v.page, "thank-you-template", "日本語")
    assert block.locator("code .composer-gap").all_inner_texts() == ["{ふりがな}", "{電話番号}", "{メールアドレス}"]


def test_before_anything_is_typed_the_templates_read_as_written(served, visit):
    v = clipboard_visit(served, visit, "en")
    assert shown(v.page, "follow-up-template", "日本語") == written_template(SOURCE["en"], "follow-up-template", "日本語")
    assert v.page.locator("code .composer-gap").count() == 0
    copied, status = copy(v, "follow-up-template", "English")
    assert copied == written_template(SOURCE["en"], "follow-up-template", "English")
    assert status.startswith("Copied, but not finished. Still to fill in: Date of the second interview, Your name, ")


# Loading ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_form_loads_only_when_the_reader_asks_for_it(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    v.page.goto(served.base + PAGE[lang])
    on_demand = ("/tools/composer/", "/logic/composer.js")
    assert [url for url in v.requests if any(part in url for part in on_demand)] == []
    assert v.page.locator("form.composer").count() == 0
    start = v.page.get_by_role("button", name=START)
    order = v.page.evaluate("""() => [...document.querySelectorAll('#write-it-now, .composer-start, #how-to-use-the-templates')]
        .map(e => e.id || e.className)""")
    assert order == ["write-it-now", "composer-start", "how-to-use-the-templates"]
    assert v.page.locator(".composer-noscript").is_hidden()
    start.click()
    v.page.wait_for_function(READY)
    assert {url for url in v.requests if any(part in url for part in on_demand)} == {
        served.base + f"assets/javascripts/tools/composer/{lang}.json", served.base + "assets/javascripts/logic/composer.js",
        served.base + "assets/javascripts/tools/composer/form.js", served.base + "assets/stylesheets/tools/composer/form.css"}
    assert v.page.locator(".composer-start").count() == 0
    first = "composer-you-family" if lang == "ja" else "composer-you-given"
    assert v.page.evaluate("document.activeElement.id") == first
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_link_to_the_forms_section_opens_the_form(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    v.page.goto(served.base + PAGE[lang] + "#write-it-now")
    v.page.wait_for_function(READY)
    assert v.page.locator("form.composer").is_visible()


# Open in mail app ------------------------------------------------------------------------------

def mailto(page, section, tab) -> tuple[str, dict[str, str]]:
    href = tab_block(page, section, tab).get_by_role("link", name=re.compile("Open in mail app|メールアプリで開く")) \
        .get_attribute("href")
    assert href.startswith("mailto:?")
    query = href[len("mailto:?"):]
    return href, {name: unquote(value) for name, value in (pair.split("=", 1) for pair in query.split("&"))}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_open_in_mail_app_carries_subject_and_body_intact(served, visit, lang):
    v = clipboard_visit(served, visit, lang)
    tricky = dict(JA_CANDIDATE, topic="R&D? #1 at 100% + a+b=c – 研究開発 😀",
                  company="A&B 株式会社 #2", **{"you-family": "O'Brien%20", "you-given": "?&="})
    fill(v.page, tricky)
    for tab in ("日本語", "English"):
        href, params = mailto(v.page, "thank-you-template", tab)
        assert sorted(params) == ["body", "subject"]
        assert not re.search(r"[\s#]", href), "spaces, line breaks and # are percent-encoded"
        copied, _ = copy(v, "thank-you-template", tab)
        subject_line, blank, *body = copied.split("\n")
        assert blank == ""
        assert params["subject"] == subject_line.split("：" if tab == "日本語" else ": ", 1)[1]
        assert params["body"] == "\r\n".join(body)
        assert "R&D? #1 at 100% + a+b=c – 研究開発 😀" in params["body"]
        assert "A&B 株式会社 #2" in params["body"] and "O'Brien%20" in params["subject"]


# Hostile input ---------------------------------------------------------------------------------

HOSTILE = {
    "company": "<script>window.__pwned = 1</script>" + "長い会社名" * 33,      # 200 characters
    "you-family": '"><img src=x onerror="window.__pwned=1">',
    "you-given": "😀👩‍💼🇯🇵",
    "topic": "\u202Eevil reversed text",
    "role": "\u200Fمدير\u200F",
    "interviewer-family": "<b onmouseover=window.__pwned=1>Tanaka</b>",
    "agency": "<svg onload=window.__pwned=1>",
    "consultant": "\u202Econsultant",
}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_hostile_input_shows_as_text_and_the_layout_holds_at_360px(served, visit, lang):
    v = clipboard_visit(served, visit, lang, viewport={"width": 360, "height": 740})
    count = "document.querySelectorAll('script, img, svg, b, iframe').length"
    before = v.page.evaluate(count)
    fill(v.page, HOSTILE)
    v.page.locator("code").first.hover()
    assert v.page.evaluate(count) == before
    assert v.page.evaluate("window.__pwned") is None
    assert v.page.evaluate("[...document.querySelectorAll('article *')].some(e => [...e.attributes]"
                           ".some(a => a.name.startsWith('on')))") is False
    thanks = shown(v.page, "thank-you-template", "日本語")
    assert HOSTILE["company"] in thanks and HOSTILE["you-family"] in thanks and "😀👩‍💼🇯🇵" in thanks
    # A right-to-left override typed into a field is closed right after it: the rest stays in order.
    assert "\u202Eevil reversed text\u202C" in thanks
    note = v.page.locator(".composer__note")
    assert note.is_visible() and "<svg onload=window.__pwned=1>" in note.inner_text()
    copied, _ = copy(v, "thank-you-template", "日本語")
    assert HOSTILE["company"] in copied
    overflow = v.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scrolling at 360px"
    assert v.errors == []


# Privacy ---------------------------------------------------------------------------------------

def every_field(page) -> list:
    """Every text field of the form, folded groups opened."""
    for summary in page.locator("form.composer details > summary").all():
        summary.click()
    return page.locator("form.composer input:not([type=checkbox])").all()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_typing_copying_and_pressing_enter_send_nothing_anywhere(served, visit, lang):
    v = clipboard_visit(served, visit, lang)
    address = v.page.url.split("#")[0]
    fields = every_field(v.page)
    v.requests.clear()
    for number, field in enumerate(fields):
        field.click()
        if field.get_attribute("type") == "date":
            field.fill("2026-12-03")
        elif number == 0:
            v.page.keyboard.type("Tanaka 田中 &?#")   # key by key, as a reader types
        else:
            field.fill("Tanaka 田中 &?#")             # the same input events, at once
        v.page.keyboard.press("Enter")            # would submit a plain form
    copy(v, "thank-you-template", "English")
    # The browser may fetch the site's icon late, by itself; nothing else may go out.
    assert v.requests_besides_the_icon() == []
    assert v.page.url.split("#")[0] == address            # no ?query (Material sets the #section as you scroll)
    assert v.stored_keys() == []
    assert v.errors == []


@pytest.mark.parametrize("lang, other", [("en", "ja"), ("ja", "en")])
def test_details_are_stored_only_when_asked_and_forget_clears_everything(served, visit, lang, other):
    v = open_composer(served, visit, lang)
    fill(v.page, JA_CANDIDATE)
    assert v.stored_keys() == []
    v.page.get_by_label(re.compile("Remember my details on this device|入力内容をこの端末に保存する")).check()
    assert v.stored_keys() == ["second-round:composer:details"]
    fill(v.page, {"topic": "チームの体制"})
    v.page.goto(served.base + PAGE[other])                 # the same details, in the other language
    v.page.wait_for_function(READY)
    assert v.page.locator("#composer-topic").input_value() == "チームの体制"
    assert v.page.locator("#composer-remember").is_checked()
    assert "田中 一郎様" in shown(v.page, "thank-you-template", "日本語")
    v.page.get_by_role("button", name=re.compile("Forget my details|入力内容を消去")).click()
    assert v.stored_keys() == []
    assert v.page.locator("#composer-topic").input_value() == ""
    assert not v.page.locator("#composer-remember").is_checked()
    assert shown(v.page, "thank-you-template", "日本語") == written_template(SOURCE[other], "thank-you-template", "日本語")
    assert v.page.locator("form.composer [role=status]").inner_text() in (
        "Your details are cleared. Nothing is stored on this device.",
        "入力内容を消去しました。この端末には何も保存されていません。")
    v.page.reload()                                          # nothing remembered: nothing loads by itself
    assert v.page.locator("form.composer").count() == 0
    assert v.page.get_by_role("button", name=START).is_visible()


def test_unticking_remember_forgets_what_was_stored(served, visit):
    v = open_composer(served, visit, "en")
    remember = v.page.locator("#composer-remember")
    fill(v.page, EN_CANDIDATE)
    remember.check()
    assert len(v.stored_keys()) == 1
    remember.uncheck()
    assert v.stored_keys() == []
    fill(v.page, {"topic": "more"})
    assert v.stored_keys() == []


# Without JavaScript ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ja"])
def test_without_javascript_the_page_reads_as_before_with_no_empty_form(served, visit, lang):
    v = visit(java_script_enabled=False)
    v.page.goto(served.base + PAGE[lang])
    assert v.page.locator("form.composer, [id^=composer-], .composer-actions").count() == 0
    assert v.page.locator(".composer-noscript").is_visible()
    assert v.page.locator(".composer-noscript a[href='#how-to-use-the-templates']").count() == 1
    for tab in ("English", "日本語"):
        block = v.page.locator("#thank-you-template ~ .tabbed-set").first.locator(".tabbed-block")
        texts = [t.rstrip("\n") for t in block.locator("code").all_text_contents()]
        assert written_template(SOURCE[lang], "thank-you-template", tab) in texts


def test_the_open_form_sits_in_its_section_and_the_note_for_readers_without_it_is_hidden(served, visit):
    v = open_composer(served, visit, "en")
    assert v.page.locator(".composer-noscript").is_hidden()
    order = v.page.evaluate("""() => [...document.querySelectorAll('#write-it-now, form.composer, #how-to-use-the-templates')]
        .map(e => e.id || e.tagName)""")
    assert order == ["write-it-now", "FORM", "how-to-use-the-templates"]


# Accessibility ---------------------------------------------------------------------------------

def expected_tab_order(lang: str) -> list[str]:
    """Field by field, as data/tools/composer.yml lists them; a folded group's summary first."""
    order = []
    names = ["family", "given"] if lang == "ja" else ["given", "family"]
    for group in TABLE["form"]:
        if group.get("folded"):
            order.append(f"composer-group-{group['group']}")
        for field in group["fields"]:
            kind = field.get("type", "text")
            if kind in ("name", "person"):
                order += [f"composer-{field['name']}-{part}" for part in names]
                if kind == "person":
                    order += [f"composer-{field['name']}-{part}" for part in ("title", "department", "position")]
            else:
                order.append(f"composer-{field['name']}")
    return order + ["composer-remember", "composer-forget"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_form_is_used_by_keyboard_in_reading_order(served, visit, lang):
    v = open_composer(served, visit, lang)
    for summary in v.page.locator("form.composer details > summary").all():
        summary.click()
    expected = expected_tab_order(lang)
    v.page.locator(f"#{expected[0]}").focus()
    seen = [expected[0]]
    for _ in range(4 * len(expected)):           # a date field takes a Tab per part (day, month, year)
        v.page.keyboard.press("Tab")
        focused = v.page.evaluate("document.activeElement.id")
        if focused != seen[-1]:
            seen.append(focused)
        if focused == expected[-1]:
            break
    assert seen == expected


@pytest.mark.parametrize("lang, family, given", [("en", "Family name", "Given name"), ("ja", "姓", "名")])
def test_every_field_is_labelled_in_the_pages_language(served, visit, lang, family, given):
    v = open_composer(served, visit, lang)
    names = v.page.evaluate("""() => [...document.querySelectorAll('form.composer input, form.composer select')].map(e => {
        const ids = (e.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
        return ids.length ? ids.map(id => document.getElementById(id).textContent).join(' ')
                          : [...e.labels].map(l => l.textContent).join(' ');
    })""")
    controls = [i for i in expected_tab_order(lang) if i != "composer-forget" and not i.startswith("composer-group-")]
    assert len(names) == len(controls) and all(name.strip() for name in names)
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert all(bool(japanese.search(name)) == (lang == "ja") for name in names), names
    you = v.page.locator("fieldset.composer__name:has(#composer-you-family) label").all_inner_texts()
    assert you == ([family, given] if lang == "ja" else [given, family])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_axe_finds_nothing_on_the_page_with_the_form_filled(served, visit, lang):
    v = open_composer(served, visit, lang)
    fill(v.page, dict(JA_CANDIDATE, **{"contact-family": "佐藤", "date_given": "2026-12-10", "agency": "サンプル人材",
                                       "reason": "他社への入社を決めました。"}))
    v.page.get_by_label(re.compile("Remember my details on this device|入力内容をこの端末に保存する")).check()
    assert v.axe() == []                               # every axe rule, at every impact
