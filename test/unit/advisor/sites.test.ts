import { advise } from "../../../src/advisor";
import { leg, personSite, readTravel, siteInText } from "../../../src/advisor/sites";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy } from "../../../src/policy/types";
import { at, draft } from "./draftBuilder";

const site = (name: string) => DEFAULT_POLICY.sites.find((s) => s.name === name)!;

describe("sites named in a location", () => {
  it.each([
    ["Regionshuset, Alleen 15, 4180 Sorø", "Sorø"],
    ["Mødelokale 3, SUH Køge", "Køge"],
    ["Lykkebækvej 1, 4600 Køge", "Køge"],
    ["Psykiatrisygehus Slagelse, Fælledvej 6", "Slagelse"],
    ["Nykobing Falster, lokale 2", "Nykøbing F."],
    ["NÆSTVED SYGEHUS", "Næstved"],
    ["holbaek sygehus, aud. 1", "Holbæk"],
  ])("%j is %s", (text, expected) => {
    expect(siteInText(DEFAULT_POLICY, text)?.name).toBe(expected);
  });

  it.each([["Mødelokale 2"], ["Jabber"], ["Sorøvej 12"], ["Kantinen"], [""]])(
    "%j names no site",
    (text) => {
      expect(siteInText(DEFAULT_POLICY, text)).toBeNull();
    },
  );

  it("matches a person's site by name or alias, case-insensitively", () => {
    expect(personSite(DEFAULT_POLICY, { email: "a", site: "suh køge" })?.name).toBe("Køge");
    expect(personSite(DEFAULT_POLICY, { email: "a", site: "Nykøbing F." })?.name).toBe(
      "Nykøbing F.",
    );
    expect(personSite(DEFAULT_POLICY, { email: "a", site: "Mars" })).toBeNull();
    expect(personSite(DEFAULT_POLICY, { email: "a" })).toBeNull();
  });
});

describe("travel saved", () => {
  it("sums round trips over everyone who would travel to the organizer's site", () => {
    const { travel } = readTravel(
      DEFAULT_POLICY,
      draft({ attendees: at("Køge", "Nykøbing F.", "Sorø") }),
    );
    // Sorø–Køge 48 km/45 min, Sorø–Nykøbing F. 97 km/80 min, one way.
    expect(travel).toEqual({
      meetingSite: "Sorø",
      attendeesTravelling: 2,
      attendeesUnknown: 0,
      minutesSaved: 2 * (45 + 80),
      kmSaved: 2 * (48 + 97),
    });
  });

  it("uses the site the location names, and counts the organizer as a traveller", () => {
    const { travel, meetingSiteFrom } = readTravel(
      DEFAULT_POLICY,
      draft({ location: "SUH Køge, lokale 4", attendees: at("Køge", "Roskilde") }),
    );
    expect(meetingSiteFrom).toBe("location");
    expect(travel).toMatchObject({ meetingSite: "Køge", attendeesTravelling: 2 });
    // Sorø–Køge 45 and Roskilde–Køge 25 minutes each way.
    expect(travel?.minutesSaved).toBe(2 * (45 + 25));
  });

  it("counts people whose site is unknown as unknown, never guessed, organizer included", () => {
    const { travel } = readTravel(
      DEFAULT_POLICY,
      draft({
        organizer: { email: "o@x.dk" },
        location: "Holbæk Sygehus",
        attendees: at(undefined, "Holbæk", "Slagelse", "Atlantis"),
      }),
    );
    expect(travel).toMatchObject({
      meetingSite: "Holbæk",
      attendeesTravelling: 1,
      attendeesUnknown: 3,
      minutesSaved: 90,
      kmSaved: 100,
    });
  });

  it("leaves out rooms and counts a person invited twice once", () => {
    const { travel } = readTravel(
      DEFAULT_POLICY,
      draft({
        attendees: [
          { email: "A@x.dk", site: "Køge" },
          { email: "a@x.dk", site: "Køge", type: "optional" },
          { email: "lokale@x.dk", site: "Køge", type: "resource" },
        ],
      }),
    );
    expect(travel?.attendeesTravelling).toBe(1);
  });

  it("is null when no site is known for the meeting", () => {
    const advice = advise(draft({ organizer: { email: "o@x.dk" }, attendees: at("Køge") }), {
      policy: DEFAULT_POLICY,
    });
    expect(advice.travel).toBeNull();
    expect(advice.reasons.map((r) => r.code)).toContain("travel-unknown");
  });

  it("estimates a leg the policy's table lacks from the sites' coordinates", () => {
    const policy: Policy = { ...DEFAULT_POLICY, travel: [] };
    const estimate = leg(policy, site("Sorø"), site("Køge"));
    // About 38 km great-circle × 1.25 ≈ 48 km, at 75 km/h plus 5 minutes ≈ 43 minutes.
    expect(estimate.km).toBeGreaterThanOrEqual(44);
    expect(estimate.km).toBeLessThanOrEqual(52);
    expect(estimate.minutes).toBeGreaterThanOrEqual(40);
    expect(estimate.minutes).toBeLessThanOrEqual(47);
    expect(leg(DEFAULT_POLICY, site("Køge"), site("Sorø"))).toMatchObject({ km: 48, minutes: 45 });
  });
});
