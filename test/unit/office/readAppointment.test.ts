import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { OfficeCallError } from "../../../src/office/async";
import {
  readAppointment,
  readTextFields,
  toRecurrence,
  toZonedIso,
  withTextFields,
} from "../../../src/office/readAppointment";
import { installFakeOutlook, ORGANIZER, person, uninstallFakeOutlook } from "./fakeOutlook";

/** The zone the tests read in: the embedded policy's. */
const ZONE = DEFAULT_POLICY.timeZone;

afterEach(uninstallFakeOutlook);

const KOEGE_ROOM = {
  locationIdentifier: { id: "lokale2.01.koege@regionsjaelland.dk", type: "room" },
  displayName: "Mødelokale 2.01, SUH Køge",
  emailAddress: "lokale2.01.koege@regionsjaelland.dk",
} as Office.LocationDetails;

describe("readAppointment in compose mode (the user organizes)", () => {
  it("reads every field on a Mailbox 1.14 client", async () => {
    const fake = installFakeOutlook({
      mailbox: "1.14",
      state: {
        subject: "Statusmøde: ny hjemmeside",
        body: "<p>1. Status</p>",
        start: new Date("2026-12-03T09:00:00Z"),
        end: new Date("2026-12-03T10:00:00Z"),
        locations: [KOEGE_ROOM],
        required: [ORGANIZER, person("bo@regionsjaelland.dk", "Bo Deltager")],
        optional: [person("cai@regionsjaelland.dk", "Cai Valgfri")],
        recurrence: {
          recurrenceType: "weekly",
          recurrenceProperties: { interval: 2, days: ["mon"] },
        } as unknown as Office.Recurrence,
        sensitivity: "private",
      },
    });
    const draft = await readAppointment(fake.compose, {
      timeZone: ZONE,
      userSite: "Køge",
      userUnit: "Kardiologi",
    });
    expect(draft).toEqual({
      subject: "Statusmøde: ny hjemmeside",
      body: "<p>1. Status</p>",
      bodyType: "html",
      start: "2026-12-03T10:00:00+01:00",
      end: "2026-12-03T11:00:00+01:00",
      timeZone: "Europe/Copenhagen",
      location: "Mødelokale 2.01, SUH Køge",
      organizer: {
        email: ORGANIZER.emailAddress,
        name: ORGANIZER.displayName,
        site: "Køge",
        unit: "Kardiologi",
      },
      attendees: [
        { email: "bo@regionsjaelland.dk", name: "Bo Deltager", type: "required" },
        { email: "cai@regionsjaelland.dk", name: "Cai Valgfri", type: "optional" },
        {
          email: "lokale2.01.koege@regionsjaelland.dk",
          name: "Mødelokale 2.01, SUH Køge",
          type: "resource",
        },
      ],
      recurrence: { frequency: "weekly", interval: 2 },
      sensitivity: "private",
    });
  });

  it("runs its calls in parallel but never more than 3 at once", async () => {
    const fake = installFakeOutlook({ mailbox: "1.14" });
    await readAppointment(fake.compose, { timeZone: ZONE });
    expect(fake.calls).toHaveLength(11);
    expect(fake.maxInFlight).toBe(3);
  });

  it("degrades on a Mailbox 1.3 client: no organizer.getAsync, recurrence, sensitivity or rooms", async () => {
    const fake = installFakeOutlook({
      mailbox: "1.3",
      userProfile: { emailAddress: "dorte@regionsjaelland.dk", displayName: "Dorte Profil" },
      state: { locations: [KOEGE_ROOM], recurrence: null },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE, userSite: "Sorø" });
    expect(fake.calls).not.toContain("organizer.getAsync");
    expect(fake.calls).not.toContain("recurrence.getAsync");
    expect(fake.calls).not.toContain("sensitivity.getAsync");
    expect(fake.calls).not.toContain("enhancedLocation.getAsync");
    expect(draft.organizer).toEqual({
      email: "dorte@regionsjaelland.dk",
      name: "Dorte Profil",
      site: "Sorø",
    });
    expect(draft).not.toHaveProperty("recurrence");
    expect(draft).not.toHaveProperty("sensitivity");
    expect(draft.location).toBe("Mødelokale 2.01, SUH Køge");
    expect(draft.attendees.map((a) => a.type)).toEqual(["required"]);
  });

  it("leaves out the organizer listed among the attendees, whatever the case of the e-mail", async () => {
    const shouting = person(ORGANIZER.emailAddress.toUpperCase(), ORGANIZER.displayName);
    const fake = installFakeOutlook({
      mailbox: "1.14",
      state: { required: [shouting], optional: [] },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft.attendees).toEqual([]);
  });

  it("reads recurrence (null for a single meeting) from 1.7 but sensitivity only from 1.14", async () => {
    const fake = installFakeOutlook({ mailbox: "1.8", state: { recurrence: null } });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft.recurrence).toBeNull();
    expect(fake.calls).toContain("organizer.getAsync");
    expect(fake.calls).not.toContain("sensitivity.getAsync");
  });

  it.each([
    "subject.getAsync",
    "body.getAsync",
    "start.getAsync",
    "end.getAsync",
    "location.getAsync",
    "requiredAttendees.getAsync",
    "optionalAttendees.getAsync",
  ])("rejects with OfficeCallError when %s fails", async (path) => {
    const fake = installFakeOutlook({
      mailbox: "1.14",
      fail: { [path]: { name: "GenericResponseError", code: 9020, message: `${path} failed` } },
    });
    const error = await readAppointment(fake.compose, { timeZone: ZONE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ officeCode: 9020, message: `${path} failed` });
  });

  // An optional field that cannot be read is left out: the person still gets advice.
  it.each([
    ["organizer.getAsync", "organizer"],
    ["recurrence.getAsync", "recurrence"],
    ["enhancedLocation.getAsync", "rooms"],
    ["sensitivity.getAsync", "sensitivity"],
  ])("leaves the field out when %s fails, and reads the rest", async (path, field) => {
    const fake = installFakeOutlook({
      mailbox: "1.14",
      userProfile: { emailAddress: "dorte@regionsjaelland.dk", displayName: "Dorte Profil" },
      state: {
        locations: [KOEGE_ROOM],
        recurrence: {
          recurrenceType: "weekly",
          recurrenceProperties: { interval: 1 },
        } as unknown as Office.Recurrence,
        sensitivity: "private",
      },
      fail: { [path]: { name: "GenericResponseError", code: 9020, message: `${path} failed` } },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE, userSite: "Sorø" });
    expect(draft.subject).toBe("Statusmøde");
    expect(draft.location).toBe("Mødelokale 2.01, SUH Køge");
    expect(draft.attendees.filter((a) => a.type === "required")).toHaveLength(1);
    const rooms = draft.attendees.filter((a) => a.type === "resource");
    expect(rooms).toHaveLength(field === "rooms" ? 0 : 1);
    if (field === "recurrence") expect(draft).not.toHaveProperty("recurrence");
    else expect(draft.recurrence).toEqual({ frequency: "weekly", interval: 1 });
    if (field === "sensitivity") expect(draft).not.toHaveProperty("sensitivity");
    else expect(draft.sensitivity).toBe("private");
    // Without organizer.getAsync the user is the organizer, as on clients before Mailbox 1.7.
    expect(draft.organizer).toEqual(
      field === "organizer"
        ? { email: "dorte@regionsjaelland.dk", name: "Dorte Profil", site: "Sorø" }
        : { email: ORGANIZER.emailAddress, name: ORGANIZER.displayName, site: "Sorø" },
    );
  });

  it("still gives a draft when every optional call fails at once", async () => {
    const failure = { name: "GenericResponseError", code: 9020, message: "nope" };
    const fake = installFakeOutlook({
      mailbox: "1.14",
      fail: {
        "organizer.getAsync": failure,
        "recurrence.getAsync": failure,
        "enhancedLocation.getAsync": failure,
        "sensitivity.getAsync": failure,
      },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft).toMatchObject({ subject: "Statusmøde", bodyType: "html" });
    expect(draft).not.toHaveProperty("recurrence");
    expect(draft).not.toHaveProperty("sensitivity");
    expect(draft.organizer?.email).toBe(ORGANIZER.emailAddress);
  });

  it("leaves isAllDay out when the preview API's call fails, and reads it when it works", async () => {
    for (const fails of [true, false]) {
      const fake = installFakeOutlook();
      (fake.compose as unknown as { isAllDayEvent: unknown }).isAllDayEvent = {
        getAsync: (cb: (r: Office.AsyncResult<boolean>) => void) =>
          setTimeout(() =>
            cb(
              (fails
                ? { status: "failed", error: { name: "X", code: 1, message: "m" } }
                : { status: "succeeded", value: true }) as unknown as Office.AsyncResult<boolean>,
            ),
          ),
      };
      const draft = await readAppointment(fake.compose, { timeZone: ZONE });
      if (fails) expect(draft).not.toHaveProperty("isAllDay");
      else expect(draft.isAllDay).toBe(true);
      uninstallFakeOutlook();
    }
  });

  it("rejects with OfficeCallError when a call throws synchronously", async () => {
    const fake = installFakeOutlook({ throwing: ["location.getAsync"] });
    await expect(readAppointment(fake.compose, { timeZone: ZONE })).rejects.toBeInstanceOf(
      OfficeCallError,
    );
  });

  it("does not list a room twice when it is also among the attendees", async () => {
    const fake = installFakeOutlook({
      state: {
        locations: [KOEGE_ROOM],
        optional: [person(KOEGE_ROOM.emailAddress, KOEGE_ROOM.displayName)],
      },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft.attendees.filter((a) => a.email === KOEGE_ROOM.emailAddress)).toHaveLength(1);
  });

  it("uses the location text as typed even when enhanced locations exist", async () => {
    const fake = installFakeOutlook({
      state: {
        locations: [
          KOEGE_ROOM,
          {
            locationIdentifier: { id: "Kantinen", type: "custom" },
            displayName: "Kantinen",
            emailAddress: "",
          } as Office.LocationDetails,
        ],
      },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft.location).toBe("Mødelokale 2.01, SUH Køge; Kantinen");
    expect(draft.attendees.filter((a) => a.type === "resource")).toHaveLength(1);
  });
});

describe("times in the user's zone", () => {
  it.each([
    // The night Copenhagen leaves summer time: 2026-10-25 03:00 CEST becomes 02:00 CET.
    ["2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00"],
    ["2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00"],
    ["2026-10-25T08:00:00Z", "2026-10-25T09:00:00+01:00"],
    ["2026-10-24T07:00:00Z", "2026-10-24T09:00:00+02:00"],
    ["2026-03-29T00:59:00Z", "2026-03-29T01:59:00+01:00"],
    ["2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00"],
  ])("%s is %s in Copenhagen", (utc, local) => {
    expect(toZonedIso(new Date(utc), "Europe/Copenhagen")).toBe(local);
  });

  it("gives a meeting across the change its two offsets", async () => {
    const fake = installFakeOutlook({
      state: {
        start: new Date("2026-10-25T00:30:00Z"),
        end: new Date("2026-10-25T02:30:00Z"),
      },
    });
    const draft = await readAppointment(fake.compose, { timeZone: ZONE });
    expect(draft.start).toBe("2026-10-25T02:30:00+02:00");
    expect(draft.end).toBe("2026-10-25T03:30:00+01:00");
    // Two hours pass although the clock shows one.
    expect(Date.parse(draft.end) - Date.parse(draft.start)).toBe(2 * 3600 * 1000);
  });

  it("converts to another zone when asked, and to UTC for an unknown one (a caller's bug)", async () => {
    const fake = installFakeOutlook();
    const london = await readAppointment(fake.compose, { timeZone: "Europe/London" });
    expect(london.start).toBe("2026-12-03T09:00:00+00:00");
    expect(london.timeZone).toBe("Europe/London");
    const unknown = await readAppointment(fake.compose, { timeZone: "Mars/Olympus" });
    expect(unknown.start).toBe("2026-12-03T09:00:00Z");
    expect(unknown.timeZone).toBe("UTC");
  });
});

describe("readAppointment in read mode (the user attends)", () => {
  it("reads the properties and gives the user's own attendee entry their site and unit", async () => {
    const fake = installFakeOutlook({
      mode: "read",
      mailbox: "1.14",
      state: {
        subject: "Beslutningsmøde",
        body: "<div>Vi beslutter.</div>",
        required: [
          person("Bo@RegionSjaelland.dk", "Bo Deltager"),
          person("eva@regionsjaelland.dk", "Eva"),
        ],
        recurrence: {
          recurrenceType: "weekday",
          recurrenceProperties: {},
        } as unknown as Office.Recurrence,
        sensitivity: "confidential",
      },
    });
    const draft = await readAppointment(fake.read, {
      timeZone: ZONE,
      userEmail: "bo@regionsjaelland.dk",
      userSite: "Holbæk",
      userUnit: "Akutafdelingen",
    });
    expect(draft.subject).toBe("Beslutningsmøde");
    expect(draft.body).toBe("<div>Vi beslutter.</div>");
    expect(draft.bodyType).toBe("html");
    expect(draft.organizer).toEqual({ email: ORGANIZER.emailAddress, name: ORGANIZER.displayName });
    expect(draft.attendees).toEqual([
      {
        email: "Bo@RegionSjaelland.dk",
        name: "Bo Deltager",
        type: "required",
        site: "Holbæk",
        unit: "Akutafdelingen",
      },
      { email: "eva@regionsjaelland.dk", name: "Eva", type: "required" },
    ]);
    expect(draft.recurrence).toEqual({ frequency: "daily" });
    expect(draft.sensitivity).toBe("confidential");
    expect(fake.calls.sort()).toEqual(["body.getAsync", "enhancedLocation.getAsync"]);
  });

  it("uses the user profile's address when no userEmail is given", async () => {
    const fake = installFakeOutlook({
      mode: "read",
      userProfile: { emailAddress: "eva@regionsjaelland.dk", displayName: "Eva" },
      state: { required: [person("eva@regionsjaelland.dk", "Eva")] },
    });
    const draft = await readAppointment(fake.read, { timeZone: ZONE, userSite: "Næstved" });
    expect(draft.attendees[0]).toMatchObject({ email: "eva@regionsjaelland.dk", site: "Næstved" });
    expect(draft.organizer).not.toHaveProperty("site");
  });

  it("degrades on a Mailbox 1.3 client", async () => {
    const fake = installFakeOutlook({
      mode: "read",
      mailbox: "1.3",
      state: { locations: [KOEGE_ROOM] },
    });
    const draft = await readAppointment(fake.read, { timeZone: ZONE });
    expect(fake.calls).toEqual(["body.getAsync"]);
    expect(draft).not.toHaveProperty("recurrence");
    expect(draft).not.toHaveProperty("sensitivity");
    expect(draft.organizer?.email).toBe(ORGANIZER.emailAddress);
    expect(draft.location).toBe("Mødelokale 2.01, SUH Køge");
  });

  it("turns rooms among enhanced locations into resources", async () => {
    const fake = installFakeOutlook({ mode: "read", state: { locations: [KOEGE_ROOM] } });
    const draft = await readAppointment(fake.read, { timeZone: ZONE });
    expect(draft.attendees).toContainEqual({
      email: KOEGE_ROOM.emailAddress,
      name: KOEGE_ROOM.displayName,
      type: "resource",
    });
  });

  it("reads without rooms when enhancedLocation.getAsync fails", async () => {
    const fake = installFakeOutlook({
      mode: "read",
      state: { locations: [KOEGE_ROOM] },
      fail: {
        "enhancedLocation.getAsync": { name: "InternalServerError", code: 9017, message: "no" },
      },
    });
    const draft = await readAppointment(fake.read, { timeZone: ZONE });
    expect(draft.location).toBe("Mødelokale 2.01, SUH Køge");
    expect(draft.attendees.filter((a) => a.type === "resource")).toEqual([]);
  });

  it("rejects with OfficeCallError when the body cannot be read", async () => {
    const fake = installFakeOutlook({
      mode: "read",
      fail: { "body.getAsync": { name: "InternalServerError", code: 9017, message: "nope" } },
    });
    await expect(readAppointment(fake.read, { timeZone: ZONE })).rejects.toMatchObject({
      code: "office-call-failed",
      officeCode: 9017,
    });
  });
});

describe("toRecurrence", () => {
  it.each([
    [
      { recurrenceType: "daily", recurrenceProperties: { interval: 3 } },
      { frequency: "daily", interval: 3 },
    ],
    [{ recurrenceType: "weekday" }, { frequency: "daily" }],
    [
      { recurrenceType: "monthly", recurrenceProperties: { interval: 1 } },
      { frequency: "monthly", interval: 1 },
    ],
    [{ recurrenceType: "yearly", recurrenceProperties: { interval: 0 } }, { frequency: "yearly" }],
    [{ recurrenceType: "fortnightly" }, null],
    [null, null],
  ])("%j becomes %j", (input, expected) => {
    expect(toRecurrence(input as unknown as Office.Recurrence)).toEqual(expected);
  });
});

describe("the cheap re-read of the text fields", () => {
  it("reads subject, body and location with 3 calls in compose mode", async () => {
    const fake = installFakeOutlook({
      state: { subject: "Nyt emne", body: "<p>Ny tekst</p>", locations: [KOEGE_ROOM] },
    });
    await expect(readTextFields(fake.compose)).resolves.toEqual({
      subject: "Nyt emne",
      body: "<p>Ny tekst</p>",
      location: "Mødelokale 2.01, SUH Køge",
    });
    expect([...fake.calls].sort()).toEqual([
      "body.getAsync",
      "location.getAsync",
      "subject.getAsync",
    ]);
  });

  it("reads only the body in read mode", async () => {
    const fake = installFakeOutlook({ mode: "read", state: { subject: "Beslutningsmøde" } });
    const fields = await readTextFields(fake.read);
    expect(fields.subject).toBe("Beslutningsmøde");
    expect(fake.calls).toEqual(["body.getAsync"]);
  });

  it("rejects with OfficeCallError when a call fails", async () => {
    const fake = installFakeOutlook({
      fail: { "subject.getAsync": { name: "InternalServerError", code: 9017, message: "no" } },
    });
    await expect(readTextFields(fake.compose)).rejects.toBeInstanceOf(OfficeCallError);
  });

  it("merges into the full draft, keeping everything else, and gives way when the location changed", async () => {
    const fake = installFakeOutlook({ state: { locations: [KOEGE_ROOM], sensitivity: "private" } });
    const full = await readAppointment(fake.compose, { timeZone: ZONE, userSite: "Køge" });
    const merged = withTextFields(full, {
      subject: "MUS med Bo",
      body: "<p>Samtale</p>",
      location: "Mødelokale 2.01, SUH Køge",
    });
    expect(merged).toEqual({ ...full, subject: "MUS med Bo", body: "<p>Samtale</p>" });
    expect(
      withTextFields(full, { subject: full.subject, body: full.body ?? "", location: "Kantinen" }),
    ).toBeNull();
  });
});
