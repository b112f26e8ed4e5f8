import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { advise } from "../../../src/advisor";
import type { MeetingDraft } from "../../../src/advisor/types";
import { runCli } from "./harness";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

const draft: MeetingDraft = {
  subject: "Statusmøde om vagtplanen",
  body: "Vi fordeler opgaverne.",
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  organizer: { email: "o@regionsjaelland.dk", site: "Sorø" },
  attendees: [{ email: "a@regionsjaelland.dk", site: "Køge" }],
};

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "moedeguide-explain-"));
  file = path.join(dir, "draft.json");
  writeFileSync(file, JSON.stringify(draft));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("moedeguide advise --explain", () => {
  it("shows the words matched with their field, and each rule that fired with the confidence", async () => {
    const run = await runCli(["advise", "--explain", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("How this advice came about:");
    expect(run.stdout).toMatch(/status, [\d.]+; subject \(body words may add\): "statusmøde"/);
    expect(run.stdout).toMatch(/by-purpose: virtual, 0\.\d\d/);
    // The last step is the confidence the advice carries.
    const confidence = advise(draft, { policy: DEFAULT_POLICY }).confidence.toFixed(2);
    const steps = run.stdout
      .split("\n")
      .filter((line) => /^ {4}[a-z-]+: \w+, \d\.\d\d$/.test(line));
    expect(steps.at(-1)).toMatch(new RegExp(`${confidence}$`));
  });

  it("with --json, gives the advice and its explanation side by side", async () => {
    const run = await runCli(["advise", "--json", "--explain", file]);
    expect(run.code).toBe(0);
    const value = JSON.parse(run.stdout) as { advice: unknown; explanation: { steps: unknown[] } };
    expect(value.advice).toEqual(
      JSON.parse(JSON.stringify(advise(draft, { policy: DEFAULT_POLICY }))),
    );
    expect(value.explanation.steps.length).toBeGreaterThan(0);
  });

  it("is not shown without --explain", async () => {
    const run = await runCli(["advise", file]);
    expect(run.stdout).not.toContain("How this advice came about:");
  });
});
