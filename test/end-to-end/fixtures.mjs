// Playwright Test fixtures for the browser tests. `baseUrl`: the static server that global-setup.mjs
// started on dist/ (every worker reads it from the environment). `withPreview`: opens the preview
// page and holds it to the guarantees every scenario relies on.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window */
import assert from "node:assert/strict";
import { test as base } from "@playwright/test";
import { BASE_URL_VARIABLE } from "./global-setup.mjs";

/** Requests to Microsoft Graph. */
const GRAPH_REQUESTS = /^https:\/\/graph\.microsoft\.com\//;

/**
 * Opens preview.html?<query> in a fresh context and runs `fn({ page, pane, requests })`
 * (`requests`: every URL the page has requested so far, in order); afterwards asserts that the
 * page had no errors, made no request beyond the local server (Graph's are answered by the
 * preview's service worker), and (unless `allowMissing`) used no Office member the stand-in
 * lacks. Always closes the context again.
 */
async function openPreview({ browser, baseUrl, contexts }, query, fn, options = {}) {
  const {
    viewport = { width: 1200, height: 1600 },
    allowMissing = false,
    // Runs before the page opens: e.g. page.route() to serve another policy.json.
    setup = async () => undefined,
    // Console errors the test causes on purpose (the browser logs a 404 it was told to get).
    expectedConsoleErrors = [],
    // Requests beyond the local server the test causes on purpose (a Jabber link followed).
    expectedRequests = [],
    // "block": no service worker can run (as where the browser does not trust the certificate).
    serviceWorkers = "allow",
  } = options;
  const context = await browser.newContext({ viewport, serviceWorkers });
  contexts.add(context);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  // Microsoft Graph is answered on the page, by the preview's msw service worker: a request from
  // the page that the worker did not take would reach the network, and is stopped here and
  // reported. The worker itself passes on a request whose page has gone (a request in flight
  // when the test navigates): that one is stopped too, and reported only by the test that waited
  // for its answer.
  await context.route(GRAPH_REQUESTS, (route) => {
    if (!route.request().serviceWorker()) {
      problems.push(`request left the page: ${route.request().url()}`);
    }
    return route.abort();
  });
  page.on("request", (request) => {
    requests.push(request.url());
    if (request.url().startsWith(baseUrl) || GRAPH_REQUESTS.test(request.url())) return;
    if (expectedRequests.some((pattern) => pattern.test(request.url()))) return;
    problems.push(`request left the page: ${request.url()}`);
  });
  try {
    await setup(page);
    await page.goto(`${baseUrl}preview.html?${query}`);
    const pane = page.locator("#container");
    await fn({ page, pane, requests });
    const missing = await page.evaluate(() => window.moedeguidePreview.missingMembers());
    if (!allowMissing)
      assert.deepEqual(missing, [], "the pane used Office members the stand-in lacks");
    assert.deepEqual(problems, [], "the page reported problems");
  } finally {
    contexts.delete(context);
    await context.close();
  }
}

/** The runner's `test`, with the fixtures the browser tests use. */
export const test = base.extend({
  baseUrl: [
    // Playwright reads a fixture's dependencies from its first parameter: it must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const url = process.env[BASE_URL_VARIABLE];
      if (!url)
        throw new Error(`${BASE_URL_VARIABLE} is not set: run the tests with playwright test`);
      await use(url);
    },
    { scope: "worker" },
  ],
  withPreview: async ({ browser, baseUrl }, use) => {
    const contexts = new Set();
    await use((query, fn, options) =>
      openPreview({ browser, baseUrl, contexts }, query, fn, options),
    );
    // A test stopped by its timeout never reaches openPreview's finally: close what it left open,
    // so that the next test on this worker's browser starts clean.
    await Promise.all([...contexts].map((context) => context.close()));
  },
});
