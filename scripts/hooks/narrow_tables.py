"""MkDocs hook: tables of three or more columns can stack on a narrow screen.

At 360 px a three-column table is a row of thin strips (the "questions to avoid" table was
about 1,050 px tall). Such a table gets `data-stack`, and each body cell the name of its
column in `data-label`; site.css then shows, below 720 px, one block per row with every cell
under its column's name. The header stays in the markup, so the table keeps its meaning for
screen readers; `role="table"` and `rowgroup` keep it a table where a browser would drop that
with the display change (roles on rows and cells would too, but are invalid HTML inside a
table: tests/test_valid_html.py). Two-column tables fit a phone as they are and are left alone.

Matches Python-Markdown's `tables` output (<table><thead><tr><th>…</th></tr></thead><tbody>…).
"""
from __future__ import annotations

import re
from html import escape, unescape

MIN_COLUMNS = 3
TABLE = re.compile(r"<table>(.*?)</table>", re.S)
HEADER_CELL = re.compile(r"<th(?:\s[^>]*)?>(.*?)</th>", re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
CELL = re.compile(r"<td([^>]*)>")
TAG = re.compile(r"<[^>]+>")


def stack(table: re.Match) -> str:
    body = table.group(1)
    head, _, rows = body.partition("</thead>")
    labels = [unescape(TAG.sub("", cell)).strip() for cell in HEADER_CELL.findall(head)]
    if len(labels) < MIN_COLUMNS:
        return table.group(0)

    def label_row(row: re.Match) -> str:
        cells = iter(labels)

        def label(cell: re.Match) -> str:
            name = next(cells, "")
            return f'<td{cell.group(1)} data-label="{escape(name)}">' if name else cell.group(0)
        return "<tr>" + CELL.sub(label, row.group(1)) + "</tr>"

    head = head.replace("<thead>", '<thead role="rowgroup">')
    rows = rows.replace("<tbody>", '<tbody role="rowgroup">')
    return f'<table role="table" data-stack>{head}</thead>{ROW.sub(label_row, rows)}</table>'


def on_page_content(html, page, config, files):
    return TABLE.sub(stack, html)
