import { advise } from "../../../src/advisor";
import type { PersonalDataFinding } from "../../../src/advisor/types";
import { MAX_BODY_LENGTH } from "../../../src/office/meetingLink";
import { maskPersonalData, MaskPersonalDataError } from "../../../src/office/maskPersonalData";
import {
  installFakeOutlook,
  uninstallFakeOutlook,
  type Fake,
  type FakeOptions,
} from "./fakeOutlook";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";

/** The fake with subject.setAsync, which Outlook has in compose mode (Mailbox 1.1). */
function install(options: FakeOptions): Fake {
  const fake = installFakeOutlook(options);
  const subject = fake.compose.subject as unknown as Record<string, unknown>;
  subject.setAsync = (text: string, callback: (r: Office.AsyncResult<void>) => void) => {
    fake.calls.push("subject.setAsync");
    setTimeout(() => {
      fake.state.subject = text;
      callback({ status: "succeeded", value: undefined } as unknown as Office.AsyncResult<void>);
    }, 0);
  };
  return fake;
}

/** What the pane has: the advice's findings on the meeting as the fake holds it now. */
function findingsOf(fake: Fake): PersonalDataFinding[] {
  return advise(
    {
      subject: fake.state.subject,
      body: fake.state.body,
      bodyType: fake.state.bodyType,
      location: fake.location(),
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      attendees: [],
    },
    { policy: DEFAULT_POLICY },
  ).personalData;
}

/** The positions where two strings of the same length differ. */
function differences(before: string, after: string): number[] {
  expect(after.length).toBe(before.length);
  const at: number[] = [];
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) at.push(i);
  return at;
}

afterEach(() => uninstallFakeOutlook());

describe("masking CPR numbers in the appointment", () => {
  it("changes only the four digits in an HTML body, in one write", async () => {
    const body =
      '<html><head><style>p { margin: 0 }</style></head><body><p class="MsoNormal">Vedr. patient 01<b>01</b>90&nbsp;1234 &amp; mere</p><div>Ring 12345678 – sag 2027-0042</div></body></html>';
    const fake = install({ state: { body, bodyType: "html" } });
    const result = await maskPersonalData(fake.compose, findingsOf(fake));
    expect(result).toEqual({ masked: ["body"], gone: [] });
    const changed = differences(body, fake.state.body);
    expect(changed).toHaveLength(4);
    for (const i of changed) {
      expect(body[i]).toMatch(/\d/);
      expect(fake.state.body[i]).toBe("*");
    }
    expect(fake.state.body).toContain("01<b>01</b>90&nbsp;****");
    expect(fake.calls.filter((c) => c.endsWith("setAsync"))).toEqual(["body.setAsync"]);
    expect(findingsOf(fake)).toEqual([]);
  });

  it("changes only the four digits in a plain-text body", async () => {
    const body = "Dagsorden\r\n1. Borger 010190-1234\r\n2. Evt.\u00a0 https://x.dk/0202901234";
    const fake = install({ state: { body, bodyType: "text" } });
    await maskPersonalData(fake.compose, findingsOf(fake));
    expect(fake.state.body).toBe(
      "Dagsorden\r\n1. Borger 010190-****\r\n2. Evt.\u00a0 https://x.dk/0202901234",
    );
    expect(fake.calls).toContain("body.getTypeAsync");
    expect(fake.calls.filter((c) => c === "body.setAsync")).toHaveLength(1);
  });

  it("masks a number in hidden text in the body, and the subject and location in one write each", async () => {
    const body =
      "<html><head><title>Pt. 030390-1234</title></head><body><p>Møde om forløbet</p></body></html>";
    const fake = install({
      state: {
        subject: "Opfølgning CPR 0101901234",
        body,
        locations: [
          {
            locationIdentifier: { id: "x", type: "custom" },
            displayName: "Stue 3 (pt. 020290 1234)",
            emailAddress: "",
          } as Office.LocationDetails,
        ],
      },
    });
    const findings = findingsOf(fake);
    expect(findings.map((f) => f.field).sort()).toEqual(["hidden", "location", "subject"]);
    const result = await maskPersonalData(fake.compose, findings);
    expect(result).toEqual({ masked: ["body", "subject", "location"], gone: [] });
    expect(fake.state.subject).toBe("Opfølgning CPR 010190****");
    expect(fake.location()).toBe("Stue 3 (pt. 020290 ****)");
    expect(differences(body, fake.state.body)).toHaveLength(4);
    expect(fake.calls.filter((c) => c.endsWith("setAsync")).sort()).toEqual([
      "body.setAsync",
      "location.setAsync",
      "subject.setAsync",
    ]);
  });

  it("reads again before writing: keeps what the person typed since, writes nothing when the number is gone", async () => {
    const fake = install({
      state: { subject: "Sag 0101901234", body: "<p>Borger 0202901234</p>" },
    });
    const findings = findingsOf(fake);
    // The person goes on typing after the pane read the meeting.
    fake.state.subject = "Sag udsat";
    fake.state.body = "<p>Borger 0202901234</p><p>Ny note skrevet lige nu</p>";
    const result = await maskPersonalData(fake.compose, findings);
    expect(result).toEqual({ masked: ["body"], gone: ["subject"] });
    expect(fake.state.subject).toBe("Sag udsat");
    expect(fake.state.body).toBe("<p>Borger 020290****</p><p>Ny note skrevet lige nu</p>");
    expect(fake.calls).not.toContain("subject.setAsync");
  });

  it("masks only the numbers the pane showed", async () => {
    const fake = install({ state: { body: "<p>Borger 0202901234</p>" } });
    const findings = findingsOf(fake);
    fake.state.body = "<p>Borger 0202901234 og 0303901234</p>";
    await maskPersonalData(fake.compose, findings);
    expect(fake.state.body).toBe("<p>Borger 020290**** og 0303901234</p>");
  });

  it("refuses a body too large for Outlook to take back, before writing it", async () => {
    const body = `<p>CPR 0101901234</p><p>${"x".repeat(MAX_BODY_LENGTH)}</p>`;
    const fake = install({ state: { body } });
    const error = await maskPersonalData(fake.compose, findingsOf(fake)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaskPersonalDataError);
    expect(error).toMatchObject({ field: "body", tooLarge: true, masked: [] });
    expect(fake.calls).not.toContain("body.setAsync");
    expect(fake.state.body).toBe(body);
  });

  it("names the field whose write Outlook refused, and what was masked before it", async () => {
    const fake = install({
      state: { subject: "Sag 0101901234", body: "<p>CPR 0202901234</p>" },
      fail: {
        "subject.getAsync": { name: "GenericResponseError", code: 9020, message: "failed" },
      },
    });
    const error = await maskPersonalData(fake.compose, findingsOf(fake)).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "subject", tooLarge: false, masked: ["body"] });
    expect(fake.state.body).toBe("<p>CPR 020290****</p>");
    expect(fake.state.subject).toBe("Sag 0101901234");
  });

  it("tells a body Outlook refuses as too large from other failures", async () => {
    const fake = install({
      state: { body: "<p>CPR 0202901234</p>" },
      fail: {
        "body.setAsync": { name: "DataExceedsMaximumSize", code: 9000, message: "too large" },
      },
    });
    const error = await maskPersonalData(fake.compose, findingsOf(fake)).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "body", tooLarge: true, masked: [] });
    expect(fake.state.body).toBe("<p>CPR 0202901234</p>");
  });
});
