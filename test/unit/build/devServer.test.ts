/**
 * `npm start` (webpack serve, scripts/devServer.js): HTTPS on port 3000 with the web build from
 * memory and the event bundle from its own directory (never dist/), icons cacheable and the rest
 * re-checked, the address alone opening the preview page, and the self-signed fallback made with
 * openssl when office-addin-dev-certs cannot install its certificate authority.
 */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  DEV_PORT,
  EVENTS_DIR,
  cacheControl,
  devServerOptions,
  selfSignedCertificate,
  servedConfigs,
} from "../../../scripts/devServer";

const ROOT = path.join(__dirname, "..", "..", "..");
const DIST = path.join(ROOT, "dist");
const certificate = { key: Buffer.from("KEY"), cert: Buffer.from("CERT") };
const quiet = () => undefined;

describe("devServerOptions", () => {
  const options = devServerOptions({ certificate, log: quiet });

  it("serves HTTPS on localhost:3000, the manifest's development address", () => {
    expect(DEV_PORT).toBe(3000);
    expect(options.port).toBe(3000);
    expect(options.host).toBe("localhost");
    expect(options.server).toEqual({ type: "https", options: certificate });
  });

  it("passes office-addin-dev-certs' certificate authority on when there is one", () => {
    const ca = Buffer.from("CA");
    expect(devServerOptions({ certificate: { ...certificate, ca } }).server.options.ca).toBe(ca);
  });

  it("serves from disk only the event bundle's directory, which is not dist/, without listings", () => {
    expect(options.static).toEqual({
      directory: EVENTS_DIR,
      publicPath: "/",
      serveIndex: false,
      watch: false,
    });
    expect(path.relative(DIST, EVENTS_DIR).startsWith("..")).toBe(true);
  });

  it("reloads the page on change, without hot module replacement or a runtime-error overlay", () => {
    expect(options.hot).toBe(false);
    expect(options.liveReload).toBe(true);
    expect(options.client.overlay).toEqual({ errors: true, warnings: false, runtimeErrors: false });
  });

  it.each([
    ["/assets/icon-16.png", "public, max-age=86400"],
    ["/assets/icon-80.png", "public, max-age=86400"],
    ["/taskpane.html", "no-cache"],
    ["/preview.html", "no-cache"],
    ["/manifest.xml", "no-cache"],
    ["/policy.json", "no-cache"],
    ["/launchevent.js", "no-cache"],
    ["/.well-known/microsoft-officeaddins-allowed.json", "no-cache"],
    ["/taskpane.js", "no-cache"],
    ["/preview.html/assets/x.png", "no-cache"],
  ])("sends %s with Cache-Control %s and nosniff", (requestPath, expected) => {
    expect(cacheControl(requestPath)).toBe(expected);
    expect(options.headers({ path: requestPath, originalUrl: requestPath })).toEqual({
      "Cache-Control": expected,
      "X-Content-Type-Options": "nosniff",
    });
  });

  describe("the address alone", () => {
    const existing = { name: "webpack-dev-middleware", middleware: () => undefined };
    const middlewares = options.setupMiddlewares([existing]);
    const root = middlewares[0];

    function request(originalUrl: string) {
      const redirects: Array<[number, string]> = [];
      let passed = false;
      const pathOnly = originalUrl.split("?")[0] ?? originalUrl;
      root?.middleware(
        { path: pathOnly, originalUrl },
        { redirect: (status, url) => redirects.push([status, url]) },
        () => (passed = true),
      );
      return { redirects, passed };
    }

    it("comes first and keeps the server's own middlewares after it", () => {
      expect(root?.name).toBe("preview-at-root");
      expect(middlewares.slice(1)).toEqual([existing]);
    });

    it.each([
      ["/", "/preview.html"],
      ["/?scenario=attendee-view&lang=en", "/preview.html?scenario=attendee-view&lang=en"],
    ])("redirects %s to %s", (url, target) => {
      expect(request(url)).toEqual({ redirects: [[302, target]], passed: false });
    });

    it.each(["/preview.html", "/taskpane.html?x=1", "/assets/icon-16.png"])(
      "passes %s on",
      (url) => {
        expect(request(url)).toEqual({ redirects: [], passed: true });
      },
    );
  });

  it("prints the preview's address once listening, with the port actually bound", () => {
    const lines: string[] = [];
    const withLog = devServerOptions({ certificate, log: (line) => lines.push(line) });
    withLog.onListening({ server: { address: () => ({ port: 3001 }) } });
    expect(lines.join("\n")).toContain("https://localhost:3001/preview.html");
  });
});

describe("the self-signed fallback", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-certs-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes a certificate for localhost with openssl, and keeps it while it is valid", () => {
    const first = selfSignedCertificate(dir);
    expect(first.source).toBe("openssl");
    expect(first.certPath).toBe(path.join(dir, "localhost.crt"));
    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toMatch(/DNS:localhost/);
    expect(x509.subjectAltName).toMatch(/IP Address:127\.0\.0\.1/);
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(x509.checkPrivateKey(createPrivateKey(first.key))).toBe(true);

    const second = selfSignedCertificate(dir);
    expect(second.cert.equals(first.cert)).toBe(true);
    expect(readFileSync(path.join(dir, "localhost.key")).equals(first.key)).toBe(true);
  });
});

interface Config {
  name: string;
  devServer?: unknown;
}

describe("servedConfigs (what webpack serve runs)", () => {
  let certDir = "";
  beforeAll(() => {
    certDir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-certs-"));
  });
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));

  it("serves the web build, writes the event bundle outside dist/ without a reload client, and leaves out the cli", async () => {
    const eventsDir = path.join(certDir, "events");
    const lines: string[] = [];
    const web = { name: "web", output: { path: DIST } };
    const launchevent = { name: "launchevent", output: { path: DIST, filename: "[name].js" } };
    const [servedWeb, servedEvents] = await servedConfigs(web, launchevent, {
      selfSigned: true,
      certDir,
      eventsDir,
      log: (line) => lines.push(line),
    });
    expect(servedWeb.output.path).toBe(DIST);
    expect(servedWeb.devServer.static.directory).toBe(eventsDir);
    expect(servedWeb.devServer.server.options.cert.toString()).toContain("BEGIN CERTIFICATE");
    // webpack-dev-server writes a build marked devServer: false to disk, at its output path.
    expect(servedEvents.devServer).toBe(false);
    expect(servedEvents.output).toEqual({ path: eventsDir, filename: "[name].js" });
    expect(launchevent.output.path).toBe(DIST);
    expect(lines.join("\n")).toMatch(/self-signed certificate/);
  });

  it("is what webpack.config.js gives webpack serve, while a build stays synchronous with the cli", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(ROOT, "webpack.config.js")) as (
      env: Record<string, unknown>,
      argv: { mode: string },
    ) => Config[] | Promise<Config[]>;
    const built = factory({}, { mode: "development" });
    expect(Array.isArray(built) && built.map((c) => c.name)).toEqual(["web", "launchevent", "cli"]);

    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const served = await factory(
        { WEBPACK_SERVE: true, selfSigned: true },
        { mode: "development" },
      );
      expect(served.map((c) => c.name)).toEqual(["web", "launchevent"]);
      expect(served[1]?.devServer).toBe(false);
    } finally {
      log.mockRestore();
    }
  });
});
