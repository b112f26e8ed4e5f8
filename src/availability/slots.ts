/**
 * A group's first common free slot, computed on the person's own device so that the region's
 * rules can apply, which Graph's findMeetingTimes cannot know.
 *
 * The rules, kept simple and named:
 * - Within each member's working hours (their own, in their own zone), on a 15-minute grid in the
 *   viewer's zone, from now, for at least the asked minutes, within the asked days.
 * - Free means free: tentative and busy are not, nor out of office. For a video meeting, working
 *   elsewhere counts as free (they can join from there); for a meeting in person it does not.
 * - Lunch (the policy's `scheduling.lunch`, in the policy's zone) is never covered by the meeting.
 * - In person: the meeting is held where most of the members work (ties: the first member's
 *   site); a member from another site needs the one-way driving time (the policy's travel table,
 *   else its estimate) free before and after the meeting, inside their working hours.
 * - Members whose free/busy could not be read are left out and named (`skipped`); members whose
 *   site is unknown travel nothing and are named (`unknownSites`).
 */
import { DateTime } from "luxon";
import { leg } from "../advisor/sites";
import type { Policy, Site } from "../policy/types";
import { colleagueWorkingStretches, scheduleSpans } from "./status";
import type { FreeBusySchedule, FreeBusyStatus, ScheduleLookup } from "./types";
import { minutesOfDay, zoneFromName } from "./zones";

/** The grid that slots start on. */
export const SLOT_STEP_MINUTES = 15;

/** One member of the group: their free/busy, and their site when it is known. */
export interface SlotMember {
  email: string;
  lookup: ScheduleLookup;
  /** Their work site (their office location matched through the policy's aliases), or null. */
  site: Site | null;
}

export interface SlotRequest {
  members: readonly SlotMember[];
  /** At least this long. */
  durationMinutes: number;
  /** Days to look in, today included (the lookups must cover them). */
  days: number;
  /** The clock, from the caller. */
  now: DateTime;
  /** The viewer's IANA zone: the grid and the answer are in it. */
  zone: string;
  /** Held in person: travel between sites counts, and working elsewhere is not free. */
  physical: boolean;
}

/** The policy: its zone (lunch), sites and travel table, and scheduling rules. */
export type SlotPolicy = Policy;

export type SlotResult =
  | {
      found: true;
      start: DateTime;
      end: DateTime;
      /** Where the meeting is held, when it is in person and a site is known. */
      site: Site | null;
      /** One-way driving minutes of each member who travels. */
      travel: { email: string; minutes: number }[];
      skipped: string[];
      unknownSites: string[];
    }
  | {
      found: false;
      reason: "no-common-time" | "no-members";
      skipped: string[];
      unknownSites: string[];
    };

interface Stretch {
  start: number;
  end: number;
}

/** The parts of `a` that are also in `b`; both sorted and without overlaps. */
function intersect(a: readonly Stretch[], b: readonly Stretch[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Stretch;
    const y = b[j] as Stretch;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Whether [from, to) lies inside one of the sorted stretches. */
function covers(stretches: readonly Stretch[], from: number, to: number): boolean {
  return stretches.some((s) => s.start <= from && to <= s.end);
}

/** A member's free time within their working hours, over [from, to). */
function availableTime(
  schedule: FreeBusySchedule,
  physical: boolean,
  fallbackZone: string,
  from: number,
  to: number,
): Stretch[] {
  const counts: ReadonlySet<FreeBusyStatus> = new Set(
    physical ? ["free"] : ["free", "workingElsewhere"],
  );
  const free: Stretch[] = [];
  for (const span of scheduleSpans(schedule)) {
    if (!counts.has(span.status)) continue;
    const last = free[free.length - 1];
    if (last && last.end === span.start) last.end = span.end;
    else free.push({ start: span.start, end: span.end });
  }
  const { stretches } = colleagueWorkingStretches(schedule, { fallbackZone }, from, to);
  return intersect(free, stretches);
}

/** The lunch breaks over [from, to), as instants, from the policy's daily window in its zone. */
function lunchBreaks(policy: SlotPolicy, from: number, to: number): Stretch[] {
  const lunch = policy.scheduling?.lunch;
  const zone = zoneFromName(policy.timeZone);
  if (!lunch || !zone) return [];
  const start = minutesOfDay(lunch.start);
  const end = minutesOfDay(lunch.end);
  if (start === null || end === null || end <= start) return [];
  const out: Stretch[] = [];
  let day = DateTime.fromMillis(from, { zone }).startOf("day");
  for (; day.toMillis() < to; day = day.plus({ days: 1 })) {
    const at = (m: number) => day.set({ hour: Math.floor(m / 60), minute: m % 60 }).toMillis();
    out.push({ start: at(start), end: at(end) });
  }
  return out;
}

/** The site most members work at (ties: the first in member order); null when none is known. */
export function meetingSite(members: readonly SlotMember[]): Site | null {
  const counts = new Map<string, { site: Site; count: number; first: number }>();
  members.forEach((member, index) => {
    if (!member.site) return;
    const entry = counts.get(member.site.name);
    if (entry) entry.count++;
    else counts.set(member.site.name, { site: member.site, count: 1, first: index });
  });
  let best: { site: Site; count: number; first: number } | null = null;
  for (const entry of counts.values()) {
    if (
      !best ||
      entry.count > best.count ||
      (entry.count === best.count && entry.first < best.first)
    ) {
      best = entry;
    }
  }
  return best?.site ?? null;
}

/** The first time, from now, that every member whose calendar is known can meet. */
export function firstCommonSlot(request: SlotRequest, policy: SlotPolicy): SlotResult {
  const known = request.members.filter(
    (m): m is SlotMember & { lookup: Extract<ScheduleLookup, { ok: true }> } => m.lookup.ok,
  );
  const skipped = request.members.filter((m) => !m.lookup.ok).map((m) => m.email);
  const unknownSites = request.physical ? known.filter((m) => !m.site).map((m) => m.email) : [];
  if (known.length === 0) return { found: false, reason: "no-members", skipped, unknownSites };

  const now = request.now.setZone(request.zone);
  const horizon = now
    .startOf("day")
    .plus({ days: Math.max(1, request.days) })
    .toMillis();
  const duration = Math.max(1, Math.round(request.durationMinutes)) * 60_000;
  const site = request.physical ? meetingSite(known) : null;
  const travel = known.map((m) => ({
    email: m.email,
    minutes: site && m.site ? leg(policy, m.site, site).minutes : 0,
  }));
  const longestTravel = Math.max(0, ...travel.map((t) => t.minutes)) * 60_000;
  const from = now.toMillis() - longestTravel;
  const to = horizon + longestTravel;
  const available = known.map((m) =>
    availableTime(m.lookup.schedule, request.physical, policy.timeZone, from, to),
  );
  const lunches = lunchBreaks(policy, from, to);

  // The grid: the first quarter hour from now on the viewer's clock, then every 15 minutes (DST
  // moves clocks by whole hours, so the grid stays on the quarter hours).
  let first = now.startOf("minute");
  if (first < now) first = first.plus({ minutes: 1 });
  first = first.plus({
    minutes: (SLOT_STEP_MINUTES - (first.minute % SLOT_STEP_MINUTES)) % SLOT_STEP_MINUTES,
  });
  let start = first.toMillis();
  for (; start + duration <= horizon; start += SLOT_STEP_MINUTES * 60_000) {
    const end = start + duration;
    if (lunches.some((l) => l.start < end && start < l.end)) continue;
    const everyone = known.every((_, i) => {
      const before = (travel[i]?.minutes ?? 0) * 60_000;
      return covers(available[i] as Stretch[], start - before, end + before);
    });
    if (everyone) {
      return {
        found: true,
        start: DateTime.fromMillis(start, { zone: request.zone }),
        end: DateTime.fromMillis(end, { zone: request.zone }),
        site,
        travel: travel.filter((t) => t.minutes > 0),
        skipped,
        unknownSites,
      };
    }
  }
  return { found: false, reason: "no-common-time", skipped, unknownSites };
}
