// What identifies a build's policy validator: a hash of everything it is made of (the sources of
// src/policy and src/advisor, whose rules and vocabulary limits it checks against, and the locked
// dependencies: zod, luxon's zone data). The pane remembers the policy texts a build found valid
// under this identity, so that a new build, whose rules may be stricter, checks them again. A
// superset on purpose: an unneeded second check costs one validation, a missed one lets a policy
// through unchecked.
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** The parts a validator is made of, relative to the project root. */
const VALIDATOR_PARTS = ["src/policy", "src/advisor", "package-lock.json"];

/** Every file under `entry` (itself when a file), in a stable order. */
function filesOf(entry) {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((dirent) => filesOf(path.join(entry, dirent.name)));
}

/** The validator's identity for the project at `root`: 16 hex digits of a SHA-256. */
function validatorBuildId(root) {
  const hash = createHash("sha256");
  for (const part of VALIDATOR_PARTS) {
    for (const file of filesOf(path.join(root, part))) {
      hash.update(path.relative(root, file).split(path.sep).join("/"));
      hash.update("\0");
      hash.update(fs.readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

module.exports = { VALIDATOR_PARTS, validatorBuildId };
