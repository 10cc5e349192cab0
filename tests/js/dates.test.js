/*
 * Whole-day dates and words (overrides/assets/javascripts/logic/dates.js), which every tool uses
 * through tools/kit.js: the same dates in every time zone, real dates only, Japan's today, and
 * words filled in or missing loudly.
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { inputs, logic } = require("./inputs.js");

const dates = logic("dates");
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"];

function inEveryZone(check) {
  const original = process.env.TZ;
  try {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      check(zone);
    }
  } finally {
    if (original === undefined) delete process.env.TZ; else process.env.TZ = original;
  }
}

test("dates read the same in every time zone, in each language's own format", () => {
  const thursday = dates.fromISO("2026-12-03"), leap = dates.fromISO("2028-02-29");
  const weekdays = { en: "Thursday", ja: "木" };
  inEveryZone((zone) => {
    for (const lang of inputs.languages) {
      const common = inputs.strings[lang].common;
      const shown = dates.format(thursday, common);
      assert.match(shown, /2026/, zone);
      assert.ok(shown.includes(String(common.months[11])) && shown.includes("3"), `${lang} ${zone}: ${shown}`);
      assert.ok(shown.includes(common.weekdays[4]) && common.weekdays[4].startsWith(weekdays[lang]), `${lang} ${zone}`);
      assert.equal(dates.weekday(leap, common), common.weekdays[2], `29 February 2028 is a Tuesday (${zone})`);
    }
    assert.equal(dates.toISO(leap), "2028-02-29");
  });
});

test("only real dates are dates", () => {
  for (const text of ["2027-02-29", "2026-13-01", "2026-04-31", "", "2026-1-1", "03/12/2026", null, undefined]) {
    assert.equal(dates.fromISO(text), null, String(text));
  }
  assert.equal(dates.toISO(dates.fromISO(" 2026-12-03 ")), "2026-12-03");
  assert.equal(dates.fromISO("1970-01-01"), 0);
  assert.equal(dates.parts(0).weekday, 4);                       // a Thursday
});

test("today is the date in Japan, whatever the machine's time zone", () => {
  inEveryZone((zone) => {
    assert.equal(dates.toISO(dates.todayInJapan(Date.UTC(2026, 11, 31, 14, 59))), "2026-12-31", zone);
    assert.equal(dates.toISO(dates.todayInJapan(Date.UTC(2026, 11, 31, 15, 0))), "2027-01-01", zone);
  });
});

test("words are filled in, and a missing word fails loudly", () => {
  const say = dates.words({ hello: "Hello {name}, {name}!", list: ["a", "b"] }, "demo");
  assert.equal(say("hello", { name: "Aiko" }), "Hello Aiko, Aiko!");
  assert.equal(say("hello"), "Hello {name}, {name}!");
  assert.deepEqual(say("list"), ["a", "b"]);
  assert.throws(() => say("gone"), /no word demo\.gone/);
  assert.throws(() => dates.words(undefined, "nothing"), /no words for nothing/);
});
