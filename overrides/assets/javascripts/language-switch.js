/*
 * Language switch that keeps the page AND the section: /ja/after/#follow-up -> /after/#follow-up.
 *
 * Written for mkdocs-material 9.8.1 (bundle.a5f9d56c.min.js). Two things in its
 * "alternate" integration get in the way when the alternates point to the counterpart
 * page (as they must, for hreflang) rather than to a language root:
 *  1. For every <link rel="alternate"> it requests "sitemap.xml" next to the link's target:
 *     "<that page>/sitemap.xml" for the hreflang alternates, "<language root>/sitemap.xml" for
 *     the Atom feed link (partials/feed-link.html), which do not exist: 404s (and console
 *     errors) on every page view.
 *  2. It intercepts clicks on links under an alternate and navigates to the bare page,
 *     dropping the #section.
 *  3. navigation.tracking writes the section being read into the address bar with
 *     history.replaceState as the reader scrolls, which fires no event.
 * We answer (1) by refusing those requests before they leave the browser (Material then
 * treats the alternate as having no sitemap), (2) by handling clicks on the switcher
 * ourselves, and (3) by refreshing the switcher's links whenever the address changes, so a
 * long-press "copy link" on 日本語 carries the section too. Heading ids are identical in both
 * languages (checked at build time), so the current #fragment is valid on the counterpart
 * page. Covered by tests/browser/test_language_switch.py.
 */
(function () {
  "use strict";

  /* The sitemap.xml URLs Material would request: one next to every rel=alternate link,
     hreflang or not (the feed link too). */
  function alternateSitemaps() {
    return Array.prototype.map.call(
      document.querySelectorAll('link[rel="alternate"]'),
      function (link) { return new URL("sitemap.xml", link.href).href; });
  }

  /* (1) No request for sitemap.xml next to an alternate: we handle the switch ourselves. */
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var target = new URL(String(url), document.baseURI).href;
    if (/\/sitemap\.xml$/.test(target) && alternateSitemaps().indexOf(target) !== -1) {
      throw new Error("language-switch: no sitemap request for " + target);
    }
    return open.apply(this, arguments);
  };

  /* (2) Keep the section on switch; update the links too, so "copy link" and
     "open in new tab" carry the section as well. */
  function withSection(href) {
    var url = new URL(href, document.baseURI);
    url.hash = window.location.hash;
    return url.href;
  }

  function refresh() {
    document.querySelectorAll("a[data-language-switch]").forEach(function (link) {
      link.href = withSection(link.getAttribute("href"));
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[data-language-switch]");
    if (!link) return;
    link.href = withSection(link.href);
    event.stopPropagation();      /* keep Material's handler from rewriting the target */
  }, true);

  /* (3) Material changes the address without an event: refresh after each change it makes. */
  ["replaceState", "pushState"].forEach(function (name) {
    var original = history[name];
    history[name] = function () {
      var result = original.apply(this, arguments);
      refresh();
      return result;
    };
  });

  window.addEventListener("hashchange", refresh);
  document.addEventListener("DOMContentLoaded", refresh);
})();
