// A webpack loader for the event bundle: replaces a module by stubs of its exports. zod's classic
// schemas import its JSON Schema generator (to-json-schema, json-schema-processors and
// json-schema-generator: about 5 KB gzip) for schema.toJSONSchema(), which the event handlers never
// call: they only check the served policy (safeParse). The build writes policy.schema.json with the
// real zod in Node, and the pane's chunk keeps it too; only launchevent.js, which classic Outlook
// loads whole for every event, goes without. A stub is a function that returns a function, so
// that what zod builds from them at load (methods, lazy getters) still loads; calling one gives {}.
// The export names are read from the module itself, so that a new zod export needs no change here.
"use strict";

/** The names a module exports: `export function|const|let|var|class x` and `export { a as b }`. */
function exportNames(source) {
  const names = new Set();
  for (const match of source.matchAll(
    /^export (?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/gm,
  )) {
    names.add(match[1]);
  }
  for (const match of source.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** The loader: the module's source becomes one stub export per name. */
function stubExportsLoader(source) {
  const names = exportNames(String(source));
  if (names.length === 0) {
    this.emitError(
      new Error(`stubExportsLoader: ${this.resourcePath} exports nothing it can read`),
    );
  }
  const lines = ["const stub = () => () => ({});"];
  for (const name of names) lines.push(`export const ${name} = stub;`);
  return lines.join("\n");
}

module.exports = stubExportsLoader;
module.exports.exportNames = exportNames;
