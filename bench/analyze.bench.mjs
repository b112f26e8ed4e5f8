// `moedeguide analyze` on a large export: an Outlook-like ICS (Windows zone with its VTIMEZONE,
// folded lines, attendees, HTML bodies, weekly series with EXDATEs and moved occurrences, some CPR
// numbers) of about 100,000 events, and a quarter of it. Runs the built command line
// (bin/moedeguide.js → dist/cli/moedeguide.js) in its own process and reports the median wall time
// over a few runs and the process's peak RSS. The goal: 100,000 events in under a minute, with
// memory flat, i.e. the peak RSS about the same for both sizes. Run after `npm run build`.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const bin = path.join(root, "bin", "moedeguide.js");
const bundle = path.join(root, "dist", "cli", "moedeguide.js");
if (!existsSync(bundle)) {
  console.error(
    `analyze.bench: ${path.relative(process.cwd(), bundle)} is missing; run npm run build`,
  );
  process.exit(1);
}

const RUNS = 3;
const LIMIT_MS = 60_000;

/** mulberry32: a small seeded PRNG, so that every run writes the same calendar. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "Statusmøde: ny hjemmeside",
  "Styregruppemøde om budget 2027",
  "Workshop: fremtidens akutmodtagelse",
  "Introduktion af nye medarbejdere",
  "MUS-samtale",
  "Beslutningsmøde om vagtplan",
  "Informationsmøde om IT-sikkerhed",
  "Kursus i det nye bookingsystem",
  "Julefrokost i afdelingen",
  "Projektgruppe Nordlys",
  "Sparring med kvalitetsenheden",
  "Koordinering af sengepladser",
  "Team meeting: quarterly review",
];
const LOCATIONS = [
  "Regionshuset, Alléen 15, 4180 Sorø",
  "SUH Køge",
  "Holbæk Sygehus",
  "Mødelokale 2",
  "",
];
const PEOPLE = Array.from({ length: 400 }, (_, i) => `person${i}@regionsjaelland.dk`);

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Romance Standard Time",
  "BEGIN:STANDARD",
  "DTSTART:16011028T030000",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010325T020000",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];

const pad = (n) => String(n).padStart(2, "0");
const stamp = (d) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

/** Folds a content line at 75 characters, as Outlook writes it. */
function fold(line) {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`);
  return parts.join("\r\n");
}

/**
 * Writes a calendar of `singles` one-off events and `series` weekly series (a year each, one
 * EXDATE and one moved occurrence each) over 2026. Returns the number of VEVENTs.
 */
function writeCalendar(file, singles, series, seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const fd = openSync(file, "w");
  let buffer = [];
  const flush = () => {
    writeSync(fd, buffer.join("\r\n") + "\r\n");
    buffer = [];
  };
  const emit = (lines) => {
    for (const line of lines) buffer.push(fold(line));
    if (buffer.length > 5000) flush();
  };
  emit([
    "BEGIN:VCALENDAR",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "VERSION:2.0",
    "METHOD:PUBLISH",
    ...VTIMEZONE,
  ]);
  const event = (uid, start, minutes, extra) => {
    const end = new Date(start.getTime() + minutes * 60_000);
    const subject = pick(SUBJECTS);
    const attendees = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(PEOPLE));
    const cpr =
      random() < 0.01 ? ` Vedr. borger cpr.nr. 0${1 + Math.floor(random() * 8)}0280-1238.` : "";
    const body = `Vi gennemgår de seneste tal og aftaler næste skridt.${cpr}`;
    emit([
      "BEGIN:VEVENT",
      "CLASS:PUBLIC",
      `DESCRIPTION:${body}\\n`,
      `DTEND;TZID="Romance Standard Time":${stamp(end)}`,
      "DTSTAMP:20260101T080000Z",
      `DTSTART;TZID="Romance Standard Time":${stamp(start)}`,
      `LOCATION:${pick(LOCATIONS).replace(/,/g, "\\,")}`,
      `ORGANIZER;CN="Organizer":mailto:${pick(PEOPLE)}`,
      ...attendees.map(
        (a) => `ATTENDEE;CN=${a.split("@")[0]};RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:${a}`,
      ),
      `SUMMARY;LANGUAGE=da:${subject}`,
      "TRANSP:OPAQUE",
      `UID:${uid}`,
      "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
      `X-ALT-DESC;FMTTYPE=text/html:<html><body><p>${body}</p><p>Mvh</p></body></html>`,
      ...extra,
      "BEGIN:VALARM",
      "TRIGGER:-PT15M",
      "ACTION:DISPLAY",
      "DESCRIPTION:Reminder",
      "END:VALARM",
      "END:VEVENT",
    ]);
  };
  // Wall-clock times written as if UTC: the file names them in Romance Standard Time.
  const yearStart = Date.UTC(2026, 0, 5, 0, 0);
  let events = 0;
  for (let i = 0; i < singles; i++) {
    const day = Math.floor(random() * 360);
    const start = new Date(
      yearStart + day * 86_400_000 + (8 + Math.floor(random() * 8)) * 3_600_000,
    );
    event(`single-${i}@bench`, start, pick([30, 60, 90, 120]), []);
    events++;
  }
  for (let s = 0; s < series; s++) {
    const start = new Date(yearStart + (s % 5) * 86_400_000 + (8 + (s % 8)) * 3_600_000);
    const exdate = new Date(start.getTime() + 7 * 7 * 86_400_000);
    const moved = new Date(start.getTime() + 10 * 7 * 86_400_000);
    const uid = `series-${s}@bench`;
    event(uid, start, 60, [
      "RRULE:FREQ=WEEKLY;UNTIL=20261231T230000Z;INTERVAL=1;WKST=MO",
      `EXDATE;TZID="Romance Standard Time":${stamp(exdate)}`,
    ]);
    event(uid, new Date(moved.getTime() + 4 * 3_600_000), 60, [
      `RECURRENCE-ID;TZID="Romance Standard Time":${stamp(moved)}`,
    ]);
    events += 2;
  }
  emit(["END:VCALENDAR"]);
  flush();
  closeSync(fd);
  return events;
}

/** Runs bin/moedeguide.js once; the preload reports the process's peak RSS as it exits. */
function runOnce(file, preload) {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      preload,
      bin,
      "analyze",
      "--json",
      "--from",
      "2026-01-01",
      "--to",
      "2026-12-31",
      file,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`analyze failed (${run.status}): ${run.stderr}`);
  const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr);
  const cpu = /BENCH_CPU_US=(\d+)/.exec(run.stderr);
  const report = JSON.parse(run.stdout);
  // CPU time too: on a busy machine the wall time also measures the neighbours.
  return {
    ms,
    cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    report,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(path.join(os.tmpdir(), "moedeguide-analyze-bench-"));
try {
  const preload = path.join(dir, "peak-rss.cjs");
  writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.resourceUsage(); " +
      "process.stderr.write(`BENCH_MAX_RSS_KB=${u.maxRSS} BENCH_CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  const sizes = [
    { name: "quarter", singles: 23_500, series: 100 },
    { name: "full", singles: 94_000, series: 400 },
  ];
  const results = [];
  for (const size of sizes) {
    const file = path.join(dir, `${size.name}.ics`);
    const events = writeCalendar(file, size.singles, size.series, 20261203);
    const mb = statSync(file).size / (1024 * 1024);
    const runs = Array.from({ length: RUNS }, () => runOnce(file, preload));
    const { report } = runs[0];
    const result = {
      events,
      fileMb: mb,
      meetings: report.meetings,
      medianMs: median(runs.map((r) => r.ms)),
      medianCpuMs: median(runs.map((r) => r.cpuMs)),
      maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    };
    results.push(result);
    console.log(
      `${String(events).padStart(7)} events (${mb.toFixed(1)} MB, ${report.meetings} meetings, ` +
        `${report.series} series, ${report.skipped.count} skipped, ${report.personalData.findings} CPR findings): ` +
        `median ${(result.medianMs / 1000).toFixed(2)} s over ${RUNS} runs (CPU ${(result.medianCpuMs / 1000).toFixed(2)} s), ` +
        `peak RSS ${result.maxRssMb.toFixed(0)} MB`,
    );
  }
  const [quarter, full] = results;
  console.log(
    `peak RSS, full / quarter: ${(full.maxRssMb / quarter.maxRssMb).toFixed(2)} (flat memory stays near 1; ` +
      `the file grew ${(full.fileMb / quarter.fileMb).toFixed(1)}×)`,
  );
  if (full.medianMs > LIMIT_MS) {
    console.error(
      `analyze.bench: ${full.events} events took ${(full.medianMs / 1000).toFixed(1)} s, over the minute`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
