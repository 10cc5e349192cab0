/*
 * The search worker a page view starts: it loads the search itself only when it is needed.
 *
 * Written for mkdocs-material 9.8.1, which starts its search worker (here: this file, see
 * overrides/partials/search-worker.html) on every page view and sends it a first message,
 * SETUP, only once the index has arrived, which search-on-demand.js holds back until the
 * reader opens search. So a page view costs this file; the search code (search-i18n.js,
 * which loads Material's worker, about 14 KB gzip) loads with that first message, which we
 * then hand on: listeners added while an event is dispatched do not receive it (DOM), so
 * it is dispatched again for them. Covered by tests/browser/test_search.py.
 */
var searchLoaded = false;
self.addEventListener("message", function (event) {
  if (searchLoaded) return;
  searchLoaded = true;
  importScripts("search-i18n.js");
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});
