import { readFileSync } from "fs";
import { join } from "path";
import { OfficeCallError } from "../../../src/office/async";
import { hasOwnJabberMeeting, removeJabberMeeting } from "../../../src/office/meetingLink";
import {
  insertMeetingInLocation,
  looksLikeRoom,
  placeBesideMeeting,
  replaceLocationWithMeeting,
  undoLocationReplacement,
  type PlaceBeside,
} from "../../../src/office/meetingLocation";
import { OWN_MEETING_PROPERTY } from "../../../src/office/ownership";
import type { MeetingLinkProvider } from "../../../src/policy/types";
import { installFakeOutlook, uninstallFakeOutlook, type FakeOptions } from "./fakeOutlook";

const FIXTURES = join(__dirname, "../../fixtures/office");
const provider = JSON.parse(
  readFileSync(join(FIXTURES, "provider.json"), "utf8"),
) as MeetingLinkProvider;
const places = JSON.parse(readFileSync(join(FIXTURES, "location-places.json"), "utf8")) as {
  joinUrl: string;
  cases: Array<{ name: string; location: string; rooms?: string[]; place: PlaceBeside | null }>;
};

afterEach(uninstallFakeOutlook);

const ID = "4711471147";
const URL = `https://video.regionsjaelland.dk/meeting/${ID}`;
const OURS = `Cisco Jabber: ${URL}`;
const ADDRESS = "SUH Køge, Lykkebækvej 1, 4600 Køge";
const ROOM = {
  locationIdentifier: { id: "lokale2.01.koege@regionsjaelland.dk", type: "room" },
  displayName: "Mødelokale 2.01, SUH Køge",
  emailAddress: "lokale2.01.koege@regionsjaelland.dk",
} as Office.LocationDetails;
const custom = (text: string): Office.LocationDetails =>
  ({
    locationIdentifier: { id: text, type: "custom" },
    displayName: text,
    emailAddress: "",
  }) as Office.LocationDetails;
const FAILURE = { name: "GenericResponseError", code: 9020, message: "nope" };
/** The Office calls that change the item. */
const writes = (calls: string[]) =>
  calls.filter((c) => /setAsync|addAsync|removeAsync|prependAsync|saveAsync/.test(c));

/** Random values that draw the meeting id 4711471147. */
function drawing4711471147(): () => number {
  const values = [3 / 9 + 0.01, 0.71, 0.11, 0.11, 0.41, 0.71, 0.11, 0.11, 0.41, 0.71];
  let i = 0;
  return () => values[i++] ?? 0;
}

describe("placeBesideMeeting", () => {
  it.each(places.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(placeBesideMeeting(c.location, c.rooms ?? [], provider, places.joinUrl)).toEqual(
      c.place,
    );
  });

  it("a room mailbox or a room's words is a room; an address is not", () => {
    expect(looksLikeRoom("Mødelokale 2.01")).toBe(true);
    expect(looksLikeRoom("Kursussalen, Regionshuset")).toBe(true);
    expect(looksLikeRoom("SUH Køge, Lykkebækvej 1")).toBe(false);
    expect(looksLikeRoom("")).toBe(false);
  });
});

describe("replaceLocationWithMeeting and undo (Mailbox 1.8: enhanced locations)", () => {
  const setUp = (locations: Office.LocationDetails[], options: FakeOptions = {}) => {
    const fake = installFakeOutlook({ mailbox: "1.8", ...options, state: { locations } });
    const replace = () => replaceLocationWithMeeting(fake.compose, { provider, joinUrl: URL });
    return { fake, replace };
  };

  it("takes out the address in one Office write, keeps our entry, and undo puts it back", async () => {
    const { fake, replace } = setUp([custom(ADDRESS), custom(OURS)]);
    const result = await replace();
    expect(result).toEqual({
      kind: "replaced",
      previous: {
        kind: "entries",
        entries: [{ id: ADDRESS, type: "custom" }],
        text: ADDRESS,
      },
    });
    expect(fake.location()).toBe(OURS);
    expect(writes(fake.calls)).toEqual(["enhancedLocation.removeAsync"]);

    if (result.kind !== "replaced") throw new Error("not replaced");
    fake.calls.length = 0;
    await expect(undoLocationReplacement(fake.compose, result.previous)).resolves.toEqual({
      kind: "restored",
    });
    expect(writes(fake.calls)).toEqual(["enhancedLocation.addAsync"]);
    expect(fake.location()).toBe(`${OURS}; ${ADDRESS}`);
  });

  it("takes out a booked room as a room, and undo books it again as a room", async () => {
    const { fake, replace } = setUp([ROOM, custom(OURS)]);
    const result = await replace();
    if (result.kind !== "replaced") throw new Error("not replaced");
    expect(result.previous.text).toBe("Mødelokale 2.01, SUH Køge");
    expect(fake.state.locations).toEqual([custom(OURS)]);
    await undoLocationReplacement(fake.compose, result.previous);
    expect(fake.state.locations.map((l) => l.locationIdentifier)).toEqual([
      { id: OURS, type: "custom" },
      { id: ROOM.locationIdentifier.id, type: "room" },
    ]);
  });

  it("leaves another online meeting's entry where it is", async () => {
    const teams = custom("Microsoft Teams-møde");
    const { fake, replace } = setUp([teams, custom(ADDRESS), custom(OURS)]);
    await replace();
    expect(fake.state.locations).toEqual([teams, custom(OURS)]);
  });

  it.each([
    ["our entry is gone", [custom(ADDRESS)]],
    ["nothing else is there", [custom(OURS)]],
    ["only another online meeting is there", [custom("Microsoft Teams-møde"), custom(OURS)]],
  ])("writes nothing when %s", async (_name, locations) => {
    const { fake, replace } = setUp(locations);
    await expect(replace()).resolves.toEqual({ kind: "unchanged" });
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.state.locations).toEqual(locations);
  });

  it.each(["enhancedLocation.getAsync", "enhancedLocation.removeAsync"])(
    "rejects with OfficeCallError when %s fails, the location as it was",
    async (path) => {
      const locations = [custom(ADDRESS), custom(OURS)];
      const { fake, replace } = setUp(locations, { fail: { [path]: FAILURE } });
      await expect(replace()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.state.locations).toEqual(locations);
    },
  );

  it("undo adds nothing again that the person put back already", async () => {
    const { fake, replace } = setUp([custom(ADDRESS), custom(OURS)]);
    const result = await replace();
    if (result.kind !== "replaced") throw new Error("not replaced");
    fake.state.locations.push(custom(ADDRESS));
    fake.calls.length = 0;
    await expect(undoLocationReplacement(fake.compose, result.previous)).resolves.toEqual({
      kind: "restored",
    });
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.location()).toBe(`${OURS}; ${ADDRESS}`);
  });

  it("undo rejects with OfficeCallError when Office refuses, and changes nothing", async () => {
    const fake = installFakeOutlook({
      mailbox: "1.8",
      state: { locations: [custom(OURS)] },
      fail: { "enhancedLocation.addAsync": FAILURE },
    });
    const entries = [{ id: ADDRESS, type: "custom" } as Office.LocationIdentifier];
    await expect(
      undoLocationReplacement(fake.compose, { kind: "entries", entries, text: ADDRESS }),
    ).rejects.toBeInstanceOf(OfficeCallError);
    expect(fake.location()).toBe(OURS);
  });
});

describe("replaceLocationWithMeeting and undo (older clients: the location text)", () => {
  const setUp = (text: string, options: FakeOptions = {}) => {
    const fake = installFakeOutlook({
      mailbox: "1.5",
      ...options,
      state: { locations: text === "" ? [] : [custom(text)] },
    });
    const replace = () => replaceLocationWithMeeting(fake.compose, { provider, joinUrl: URL });
    return { fake, replace };
  };

  it("sets the text to our entry in one write, and undo sets it back", async () => {
    const before = `${ADDRESS}; ${OURS}`;
    const { fake, replace } = setUp(before);
    const result = await replace();
    expect(result).toEqual({
      kind: "replaced",
      previous: { kind: "text", text: ADDRESS, before, written: OURS },
    });
    expect(writes(fake.calls)).toEqual(["location.setAsync"]);
    expect(fake.location()).toBe(OURS);
    if (result.kind !== "replaced") throw new Error("not replaced");
    await expect(undoLocationReplacement(fake.compose, result.previous)).resolves.toEqual({
      kind: "restored",
    });
    expect(fake.location()).toBe(before);
  });

  it("keeps another online meeting's entry in the text", async () => {
    const { fake, replace } = setUp(`Microsoft Teams-møde; ${ADDRESS}; ${OURS}`);
    await replace();
    expect(fake.location()).toBe(`Microsoft Teams-møde; ${OURS}`);
  });

  it("undo writes nothing when the person changed the location since, and says so", async () => {
    const { fake, replace } = setUp(`${ADDRESS}; ${OURS}`);
    const result = await replace();
    if (result.kind !== "replaced") throw new Error("not replaced");
    fake.state.locations = [custom(`Kantinen; ${OURS}`)];
    fake.calls.length = 0;
    await expect(undoLocationReplacement(fake.compose, result.previous)).resolves.toEqual({
      kind: "changed",
    });
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.location()).toBe(`Kantinen; ${OURS}`);
  });

  it("writes nothing when our entry is not in the text", async () => {
    const { fake, replace } = setUp(ADDRESS);
    await expect(replace()).resolves.toEqual({ kind: "unchanged" });
    expect(writes(fake.calls)).toEqual([]);
  });

  it.each(["location.getAsync", "location.setAsync"])(
    "rejects with OfficeCallError when %s fails, the text as it was",
    async (path) => {
      const { fake, replace } = setUp(`${ADDRESS}; ${OURS}`, { fail: { [path]: FAILURE } });
      await expect(replace()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.location()).toBe(`${ADDRESS}; ${OURS}`);
    },
  );
});

describe("insertMeetingInLocation (the invitation's text too long for the block)", () => {
  const body = "<p>Bilag.</p>";
  const setUp = (options: FakeOptions = {}) => {
    const fake = installFakeOutlook({ ...options, state: { body, ...options.state } });
    const insert = () =>
      insertMeetingInLocation(fake.compose, {
        provider,
        locale: "da",
        random: drawing4711471147(),
      });
    return { fake, insert };
  };

  it("adds only the join link to the location, recorded as ours, so that Remove takes it out", async () => {
    const { fake, insert } = setUp({ state: { locations: [custom("SUH Roskilde")] } });
    await expect(insert()).resolves.toEqual({
      kind: "inserted",
      meetingId: ID,
      joinUrl: URL,
      recorded: true,
    });
    expect(fake.state.body).toBe(body);
    expect(fake.location()).toBe(`SUH Roskilde; ${OURS}`);
    expect(fake.state.customProperties).toEqual({ [OWN_MEETING_PROPERTY]: ID });
    expect(writes(fake.calls)).toEqual(["customProperties.saveAsync", "enhancedLocation.addAsync"]);
    expect(hasOwnJabberMeeting(fake.state.body, fake.location(), provider, ID)).toBe(true);

    await expect(removeJabberMeeting(fake.compose, { provider })).resolves.toEqual({
      kind: "removed",
    });
    expect(fake.location()).toBe("SUH Roskilde");
    expect(fake.state.body).toBe(body);
  });

  it("appends to the text on an older client", async () => {
    const { fake, insert } = setUp({ mailbox: "1.5", state: { locations: [custom("SUH")] } });
    await insert();
    expect(writes(fake.calls)).toEqual(["customProperties.saveAsync", "location.setAsync"]);
    expect(fake.location()).toBe(`SUH; ${OURS}`);
  });

  it("writes nothing when the link would not fit in the location's 255 characters", async () => {
    const long = "x".repeat(255 - OURS.length - 1);
    const { fake, insert } = setUp({ state: { locations: [custom(long)] } });
    await expect(insert()).resolves.toEqual({ kind: "location-full" });
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.state.customProperties).toEqual({});
  });

  it("fits exactly at 255 characters", async () => {
    const long = "x".repeat(255 - OURS.length - 2);
    const { insert } = setUp({ state: { locations: [custom(long)] } });
    await expect(insert()).resolves.toMatchObject({ kind: "inserted" });
  });

  it("writes nothing when the location already holds a meeting of the provider", async () => {
    const other = "https://video.regionsjaelland.dk/meeting/1234512345";
    const { fake, insert } = setUp({ state: { locations: [custom(`Jabber ${other}`)] } });
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: other });
    expect(writes(fake.calls)).toEqual([]);
  });

  it("takes the record back and rejects when Office refuses the location", async () => {
    const { fake, insert } = setUp({ fail: { "enhancedLocation.addAsync": FAILURE } });
    await expect(insert()).rejects.toBeInstanceOf(OfficeCallError);
    expect(fake.location()).toBe("");
    expect(fake.state.customProperties).toEqual({});
  });

  it("rejects before writing anything when the location cannot be read", async () => {
    const { fake, insert } = setUp({ fail: { "location.getAsync": FAILURE } });
    await expect(insert()).rejects.toBeInstanceOf(OfficeCallError);
    expect(writes(fake.calls)).toEqual([]);
  });

  it("still puts the link in when the record cannot be saved, and says it is not recorded", async () => {
    const { fake, insert } = setUp({ fail: { "customProperties.saveAsync": FAILURE } });
    await expect(insert()).resolves.toMatchObject({ kind: "inserted", recorded: false });
    expect(fake.location()).toBe(OURS);
  });
});
