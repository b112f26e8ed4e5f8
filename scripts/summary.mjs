// Prints the plain closing line CI reads ("N passed, N failed") from the results that the unit
// tests (jest's JSON) and the end-to-end tests wrote during `npm test`.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of [".jest-results.json", "test/end-to-end/.results.json"]) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}
console.log(`${passed} passed, ${failed} failed`);
