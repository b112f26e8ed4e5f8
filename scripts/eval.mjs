// The advisor measured on the labelled meeting corpus (test/fixtures/corpus/): precision and
// recall per purpose, and recommendation accuracy, for the tuning part and, separately, for the
// untouched third that no vocabulary or rule was ever tuned on. Uses the built command-line bundle
// (dist/cli/moedeguide.js); `npm run eval` builds it first.
//
// Usage: node scripts/eval.mjs [--misses] [--json]   (--misses lists the tuning part's misses)
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundlePath = path.join(root, "dist", "cli", "moedeguide.js");
if (!existsSync(bundlePath)) {
  console.error("eval: dist/cli/moedeguide.js is missing; run npm run eval (it builds first)");
  process.exit(1);
}
const { advise, DEFAULT_POLICY } = createRequire(import.meta.url)(bundlePath);
const args = new Set(process.argv.slice(2));

const PARTS = [
  { name: "tuning", file: "test/fixtures/corpus/tuning.json" },
  { name: "untouched", file: "test/fixtures/corpus/untouched.json" },
];

/** Scores one part of the corpus. */
export function score(cases, adviseDraft) {
  const purposes = new Map();
  const entry = (purpose) => {
    if (!purposes.has(purpose)) purposes.set(purpose, { tp: 0, fp: 0, fn: 0 });
    return purposes.get(purpose);
  };
  let purposeRight = 0;
  let recommendationRight = 0;
  const misses = [];
  for (const { id, draft, expect } of cases) {
    const advice = adviseDraft(draft);
    const purposeOk = advice.purpose === expect.purpose;
    const recommendationOk = advice.recommendation === expect.recommendation;
    if (purposeOk) {
      purposeRight++;
      entry(expect.purpose).tp++;
    } else {
      entry(expect.purpose).fn++;
      entry(advice.purpose).fp++;
    }
    if (recommendationOk) recommendationRight++;
    if (!purposeOk || !recommendationOk) {
      misses.push({
        id,
        subject: draft.subject,
        expected: `${expect.purpose}/${expect.recommendation}`,
        got: `${advice.purpose}/${advice.recommendation} (${advice.confidence.toFixed(2)})`,
      });
    }
  }
  const perPurpose = [...purposes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([purpose, { tp, fp, fn }]) => ({
      purpose,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
      support: tp + fn,
    }));
  return {
    drafts: cases.length,
    recommendationAccuracy: cases.length === 0 ? 0 : recommendationRight / cases.length,
    purposeAccuracy: cases.length === 0 ? 0 : purposeRight / cases.length,
    perPurpose,
    misses,
  };
}

const pct = (x) => (x === null ? "   –  " : `${(x * 100).toFixed(1).padStart(5)}%`);

const results = {};
for (const part of PARTS) {
  const file = path.join(root, part.file);
  if (!existsSync(file)) {
    console.error(`eval: ${part.file} is missing`);
    process.exit(1);
  }
  const cases = JSON.parse(readFileSync(file, "utf8"));
  results[part.name] = score(cases, (draft) => advise(draft, { policy: DEFAULT_POLICY }));
}

if (args.has("--json")) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n${name}: ${r.drafts} drafts`);
    console.log(`  recommendation accuracy ${pct(r.recommendationAccuracy)}`);
    console.log(`  purpose accuracy        ${pct(r.purposeAccuracy)}`);
    console.log("  purpose        precision  recall  support");
    for (const p of r.perPurpose) {
      console.log(
        `  ${p.purpose.padEnd(13)} ${pct(p.precision)}   ${pct(p.recall)}  ${String(p.support).padStart(5)}`,
      );
    }
    // Misses are listed for the tuning part only: the untouched third is never looked into.
    if (args.has("--misses") && name === "tuning") {
      for (const m of r.misses)
        console.log(`  miss ${m.id}: ${m.subject} | want ${m.expected} got ${m.got}`);
    }
  }
}
