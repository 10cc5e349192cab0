/*
 * The link builder's rules, without a page: whether a campaign name is one the link kit accepts,
 * and the link for a page, a section, a language and a campaign, exactly as the command-line link
 * kit writes it (scripts/authoring/linkkit.py). Both come from the build (`data`: builder_data()
 * there): the kit's campaign rule and each page's address in each language with "{campaign}" still
 * to fill in; a section's link is its page's with #id after it, campaign parameters first.
 * tools/linkbuilder.js is the form around it; tests/js/linkbuilder.test.js checks it against the kit.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports) module.exports = make(require("./dates.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).linkbuilder = make(root.SecondRoundLogic.dates);
})(this, function (dates) {
  "use strict";

  function create(data) {
    var rule = new RegExp(data.campaign);

    function valid(campaign) { return rule.test(campaign); }

    /* The link, or "" while the campaign is not one the kit accepts. `page`: its key ("index"). */
    function link(lang, page, section, campaign) {
      if (!valid(campaign)) return "";
      var url = dates.fill(data.urls[lang][page], { campaign: campaign });
      return section ? url + "#" + section : url;
    }

    return { valid: valid, link: link };
  }

  return { create: create };
});
