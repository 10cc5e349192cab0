/*
 * The email composer, as the page first loads it: a button that brings in the form.
 *
 * The form and its filling (tools/composer/form.js, about 7 KB gzip) load only when the reader
 * asks for them: they press "Fill in your details", arrive by a link to the form's section
 * (#write-it-now), or ticked "remember" on an earlier visit. Readers who only read the templates
 * never download it, and the page stays within its first-load budget.
 * Without JavaScript none of this runs: the section's note says to fill the templates by hand.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("composer");
  var table = kit.toolData("composer");
  var section = document.getElementById(table.section);
  if (!section) return;
  var source = document.currentScript.src.replace(/composer\.js(\?.*)?$/, "composer/form.js");
  /* assets/javascripts/tools/composer.js -> assets/stylesheets/tools/composer/form.css */
  var styles = source.replace(/javascripts\/tools\/composer\/form\.js$/, "stylesheets/tools/composer/form.css");

  var button = kit.element("button", { type: "button", "class": "md-button md-button--primary" }, say("start"));
  var message = kit.element("p", { "class": "composer__status", role: "status" });
  var start = kit.element("div", { "class": "composer-start" }, button, message);

  /* At the end of the section, in place of the note for readers without the form. */
  var end = section.nextElementSibling;
  while (end && end.tagName !== "H2") {
    if (end.classList.contains("composer-noscript")) end.hidden = true;
    end = end.nextElementSibling;
  }
  section.parentNode.insertBefore(start, end);

  function load() {
    if (button.disabled) return;
    button.disabled = true;
    message.textContent = say("loading");
    /* The styles first, in parallel with the script; the form waits for them (form.js). */
    kit.composerStyles = kit.element("link", { rel: "stylesheet", href: styles });
    document.head.appendChild(kit.composerStyles);
    var script = document.createElement("script");
    script.src = source;
    script.onerror = function () { button.disabled = false; message.textContent = say("load_failed"); };
    document.head.appendChild(script);
  }

  button.addEventListener("click", function () { kit.composerAsked = true; load(); });
  if (location.hash === "#" + table.section || kit.store("composer").any()) load();
})();
