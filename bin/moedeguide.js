#!/usr/bin/env node
// The administrators' command line. The TypeScript source is in src/cli; `npm run build` bundles it.
"use strict";
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "moedeguide.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "moedeguide: not built yet; run `npm run build` in " + path.dirname(__dirname) + "\n",
  );
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
