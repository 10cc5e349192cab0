/*
 * The browser-side half of scripts/hooks/accessibility.py: markup Material's script creates.
 *
 * Written for mkdocs-material 9.8.1 (bundle.a5f9d56c.min.js). With content.code.copy it puts
 * each code block's copy button in a <nav class="md-code__nav">: one unnamed navigation
 * landmark per code block, so a screen reader's list of landmarks fills with identical
 * "navigation" entries (axe: landmark-unique). It holds a button, not navigation, so we take
 * the landmark role away (role="none"; the button keeps its name and stays focusable).
 * Covered by tests/browser/test_every_page.py (axe on every page).
 */
(function () {
  "use strict";

  function unmark(node) {
    if (node.nodeType !== 1) return;
    var navs = node.matches("nav.md-code__nav") ? [node] : node.querySelectorAll("nav.md-code__nav");
    Array.prototype.forEach.call(navs, function (nav) { nav.setAttribute("role", "none"); });
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) { record.addedNodes.forEach(unmark); });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
