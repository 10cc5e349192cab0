/*
 * The email composer, as the page first loads it: a button that brings in the form.
 *
 * The form (tools/composer/form.js and its styles), its rules (logic/composer.js) and its words
 * and placeholder table (tools/composer/<lang>.json, written by scripts/hooks/tool_assets.py)
 * load only when the reader asks for them: they press "Fill in your details", arrive by a link to the form's section
 * (#write-it-now), or ticked "remember" on an earlier visit. Readers who only read the templates
 * never download them, and the page stays within its first-load budget.
 * The button goes where the page's note for readers without the form is (`{: .composer-noscript }`
 * in the Markdown); without JavaScript that note stays and says to fill the templates by hand.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("composer");
  var note = document.querySelector("article .composer-noscript");
  if (!note) return;
  var heading = note.previousElementSibling;
  while (heading && heading.tagName !== "H2") heading = heading.previousElementSibling;
  var folder = document.currentScript.src.replace(/composer\.js(\?.*)?$/, "composer/");
  /* assets/javascripts/tools/composer/ -> assets/stylesheets/tools/composer/form.css */
  var styles = folder.replace(/javascripts\/tools\/composer\/$/, "stylesheets/tools/composer/form.css");

  var button = kit.element("button", { type: "button", "class": "md-button md-button--primary" }, say("start"));
  var message = kit.element("p", { "class": "composer__status", role: "status" });
  var start = kit.element("div", { "class": "composer-start" }, button, message);
  note.hidden = true;
  note.after(start);

  /* assets/javascripts/tools/composer/ -> assets/javascripts/logic/composer.js */
  var rules = folder.replace(/tools\/composer\/$/, "logic/composer.js");

  function failed() { button.disabled = false; message.textContent = say("load_failed"); }

  function script(src, loaded) {
    var element = document.createElement("script");
    element.src = src;
    element.onerror = failed;
    if (loaded) element.onload = loaded;
    document.head.appendChild(element);
  }

  function load() {
    if (button.disabled) return;
    button.disabled = true;
    message.textContent = say("loading");
    /* The styles in parallel (the form waits for them: form.js); the words and table, then the script. */
    kit.composerStyles = kit.element("link", { rel: "stylesheet", href: styles });
    document.head.appendChild(kit.composerStyles);
    fetch(folder + kit.lang + ".json").then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (payload) {
      kit.join(payload);
      /* The composer's rules (logic/composer.js), then the form that uses them. */
      script(rules, function () { script(folder + "form.js"); });
    }).catch(failed);
  }

  button.addEventListener("click", function () { kit.composerAsked = true; load(); });
  if ((heading && location.hash === "#" + heading.id) || kit.store("composer").any()) load();
})();
