import type { Attendee, MeetingDraft } from "../../../src/advisor/types";

/** A meeting draft for tests: one hour on a Tuesday in Copenhagen, organized from Sorø. */
export function draft(overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return {
    subject: "Møde",
    body: "",
    start: "2027-02-02T10:00:00+01:00",
    end: "2027-02-02T11:00:00+01:00",
    location: "",
    organizer: { email: "organisator@regionsjaelland.dk", name: "Organisator", site: "Sorø" },
    attendees: [{ email: "a@regionsjaelland.dk", name: "A", site: "Sorø" }],
    ...overrides,
  };
}

/** Attendees at the given sites (undefined: site unknown). */
export function at(...sites: (string | undefined)[]): Attendee[] {
  return sites.map((site, i) => {
    const a: Attendee = { email: `p${i}@regionsjaelland.dk`, name: `P${i}` };
    if (site !== undefined) a.site = site;
    return a;
  });
}
