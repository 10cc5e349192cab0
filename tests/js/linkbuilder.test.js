/*
 * The link builder's rules (overrides/assets/javascripts/logic/linkbuilder.js) against the
 * command-line link kit (scripts/authoring/linkkit.py): for a page, a section, a language and a
 * campaign, the builder gives exactly the URL the kit prints, and refuses every campaign the kit
 * refuses. tests/js/tool_inputs.py asks the kit; the form around the rules is tested in Chromium
 * (tests/browser/test_link_builder.py).
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { inputs, logic } = require("./inputs.js");

const { data, kit } = inputs.linkbuilder;
const rules = logic("linkbuilder").create(data);

test("the built link is the link kit's URL, campaign parameters before the #section", () => {
  const accepted = kit.filter((choice) => choice.url !== null);
  assert.ok(accepted.some((choice) => choice.section) && accepted.some((choice) => !choice.section));
  for (const choice of accepted) {
    assert.equal(rules.link(choice.lang, choice.page, choice.section, choice.campaign), choice.url, JSON.stringify(choice));
    if (choice.section) assert.match(choice.url, /\?[^#]*utm_campaign=[^#]+#[\w-]+$/);
  }
});

test("a campaign the link kit refuses is refused, and gives no link", () => {
  const refused = kit.filter((choice) => choice.url === null);
  assert.ok(refused.length >= 4);
  for (const choice of kit) {
    assert.equal(rules.valid(choice.campaign), choice.url !== null, JSON.stringify(choice.campaign));
    if (choice.url === null) assert.equal(rules.link(choice.lang, choice.page, choice.section, choice.campaign), "");
  }
});

test("every page has a link in every language", () => {
  for (const lang of inputs.languages) {
    for (const page of data.pages) assert.ok(data.urls[lang][page.page], `${lang} ${page.page}`);
  }
});
