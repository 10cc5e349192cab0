/*
 * Load the search index when the reader goes to search, not with every page view, and say
 * so when it cannot load.
 *
 * Written for mkdocs-material 9.8.1, which requests search/search_index.json with
 * XMLHttpRequest as soon as any page loads: 35-40 KB (gzip) that most views of a
 * newsletter link never use, and with it the search worker's language files. We hold that
 * one request back until the reader focuses the search box, opens search (the search
 * button on a phone, or Material's "/", "s", "f" shortcuts) or presses on the search
 * button; Material waits for the response as it would on a slow network. A page opened
 * from a search result (?h=...) loads it at once: Material highlights the words with it.
 *
 * If the request fails (offline, a server error, no answer within TIMEOUT), Material would
 * say "Initializing search" for ever: its request gives up for good. We keep the failure
 * from Material, show the reader's-language message from this script's data-unavailable
 * attribute where Material shows its status, and send the same request again the next
 * time the reader opens search; Material sees only the answer that finally arrives.
 * Covered by tests/browser/test_search.py (test_the_search_index_and_query_code_load_when_search_is_opened_not_with_the_page,
 * test_search_says_when_it_cannot_load, test_opening_search_again_retries_a_failed_index).
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var TIMEOUT = 10000;
  var unavailable = document.currentScript && document.currentScript.getAttribute("data-unavailable");
  var held = [], failed = [], wanted = false, status = null;
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = INDEX.test(new URL(String(url), document.baseURI).pathname);
    if (this.__searchIndex && !this.__searchUrl) guard(this, method, url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.__searchIndex) return send.apply(this, arguments);
    this.__searchType = this.responseType;
    this.timeout = TIMEOUT;
    if (!wanted) { held.push(this); return; }
    return send.apply(this, arguments);
  };

  /* Material listens for load, error and abort; it hears a load only once it succeeds. */
  function guard(request, method, url) {
    var listeners = { load: [], error: [], abort: [] };
    var listen = request.addEventListener;
    request.__searchUrl = [method, url];
    request.addEventListener = function (type, listener) {
      if (type in listeners) listeners[type].push(listener);
      else listen.apply(request, arguments);
    };
    function tell(type, event) {
      listeners[type].forEach(function (listener) { listener.call(request, event); });
    }
    listen.call(request, "load", function (event) {
      if (request.status >= 200 && request.status < 300) tell("load", event);
      else fail(request);
    });
    listen.call(request, "error", function () { fail(request); });
    listen.call(request, "timeout", function () { fail(request); });
    listen.call(request, "abort", function (event) { tell("abort", event); });
  }

  function fail(request) {
    if (failed.indexOf(request) >= 0) return;     /* one failure, one retry */
    failed.push(request);
    var meta = document.querySelector(".md-search-result__meta");
    if (!meta || !unavailable) return;
    if (status === null) status = meta.textContent;
    meta.textContent = unavailable;
  }

  function retry() {
    var meta = document.querySelector(".md-search-result__meta");
    if (meta && status !== null) meta.textContent = status;
    failed.splice(0).forEach(function (request) {
      open.apply(request, request.__searchUrl);
      request.responseType = request.__searchType;
      request.timeout = TIMEOUT;
      send.call(request);
    });
  }

  function load() {
    if (wanted) { retry(); return; }
    wanted = true;
    held.splice(0).forEach(function (request) { send.call(request); });
  }

  if (/[?&]h=/.test(window.location.search)) load();

  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.matches(".md-search__input")) load();
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search" && event.target.checked) load();
  });
  document.addEventListener("pointerdown", function (event) {
    if (event.target instanceof Element && event.target.closest('label[for="__search"], .md-search')) load();
  }, true);
  document.addEventListener("keydown", function (event) {
    var typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) load();
  }, true);
})();
