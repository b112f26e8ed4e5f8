// Lets the build (webpack.config.js, plain Node) require the project's own TypeScript modules in
// src/: the policy's validator, its embedded default and its JSON Schema. The build then checks
// IT's policy with the very code the add-in and the command line run, before anything compiles,
// and needs no bundle built first. TypeScript only transpiles here (types are checked by
// `npm run typecheck`), one module at a time, as ts-loader does with transpileOnly.
"use strict";

const fs = require("fs");
const path = require("path");

const SRC = path.resolve(__dirname, "..", "src");

let registered = false;

/**
 * Teaches Node's require to load `.ts` files under src/ (and only there). Idempotent; a `.ts`
 * handler that is already there (jest's, ts-node's) is left alone and keeps handling other files.
 */
function register() {
  if (registered) return;
  registered = true;
  const previous = require.extensions[".ts"];
  // require.extensions is deprecated as a public API but is what every TypeScript hook for
  // CommonJS (ts-node, @babel/register, pirates) is built on, and it is stable in Node 20+.
  require.extensions[".ts"] = function loadTypeScript(module, filename) {
    if (!filename.startsWith(SRC + path.sep)) {
      if (previous) return previous(module, filename);
      throw new Error(
        `tsRequire: ${filename} is outside src/; the build loads only src/ as TypeScript`,
      );
    }
    // Loaded on the first file only: the compiler takes a moment to load. (Under jest this hook
    // is never called: jest's own module system loads TypeScript through ts-jest.)
    const ts = require("typescript");
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        isolatedModules: true,
        sourceMap: false,
      },
    });
    module._compile(outputText, filename);
  };
}

/**
 * Requires a TypeScript module of src/ by its path relative to the project root
 * (`src/policy/schema.ts`).
 *
 * @param {string} relative
 * @returns {any}
 */
function requireTs(relative) {
  register();
  return require(path.resolve(__dirname, "..", relative));
}

module.exports = { requireTs };
