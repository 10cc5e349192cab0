/*
 * Load the search index when the reader goes to search, not with every page view.
 *
 * Written for mkdocs-material 9.8.1, which requests search/search_index.json with
 * XMLHttpRequest as soon as any page loads: 35-40 KB (gzip) that most views of a
 * newsletter link never use, and with it the search worker's language files. We hold that
 * one request back until the reader focuses the search box, opens search (the search
 * button on a phone, or Material's "/", "s", "f" shortcuts) or presses on the search
 * button; Material waits for the response as it would on a slow network. A page opened
 * from a search result (?h=...) loads it at once: Material highlights the words with it.
 * Covered by tests/browser/test_search.py (test_the_search_index_and_query_code_load_when_search_is_opened_not_with_the_page).
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var held = [], wanted = false;
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = INDEX.test(new URL(String(url), document.baseURI).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__searchIndex && !wanted) { held.push([this, arguments]); return; }
    return send.apply(this, arguments);
  };

  function load() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (request) { send.apply(request[0], request[1]); });
  }

  if (/[?&]h=/.test(window.location.search)) load();

  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.matches(".md-search__input")) load();
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search") load();
  });
  document.addEventListener("pointerdown", function (event) {
    if (event.target instanceof Element && event.target.closest('label[for="__search"], .md-search')) load();
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" || event.key === "s" || event.key === "f") load();
  }, true);
})();
