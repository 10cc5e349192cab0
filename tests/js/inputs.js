/*
 * What the Node tests of the tools' logic run on: the words, numbers, data and holidays the build
 * hands the tools, written by `python -m tests.js.tool_inputs` (make test-js runs it first), and
 * the logic modules as the site ships them (overrides/assets/javascripts/logic/).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const FILE = path.join(ROOT, "test-output", "tool-inputs.json");

if (!fs.existsSync(FILE)) {
  throw new Error(`${FILE} is missing: run \`make test-js\` (it writes it with python -m tests.js.tool_inputs)`);
}
const inputs = JSON.parse(fs.readFileSync(FILE, "utf8"));

function logic(name) {
  return require(path.join(ROOT, "overrides", "assets", "javascripts", "logic", `${name}.js`));
}

module.exports = { inputs, logic, ROOT };
