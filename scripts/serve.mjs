// A small static server for the BUILT add-in (dist/): the browser tests, the pane benchmark and
// `npm run screenshots` import `startServer` to serve dist/ on a free port, over plain HTTP, just
// as it will be deployed (content-hashed production bundles, no reload client). `npm start` is
// webpack-dev-server instead (scripts/devServer.js).
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, "..");
export const distDir = path.join(projectRoot, "dist");

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
