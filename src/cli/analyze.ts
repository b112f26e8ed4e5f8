/**
 * `moedeguide analyze`: what Mødeguide would advise over calendars exported from Outlook (ICS),
 * for IT before a roll-out. Every meeting of the files, series expanded within a period, goes
 * through the advisor with the policy given; what is kept is counters, never the meetings.
 *
 * Memory stays flat however large the files: each file is streamed twice and never held whole.
 * The first pass collects what the second needs from across the file (its VTIMEZONEs, the
 * occurrences that moved — RECURRENCE-ID — by UID, and the span of its one-off meetings for the
 * default period); the second reads each event, advises on its occurrences and counts. So unlike
 * `advise`, whose inputs are read whole under the 64 MB cap, a calendar file has no size cap: what
 * is capped is one event (MAX_EVENT_CHARS, 1 MB), and one series (MAX_SERIES_STEPS).
 * Nothing leaves the machine: no network is used.
 */
import { DateTime } from "luxon";
import { advise } from "../advisor";
import { maskCprNumbers } from "../advisor/cpr";
import { siteInText } from "../advisor/sites";
import { PURPOSES, RECOMMENDATIONS } from "../advisor/types";
import type { Locale, PersonalDataField, Purpose, Recommendation } from "../advisor/types";
import { translator } from "../i18n/catalogue";
import { adminMessage, cliMessages, PERSONAL_DATA_FIELD } from "../i18n/cli";
import type { CliMessageKey } from "../i18n/cli";
import { formatDuration, formatInteger, formatKm } from "../i18n/format";
import { purposeLabel, recommendationLabel } from "../i18n/labels";
import type { Policy } from "../policy/types";
import type { Command } from "./args";
import { parseComponent, readEvent, recurrenceIdOf, MAX_SERIES_STEPS } from "./icsEvents";
import type { EventProblem, PeopleDirectory, PersonInfo, Range } from "./icsEvents";
import { IcsFormatError, MAX_EVENT_CHARS, readIcs } from "./icsReader";
import type { SplitProblem } from "./icsReader";
import { FileZones, isoAt } from "./icsTime";
import type { CliIo } from "./io";
import { readCapped } from "./io";
import { failure, success } from "./result";
import type { Outcome } from "./result";
import { displaySubject } from "./summary";
import { inlineText } from "./terminal";

export type AnalyzeCommand = Extract<Command, { kind: "analyze" }>;

/** Days in the period when neither the options nor the files give one. */
const DEFAULT_DAYS = 90;
/** Subject words listed for the meetings of unknown purpose. */
const TOP_WORDS = 15;
/**
 * Distinct subject words counted at most: past it the rarest are dropped (their counts then
 * undercount a little), so that random subjects cannot grow the table without end.
 */
const MAX_WORDS = 20_000;
/** Personal-data findings listed (each with its count of occurrences); the rest are counted. */
const MAX_FINDINGS_LISTED = 50;
/** Examples kept of each reason for skipping an event. */
const MAX_SKIP_EXAMPLES = 3;
/** TZIDs listed as unknown. */
const MAX_UNKNOWN_ZONES = 20;

export type SkipReason = EventProblem | SplitProblem;
const SKIP_REASONS: readonly SkipReason[] = [
  "unreadable",
  "no-start",
  "bad-time",
  "end-before-start",
  "bad-recurrence",
  "too-large",
  "unterminated",
];
const SKIP_REASON_MESSAGE: Record<SkipReason, CliMessageKey> = {
  unreadable: "analyzeReasonUnreadable",
  "no-start": "analyzeReasonNoStart",
  "bad-time": "analyzeReasonBadTime",
  "end-before-start": "analyzeReasonEndBeforeStart",
  "bad-recurrence": "analyzeReasonBadRecurrence",
  "too-large": "analyzeReasonTooLarge",
  unterminated: "analyzeReasonUnterminated",
};

/**
 * Words that say nothing of a meeting's purpose: Danish and English function words, the reply
 * and forward prefixes mail programs add, and the words for "meeting" itself, which would top
 * every list.
 */
const STOP_WORDS = new Set(
  (
    "og i på til med om for af en et den det de der som er at fra ved hos vi jeg du mig os min mit " +
    "mine vores jeres sin sit sine samt eller ikke kl ny nye nyt næste sidste uge dag alle hvad " +
    "hvordan når efter inden under over mellem ang vedr vedrørende re sv vs fw fwd tr aw " +
    "the a an and or of to in on at for with from by about is are be this that our your my " +
    "next new week day all re fyi møde mødet møder meeting meetings"
  ).split(" "),
);

/** The analysis's result, as `--json` prints it. The README's command-line section shows it. */
export interface AnalysisReport {
  policy: { name: string; revision: string };
  /** [from, to): an occurrence counts when it starts in it. */
  period: { from: string; to: string; source: "options" | "files" | "default" };
  files: { file: string; events: number; skipped: number }[];
  events: number;
  series: number;
  meetings: number;
  cancelled: number;
  duplicates: number;
  truncatedSeries: number;
  skipped: {
    count: number;
    reasons: Partial<Record<SkipReason, number>>;
    examples: { file: string; line: number; reason: SkipReason; detail: string }[];
  };
  unknownTimeZones: { tzid: string; events: number }[];
  recommendations: Record<Recommendation, number>;
  purposes: Record<Purpose, number>;
  videoSavings: {
    meetings: number;
    minutes: number;
    hours: number;
    km: number;
    inviteesWithUnknownSite: number;
    meetingsWithoutSite: number;
  };
  unknownPurpose: { meetings: number; words: { word: string; count: number }[] };
  personalData: {
    meetings: number;
    findings: number;
    listed: {
      file: string;
      line: number;
      start: string;
      subject: string;
      field: PersonalDataField;
      masked: string;
      context: boolean;
      occurrences: number;
    }[];
    notListed: number;
  };
}

/** The earliest and latest date-time values of a kind, per form (a TZID, Z, or a date). */
type Spans = Map<string, { min: string; max: string }>;

/** What the first pass learns about a file. */
interface FileScan {
  name: string;
  timezones: string[];
  /** UID → the RECURRENCE-ID lines of its moved occurrences. */
  moved: Map<string, string[]>;
  /** DTSTART of one-off meetings; DTSTART and UNTIL of series: the files' own period. */
  oneOff: Spans;
  seriesStart: Spans;
  seriesEnd: Spans;
}

/** How messages name a file: on one line, with no control characters. */
const displayName = (file: string) => inlineText(file);

/** The value of a content line (after the first colon outside quotes) and its TZID parameter. */
function splitLine(line: string): { tzid: string | null; value: string } {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) {
      const head = line.slice(0, i);
      const tzid = /;TZID=(?:"([^"]*)"|([^;]*))/i.exec(head);
      return { tzid: tzid ? (tzid[1] ?? tzid[2] ?? null) : null, value: line.slice(i + 1).trim() };
    }
  }
  return { tzid: null, value: "" };
}

const DATE_FORM = /^\d{8}$/;
const DATE_TIME_FORM = /^\d{8}T\d{6}Z?$/i;

/** The line of an event's text with this property name, or null. */
function propertyLine(lines: readonly string[], name: string): string | null {
  const upper = name.length;
  for (const line of lines) {
    if (line.length > upper && line.slice(0, upper).toUpperCase() === name) {
      const next = line.charCodeAt(upper);
      if (next === 0x3a || next === 0x3b) return line;
    }
  }
  return null;
}

/** Widens a span with a date-time value written as iCalendar writes it, if it is one. */
function widen(spans: Spans, value: string, tzid: string | null): void {
  const form = DATE_FORM.test(value)
    ? "date"
    : DATE_TIME_FORM.test(value)
      ? value.toUpperCase().endsWith("Z")
        ? "utc"
        : `tz:${tzid ?? ""}`
      : null;
  if (!form) return;
  const span = spans.get(form);
  if (!span) spans.set(form, { min: value, max: value });
  else {
    // Within one form the values are all YYYYMMDD[THHMMSS[Z]]: text order is time order.
    if (value < span.min) span.min = value;
    if (value > span.max) span.max = value;
  }
}

/**
 * The first pass over one file: its zones, its moved occurrences and its meetings' span, read
 * from the lines alone (no parsing: the second pass parses). Rejects with the stream's error or
 * IcsFormatError.
 */
async function scanFile(file: string, io: CliIo, maxEventChars: number): Promise<FileScan> {
  const scan: FileScan = {
    name: displayName(file),
    timezones: [],
    moved: new Map(),
    oneOff: new Map(),
    seriesStart: new Map(),
    seriesEnd: new Map(),
  };
  for await (const item of readIcs(io.openFile(file), maxEventChars)) {
    if (item.kind === "timezone") {
      scan.timezones.push(item.text);
      continue;
    }
    if (item.kind !== "event") continue;
    const lines = item.text.split("\r\n");
    const movedLine = propertyLine(lines, "RECURRENCE-ID");
    const uid = propertyLine(lines, "UID");
    if (movedLine) {
      if (uid) {
        const key = splitLine(uid).value;
        const list = scan.moved.get(key) ?? [];
        list.push(movedLine);
        scan.moved.set(key, list);
      }
      // A moved occurrence lies within its series' span: it adds nothing to the period.
      continue;
    }
    const startLine = propertyLine(lines, "DTSTART");
    if (!startLine) continue;
    const start = splitLine(startLine);
    const rule = propertyLine(lines, "RRULE");
    if (rule === null && propertyLine(lines, "RDATE") === null) {
      widen(scan.oneOff, start.value, start.tzid);
      continue;
    }
    widen(scan.seriesStart, start.value, start.tzid);
    const until = rule ? /UNTIL=([0-9TZtz]+)/.exec(splitLine(rule).value) : null;
    if (until?.[1]) widen(scan.seriesEnd, until[1], start.tzid);
  }
  return scan;
}

/** A DTSTART value of the scan as an instant, read through ical.js with the file's zones. */
function startInstant(form: string, value: string, zones: FileZones): number | null {
  const tzid = form.startsWith("tz:") ? form.slice(3).replace(/"/g, "") : "";
  const param = form === "date" ? ";VALUE=DATE" : tzid ? `;TZID="${tzid}"` : "";
  // Read as a RECURRENCE-ID: the same date-time property, without the rest of an event.
  return recurrenceInstant(`RECURRENCE-ID${param}:${value}`, zones);
}

/** The instant of one RECURRENCE-ID line in the file's zones; null if it cannot be read. */
function recurrenceInstant(line: string, zones: FileZones): number | null {
  try {
    const component = parseComponent(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    return recurrenceIdOf(component, zones);
  } catch {
    return null;
  }
}

function zonesOf(scan: FileScan, policy: Policy): FileZones {
  const zones = new FileZones(policy.timeZone);
  for (const text of scan.timezones) zones.addTimezone(text);
  return zones;
}

/** The first day at 00:00 in the zone, as an instant. */
function dayStart(day: string, zone: string): number {
  return DateTime.fromISO(day, { zone }).startOf("day").toMillis();
}

/** The earliest and latest instants of some spans, read in the file's zones. */
function extent(
  spans: Spans,
  zones: FileZones,
  into: { first: number | null; last: number | null },
) {
  for (const [form, span] of spans) {
    for (const value of [span.min, span.max]) {
      const ms = startInstant(form, value, zones);
      if (ms === null) continue;
      if (into.first === null || ms < into.first) into.first = ms;
      if (into.last === null || ms > into.last) into.last = ms;
    }
  }
}

/**
 * The period: the options' days; for a bound not given, the files' own span, from the earliest
 * one-off meeting (or, with none, the earliest start of a series) to the latest one-off meeting
 * or end of a series that has one (UNTIL); 90 days from the other bound when that gives none;
 * and the 90 days from today when the files give nothing.
 */
function periodOf(
  command: AnalyzeCommand,
  scans: readonly FileScan[],
  policy: Policy,
  now: Date,
): { range: Range; source: AnalysisReport["period"]["source"] } {
  const zone = policy.timeZone;
  const oneOff = { first: null as number | null, last: null as number | null };
  const series = { first: null as number | null, last: null as number | null };
  const ends = { first: null as number | null, last: null as number | null };
  for (const scan of scans) {
    const zones = zonesOf(scan, policy);
    extent(scan.oneOff, zones, oneOff);
    extent(scan.seriesStart, zones, series);
    extent(scan.seriesEnd, zones, ends);
  }
  const first = oneOff.first ?? series.first;
  const last =
    oneOff.last === null
      ? ends.last
      : ends.last === null
        ? oneOff.last
        : Math.max(oneOff.last, ends.last);

  const fromOption = command.from === undefined ? null : dayStart(command.from, zone);
  const toOption =
    command.to === undefined
      ? null
      : DateTime.fromISO(command.to, { zone }).plus({ days: 1 }).startOf("day").toMillis();
  if (fromOption !== null && toOption !== null) {
    return { range: { fromMs: fromOption, toMs: toOption }, source: "options" };
  }
  const days = (ms: number, n: number) =>
    DateTime.fromMillis(ms, { zone }).plus({ days: n }).toMillis();
  if (first === null && fromOption === null && toOption === null) {
    const today = DateTime.fromJSDate(now, { zone }).startOf("day").toMillis();
    return { range: { fromMs: today, toMs: days(today, DEFAULT_DAYS) }, source: "default" };
  }
  let fromMs =
    fromOption ?? (first !== null && (toOption === null || first < toOption) ? first : null);
  if (fromMs === null) fromMs = days(toOption as number, -DEFAULT_DAYS);
  const toMs =
    toOption ?? (last !== null && last >= fromMs ? last + 1 : days(fromMs, DEFAULT_DAYS));
  return { range: { fromMs, toMs }, source: "files" };
}

/** Counts of subject words, pruned of the rarest when it grows past MAX_WORDS. */
class WordCounts {
  private readonly counts = new Map<string, number>();
  private floor = 0;

  add(subject: string): void {
    for (const match of subject.toLocaleLowerCase("da").matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
      const word = match[0];
      if (word.length < 2 || STOP_WORDS.has(word)) continue;
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
    if (this.counts.size > MAX_WORDS) this.prune();
  }

  private prune(): void {
    while (this.counts.size > MAX_WORDS / 2) {
      this.floor++;
      for (const [word, count] of this.counts) if (count <= this.floor) this.counts.delete(word);
    }
  }

  top(n: number): { word: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n)
      .map(([word, count]) => ({ word, count }));
  }
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Everything counted while the files are read. */
class Tally {
  readonly report: AnalysisReport;
  readonly words = new WordCounts();
  private readonly findings = new Map<string, AnalysisReport["personalData"]["listed"][number]>();
  private readonly zones = new Map<string, number>();

  constructor(policy: Policy, period: AnalysisReport["period"]) {
    this.report = {
      policy: { name: policy.name, revision: policy.revision },
      period,
      files: [],
      events: 0,
      series: 0,
      meetings: 0,
      cancelled: 0,
      duplicates: 0,
      truncatedSeries: 0,
      skipped: { count: 0, reasons: {}, examples: [] },
      unknownTimeZones: [],
      recommendations: zeroCounts(RECOMMENDATIONS),
      purposes: zeroCounts(PURPOSES),
      videoSavings: {
        meetings: 0,
        minutes: 0,
        hours: 0,
        km: 0,
        inviteesWithUnknownSite: 0,
        meetingsWithoutSite: 0,
      },
      unknownPurpose: { meetings: 0, words: [] },
      personalData: { meetings: 0, findings: 0, listed: [], notListed: 0 },
    };
  }

  skip(file: string, line: number, reason: SkipReason, detail: string): void {
    const skipped = this.report.skipped;
    skipped.count++;
    const before = skipped.reasons[reason] ?? 0;
    skipped.reasons[reason] = before + 1;
    if (before < MAX_SKIP_EXAMPLES) {
      // ical.js quotes the value it refused: it may hold a CPR number or a control character.
      skipped.examples.push({ file, line, reason, detail: inlineText(maskCprNumbers(detail)) });
    }
  }

  unknownZone(tzid: string): void {
    const count = this.zones.get(tzid);
    if (count !== undefined) this.zones.set(tzid, count + 1);
    else if (this.zones.size < MAX_UNKNOWN_ZONES) this.zones.set(tzid, 1);
  }

  meeting(
    draft: Parameters<typeof advise>[0],
    advice: ReturnType<typeof advise>,
    where: { file: string; line: number },
  ): void {
    const r = this.report;
    r.meetings++;
    r.recommendations[advice.recommendation]++;
    r.purposes[advice.purpose]++;
    if (advice.recommendation === "virtual") {
      const savings = r.videoSavings;
      savings.meetings++;
      if (advice.travel) {
        savings.minutes += advice.travel.minutesSaved;
        savings.km += advice.travel.kmSaved;
        savings.inviteesWithUnknownSite += advice.travel.attendeesUnknown;
      } else {
        savings.meetingsWithoutSite++;
      }
    }
    if (advice.purpose === "unknown") {
      r.unknownPurpose.meetings++;
      this.words.add(draft.subject);
    }
    if (advice.personalData.length > 0) {
      r.personalData.meetings++;
      for (const finding of advice.personalData) {
        r.personalData.findings++;
        const key = `${where.file}\u0000${where.line}\u0000${finding.field}\u0000${finding.masked}`;
        const listed = this.findings.get(key);
        if (listed) listed.occurrences++;
        else if (this.findings.size < MAX_FINDINGS_LISTED) {
          this.findings.set(key, {
            file: where.file,
            line: where.line,
            start: draft.start,
            subject: displaySubject(draft.subject),
            field: finding.field,
            masked: maskCprNumbers(finding.masked),
            context: finding.context,
            occurrences: 1,
          });
        } else r.personalData.notListed++;
      }
    }
  }

  finish(): AnalysisReport {
    const r = this.report;
    r.videoSavings.hours = Math.round(r.videoSavings.minutes / 6) / 10;
    r.unknownPurpose.words = this.words.top(TOP_WORDS);
    r.personalData.listed = [...this.findings.values()];
    r.unknownTimeZones = [...this.zones].map(([tzid, events]) => ({
      tzid: inlineText(maskCprNumbers(tzid)),
      events,
    }));
    return r;
  }
}

/**
 * People's sites and units from a CSV file: `email,site[,unit]` a line (or `;` between fields,
 * as Danish spreadsheets write it), an optional header line, `#` comments. Every site must name
 * one of the policy's sites, so that a typo is found now rather than counted as no travel.
 */
async function loadPeople(
  file: string,
  io: CliIo,
  policy: Policy,
): Promise<Outcome<PeopleDirectory>> {
  const name = displayName(file);
  let text: string;
  try {
    const read = await readCapped(io.openFile(file), io.maxInputBytes);
    if (!read.ok) return failure(adminMessage("tooLarge", { file: name, limit: "64 MB" }));
    text = Buffer.from(read.bytes)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  } catch (error) {
    return failure(readProblem(file, error));
  }
  const people = new Map<string, PersonInfo>();
  const issues: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const fields = line.split(line.includes(";") ? ";" : ",").map((f) =>
      f
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim(),
    );
    const [email = "", site = "", unit = ""] = fields;
    if (index === 0 && email.toLowerCase() === "email") return;
    const problem = !email.includes("@")
      ? `${JSON.stringify(maskCprNumbers(email).slice(0, 80))} is not an e-mail address`
      : site !== "" && !siteInText(policy, site)
        ? `${JSON.stringify(site.slice(0, 80))} is not one of the policy's sites`
        : null;
    if (problem) {
      issues.push(adminMessage("peopleIssue", { file: name, line: index + 1, message: problem }));
      return;
    }
    people.set(email.toLowerCase(), {
      ...(site ? { site } : {}),
      ...(unit ? { unit } : {}),
    });
  });
  if (issues.length > 0) {
    return failure(
      ...issues.slice(0, 50),
      adminMessage("peopleInvalid", { file: name, count: issues.length }),
    );
  }
  return success(people);
}

function readProblem(file: string, error: unknown): string {
  const name = displayName(file);
  if (error instanceof IcsFormatError) {
    return adminMessage("notCalendar", { file: name, problem: error.message });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return adminMessage("noSuchFile", { file: name });
  if (code === "EISDIR") return adminMessage("isDirectory", { file: name });
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return adminMessage("calendarUnreadable", { file: name, reason });
}

export interface AnalyzeSettings {
  /** Today, for the default period. */
  now: Date;
  /** The most text one event may have (MAX_EVENT_CHARS unless a test sets less). */
  maxEventChars?: number;
}

/**
 * Analyses the calendars. A file that cannot be read or is not iCalendar stops the run before
 * anything is printed (exit 2); an event that cannot be read is skipped and counted.
 */
export async function analyzeCalendars(
  command: AnalyzeCommand,
  policy: Policy,
  io: CliIo,
  settings: AnalyzeSettings,
): Promise<Outcome<AnalysisReport>> {
  const maxEventChars = settings.maxEventChars ?? MAX_EVENT_CHARS;
  let people: PeopleDirectory | undefined;
  if (command.peopleFile !== undefined) {
    const loaded = await loadPeople(command.peopleFile, io, policy);
    if (!loaded.ok) return loaded;
    people = loaded.value;
  }
  const scans: FileScan[] = [];
  for (const file of command.files) {
    try {
      scans.push(await scanFile(file, io, maxEventChars));
    } catch (error) {
      return failure(readProblem(file, error));
    }
  }
  const period = periodOf(command, scans, policy, settings.now);
  const tally = new Tally(policy, {
    from: isoAt(period.range.fromMs, { kind: "iana", zone: policy.timeZone }),
    to: isoAt(period.range.toMs, { kind: "iana", zone: policy.timeZone }),
    source: period.source,
  });
  // The same meeting exported from several people's calendars is counted once.
  const seen = command.files.length > 1 ? new Set<string>() : null;
  const locale = command.locale;

  for (const [index, file] of command.files.entries()) {
    const scan = scans[index] as FileScan;
    const zones = zonesOf(scan, policy);
    const moved = new Map<string, Set<number>>();
    for (const [uid, lines] of scan.moved) {
      const instants = new Set<number>();
      for (const line of lines) {
        const ms = recurrenceInstant(line, zones);
        if (ms !== null) instants.add(ms);
      }
      moved.set(uid, instants);
    }
    const counts = { file: scan.name, events: 0, skipped: 0 };
    try {
      for await (const item of readIcs(io.openFile(file), maxEventChars)) {
        if (item.kind === "timezone") continue;
        counts.events++;
        tally.report.events++;
        if (item.kind === "broken") {
          counts.skipped++;
          const limit = `${Math.round(maxEventChars / 1024)} KB`;
          tally.skip(
            scan.name,
            item.line,
            item.problem,
            item.problem === "too-large" ? `larger than ${limit}` : "no END:VEVENT",
          );
          continue;
        }
        const reading = readEvent(item.text, zones, people);
        if (!reading.ok) {
          counts.skipped++;
          tally.skip(scan.name, item.line, reading.problem, reading.detail);
          continue;
        }
        const event = reading.event;
        for (const tzid of event.unknownZones) tally.unknownZone(tzid);
        if (event.recurring) tally.report.series++;
        if (event.cancelled) {
          tally.report.cancelled++;
          continue;
        }
        const excluded = event.uid === null ? undefined : moved.get(event.uid);
        const occurrences = event.occurrences(period.range, excluded, () => {
          tally.report.truncatedSeries++;
        });
        for (const { draft, startMs } of occurrences) {
          if (seen && event.uid !== null) {
            const key = `${event.uid}\u0000${startMs}`;
            if (seen.has(key)) {
              tally.report.duplicates++;
              continue;
            }
            seen.add(key);
          }
          const advice = advise(draft, { policy, locale });
          tally.meeting(draft, advice, { file: scan.name, line: item.line });
        }
      }
    } catch (error) {
      // The file changed or vanished between the passes.
      return failure(readProblem(file, error));
    }
    tally.report.files.push(counts);
  }
  return success(tally.finish());
}

/** The report as JSON text (stable: see the README's command-line section). */
export function reportJson(report: AnalysisReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const percent = (count: number, total: number) =>
  total === 0 ? 0 : Math.round((count / total) * 100);

/** The report for people, in Danish or English. */
export function reportText(report: AnalysisReport, policy: Policy, locale: Locale): string {
  const t = translator(cliMessages, locale);
  const tag = locale === "da" ? "da-DK" : "en-GB";
  const zone = policy.timeZone;
  const n = (value: number) => formatInteger(value, locale);
  const day = (ms: number) =>
    DateTime.fromMillis(ms, { zone }).setLocale(tag).toLocaleString(DateTime.DATE_MED);
  const fromMs = DateTime.fromISO(report.period.from).toMillis();
  const toMs = DateTime.fromISO(report.period.to).toMillis();
  const files =
    report.files.length === 1
      ? t("analyzeFilesOne")
      : t("analyzeFilesMany", { count: report.files.length });
  const lines: string[] = [
    t("analyzeHeading", { files }),
    t("analyzePolicy", {
      name: inlineText(report.policy.name),
      revision: inlineText(report.policy.revision),
    }),
    t("analyzePeriod", { from: day(fromMs), to: day(Math.max(fromMs, toMs - 1)) }),
  ];
  if (report.period.source === "files") lines.push(t("analyzePeriodFile"));
  if (report.period.source === "default") lines.push(t("analyzePeriodDefault"));
  lines.push(
    t("analyzeMeetings", {
      meetings: n(report.meetings),
      events: n(report.events),
      series: n(report.series),
    }),
  );
  if (report.cancelled > 0) lines.push(t("analyzeCancelled", { count: n(report.cancelled) }));
  if (report.duplicates > 0) lines.push(t("analyzeDuplicates", { count: n(report.duplicates) }));
  if (report.truncatedSeries > 0) {
    lines.push(
      t("analyzeTruncated", { max: n(MAX_SERIES_STEPS), count: n(report.truncatedSeries) }),
    );
  }
  if (report.unknownTimeZones.length > 0) {
    const zones = report.unknownTimeZones.map((z) => `"${z.tzid}" (${n(z.events)})`).join(", ");
    lines.push(t("analyzeUnknownZones", { zone, zones }));
  }
  if (report.skipped.count > 0) {
    lines.push(t("analyzeSkipped", { count: n(report.skipped.count) }));
    for (const reason of SKIP_REASONS) {
      const count = report.skipped.reasons[reason];
      if (!count) continue;
      const limit = `${Math.round(MAX_EVENT_CHARS / (1024 * 1024))} MB`;
      lines.push(
        t("analyzeSkippedItem", {
          count: n(count),
          reason: t(SKIP_REASON_MESSAGE[reason], { limit }),
        }),
      );
      for (const example of report.skipped.examples.filter((e) => e.reason === reason)) {
        lines.push(
          t("analyzeSkippedExample", {
            file: example.file,
            line: example.line,
            detail: example.detail,
          }),
        );
      }
    }
  }

  const total = report.meetings;
  lines.push("", t("analyzeByRecommendation"));
  for (const r of RECOMMENDATIONS) {
    const count = report.recommendations[r];
    const label = recommendationLabel(r, locale, policy.meetingLink.name);
    lines.push(t("analyzeCountLine", { label, count: n(count), percent: percent(count, total) }));
  }
  lines.push("", t("analyzeByPurpose"));
  const purposes = [...PURPOSES].sort((a, b) => report.purposes[b] - report.purposes[a]);
  for (const p of purposes) {
    const count = report.purposes[p];
    if (count === 0) continue;
    lines.push(
      t("analyzeCountLine", {
        label: purposeLabel(p, locale),
        count: n(count),
        percent: percent(count, total),
      }),
    );
  }

  const savings = report.videoSavings;
  lines.push("", t("analyzeSavingsHeading", { meetings: n(savings.meetings) }));
  lines.push(
    t("analyzeSavings", {
      duration: formatDuration(savings.minutes, locale),
      distance: formatKm(savings.km, locale),
    }),
  );
  if (savings.inviteesWithUnknownSite > 0) {
    lines.push(t("analyzeSavingsUnknown", { count: n(savings.inviteesWithUnknownSite) }));
  }
  if (savings.meetingsWithoutSite > 0) {
    lines.push(t("analyzeSavingsNoSite", { count: n(savings.meetingsWithoutSite) }));
  }

  lines.push("");
  const unknown = report.unknownPurpose;
  if (unknown.meetings === 0) lines.push(t("analyzeUnknownNone"));
  else {
    lines.push(t("analyzeUnknownHeading", { count: n(unknown.meetings) }));
    for (const { word, count } of unknown.words)
      lines.push(t("analyzeUnknownWord", { word: inlineText(word), count: n(count) }));
  }

  lines.push("");
  const personal = report.personalData;
  if (personal.findings === 0) lines.push(t("analyzePersonalNone"));
  else {
    lines.push(
      t("analyzePersonalHeading", {
        findings: n(personal.findings),
        meetings: n(personal.meetings),
      }),
    );
    for (const item of personal.listed) {
      lines.push(
        t("analyzePersonalItem", {
          masked: item.masked,
          field: t(PERSONAL_DATA_FIELD[item.field]),
          subject: item.subject,
          when: DateTime.fromISO(item.start, { setZone: true })
            .setLocale(tag)
            .toLocaleString(DateTime.DATETIME_MED),
          file: item.file,
          line: item.line,
          times:
            item.occurrences > 1 ? t("analyzePersonalTimes", { count: n(item.occurrences) }) : "",
        }),
      );
    }
    if (personal.notListed > 0)
      lines.push(t("analyzePersonalMore", { count: n(personal.notListed) }));
  }
  // Every line may quote input (a subject, a file name): the command line also masks CPR numbers
  // and escapes control characters in the whole text.
  return `${lines.join("\n")}\n`;
}
