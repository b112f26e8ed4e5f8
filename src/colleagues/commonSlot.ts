/**
 * The colleagues' view's search for a group's first common free slot: who takes part (the person
 * themself first, then the shown colleagues), which days are searched (the next working days),
 * their calendars and sites fetched through the view's Graph client when the person asks, how the
 * answer is told, and the new meeting it books. firstCommonSlot (src/availability/slots.ts) does
 * the finding; this module only gathers its input and words its output.
 */
import type { DateTime } from "luxon";
import { siteInText } from "../advisor/sites";
import { sitesFromLocations } from "../availability/sites";
import type { SlotMember, SlotResult } from "../availability/slots";
import { firstCommonSlot } from "../availability/slots";
import { dayWindow } from "../availability/status";
import type { ScheduleLookup } from "../availability/types";
import type { GraphClient } from "../graph/client";
import type { AvailabilityMessageKey } from "../i18n/availability";
import type { Locale, Params } from "../i18n/catalogue";
import type { ColleaguesMessageKey } from "../i18n/colleagues";
import type { Policy, Site } from "../policy/types";
import type { NewMeetingForm } from "./outlook";

/** The meeting lengths offered, in minutes. */
export const SLOT_DURATIONS = [30, 45, 60, 90] as const;
/** One of the offered lengths. */
export type SlotDuration = (typeof SLOT_DURATIONS)[number];
/** How many working days (Monday to Friday, today included when it is one) are searched. */
export const SLOT_WORKING_DAYS = 5;

/** Video (the guidance's first choice) or in person (travel between sites counts). */
export type MeetingForm = "video" | "physical";

/** Someone in the group, as the view knows them. */
export interface SlotPerson {
  email: string;
  name: string;
  /** Their directory office location, when the view has it (a search result); else looked up. */
  officeLocation?: string | null;
  /** The person themself: their own calendar, and the organizer of what is booked. */
  me?: boolean;
  /** A site's name the person gave in their own settings (only for `me`): it wins over Graph's. */
  ownSite?: string | null;
}

/** What the search needs. */
export interface SlotSearch {
  /** The group, the person themself first (see slotGroup). */
  people: readonly SlotPerson[];
  durationMinutes: number;
  form: MeetingForm;
  now: DateTime;
  /** The person's IANA zone (the policy's): the days and the answer are in it. */
  zone: string;
  policy: Policy;
}

/** The search's answer, with what telling and booking it needs. */
export interface SlotAnswer {
  result: SlotResult;
  /** The group searched for, in order. */
  people: SlotPerson[];
  form: MeetingForm;
  durationMinutes: number;
}

/**
 * The calendar days, from today, that hold `workingDays` days Monday to Friday: on a Thursday,
 * five working days run to next Wednesday, seven calendar days. A weekend day today is not one.
 */
export function searchDays(now: DateTime, zone: string, workingDays = SLOT_WORKING_DAYS): number {
  let day = now.setZone(zone).startOf("day");
  let days = 0;
  let found = 0;
  while (found < workingDays) {
    days++;
    if (day.weekday <= 5) found++;
    day = day.plus({ days: 1 });
  }
  return days;
}

/** The group: the person themself first (when Outlook says who they are), each address once. */
export function slotGroup(me: SlotPerson | null, colleagues: readonly SlotPerson[]): SlotPerson[] {
  const seen = new Set<string>();
  const out: SlotPerson[] = [];
  for (const person of me ? [{ ...me, me: true }, ...colleagues] : colleagues) {
    const email = person.email.trim().toLowerCase();
    if (email === "" || seen.has(email)) continue;
    seen.add(email);
    out.push({ ...person, email });
  }
  return out;
}

/** Each member's site for a meeting in person: own settings, the directory entry, else Graph. */
async function memberSites(
  client: Pick<GraphClient, "officeLocations">,
  people: readonly SlotPerson[],
  policy: Policy,
  signal: AbortSignal | undefined,
): Promise<Map<string, Site | null>> {
  const sites = new Map<string, Site | null>();
  const ask: string[] = [];
  for (const person of people) {
    const own =
      person.me && person.ownSite ? policy.sites.find((s) => s.name === person.ownSite) : undefined;
    if (own) sites.set(person.email, own);
    else if (person.officeLocation)
      sites.set(person.email, siteInText(policy, person.officeLocation));
    else ask.push(person.email);
  }
  if (ask.length > 0) {
    try {
      const found = sitesFromLocations(policy, await client.officeLocations(ask, { signal }));
      for (const [email, site] of found) sites.set(email.toLowerCase(), site);
    } catch (error) {
      if (signal?.aborted) throw error;
      // Sites that cannot be looked up are unknown: the answer names them, and the slot is still
      // found without their driving rather than not at all.
    }
  }
  return sites;
}

/**
 * Fetches the group's free/busy over the next working days (and, in person, their sites) and
 * finds the first common slot. Rejects only when Graph's requests themselves fail; a member whose
 * calendar cannot be read is skipped and named.
 */
export async function findCommonSlot(
  client: Pick<GraphClient, "getSchedules" | "officeLocations">,
  search: SlotSearch,
  options: { signal?: AbortSignal } = {},
): Promise<SlotAnswer> {
  const people = [...search.people];
  const days = searchDays(search.now, search.zone);
  const emails = people.map((p) => p.email);
  const physical = search.form === "physical";
  const [lookups, sites] = await Promise.all([
    client.getSchedules(emails, dayWindow(search.now, search.zone, days), options),
    physical
      ? memberSites(client, people, search.policy, options.signal)
      : Promise.resolve(new Map<string, Site | null>()),
  ]);
  const byEmail = new Map(lookups.map((l) => [l.email.toLowerCase(), l]));
  const members: SlotMember[] = people.map((person) => {
    const lookup: ScheduleLookup = byEmail.get(person.email) ?? {
      email: person.email,
      ok: false,
      problem: "error",
    };
    return { email: person.email, lookup, site: sites.get(person.email) ?? null };
  });
  const result = firstCommonSlot(
    {
      members,
      durationMinutes: search.durationMinutes,
      days,
      now: search.now,
      zone: search.zone,
      physical,
    },
    search.policy,
  );
  return { result, people, form: search.form, durationMinutes: search.durationMinutes };
}

/** A line of the answer: a message of the view's or the availability catalogue, with params. */
export type SlotLine =
  | { from: "colleagues"; key: ColleaguesMessageKey; params?: Params }
  | { from: "availability"; key: AvailabilityMessageKey; params?: Params };

/** The answer as the view tells it: the time (when found) and the lines under it. */
export interface SlotSummary {
  /** The time found, for the view's "{day} {start}–{end}" ("tors. 3. dec. 11:00–11:30"); null when none. */
  when: { day: string; start: string; end: string } | null;
  lines: SlotLine[];
}

/** Names joined as the locale joins them: "A, B og C". */
export function joinNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "da" ? "da-DK" : "en-GB", {
    style: "long",
    type: "conjunction",
  }).format(names);
}

/** The answer in words: what was found, where, who travels, and whom it could not count. */
export function slotSummary(answer: SlotAnswer, locale: Locale): SlotSummary {
  const { result } = answer;
  const nameOf = new Map(answer.people.map((p) => [p.email, p.name]));
  const names = (emails: readonly string[]) =>
    joinNames(
      emails.map((e) => nameOf.get(e.toLowerCase()) ?? e),
      locale,
    );
  const lines: SlotLine[] = [];
  let when: SlotSummary["when"] = null;
  if (result.found) {
    const intl = locale === "da" ? "da-DK" : "en-GB";
    const start = result.start.setLocale(intl);
    when = {
      day: start.toFormat(locale === "da" ? "ccc d. LLL" : "ccc d LLL"),
      start: start.toFormat("HH:mm"),
      end: result.end.setLocale(intl).toFormat("HH:mm"),
    };
    if (result.site) {
      lines.push({ from: "availability", key: "slotAtSite", params: { site: result.site.name } });
    }
    // One line per driving time, so that people driving as far are named together.
    const byMinutes = new Map<number, string[]>();
    for (const leg of result.travel) {
      byMinutes.set(leg.minutes, [...(byMinutes.get(leg.minutes) ?? []), leg.email]);
    }
    for (const [minutes, emails] of [...byMinutes].sort((a, b) => b[0] - a[0])) {
      lines.push({
        from: "availability",
        key: "slotTravel",
        params: { minutes, names: names(emails) },
      });
    }
  } else if (result.reason === "no-members") {
    lines.push({ from: "colleagues", key: "slotNoCalendars" });
  } else {
    lines.push({ from: "colleagues", key: "slotNone", params: { days: SLOT_WORKING_DAYS } });
  }
  if (result.unknownSites.length > 0) {
    lines.push({
      from: "colleagues",
      key: "slotUnknownSites",
      params: { names: names(result.unknownSites) },
    });
  }
  if (result.skipped.length > 0) {
    lines.push({
      from: "availability",
      key: "slotUnknownMembers",
      params: { names: names(result.skipped) },
    });
  }
  const me = answer.people.find((p) => p.me);
  if (result.found && me && !result.skipped.includes(me.email)) {
    lines.push({ from: "colleagues", key: "slotWithYou" });
  }
  return { when, lines };
}

/**
 * The new meeting for a found slot: every colleague of the group invited (those whose calendar
 * could not be read too: they belong to the group), the person themself not, as they organize it.
 * Null when no slot was found.
 */
export function bookingForm(answer: SlotAnswer): NewMeetingForm | null {
  if (!answer.result.found) return null;
  return {
    requiredAttendees: answer.people.filter((p) => !p.me).map((p) => p.email),
    start: answer.result.start.toJSDate(),
    end: answer.result.end.toJSDate(),
  };
}
