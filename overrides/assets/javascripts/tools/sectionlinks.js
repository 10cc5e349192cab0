/*
 * A "Copy link" button under each section heading (##), for touch screens.
 *
 * On a desktop the ¶ permalink appears when the pointer is over a heading; a phone has no
 * hover, so a consultant could not copy a section's link. Every page with sections gets this
 * script (scripts/page_tools.py: AUTOMATIC); tools/sectionlinks.css shows the buttons only to
 * coarse pointers without hover and leaves the ¶ as it is. A button copies the section's full
 * address: the page's published address (its canonical link, from site_url) and #id, with no
 * campaign. Without JavaScript there is no button and the page is unchanged.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("sectionlinks");
  var article = document.querySelector("article.md-typeset");
  if (!article) return;

  var canonical = document.querySelector('link[rel="canonical"]');
  var page = new URL(canonical ? canonical.href : window.location.href);
  page.search = "";

  /* One polite announcement for the whole page ("Link copied"), read out, not shown. */
  var status = kit.element("p", { "class": "section-link__status", role: "status" });
  article.appendChild(status);

  function title(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
    return copy.textContent.trim();
  }

  article.querySelectorAll("h2[id]").forEach(function (heading) {
    page.hash = heading.id;
    var address = page.href;
    var button = kit.element("button", { type: "button", "class": "section-link",
                                         "aria-label": say("label", { section: title(heading) }) }, say("copy"));
    var reset;
    button.addEventListener("click", function () {
      kit.copy(address).then(function (done) {
        /* Not copied (clipboard refused): the address bar then holds the link to copy by hand. */
        if (!done) window.location.hash = heading.id;
        button.textContent = status.textContent = say(done ? "copied" : "failed");
        clearTimeout(reset);
        reset = setTimeout(function () { button.textContent = say("copy"); }, 2000);
      });
    });
    heading.after(button);
  });
})();
