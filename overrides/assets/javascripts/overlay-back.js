/* Inlined on every page: the why is in overrides/partials/overlay-back-script.html. */
(function () {
  "use strict";
  var KEY = "secondRoundOverlay";
  var OVERLAYS = "#__search, #__drawer";
  var ours = Boolean(history.state && history.state[KEY]);
  var steppingBack = false;

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
      if (!ours && !steppingBack) {
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

  window.addEventListener("pageshow", function () {
    steppingBack = false;
    ours = Boolean(history.state && history.state[KEY]);
    if (!ours) closeAll();
  });

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || !ours || event.defaultPrevented || event.button !== 0 ||
        event.metaKey || event.ctrlKey || event.shiftKey || event.altKey ||
        (link.target && link.target !== "_self") || link.hasAttribute("download") ||
        !link.closest(".md-search, .md-sidebar--primary")) return;
    event.preventDefault();
    ours = false;
    closeAll();
    location.replace(link.href);
  }, true);
})();
