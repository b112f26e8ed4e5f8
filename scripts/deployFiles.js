// The files a build writes beside the bundles so that dist/ can be deployed as it is: the policy
// every client fetches (policy.json), its JSON Schema for IT's editor (policy.schema.json), the
// well-known file that lets classic Outlook's event handlers make requests, and the manifest's
// Version. Used by webpack.config.js; tested by test/unit/build/.
"use strict";

const fs = require("fs");
const path = require("path");
const { requireTs } = require("./tsRequire");

/** The served policy, beside the add-in's pages: the pane and the event handlers fetch it. */
const POLICY_FILE = "policy.json";

/**
 * Where Office looks, at the root of the add-in's origin, for the JavaScript files that may make
 * cross-origin requests (CORS) or use SSO from the event runtime of classic Outlook on Windows.
 */
const WELL_KNOWN_FILE = ".well-known/microsoft-officeaddins-allowed.json";

/**
 * The event handlers' script as the manifest names it (JSRuntime.Url) for classic Outlook on
 * Windows. It keeps this fixed name in every build; see LaunchEventScriptPlugin for why.
 */
const JS_RUNTIME_FILE = "launchevent.js";

/** How many issues are listed before "… and N more": enough to fix a file, not a flood. */
const MAX_ISSUES = 50;

/**
 * A build that refuses to go on because of what it was given (an address, a policy file, a
 * version). webpack-cli prints the error through util.inspect; the custom inspection makes that
 * the message alone, one reason a line, without a stack: the reason is the whole story, not
 * where in the build it was found.
 */
class BuildRefusal extends Error {
  constructor(message) {
    super(message);
    Object.defineProperty(this, "name", { value: new.target.name });
    this.stack = message;
  }
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return this.message;
  }
}

/** IT's policy file is missing, unreadable, not JSON or not a valid policy. */
class PolicyFileError extends BuildRefusal {
  constructor(message) {
    super(message);
    // Not enumerable, so that it never shows in a printout.
    Object.defineProperty(this, "code", { value: "policy-file" });
  }
}

/** package.json's version cannot be written as a manifest's Version. */
class ManifestVersionError extends BuildRefusal {
  constructor(message) {
    super(message);
    Object.defineProperty(this, "code", { value: "manifest-version" });
  }
}

/** A `--env dist=` without a directory. */
class OutputDirError extends BuildRefusal {
  constructor(message) {
    super(message);
    Object.defineProperty(this, "code", { value: "output-dir" });
  }
}

/**
 * The policy modules of src/, loaded through tsRequire: the same validator, default and schema as
 * the add-in and the command line. `fresh` drops them from Node's cache first, so that a watching
 * build serves the default as it is now.
 */
function policyTools({ fresh = false } = {}) {
  const modules = {
    schema: "src/policy/schema.ts",
    defaults: "src/policy/defaultPolicy.ts",
    jsonSchema: "src/policy/jsonSchema.ts",
    json: "src/cli/json.ts",
  };
  if (fresh) {
    const src = path.resolve(__dirname, "..", "src") + path.sep;
    for (const key of Object.keys(require.cache))
      if (key.startsWith(src)) delete require.cache[key];
  }
  const { validatePolicy } = requireTs(modules.schema);
  const { DEFAULT_POLICY } = requireTs(modules.defaults);
  const { policyJsonSchema, POLICY_SCHEMA_FILE } = requireTs(modules.jsonSchema);
  const { parseJsonInput } = requireTs(modules.json);
  return {
    validatePolicy,
    DEFAULT_POLICY,
    policyJsonSchema,
    POLICY_SCHEMA_FILE,
    parseJsonInput,
    sources: Object.values(modules).map((m) => path.resolve(__dirname, "..", m)),
  };
}

/** JSON as the build writes it: two-space indents and a final newline. */
function jsonText(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * IT's policy file, read and validated: its text to serve as policy.json, or the lines that say
 * why not (`policy.json: travel[1].to: "Kalundborg" is not one of the policy's sites`).
 *
 * @param {string | boolean | undefined} file as `--env policy=FILE` gives it (true for a bare flag)
 * @param {ReturnType<typeof policyTools>} [tools]
 * @returns {{ ok: true, text: string, policy: any, file: string } | { ok: false, lines: string[] }}
 */
function readPolicyFile(file, tools = policyTools()) {
  if (typeof file !== "string" || file.trim() === "") {
    return {
      ok: false,
      lines: [
        "policy: --env policy has no value; give IT's policy file (--env policy=policy.json), or leave it out to serve the embedded default",
      ],
    };
  }
  const absolute = path.resolve(file);
  let bytes;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    const code = error && error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { ok: false, lines: [`${file}: no such file`] };
    if (code === "EISDIR") return { ok: false, lines: [`${file}: is a directory, not a file`] };
    return { ok: false, lines: [`${file}: cannot be read (${code || String(error)})`] };
  }
  const json = tools.parseJsonInput(new Uint8Array(bytes), file);
  if (!json.ok) return { ok: false, lines: json.messages };
  const checked = tools.validatePolicy(json.value);
  if (!checked.ok) {
    const lines = checked.issues
      .slice(0, MAX_ISSUES)
      .map((issue) => `${file}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`);
    if (checked.issues.length > MAX_ISSUES)
      lines.push(`${file}: … and ${checked.issues.length - MAX_ISSUES} more`);
    const count = checked.issues.length;
    lines.push(
      `${file}: ${count} ${count === 1 ? "problem" : "problems"} in the policy; nothing was built (moedeguide policy validate ${file} checks it alone)`,
    );
    return { ok: false, lines };
  }
  // Served as IT wrote it (their layout, their $schema reference), without a byte-order mark.
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes), policy: checked.policy, file };
}

/** The same, as a thrown PolicyFileError: what webpack.config.js refuses a build with. */
function loadPolicyFile(file, tools) {
  const read = readPolicyFile(file, tools);
  if (!read.ok) throw new PolicyFileError(read.lines.join("\n"));
  return read;
}

/**
 * The well-known file's content: the one script classic Outlook runs the event handlers from,
 * at its address. Office reads the list from the origin's root and lets only the scripts it
 * names make cross-origin requests (the policy fetch, when policy.json is served from another
 * host or port) or use SSO.
 */
function wellKnownAllowed(url) {
  return jsonText({ allowed: [new URL(JS_RUNTIME_FILE, url).href] });
}

/**
 * The manifest's Version for package.json's version: the same text. A manifest Version is one to
 * four numbers of up to five digits; a pre-release (1.2.0-beta.1) or build tag cannot be said in
 * it, and silently dropping it would give two different builds one Version.
 *
 * @returns {{ ok: true, version: string } | { ok: false, message: string }}
 */
function manifestVersion(version) {
  if (typeof version === "string" && /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(version))
    return { ok: true, version };
  return {
    ok: false,
    message: `manifest: package.json's version ${JSON.stringify(version)} cannot be the manifest's Version (one to four numbers of up to five digits, such as 1.2.0); set a plain version with npm version`,
  };
}

/** The manifest with its <Version> set (there is exactly one, at the top of OfficeApp). */
function setManifestVersion(manifest, version) {
  const pattern = /<Version>[^<]*<\/Version>/g;
  const found = manifest.match(pattern) || [];
  if (found.length !== 1)
    throw new ManifestVersionError(
      `manifest: expected one <Version> in manifest.xml, found ${found.length}`,
    );
  return manifest.replace(pattern, `<Version>${version}</Version>`);
}

/**
 * Emits policy.json, policy.schema.json and the well-known file into the web build. The policy is
 * read again in each compilation, so that a watching build follows edits (and reports a policy
 * made invalid as a compilation error); webpack.config.js has already refused an invalid one.
 */
class DeployFilesPlugin {
  /** @param {{ policyFile?: string, url: string }} options */
  constructor({ policyFile, url }) {
    this.policyFile = policyFile;
    this.url = url;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DeployFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeployFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const tools = policyTools({ fresh: compiler.watchMode });
          let policyText;
          if (this.policyFile === undefined) {
            policyText = jsonText(tools.DEFAULT_POLICY);
            for (const file of tools.sources) compilation.fileDependencies.add(file);
          } else {
            compilation.fileDependencies.add(path.resolve(this.policyFile));
            const read = readPolicyFile(this.policyFile, tools);
            if (!read.ok) {
              const error = new WebpackError(read.lines.join("\n"));
              error.name = "PolicyFileError";
              compilation.errors.push(error);
              return;
            }
            policyText = read.text;
          }
          const emit = (name, text) =>
            compilation.emitAsset(name, new sources.RawSource(Buffer.from(text, "utf8")));
          emit(POLICY_FILE, policyText);
          emit(tools.POLICY_SCHEMA_FILE, jsonText(tools.policyJsonSchema()));
          emit(WELL_KNOWN_FILE, wellKnownAllowed(this.url));
        },
      );
    });
  }
}

/**
 * Writes the event bundle a second time under the fixed name launchevent.js, beside its hashed
 * copy (which launchevent.html loads, for Outlook on the web, new Outlook and Mac).
 *
 * Why a fixed name for classic Outlook on Windows: the manifest (JSRuntime.Url) and the
 * well-known file name this script by its URL. A hashed name there would change the manifest with
 * every code change, and a changed manifest must be re-deployed by an administrator with a higher
 * Version and takes up to a day to reach everyone: until then, clients would ask for a script that
 * the server no longer has and the event handlers would stop. Under its fixed name the script is
 * updated with the server like the pages are; it is served with no-cache, like them.
 */
class LaunchEventScriptPlugin {
  constructor(entry = "launchevent") {
    this.entry = entry;
    this.fileName = JS_RUNTIME_FILE;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LaunchEventScriptPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LaunchEventScriptPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get(this.entry);
          if (!entry) return;
          const scripts = [...entry.getEntrypointChunk().files].filter((f) => f.endsWith(".js"));
          const [script] = scripts;
          if (scripts.length !== 1 || script === undefined) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `LaunchEventScriptPlugin: expected one script for ${this.entry}, found ${scripts.length}`,
              ),
            );
            return;
          }
          if (script === this.fileName) return;
          const asset = compilation.getAsset(script);
          // An asset added while assets are processed goes through the earlier stages again;
          // `minimized` keeps the minifier off it, so that the two files stay byte for byte alike.
          if (asset) compilation.emitAsset(this.fileName, asset.source, { minimized: true });
        },
      );
    });
  }
}

module.exports = {
  POLICY_FILE,
  WELL_KNOWN_FILE,
  JS_RUNTIME_FILE,
  BuildRefusal,
  PolicyFileError,
  ManifestVersionError,
  OutputDirError,
  policyTools,
  jsonText,
  readPolicyFile,
  loadPolicyFile,
  wellKnownAllowed,
  manifestVersion,
  setManifestVersion,
  DeployFilesPlugin,
  LaunchEventScriptPlugin,
};
