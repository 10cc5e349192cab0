/*
 * Back closes the search or the menu instead of leaving the page.
 *
 * Written for mkdocs-material 9.8.1 (bundle.a5f9d56c.min.js), without navigation.instant: its
 * search and its menu drawer are checkboxes, #__search and #__drawer, which it opens and closes
 * with click(), so "change" fires however they open or close (icon, "/" key, Escape, the
 * overlay). On a phone they fill the screen, and readers press Back to close them; without this
 * Back left the page.
 * - Opening one adds a history entry for it (same address); Back returns from that entry
 *   (popstate) and we close what is open.
 * - Closing it any other way takes our entry back out (history.back()), so history is as before.
 * - A link followed from inside an open overlay replaces our entry instead of adding one, so
 *   Back from the next page returns to this one in one step.
 * Covered by tests/browser/test_reading_on_a_phone.py.
 */
(function () {
  "use strict";
  var KEY = "secondRoundOverlay";
  var OVERLAYS = "#__search, #__drawer";
  var ours = Boolean(history.state && history.state[KEY]);  /* the entry we are on is ours */
  var leaving = false;

  function toggles() {
    return Array.prototype.slice.call(document.querySelectorAll(OVERLAYS));
  }

  function anyOpen() {
    return toggles().some(function (toggle) { return toggle.checked; });
  }

  function entry() {
    var state = {};
    state[KEY] = true;
    return state;
  }

  document.addEventListener("change", function (event) {
    if (!(event.target instanceof Element) || !event.target.matches(OVERLAYS)) return;
    if (event.target.checked) {
      if (!ours) {
        history.pushState(entry(), "");
        ours = true;
      }
    } else if (ours && !anyOpen() && !leaving) {
      ours = false;
      history.back();
    }
  });

  window.addEventListener("popstate", function (event) {
    var wasOurs = ours;
    ours = Boolean(event.state && event.state[KEY]);
    if (!wasOurs || ours) return;
    toggles().forEach(function (toggle) { if (toggle.checked) toggle.click(); });
  });

  /* A link inside the open search or menu: go there in place of our entry. */
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || !ours || event.defaultPrevented || event.button !== 0 ||
        event.metaKey || event.ctrlKey || event.shiftKey || event.altKey ||
        (link.target && link.target !== "_self") || link.hasAttribute("download") ||
        !link.closest(".md-search, .md-sidebar--primary")) return;
    event.preventDefault();
    leaving = true;
    ours = false;
    location.replace(link.href);
    /* A link to a section of this page stays on it: close the overlay as Material would. */
    setTimeout(function () {
      leaving = false;
      toggles().forEach(function (toggle) { if (toggle.checked) toggle.click(); });
    }, 0);
  }, true);
})();
