// Global setup of the browser tests: serves the BUILT add-in (dist/, which `npm test` builds before
// this runs) over plain HTTP on a free port with scripts/serve.mjs's server, once for all workers.
// Workers are started after this and inherit its environment, which carries the server's address.
// Returns the teardown that stops the server.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { distDir, startServer } from "../../scripts/serve.mjs";
import { SCREENSHOT_DIR } from "./helpers.mjs";

/** The environment variable that hands the server's address to the workers. */
export const BASE_URL_VARIABLE = "MOEDEGUIDE_E2E_BASE_URL";

/** Fails (rather than passing with nothing to test) when dist/ has not been built. */
export default async function globalSetup() {
  if (!existsSync(path.join(distDir, "preview.html"))) {
    throw new Error("test:e2e: dist/preview.html is missing: run `npm run build` first");
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const server = await startServer({ root: distDir, port: 0, host: "127.0.0.1" });
  process.env[BASE_URL_VARIABLE] = server.url;
  return async () => {
    await server.close();
  };
}
