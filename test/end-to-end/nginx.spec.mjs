// The shipped nginx configuration (deploy/nginx.conf) with real nginx: Debian's package, started
// by each test as a child process (no daemon, no master) on a free port with a wrapper
// configuration that `include`s deploy/nginx.conf unchanged, so what is tested is what IT installs.
// Plain HTTP on 127.0.0.1: HSTS is only honoured over HTTPS, so here it is checked as a header.
//
// It serves a copy of the built dist/ (so that a stand-in can be added for a file the build does
// not write yet, without touching dist/) and checks: the headers and caching of each kind of file,
// and that the Content-Security-Policy refuses nothing while the preview page and the pane run,
// and while taskpane.html loads office.js and what office.js itself loads (stood in for: no
// internet here).
//
// If nginx is missing the tests FAIL and say how to install it; they never skip.
// Functions passed to page.evaluate / addInitScript run in the browser, where these exist.
/* global window, document */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import { test } from "./fixtures.mjs";
import { adviceShown, appointment, countJoinLinks, openSettings } from "./helpers.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "../..");
const distDir = path.join(projectRoot, "dist");
const shippedConf = path.join(projectRoot, "deploy/nginx.conf");

/** A bundle name with a content hash, as the build writes it and deploy/nginx.conf matches it. */
const HASHED = /\.[0-9a-f]{20}\.js$/;
const YEAR_IMMUTABLE = "public, max-age=31536000, immutable";

/** Where nginx is: NGINX_PATH, Debian's /usr/sbin/nginx, or on PATH. */
function findNginx() {
  const candidates = [
    process.env.NGINX_PATH,
    "/usr/sbin/nginx",
    "/usr/local/sbin/nginx",
    ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "nginx")),
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      "nginx is not installed, and the nginx test needs it: `apt-get install nginx` (Debian's " +
        "package; .ci/run installs it), or set NGINX_PATH to an nginx binary",
    );
  }
  return found;
}

/** The mime.types beside nginx's own configuration (Debian: /etc/nginx/mime.types). */
function findMimeTypes() {
  const found = ["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"].find((p) =>
    existsSync(p),
  );
  if (!found) throw new Error("nginx's mime.types was not found in /etc/nginx/");
  return found;
}

/** A port nothing listens on now (asked of the kernel, then released for nginx). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** GET (or HEAD) over plain HTTP: status, headers and body. */
function request(url, method = "GET", headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * A copy of dist/ to serve. The build is expected to write policy.json, policy.schema.json and the
 * well-known file (issue 9); where this build has not, a stand-in takes its place, said on the
 * console, so that the server's rules for those names are still checked.
 */
function stageDist(prefix) {
  if (!existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  }
  const root = path.join(prefix, "www");
  cpSync(distDir, root, { recursive: true });
  const standIns = {
    "policy.json": '{"version":1}\n',
    "policy.schema.json": '{"type":"object"}\n',
    ".well-known/microsoft-officeaddins-allowed.json": '{"allowed":[]}\n',
  };
  for (const [file, content] of Object.entries(standIns)) {
    const target = path.join(root, file);
    if (existsSync(target)) continue;
    console.log(`    note: dist/${file} is not built yet; the header check uses a stand-in`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/**
 * Starts nginx on a free port serving `root` with deploy/nginx.conf, and resolves once it answers.
 * Returns { url, stop }. Fails with nginx's own words when it does not start.
 */
async function startNginx(root, prefix) {
  const nginx = findNginx();
  const port = await freePort();
  for (const dir of ["logs", "tmp"]) mkdirSync(path.join(prefix, dir), { recursive: true });
  const tmp = path.join(prefix, "tmp");
  const errorLog = path.join(prefix, "logs/error.log");
  const conf = path.join(prefix, "nginx.conf");
  // The wrapper holds only what deploy/nginx.conf leaves to the server block and to nginx.conf
  // (listen, root, mime.types, where nginx keeps its files); the rest is the shipped file.
  writeFileSync(
    conf,
    `# Written by test/end-to-end/nginx.mjs: a wrapper around the shipped deploy/nginx.conf.
daemon off;
master_process off;
worker_processes 1;
pid ${JSON.stringify(path.join(prefix, "nginx.pid"))};
error_log ${JSON.stringify(errorLog)} warn;
events { worker_connections 64; }
http {
    include ${JSON.stringify(findMimeTypes())};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${JSON.stringify(path.join(tmp, "body"))};
    proxy_temp_path ${JSON.stringify(path.join(tmp, "proxy"))};
    fastcgi_temp_path ${JSON.stringify(path.join(tmp, "fastcgi"))};
    uwsgi_temp_path ${JSON.stringify(path.join(tmp, "uwsgi"))};
    scgi_temp_path ${JSON.stringify(path.join(tmp, "scgi"))};
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${JSON.stringify(root)};
        include ${JSON.stringify(shippedConf)};
    }
}
`,
  );
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-e", errorLog], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  child.on("error", (error) => {
    exited = { error };
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (exited === null) {
      child.kill("SIGTERM");
      await exit;
    }
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited !== null) {
      const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
      throw new Error(`nginx did not start (${JSON.stringify(exited)}):\n${output}${log}`);
    }
    try {
      const answer = await request(`${url}taskpane.html`, "HEAD");
      if (answer.status === 200) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer on ${url} within 10 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs fn({ url, root }) with nginx serving a copy of dist/, and always stops it again. */
async function withNginx(fn) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "moedeguide-nginx-"));
  let server = null;
  try {
    const root = stageDist(prefix);
    server = await startNginx(root, prefix);
    await fn({ url: server.url, root });
  } finally {
    if (server) await server.stop();
    rmSync(prefix, { recursive: true, force: true });
  }
}

/** The scripts a page of ours loads from this server, in order (src attributes, not absolute). */
function localScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src));
}

/** The directives of a Content-Security-Policy header, by name. */
function parseCsp(header) {
  const directives = new Map();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Fails on any violation, with a hint where the cause is known. */
function assertNoViolations(refused) {
  // zod 4 probes for eval (`new Function("")`, caught) unless configured jitless: the probe is
  // harmless, but every client that enforces the CSP reports it, so the pane must not make it.
  const hint = refused.some((v) => / refused eval /.test(v))
    ? " (an eval probe: if it is zod's, `z.config({ jitless: true })` before the policy schema is used stops it)"
    : "";
  assert.deepEqual(refused, [], `the Content-Security-Policy refused something${hint}`);
}

/**
 * Opens a page in a fresh context that records every CSP violation: the securitypolicyviolation
 * events (listened to before any script of the page runs) and Chromium's console messages about
 * the policy, and every page error. Runs fn({ page, violations }), then asserts none of either.
 */
async function withCspWatch(browser, url, fn, { route } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1600 } });
  const problems = [];
  try {
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations.push(
          `${event.effectiveDirective} refused ${event.blockedURI || "(inline)"} ${event.sourceFile ?? ""}:${event.lineNumber}`,
        );
      });
    });
    if (route) await route(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    const response = await page.goto(url);
    assert.ok(response, `no response for ${url}`);
    const header = response.headers()["content-security-policy"];
    assert.ok(header, `${url} came without a Content-Security-Policy header`);
    const violations = () => page.evaluate(() => window.__cspViolations.slice());
    const forget = async () => {
      problems.length = 0;
      await page.evaluate(() => (window.__cspViolations.length = 0));
    };
    await fn({ page, header, violations, problems, forget });
    assertNoViolations(await violations());
    assert.deepEqual(problems, [], "the page reported problems");
  } finally {
    await context.close();
  }
}

test("nginx with deploy/nginx.conf: types, no-cache for pages, manifest and policy, a year for hashed bundles, CSP, HSTS, nosniff", async () => {
  await withNginx(async ({ url, root }) => {
    const expectations = [
      ["taskpane.html", /^text\/html; charset=utf-8$/, "no-cache"],
      ["preview.html", /^text\/html; charset=utf-8$/, "no-cache"],
      ["launchevent.html", /^text\/html; charset=utf-8$/, "no-cache"],
      ["launchevent.js", /^application\/javascript; charset=utf-8$/, "no-cache"],
      ["manifest.xml", /^application\/xml; charset=utf-8$/, "no-cache"],
      ["policy.json", /^application\/json; charset=utf-8$/, "no-cache"],
      ["policy.schema.json", /^application\/json; charset=utf-8$/, "no-cache"],
      [
        ".well-known/microsoft-officeaddins-allowed.json",
        /^application\/json; charset=utf-8$/,
        "no-cache",
      ],
      ["assets/icon-32.png", /^image\/png$/, "public, max-age=86400"],
    ];

    // Every script taskpane.html loads from here: a year when its name is hashed, else no-cache.
    // A build that writes no hashed name yet gets one: a copy of its bundle under its hash.
    const taskpaneHtml = readFileSync(path.join(root, "taskpane.html"), "utf8");
    const scripts = localScripts(taskpaneHtml);
    assert.ok(scripts.length > 0, "taskpane.html loads no script of its own");
    for (const script of scripts) {
      expectations.push([
        script,
        /^application\/javascript/,
        HASHED.test(script) ? YEAR_IMMUTABLE : "no-cache",
      ]);
    }
    if (!scripts.some((script) => HASHED.test(script))) {
      const bundle = readFileSync(path.join(root, scripts[0]));
      const hash = createHash("sha256").update(bundle).digest("hex").slice(0, 20);
      const hashedName = scripts[0].replace(/\.js$/, `.${hash}.js`);
      writeFileSync(path.join(root, hashedName), bundle);
      console.log(
        `    note: taskpane.html loads no hashed bundle yet; checking a copy, ${hashedName}`,
      );
      expectations.push([hashedName, /^application\/javascript/, YEAR_IMMUTABLE]);
    }

    for (const [file, type, cache] of expectations) {
      const answer = await request(url + file);
      assert.equal(answer.status, 200, `${file}: status`);
      assert.match(answer.headers["content-type"] ?? "", type, `${file}: Content-Type`);
      assert.equal(answer.headers["cache-control"], cache, `${file}: Cache-Control`);
      assert.equal(answer.headers["x-content-type-options"], "nosniff", `${file}: nosniff`);
      assert.equal(
        answer.headers["strict-transport-security"],
        "max-age=31536000",
        `${file}: Strict-Transport-Security`,
      );
      assert.ok(answer.headers["content-security-policy"], `${file}: Content-Security-Policy`);
      assert.equal(answer.headers["x-frame-options"], undefined, `${file}: X-Frame-Options`);
      assert.ok(answer.headers.etag, `${file}: an ETag to revalidate with`);
      assert.deepEqual(answer.body, readFileSync(path.join(root, file)), `${file}: body`);
    }

    // no-cache is cheap: asking again with the ETag gets a 304 and no body.
    const policy = await request(`${url}policy.json`);
    const again = await request(`${url}policy.json`, "GET", {
      "If-None-Match": policy.headers.etag,
    });
    assert.equal(again.status, 304, "policy.json revalidates to 304");
    assert.equal(again.headers["cache-control"], "no-cache");

    // The bundle is compressed for browsers that ask.
    const gzipped = await request(`${url}${scripts[0]}`, "GET", { "Accept-Encoding": "gzip" });
    assert.equal(gzipped.headers["content-encoding"], "gzip", "the bundle is sent gzipped");

    // The command line is built into dist/ but is not served; a missing file is a 404 that still
    // carries the headers.
    if (existsSync(path.join(root, "cli/moedeguide.js"))) {
      assert.equal((await request(`${url}cli/moedeguide.js`)).status, 404, "cli/ is not served");
    }
    const missing = await request(`${url}no-such-file.json`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers["x-content-type-options"], "nosniff");

    // The policy itself: Office.js from Microsoft's CDN, no frame-ancestors (Outlook frames the
    // pane from hosts that cannot all be listed), nothing inline or eval'd for scripts.
    const csp = parseCsp(policy.headers["content-security-policy"]);
    assert.deepEqual(csp.get("default-src"), ["'self'"]);
    assert.ok(csp.get("script-src")?.includes("https://appsforoffice.microsoft.com"));
    assert.ok(!csp.get("script-src")?.includes("'unsafe-inline'"), "no inline script");
    assert.ok(!csp.get("script-src")?.includes("'unsafe-eval'"), "no eval");
    assert.ok(
      !csp.has("frame-ancestors"),
      "no frame-ancestors: Outlook must be able to frame the pane",
    );
    // The Kolleger view reaches Microsoft Graph and Entra's sign-in, and only from script.
    assert.deepEqual(csp.get("connect-src"), [
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
    ]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        assert.ok(
          source.startsWith("'") ||
            source.startsWith("https://appsforoffice.microsoft.com") ||
            source === "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js" ||
            (directive === "connect-src" &&
              (source === "https://graph.microsoft.com" ||
                source === "https://login.microsoftonline.com")),
          `a foreign source in the policy: ${directive} ${source}`,
        );
      }
    }
  });
});

test("nginx with deploy/nginx.conf: the preview page and the pane run with no CSP violation", async ({
  browser,
}) => {
  await withNginx(async ({ url }) => {
    await withCspWatch(
      browser,
      `${url}preview.html?scenario=status-across-sites&lang=da`,
      async ({ page, violations, problems, forget }) => {
        const pane = page.locator("#container");
        await adviceShown(pane);
        // Settings: the site dropdown opens a popover (Fluent puts it in a portal with its styles).
        await openSettings(pane);
        await pane.getByTestId("site-dropdown").click();
        await page.getByRole("option", { name: "Køge", exact: true }).click();
        await pane.getByRole("status").filter({ hasText: "Indstillingen er gemt." }).waitFor();
        // Insert the meeting link.
        await pane.getByTestId("insert-jabber").click();
        await pane.getByTestId("remove-jabber").waitFor();
        assert.equal(
          countJoinLinks((await appointment(page)).bodyHtml),
          1,
          "the link was inserted",
        );
        // Fluent UI (Griffel) put its rules in <style> elements: they are in use, not refused.
        const griffelRules = await page.evaluate(() =>
          [...document.querySelectorAll("style[data-make-styles-bucket]")].reduce(
            (sum, style) => sum + (style.sheet?.cssRules.length ?? 0),
            0,
          ),
        );
        assert.ok(griffelRules > 50, `Fluent UI's style rules applied: ${griffelRules}`);
        assertNoViolations(await violations());

        // The watch can fail: an inline script is refused and reported, then forgotten again.
        await page.evaluate(() => {
          const script = document.createElement("script");
          script.textContent = "window.__inlineRan = true;";
          document.head.append(script);
        });
        await page.waitForFunction(() => window.__cspViolations.length > 0);
        const seen = await violations();
        assert.equal(seen.length, 1, seen.join("; "));
        assert.match(seen[0], /^script-src(-elem)? refused inline/);
        assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
        assert.ok(
          problems.some((p) => /Content Security Policy/.test(p)),
          "Chromium's console message about it was seen too",
        );
        await forget();
      },
    );
  });
});

/**
 * Stand-ins for Microsoft's CDNs (no internet here) that do what office.js 1.1.110 does on load:
 * office.js loads the Outlook file for the client and the strings for the language from its own
 * folder, and the telemetry shim; the Outlook file loads Microsoft Ajax from ajax.aspnetcdn.com;
 * and office.js frames its AgaveErrorUX page when it must ask the user to trust the host. Each
 * file that runs records itself; this stand-in defines no `Office`, so the pane shows that Outlook
 * is missing (with Fluent UI's styles).
 */
async function routeMicrosoftCdns(context) {
  const base = "https://appsforoffice.microsoft.com/lib/1/hosted/";
  const loaded = (name) =>
    `(window.__cdnLoaded = window.__cdnLoaded || []).push(${JSON.stringify(name)});`;
  const load = (src) =>
    `(function(){var s=document.createElement("script");s.src=${JSON.stringify(src)};document.head.appendChild(s);})();`;
  const officeJs = [
    loaded("office.js"),
    load(`${base}outlook-web-16.01.js`),
    load(`${base}da-dk/office_strings.js`),
    load(`${base}telemetry/oteljs_agave.js`),
    `(function(){var f=document.createElement("iframe");f.style.visibility="hidden";f.style.width="0";f.style.height="0";` +
      `f.onload=function(){${loaded("AgaveErrorUX")}};f.src=${JSON.stringify(`${base}AgaveErrorUX/index.html#`)};` +
      `(document.body||document.documentElement).appendChild(f);})();`,
  ].join("\n");
  const files = new Map([
    [`${base}office.js`, officeJs],
    [
      `${base}outlook-web-16.01.js`,
      loaded("outlook-web") + load("https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js"),
    ],
    [`${base}da-dk/office_strings.js`, loaded("strings")],
    [`${base}telemetry/oteljs_agave.js`, loaded("telemetry")],
    ["https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js", loaded("MicrosoftAjax")],
  ]);
  await context.route(
    /^https:\/\/(appsforoffice\.microsoft\.com|ajax\.aspnetcdn\.com)\//,
    (route) => {
      const requested = route.request().url();
      if (requested.startsWith(`${base}AgaveErrorUX/index.html`)) {
        return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>x</title>" });
      }
      const body = files.get(requested);
      if (body === undefined) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ contentType: "application/javascript", body });
    },
  );
}

test("nginx with deploy/nginx.conf: taskpane.html loads office.js, and what office.js loads, with no CSP violation", async ({
  browser,
}) => {
  await withNginx(async ({ url }) => {
    await withCspWatch(
      browser,
      `${url}taskpane.html`,
      async ({ page }) => {
        await page.waitForFunction(
          (expected) => expected.every((name) => (window.__cdnLoaded ?? []).includes(name)),
          ["office.js", "outlook-web", "strings", "telemetry", "MicrosoftAjax", "AgaveErrorUX"],
          { timeout: 15_000 },
        );
        // The pane rendered (outside Outlook it says so), with Fluent UI's styles.
        await page
          .locator("#container")
          .filter({ hasNotText: "indlæses" })
          .waitFor({ timeout: 15_000 });
        const styled = await page.evaluate(
          () => document.querySelectorAll("style[data-make-styles-bucket]").length,
        );
        assert.ok(styled > 0, "Fluent UI inserted its styles");
      },
      { route: routeMicrosoftCdns },
    );
  });
});

test("nginx with deploy/nginx.conf: signin.html (the dialog fallback's page) loads with office.js and no CSP violation, and opened on its own says what it is for", async ({
  browser,
}) => {
  await withNginx(async ({ url }) => {
    await withCspWatch(
      browser,
      `${url}signin.html?clientId=11111111-2222-3333-4444-555555555555&tenantId=contoso.onmicrosoft.com&scopes=Calendars.ReadBasic`,
      async ({ page }) => {
        await page.waitForFunction(() => (window.__cdnLoaded ?? []).includes("office.js"), null, {
          timeout: 15_000,
        });
        // Outside Office's dialog there is no messageParent: the page never starts a sign-in, and
        // says what it is for in the browser's language (this one's is English).
        await page
          .getByRole("status")
          .filter({ hasText: "Mødeguide uses this page to sign in from Outlook" })
          .waitFor({ timeout: 15_000 });
        assert.equal(await page.title(), "Mødeguide: sign in");
      },
      { route: routeMicrosoftCdns },
    );
  });
});

/** Every file of a folder, as paths relative to it with forward slashes. */
function filesUnder(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

test("deploy/web.config (IIS) names every fixed-name file of dist/ as no-cache, and sends nginx's CSP", async () => {
  const text = readFileSync(path.join(projectRoot, "deploy/web.config"), "utf8");
  const doc = new DOMParser().parseFromString(text, "text/xml");
  const root = doc.documentElement;
  assert.equal(root.tagName, "configuration", "web.config is well-formed XML");

  // The site's default: a year, immutable (for hashed names).
  const siteCache = [...root.getElementsByTagName("clientCache")].find(
    (element) => element.parentNode.parentNode.parentNode === root,
  );
  assert.ok(siteCache, "a site-wide clientCache");
  assert.equal(siteCache.getAttribute("cacheControlMode"), "UseMaxAge");
  assert.equal(siteCache.getAttribute("cacheControlMaxAge"), "365.00:00:00");
  assert.match(siteCache.getAttribute("cacheControlCustom"), /\bimmutable\b/);

  // Each location's caching, by path.
  const locations = new Map(
    [...root.getElementsByTagName("location")].map((location) => {
      const cache = location.getElementsByTagName("clientCache")[0];
      return [location.getAttribute("path"), cache];
    }),
  );
  const ruleFor = (file) => {
    const parts = file.split("/");
    for (let i = parts.length; i > 0; i -= 1) {
      const cache = locations.get(parts.slice(0, i).join("/"));
      if (cache) return cache;
    }
    return undefined;
  };
  const taskpaneHtml = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  assert.ok(
    localScripts(taskpaneHtml).some((script) => HASHED.test(script)),
    "dist/ is a development build (its bundles have no hashed names): the check of web.config needs the deployable build, `npm run build`",
  );
  const fixed = filesUnder(distDir).filter(
    (file) => !/\.[0-9a-f]{20}\.js(\.LICENSE\.txt)?$/.test(file) && !file.startsWith("cli/"),
  );
  assert.ok(fixed.includes("taskpane.html") && fixed.includes("manifest.xml"), "dist/ is built");
  for (const file of fixed) {
    const cache = ruleFor(file);
    assert.ok(
      cache,
      `${file} has a fixed name but no location in web.config: IIS would keep it a year`,
    );
    const mode = cache.getAttribute("cacheControlMode");
    const short =
      mode === "DisableCache" ||
      (mode === "UseMaxAge" && cache.getAttribute("cacheControlMaxAge") === "1.00:00:00");
    assert.ok(short, `${file}: ${mode} ${cache.getAttribute("cacheControlMaxAge")}`);
  }
  for (const file of ["taskpane.html", "manifest.xml", "policy.json", "launchevent.js"]) {
    assert.equal(ruleFor(file).getAttribute("cacheControlMode"), "DisableCache", file);
  }

  // The same Content-Security-Policy as the nginx configuration that the tests above serve.
  const iisCsp = [...root.getElementsByTagName("add")]
    .find((add) => add.getAttribute("name") === "Content-Security-Policy")
    ?.getAttribute("value");
  const nginxCsp = /add_header Content-Security-Policy "([^"]+)"/.exec(
    readFileSync(shippedConf, "utf8"),
  )?.[1];
  assert.ok(iisCsp && nginxCsp, "both configurations send a Content-Security-Policy");
  assert.equal(iisCsp, nginxCsp);
  const headers = [...root.getElementsByTagName("add")].map((add) => add.getAttribute("name"));
  for (const name of ["X-Content-Type-Options", "Strict-Transport-Security"]) {
    assert.ok(headers.includes(name), `web.config sends ${name}`);
  }
  assert.ok(!headers.includes("X-Frame-Options"), "no X-Frame-Options");
});
