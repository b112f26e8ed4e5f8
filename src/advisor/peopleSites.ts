/**
 * The people invited, with work sites that were found for them outside the meeting (their
 * directory profiles): the meeting view's lookups and the event handlers fill them in before the
 * advice is worked out. Its own module, so that the pane's first load, which has the advisor but
 * not the lookups, does not carry it.
 */
import type { Attendee, MeetingDraft, Person } from "./types";

/**
 * The draft with work sites filled in from `sites` (lower-case address → site name) for the people
 * invited whose site it does not give (organizer and attendees; rooms have none). A site already in
 * the draft, such as the person's own from their settings, is kept. The same draft when nothing
 * changes, so that an unchanged meeting stays unchanged.
 */
export function withPeopleSites(
  draft: MeetingDraft,
  sites: ReadonlyMap<string, string>,
): MeetingDraft {
  if (sites.size === 0) return draft;
  let changed = false;
  const fill = <T extends Person | Attendee>(p: T): T => {
    if ((p as Attendee).type === "resource" || (typeof p.site === "string" && p.site.trim())) {
      return p;
    }
    const site = typeof p.email === "string" ? sites.get(p.email.trim().toLowerCase()) : undefined;
    if (site === undefined) return p;
    changed = true;
    return { ...p, site };
  };
  const organizer = draft.organizer ? fill(draft.organizer) : undefined;
  const attendees = Array.isArray(draft.attendees) ? draft.attendees.map(fill) : draft.attendees;
  if (!changed) return draft;
  return organizer ? { ...draft, organizer, attendees } : { ...draft, attendees };
}
