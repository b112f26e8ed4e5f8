// The pane reads times in the user's own zone, from Outlook's user profile (a Windows zone name).
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { readMeeting, readMeetingCheaply } from "../../../src/taskpane/reading";
import { installFakeOutlook, uninstallFakeOutlook } from "../office/fakeOutlook";

afterEach(uninstallFakeOutlook);

const profile = (timeZone: string) => ({
  emailAddress: "anne.organisator@regionsjaelland.dk",
  displayName: "Anne Organisator",
  timeZone,
});

describe("readMeeting", () => {
  it.each([
    ["Romance Standard Time", "Europe/Copenhagen", "2026-12-03T10:00:00+01:00"],
    ["GMT Standard Time", "Europe/London", "2026-12-03T09:00:00+00:00"],
    ["W. Europe Standard Time", "Europe/Berlin", "2026-12-03T10:00:00+01:00"],
  ])("gives times in the user's zone (%s)", async (windows, iana, start) => {
    const fake = installFakeOutlook({ userProfile: profile(windows) });
    const draft = await readMeeting(fake.compose, { site: "Køge" }, undefined, DEFAULT_POLICY);
    expect(draft.timeZone).toBe(iana);
    expect(draft.start).toBe(start);
    expect(draft.organizer?.site).toBe("Køge");
  });

  it("merges a cheap read into the last draft", async () => {
    const fake = installFakeOutlook({ userProfile: profile("Romance Standard Time") });
    const full = await readMeeting(fake.compose, {}, undefined, DEFAULT_POLICY);
    fake.state.body = "<p>Ny dagsorden</p>";
    await expect(readMeetingCheaply(fake.compose, full)).resolves.toEqual({
      ...full,
      body: "<p>Ny dagsorden</p>",
    });
  });
});
