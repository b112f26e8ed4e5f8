/**
 * The deployable build, as IT runs it: `npm run build -- --env urlProd=… --env policy=FILE`, here
 * into a temporary directory (`--env dist=DIR`) so that the dist/ other tests read is left alone.
 * One full build is shared by the checks of what it wrote; the refusals fail before compiling,
 * so they are quick.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { DEV_URL } from "../../../scripts/manifestUrl";
import packageJson from "../../../package.json";

const ROOT = path.join(__dirname, "..", "..", "..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");
const FIXTURES = path.join(ROOT, "test", "fixtures", "build");
const POLICY = "test/fixtures/build/policy.json";
const URL = "https://moedeguide.testregionen.dk/app/";

/** How long one full production build may take on a slow, busy machine (about 30–60 s alone). */
const BUILD_TIMEOUT_MS = 240_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs webpack-cli as `npm run build` does, from the project root, without a shell. */
function webpack(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEBPACK, "--mode", "production", ...args], {
      cwd: ROOT,
      env: { ...process.env, URL_PROD: "", NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative];
  });
}

const HASHED = /\.[0-9a-f]{20}\.js$/;

describe("a deploy build with IT's policy and address", () => {
  let out = "";
  let run: Run = { code: null, stdout: "", stderr: "" };
  const read = (file: string) => readFileSync(path.join(out, file), "utf8");

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), "moedeguide-deploy-"));
    run = await webpack([
      `--env`,
      `urlProd=${URL}`,
      `--env`,
      `policy=${POLICY}`,
      `--env`,
      `dist=${out}`,
    ]);
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("succeeds and says where it points and which policy it serves", () => {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`manifest: dist/manifest.xml points at ${URL}`);
    expect(run.stdout).toContain(
      `is ${POLICY} ("Testregionens mødepolitik", revision "2027.1-test")`,
    );
    // Served under /app/: the well-known file belongs at the origin's root, and the note says so.
    expect(run.stdout).toContain(
      "https://moedeguide.testregionen.dk/.well-known/microsoft-officeaddins-allowed.json",
    );
  });

  it("writes every fixed-name file a server and the manifest rely on", () => {
    const files = filesUnder(out);
    for (const file of [
      "taskpane.html",
      "preview.html",
      "launchevent.html",
      "launchevent.js",
      "manifest.xml",
      "policy.json",
      "policy.schema.json",
      ".well-known/microsoft-officeaddins-allowed.json",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/icon-128.png",
    ]) {
      expect(files).toContain(file);
    }
  });

  it("points every manifest URL at the address, with package.json's Version", () => {
    const manifest = read("manifest.xml");
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest.match(/<Version>([^<]*)<\/Version>/g)).toEqual([
      `<Version>${packageJson.version}</Version>`,
    ]);
    expect(manifest).toBe(source.split(DEV_URL).join(URL));
    const local = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]*)"/g)]
      .map((m) => m[1] ?? "")
      .filter((u) => !u.startsWith("https://www.regionsjaelland.dk"));
    expect(local.length).toBeGreaterThanOrEqual(7);
    for (const url of local) {
      expect(url.startsWith(URL)).toBe(true);
      // Each names a file that the build wrote under that fixed name.
      expect(existsSync(path.join(out, url.slice(URL.length)))).toBe(true);
    }
  });

  it("lets classic Outlook's event script make requests, by its address", () => {
    expect(JSON.parse(read(".well-known/microsoft-officeaddins-allowed.json"))).toEqual({
      allowed: [`${URL}launchevent.js`],
    });
  });

  it("serves IT's policy as IT wrote it", () => {
    const fixture = readFileSync(path.join(ROOT, POLICY), "utf8");
    expect(read("policy.json")).toBe(fixture);
    expect(JSON.parse(read("policy.json"))).toMatchObject({
      name: "Testregionens mødepolitik",
      sites: [{ name: "Aalborg" }, { name: "Hjørring" }, { name: "Thisted" }],
      meetingLink: { name: "Pexip Videomøde" },
    });
  });

  it("ships a JSON Schema that accepts IT's policy and rejects a broken one", () => {
    const schema = JSON.parse(read("policy.schema.json")) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const policy = JSON.parse(read("policy.json")) as Record<string, unknown>;
    expect(validate(policy) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...policy, sites: "Aalborg" })).toBe(false);
    expect(validate({ ...policy, colour: "blue" })).toBe(false);
  });

  it("names every bundle by its content, and the pages load only those", () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith(".js"));
    // Fixed names only where another names the file: the manifest (launchevent.js), msw (its
    // service worker, which the preview registers by name).
    const fixed = new Set(["launchevent.js", "mockServiceWorker.js"]);
    expect(scripts.filter((f) => !fixed.has(f) && !HASHED.test(f))).toEqual([]);
    for (const page of ["taskpane.html", "preview.html", "signin.html", "launchevent.html"]) {
      const sources = [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
        .map((m) => m[1] ?? "")
        .filter((src) => !src.startsWith("https://appsforoffice.microsoft.com/"));
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src).toMatch(HASHED);
        expect(scripts).toContain(src);
      }
    }
  });

  it("writes the event bundle under its fixed name too, byte for byte", () => {
    const page = read("launchevent.html");
    const hashed = /src="?(launchevent\.[0-9a-f]{20}\.js)/.exec(page)?.[1];
    expect(hashed).toBeDefined();
    expect(read("launchevent.js")).toBe(read(hashed ?? ""));
  });

  it("writes the address into the event bundle, which fetches policy.json from there", () => {
    // Classic Outlook's JavaScript-only runtime has no page address to find policy.json from.
    expect(read("launchevent.js")).toContain(JSON.stringify(URL));
  });

  it("leaves no development address (localhost with a port) anywhere", () => {
    const text = filesUnder(out).filter((f) => !f.endsWith(".png"));
    expect(text.length).toBeGreaterThan(10);
    // A port, as the development server's address has: msw in the preview's Graph chunk names
    // "localhost" as a word (a base for parsing URLs, the public suffix list), never as an address.
    const address = /\b(?:localhost|127\.0\.0\.1):\d+/i;
    expect(text.filter((f) => address.test(read(f)))).toEqual([]);
    expect(address.test("https://localhost:3000/taskpane.html")).toBe(true);
  });
});

describe("a deploy build refuses", () => {
  const REFUSAL_TIMEOUT_MS = 60_000;
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), "moedeguide-refused-"));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** webpack-cli's output without its prefix, line by line. */
  const lines = (run: Run) =>
    (run.stderr + run.stdout)
      .split("\n")
      .map((line) => line.replace(/^\[webpack-cli\] /, ""))
      .filter((line) => line.trim() !== "");

  it(
    "an invalid policy, one line per problem, named by its path, before building anything",
    async () => {
      const file = "test/fixtures/build/invalid-policy.json";
      const run = await webpack([
        "--env",
        `urlProd=${URL}`,
        "--env",
        `policy=${file}`,
        "--env",
        `dist=${out}`,
      ]);
      expect(run.code).not.toBe(0);
      expect(lines(run)).toEqual([
        `${file}: timeZone: "Europe/Kobenhavn" is not an IANA time zone such as "Europe/Copenhagen"`,
        `${file}: travel[1].to: "Kalundborg" is not one of the policy's sites`,
        `${file}: meetingLink.joinUrl: must start with https:, e.g. "https://video.example.org/meeting/{meetingId}"`,
        `${file}: 3 problems in the policy; nothing was built (moedeguide policy validate ${file} checks it alone)`,
      ]);
      expect(readdirSync(out)).toEqual([]);
    },
    REFUSAL_TIMEOUT_MS,
  );

  it.each([
    [
      "a missing policy file",
      ["--env", "policy=test/fixtures/build/nothing-here.json"],
      "test/fixtures/build/nothing-here.json: no such file",
    ],
    [
      "a policy file that is not JSON",
      ["--env", "policy=test/fixtures/build/truncated-policy.txt"],
      "test/fixtures/build/truncated-policy.txt: is not valid JSON: unexpected end of input (an object is not closed) at line 4, column 1",
    ],
    ["--env policy without a file", ["--env", "policy"], "policy: --env policy has no value"],
    [
      "localhost as the address",
      ["--env", "urlProd=https://localhost:3000/"],
      'manifest: urlProd "https://localhost:3000/" is this machine',
    ],
    [
      "a placeholder host",
      ["--env", "urlProd=https://addins.contoso.com/"],
      'manifest: urlProd "https://addins.contoso.com/" is a placeholder domain',
    ],
  ])(
    "%s, in one line",
    async (_name, args, message) => {
      const run = await webpack([...args, "--env", `dist=${out}`]);
      expect(run.code).not.toBe(0);
      const said = lines(run);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(message);
      expect(readdirSync(out)).toEqual([]);
    },
    REFUSAL_TIMEOUT_MS,
  );

  it("has fixtures that are what they claim", () => {
    expect(existsSync(path.join(FIXTURES, "nothing-here.json"))).toBe(false);
    expect(() =>
      JSON.parse(readFileSync(path.join(FIXTURES, "truncated-policy.txt"), "utf8")),
    ).toThrow();
  });
});
