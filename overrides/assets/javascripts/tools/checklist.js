/*
 * Checklists remember their ticks on this device, the same in both languages.
 *
 * Every page with a task list gets this script (scripts/page_tools.py: AUTOMATIC). Each item's
 * key is the page, the id of the section it sits in and its place there:
 * "second-round:ticks:checklists:before.2". Section ids are the same in both languages and the
 * parity check (scripts/checks/parity.py) makes every section hold as many task-list items in
 * Japanese as in English, in the same order: that check is what keeps these keys in step, so a
 * tick on /checklists/ shows on /ja/checklists/. Nothing is stored before the first tick; the
 * "Clear ticks" control under each list removes every tick of the page.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("checklist");
  var ticks = kit.store("ticks:" + kit.page);
  var article = document.querySelector("article.md-typeset");
  if (!article) return;

  var items = [], section = "top", counts = {};
  article.querySelectorAll('h2[id], h3[id], li.task-list-item input[type="checkbox"]').forEach(function (node) {
    if (node.tagName !== "INPUT") { section = node.id; return; }
    counts[section] = (counts[section] || 0) + 1;
    items.push({ box: node, key: section + "." + counts[section] });
  });
  if (!items.length) return;

  var notes = [];
  function showNotes(text, withButton) {
    notes.forEach(function (note) {
      note.hidden = !text;
      note.message.textContent = text || "";
      note.button.hidden = !withButton;
    });
  }

  function restore() {
    items.forEach(function (item) {
      var saved = ticks.get(item.key);
      item.box.checked = saved === null ? item.box.defaultChecked : saved === "1";
    });
    showNotes(ticks.any() ? say("saved") : "", true);
  }

  function clear() {
    ticks.clear();
    items.forEach(function (item) { item.box.checked = item.box.defaultChecked; });
    showNotes(say("cleared"), false);
  }

  /* One note with the control under each outermost task list. */
  article.querySelectorAll("ul.task-list").forEach(function (list) {
    if (list.parentElement.closest("ul.task-list")) return;
    var message = kit.element("span", { "class": "checklist-memory__message", role: "status" });
    var button = kit.element("button", { type: "button", "class": "md-button checklist-memory__clear" },
                             say("clear"));
    button.addEventListener("click", clear);
    var note = kit.element("p", { "class": "checklist-memory", hidden: true }, message, " ", button);
    note.message = message;
    note.button = button;
    list.after(note);
    notes.push(note);
  });

  items.forEach(function (item) {
    item.box.addEventListener("change", function () {
      ticks.set(item.key, item.box.checked ? "1" : "0");
      showNotes(say("saved"), true);
    });
  });

  restore();
  /* Back/forward cache: another tab may have changed the ticks. */
  window.addEventListener("pageshow", function (event) { if (event.persisted) restore(); });
})();
