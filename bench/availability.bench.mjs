// The Kolleger view's speed (issue 11, "Speed"): the time to show 100 colleagues' status from
// locally served responses. The preview's fake Graph (src/preview/fakeGraph.ts) answers through
// the real Graph client (src/graph/client.ts: chunks of 20, 4 requests at once) and every answer
// is mapped to a status (src/availability/status.ts), as the view does on opening.
//
// Measured twice: with the fake answering at once (the client's and the mapping's own cost), and
// with each request taking --latency ms (default 150, a getSchedule round trip of Graph), which
// shows what the chunking and the concurrency buy. A fresh fake and client each run (no cache).
// Aim: ≤ 1 s in ≤ 5 requests, with at most 4 in flight. Exits non-zero when a figure misses it.
//
// The TypeScript sources are loaded directly (transpiled as they are required, with the project's
// TypeScript), so no build is needed. Options: --runs N (default 15), --latency MS.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");
const Module = require("node:module");

// Load src/**/*.ts as CommonJS, transpiled one file at a time (the project is isolatedModules).
Module._extensions[".ts"] = (module, filename) => {
  const source = readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};

const { values } = parseArgs({
  options: { runs: { type: "string", default: "15" }, latency: { type: "string", default: "150" } },
});
const RUNS = Number(values.runs);
const LATENCY_MS = Number(values.latency);
const COLLEAGUES = 100;
const TIME_BUDGET_MS = 1000;
const REQUEST_BUDGET = 5;
const CONCURRENCY_BUDGET = 4;

const { DateTime } = require("luxon");
const { DEFAULT_POLICY } = require(path.join(root, "src/policy/defaultPolicy.ts"));
const { createFakeGraph } = require(path.join(root, "src/preview/fakeGraph.ts"));
const { createGraphClient } = require(path.join(root, "src/graph/client.ts"));
const { colleagueStatuses, dayWindow } = require(path.join(root, "src/availability/status.ts"));
const { graphScopes } = require(path.join(root, "src/policy/colleagues.ts"));

const ZONE = DEFAULT_POLICY.timeZone;
const scopes = graphScopes({ clientId: "x", tenantId: "x" });

/** One opening of the view: 100 colleagues' schedules, then their statuses. */
async function once(latencyMs, now) {
  const fake = createFakeGraph({ sites: DEFAULT_POLICY.sites, latencyMs });
  const client = createGraphClient({
    fetch: fake.fetch,
    tokens: fake.tokens,
    scopes,
    isOnline: () => true,
  });
  const emails = fake.directory.slice(0, COLLEAGUES).map((p) => p.mail);
  const started = performance.now();
  const lookups = await client.getSchedules(emails, dayWindow(now, ZONE));
  const fetched = performance.now();
  const statuses = colleagueStatuses(lookups, { now, zone: ZONE, fallbackZone: ZONE });
  const done = performance.now();
  if (
    statuses.length !== COLLEAGUES ||
    statuses.some((s) => s.status === "unknown" && !s.problem)
  ) {
    throw new Error("availability.bench: not every colleague got a status");
  }
  return {
    total: done - started,
    mapping: done - fetched,
    requests: fake.requests.length,
    largest: Math.max(...fake.requests.map((r) => r.size ?? 0)),
    peak: fake.peakInFlight,
  };
}

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

// A working morning in Copenhagen, so that calendars are full.
const now = DateTime.fromISO("2027-03-02T09:30", { zone: ZONE });
await once(0, now); // warm-up: the first run also transpiles and loads the sources
const misses = [];
for (const latency of [0, LATENCY_MS]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(latency, now));
  const total = quantile(
    runs.map((r) => r.total),
    0.5,
  );
  const mapping = quantile(
    runs.map((r) => r.mapping),
    0.5,
  );
  const requests = Math.max(...runs.map((r) => r.requests));
  const largest = Math.max(...runs.map((r) => r.largest));
  const peak = Math.max(...runs.map((r) => r.peak));
  console.log(
    `${COLLEAGUES} colleagues, ${latency} ms a request: median ${total.toFixed(1)} ms ` +
      `(status mapping ${mapping.toFixed(1)} ms; aim ≤ ${TIME_BUDGET_MS} ms), ` +
      `${requests} requests (aim ≤ ${REQUEST_BUDGET}) of at most ${largest} schedules, ` +
      `${peak} in flight at most (aim ≤ ${CONCURRENCY_BUDGET}), p90 ${quantile(
        runs.map((r) => r.total),
        0.9,
      ).toFixed(1)} ms, n=${RUNS}`,
  );
  if (total > TIME_BUDGET_MS) misses.push(`time at ${latency} ms latency`);
  if (requests > REQUEST_BUDGET) misses.push("requests");
  if (peak > CONCURRENCY_BUDGET) misses.push("concurrency");
}
if (misses.length > 0) {
  console.log(`Over the aim: ${misses.join(", ")}`);
  process.exit(1);
}
