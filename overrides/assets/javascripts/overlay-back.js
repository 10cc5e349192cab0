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
 * - Closing it any other way takes our entry back out (history.back()), so history is as before;
 *   reopened before that step lands, it gets its entry once the step has landed.
 * - A link followed from inside an open overlay replaces our entry instead of adding one, so
 *   Back from the next page returns to this one in one step, with the overlay closed (also
 *   when the browser brings the page back with a toggle still checked: pageshow).
 * Covered by tests/browser/test_reading_on_a_phone.py.
 */
(function () {
  "use strict";
  var KEY = "secondRoundOverlay";
  var OVERLAYS = "#__search, #__drawer";
  var ours = Boolean(history.state && history.state[KEY]);  /* the entry we are on is ours */
  var steppingBack = false;  /* our history.back() has not landed yet (it is asynchronous) */

  function toggles() {
    return Array.prototype.slice.call(document.querySelectorAll(OVERLAYS));
  }

  function closeAll() {
    toggles().forEach(function (toggle) { if (toggle.checked) toggle.click(); });
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
      if (!ours && !steppingBack) {   /* reopened while stepping back: popstate adds the entry */
        history.pushState(entry(), "");
        ours = true;
      }
    } else if (ours && !anyOpen()) {
      ours = false;
      steppingBack = true;
      history.back();
    }
  });

  window.addEventListener("popstate", function (event) {
    if (steppingBack) {
      steppingBack = false;
      ours = Boolean(event.state && event.state[KEY]);
      if (!ours && anyOpen()) {
        history.pushState(entry(), "");
        ours = true;
      }
      return;
    }
    var wasOurs = ours;
    ours = Boolean(event.state && event.state[KEY]);
    if (!wasOurs || ours) return;
    closeAll();
  });

  /* Back to this page from the next one may bring it back as it was left: from the
     back/forward cache, or reloaded with the toggles' state restored (Chromium restores a
     checkbox's state; the toggles no longer carry autocomplete="off", which is invalid on a
     checkbox: scripts/hooks/valid_html.py). Open on an entry that is not ours, close it. */
  window.addEventListener("pageshow", function () {
    steppingBack = false;
    ours = Boolean(history.state && history.state[KEY]);
    if (!ours) closeAll();
  });

  /* A link inside the open search or menu: go there in place of our entry. */
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || !ours || event.defaultPrevented || event.button !== 0 ||
        event.metaKey || event.ctrlKey || event.shiftKey || event.altKey ||
        (link.target && link.target !== "_self") || link.hasAttribute("download") ||
        !link.closest(".md-search, .md-sidebar--primary")) return;
    event.preventDefault();
    /* Closed before leaving (ours is false, so no history.back()): a link to a section of
       this page lands with it closed. */
    ours = false;
    closeAll();
    location.replace(link.href);
  }, true);
})();
