import { siteInText } from "../../../src/advisor/sites";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { fakeDirectory } from "../../../src/preview/fakeGraph";
import {
  DEFAULT_SCENARIO_ID,
  SCENARIOS,
  scenarioById,
  toStandInAppointment,
} from "../../../src/preview/scenarios";

/** The calls the stand-in implements, as its failure keys name them. */
const CALLS = new Set([
  "subject.getAsync",
  "subject.setAsync",
  "body.getAsync",
  "body.getTypeAsync",
  "body.setAsync",
  "body.prependAsync",
  "start.getAsync",
  "end.getAsync",
  "location.getAsync",
  "location.setAsync",
  "enhancedLocation.getAsync",
  "enhancedLocation.addAsync",
  "enhancedLocation.removeAsync",
  "organizer.getAsync",
  "requiredAttendees.getAsync",
  "optionalAttendees.getAsync",
  "recurrence.getAsync",
  "sensitivity.getAsync",
  "addHandlerAsync",
  "removeHandlerAsync",
  "roamingSettings.saveAsync",
]);
const SITE_NAMES = DEFAULT_POLICY.sites.map((s) => s.name);
const DIRECTORY = fakeDirectory(DEFAULT_POLICY.sites);

describe("SCENARIOS", () => {
  it("have unique ids, and the default is one of them", () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(DEFAULT_SCENARIO_ID);
  });

  describe.each(SCENARIOS.map((s) => [s.id, s] as const))("%s", (_id, scenario) => {
    it("has valid times, ending after it starts, with Copenhagen's offset", () => {
      const { start, end } = scenario.appointment;
      expect(start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
      expect(Date.parse(end)).toBeGreaterThan(Date.parse(start));
    });

    it("has titles in both languages", () => {
      expect(scenario.title.da.trim()).not.toBe("");
      expect(scenario.title.en.trim()).not.toBe("");
    });

    it("names only sites of the policy and calls the stand-in implements", () => {
      if (scenario.settings?.site !== undefined)
        expect(SITE_NAMES).toContain(scenario.settings.site);
      for (const call of Object.keys(scenario.failures ?? {})) expect(CALLS).toContain(call);
    });

    it("has people whom the preview's directory places at a site of the policy", () => {
      // Outlook gives no one's site: the pane finds them there (see fakeGraph.ts).
      const { organizer, attendees } = scenario.appointment;
      for (const person of [organizer, ...attendees]) {
        const entry = DIRECTORY.find((p) => p.mail === person.email);
        expect(entry?.displayName).toBe(person.name);
        expect(siteInText(DEFAULT_POLICY, entry?.officeLocation ?? "")).not.toBeNull();
      }
    });

    it("becomes a stand-in appointment with the same content", () => {
      const a = toStandInAppointment(scenario.appointment);
      expect(a.subject).toBe(scenario.appointment.subject);
      expect(a.start.toISOString()).toBe(new Date(scenario.appointment.start).toISOString());
      expect(a.locations.map((l) => l.displayName).join("; ")).toBe(
        scenario.appointment.location.trim(),
      );
      expect(a.attendees).toEqual(scenario.appointment.attendees);
      expect(a.attendees).not.toBe(scenario.appointment.attendees);
    });
  });

  it("include a body just under Outlook's limit, where no block fits", () => {
    const body = scenarioById("body-too-large").appointment.bodyHtml;
    expect(body.length).toBeLessThan(1_000_000);
    expect(body.length).toBeGreaterThan(999_000);
  });
});

describe("scenarioById", () => {
  it("finds a scenario, or gives the default one", () => {
    expect(scenarioById("attendee-view").mode).toBe("read");
    expect(scenarioById("no-such").id).toBe(DEFAULT_SCENARIO_ID);
    expect(scenarioById(null).id).toBe(DEFAULT_SCENARIO_ID);
  });
});
