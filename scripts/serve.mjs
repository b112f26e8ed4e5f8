// `npm start` serves the built add-in (dist/) on https://localhost:3000, for sideloading in Outlook
// and for the preview page. HTTPS certificates come from office-addin-dev-certs where it works (it
// installs a local CA); otherwise a self-signed certificate is made with openssl into .certs/.
// `--http` (or MOEDEGUIDE_HTTP=1) serves plain HTTP, which the browser tests use; `--port N`
// (or PORT) picks another port; `--self-signed` (or MOEDEGUIDE_SELF_SIGNED=1) skips
// office-addin-dev-certs and uses the openssl certificate at once.
//
// Also a module: the browser tests and the benchmark import `startServer` to serve dist/ on a
// free port.
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, "..");
export const distDir = path.join(projectRoot, "dist");
const certDir = path.join(projectRoot, ".certs");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/**
 * Maps a request path to a file under `root`, or null when it leaves `root` (traversal, encoded
 * or not), holds a NUL byte or cannot be decoded.
 */
export function resolveRequestPath(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/** Icons must be cacheable for Office (no no-cache/no-store); the rest is re-checked each load. */
function cacheControl(file) {
  const relative = path.relative(distDir, file).split(path.sep).join("/");
  return relative.startsWith("assets/") ? "public, max-age=86400" : "no-cache";
}

/** The request handler: GET and HEAD of files under `root`, nothing else. */
export function staticHandler(root) {
  return (request, response) => {
    const send = (status, text, headers = {}) => {
      response.writeHead(status, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
        ...headers,
      });
      response.end(request.method === "HEAD" ? undefined : text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }
    const url = request.url ?? "/";
    if (url === "/" || url.startsWith("/?")) {
      send(302, "Found\n", { Location: `/preview.html${url.slice(1)}` });
      return;
    }
    const file = resolveRequestPath(root, url);
    if (!file) {
      send(403, "Forbidden\n");
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      send(404, "Not found\n");
      return;
    }
    if (!stat.isFile()) {
      send(404, "Not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": stat.size,
      "Cache-Control": cacheControl(file),
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
}

/**
 * Serves `root` on `host:port` (port 0 picks a free one), over HTTPS when `tls` ({key, cert}) is
 * given. Resolves to the server, its base URL and a close function.
 */
export async function startServer({
  root = distDir,
  port = 3000,
  host = "localhost",
  tls = null,
} = {}) {
  const handler = staticHandler(root);
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `${tls ? "https" : "http"}://${host}:${actualPort}/`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { server, url, close };
}

/** Office's own dev certificates (a local CA, trusted by the system), or null when that fails. */
async function officeDevCertificates() {
  console.log(
    "Getting HTTPS certificates from office-addin-dev-certs (it may ask for your password to trust its local certificate authority; use --self-signed to skip).",
  );
  try {
    const devCerts = await import("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return {
      key: options.key,
      cert: options.cert,
      ca: options.ca,
      source: "office-addin-dev-certs",
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.log(`office-addin-dev-certs could not install its certificate (${reason}).`);
    return null;
  }
}

/** A self-signed certificate for localhost in .certs/, made with openssl (kept for a year). */
function selfSignedCertificate() {
  const key = path.join(certDir, "localhost.key");
  const cert = path.join(certDir, "localhost.crt");
  const valid = () => {
    if (!existsSync(key) || !existsSync(cert)) return false;
    try {
      execFileSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", cert], {
        stdio: "ignore",
      });
      return true;
    } catch {
      return false;
    }
  };
  if (!valid()) {
    mkdirSync(certDir, { recursive: true });
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
  return { key: readFileSync(key), cert: readFileSync(cert), source: "openssl", certPath: cert };
}

function trustAdvice(certPath) {
  const relative = path.relative(process.cwd(), certPath);
  return [
    "",
    `Using a self-signed certificate (${relative}). Your browser warns once about it: open the`,
    "preview URL below and accept the warning (Advanced → Proceed). Outlook only loads the add-in",
    "over a certificate your system trusts; trust this one with, for example:",
    `  Windows:        certutil -addstore -user Root ${relative}`,
    `  macOS:          security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${relative}`,
    `  Debian/Ubuntu:  sudo cp ${relative} /usr/local/share/ca-certificates/moedeguide-localhost.crt && sudo update-ca-certificates`,
    `  Chromium (NSS): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n moedeguide-localhost -i ${relative}`,
  ].join("\n");
}

function parseArgs(argv) {
  const options = {
    http: process.env.MOEDEGUIDE_HTTP === "1",
    port: Number(process.env.PORT) || 3000,
    selfSigned: process.env.MOEDEGUIDE_SELF_SIGNED === "1",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--http") options.http = true;
    else if (arg === "--self-signed") options.selfSigned = true;
    else if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg.startsWith("--port=")) options.port = Number(arg.slice("--port=".length));
    else if (arg === "--help" || arg === "-h") options.help = true;
    else throw new Error(`Unknown option ${arg} (options: --http, --self-signed, --port N)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error("--port needs a number from 0 to 65535");
  }
  return options;
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log("Usage: node scripts/serve.mjs [--http | --self-signed] [--port N]");
    return;
  }
  if (!existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error("dist/ has no build: run `npm run build:dev` (or `npm start`) first");
  }
  let tls = null;
  if (!options.http) {
    tls = (options.selfSigned ? null : await officeDevCertificates()) ?? selfSignedCertificate();
    if (tls.source === "openssl") console.log(trustAdvice(tls.certPath));
  }
  const { url } = await startServer({ port: options.port, tls });
  console.log(
    [
      "",
      `Mødeguide is served from dist/ at ${url}`,
      "",
      `  Preview (no Outlook needed): ${url}preview.html`,
      `  Task pane (inside Outlook):  ${url}taskpane.html`,
      "",
      "Sideload in Outlook on the web or the new Outlook:",
      "  1. Open https://aka.ms/olksideload (Outlook on the web opens the add-ins dialog).",
      "  2. My add-ins → Add a custom add-in → Add from File.",
      `  3. Choose ${path.join(distDir, "manifest.xml")} (or manifest.xml in the project).`,
      "  4. Open or create a meeting and choose Mødeguide on the ribbon.",
      "",
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
