/**
 * A local stand-in for the part of Microsoft Graph the Kolleger view uses, for the preview page,
 * the browser tests and the benchmark: a deterministic directory of about 150 colleagues across
 * the policy's sites, realistic calendars for any date, and answers to getSchedule, /users $search,
 * /users/{id} and $batch in the response shapes Microsoft documents. The preview serves it over
 * HTTP through msw's service worker (graphHandler.ts, `answerHttp`); the unit tests and the
 * benchmark hand its `fetch`-like function to the real Graph client. Never the network.
 *
 * Deterministic: every person and every calendar day is drawn from a PRNG seeded by the person and
 * the date, so the same question always gets the same answer. One colleague is fixed for the
 * browser test: Birgitte Holm works every day 08:00–16:00 (Copenhagen) and is busy 08:00–11:00;
 * and the preview scenarios' other people are in it, with office locations at their sites.
 *
 * Faults can be switched on (429 with Retry-After, per-schedule errors, expired tokens, 403,
 * offline) to see and test how the view copes.
 */
import { DateTime } from "luxon";
import { zoneFromName } from "../availability/zones";
import type { FetchLike, HttpRequestInit, HttpResponseLike, TokenProvider } from "../graph/client";
import type { Site } from "../policy/types";

/** The address domain of the fake directory. */
export const FAKE_DOMAIN = "regionsjaelland.dk";
/** The fixed colleague of the browser test. */
export const BIRGITTE_HOLM = `birgitte.holm@${FAKE_DOMAIN}`;
/**
 * The preview scenarios' people (src/preview/scenarios.ts) besides Birgitte Holm, fixed so that the
 * meeting view finds their sites: name, address and an office location naming a site of the
 * default policy. Added after the drawn colleagues, so that those stay as they were.
 */
export const SCENARIO_PEOPLE = [
  { displayName: "Anders Nielsen", local: "anders.nielsen", officeLocation: "SUH Køge, Akutmodtagelsen", jobTitle: "Overlæge" },
  { displayName: "Carsten Lund", local: "carsten.lund", officeLocation: "Holbæk Sygehus, Medicinsk afd.", jobTitle: "IT-konsulent" },
  { displayName: "Mette Hansen", local: "mette.hansen", officeLocation: "Regionshuset, Alléen 15, Sekretariatet", jobTitle: "Specialkonsulent" },
] as const; // prettier-ignore
/** The fake's own zone: the region's, in which its calendars are laid out. */
const HOME_ZONE = "Europe/Copenhagen";
const GRAPH_BASE = "https://graph.microsoft.com/v1.0";

/** Switchable failures. Change them on `fake.faults` at any time. */
export interface FakeGraphFaults {
  /** The next `requests` HTTP requests answer 429 with Retry-After `retryAfterSeconds`. */
  throttle?: { requests: number; retryAfterSeconds: number };
  /** Addresses whose scheduleInformation carries an `error` (the others are answered). */
  scheduleErrors?: string[];
  /** Tokens that Graph calls expired (401 InvalidAuthenticationToken); the first token by default none. */
  expiredTokens?: string[];
  /** Every request is refused with 403 ErrorAccessDenied (consent missing). */
  forbidden?: boolean;
  /** fetch rejects with a TypeError, as a browser does without a network. */
  offline?: boolean;
}

export interface FakeGraphOptions {
  /** The policy's sites: officeLocation strings are written from their names and aliases. */
  sites: readonly Pick<Site, "name" | "aliases">[];
  /** Milliseconds each answer takes (0 in tests; a little in the preview, to look real). */
  latencyMs?: number;
  /** Varies the directory; the default gives the documented one (Birgitte Holm and ~150 others). */
  seed?: number;
  faults?: FakeGraphFaults;
}

/** A person of the fake directory, with what Graph's user resource would say. */
export interface FakePerson {
  id: string;
  displayName: string;
  mail: string;
  jobTitle: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  /** Their working hours as Graph's workingHours says them. */
  workingHours: {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    timeZone: { name: string };
  };
}

/** One request as the fake saw it, for tests and the benchmark. */
export interface FakeRequest {
  method: string;
  path: string;
  status: number;
  /** getSchedule: how many schedules it asked for; $batch: how many requests. */
  size?: number;
}

export interface FakeGraph {
  fetch: FetchLike;
  /**
   * The same answers for a request interceptor: status, headers and body text. Rejects with a
   * TypeError when the fake is offline, as fetch does.
   */
  answerHttp(url: string, init: HttpRequestInit): Promise<WireAnswer>;
  /** Tokens "fake-token-1", "fake-token-2", …: a new one on each forced refresh. */
  tokens: TokenProvider;
  directory: readonly FakePerson[];
  faults: FakeGraphFaults;
  requests: FakeRequest[];
  /** The most requests the fake was answering at once. */
  readonly peakInFlight: number;
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to seed a PRNG from a person and a date. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const FIRST_NAMES = [
  "Anne", "Mette", "Hanne", "Susanne", "Lene", "Karen", "Marianne", "Pia", "Camilla", "Louise",
  "Ida", "Sofie", "Maja", "Emma", "Signe", "Tove", "Inger", "Lise", "Jette", "Charlotte",
  "Peter", "Jens", "Lars", "Søren", "Henrik", "Thomas", "Mads", "Rasmus", "Mikkel", "Anders",
  "Niels", "Jesper", "Morten", "Kasper", "Christian", "Frederik", "Jørgen", "Ole", "Bo", "Asger",
]; // prettier-ignore
const LAST_NAMES = [
  "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
  "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lund", "Holm", "Schmidt",
  "Eriksen", "Kjær", "Bach", "Dahl", "Frandsen", "Skov", "Vestergaard", "Bertelsen", "Østergaard",
]; // prettier-ignore
const JOB_TITLES = [
  "Sygeplejerske", "Social- og sundhedsassistent", "Overlæge", "Afdelingslæge", "Reservelæge",
  "Lægesekretær", "Fysioterapeut", "Ergoterapeut", "Bioanalytiker", "Radiograf", "Jordemoder",
  "Afdelingssygeplejerske", "Ledende overlæge", "Sekretær", "Specialkonsulent", "Fuldmægtig",
  "IT-konsulent", "Økonomikonsulent", "HR-partner", "Portør", "Psykolog", "Klinisk diætist",
]; // prettier-ignore
const UNITS = [
  "afsnit B4", "Akutmodtagelsen", "Medicinsk afd.", "Kirurgisk afd.", "Ortopædkirurgi",
  "Røntgen", "Klinisk Biokemi", "Børneafdelingen", "Sekretariatet", "Ambulatoriet",
]; // prettier-ignore
/** Office locations that match no site: the view says these colleagues' sites are unknown. */
const UNMATCHED_LOCATIONS = ["Hjemmearbejde", "Udstationeret, København", "Mobilt team", "Ukendt"];

/** æ, ø, å as an address writes them. */
function asciiName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];
const EVERY_DAY = [...WEEKDAYS, "saturday", "sunday"];

/** A deterministic GUID-shaped id from a text. */
function idFor(text: string): string {
  const r = prng(hash(text));
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
}

/** The directory: Birgitte Holm, about 150 others drawn from Danish names, and the scenarios' people. */
export function fakeDirectory(
  sites: readonly Pick<Site, "name" | "aliases">[],
  seed = 11,
): FakePerson[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const phone = () =>
    `+45 ${Math.floor(50 + random() * 10)} ${String(Math.floor(random() * 100)).padStart(2, "0")} ${String(Math.floor(random() * 100)).padStart(2, "0")} ${String(Math.floor(random() * 100)).padStart(2, "0")}`;
  const mobile = () =>
    `+45 ${Math.floor(20 + random() * 10)} ${String(Math.floor(random() * 100)).padStart(2, "0")} ${String(Math.floor(random() * 100)).padStart(2, "0")} ${String(Math.floor(random() * 100)).padStart(2, "0")}`;
  const siteLocation = () => {
    const site = pick(sites);
    const names = [site.name, ...site.aliases.filter((a) => !/^\d+$/.test(a))];
    return `${pick(names)}, ${pick(UNITS)}`;
  };
  const people: FakePerson[] = [
    {
      id: idFor(BIRGITTE_HOLM),
      displayName: "Birgitte Holm",
      mail: BIRGITTE_HOLM,
      jobTitle: "Afdelingssygeplejerske",
      officeLocation: `${sites.find((s) => s.name === "Køge")?.aliases[0] ?? sites[0]?.name ?? "Køge"}, afsnit B4`,
      businessPhones: ["+45 56 31 20 00"],
      mobilePhone: null,
      workingHours: {
        daysOfWeek: EVERY_DAY,
        startTime: "08:00:00.0000000",
        endTime: "16:00:00.0000000",
        timeZone: { name: "Romance Standard Time" },
      },
    },
  ];
  const taken = new Set([BIRGITTE_HOLM]);
  while (people.length < 151) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    let local = `${asciiName(first)}.${asciiName(last)}`;
    for (let n = 2; taken.has(`${local}@${FAKE_DOMAIN}`); n++) {
      local = `${asciiName(first)}.${asciiName(last)}${n}`;
    }
    const mail = `${local}@${FAKE_DOMAIN}`;
    taken.add(mail);
    const index = people.length;
    const hours = pick([
      ["08:00", "16:00"],
      ["08:00", "16:00"],
      ["07:00", "15:00"],
      ["08:30", "16:30"],
      ["09:00", "17:00"],
      ["07:30", "15:30"],
    ] as const);
    const shifts = random() < 0.15; // ward staff who also work weekends
    const zoneName =
      index % 50 === 7
        ? "GMT Standard Time"
        : index % 50 === 23
          ? "W. Europe Standard Time"
          : "Romance Standard Time";
    const location = random() < 0.1 ? pick(UNMATCHED_LOCATIONS) : siteLocation();
    people.push({
      id: idFor(mail),
      displayName: `${first} ${last}`,
      mail,
      jobTitle: random() < 0.95 ? pick(JOB_TITLES) : null,
      officeLocation: random() < 0.03 ? null : location,
      businessPhones: random() < 0.85 ? [phone()] : [],
      mobilePhone: random() < 0.5 ? mobile() : null,
      workingHours: {
        daysOfWeek: shifts ? EVERY_DAY : WEEKDAYS,
        startTime: `${hours[0]}:00.0000000`,
        endTime: `${hours[1]}:00.0000000`,
        timeZone: { name: zoneName },
      },
    });
  }
  for (const person of SCENARIO_PEOPLE) {
    const mail = `${person.local}@${FAKE_DOMAIN}`;
    if (taken.has(mail)) continue;
    taken.add(mail);
    people.push({
      id: idFor(mail),
      displayName: person.displayName,
      mail,
      jobTitle: person.jobTitle,
      officeLocation: person.officeLocation,
      businessPhones: ["+45 57 87 50 00"],
      mobilePhone: null,
      workingHours: {
        daysOfWeek: WEEKDAYS,
        startTime: "08:00:00.0000000",
        endTime: "16:00:00.0000000",
        timeZone: { name: "Romance Standard Time" },
      },
    });
  }
  return people;
}

/** One calendar item, as the fake keeps it before it answers: instants in ms, Graph's status. */
export interface FakeItem {
  start: number;
  end: number;
  status: "free" | "tentative" | "busy" | "oof" | "workingElsewhere";
  subject?: string;
  location?: string;
}

const SUBJECTS = [
  "Tavlemøde",
  "Stuegang",
  "Afdelingsmøde",
  "Undervisning",
  "MDT-konference",
  "1:1",
];

/**
 * One person's calendar on one date (in Copenhagen days): drawn from a PRNG seeded by the person
 * and the date. Out of office some days, working elsewhere others, meetings, sometimes lunch.
 * Some items carry subject and location, as Graph sends them when sharing allows.
 */
export function fakeCalendarDay(person: FakePerson, date: string): FakeItem[] {
  // Laid out in the person's own working-hours zone, so that meetings fall in their working day.
  const zone = zoneFromName(person.workingHours.timeZone.name)?.name ?? HOME_ZONE;
  const day = DateTime.fromISO(date, { zone }).startOf("day");
  // Wall-clock times of the day (on DST days, 11:00 is not 660 minutes after midnight).
  const at = (minutes: number) =>
    day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  if (person.mail === BIRGITTE_HOLM) {
    return [
      {
        start: at(8 * 60),
        end: at(11 * 60),
        status: "busy",
        subject: "Stuegang",
        location: "Afsnit B4",
      },
    ];
  }
  const weekday = EVERY_DAY[day.weekday - 1] as string;
  if (!person.workingHours.daysOfWeek.includes(weekday)) return [];
  const random = prng(hash(`${person.mail} ${date}`));
  const startMinutes = toMinutes(person.workingHours.startTime);
  const endMinutes = toMinutes(person.workingHours.endTime);
  const roll = random();
  if (roll < 0.05)
    return [{ start: day.toMillis(), end: day.plus({ days: 1 }).toMillis(), status: "oof" }];
  const items: FakeItem[] = [];
  if (roll < 0.13)
    items.push({ start: at(startMinutes), end: at(endMinutes), status: "workingElsewhere" });
  const meetings = 1 + Math.floor(random() * 5);
  for (let i = 0; i < meetings; i++) {
    const length = [30, 30, 45, 60, 60, 90][Math.floor(random() * 6)] as number;
    const slots = Math.max(1, Math.floor((endMinutes - startMinutes - length) / 15));
    const start = startMinutes + 15 * Math.floor(random() * slots);
    const item: FakeItem = {
      start: at(start),
      end: at(start + length),
      status: random() < 0.15 ? "tentative" : "busy",
    };
    if (random() < 0.3) {
      item.subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)] as string;
      item.location = "Mødelokale 2";
    }
    items.push(item);
  }
  if (random() < 0.4) items.push({ start: at(11 * 60 + 30), end: at(12 * 60), status: "busy" });
  return items.sort((a, b) => a.start - b.start);
}

function toMinutes(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/** An answer as the client reads it, with its body kept for $batch, which nests answers. */
interface FakeAnswer extends HttpResponseLike {
  readonly body: unknown;
  /** The body as sent on the wire. */
  readonly text: string;
  /** The headers as sent on the wire (lower-case names). */
  readonly headerRecord: Readonly<Record<string, string>>;
}

/** An answer as it goes over HTTP: what a request interceptor (msw) sends back. */
export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A JSON answer. The client gets its own copy of the body (as from the wire). */
function answer(status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer {
  const all = new Map(
    Object.entries({ "content-type": "application/json", ...headers }).map(([k, v]) => [
      k.toLowerCase(),
      v,
    ]),
  );
  const text = JSON.stringify(body);
  return {
    status,
    body,
    text,
    headerRecord: Object.fromEntries(all),
    headers: { get: (name: string) => all.get(name.toLowerCase()) ?? null },
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  };
}

function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
) {
  return answer(status, { error: { code, message } }, headers);
}

const STRENGTH = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 } as const;
/** availabilityView's digits. Working elsewhere is written 0, as Graph's resource page says it does. */
const DIGIT = { free: "0", workingElsewhere: "0", tentative: "1", busy: "2", oof: "3" } as const;

/** A Graph dateTime in a zone: "2027-03-01T07:00:00.0000000". */
function graphDateTime(ms: number, zone: string): string {
  return `${DateTime.fromMillis(ms, { zone }).toFormat("yyyy-LL-dd'T'HH:mm:ss")}.0000000`;
}

/** Creates the fake. Each fake has its own directory, tokens, faults and request log. */
export function createFakeGraph(options: FakeGraphOptions): FakeGraph {
  const directory = fakeDirectory(options.sites, options.seed);
  const byMail = new Map(directory.map((p) => [p.mail.toLowerCase(), p]));
  const byId = new Map(directory.map((p) => [p.id, p]));
  const faults: FakeGraphFaults = options.faults ?? {};
  const requests: FakeRequest[] = [];
  let issued = 0;
  let inFlight = 0;
  let peak = 0;

  const tokens: TokenProvider = {
    getToken: (tokenOptions) => {
      if (issued === 0 || tokenOptions?.forceRefresh) issued++;
      return Promise.resolve(`fake-token-${issued}`);
    },
  };

  function schedule(body: unknown, prefer: string | null): FakeAnswer {
    const request = body as {
      schedules?: unknown;
      startTime?: { dateTime?: string; timeZone?: string };
      endTime?: { dateTime?: string; timeZone?: string };
      availabilityViewInterval?: number;
    };
    const schedules = Array.isArray(request.schedules) ? request.schedules.map(String) : [];
    const instant = (value?: { dateTime?: string; timeZone?: string }) => {
      const zone = zoneFromName(value?.timeZone ?? "UTC");
      return zone && value?.dateTime ? DateTime.fromISO(value.dateTime, { zone }) : null;
    };
    const start = instant(request.startTime);
    const end = instant(request.endTime);
    const interval = request.availabilityViewInterval ?? 30;
    if (schedules.length === 0 || !start?.isValid || !end?.isValid || end <= start) {
      return graphError(400, "ErrorInvalidParameter", "The request is not valid.");
    }
    if (schedules.length > 20) {
      // Graph documents 20 schedules a request; the fake holds the client to it.
      return graphError(400, "ErrorInvalidParameter", "Too many schedules in one request.");
    }
    if (end.diff(start, "days").days >= 62 || interval < 5 || interval > 1440) {
      return graphError(400, "ErrorInvalidParameter", "The time window or interval is not valid.");
    }
    const preferred = /outlook\.timezone="([^"]+)"/i.exec(prefer ?? "")?.[1];
    const outZoneName = preferred && zoneFromName(preferred) ? preferred : "UTC";
    const outZone = zoneFromName(outZoneName)?.name ?? "UTC";
    const from = start.toMillis();
    const to = end.toMillis();
    const value = schedules.map((scheduleId) => {
      const person = byMail.get(scheduleId.toLowerCase());
      if (
        !person ||
        faults.scheduleErrors?.some((e) => e.toLowerCase() === scheduleId.toLowerCase())
      ) {
        return {
          scheduleId,
          availabilityView: "",
          scheduleItems: [],
          error: person
            ? {
                message: "Free/busy information could not be retrieved.",
                responseCode: "ErrorFreeBusyGenerationFailed",
              }
            : {
                message: "The user couldn't be found.",
                responseCode: "ErrorMailRecipientNotFound",
              },
        };
      }
      const items: FakeItem[] = [];
      for (
        let day = DateTime.fromMillis(from, { zone: HOME_ZONE }).startOf("day").minus({ days: 1 });
        day.toMillis() < to;
        day = day.plus({ days: 1 })
      ) {
        for (const item of fakeCalendarDay(person, day.toISODate() as string)) {
          if (item.end > from && item.start < to) items.push(item);
        }
      }
      let view = "";
      for (let slot = from; slot < to; slot += interval * 60_000) {
        const slotEnd = Math.min(to, slot + interval * 60_000);
        let strongest: FakeItem["status"] = "free";
        for (const item of items) {
          if (
            item.start < slotEnd &&
            item.end > slot &&
            STRENGTH[item.status] > STRENGTH[strongest]
          ) {
            strongest = item.status;
          }
        }
        view += DIGIT[strongest];
      }
      return {
        scheduleId,
        availabilityView: view,
        scheduleItems: items.map((item) => ({
          isPrivate: false,
          status: item.status,
          ...(item.subject ? { subject: item.subject } : {}),
          ...(item.location ? { location: item.location } : {}),
          start: { dateTime: graphDateTime(item.start, outZone), timeZone: outZoneName },
          end: { dateTime: graphDateTime(item.end, outZone), timeZone: outZoneName },
        })),
        workingHours: person.workingHours,
      };
    });
    return answer(200, {
      "@odata.context": `${GRAPH_BASE}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
      value,
    });
  }

  /** A person's selected fields, as /users answers them. */
  function project(person: FakePerson, select: string[] | null): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: person.id,
      displayName: person.displayName,
      mail: person.mail,
      jobTitle: person.jobTitle,
      officeLocation: person.officeLocation,
      businessPhones: person.businessPhones,
      mobilePhone: person.mobilePhone,
      userPrincipalName: person.mail,
    };
    if (!select) return full;
    return Object.fromEntries(select.filter((f) => f in full).map((f) => [f, full[f]]));
  }

  /** GET /users?$search=… and GET /users/{id | mail}?$select=… */
  function users(url: URL, headers: Record<string, string>): FakeAnswer {
    const select =
      url.searchParams
        .get("$select")
        ?.split(",")
        .map((s) => s.trim()) ?? null;
    const context = `${GRAPH_BASE}/$metadata#users${select ? `(${select.join(",")})` : ""}`;
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ""));
    const single = /^\/users\/(.+)$/.exec(path);
    if (single) {
      const key = single[1] as string;
      const person = byId.get(key) ?? byMail.get(key.toLowerCase());
      if (!person) {
        return graphError(
          404,
          "Request_ResourceNotFound",
          `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
        );
      }
      return answer(200, { "@odata.context": `${context}/$entity`, ...project(person, select) });
    }
    const search = url.searchParams.get("$search");
    let people: FakePerson[] = [...directory];
    if (search !== null) {
      const consistency = Object.entries(headers).find(
        ([k]) => k.toLowerCase() === "consistencylevel",
      );
      if (consistency?.[1] !== "eventual") {
        return graphError(
          400,
          "Request_UnsupportedQuery",
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        );
      }
      const clauses = [...search.matchAll(/"(\w+):([^"]*)"/g)].map((m) => ({
        field: m[1] as string,
        text: (m[2] as string).toLowerCase(),
      }));
      const any = /\bOR\b/.test(search);
      const matches = (person: FakePerson, clause: { field: string; text: string }) => {
        const value = String(project(person, null)[clause.field] ?? "").toLowerCase();
        return value.split(/[\s\-.@]+/).some((word) => word.startsWith(clause.text));
      };
      people = people.filter((p) =>
        any ? clauses.some((c) => matches(p, c)) : clauses.every((c) => matches(p, c)),
      );
    }
    const top = Math.min(999, Number(url.searchParams.get("$top") ?? 100) || 100);
    return answer(200, {
      "@odata.context": context,
      value: people.slice(0, top).map((p) => project(p, select)),
    });
  }

  function route(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: unknown,
  ): FakeAnswer {
    const path = url.pathname.replace(/^\/v1\.0/, "");
    if (method === "POST" && /^\/me\/calendar\/getschedule$/i.test(path)) {
      const prefer =
        Object.entries(headers).find(([k]) => k.toLowerCase() === "prefer")?.[1] ?? null;
      return schedule(body, prefer);
    }
    if (method === "GET" && /^\/users(\/|$)/.test(path)) return users(url, headers);
    if (method === "POST" && path === "/$batch") {
      const list = (body as { requests?: unknown })?.requests;
      if (!Array.isArray(list) || list.length === 0 || list.length > 20) {
        return graphError(400, "BadRequest", "A batch holds 1 to 20 requests.");
      }
      return answer(200, {
        responses: list.map(
          (inner: {
            id?: string;
            method?: string;
            url?: string;
            headers?: Record<string, string>;
          }) => {
            const innerUrl = new URL(
              `${GRAPH_BASE}${String(inner.url ?? "").replace(/^\/?/, "/")}`,
            );
            const result = route(
              String(inner.method ?? "GET"),
              innerUrl,
              inner.headers ?? {},
              undefined,
            );
            return {
              id: inner.id,
              status: result.status,
              headers: { "Content-Type": "application/json" },
              body: result.body,
            };
          },
        ),
      });
    }
    return graphError(404, "NotFound", "The fake Graph does not answer this request.");
  }

  const fetchLike = async (input: string, init: HttpRequestInit): Promise<FakeAnswer> => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    try {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      if (init.signal?.aborted)
        throw Object.assign(new Error("The operation was aborted."), { name: "AbortError" });
      if (faults.offline) throw new TypeError("Failed to fetch");
      const url = new URL(input);
      const path = url.pathname.replace(/^\/v1\.0/, "");
      const log = (response: FakeAnswer, size?: number) => {
        const entry: FakeRequest = { method: init.method, path, status: response.status };
        if (size !== undefined) entry.size = size;
        requests.push(entry);
        return response;
      };
      const body = init.body ? (JSON.parse(init.body) as unknown) : undefined;
      const size = Array.isArray((body as { schedules?: unknown[] })?.schedules)
        ? (body as { schedules: unknown[] }).schedules.length
        : Array.isArray((body as { requests?: unknown[] })?.requests)
          ? (body as { requests: unknown[] }).requests.length
          : undefined;
      if (faults.throttle && faults.throttle.requests > 0) {
        faults.throttle.requests--;
        return log(
          graphError(429, "TooManyRequests", "Please retry after", {
            "Retry-After": String(faults.throttle.retryAfterSeconds),
          }),
          size,
        );
      }
      const authorization = Object.entries(init.headers).find(
        ([name]) => name.toLowerCase() === "authorization",
      )?.[1];
      const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
      if (!token || faults.expiredTokens?.includes(token)) {
        return log(
          graphError(
            401,
            "InvalidAuthenticationToken",
            "Access token has expired or is not yet valid.",
          ),
          size,
        );
      }
      if (faults.forbidden) {
        return log(
          graphError(
            403,
            "ErrorAccessDenied",
            "Access is denied. Check credentials and try again.",
          ),
          size,
        );
      }
      return log(route(init.method, url, init.headers, body), size);
    } finally {
      inFlight--;
    }
  };

  return {
    fetch: fetchLike,
    answerHttp: async (url, init) => {
      const answered = await fetchLike(url, init);
      return {
        status: answered.status,
        headers: { ...answered.headerRecord },
        body: answered.text,
      };
    },
    tokens,
    directory,
    faults,
    requests,
    get peakInFlight() {
      return peak;
    },
  };
}
