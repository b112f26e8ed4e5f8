// Browser tests: the BUILT pane (dist/, built by `npm test` before this runs) on the preview page,
// driven in Debian's Chromium through playwright-core. Serves dist/ over plain HTTP on a free port
// with scripts/serve.mjs's server, runs the scenarios one after another, writes
// test/end-to-end/.results.json ({numPassedTests, numFailedTests}) and exits non-zero on a failure.
//
// Usage: node test/end-to-end/run.mjs [name filter]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDir, startServer } from "../../scripts/serve.mjs";
import { launchChromium } from "./helpers.mjs";
import { tests } from "./scenarios.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "../..");
const resultsFile = path.join(here, ".results.json");
const screenshotDir = path.join(here, "screenshots");
const TEST_TIMEOUT_MS = 45_000;

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const filter = process.argv[2] ?? "";
  if (!existsSync(path.join(distDir, "preview.html"))) {
    console.error("test:e2e: dist/preview.html is missing: run `npm run build` first");
    writeFileSync(resultsFile, JSON.stringify({ numPassedTests: 0, numFailedTests: 1 }));
    process.exit(1);
  }
  mkdirSync(screenshotDir, { recursive: true });
  const server = await startServer({ root: distDir, port: 0, host: "127.0.0.1" });
  const browser = await launchChromium();
  const env = {
    browser,
    baseUrl: server.url,
    screenshotDir,
    axeSource: path.join(projectRoot, "node_modules/axe-core/axe.min.js"),
  };

  let passed = 0;
  let failed = 0;
  const selected = tests.filter((t) => t.name.includes(filter));
  for (const { name, fn } of selected) {
    const started = Date.now();
    try {
      await withTimeout(fn(env), TEST_TIMEOUT_MS, name);
      passed += 1;
      console.log(`ok ${passed + failed} - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`not ok ${passed + failed} - ${name}`);
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(text.replace(/^/gm, "    "));
    }
  }

  await browser.close();
  await server.close();
  writeFileSync(resultsFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
  console.log(`\n1..${selected.length}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && selected.length > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  writeFileSync(resultsFile, JSON.stringify({ numPassedTests: 0, numFailedTests: 1 }));
  process.exit(1);
});
