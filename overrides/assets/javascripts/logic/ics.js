/*
 * Calendar files (RFC 5545) made on the reader's device, without a page: escaped text, lines
 * folded at 75 octets, whole-day dates and Japan-time dates, and the DTSTAMP of a moment. The
 * date planner (logic/planner.js) and the resignation planner (logic/resignation.js) write theirs
 * with it; tests/js/ check the lines.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports) module.exports = make(require("./dates.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).ics = make(root.SecondRoundLogic.dates);
})(this, function (dates) {
  "use strict";
  var pad = dates.pad;

  function text(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  /* Lines longer than 75 octets continue on the next line after a space, never inside a
     UTF-8 character. */
  function fold(line) {
    var encoder = new TextEncoder(), out = [], current = "", size = 0;
    Array.from(line).forEach(function (character) {
      var bytes = encoder.encode(character).length;
      if (size + bytes > (out.length ? 74 : 75)) {
        out.push(current);
        current = "";
        size = 0;
      }
      current += character;
      size += bytes;
    });
    out.push(current);
    return out.join("\r\n ");
  }

  function date(day) { return dates.toISO(day).replace(/-/g, ""); }
  function time(day, minutes) { return date(day) + "T" + pad(Math.floor(minutes / 60)) + pad(minutes % 60) + "00"; }
  function stamp(now) { return new Date(now).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z"); }

  /* The whole file: its lines folded, CRLF after each. */
  function file(lines) { return lines.map(fold).join("\r\n") + "\r\n"; }

  return { text: text, fold: fold, date: date, time: time, stamp: stamp, file: file };
});
