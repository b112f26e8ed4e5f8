/**
 * Messages of colleagues' availability (src/availability, src/graph): the five statuses' names as
 * the issue and the guidance say them, what lies behind the combined one, why a colleague's status
 * is unknown, and how a search for a common free slot came out. The view's own texts (headings,
 * buttons, failures) are in colleagues.ts. Danish first, English second.
 */
import type { AvailabilityStatus, FreeBusyStatus, ScheduleProblem } from "../availability/types";
import { defineMessages, type Locale, translator } from "./catalogue";

export const availabilityMessages = defineMessages(
  {
    status_free: "Ledig",
    status_tentative: "Foreløbig / arbejder andetsteds",
    status_busy: "Optaget",
    status_away: "Fraværende",
    status_unknown: "Ukendt",

    detail_free: "Ledig",
    detail_tentative: "Foreløbig",
    detail_workingElsewhere: "Arbejder andetsteds",
    detail_busy: "Optaget",
    detail_oof: "Fraværende",
    detail_unknown: "Ukendt",

    problem_notFound: "Findes ikke i adressebogen",
    problem_noAccess: "Deler ikke sin kalender med dig",
    problem_error: "Kalenderen kunne ikke læses",
    zoneAssumed: "Arbejdstiden er vist i {zone}: kollegaens tidszone er ukendt.",

    slotNoCommonTime: "Ingen fælles ledig tid på {minutes} minutter de næste {days} dage.",
    slotUnknownMembers: "Uden {names}: deres kalender kunne ikke læses.",
    slotTravel: "Inkl. {minutes} min kørsel for {names}.",
    slotAtSite: "Mødested: {site}",

    groupsFull:
      "Der er ikke plads til flere favoritter og grupper (højst 32 KB i Outlook). Fjern nogle, og prøv igen.",
  },
  {
    status_free: "Free",
    status_tentative: "Tentative / working elsewhere",
    status_busy: "Busy",
    status_away: "Out of office",
    status_unknown: "Unknown",

    detail_free: "Free",
    detail_tentative: "Tentative",
    detail_workingElsewhere: "Working elsewhere",
    detail_busy: "Busy",
    detail_oof: "Out of office",
    detail_unknown: "Unknown",

    problem_notFound: "Not in the address book",
    problem_noAccess: "Does not share their calendar with you",
    problem_error: "The calendar could not be read",
    zoneAssumed: "Working hours shown in {zone}: the colleague's time zone is not known.",

    slotNoCommonTime: "No common free time of {minutes} minutes in the next {days} days.",
    slotUnknownMembers: "Without {names}: their calendars could not be read.",
    slotTravel: "Includes {minutes} min of driving for {names}.",
    slotAtSite: "Meeting place: {site}",

    groupsFull:
      "There is no room for more favourites and groups (32 KB at most in Outlook). Remove some and try again.",
  },
);

export type AvailabilityMessageKey = keyof typeof availabilityMessages.da;

const PROBLEM_KEYS: Readonly<Record<ScheduleProblem, AvailabilityMessageKey>> = {
  "not-found": "problem_notFound",
  "no-access": "problem_noAccess",
  error: "problem_error",
};

/** A status's name as the view says it: "Ledig", "Foreløbig / arbejder andetsteds", … */
export function statusName(status: AvailabilityStatus, locale: Locale): string {
  return translator(availabilityMessages, locale)(`status_${status}`);
}

/** Graph's status behind it, for a tooltip or the timeline: "Arbejder andetsteds". */
export function detailName(detail: FreeBusyStatus, locale: Locale): string {
  return translator(availabilityMessages, locale)(`detail_${detail}`);
}

/** Why a colleague's status is unknown. */
export function problemText(problem: ScheduleProblem, locale: Locale): string {
  return translator(availabilityMessages, locale)(PROBLEM_KEYS[problem]);
}
