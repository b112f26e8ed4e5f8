/**
 * The files a build writes beside the bundles (scripts/deployFiles.js): the manifest's Version,
 * the well-known file, IT's policy read and checked, and the two webpack plugins, each run on a
 * tiny compilation of its own (quick; deployBuild.test.ts runs the real build once).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import webpack from "webpack";
import packageJson from "../../../package.json";
import {
  DeployFilesPlugin,
  LaunchEventScriptPlugin,
  PolicyFileError,
  jsonText,
  loadPolicyFile,
  manifestVersion,
  readPolicyFile,
  setManifestVersion,
  wellKnownAllowed,
} from "../../../scripts/deployFiles";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { policyJsonSchema } from "../../../src/policy/jsonSchema";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURES = "test/fixtures/build";

describe("the manifest's Version", () => {
  it("is package.json's version in manifest.xml as written (one source)", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest.match(/<Version>([^<]*)<\/Version>/g)).toEqual([
      `<Version>${packageJson.version}</Version>`,
    ]);
    expect(manifestVersion(packageJson.version)).toEqual({
      ok: true,
      version: packageJson.version,
    });
  });

  it.each(["1", "0.1.0", "1.2.3.4", "99999.0.0.65535"])("takes %s", (version) => {
    expect(manifestVersion(version)).toEqual({ ok: true, version });
  });

  it.each([
    ["a pre-release", "1.2.0-beta.1"],
    ["build metadata", "1.2.0+sha.5114f85"],
    ["five numbers", "1.2.3.4.5"],
    ["a six-digit number", "1.100000.0"],
    ["a leading zero", "1.02.0"],
    ["an empty version", ""],
    ["no version", undefined],
  ])("refuses %s", (_name, version) => {
    const result = manifestVersion(version);
    expect(result).toEqual({ ok: false, message: expect.any(String) as unknown });
    if (!result.ok) expect(result.message).toContain(`version ${JSON.stringify(version)}`);
  });

  it("is written into the one <Version> of a manifest", () => {
    const manifest = "<OfficeApp>\n  <Id>x</Id>\n  <Version>1.0.0.0</Version>\n</OfficeApp>";
    expect(setManifestVersion(manifest, "2.3.4")).toBe(
      "<OfficeApp>\n  <Id>x</Id>\n  <Version>2.3.4</Version>\n</OfficeApp>",
    );
    expect(() => setManifestVersion("<OfficeApp/>", "2.3.4")).toThrow(/found 0/);
    expect(() => setManifestVersion("<Version>1</Version><Version>2</Version>", "2.3.4")).toThrow(
      /found 2/,
    );
  });
});

describe("the well-known file", () => {
  it.each([
    [
      "https://addins.regionsjaelland.dk/moedeguide/",
      "https://addins.regionsjaelland.dk/moedeguide/launchevent.js",
    ],
    [
      "https://moedeguide.regionsjaelland.dk/",
      "https://moedeguide.regionsjaelland.dk/launchevent.js",
    ],
    ["https://localhost:3000/", "https://localhost:3000/launchevent.js"],
  ])("for an add-in at %s names %s", (url, script) => {
    const text = wellKnownAllowed(url);
    expect(JSON.parse(text)).toEqual({ allowed: [script] });
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("IT's policy file", () => {
  const file = `${FIXTURES}/policy.json`;

  it("is read as written when it is valid", () => {
    const read = readPolicyFile(file);
    expect(read).toMatchObject({ ok: true, file, policy: { name: "Testregionens mødepolitik" } });
    if (read.ok) expect(read.text).toBe(readFileSync(path.join(ROOT, file), "utf8"));
  });

  it("loses a byte-order mark, which a browser's JSON reader would not expect", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-bom-"));
    try {
      const withBom = path.join(dir, "policy.json");
      const text = readFileSync(path.join(ROOT, file), "utf8");
      writeFileSync(withBom, `\uFEFF${text}`);
      const read = readPolicyFile(withBom);
      expect(read.ok && read.text).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      "an invalid policy",
      `${FIXTURES}/invalid-policy.json`,
      [
        `${FIXTURES}/invalid-policy.json: timeZone: "Europe/Kobenhavn" is not an IANA time zone such as "Europe/Copenhagen"`,
        `${FIXTURES}/invalid-policy.json: travel[1].to: "Kalundborg" is not one of the policy's sites`,
        `${FIXTURES}/invalid-policy.json: meetingLink.joinUrl: must start with https:, e.g. "https://video.example.org/meeting/{meetingId}"`,
        `${FIXTURES}/invalid-policy.json: 3 problems in the policy; nothing was built (moedeguide policy validate ${FIXTURES}/invalid-policy.json checks it alone)`,
      ],
    ],
    [
      "a file that is not JSON",
      `${FIXTURES}/truncated-policy.txt`,
      [
        `${FIXTURES}/truncated-policy.txt: is not valid JSON: unexpected end of input (an object is not closed) at line 4, column 1`,
      ],
    ],
    [
      "a missing file",
      `${FIXTURES}/nothing-here.json`,
      [`${FIXTURES}/nothing-here.json: no such file`],
    ],
    ["a directory", FIXTURES, [`${FIXTURES}: is a directory, not a file`]],
  ])("is refused when it is %s", (_name, given, lines) => {
    expect(readPolicyFile(given)).toEqual({ ok: false, lines });
    expect(() => loadPolicyFile(given)).toThrow(PolicyFileError);
    expect(() => loadPolicyFile(given)).toThrow(lines.join("\n"));
  });

  it.each([
    ["a bare --env policy", true],
    ["an empty value", ""],
  ])("is refused for %s", (_name, given) => {
    const read = readPolicyFile(given);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.lines).toEqual([expect.stringMatching(/^policy: --env policy has no value/)]);
  });

  it("is refused with at most 50 problems listed, and the count", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-many-"));
    try {
      const many = path.join(dir, "policy.json");
      const policy = JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as {
        travel: unknown[];
      };
      policy.travel = Array.from({ length: 60 }, (_, i) => ({
        from: "Aalborg",
        to: `Nowhere ${i}`,
        km: 1,
        minutes: 1,
      }));
      writeFileSync(many, JSON.stringify(policy));
      const read = readPolicyFile(many);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.lines).toHaveLength(52);
        expect(read.lines[50]).toBe(`${many}: … and 10 more`);
        expect(read.lines[51]).toMatch(/: 60 problems in the policy;/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints as its message alone: no stack, no class name", () => {
    const error = new PolicyFileError("a.json: x: bad\na.json: 1 problem");
    expect(inspect(error)).toBe("a.json: x: bad\na.json: 1 problem");
    expect(error.code).toBe("policy-file");
    expect(Object.keys(error)).toEqual([]);
  });
});

/** Compiles `entry` with `plugins` into a new temporary directory; the written files, by name. */
async function compile(
  source: string,
  plugins: webpack.WebpackPluginInstance[],
  options: { mode: "production" | "development"; filename: string },
): Promise<{ dir: string; files: Map<string, string> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-plugin-"));
  const entry = path.join(dir, "entry.js");
  writeFileSync(entry, source);
  const out = path.join(dir, "out");
  const compiler = webpack({
    mode: options.mode,
    context: dir,
    entry: { launchevent: entry },
    output: { path: out, filename: options.filename },
    devtool: false,
    plugins,
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  expect(stats?.toJson({ all: false, errors: true }).errors).toEqual([]);
  const list = (sub: string): string[] =>
    readdirSync(path.join(out, sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? list(path.join(sub, e.name)) : [path.join(sub, e.name)],
    );
  const files = new Map(
    list("").map((f) => [f.split(path.sep).join("/"), readFileSync(path.join(out, f), "utf8")]),
  );
  return { dir, files };
}

describe("the webpack plugins", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("serve the embedded default policy, its schema and the well-known file without --env policy", async () => {
    const url = "https://moedeguide.regionsjaelland.dk/";
    const { dir, files } = await compile(
      "export const x = 1;\n",
      [new DeployFilesPlugin({ url })],
      { mode: "development", filename: "[name].js" },
    );
    made.push(dir);
    expect(files.get("policy.json")).toBe(jsonText(DEFAULT_POLICY));
    expect(JSON.parse(files.get("policy.schema.json") ?? "")).toEqual(policyJsonSchema());
    expect(files.get(".well-known/microsoft-officeaddins-allowed.json")).toBe(
      wellKnownAllowed(url),
    );
  }, 30_000);

  it("serve IT's policy file when given", async () => {
    const { dir, files } = await compile(
      "export const x = 1;\n",
      [
        new DeployFilesPlugin({
          url: "https://h.regionsjaelland.dk/",
          policyFile: `${FIXTURES}/policy.json`,
        }),
      ],
      { mode: "development", filename: "[name].js" },
    );
    made.push(dir);
    expect(files.get("policy.json")).toBe(
      readFileSync(path.join(ROOT, FIXTURES, "policy.json"), "utf8"),
    );
  }, 30_000);

  it("write the minified event bundle again as launchevent.js, byte for byte", async () => {
    const { dir, files } = await compile(
      "const greeting = ['Mødeguide', 'event'].join(' ');\nglobalThis.onEvent = () => greeting;\n",
      [new LaunchEventScriptPlugin("launchevent")],
      { mode: "production", filename: "[name].[contenthash:20].js" },
    );
    made.push(dir);
    const hashed = [...files.keys()].filter((f) => /^launchevent\.[0-9a-f]{20}\.js$/.test(f));
    expect(hashed).toHaveLength(1);
    expect([...files.keys()].sort()).toEqual([...hashed, "launchevent.js"].sort());
    expect(files.get("launchevent.js")).toBe(files.get(hashed[0] ?? ""));
    // Minified once: the copy is not run through the minifier a second time.
    expect(files.get("launchevent.js")).not.toContain("\n  ");
  }, 30_000);

  it("leave a development bundle, already named launchevent.js, alone", async () => {
    const { dir, files } = await compile(
      "globalThis.onEvent = () => 1;\n",
      [new LaunchEventScriptPlugin("launchevent")],
      { mode: "development", filename: "[name].js" },
    );
    made.push(dir);
    expect([...files.keys()]).toEqual(["launchevent.js"]);
  }, 30_000);
});

describe("the shipped JSON Schema", () => {
  it("describes every field for IT's editor, but the purposes' names, which speak for themselves", () => {
    const missing: string[] = [];
    const walk = (schema: unknown, at: string) => {
      if (typeof schema !== "object" || schema === null) return;
      const { properties, items } = schema as {
        properties?: Record<string, unknown>;
        items?: unknown;
      };
      for (const [key, field] of Object.entries(properties ?? {})) {
        const purposeList = /^\.vocabulary\.(purposes|topics)$/.test(at);
        if (!purposeList && !(field as { description?: string }).description)
          missing.push(`${at}.${key}`);
        walk(field, `${at}.${key}`);
      }
      walk(items, `${at}[]`);
    };
    walk(policyJsonSchema(), "");
    expect(missing).toEqual([]);
  });
});
