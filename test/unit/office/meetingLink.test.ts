import { readFileSync } from "fs";
import { join } from "path";
import { OfficeCallError } from "../../../src/office/async";
import {
  buildJabberBlock,
  buildJabberBlockText,
  TEXT_SEPARATOR,
} from "../../../src/office/jabberBlock";
import {
  hasOwnJabberMeeting,
  insertJabberMeeting,
  MAX_BODY_LENGTH,
  prependToHtml,
  removeFromLocationText,
  removeJabberMeeting,
} from "../../../src/office/meetingLink";
import {
  loadOwnership,
  MEETING_REMOVED_PROPERTY,
  OWN_MEETING_PROPERTY,
} from "../../../src/office/ownership";
import type { MeetingLinkProvider } from "../../../src/policy/types";
import { installFakeOutlook, uninstallFakeOutlook, type FakeOptions } from "./fakeOutlook";

const FIXTURES = join(__dirname, "../../fixtures/office");
const provider = JSON.parse(
  readFileSync(join(FIXTURES, "provider.json"), "utf8"),
) as MeetingLinkProvider;

afterEach(uninstallFakeOutlook);

/** Random values that draw the meeting id 4711471147 (the first digit from 1–9, the rest 0–9). */
function drawing4711471147(): () => number {
  const values = [3 / 9 + 0.01, 0.71, 0.11, 0.11, 0.41, 0.71, 0.11, 0.11, 0.41, 0.71];
  let i = 0;
  return () => values[i++] ?? 0;
}

const ID = "4711471147";
const URL = `https://video.regionsjaelland.dk/meeting/${ID}`;
/** The item records meeting ID as Mødeguide's own, as insert leaves it. */
const OWNED = { customProperties: { [OWN_MEETING_PROPERTY]: ID } };
const OURS_DA = `Cisco Jabber: ${URL}`;
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

function setUp(options: FakeOptions = {}) {
  const fake = installFakeOutlook(options);
  const insert = (locale: "da" | "en" = "da") =>
    insertJabberMeeting(fake.compose, { provider, locale, random: drawing4711471147() });
  const remove = () => removeJabberMeeting(fake.compose, { provider });
  return { fake, insert, remove };
}

describe("insertJabberMeeting into an HTML body", () => {
  it("records the meeting id on the item as Mødeguide's own before writing the block", async () => {
    const { fake, insert } = setUp();
    await insert();
    expect(fake.state.customProperties).toEqual({ [OWN_MEETING_PROPERTY]: ID });
    expect(fake.calls.indexOf("customProperties.saveAsync")).toBeLessThan(
      fake.calls.indexOf("body.prependAsync"),
    );
  });

  it("still inserts when the record cannot be saved, and says it is not recorded", async () => {
    const { fake, insert } = setUp({
      fail: {
        "customProperties.saveAsync": { name: "GenericResponseError", code: 9020, message: "nope" },
      },
    });
    await expect(insert()).resolves.toMatchObject({ kind: "inserted", recorded: false });
    expect(fake.state.body).toContain(URL);
    expect(fake.state.customProperties).toEqual({});
  });

  it("puts the block at the top without touching the person's text, and the link in the empty location", async () => {
    const original = "<p>Hej alle,</p><p>dagsorden følger.</p>";
    const { fake, insert } = setUp({ state: { body: original } });
    await expect(insert()).resolves.toEqual({
      kind: "inserted",
      meetingId: ID,
      joinUrl: URL,
      recorded: true,
    });
    expect(fake.state.body).toBe(buildJabberBlock(provider, ID, "da") + original);
    expect(fake.location()).toBe(OURS_DA);
    expect(fake.calls).not.toContain("body.setAsync");
  });

  it("puts the block inside <body> of a whole document", async () => {
    const original = "<html><head><style>p{}</style></head><body><p>Hej</p></body></html>";
    const { fake, insert } = setUp({ state: { body: original } });
    await insert("en");
    expect(fake.state.body).toBe(
      `<html><head><style>p{}</style></head><body>${buildJabberBlock(provider, ID, "en")}<p>Hej</p></body></html>`,
    );
  });

  it("inserts once: a second insert finds the meeting and writes nothing", async () => {
    const { fake, insert } = setUp();
    await insert();
    const body = fake.state.body;
    const location = fake.location();
    const writes = fake.calls.filter((c) => /prependAsync|setAsync|addAsync/.test(c)).length;
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: URL });
    expect(fake.state.body).toBe(body);
    expect(fake.location()).toBe(location);
    expect(fake.calls.filter((c) => /prependAsync|setAsync|addAsync/.test(c))).toHaveLength(writes);
    expect(body.split(URL).length - 1).toBe(2); // link text and href of the one block
  });

  it("finds the block again after Outlook re-serialised it", async () => {
    const input = readFileSync(
      join(FIXTURES, "reserialised/classic-windows-word-html.input.html.txt"),
      "utf8",
    );
    const { fake, insert } = setUp({ state: { body: input } });
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: URL });
    expect(fake.calls).not.toContain("body.prependAsync");
  });

  it("treats a link of the provider that the person pasted as a meeting already there", async () => {
    const other = "https://video.regionsjaelland.dk/meeting/1234512345";
    const { fake, insert } = setUp({
      state: { body: `<p>Vi bruger <a href="${other}">dette møde</a>.</p>` },
    });
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: other });
    expect(fake.calls).not.toContain("body.prependAsync");
    expect(fake.location()).toBe("");
  });

  it("treats a link of the provider in the location as a meeting already there", async () => {
    const other = "https://video.regionsjaelland.dk/meeting/1234512345";
    const { fake, insert } = setUp({ state: { locations: [custom(`Jabber ${other}`)] } });
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: other });
    expect(fake.calls).not.toContain("body.prependAsync");
    expect(fake.location()).toBe(`Jabber ${other}`);
  });

  it("writes nothing when the body would pass 1,000,000 characters", async () => {
    const big = `<p>${"x".repeat(MAX_BODY_LENGTH - 200)}</p>`;
    const { fake, insert } = setUp({ state: { body: big } });
    await expect(insert()).resolves.toEqual({ kind: "body-too-large" });
    expect(fake.state.body).toBe(big);
    expect(fake.calls).not.toContain("body.prependAsync");
    expect(fake.calls.filter((c) => /setAsync|addAsync/.test(c))).toEqual([]);
  });

  it("inserts into a body just under the limit", async () => {
    const block = buildJabberBlock(provider, ID, "da");
    const body = "x".repeat(MAX_BODY_LENGTH - block.length);
    const { insert } = setUp({ state: { body } });
    await expect(insert()).resolves.toMatchObject({ kind: "inserted" });
  });

  it.each(["body.getTypeAsync", "body.getAsync", "body.prependAsync"])(
    "rejects with OfficeCallError when %s fails",
    async (path) => {
      const { fake, insert } = setUp({
        fail: { [path]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(insert()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.location()).toBe("");
    },
  );

  it.each(["location.getAsync", "enhancedLocation.addAsync"])(
    "still reports the meeting inserted when %s fails (the body holds the link)",
    async (path) => {
      const { fake, insert } = setUp({
        fail: { [path]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(insert()).resolves.toMatchObject({ kind: "inserted", joinUrl: URL });
      expect(fake.state.body).toContain(URL);
    },
  );
});

describe("the location", () => {
  it("adds our part beside a room as a custom location (Mailbox 1.8), keeping the room", async () => {
    const { fake, insert, remove } = setUp({ mailbox: "1.8", state: { locations: [ROOM] } });
    await insert();
    expect(fake.state.locations).toEqual([ROOM, custom(OURS_DA)]);
    expect(fake.calls).not.toContain("location.setAsync");
    await remove();
    expect(fake.state.locations).toEqual([ROOM]);
  });

  it("appends to text with '; ' on a Mailbox 1.3 client and takes exactly that away again", async () => {
    const { fake, insert, remove } = setUp({
      mailbox: "1.3",
      state: { locations: [custom("Kantinen, Sorø")] },
    });
    await insert();
    expect(fake.location()).toBe(`Kantinen, Sorø; ${OURS_DA}`);
    await remove();
    expect(fake.location()).toBe("Kantinen, Sorø");
  });

  it("sets an empty location to our part on a Mailbox 1.3 client", async () => {
    const { fake, insert } = setUp({ mailbox: "1.3" });
    await insert();
    expect(fake.location()).toBe(OURS_DA);
    expect(fake.calls).toContain("location.setAsync");
  });

  it.each([
    [255 - 2 - OURS_DA.length, true],
    [255 - 2 - OURS_DA.length + 1, false],
  ])("with %i characters there already, adds our part: %s", async (length, added) => {
    const existing = "L".repeat(length);
    for (const mailbox of ["1.3", "1.8"]) {
      const { fake, insert } = setUp({ mailbox, state: { locations: [custom(existing)] } });
      await insert();
      expect(fake.location()).toBe(added ? `${existing}; ${OURS_DA}` : existing);
      expect(fake.location().length).toBeLessThanOrEqual(255);
      uninstallFakeOutlook();
    }
  });
});

describe("insertJabberMeeting when Office refuses the block", () => {
  it.each(["body.prependAsync", "body.getAsync", "body.getTypeAsync"])(
    "leaves the item as it was when %s fails: body, location and record",
    async (call) => {
      const original = "<p>Hej alle,</p>";
      const { fake, insert } = setUp({
        state: { body: original, locations: [custom("Kantinen")] },
        fail: { [call]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(insert()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.state.body).toBe(original);
      expect(fake.location()).toBe("Kantinen");
      expect(fake.state.customProperties).toEqual({});
    },
  );
});

describe("insertJabberMeeting with bodyWrite rewrite (Outlook on iOS and Android)", () => {
  const rewrite = (fake: ReturnType<typeof setUp>["fake"]) =>
    insertJabberMeeting(fake.compose, {
      provider,
      locale: "da",
      random: drawing4711471147(),
      bodyWrite: "rewrite",
    });

  it("reads the HTML body and sets it with the block after <body>, using only Mailbox 1.5 calls", async () => {
    const original = "<html><head></head><body><p>Hej</p></body></html>";
    const { fake } = setUp({ mailbox: "1.5", state: { body: original } });
    await expect(rewrite(fake)).resolves.toEqual({
      kind: "inserted",
      meetingId: ID,
      joinUrl: URL,
      recorded: true,
    });
    expect(fake.state.body).toBe(
      `<html><head></head><body>${buildJabberBlock(provider, ID, "da")}<p>Hej</p></body></html>`,
    );
    expect(fake.location()).toBe(OURS_DA);
    expect([...new Set(fake.calls)].sort()).toEqual([
      "body.getAsync",
      "body.setAsync",
      "customProperties.saveAsync",
      "loadCustomPropertiesAsync",
      "location.getAsync",
      "location.setAsync",
    ]);
  });

  it("extends the location as text even where enhanced locations exist", async () => {
    const { fake } = setUp({ mailbox: "1.14", state: { locations: [custom("Kantinen")] } });
    await rewrite(fake);
    expect(fake.location()).toBe(`Kantinen; ${OURS_DA}`);
    expect(fake.calls).not.toContain("enhancedLocation.addAsync");
  });

  it("writes nothing when the meeting is already there, or another provider's is", async () => {
    for (const body of [
      `<p>${URL}</p>`,
      "<p>https://teams.microsoft.com/l/meetup-join/19%3a1</p>",
    ]) {
      const { fake } = setUp({ mailbox: "1.5", state: { body } });
      await rewrite(fake);
      expect(fake.state.body).toBe(body);
      expect(fake.calls.filter((c) => /setAsync|saveAsync/.test(c))).toEqual([]);
      uninstallFakeOutlook();
    }
  });

  it("leaves the item as it was when setAsync fails", async () => {
    const original = "<p>Hej</p>";
    const { fake } = setUp({
      mailbox: "1.5",
      state: { body: original },
      fail: { "body.setAsync": { name: "GenericResponseError", code: 9020, message: "nope" } },
    });
    await expect(rewrite(fake)).rejects.toBeInstanceOf(OfficeCallError);
    expect(fake.state.body).toBe(original);
    expect(fake.location()).toBe("");
    expect(fake.state.customProperties).toEqual({});
  });
});

describe("prependToHtml", () => {
  it.each([
    ["<p>a</p>", "<b>x</b><p>a</p>"],
    [
      '<html><BODY class="c"><p>a</p></BODY></html>',
      '<html><BODY class="c"><b>x</b><p>a</p></BODY></html>',
    ],
    ["<!-- <body> --><body><p>a</p></body>", "<!-- <body> --><body><b>x</b><p>a</p></body>"],
    ["", "<b>x</b>"],
  ])("%s", (html, expected) => {
    expect(prependToHtml(html, "<b>x</b>")).toBe(expected);
  });
});

describe("the removal record", () => {
  it("is read with the meeting id, and set when the person removes the meeting", async () => {
    const { fake, insert, remove } = setUp();
    await insert();
    await expect(loadOwnership(fake.compose, 10)).resolves.toEqual({
      meetingId: ID,
      removed: false,
    });
    await remove();
    await expect(loadOwnership(fake.compose, 10)).resolves.toEqual({
      meetingId: null,
      removed: true,
    });
  });
});

describe("insertJabberMeeting into a plain-text body", () => {
  it("writes the plain-text block and a blank line above the person's text", async () => {
    const { fake, insert, remove } = setUp({
      state: { bodyType: "text", body: "Hej alle,\nvi ses." },
    });
    await insert();
    expect(fake.state.body).toBe(
      `${buildJabberBlockText(provider, ID, "da")}${TEXT_SEPARATOR}Hej alle,\nvi ses.`,
    );
    expect(fake.state.body).not.toContain("<");
    await expect(remove()).resolves.toEqual({ kind: "removed" });
    expect(fake.state.body).toBe("Hej alle,\nvi ses.");
  });

  it("writes only the block into an empty plain-text body", async () => {
    const { fake, insert } = setUp({ state: { bodyType: "text", body: "" } });
    await insert("en");
    expect(fake.state.body).toBe(buildJabberBlockText(provider, ID, "en"));
  });

  it("inserts once into a plain-text body", async () => {
    const { fake, insert } = setUp({ state: { bodyType: "text", body: "Hej" } });
    await insert();
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: URL });
    expect(fake.calls.filter((c) => c === "body.prependAsync")).toHaveLength(1);
  });
});

describe("removeJabberMeeting", () => {
  it.each(["1.3", "1.8", "1.14"])(
    "restores the original body and location exactly (Mailbox %s)",
    async (mailbox) => {
      const original = "<div>Hej alle,</div><div>Med venlig hilsen</div>";
      const { fake, insert, remove } = setUp({ mailbox, state: { ...OWNED, body: original } });
      await insert();
      await expect(remove()).resolves.toEqual({ kind: "removed" });
      expect(fake.state.body).toBe(original);
      expect(fake.location()).toBe("");
      // Nothing of it is left: its id is forgotten, Remove finds nothing more, and the item
      // records that the person took it out (so that it is never added back automatically).
      expect(fake.state.customProperties).toEqual({ [MEETING_REMOVED_PROPERTY]: "true" });
      await expect(remove()).resolves.toEqual({ kind: "not-present" });
    },
  );

  it("removes a re-serialised block exactly, and our location part beside a room", async () => {
    const input = readFileSync(
      join(FIXTURES, "reserialised/owa-read-x-prefix.input.html.txt"),
      "utf8",
    );
    const expected = readFileSync(
      join(FIXTURES, "reserialised/owa-read-x-prefix.expected.html.txt"),
      "utf8",
    );
    const { fake, remove } = setUp({
      state: { ...OWNED, body: input, locations: [ROOM, custom(`Cisco Jabber: ${URL}`)] },
    });
    await expect(remove()).resolves.toEqual({ kind: "removed" });
    expect(fake.state.body).toBe(expected);
    expect(fake.state.locations).toEqual([ROOM]);
  });

  it("is not-present, and writes nothing, when there is no meeting", async () => {
    const { fake, remove } = setUp({ state: { body: "<p>Hej</p>", locations: [ROOM], ...OWNED } });
    await expect(remove()).resolves.toEqual({ kind: "not-present" });
    expect(fake.calls.filter((c) => /setAsync|removeAsync/.test(c))).toEqual([]);
  });

  it("removes our location part even when the person already deleted the block", async () => {
    const { fake, remove } = setUp({
      mailbox: "1.3",
      state: { ...OWNED, locations: [custom(`Kantinen; ${OURS_DA}`)] },
    });
    await expect(remove()).resolves.toEqual({ kind: "removed" });
    expect(fake.location()).toBe("Kantinen");
    expect(fake.calls).not.toContain("body.setAsync");
  });

  it("leaves a custom location that the person wrote around the link", async () => {
    const theirs = `Møde via ${URL} eller kantinen`;
    const { fake, insert, remove } = setUp({ state: { ...OWNED, locations: [] } });
    await insert();
    fake.state.locations = [custom(theirs)];
    await remove();
    expect(fake.location()).toBe(theirs);
    expect(fake.state.body).not.toContain(URL);
  });

  it.each(["body.getAsync", "body.setAsync"])(
    "rejects with OfficeCallError when %s fails, before anything was written",
    async (path) => {
      const body = `${buildJabberBlock(provider, ID, "da")}<p>Hej</p>`;
      const { fake, remove } = setUp({
        state: { ...OWNED, body, locations: [custom(OURS_DA)] },
        fail: { [path]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(remove()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.state.body).toBe(body);
      expect(fake.location()).toBe(OURS_DA);
    },
  );

  it.each([
    ["location.getAsync", "1.3"],
    ["enhancedLocation.getAsync", "1.14"],
    ["enhancedLocation.removeAsync", "1.14"],
    ["location.setAsync", "1.3"],
  ])(
    "reports the meeting removed with the location kept when %s fails after the block is out (Mailbox %s)",
    async (path, mailbox) => {
      const { fake, remove } = setUp({
        mailbox,
        state: {
          ...OWNED,
          body: `${buildJabberBlock(provider, ID, "da")}<p>Hej</p>`,
          locations: [custom("Kantinen"), custom(OURS_DA)],
        },
        fail: { [path]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(remove()).resolves.toEqual({ kind: "removed", locationKept: true });
      expect(fake.state.body).toBe("<p>Hej</p>");
      expect(fake.location()).toBe(`Kantinen; ${OURS_DA}`);
    },
  );

  it.each([
    ["location.getAsync", "1.3"],
    ["enhancedLocation.removeAsync", "1.14"],
  ])(
    "rejects with OfficeCallError when %s fails and the body had no block (nothing written, Mailbox %s)",
    async (path, mailbox) => {
      const { fake, remove } = setUp({
        mailbox,
        state: { ...OWNED, body: "<p>Hej</p>", locations: [custom(OURS_DA)] },
        fail: { [path]: { name: "GenericResponseError", code: 9020, message: "nope" } },
      });
      await expect(remove()).rejects.toBeInstanceOf(OfficeCallError);
      expect(fake.state.body).toBe("<p>Hej</p>");
      expect(fake.calls).not.toContain("body.setAsync");
    },
  );

  it("removes nothing that Mødeguide did not record as its own, however much it looks like ours", async () => {
    const body = `${buildJabberBlock(provider, ID, "da")}<p>Hej</p>`;
    const { fake, remove } = setUp({ state: { body, locations: [custom(OURS_DA)] } });
    await expect(remove()).resolves.toEqual({ kind: "not-present" });
    expect(fake.state.body).toBe(body);
    expect(fake.location()).toBe(OURS_DA);
    expect(fake.calls.filter((c) => /setAsync|removeAsync/.test(c))).toEqual([]);
  });

  it("leaves a colleague's pasted block (another meeting id) and removes ours", async () => {
    const colleague = buildJabberBlock(provider, "1234512345", "da");
    const body = `${buildJabberBlock(provider, ID, "da")}<p>Videresendt:</p>${colleague}`;
    const { fake, remove } = setUp({ state: { ...OWNED, body } });
    await expect(remove()).resolves.toEqual({ kind: "removed" });
    expect(fake.state.body).toBe(`<p>Videresendt:</p>${colleague}`);
  });

  it("leaves a line of ours that the person typed into, says so, and keeps the record", async () => {
    const body = buildJabberBlock(provider, ID, "da").replace(
      `${URL}</a></p>`,
      `${URL}</a> (kode 42)</p>`,
    );
    const { fake, remove } = setUp({ state: { ...OWNED, body } });
    await expect(remove()).resolves.toEqual({ kind: "removed", edited: ["join"] });
    expect(fake.state.body).toContain("(kode 42)");
    expect(fake.state.body).toContain(URL);
    expect(fake.state.body).not.toContain("Videomøde i Cisco Jabber");
    expect(fake.state.customProperties).toEqual({
      ...OWNED.customProperties,
      [MEETING_REMOVED_PROPERTY]: "true",
    });
  });

  it("has no locationKept when everything was removed", async () => {
    const { remove } = setUp({
      state: {
        ...OWNED,
        body: `${buildJabberBlock(provider, ID, "da")}<p>Hej</p>`,
        locations: [custom(OURS_DA)],
      },
    });
    const result = await remove();
    expect(result).toEqual({ kind: "removed" });
    expect(result).not.toHaveProperty("locationKept");
  });
});

describe("another provider's meeting already in the invitation", () => {
  const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.v2/0";
  const ZOOM = "https://regionsjaelland.zoom.us/j/81234567890";

  it.each([
    [
      "a Teams link in the body",
      { body: `<p>Teams: <a href="${TEAMS}">Deltag</a></p>` },
      ["teams"],
    ],
    ["a Zoom link in the location", { locations: [custom(`Zoom ${ZOOM}`)] }, ["zoom"]],
    [
      "Teams in the body and Zoom in the location",
      { body: `<p>${TEAMS}</p><p>${TEAMS}</p>`, locations: [custom(ZOOM)] },
      ["teams", "zoom"],
    ],
  ] as const)("with %s, writes nothing and says which", async (_name, state, providers) => {
    const { fake, insert } = setUp({ state: { ...state } as FakeOptions["state"] });
    const body = fake.state.body;
    const location = fake.location();
    await expect(insert()).resolves.toEqual({ kind: "other-meeting", providers });
    expect(fake.state.body).toBe(body);
    expect(fake.location()).toBe(location);
    expect(fake.calls.filter((c) => /prependAsync|setAsync|addAsync/.test(c))).toEqual([]);
  });

  it("inserts beside it once the person has confirmed (allowOthers)", async () => {
    const original = `<p>Teams: <a href="${TEAMS}">Deltag</a></p>`;
    const { fake } = setUp({ state: { body: original } });
    await expect(
      insertJabberMeeting(fake.compose, {
        provider,
        locale: "da",
        random: drawing4711471147(),
        allowOthers: true,
      }),
    ).resolves.toEqual({ kind: "inserted", meetingId: ID, joinUrl: URL, recorded: true });
    expect(fake.state.body).toBe(buildJabberBlock(provider, ID, "da") + original);
  });

  it("still says already-present when the provider's meeting is there too", async () => {
    const { fake, insert } = setUp({
      state: { body: `<p>${TEAMS}</p><p>${URL}</p>` },
    });
    await expect(insert()).resolves.toEqual({ kind: "already-present", joinUrl: URL });
    expect(fake.calls).not.toContain("body.prependAsync");
  });
});

describe("hasOwnJabberMeeting", () => {
  const pasted = "https://video.regionsjaelland.dk/meeting/1234512345";
  it.each([
    ["our block in the body", buildJabberBlock(provider, ID, "da"), "", true],
    ["our block in English", buildJabberBlock(provider, ID, "en"), "", true],
    ["our location entry alone", "<p>Hej</p>", `Kantinen; ${OURS_DA}`, true],
    ["the bare link as the whole location (as insert may write it)", "<p>Hej</p>", URL, true],
    ["a link the person pasted into the body", `<p>Vi bruger ${pasted}</p>`, "", false],
    ["a link the person wrote into the location", "<p>Hej</p>", `Se ${pasted} her`, false],
    ["nothing", "<p>Hej</p>", "Kantinen", false],
  ])("%s: %s", (_name, html, location, expected) => {
    expect(hasOwnJabberMeeting(html, location, provider, ID)).toBe(expected);
  });

  it("is false for anything when the item records no meeting of Mødeguide's", () => {
    expect(hasOwnJabberMeeting(buildJabberBlock(provider, ID, "da"), OURS_DA, provider, null)).toBe(
      false,
    );
  });

  it("is false for a block of another meeting id (a colleague's)", () => {
    expect(
      hasOwnJabberMeeting(buildJabberBlock(provider, ID, "da"), "", provider, "1234512345"),
    ).toBe(false);
  });
});

describe("removeFromLocationText", () => {
  it.each([
    [OURS_DA, ""],
    [`Kantinen; ${OURS_DA}`, "Kantinen"],
    [`${OURS_DA}; Kantinen`, "Kantinen"],
    [`A; ${OURS_DA}; B`, "A; B"],
    [`Kantinen;${OURS_DA}`, "Kantinen"],
    [URL, ""],
    ["Kantinen", null],
    [`Se ${URL} her`, null],
  ])("%j becomes %j", (location, expected) => {
    expect(removeFromLocationText(location, provider, URL)).toBe(expected);
  });
});
