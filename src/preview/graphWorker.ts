/**
 * The preview's Microsoft Graph, served by msw in the browser: a service worker
 * (mockServiceWorker.js, copied from msw by the build) hands every request the page sends to
 * https://graph.microsoft.com back to this page, where the fake directory answers it
 * (graphHandler.ts). So the pane reaches Graph exactly as in Outlook, through the browser's own
 * fetch, with real HTTP requests, headers and responses; only the server is local.
 *
 * The worker's scope is the preview page alone: a worker registered for the whole directory would
 * also see the pane's requests in Outlook, wherever IT serves the preview beside it.
 */
import { setupWorker } from "msw/browser";
import type { FakeGraph } from "./fakeGraph";
import type { GraphRequest } from "./graphHandler";
import { graphHandler } from "./graphHandler";

/** Starts the worker; resolves once it controls the page, so that the next request is answered. */
export async function startGraphWorker(fake: FakeGraph, noted: GraphRequest[]): Promise<void> {
  await setupWorker(graphHandler(fake, noted)).start({
    serviceWorker: { url: "mockServiceWorker.js", options: { scope: "./preview.html" } },
    onUnhandledRequest: "bypass",
    quiet: true,
  });
}
