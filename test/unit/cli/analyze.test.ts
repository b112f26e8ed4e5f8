/**
 * `moedeguide analyze` end to end in-process (main with fake standard streams) on the ICS
 * fixtures: the JSON report's figures, the text report in both languages, CPR numbers masked in
 * both, the period options, skipped events, and files that are refused.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { leg, siteInText } from "../../../src/advisor/sites";
import { PURPOSES, RECOMMENDATIONS } from "../../../src/advisor/types";
import { analyzeCalendars } from "../../../src/cli/analyze";
import type { AnalysisReport, AnalyzeCommand } from "../../../src/cli/analyze";
import { MAX_INPUT_BYTES } from "../../../src/cli/io";
import type { CliIo } from "../../../src/cli/io";
import { DEFAULT_POLICY } from "../../../src/cli/main";
import { translator } from "../../../src/i18n/catalogue";
import { cliMessages } from "../../../src/i18n/cli";
import { fixture, runCli, STACK_LINE } from "./harness";

const ics = (name: string) => fixture(`ics/${name}`);

async function report(args: string[]): Promise<AnalysisReport> {
  const run = await runCli(["analyze", "--json", ...args]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as AnalysisReport;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("moedeguide analyze --json", () => {
  it("counts every meeting once by recommendation and by purpose", async () => {
    const r = await report([
      ics("outlook-series.ics"),
      "--from",
      "2026-10-01",
      "--to",
      "2026-12-31",
    ]);
    expect(r).toMatchObject({ events: 2, series: 1, meetings: 4, duplicates: 0, cancelled: 0 });
    expect(Object.keys(r.recommendations)).toEqual([...RECOMMENDATIONS]);
    expect(Object.keys(r.purposes)).toEqual([...PURPOSES]);
    expect(sum(r.recommendations)).toBe(r.meetings);
    expect(sum(r.purposes)).toBe(r.meetings);
    expect(r.purposes.status).toBe(4);
    expect(r.period).toEqual({
      from: "2026-10-01T00:00:00+02:00",
      to: "2027-01-01T00:00:00+01:00",
      source: "options",
    });
    expect(r.policy).toEqual({ name: DEFAULT_POLICY.name, revision: DEFAULT_POLICY.revision });
  });

  it("sums the travel that video would save, from the people file's sites", async () => {
    const period = ["--from", "2026-10-01", "--to", "2026-12-31"];
    const without = await report([ics("outlook-series.ics"), ...period]);
    expect(without.recommendations.virtual).toBe(4);
    expect(without.videoSavings).toMatchObject({ meetings: 4, minutes: 0, km: 0 });
    expect(without.videoSavings.inviteesWithUnknownSite).toBeGreaterThan(0);

    const withPeople = await report([
      ics("outlook-series.ics"),
      ...period,
      "--people",
      ics("people.csv"),
    ]);
    // people.csv: the organizer works in Sorø, where the meetings are; Bo in Køge, Carla in
    // Nykøbing F. Three meetings of the series invite both; the moved one Bo alone.
    const site = (name: string) => siteInText(DEFAULT_POLICY, name)!;
    const bo = leg(DEFAULT_POLICY, site("Køge"), site("Sorø"));
    const carla = leg(DEFAULT_POLICY, site("Nykøbing F."), site("Sorø"));
    const minutes = 3 * 2 * (bo.minutes + carla.minutes) + 2 * bo.minutes;
    const km = 3 * 2 * (bo.km + carla.km) + 2 * bo.km;
    expect(withPeople.videoSavings).toEqual({
      meetings: 4,
      minutes,
      hours: Math.round(minutes / 6) / 10,
      km,
      inviteesWithUnknownSite: 0,
      meetingsWithoutSite: 0,
    });
  });

  it("lists the subject words of meetings whose purpose stayed unknown", async () => {
    const r = await report([ics("unknown-purpose.ics")]);
    expect(r.meetings).toBe(3);
    expect(r.unknownPurpose.meetings).toBe(r.purposes.unknown);
    expect(r.unknownPurpose.meetings).toBe(2);
    const words = Object.fromEntries(r.unknownPurpose.words.map((w) => [w.word, w.count]));
    // "Zylofon-gruppen og Plimsen" and "SV: Zylofon 2026": case folded, "og", "sv" and the number
    // dropped; the status meeting's words are not gaps; the VTODO is not a meeting.
    expect(words).toEqual({ zylofon: 2, gruppen: 1, plimsen: 1 });
    expect(r.unknownPurpose.words[0]).toEqual({ word: "zylofon", count: 2 });
  });

  it("bounds the series by --from and --to, whole days in the policy's zone", async () => {
    const count = async (from: string, to: string) =>
      (await report([ics("dst-march.ics"), "--from", from, "--to", to])).meetings;
    expect(await count("2026-03-01", "2026-04-30")).toBe(4);
    expect(await count("2026-03-17", "2026-03-30")).toBe(2);
    expect(await count("2026-03-16", "2026-03-16")).toBe(1);
    expect(await count("2026-03-17", "2026-03-22")).toBe(0);
  });

  it("takes the period from the files when --from and --to are not given", async () => {
    const r = await report([ics("outlook-series.ics")]);
    expect(r.period).toEqual({
      from: "2026-10-12T09:00:00+02:00",
      // The series' UNTIL, 09:00 on 9 November, is the last start counted.
      to: "2026-11-09T09:00:00+01:00",
      source: "files",
    });
    expect(r.meetings).toBe(4);
  });

  it("counts a malformed event as skipped with its reason and goes on", async () => {
    const r = await report([ics("broken-events.ics")]);
    expect(r.meetings).toBe(1);
    expect(r.skipped.count).toBe(5);
    expect(r.skipped.reasons).toEqual({
      "bad-time": 1,
      "no-start": 1,
      "end-before-start": 1,
      unreadable: 1,
      unterminated: 1,
    });
    expect(r.files).toEqual([{ file: ics("broken-events.ics"), events: 6, skipped: 5 }]);
    for (const example of r.skipped.examples) expect(example.line).toBeGreaterThan(0);
  });

  it("counts the same meeting from two files once", async () => {
    const once = await report([ics("outlook-series.ics")]);
    const twice = await report([ics("outlook-series.ics"), ics("outlook-series.ics")]);
    expect(twice.meetings).toBe(once.meetings);
    expect(twice.duplicates).toBe(once.meetings);
  });

  it("falls back to the 90 days from today when the files give no period", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "moedeguide-analyze-"));
    try {
      const file = path.join(dir, "empty-calendar.ics");
      writeFileSync(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
      const command: AnalyzeCommand = { kind: "analyze", files: [file], json: true, locale: "en" };
      const io: CliIo = {
        stdin: (async function* () {})(),
        stdout: { write: () => true },
        stderr: { write: () => true },
        openFile: (f: string) => createReadStream(f),
        maxInputBytes: MAX_INPUT_BYTES,
      };
      const now = new Date("2026-05-10T12:00:00Z");
      const outcome = await analyzeCalendars(command, DEFAULT_POLICY, io, { now });
      if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
      expect(outcome.value.period).toEqual({
        from: "2026-05-10T00:00:00+02:00",
        to: "2026-08-08T00:00:00+02:00",
        source: "default",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("CPR numbers are masked in both outputs", () => {
  const numbers = ["010280-1238", "0102801238", "150372-4321", "1503724321", "1238", "4321"];

  it("in --json", async () => {
    const run = await runCli(["analyze", "--json", ics("cpr.ics")]);
    expect(run.code).toBe(0);
    for (const n of numbers) expect(run.stdout + run.stderr).not.toContain(n);
    const r = JSON.parse(run.stdout) as AnalysisReport;
    expect(r.personalData).toMatchObject({ meetings: 1, findings: 2, notListed: 0 });
    expect(r.personalData.listed.map((f) => [f.field, f.masked])).toEqual([
      ["subject", "010280-****"],
      ["body", "150372-****"],
    ]);
    expect(r.personalData.listed[0]?.subject).toBe("Samtale om borger 010280-****");
  });

  it.each(["da", "en"] as const)("in the text summary (%s)", async (lang) => {
    const run = await runCli(["analyze", "--lang", lang, ics("cpr.ics")]);
    expect(run.code).toBe(0);
    for (const n of numbers) expect(run.stdout + run.stderr).not.toContain(n);
    expect(run.stdout).toContain("010280-****");
    expect(run.stdout).toContain("150372-****");
  });
});

describe("the text summary", () => {
  it.each(["da", "en"] as const)("is in the language asked for (%s)", async (lang) => {
    const t = translator(cliMessages, lang);
    const run = await runCli(["analyze", "--lang", lang, ics("unknown-purpose.ics")]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(t("analyzeHeading", { files: t("analyzeFilesOne") }));
    expect(run.stdout).toContain(t("analyzeByRecommendation"));
    expect(run.stdout).toContain(t("analyzeByPurpose"));
    expect(run.stdout).toContain(t("analyzeUnknownHeading", { count: 2 }));
    expect(run.stdout).toContain(t("analyzeUnknownWord", { word: "zylofon", count: 2 }));
    expect(run.stdout).not.toMatch(/\{\w+\}/);
  });

  it("says which events were skipped and why", async () => {
    const t = translator(cliMessages, "en");
    const run = await runCli(["analyze", "--lang", "en", ics("broken-events.ics")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(t("analyzeSkipped", { count: 5 }));
    expect(run.stdout).toContain(t("analyzeReasonNoStart"));
  });
});

describe("refused input: one English line naming the file, exit 2", () => {
  it.each([
    [
      "not iCalendar",
      () => [ics("not-a-calendar.ics")],
      "not-a-calendar.ics: is not an iCalendar file",
    ],
    ["empty", () => [ics("empty.ics")], "empty.ics: is empty"],
    ["missing", () => ["no-such-calendar.ics"], "no-such-calendar.ics: no such file"],
    ["a folder", () => [fixture("ics")], "is a directory"],
    [
      "a bad day",
      () => ["--from", "2026-02-30", ics("cpr.ics")],
      '--from must be a day written like 2026-03-01, not "2026-02-30"',
    ],
    ["not a day", () => ["--to", "tomorrow", ics("cpr.ics")], "--to must be a day"],
    [
      "reversed days",
      () => ["--from", "2026-05-01", "--to", "2026-04-01", ics("cpr.ics")],
      "--from 2026-05-01 is after --to 2026-04-01",
    ],
    ["a bad language", () => ["--lang", "de", ics("cpr.ics")], "--lang must be da or en"],
    ["no file", () => [], "needs one or more calendar files"],
    ["standard input", () => ["-"], "not standard input"],
    [
      "an unknown site",
      () => ["--people", fixture("ics/not-a-calendar.ics"), ics("cpr.ics")],
      "is not an e-mail address",
    ],
  ])("%s", async (_name, args, message) => {
    const run = await runCli(["analyze", ...args()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const lines = run.stderr.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^moedeguide: \S/);
  });

  it("refuses a malformed file among good ones before printing anything", async () => {
    const run = await runCli(["analyze", ics("cpr.ics"), ics("not-a-calendar.ics")]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("has its own help, named in the general help", async () => {
    const help = await runCli(["analyze", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--from DATE");
    expect((await runCli(["--help"])).stdout).toContain("moedeguide analyze");
  });
});
