/**
 * The address a build writes into dist/manifest.xml (scripts/manifestUrl.js, used by
 * webpack.config.js): table-driven, then through the webpack config itself.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEV_URL, manifestUrl, rewriteManifest } from "../../../scripts/manifestUrl";

const ROOT = path.join(__dirname, "..", "..", "..");

describe("manifestUrl", () => {
  it("keeps localhost in a development build, whatever address is given", () => {
    expect(manifestUrl({ production: false, urlProd: "https://www.contoso.com/" })).toEqual({
      ok: true,
      url: DEV_URL,
      note: null,
    });
  });

  it("keeps localhost in a production build without an address, and says so", () => {
    const result = manifestUrl({ production: true });
    expect(result).toEqual({ ok: true, url: DEV_URL, note: expect.any(String) as unknown });
    if (result.ok) expect(result.note).toMatch(/no production address.*https:\/\/localhost:3000\//);
  });

  it.each([
    [
      "the README's example",
      "https://addins.example.dk/moedeguide/",
      "https://addins.example.dk/moedeguide/",
    ],
    [
      "a path without its final slash",
      "https://addins.regionsjaelland.dk/moedeguide",
      "https://addins.regionsjaelland.dk/moedeguide/",
    ],
    [
      "a bare host",
      "https://moedeguide.regionsjaelland.dk",
      "https://moedeguide.regionsjaelland.dk/",
    ],
    [
      "a port",
      "https://addins.regionsjaelland.dk:8443/app/",
      "https://addins.regionsjaelland.dk:8443/app/",
    ],
    [
      "upper case, trimmed",
      "  HTTPS://Addins.RegionSjaelland.DK/App/ ",
      "https://addins.regionsjaelland.dk/App/",
    ],
    // "example" as a label under a real domain is a name someone owns; only the reserved
    // example.com/.org/.net and the .example TLD are placeholders.
    [
      "example under a real domain",
      "https://example.regionsjaelland.dk/",
      "https://example.regionsjaelland.dk/",
    ],
    ["a look-alike of a placeholder", "https://notcontoso.com/", "https://notcontoso.com/"],
    ["a public address", "https://10.20.30.40/moedeguide/", "https://10.20.30.40/moedeguide/"],
  ])("takes %s", (_name, given, url) => {
    expect(manifestUrl({ production: true, urlProd: given })).toEqual({
      ok: true,
      url,
      note: `manifest: dist/manifest.xml points at ${url}`,
    });
  });

  it.each([
    ["localhost", "https://localhost:3000/", "is this machine"],
    ["localhost with a final dot", "https://localhost./", "is this machine"],
    ["a .localhost name", "https://moedeguide.localhost/", "is this machine"],
    ["127.0.0.1", "https://127.0.0.1/", "is this machine"],
    ["another 127 address", "https://127.3.2.1:8443/app/", "is this machine"],
    ["127 written short", "https://127.1/", "is this machine"],
    ["127 as one number", "https://2130706433/", "is this machine"],
    ["0.0.0.0", "https://0.0.0.0/", "is this machine"],
    ["::1", "https://[::1]:3000/", "is this machine"],
    ["::1 written long", "https://[0:0:0:0:0:0:0:1]/", "is this machine"],
    ["IPv4-mapped loopback", "https://[::ffff:127.0.0.1]/", "is this machine"],
    ["contoso", "https://www.contoso.com/moedeguide/", "is a placeholder domain"],
    ["contoso itself", "https://contoso.com/", "is a placeholder domain"],
    ["fabrikam", "https://addins.fabrikam.com/", "is a placeholder domain"],
    ["example.com", "https://example.com/", "is a placeholder domain"],
    ["example.org", "https://www.example.org/x/", "is a placeholder domain"],
    ["example.net", "https://a.b.example.net/", "is a placeholder domain"],
    [
      "example.com in capitals, with a final dot",
      "https://WWW.EXAMPLE.COM./",
      "is a placeholder domain",
    ],
    [
      "the .example TLD",
      "https://moedeguide.regionsjaelland.example/app/",
      "is a placeholder domain",
    ],
    ["the .invalid TLD", "https://addins.invalid/", "is a placeholder domain"],
    ["the .test TLD", "https://moedeguide.test/", "is a placeholder domain"],
    ["http", "http://addins.regionsjaelland.dk/", "is not https"],
    ["ftp", "ftp://addins.regionsjaelland.dk/", "is not https"],
    ["no scheme", "addins.regionsjaelland.dk/moedeguide/", "is not a URL"],
    ["nonsense", "https://", "is not a URL"],
    [
      "credentials",
      "https://user:secret@addins.regionsjaelland.dk/",
      "holds a user name or password",
    ],
    ["a query", "https://addins.regionsjaelland.dk/?v=1", "has a query or fragment"],
    ["a fragment", "https://addins.regionsjaelland.dk/#x", "has a query or fragment"],
  ])("refuses %s", (_name, given, why) => {
    const result = manifestUrl({ production: true, urlProd: given });
    expect(result).toEqual({ ok: false, message: expect.any(String) as unknown });
    if (!result.ok) {
      expect(result.message).toContain(`urlProd ${JSON.stringify(given)} ${why}`);
      expect(result.message).toContain("--env urlProd=https://");
    }
  });

  it.each([
    ["an empty value", ""],
    ["white space", "  "],
    ["a bare --env urlProd", true],
  ])("refuses %s, saying there is no value", (_name, given) => {
    expect(manifestUrl({ production: true, urlProd: given })).toEqual({
      ok: false,
      message: expect.stringContaining("manifest: urlProd has no value") as unknown,
    });
  });
});

describe("rewriteManifest", () => {
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("moves every localhost address, and nothing else", () => {
    const url = "https://addins.regionsjaelland.dk/moedeguide/";
    const built = rewriteManifest(manifest, url);
    expect(built).not.toContain("localhost");
    expect(built.split(url).length).toBe(manifest.split(DEV_URL).length);
    expect(built.replaceAll(url, DEV_URL)).toBe(manifest);
    // The real support and domain addresses stay.
    expect(built).toContain('<SupportUrl DefaultValue="https://www.regionsjaelland.dk/"/>');
    expect(built).toContain("<AppDomain>https://www.regionsjaelland.dk</AppDomain>");
  });

  it("replaces the address literally (its dots are not a pattern)", () => {
    expect(
      rewriteManifest("https://localhostX3000/ https://localhost:3000/a", "https://h.dk/"),
    ).toBe("https://localhostX3000/ https://h.dk/a");
  });
});

describe("webpack.config.js", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: { mode: string },
  ) => Array<{ name: string; plugins?: unknown[] }>;
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  function builtManifest(env: Record<string, unknown>) {
    const web = factory(env, { mode: "production" }).find((c) => c.name === "web");
    const copy = web?.plugins?.find(
      (p): p is { patterns: Array<{ from: string; transform: (b: Buffer) => string }> } =>
        typeof p === "object" && p !== null && "patterns" in p,
    );
    const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
    if (!pattern) throw new Error("webpack copies manifest.xml without a transform");
    return { text: pattern.transform(Buffer.from(manifest)), plugins: web?.plugins ?? [] };
  }

  const saved = process.env.URL_PROD;
  afterEach(() => {
    if (saved === undefined) delete process.env.URL_PROD;
    else process.env.URL_PROD = saved;
  });

  it("refuses a placeholder address before building anything", () => {
    expect(() => factory({ urlProd: "https://www.contoso.com/" }, { mode: "production" })).toThrow(
      /urlProd "https:\/\/www.contoso.com\/" is a placeholder domain/,
    );
  });

  it("never writes a placeholder host without an address: localhost stays, and a note says so", () => {
    delete process.env.URL_PROD;
    const { text, plugins } = builtManifest({});
    expect(text).toBe(manifest);
    expect(text).not.toMatch(/contoso|fabrikam|example\./i);
    const note = plugins.find((p) => p?.constructor?.name === "BuildNote") as
      { note: string } | undefined;
    expect(note?.note).toMatch(/no production address/);
  });

  it("takes the address from URL_PROD, and from --env urlProd before it", () => {
    process.env.URL_PROD = "https://from-env.regionsjaelland.dk/";
    expect(builtManifest({}).text).toContain("https://from-env.regionsjaelland.dk/taskpane.html");
    const both = builtManifest({ urlProd: "https://from-flag.regionsjaelland.dk/" }).text;
    expect(both).toContain("https://from-flag.regionsjaelland.dk/taskpane.html");
    process.env.URL_PROD = "";
    expect(builtManifest({}).text).toBe(manifest);
    process.env.URL_PROD = "http://localhost:3000/";
    expect(() => builtManifest({})).toThrow(/is not https/);
  });
});
