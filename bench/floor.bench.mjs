// What the pane benchmark's timing aims (issue 10: Office.onReady → first advice ≤ 250 ms,
// navigation start → first advice ≤ 1 s, CPU throttled 4×) leave to Mødeguide, in the same
// harness as bench/pane.bench.mjs (Debian's Chromium, a fresh browser context each load, CPU
// throttled 4×, pages served from this machine). Nothing of Mødeguide runs here; three pages:
//  - an empty page: navigation start → its first script. Chromium's own start of a page, which
//    every pane pays before any of its code runs;
//  - the browser's first formatter for a named time zone (Europe/Copenhagen, built the way luxon
//    builds it): the time-zone data any read of a meeting in the user's zone needs first;
//  - React and Fluent UI v9 alone (bench/floor/fluentFloor.tsx, built here with webpack in
//    production mode): a first look like the pane's, with no Office, policy or advisor. Reported:
//    navigation start → committed (marked in an effect after React's commit, as the pane marks its
//    first advice), and the render call → committed (mounting it, which a pane that renders once
//    Office is ready must do before its first advice). And the same first look as an update of a
//    shell already mounted (`?shell`): what would remain after Office.onReady for a pane that
//    mounts its shell while Office gets ready.
// Each is a floor: the pane's own figures cannot be lower, whatever it splits or defers (except
// that a shell mounted before Office.onReady moves the mount out of onReady → first advice).
// Reported, not held to an aim: a floor is the harness's and the stack's, not Mødeguide's.
//
// Options: --loads N (default 9).
// The function given to addInitScript runs in the page, where `window` exists.
/* global window */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { launchChromium } from "../test/end-to-end/helpers.mjs";
import { startServer } from "../scripts/serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const CPU_THROTTLE = 4;
const { values: options } = parseArgs({ options: { loads: { type: "string", default: "9" } } });
const LOADS = Number.parseInt(options.loads, 10);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const page = (body) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Gulv</title></head><body>${body}</body></html>`;

/** The pages, each with the name of the entry (a mark or a measure) it ends with. */
const PAGES = {
  empty: {
    html: page(`<script>performance.mark("floor:first-script")</script>`),
    last: "floor:first-script",
  },
  intl: {
    // luxon's IANAZone makes this formatter (en-US, h23, every field) for each zone it uses.
    html: page(`<script>
      const start = performance.now();
      new Intl.DateTimeFormat("en-US", {
        hourCycle: "h23", timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit",
        day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", era: "short",
      }).formatToParts(new Date());
      performance.measure("floor:intl", { start });
    </script>`),
    last: "floor:intl",
  },
  fluent: {
    html: page(
      `<div id="container"></div><script>performance.mark("floor:first-script")</script><script src="fluent.js"></script>`,
    ),
    last: "floor:committed",
  },
  "fluent-shell": {
    file: "fluent",
    query: "?shell",
    last: "floor:committed",
  },
};

/** Builds the React and Fluent UI floor page's script into `out`; resolves to its file's path. */
function buildFluentFloor(out) {
  const compiler = webpack({
    mode: "production",
    context: path.resolve(here, ".."),
    entry: path.join(here, "floor", "fluentFloor.tsx"),
    output: { path: out, filename: "fluent.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(path.join(out, "fluent.js"));
    });
  });
}

/** One load of `name` in a fresh context with the CPU throttled; resolves to its marks. */
async function openPage(browser, baseUrl, name) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
  // Told by the page when it is done, as in the pane benchmark: nothing polls it while it loads.
  let done;
  const finished = new Promise((resolve) => {
    done = resolve;
  });
  await tab.exposeBinding("moedeguideFloorDone", () => done());
  await tab.addInitScript((last) => {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName(last).length === 0) return;
      observer.disconnect();
      window.moedeguideFloorDone();
    }).observe({ entryTypes: ["mark", "measure"] });
  }, PAGES[name].last);
  const { file = name, query = "" } = PAGES[name];
  await tab.goto(`${baseUrl}${file}.html${query}`);
  let timer;
  await Promise.race([
    finished,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${name}.html did not finish within 60 s`)),
        60_000,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  const marks = await tab.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntries()
        .filter((e) => e.name.startsWith("floor:"))
        .map((e) => [e.name, e.entryType === "measure" ? e.duration : e.startTime]),
    ),
  );
  await context.close();
  return marks;
}

async function main() {
  const out = mkdtempSync(path.join(tmpdir(), "moedeguide-floor-"));
  try {
    for (const [name, { html }] of Object.entries(PAGES)) {
      if (html === undefined) continue;
      writeFileSync(path.join(out, `${name}.html`), html);
    }
    const fluentJs = await buildFluentFloor(out);
    const fluentGzip = gzipSync(readFileSync(fluentJs), { level: 9 }).length / 1024;
    const server = await startServer({ root: out, port: 0, host: "127.0.0.1" });
    const browser = await launchChromium();
    const loads = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
    try {
      // Interleaved, so that a change in the machine's load touches every page alike.
      for (let i = 0; i < LOADS; i++) {
        for (const name of Object.keys(loads)) {
          loads[name].push(await openPage(browser, server.url, name));
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const report = (label, values) =>
      console.log(
        `  ${label}: ${median(values).toFixed(0)} ms [${values.map((v) => v.toFixed(0)).join(", ")}]`,
      );
    console.log(
      `Floors under the pane's timing aims (nothing of Mødeguide; CPU ${CPU_THROTTLE}× slower, fresh context each, median of ${LOADS}):`,
    );
    report(
      "empty page, navigation start → its first script",
      loads.empty.map((m) => m["floor:first-script"]),
    );
    report(
      "first formatter for a named time zone (Europe/Copenhagen)",
      loads.intl.map((m) => m["floor:intl"]),
    );
    console.log(
      `  React and Fluent UI v9 alone, a first look like the pane's (${fluentGzip.toFixed(1)} KB gzip):`,
    );
    report(
      "  navigation start → committed (aim for the pane's first advice ≤ 1000 ms)",
      loads.fluent.map((m) => m["floor:committed"]),
    );
    report(
      "  its script: fetched, compiled and evaluated",
      loads.fluent.map((m) => m["floor:modules-evaluated"] - m["floor:first-script"]),
    );
    report(
      "  render call → committed (aim for the pane's Office.onReady → first advice ≤ 250 ms)",
      loads.fluent.map((m) => m["floor:committed"] - m["floor:render"]),
    );
    console.log(`  The same, its shell (provider and header) mounted first:`);
    report(
      "  navigation start → committed",
      loads["fluent-shell"].map((m) => m["floor:committed"]),
    );
    report(
      "  shell: render call → committed",
      loads["fluent-shell"].map((m) => m["floor:shell-committed"] - m["floor:render"]),
    );
    report(
      "  first look as an update of the shell → committed",
      loads["fluent-shell"].map((m) => m["floor:committed"] - m["floor:advice"]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
