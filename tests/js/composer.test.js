/*
 * The email composer's rules (overrides/assets/javascripts/logic/composer.js) without a browser,
 * on the templates as the pages write them: the guide's addressee rules in every case, the word
 * for the interview day seen from the day the email goes out (in every time zone), dates in each
 * template's language, optional lines left out, gaps named, typed direction marks contained, and
 * the email as a mailto: link that keeps every character. The form around it (tools/composer/
 * form.js: fields, Copy, remembering, keyboard, axe) is tested in Chromium:
 * tests/browser/test_composer.py.
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { inputs, logic } = require("./inputs.js");

const dates = logic("dates");
const table = inputs.data.composer;
const common = Object.fromEntries(inputs.languages.map((lang) => [lang, inputs.strings[lang].common]));
const rules = logic("composer").create({ table, common });
const TEMPLATES = inputs.templates;
const TODAY = dates.fromISO("2026-12-04");          // a Friday
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"];

/* What the form gives the rules: every field, empty as the form starts, then the reader's
   details ("you-family": "山田" fills the family part of the name field `you`). */
function values(details = {}) {
  const out = {};
  for (const group of table.form) {
    for (const field of group.fields) {
      const type = field.type || "text";
      if (type === "name") out[field.name] = { family: "", given: "" };
      else if (type === "person") out[field.name] = { family: "", given: "", title: "unsure", department: "" };
      else if (type === "choice") out[field.name] = field.options[0];
      else out[field.name] = "";
    }
  }
  for (const [key, value] of Object.entries(details)) {
    const [name, part] = key.split("-");
    if (part) out[name][part] = value; else out[name] = value;
  }
  return out;
}

function filled(pageLang, section, tab, details, today = TODAY) {
  const text = TEMPLATES[pageLang][section][tab];
  const lang = tab === "English" ? "en" : "ja";
  return rules.plain(rules.compose(text, lang, values(details), today)).split("\n");
}

const JA_CANDIDATE = {
  "you-family": "山田", "you-given": "太郎", reading: "やまだ たろう", phone: "090-1234-5678",
  email: "taro.yamada@example.com", company: "株式会社サンプル商事", role: "法人営業",
  interview_date: "2026-12-03", topic: "来期の新規開拓の方針", experience: "法人営業の経験",
  "interviewer-family": "田中", "interviewer-given": "一郎", "interviewer-department": "営業部",
};
const EN_CANDIDATE = {
  "you-given": "Emma", "you-family": "Clarke", phone: "+81 90-1234-5678", email: "emma.clarke@example.com",
  company: "Sample Trading Co., Ltd.", role: "Account Manager", interview_date: "2026-12-04",
  topic: "the plans for the Osaka office", experience: "B2B sales",
  "interviewer-given": "Yuki", "interviewer-family": "Tanaka", "interviewer-title": "ms",
  "interviewer-department": "Sales Division", other_interviewer: "Kenji Sato",
};

// The addressee rules -------------------------------------------------------------------------

const SATO = { family: "佐藤", given: "花子", title: "ms", department: "人事部" };
const SATO_EN = { family: "Sato", given: "Hanako", title: "ms", department: "Human Resources" };
const NO_NAME = { family: "", given: "", title: "unsure", department: "" };

// [language, the person, "when there is no name" choice, addressee lines, English greeting]
const ADDRESSEE_CASES = [
  // 様 after a full name, department above it, company first; never 御中 with a name
  ["ja", SATO, "in_charge", ["株式会社サンプル", "人事部", "佐藤 花子様"]],
  ["ja", SATO, "organisation", ["株式会社サンプル", "人事部", "佐藤 花子様"]],
  ["ja", { ...SATO, department: "" }, "in_charge", ["株式会社サンプル", "佐藤 花子様"]],
  ["ja", { ...SATO, given: "" }, "in_charge", ["株式会社サンプル", "人事部", "佐藤様"]],
  // 役職 on the department's line (営業部 部長), or alone above the name
  ["ja", { ...SATO, department: "営業部", position: "部長" }, "in_charge", ["株式会社サンプル", "営業部 部長", "佐藤 花子様"]],
  ["ja", { ...SATO, department: "", position: "部長" }, "in_charge", ["株式会社サンプル", "部長", "佐藤 花子様"]],
  ["ja", { ...NO_NAME, department: "人事部", position: "部長" }, "in_charge", ["株式会社サンプル", "人事部", "採用ご担当者様"]],
  // no name: 採用ご担当者様, or 御中 after the department (the company, without one)
  ["ja", { ...NO_NAME, department: "人事部" }, "in_charge", ["株式会社サンプル", "人事部", "採用ご担当者様"]],
  ["ja", NO_NAME, "in_charge", ["株式会社サンプル", "採用ご担当者様"]],
  ["ja", { ...NO_NAME, department: "人事部" }, "organisation", ["株式会社サンプル", "人事部 御中"]],
  ["ja", NO_NAME, "organisation", ["株式会社サンプル 御中"]],
  // English: person first, company last; "Dear Mr./Ms. Surname", or the full name when not sure
  ["en", SATO_EN, "in_charge", ["Hanako Sato", "Human Resources", "Sample Co., Ltd."], "Ms. Sato"],
  ["en", { ...SATO_EN, title: "mr", department: "" }, "in_charge", ["Hanako Sato", "Sample Co., Ltd."], "Mr. Sato"],
  ["en", { ...SATO_EN, title: "unsure" }, "organisation", ["Hanako Sato", "Human Resources", "Sample Co., Ltd."],
   "Hanako Sato"],
  ["en", { ...SATO_EN, given: "" }, "in_charge", ["Ms. Sato", "Human Resources", "Sample Co., Ltd."], "Ms. Sato"],
  ["en", { ...SATO_EN, position: "Head of Recruitment" }, "in_charge",
   ["Hanako Sato", "Head of Recruitment", "Human Resources", "Sample Co., Ltd."], "Ms. Sato"],
  ["en", { ...NO_NAME, department: "Human Resources" }, "in_charge",
   ["Hiring Manager", "Human Resources", "Sample Co., Ltd."], "Hiring Manager"],
  ["en", NO_NAME, "organisation", ["Sample Co., Ltd."], "Hiring Team"],
  ["en", { ...NO_NAME, department: "Human Resources" }, "organisation", ["Human Resources", "Sample Co., Ltd."],
   "Hiring Team"],
];

test("the addressee rules give the guide's block in every case", () => {
  for (const [lang, person, noName, lines, salutation] of ADDRESSEE_CASES) {
    const company = lang === "ja" ? "株式会社サンプル" : "Sample Co., Ltd.";
    const result = rules.address(lang, { company, person, noName });
    const shown = rules.plain(result.lines).split("\n");
    const what = `${lang} ${JSON.stringify(person)} ${noName}`;
    assert.deepEqual(shown, lines, what);
    if (salutation) assert.equal(rules.plain([result.salutation]), salutation, what);
    const text = shown.join("\n");
    assert.ok(!(text.includes("様") && text.includes("御中")), "様 and 御中 never together");
    assert.equal(text.includes("御中"), lang === "ja" && noName === "organisation" && !person.family, what);
  }
});

// The follow-up goes to the HR contact: the same rules, read from the filled template.
const FOLLOW_UP_CASES = [
  [{ "contact-family": "佐藤", "contact-given": "花子", "contact-title": "ms", "contact-department": "人事部" },
   "in_charge", ["株式会社サンプル商事", "人事部", "佐藤 花子様"], ["花子 佐藤", "人事部", "株式会社サンプル商事"],
   "Dear Ms. 佐藤,"],
  [{ "contact-department": "人事部" }, "in_charge", ["株式会社サンプル商事", "人事部", "採用ご担当者様"],
   ["Hiring Manager", "人事部", "株式会社サンプル商事"], "Dear Hiring Manager,"],
  [{ "contact-department": "人事部" }, "organisation", ["株式会社サンプル商事", "人事部 御中"],
   ["人事部", "株式会社サンプル商事"], "Dear Hiring Team,"],
  [{}, "organisation", ["株式会社サンプル商事 御中"], ["株式会社サンプル商事"], "Dear Hiring Team,"],
  [{}, "in_charge", ["株式会社サンプル商事", "採用ご担当者様"], ["Hiring Manager", "株式会社サンプル商事"],
   "Dear Hiring Manager,"],
];

test("the follow-up template applies the addressee rules", () => {
  for (const [contact, noName, jaLines, enLines, greeting] of FOLLOW_UP_CASES) {
    const details = { ...JA_CANDIDATE, ...contact, no_name: noName };
    const ja = filled("ja", "follow-up-template", "日本語", details);
    assert.deepEqual(ja.slice(2, 2 + jaLines.length + 1), [...jaLines, ""], noName);
    const en = filled("ja", "follow-up-template", "English", details);
    assert.deepEqual(en.slice(2, 2 + enLines.length + 1), [...enLines, ""], noName);
    assert.equal(en[3 + enLines.length], greeting);
  }
});

// Dates ---------------------------------------------------------------------------------------

// Today is Friday 4 December 2026 in Japan: [interview, send date, Japanese word, English words]
const DAY_WORDS = [
  ["2026-12-04", "", "本日", "today"],
  ["2026-12-03", "", "昨日", "yesterday"],
  ["2026-12-04", "2026-12-07", "先日", "on Friday"],     // scheduled for Monday morning
  ["2026-12-01", "", "先日", "on Tuesday"],
  ["2026-11-26", "", "先日", "on Thursday, 26 November 2026"],
  ["2026-12-07", "", "{本日／昨日／先日}", "{today / yesterday / on Friday}"],   // not yet: the placeholder stays
];

test("the thank-you names the interview day as the page says, in every time zone", () => {
  const original = process.env.TZ;
  try {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      for (const [interview, send, jaWord, enWord] of DAY_WORDS) {
        const details = { ...EN_CANDIDATE, interview_date: interview, send_date: send };
        const ja = filled("en", "thank-you-template", "日本語", details);
        assert.ok(ja[7].startsWith(jaWord + "、"), `${zone} ${interview} ${send}: ${ja[7]}`);
        const en = filled("en", "thank-you-template", "English", details);
        assert.ok(en[8].startsWith(`Thank you for meeting me ${enWord} for`), `${zone} ${interview} ${send}: ${en[8]}`);
      }
    }
  } finally {
    if (original === undefined) delete process.env.TZ; else process.env.TZ = original;
  }
});

test("dates are written in each template's language", () => {
  const details = { ...JA_CANDIDATE, date_given: "2026-12-10", reply_date: "2027-01-05" };
  const ja = filled("ja", "follow-up-template", "日本語", details).join("\n");
  assert.ok(ja.includes("面接の際、2026年12月10日（木）ごろにご連絡をいただけると伺っておりました。"));
  assert.ok(ja.includes("2026年12月3日（木）に法人営業の二次面接の機会をいただきました山田 太郎です。"));
  const en = filled("ja", "follow-up-template", "English", details).join("\n");
  assert.ok(en.includes("At the interview, I understood that I might hear from you around Thursday, 10 December 2026."));
  assert.ok(en.includes("Subject: Following up on my second interview on Thursday, 3 December 2026 – 太郎 山田"));
  assert.ok(filled("ja", "time-to-consider-template", "日本語", details).join("\n")
    .includes("恐れ入りますが、2027年1月5日（火）までお時間をいただくことは可能でしょうか。"));
  assert.ok(filled("ja", "time-to-consider-template", "English", details).join("\n")
    .includes("Would it be possible for me to give you my answer by Tuesday, 5 January 2027?"));
});

// Optional fields, gaps -------------------------------------------------------------------------

test("an optional field left empty leaves its line out, as the page says", () => {
  const follow = ["English", "日本語"].map((tab) => filled("en", "follow-up-template", tab, EN_CANDIDATE).join("\n"));
  assert.ok(!follow[0].includes("At the interview") && !follow[1].includes("面接の際"));
  assert.ok(!filled("en", "declining-template", "English", EN_CANDIDATE).join("\n").includes("{"));
  const decline = filled("en", "declining-template", "日本語", EN_CANDIDATE).join("\n");
  assert.ok(!decline.includes("{辞退の理由}") && !decline.includes("{人事担当者の氏名}"));
  assert.ok(!filled("en", "signature", "English", EN_CANDIDATE).join("\n").includes("LinkedIn"));
  assert.ok(filled("en", "thank-you-template", "日本語", EN_CANDIDATE).join("\n")
    .includes("Kenji Sato様にも、お礼をお伝えいただけますと幸いです。"));
  const more = { ...EN_CANDIDATE, other_interviewer: "", reason: "I have accepted another offer.",
                 linkedin: "https://www.linkedin.com/in/emma-clarke" };
  assert.ok(!filled("en", "thank-you-template", "日本語", more).join("\n").includes("同席された方"));
  assert.ok(!filled("en", "thank-you-template", "English", more).join("\n").includes("Please also pass"));
  assert.ok(filled("en", "declining-template", "English", more).join("\n").includes("\nI have accepted another offer.\n"));
  assert.ok(filled("en", "signature", "English", more).join("\n")
    .includes("LinkedIn: https://www.linkedin.com/in/emma-clarke"));
});

test("a field left empty keeps its placeholder and is named once among the gaps", () => {
  const details = Object.fromEntries(Object.entries(JA_CANDIDATE).filter(([key]) => !["reading", "phone", "email"].includes(key)));
  const lines = rules.compose(TEMPLATES.ja["thank-you-template"]["日本語"], "ja", values(details), TODAY);
  const text = rules.plain(lines);
  assert.ok(text.includes("（{ふりがな}）") && text.includes("電話：{電話番号}"));
  assert.deepEqual(rules.gaps(lines).map((part) => part.field), ["reading", "phone", "email"]);
});

test("before anything is typed the templates read as written, and only typing counts as starting", () => {
  for (const lang of inputs.languages) {
    for (const [section, tabs] of Object.entries(TEMPLATES[lang])) {
      for (const [tab, text] of Object.entries(tabs)) {
        assert.equal(rules.plain(rules.compose(text, tab === "English" ? "en" : "ja", null, TODAY)), text, section);
      }
    }
  }
  assert.equal(rules.started(values()), false);
  assert.equal(rules.started(values({ no_name: "organisation", "interviewer-title": "ms" })), false);
  assert.equal(rules.started(values({ "interviewer-department": "人事部" })), true);
  assert.equal(rules.started(values({ interview_date: "2026-12-03" })), true);
});

// Typed text ----------------------------------------------------------------------------------

test("a right-to-left override typed into a field is closed right after it", () => {
  assert.equal(rules.contain("\u202Eevil reversed text"), "\u202Eevil reversed text\u202C");
  assert.equal(rules.contain("\u2067isolate"), "\u2067isolate\u2069");
  assert.equal(rules.contain("\u202Eclosed\u202C"), "\u202Eclosed\u202C");
  const text = filled("ja", "thank-you-template", "日本語", { ...JA_CANDIDATE, topic: "\u202Eevil reversed text" }).join("\n");
  assert.ok(text.includes("\u202Eevil reversed text\u202C"));
});

test("an email becomes a mailto: link that keeps subject, body and every character", () => {
  const tricky = { ...JA_CANDIDATE, topic: "R&D? #1 at 100% + a+b=c – 研究開発 😀", company: "A&B 株式会社 #2",
                   "you-family": "O'Brien%20", "you-given": "?&=" };
  for (const tab of ["日本語", "English"]) {
    const lang = tab === "English" ? "en" : "ja";
    const lines = rules.compose(TEMPLATES.en["thank-you-template"][tab], lang, values(tricky), TODAY);
    const message = rules.email(lines, lang);
    const href = rules.mailto(message);
    assert.ok(href.startsWith("mailto:?"));
    assert.doesNotMatch(href, /[\s#]/, "spaces, line breaks and # are percent-encoded");
    const params = Object.fromEntries(href.slice("mailto:?".length).split("&")
      .map((pair) => pair.split("=")).map(([name, value]) => [name, decodeURIComponent(value)]));
    assert.deepEqual(Object.keys(params).sort(), ["body", "subject"]);
    const [subjectLine, blank, ...body] = rules.plain(lines).split("\n");
    assert.equal(blank, "");
    assert.equal(params.subject, subjectLine.slice(table.words[lang].subject.length));
    assert.equal(params.body, body.join("\r\n"));
    assert.ok(params.body.includes("R&D? #1 at 100% + a+b=c – 研究開発 😀"));
    assert.ok(params.body.includes("A&B 株式会社 #2") && params.subject.includes("O'Brien%20"));
  }
});
