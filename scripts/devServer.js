// `npm start` (webpack serve): the web and launchevent builds served from memory over HTTPS on
// https://localhost:3000, rebuilt on every change, for sideloading in Outlook and for the preview
// page. The served files are the ones a build writes to dist/ (pages, bundles, manifest.xml,
// policy.json, policy.schema.json, the well-known file, the icons): every one is emitted by the
// build, so nothing is served from disk.
//
// HTTPS certificates come from office-addin-dev-certs where it works (it installs a local CA that
// the system and Outlook trust); where it cannot (no desktop, no sudo), a self-signed certificate
// is made with openssl into .certs/ and the console says how to trust it. `--env selfSigned` (or
// MOEDEGUIDE_SELF_SIGNED=1) skips office-addin-dev-certs. Plain CommonJS: webpack.config.js
// requires it. Tested by test/unit/build/devServer.test.ts.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/** The port the manifest's development URLs name (https://localhost:3000/). */
const DEV_PORT = 3000;

/** Where the self-signed fallback keeps its key and certificate (ignored by git). */
const CERT_DIR = path.resolve(__dirname, "..", ".certs");

/**
 * Where the served event bundle is written while `npm start` runs: on disk, beside
 * webpack-dev-server's own cache, never in dist/ (which other builds and the tests own).
 */
const EVENTS_DIR = path.resolve(__dirname, "..", "node_modules", ".cache", "moedeguide-serve");

/** A certificate office-addin-dev-certs made and trusted, or null when it cannot. */
async function officeDevCertificate(log) {
  log(
    "Getting HTTPS certificates from office-addin-dev-certs (it may ask for your password to trust its local certificate authority; npm start -- --env selfSigned skips this).",
  );
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return {
      key: options.key,
      cert: options.cert,
      ca: options.ca,
      source: "office-addin-dev-certs",
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    log(`office-addin-dev-certs could not install its certificate (${reason}).`);
    return null;
  }
}

/** Whether `cert` exists, with its key, and stays valid for at least another day. */
function usable(key, cert) {
  if (!fs.existsSync(key) || !fs.existsSync(cert)) return false;
  try {
    execFileSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", cert], {
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * A self-signed certificate for localhost in `dir`, made with openssl (valid for a year) unless
 * one there is still good for a day.
 */
function selfSignedCertificate(dir = CERT_DIR) {
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  if (!usable(key, cert)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "365",
        "-keyout",
        key,
        "-out",
        cert,
        "-subj",
        "/CN=localhost/O=Moedeguide development",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
      ],
      { stdio: "ignore" },
    );
  }
  return {
    key: fs.readFileSync(key),
    cert: fs.readFileSync(cert),
    source: "openssl",
    certPath: cert,
  };
}

/** How to trust the self-signed certificate: the browser asks once, Outlook needs the system. */
function trustAdvice(certPath) {
  const relative = path.relative(process.cwd(), certPath);
  return [
    "",
    `Using a self-signed certificate (${relative}). Your browser warns once about it: open the`,
    "preview URL and accept the warning (Advanced → Proceed). Outlook only loads the add-in over a",
    "certificate your system trusts; trust this one with, for example:",
    `  Windows:        certutil -addstore -user Root ${relative}`,
    `  macOS:          security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${relative}`,
    `  Debian/Ubuntu:  sudo cp ${relative} /usr/local/share/ca-certificates/moedeguide-localhost.crt && sudo update-ca-certificates`,
    `  Chromium (NSS): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n moedeguide-localhost -i ${relative}`,
    "",
  ].join("\n");
}

/**
 * The HTTPS certificate to serve with: office-addin-dev-certs', else (or with `selfSigned`) the
 * openssl one in `certDir`.
 */
async function httpsCertificate({
  selfSigned = false,
  certDir = CERT_DIR,
  log = console.log,
} = {}) {
  const certificate =
    (selfSigned ? null : await officeDevCertificate(log)) ?? selfSignedCertificate(certDir);
  if (certificate.source === "openssl") log(trustAdvice(certificate.certPath));
  return certificate;
}

/**
 * Icons must be cacheable for Office (Outlook refuses icons sent with no-cache or no-store); the
 * rest is re-checked on every load, so that a rebuild is seen at once.
 */
function cacheControl(requestPath) {
  return requestPath.startsWith("/assets/") ? "public, max-age=86400" : "no-cache";
}

/** What to print once the server listens: where the preview is and how to sideload. */
function servingNote(url) {
  return [
    "",
    `Mødeguide is served at ${url} (rebuilt on every change; Ctrl+C stops it)`,
    "",
    `  Preview (no Outlook needed): ${url}preview.html`,
    `  Task pane (inside Outlook):  ${url}taskpane.html`,
    "",
    "Sideload in Outlook on the web or the new Outlook:",
    "  1. Open https://aka.ms/olksideload (Outlook on the web opens the add-ins dialog).",
    "  2. My add-ins → Add a custom add-in → Add from File.",
    "  3. Choose manifest.xml in the project (the served one is the same).",
    "  4. Open or create a meeting and choose Mødeguide on the ribbon.",
    "",
  ].join("\n");
}

/**
 * webpack-dev-server's options for the web build, serving `certificate` ({key, cert, ca?}) on
 * `port`, and the event bundle from `eventsDir` (see servedConfigs).
 */
function devServerOptions({
  certificate,
  port = DEV_PORT,
  eventsDir = EVENTS_DIR,
  log = console.log,
}) {
  const { key, cert, ca } = certificate;
  return {
    port,
    host: "localhost",
    server: { type: "https", options: ca ? { key, cert, ca } : { key, cert } },
    // The web build's files come from memory: the pages and bundles, the icons (CopyWebpackPlugin),
    // manifest.xml, policy.json, its schema and the well-known file (DeployFilesPlugin). The
    // event bundle's come from the one directory its build writes to. Nothing else is served.
    static: { directory: eventsDir, publicPath: "/", serveIndex: false, watch: false },
    // A full reload on change: the pane has no hot-reload boundaries, and a reload starts it clean.
    hot: false,
    liveReload: true,
    // Compile errors over the page; runtime errors not, since preview scenarios make some on purpose.
    client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
    headers: (request) => ({
      "Cache-Control": cacheControl(request.path),
      "X-Content-Type-Options": "nosniff",
    }),
    // The address alone opens the preview page, as before (the query is kept: ?scenario=…).
    setupMiddlewares: (middlewares) => [
      {
        name: "preview-at-root",
        middleware: (request, response, next) => {
          if (request.path !== "/") return next();
          const { search } = new URL(request.originalUrl, "https://localhost/");
          return response.redirect(302, `/preview.html${search}`);
        },
      },
      ...middlewares,
    ],
    onListening: (server) => {
      const address = server.server && server.server.address();
      const actualPort = address && typeof address === "object" ? address.port : port;
      log(servingNote(`https://localhost:${actualPort}/`));
    },
  };
}

/**
 * What `webpack serve` runs: the web build with the server's options, and the launchevent build
 * beside it, rebuilt on change too. The command line is left out: it is not for the web server.
 *
 * webpack-dev-server puts its reload client into every browser-targeted build it serves from
 * memory, and the event bundle must not have it (classic Outlook runs that bundle without a DOM
 * or WebSocket, compiled down to ES2016). It keeps the client out only of a build marked
 * `devServer: false`, which it then writes to disk at the build's output path instead: so the
 * event bundle is written to `eventsDir`, never into dist/, and served from there.
 */
async function servedConfigs(
  web,
  launchevent,
  { selfSigned = false, certDir = CERT_DIR, eventsDir = EVENTS_DIR, log = console.log } = {},
) {
  const certificate = await httpsCertificate({ selfSigned, certDir, log });
  return [
    { ...web, devServer: devServerOptions({ certificate, eventsDir, log }) },
    { ...launchevent, output: { ...launchevent.output, path: eventsDir }, devServer: false },
  ];
}

module.exports = {
  CERT_DIR,
  DEV_PORT,
  EVENTS_DIR,
  cacheControl,
  devServerOptions,
  httpsCertificate,
  selfSignedCertificate,
  servedConfigs,
};
