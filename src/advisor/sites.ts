/**
 * Sites and travel: which site a location or a person names, and what meeting virtually saves.
 */
import type { Policy, Site } from "../policy/types";
import type { Attendee, MeetingDraft, Person, Travel } from "./types";
import { foldWords } from "./text";

interface CompiledSites {
  /** Every name and alias as folded words, longest first so "Nykøbing F. Sygehus" beats "4800". */
  names: { words: string[]; site: Site }[];
  legs: Map<string, { km: number; minutes: number }>;
}

const compiled = new WeakMap<Policy, CompiledSites>();

function compile(policy: Policy): CompiledSites {
  let c = compiled.get(policy);
  if (!c) {
    const names: CompiledSites["names"] = [];
    for (const site of policy.sites) {
      for (const name of [site.name, ...site.aliases]) {
        const words = foldWords(name);
        if (words.length > 0) names.push({ words, site });
      }
    }
    names.sort((a, b) => b.words.length - a.words.length);
    const legs = new Map<string, { km: number; minutes: number }>();
    for (const leg of policy.travel) {
      legs.set(`${leg.from}\u0000${leg.to}`, leg);
      legs.set(`${leg.to}\u0000${leg.from}`, leg);
    }
    c = { names, legs };
    compiled.set(policy, c);
  }
  return c;
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The site a free text names (a location such as "Regionshuset, Alléen 15, 4180 Sorø"), matched
 * as whole words, case- and accent-insensitively; the earliest mention wins. Null when none.
 */
export function siteInText(policy: Policy, text: string): Site | null {
  const words = foldWords(text);
  if (words.length === 0) return null;
  let best: { at: number; site: Site } | null = null;
  for (const { words: name, site } of compile(policy).names) {
    const at = indexOfSequence(words, name);
    if (at >= 0 && (best === null || at < best.at)) best = { at, site };
  }
  return best?.site ?? null;
}

/** The site a person's `site` field names: a site name or alias, or a text that mentions one. */
export function personSite(policy: Policy, person: Person | undefined): Site | null {
  if (!person || typeof person.site !== "string" || person.site.trim() === "") return null;
  return siteInText(policy, person.site);
}

/** One-way road km and minutes between two sites: the policy's figure, else an estimate. */
export function leg(policy: Policy, from: Site, to: Site): { km: number; minutes: number } {
  if (from.name === to.name) return { km: 0, minutes: 0 };
  const known = compile(policy).legs.get(`${from.name}\u0000${to.name}`);
  if (known) return known;
  // The region's own estimate for pairs the table lacks: great-circle distance × 1.25 for road,
  // 75 km/h plus 5 minutes for getting in and out of town.
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLon = (to.lon - from.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLon / 2) ** 2;
  const km = Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) * 1.25);
  return { km, minutes: Math.round((km / 75) * 60 + 5) };
}

/** Everyone invited who is a person (rooms and equipment are not), organizer included, once each. */
export function invitedPeople(draft: MeetingDraft): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  const add = (p: Person | Attendee | undefined) => {
    if (!p || typeof p !== "object") return;
    if ((p as Attendee).type === "resource") return;
    const key = typeof p.email === "string" ? p.email.trim().toLowerCase() : "";
    if (key !== "" && seen.has(key)) return;
    if (key !== "") seen.add(key);
    people.push(p);
  };
  add(draft.organizer);
  for (const a of Array.isArray(draft.attendees) ? draft.attendees : []) add(a);
  return people;
}

export interface TravelReading {
  travel: Travel | null;
  /** Distinct known sites among the people invited. */
  sitesInvolved: number;
  /** How the meeting site was found. */
  meetingSiteFrom: "location" | "organizer" | null;
}

/**
 * What holding the meeting virtually saves against meeting at its location, or at the
 * organizer's site when the location names none. People whose site is unknown are counted as
 * unknown, never guessed. Minutes and km are round trips summed over everyone who would travel.
 */
export function readTravel(policy: Policy, draft: MeetingDraft): TravelReading {
  const people = invitedPeople(draft);
  const sites = people.map((p) => personSite(policy, p));
  const sitesInvolved = new Set(sites.filter((s) => s !== null).map((s) => s!.name)).size;
  const fromLocation =
    typeof draft.location === "string" ? siteInText(policy, draft.location) : null;
  const meetingSite = fromLocation ?? personSite(policy, draft.organizer);
  if (!meetingSite) {
    return { travel: null, sitesInvolved, meetingSiteFrom: null };
  }
  let attendeesTravelling = 0;
  let attendeesUnknown = 0;
  let minutes = 0;
  let km = 0;
  for (const site of sites) {
    if (site === null) {
      attendeesUnknown++;
    } else if (site.name !== meetingSite.name) {
      const l = leg(policy, site, meetingSite);
      attendeesTravelling++;
      minutes += 2 * l.minutes;
      km += 2 * l.km;
    }
  }
  return {
    travel: {
      meetingSite: meetingSite.name,
      attendeesTravelling,
      attendeesUnknown,
      minutesSaved: minutes,
      kmSaved: km,
    },
    sitesInvolved,
    meetingSiteFrom: fromLocation ? "location" : "organizer",
  };
}

/** People invited besides the organizer, who may be listed among the attendees too (by e-mail). */
export function othersInvited(draft: MeetingDraft): number {
  const organizer = draft.organizer?.email?.trim().toLowerCase() ?? "";
  return invitedPeople(draft).filter(
    (person) =>
      person !== draft.organizer &&
      (organizer === "" || person.email?.trim().toLowerCase() !== organizer),
  ).length;
}
