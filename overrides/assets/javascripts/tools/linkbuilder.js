/*
 * Link builder (for-agencies page): the editor picks a page, a section, a language and a
 * campaign, and gets the full link, campaign parameters before the #section, to copy.
 *
 * The rules (which campaign names the kit accepts, the link for a choice) are logic/linkbuilder.js.
 * Nothing here is typed by hand: scripts/authoring/linkkit.py's builder_data() gives the pages
 * and sections (their titles in the page's language), each page's address in each language
 * exactly as the command-line link kit writes it, with "{campaign}" still to fill in (a
 * section's is the page's with #id after it), and the kit's campaign rule, which is checked
 * here with words in the page's language. The campaign never leaves the browser and is not
 * stored. The form replaces the note marked `.link-builder-fallback`; without JavaScript that
 * note and the page's tables of addresses remain.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("linkbuilder");
  var data = kit.data("linkbuilder");
  var element = kit.element;
  var fallback = document.querySelector(".link-builder-fallback");
  if (!fallback) return;
  var rules = kit.logic.linkbuilder.create(data);
  var id = function (name) { return "link-builder-" + name; };

  var page = element("select", { id: id("page") }, data.pages.map(function (entry, index) {
    return element("option", { value: index }, entry.title);
  }));
  var section = element("select", { id: id("section") });
  /* The page's own language first, as the page lists its addresses. */
  var languages = Object.keys(data.urls).sort(function (a, b) { return (b === kit.lang) - (a === kit.lang); });
  var names = say("languages");
  var radios = languages.map(function (lang) {
    return element("input", { type: "radio", name: id("language"), id: id("language-" + lang), value: lang,
                              checked: lang === kit.lang });
  });
  var campaign = element("input", { type: "text", id: id("campaign"), autocomplete: "off",
                                    autocapitalize: "none", spellcheck: "false",
                                    "aria-describedby": id("hint") + " " + id("message") });
  var message = element("p", { id: id("message"), "class": "link-builder__message", "aria-live": "polite" });
  var link = element("a", { "class": "link-builder__link" });
  var copy = element("button", { type: "button", "class": "md-button md-button--primary" }, say("copy"));
  var status = element("span", { role: "status", "class": "link-builder__status" });

  var form = element("form", { "class": "link-builder", novalidate: true },
    data.local ? element("p", { "class": "link-builder__local" }, say("local", { address: data.site })) : null,
    element("p", {}, element("label", { "for": id("page") }, say("page")), page),
    element("p", {}, element("label", { "for": id("section") }, say("section")), section),
    element("fieldset", {}, element("legend", {}, say("language")), languages.map(function (lang, index) {
      return element("label", { "for": id("language-" + lang), lang: lang }, radios[index], names[lang]);
    })),
    element("p", {}, element("label", { "for": id("campaign") }, say("campaign")), campaign,
            element("span", { id: id("hint"), "class": "link-builder__hint" }, say("hint"))),
    message,
    element("p", { "class": "link-builder__result" }, link),
    element("p", {}, copy, " ", status));

  function showSections() {
    var chosen = data.pages[page.value];
    var options = chosen.sections.map(function (entry) { return element("option", { value: entry.id }, entry.text); });
    section.replaceChildren.apply(section, [element("option", { value: "" }, say("top"))].concat(options));
  }

  function update() {
    var value = campaign.value.trim();
    var valid = rules.valid(value);
    var lang = radios.filter(function (radio) { return radio.checked; })[0].value;
    var url = rules.link(lang, data.pages[page.value].page, section.value, value);
    campaign.setAttribute("aria-invalid", value && !valid ? "true" : "false");
    message.textContent = !value ? say("empty") : valid ? "" : say("invalid", { campaign: value });
    message.hidden = valid;
    link.textContent = url;
    if (url) link.href = url; else link.removeAttribute("href");
    link.parentNode.hidden = !url;
    copy.disabled = !url;
    status.textContent = "";
  }

  page.addEventListener("change", showSections);      /* before the form's update: same event */
  form.addEventListener("change", update);
  campaign.addEventListener("input", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  copy.addEventListener("click", function () {
    kit.copy(link.href).then(function (done) { status.textContent = say(done ? "copied" : "failed"); });
  });

  showSections();
  update();
  fallback.replaceWith(form);
})();
