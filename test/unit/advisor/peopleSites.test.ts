/**
 * Sites found outside the meeting (the directory) filled in for the people invited: only where the
 * draft has none, never for rooms, by address in any case; and then the travel counts them.
 */
import { withPeopleSites } from "../../../src/advisor/peopleSites";
import { readTravel } from "../../../src/advisor/sites";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { at, draft } from "./draftBuilder";

describe("sites found for the people invited", () => {
  const found = new Map([
    ["p0@regionsjaelland.dk", "Køge"],
    ["p1@regionsjaelland.dk", "Holbæk"],
    ["organisator@regionsjaelland.dk", "Roskilde"],
    ["lokale@regionsjaelland.dk", "Køge"],
  ]);

  it("fill in the sites the draft lacks, by address in any case, and then count everyone", () => {
    const before = draft({
      location: "SUH Køge",
      attendees: [
        { email: " P0@RegionSjaelland.dk ", name: "P0" },
        { email: "p1@regionsjaelland.dk", name: "P1", type: "optional" },
        { email: "p2@regionsjaelland.dk", name: "P2" },
      ],
    });
    const after = withPeopleSites(before, found);
    expect(after.attendees.map((a) => a.site)).toEqual(["Køge", "Holbæk", undefined]);
    expect(readTravel(DEFAULT_POLICY, before).travel).toMatchObject({
      attendeesTravelling: 1,
      attendeesUnknown: 3,
    });
    // The organizer (Sorø, from their settings) and P1 (Holbæk) drive to Køge; P2 is unknown.
    expect(readTravel(DEFAULT_POLICY, after).travel).toMatchObject({
      attendeesTravelling: 2,
      attendeesUnknown: 1,
    });
  });

  it("keep a site the draft gives (the person's own), and give rooms none", () => {
    const before = draft({
      attendees: [
        { email: "p0@regionsjaelland.dk", site: "Næstved" },
        { email: "lokale@regionsjaelland.dk", type: "resource" },
      ],
    });
    const after = withPeopleSites(before, found);
    expect(after.organizer?.site).toBe("Sorø");
    expect(after.attendees.map((a) => a.site)).toEqual(["Næstved", undefined]);
    expect(after).toBe(before);
  });

  it("fill in the organizer's site when the draft lacks it (an attendee reading the meeting)", () => {
    const before = draft({ organizer: { email: "organisator@regionsjaelland.dk" }, attendees: [] });
    expect(withPeopleSites(before, found).organizer?.site).toBe("Roskilde");
    expect(before.organizer?.site).toBeUndefined();
  });

  it("leave the draft as it is with no sites found", () => {
    const before = draft({ attendees: at(undefined) });
    expect(withPeopleSites(before, new Map())).toBe(before);
  });
});
