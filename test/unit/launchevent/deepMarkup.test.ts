/**
 * A body of 200,000 nested elements is read without a stack overflow by the event handlers (the
 * advice and the CPR check at send) and by what the pane runs on every change (the advice and the
 * check for Mødeguide's own meeting): every pass over markup is a loop, never recursion.
 */
import { advise } from "../../../src/advisor";
import { onAppointmentSend, onNewAppointmentOrganizer } from "../../../src/launchevent/launchevent";
import { buildJabberBlock } from "../../../src/office/jabberBlock";
import { hasOwnJabberMeeting } from "../../../src/office/meetingLink";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import {
  fakeEvent,
  fakeOutlook,
  served,
  servePolicy,
  setsUpTo,
} from "../../fixtures/launchevent/fakeOutlook";

const DEPTH = 200_000;
const nested = (inner: string): string => "<div>".repeat(DEPTH) + inner + "</div>".repeat(DEPTH);
const globals = globalThis as { Office?: unknown; fetch?: unknown };
const realFetch = globals.fetch;

beforeEach(() => servePolicy(served(DEFAULT_POLICY)));
afterEach(() => {
  delete globals.Office;
  globals.fetch = realFetch;
});

function install(body: string) {
  const outlook = fakeOutlook({
    appointment: {
      subject: "Statusmøde om vagtplanen",
      body,
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      organizer: { email: "anne@regionsjaelland.dk" },
      required: [{ email: "bo@regionsjaelland.dk" }],
    },
    mailboxSets: setsUpTo("1.14"),
    settings: { site: "Sorø" },
  });
  globals.Office = outlook.office;
  return outlook;
}

describe("200,000 nested elements", () => {
  it("hold a send with a CPR number deep inside", async () => {
    const outlook = install(nested("Patient CPR 010270-1234"));
    const event = fakeEvent(outlook);
    await onAppointmentSend(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false });
  });

  it("get a compose notice, completed once", async () => {
    const outlook = install(nested("Vi fordeler opgaverne."));
    const event = fakeEvent(outlook);
    await onNewAppointmentOrganizer(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("are read by the pane's advice and its own-meeting check", () => {
    const body = buildJabberBlock(DEFAULT_POLICY.meetingLink, "4711471147", "da") + nested("Hej");
    const advice = advise(
      {
        subject: "Statusmøde",
        body,
        bodyType: "html",
        start: "2027-02-02T10:00:00+01:00",
        end: "2027-02-02T11:00:00+01:00",
        attendees: [{ email: "bo@regionsjaelland.dk" }],
      },
      { policy: DEFAULT_POLICY },
    );
    expect(advice.meetingLink.present).toBe(true);
    expect(hasOwnJabberMeeting(body, "", DEFAULT_POLICY.meetingLink, "4711471147")).toBe(true);
  });
});
