/**
 * An offline check of manifest.xml: Microsoft's validator needs the internet, so this test encodes
 * what it can of the schema (element order from the XSD sequences, see
 * test/fixtures/manifest/sequences.json) and of what the rest of Mødeguide relies on.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { manifestUrl } from "../../../scripts/manifestUrl";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../../scripts/icons") as {
  ICONS: Array<{ file: string; kind: string; pixels: number }>;
  decodePng(bytes: Buffer): { width: number; height: number; rgba: Buffer };
  renderIcon(kind: string, pixels: number): { width: number; height: number; rgba: Buffer };
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CopyWebpackPlugin = require("copy-webpack-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = join(__dirname, "../../..");
const DIST = join(ROOT, "dist");

/**
 * A file of the build in dist/, or a clear failure: `npm test` builds before the unit tests; run
 * `npm run build` first when running jest alone.
 */
function readBuilt(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) {
    throw new Error(
      `dist/${file} is missing: run \`npm run build\` first (npm test builds before jest)`,
    );
  }
  return readFileSync(path, "utf8");
}
const DEV_URL = "https://localhost:3000/";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const sequences = JSON.parse(
  readFileSync(join(ROOT, "test/fixtures/manifest/sequences.json"), "utf8"),
) as { scopes: Record<string, Record<string, string[]>> };
const expected = JSON.parse(
  readFileSync(join(ROOT, "test/fixtures/manifest/expected.json"), "utf8"),
) as {
  defaultLocale: string;
  overrideLocale: string;
  permissions: string;
  baseMailboxMinVersion: string;
  versionOverridesMinVersion: Record<string, string>;
  controls: Record<string, string>;
  functionCommands: Array<{ surface: string; id: string; functionName: string; beside?: string }>;
  taskpane: string;
  launchEvents: Array<{ type: string; functionName: string; sendMode?: string }>;
  runtime: { page: string; javascript: string };
  notificationIcons: string[];
  iconUrlSize: number;
  highResolutionIconUrlSize: number;
  buttonIconSizes: number[];
  mobileIconSizes: number[];
  mobileIconScales: number[];
  mobileIconColour: string;
  assetIcons: number;
};

interface Parsed {
  root: XmlElement;
  problems: string[];
}

function parse(xml: string): Parsed {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  });
  try {
    const doc = parser.parseFromString(xml, "text/xml");
    return { root: doc.documentElement as unknown as XmlElement, problems };
  } catch (error) {
    problems.push(String(error));
    return { root: null as unknown as XmlElement, problems };
  }
}

function children(element: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as unknown as XmlElement);
  }
  return result;
}

function all(element: XmlElement): XmlElement[] {
  return [element, ...children(element).flatMap(all)];
}

function qualified(element: XmlElement): string {
  return element.namespaceURI === BT ? `bt:${element.localName}` : (element.localName ?? "");
}

function typeOf(element: XmlElement): string | null {
  return element.getAttributeNS(XSI, "type") || element.getAttribute("xsi:type") || null;
}

function key(element: XmlElement): string {
  const type = typeOf(element);
  return type ? `${qualified(element)}[${type}]` : qualified(element);
}

/** The nearest VersionOverrides (itself included) names the scope; "base" outside any. */
function scopeOf(element: XmlElement): string {
  for (let node: XmlElement | null = element; node; node = node.parentNode as XmlElement | null) {
    if (node.nodeType !== 1) break;
    if (node.localName === "VersionOverrides") return typeOf(node) ?? "unknown";
  }
  return "base";
}

/** Checks one element's children against an XSD sequence; returns what is wrong. */
export function checkSequence(element: XmlElement, sequence: string[]): string[] {
  const entries = sequence.map((entry) => {
    const match = /^(.*?)([?*+]?)$/.exec(entry) ?? [];
    return { name: match[1] ?? entry, occurs: match[2] ?? "" };
  });
  const where = `${scopeOf(element)} ${key(element)}`;
  const problems: string[] = [];
  let position = 0;
  const counts = new Map<string, number>();
  for (const child of children(element)) {
    const name = qualified(child);
    const index = entries.findIndex((entry) => entry.name === name);
    if (index < 0) {
      problems.push(`${where}: <${name}> is not a known child`);
      continue;
    }
    if (index < position) {
      problems.push(
        `${where}: <${name}> comes after <${entries[position]?.name}>, but the schema puts it before`,
      );
    }
    position = Math.max(position, index);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const { name, occurs } of entries) {
    const count = counts.get(name) ?? 0;
    if ((occurs === "" || occurs === "+") && count === 0)
      problems.push(`${where}: <${name}> is missing`);
    if ((occurs === "" || occurs === "?") && count > 1)
      problems.push(`${where}: <${name}> occurs ${count} times`);
  }
  return problems;
}

/** Every element checked against the table: known parents by sequence, all others must be leaves. */
export function checkOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of all(root)) {
    const scope = sequences.scopes[scopeOf(element)];
    const sequence = scope?.[key(element)];
    if (sequence) problems.push(...checkSequence(element, sequence));
    else if (children(element).length > 0) {
      problems.push(`${scopeOf(element)} ${key(element)}: has children but no known sequence`);
    }
  }
  return problems;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a" || bytes.subarray(12, 16).toString("latin1") !== "IHDR") {
    throw new Error(`${path} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const { root, problems: parseProblems } = parse(manifestText);
const elements = root ? all(root) : [];
const byName = (name: string) => elements.filter((e) => qualified(e) === name);
/** Elements of one scope only (a nested VersionOverrides is its own scope). */
const inScope = (scope: string) => elements.filter((e) => scopeOf(e) === scope);

function webpackConfigs(env: Record<string, string>, mode: "production" | "development") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, string>,
    argv: { mode: string },
  ) => Array<{
    name: string;
    entry: Record<string, string>;
    output: { path: string; filename: string };
    plugins?: unknown[];
  }>;
  return factory(env, { mode });
}

function manifestTransform(env: Record<string, string>, mode: "production" | "development") {
  const web = webpackConfigs(env, mode).find((c) => c.name === "web");
  const copy = web?.plugins?.find((p) => p instanceof CopyWebpackPlugin) as
    | { patterns: Array<{ from: string; transform?: (content: Buffer) => string | Buffer }> }
    | undefined;
  const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("webpack copies manifest.xml without a transform");
  return (content: string) => String(pattern.transform?.(Buffer.from(content, "utf8")));
}

describe("manifest.xml is well-formed", () => {
  it("parses without errors or warnings", () => {
    expect(parseProblems).toEqual([]);
    expect(root?.localName).toBe("OfficeApp");
    expect(typeOf(root)).toBe("MailApp");
  });

  it("the checker reports malformed XML (so the check above can fail)", () => {
    expect(parse("<OfficeApp><Id></OfficeApp>").problems.length).toBeGreaterThan(0);
    expect(parse('<OfficeApp a=1 xmlns="x"/>').problems.length).toBeGreaterThan(0);
  });
});

describe("element order (XSD sequences)", () => {
  it("every element is in the order the schema requires, and known", () => {
    expect(checkOrder(root)).toEqual([]);
  });

  it("knows a sequence for every element that has children", () => {
    const parents = elements.filter((e) => children(e).length > 0);
    const unknown = parents.filter((e) => !sequences.scopes[scopeOf(e)]?.[key(e)]);
    expect(unknown.map(key)).toEqual([]);
    expect(parents.length).toBeGreaterThan(40);
  });

  it("the checker finds an element out of order, a missing one and an unknown one", () => {
    const swapped = manifestText.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      "$3$2$1",
    );
    expect(checkOrder(parse(swapped).root).join("\n")).toMatch(
      /<Version> comes after <ProviderName>/,
    );
    const noRule = manifestText.replace(/<Rule xsi:type="RuleCollection"[\s\S]*?<\/Rule>/, "");
    expect(noRule).not.toBe(manifestText);
    expect(checkOrder(parse(noRule).root).join("\n")).toMatch(/<Rule> is missing/);
    const extra = manifestText.replace("<Permissions>", "<Bogus/><Permissions>");
    expect(checkOrder(parse(extra).root).join("\n")).toMatch(/<Bogus> is not a known child/);
    const runtimesLate = manifestText.replace(
      /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<DesktopFormFactor>[\s\S]*?<\/DesktopFormFactor>)/,
      "$3$2$1",
    );
    expect(checkOrder(parse(runtimesLate).root).join("\n")).toMatch(
      /VersionOverridesV1_1 Host\[MailHost\]: <Runtimes> comes after <DesktopFormFactor>/,
    );
  });
});

describe("resource ids", () => {
  const kinds: Record<string, string> = {
    "bt:Images": "image",
    "bt:Urls": "url",
    "bt:ShortStrings": "short",
    "bt:LongStrings": "long",
  };

  /** What kind of resource each referencing element needs. */
  function wanted(element: XmlElement): string {
    const name = qualified(element);
    if (name === "bt:Image") return "image";
    if (
      name === "SourceLocation" ||
      name === "Runtime" ||
      name === "Override" ||
      name === "FunctionFile"
    ) {
      return "url";
    }
    if (name === "Description") return "long";
    return "short";
  }

  describe.each(["VersionOverridesV1_0", "VersionOverridesV1_1"])("in %s", (scope) => {
    const scoped = inScope(scope);
    const defined = new Map<string, string>();
    for (const list of scoped.filter((e) => kinds[qualified(e)])) {
      for (const resource of children(list))
        defined.set(resource.getAttribute("id") ?? "", kinds[qualified(list)] ?? "");
    }
    const references = scoped.filter((e) => e.hasAttribute("resid"));

    it("defines resources and references them", () => {
      expect(defined.size).toBeGreaterThan(5);
      expect(references.length).toBeGreaterThan(5);
    });

    it("every referenced resid is defined, as the right kind of resource", () => {
      const wrong = references
        .filter((e) => defined.get(e.getAttribute("resid") ?? "") !== wanted(e))
        .map(
          (e) =>
            `${qualified(e)} → ${e.getAttribute("resid")} (${defined.get(e.getAttribute("resid") ?? "") ?? "undefined"})`,
        );
      expect(wrong).toEqual([]);
    });

    it("every defined resid is used", () => {
      const used = new Set(references.map((e) => e.getAttribute("resid")));
      expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    });

    it("ids are unique", () => {
      const ids = scoped
        .filter((e) => kinds[qualified(e.parentNode as XmlElement)])
        .map((e) => e.getAttribute("id"));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it.each(expected.notificationIcons)("defines the notification icon %s", (id) => {
      expect(defined.get(id)).toBe("image");
    });
  });
});

describe("localisation", () => {
  it(`is ${expected.defaultLocale} by default`, () => {
    expect(byName("DefaultLocale")[0]?.textContent).toBe(expected.defaultLocale);
  });

  it("has an en-US override with a value for DisplayName and Description", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = elements.find(
        (e) => qualified(e) === name && scopeOf(e) === "base",
      ) as XmlElement;
      expect(element.getAttribute("DefaultValue")).not.toBe("");
      const override = children(element).find(
        (c) => c.getAttribute("Locale") === expected.overrideLocale,
      );
      expect(override?.getAttribute("Value")).toBeTruthy();
    }
  });

  it("has an en-US override for every user-visible string", () => {
    const strings = byName("bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(14);
    const missing = strings
      .filter((s) => {
        const override = children(s).find(
          (c) => c.getAttribute("Locale") === expected.overrideLocale,
        );
        return !override?.getAttribute("Value");
      })
      .map((s) => s.getAttribute("id"));
    expect(missing).toEqual([]);
  });

  it("keeps strings within the schema's lengths (short 125, long 250)", () => {
    const tooLong = byName("bt:String").flatMap((s) => {
      const limit = qualified(s.parentNode as XmlElement) === "bt:ShortStrings" ? 125 : 250;
      const values = [
        s.getAttribute("DefaultValue") ?? "",
        ...children(s).map((o) => o.getAttribute("Value") ?? ""),
      ];
      return values.filter((v) => v.length > limit);
    });
    expect(tooLong).toEqual([]);
    const description = elements.find(
      (e) => qualified(e) === "Description" && scopeOf(e) === "base",
    ) as XmlElement;
    for (const value of [
      description.getAttribute("DefaultValue"),
      ...children(description).map((o) => o.getAttribute("Value")),
    ]) {
      expect((value ?? "").length).toBeLessThanOrEqual(250);
    }
  });
});

describe("commands, events and requirement sets", () => {
  it.each(Object.entries(expected.controls))(
    "%s has the button %s that opens the task pane",
    (surface, id) => {
      for (const scope of ["VersionOverridesV1_0", "VersionOverridesV1_1"]) {
        const point = inScope(scope).find(
          (e) => qualified(e) === "ExtensionPoint" && typeOf(e) === surface,
        );
        expect(point).toBeDefined();
        const control = all(point as XmlElement).find((e) => qualified(e) === "Control");
        expect(control?.getAttribute("id")).toBe(id);
        const action = children(control as XmlElement).find(
          (e) => qualified(e) === "Action",
        ) as XmlElement;
        expect(typeOf(action)).toBe("ShowTaskpane");
        const resid = children(action)[0]?.getAttribute("resid");
        const url = inScope(scope).find(
          (e) => qualified(e) === "bt:Url" && e.getAttribute("id") === resid,
        );
        expect(url?.getAttribute("DefaultValue")).toBe(DEV_URL + expected.taskpane);
      }
    },
  );

  it("lets the colleagues' pane be pinned on a mail (1.1 only) and opens it on mail in read mode", () => {
    const pinning = (scope: string) =>
      inScope(scope)
        .filter((e) => qualified(e) === "SupportsPinning")
        .map((e) => e.textContent);
    expect(pinning("VersionOverridesV1_0")).toEqual([]);
    expect(pinning("VersionOverridesV1_1")).toEqual(["true"]);
    const pinned = inScope("VersionOverridesV1_1").find(
      (e) => qualified(e) === "SupportsPinning",
    ) as XmlElement;
    let surface: XmlElement | null = pinned;
    while (surface && qualified(surface) !== "ExtensionPoint") {
      surface = surface.parentNode as XmlElement | null;
    }
    expect(surface && typeOf(surface)).toBe("MessageReadCommandSurface");
    const rules = byName("Rule").map((r) => [
      r.getAttribute("ItemType"),
      r.getAttribute("FormType"),
    ]);
    expect(rules).toContainEqual(["Message", "Read"]);
  });

  it("asks for Mailbox 1.3 in the base manifest and Permissions ReadWriteItem", () => {
    const set = elements.find((e) => qualified(e) === "Set" && scopeOf(e) === "base");
    expect(set?.getAttribute("Name")).toBe("Mailbox");
    expect(set?.getAttribute("MinVersion")).toBe(expected.baseMailboxMinVersion);
    expect(byName("Permissions")[0]?.textContent).toBe(expected.permissions);
  });

  it.each(Object.entries(expected.versionOverridesMinVersion))(
    "%s asks for Mailbox %s",
    (scope, version) => {
      const sets = inScope(scope).find((e) => qualified(e) === "bt:Sets");
      expect(sets?.getAttribute("DefaultMinVersion")).toBe(version);
      expect(children(sets as XmlElement).map((s) => s.getAttribute("Name"))).toEqual(["Mailbox"]);
    },
  );

  it("declares the launch events with the handlers' function names and SoftBlock at send", () => {
    const events = inScope("VersionOverridesV1_1")
      .filter((e) => qualified(e) === "LaunchEvent")
      .map((e) => {
        const event: { type: string; functionName: string; sendMode?: string } = {
          type: e.getAttribute("Type") ?? "",
          functionName: e.getAttribute("FunctionName") ?? "",
        };
        if (e.hasAttribute("SendMode")) event.sendMode = e.getAttribute("SendMode") ?? "";
        return event;
      });
    expect(events).toEqual(expected.launchEvents);
    expect(inScope("VersionOverridesV1_0").filter((e) => qualified(e) === "LaunchEvent")).toEqual(
      [],
    );
  });

  it("each function name is associated by the launch-event bundle", () => {
    const source = readFileSync(join(ROOT, "src/launchevent/launchevent.ts"), "utf8");
    for (const { functionName } of expected.launchEvents) {
      expect(source).toMatch(
        new RegExp(`Office\\.actions\\.associate\\(\\s*["']${functionName}["']`),
      );
    }
  });

  it("runs the events in the HTML runtime with the JavaScript override, from the runtime's own resid", () => {
    const scope = inScope("VersionOverridesV1_1");
    const runtimes = scope.filter((e) => qualified(e) === "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0] as XmlElement;
    const url = (resid: string | null) =>
      scope
        .find((e) => qualified(e) === "bt:Url" && e.getAttribute("id") === resid)
        ?.getAttribute("DefaultValue");
    expect(url(runtime.getAttribute("resid"))).toBe(DEV_URL + expected.runtime.page);
    const override = children(runtime).find((e) => qualified(e) === "Override");
    expect(override?.getAttribute("type")).toBe("javascript");
    expect(url(override?.getAttribute("resid") ?? null)).toBe(
      DEV_URL + expected.runtime.javascript,
    );
    const launch = scope.find(
      (e) => qualified(e) === "ExtensionPoint" && typeOf(e) === "LaunchEvent",
    ) as XmlElement;
    const source = children(launch).find((e) => qualified(e) === "SourceLocation");
    expect(source?.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
  });
});

describe("pages and icons", () => {
  const urls = elements.flatMap((e) =>
    ["DefaultValue", "Value"]
      .map((a) => e.getAttribute(a) ?? "")
      .filter((v) => /^https?:\/\//.test(v)),
  );
  const local = [
    ...new Set(urls.filter((u) => u.startsWith(DEV_URL)).map((u) => u.slice(DEV_URL.length))),
  ];
  const configs = webpackConfigs({}, "production");
  const htmlOutputs = configs.flatMap((c) =>
    (c.plugins ?? [])
      .filter((p) => p instanceof HtmlWebpackPlugin)
      .map((p) => (p as { userOptions: { filename: string } }).userOptions.filename),
  );
  const distRoot = join(ROOT, "dist");
  const scriptOutputs = [
    ...configs
      .filter((c) => c.output.path === distRoot)
      .flatMap((c) =>
        Object.keys(c.entry).map((name) => c.output.filename.replace("[name]", name)),
      ),
    // Bundles are named by their content in production; the event bundle is also written under
    // the fixed name that the manifest gives classic Outlook (scripts/deployFiles.js).
    ...configs.flatMap((c) =>
      (c.plugins ?? [])
        .filter((p) => (p as object | null)?.constructor?.name === "LaunchEventScriptPlugin")
        .map((p) => (p as { fileName: string }).fileName),
    ),
  ];

  it("uses only https URLs", () => {
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect(local.length).toBeGreaterThanOrEqual(7);
  });

  it("names only pages that webpack builds", () => {
    const pages = local.filter((p) => p.endsWith(".html"));
    expect(pages.sort()).toEqual(["launchevent.html", "taskpane.html"]);
    expect(pages.filter((p) => !htmlOutputs.includes(p))).toEqual([]);
    const scripts = local.filter((p) => p.endsWith(".js"));
    expect(scripts).toEqual(["launchevent.js"]);
    expect(scripts.filter((s) => !scriptOutputs.includes(s))).toEqual([]);
  });

  it("names only icons in assets/, which webpack copies", () => {
    const assets = local.filter((p) => p.startsWith("assets/"));
    expect(assets.length).toBe(expected.assetIcons);
    for (const asset of assets) {
      expect(asset).toMatch(/^assets\/[^/]+\.png$/);
      expect(existsSync(join(ROOT, asset))).toBe(true);
    }
  });

  it("every page and icon is in dist/", () => {
    readBuilt("taskpane.html");
    expect(local.filter((p) => !existsSync(join(distRoot, p)))).toEqual([]);
  });

  const file = (url: string | null) => join(ROOT, (url ?? "").slice(DEV_URL.length));

  it("IconUrl is 64×64 and HighResolutionIconUrl 128×128", () => {
    const icon = byName("IconUrl")[0]?.getAttribute("DefaultValue") ?? null;
    const high = byName("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? null;
    expect(pngSize(file(icon))).toEqual({
      width: expected.iconUrlSize,
      height: expected.iconUrlSize,
    });
    expect(pngSize(file(high))).toEqual({
      width: expected.highResolutionIconUrlSize,
      height: expected.highResolutionIconUrlSize,
    });
  });

  it.each(["VersionOverridesV1_0", "VersionOverridesV1_1"])(
    "every button icon in %s has its declared size",
    (scope) => {
      const scoped = inScope(scope);
      const definitions = new Map(
        scoped
          .filter((e) => qualified(e) === "bt:Image" && e.hasAttribute("id"))
          .map((e) => [e.getAttribute("id"), e.getAttribute("DefaultValue")] as const),
      );
      for (const icon of scoped.filter((e) => qualified(e) === "Icon")) {
        const images = children(icon);
        // Outlook mobile's icons give a size in points and a scale: size × scale pixels.
        const mobile = images.some((image) => image.hasAttribute("scale"));
        const sizes = images.map((image) => {
          const size = Number(image.getAttribute("size"));
          const scale = Number(image.getAttribute("scale") ?? "1");
          expect(pngSize(file(definitions.get(image.getAttribute("resid")) ?? null))).toEqual({
            width: size * scale,
            height: size * scale,
          });
          return mobile ? `${size}@${scale}` : size;
        });
        expect(sizes).toEqual(
          mobile
            ? expected.mobileIconSizes.flatMap((size) =>
                expected.mobileIconScales.map((scale) => `${size}@${scale}`),
              )
            : expected.buttonIconSizes,
        );
      }
    },
  );

  it("the PNG reader reads a real header (and refuses what is not a PNG)", () => {
    expect(pngSize(join(ROOT, "assets/icon-80.png"))).toEqual({ width: 80, height: 80 });
    expect(() => pngSize(join(ROOT, "manifest.xml"))).toThrow(/not a PNG/);
  });
});

describe("the »Jabber-møde« button", () => {
  const scope = inScope("VersionOverridesV1_1");
  const file = (url: string | null) => join(ROOT, (url ?? "").slice(DEV_URL.length));
  const urlOf = (resid: string | null) =>
    scope
      .find((e) => qualified(e) === "bt:Url" && e.getAttribute("id") === resid)
      ?.getAttribute("DefaultValue");
  const surface = (type: string) =>
    scope.find((e) => qualified(e) === "ExtensionPoint" && typeOf(e) === type);

  it.each(expected.functionCommands)(
    "$surface has the function command $id running $functionName",
    ({ surface: type, id, functionName, beside }) => {
      const point = surface(type);
      expect(point).toBeDefined();
      const controls = all(point as XmlElement).filter((e) => qualified(e) === "Control");
      const control = controls.find((c) => c.getAttribute("id") === id) as XmlElement;
      expect(control).toBeDefined();
      const action = children(control).find((e) => qualified(e) === "Action") as XmlElement;
      expect(typeOf(action)).toBe("ExecuteFunction");
      expect(children(action).map((e) => [qualified(e), e.textContent])).toEqual([
        ["FunctionName", functionName],
      ]);
      // Outlook allows one function command on the organizer's surface: this one.
      const functions = controls.filter((c) =>
        children(c).some((e) => qualified(e) === "Action" && typeOf(e) === "ExecuteFunction"),
      );
      expect(functions.map((c) => c.getAttribute("id"))).toEqual([id]);
      if (beside) {
        // In the pane button's group, right after it.
        const ids = controls.map((c) => c.getAttribute("id"));
        expect(ids.indexOf(id)).toBe(ids.indexOf(beside) + 1);
        expect(control.parentNode).toBe(controls[ids.indexOf(beside)]?.parentNode);
      }
    },
  );

  it("finds its functions in the events' page, whose bundle associates them", () => {
    const files = scope.filter((e) => qualified(e) === "FunctionFile");
    expect(files.map((f) => (f.parentNode as XmlElement).localName)).toEqual([
      "DesktopFormFactor",
      "MobileFormFactor",
    ]);
    for (const functionFile of files) {
      expect(urlOf(functionFile.getAttribute("resid"))).toBe(DEV_URL + expected.runtime.page);
    }
    const source = readFileSync(join(ROOT, "src/launchevent/launchevent.ts"), "utf8");
    for (const { functionName } of expected.functionCommands) {
      expect(source).toMatch(
        new RegExp(`Office\\.actions\\.associate\\(\\s*["']${functionName}["']`),
      );
    }
  });

  it("is not in VersionOverrides 1.0, whose clients have no event runtime to run it", () => {
    const v10 = inScope("VersionOverridesV1_0");
    expect(v10.filter((e) => qualified(e) === "Action" && typeOf(e) === "ExecuteFunction")).toEqual(
      [],
    );
    expect(v10.filter((e) => qualified(e) === "FunctionFile")).toEqual([]);
  });

  it("is on Outlook mobile's online-meeting surface inside MobileFormFactor, in VersionOverrides 1.1 at a set mobile has", () => {
    const point = surface("MobileOnlineMeetingCommandSurface") as XmlElement;
    expect((point.parentNode as XmlElement).localName).toBe("MobileFormFactor");
    const control = children(point)[0] as XmlElement;
    expect(typeOf(control)).toBe("MobileButton");
    // Mobile supports Mailbox 1.5: V1_1 must not ask for more, or mobile never reads it.
    const sets = scope.find((e) => qualified(e) === "bt:Sets");
    expect(Number(sets?.getAttribute("DefaultMinVersion"))).toBeLessThanOrEqual(1.5);
    expect(
      inScope("VersionOverridesV1_0").filter((e) => e.localName === "MobileFormFactor"),
    ).toEqual([]);
  });

  it("has short labels in both languages (the ribbon and the mobile toggle)", () => {
    const labels = scope
      .filter(
        (e) =>
          qualified(e) === "Label" &&
          e.parentNode &&
          qualified(e.parentNode as XmlElement) === "Control",
      )
      .map((e) => e.getAttribute("resid"));
    const jabber = scope.find(
      (e) => qualified(e) === "bt:String" && e.getAttribute("id") === "JabberMeetingButton.Label",
    ) as XmlElement;
    expect(labels).toContain("JabberMeetingButton.Label");
    expect(jabber.getAttribute("DefaultValue")).toBe("Jabber-møde");
    expect(children(jabber).map((o) => o.getAttribute("Value"))).toEqual(["Jabber meeting"]);
  });

  it("uses icons of Outlook mobile's grey (#919191) on transparency, drawn by scripts/icons.js", () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(expected.mobileIconColour.slice(i, i + 2), 16));
    const images = scope.filter(
      (e) => qualified(e) === "bt:Image" && (e.getAttribute("id") ?? "").startsWith("MobileIcon."),
    );
    expect(images).toHaveLength(9);
    for (const image of images) {
      const png = icons.decodePng(readFileSync(file(image.getAttribute("DefaultValue"))));
      let opaque = 0;
      for (let i = 0; i < png.rgba.length; i += 4) {
        if (png.rgba[i + 3] === 0) continue;
        opaque++;
        expect([png.rgba[i], png.rgba[i + 1], png.rgba[i + 2]]).toEqual([r, g, b]);
      }
      // Something is drawn, and the corners are transparent.
      expect(opaque).toBeGreaterThan(png.width * png.height * 0.2);
      expect(png.rgba[3]).toBe(0);
    }
  });

  it.each(icons.ICONS.map((icon) => [icon.file, icon] as const))(
    "assets/%s is what scripts/icons.js draws",
    (_file, icon) => {
      const png = icons.decodePng(readFileSync(join(ROOT, "assets", icon.file)));
      const drawn = icons.renderIcon(icon.kind, icon.pixels);
      expect([png.width, png.height]).toEqual([icon.pixels, icon.pixels]);
      expect(png.rgba.equals(drawn.rgba)).toBe(true);
    },
  );

  it("the colour check can fail: a teal icon is not grey", () => {
    const teal = icons.decodePng(readFileSync(join(ROOT, "assets/jabber-32.png")));
    const colours = new Set<string>();
    for (let i = 0; i < teal.rgba.length; i += 4) {
      if (teal.rgba[i + 3]! > 0) colours.add(teal.rgba.subarray(i, i + 3).toString("hex"));
    }
    expect([...colours]).toEqual(["00797c"]);
  });
});

describe("the production build's manifest", () => {
  const production = "https://moedeguide.regionsjaelland.dk/app/";

  it("has no localhost left and every local URL moved to the production URL", () => {
    const built = manifestTransform({ urlProd: production }, "production")(manifestText);
    expect(built).not.toMatch(/localhost/i);
    const count = (text: string, part: string) => text.split(part).length - 1;
    expect(count(built, production)).toBe(count(manifestText, DEV_URL));
    expect(parse(built).problems).toEqual([]);
  });

  it("adds the trailing slash to a production URL without one", () => {
    const built = manifestTransform(
      { urlProd: production.replace(/\/$/, "") },
      "production",
    )(manifestText);
    expect(built).toContain(`${production}taskpane.html`);
  });

  it("leaves the development build's manifest as written", () => {
    expect(manifestTransform({ urlProd: production }, "development")(manifestText)).toBe(
      manifestText,
    );
  });

  it("dist/manifest.xml points every local URL at one address the build accepts", () => {
    const text = readBuilt("manifest.xml");
    // The address the build wrote: localhost from a build without an address (kept on purpose,
    // and said so), else the production address, which must pass the build's own rule.
    const taskpane = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(text)?.[1];
    expect(taskpane).toBeDefined();
    const url = taskpane ?? "";
    expect(text).toBe(manifestText.split(DEV_URL).join(url));
    if (url !== DEV_URL) {
      expect(manifestUrl({ production: true, urlProd: url })).toEqual({
        ok: true,
        url,
        note: expect.any(String) as unknown,
      });
      expect(text).not.toMatch(/localhost/i);
    }
    expect(parse(text).problems).toEqual([]);
  });
});
