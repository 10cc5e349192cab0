"""Draw the link-preview cards (1200x630 PNG, one per language) into docs/assets/images/.

Run by hand after changing the wording (`make cards`); the PNGs are committed, so the build
needs no fonts and no network. Rendered by Debian's Chromium with the machine's Noto Sans
CJK, so Japanese never comes out as boxes.
"""
from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.chromium import launch

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "assets" / "images"
# The site's logo and colours (overrides/assets/stylesheets/site.css: header teal, dark-palette accent).
LOGO = (ROOT / "overrides" / ".icons" / "second-round" / "logo.svg").read_text(encoding="utf-8")
CARDS = {
    "en": ("Second Round", "The second interview in Japan:", "what to expect, how to prepare, what to send after."),
    "ja": ("Second Round", "二次面接ガイド", "聞かれること、心構え、面接後のマナーまで。"),
}
PAGE = """<!doctype html><html lang="{lang}"><meta charset="utf-8"><style>
body {{ margin:0; width:1200px; height:630px; display:flex; flex-direction:column; justify-content:center;
       padding:0 96px; box-sizing:border-box; background:#1c4f55; color:#fff;
       font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif; }}
.brand {{ display:flex; align-items:center; gap:20px; font-size:40px; letter-spacing:.04em; margin-bottom:40px; }}
.brand svg {{ width:56px; height:56px; fill:#fff; }}
h1 {{ font-size:76px; line-height:1.2; margin:0 0 24px; font-weight:700; }}
p {{ font-size:40px; line-height:1.5; margin:0; opacity:.95; }}
.bar {{ position:absolute; left:96px; bottom:80px; width:160px; height:10px; background:#ff9b73; }}
</style><div class="brand">{logo}{brand}</div><h1>{title}</h1><p>{text}</p><div class="bar"></div></html>"""


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        for lang, (brand, title, text) in CARDS.items():
            page.set_content(PAGE.format(lang=lang, logo=LOGO, brand=brand, title=title, text=text))
            page.screenshot(path=str(OUT / f"card-{lang}.png"))
            print(f"wrote {OUT / f'card-{lang}.png'}")
        browser.close()


if __name__ == "__main__":
    main()
