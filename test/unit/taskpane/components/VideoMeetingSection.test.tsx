/**
 * @jest-environment jsdom
 */
import { act, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Advice, MeetingDraft } from "../../../../src/advisor/types";
import { OfficeCallError } from "../../../../src/office/async";
import { MAX_BODY_LENGTH } from "../../../../src/office/meetingLink";
import { DEFAULT_POLICY } from "../../../../src/policy/defaultPolicy";
import { VideoMeetingSection } from "../../../../src/taskpane/components/VideoMeetingSection";
import { LocaleContext } from "../../../../src/taskpane/locale";
import { PolicyProvider } from "../../../../src/taskpane/policy";
import {
  installFakeOutlook,
  uninstallFakeOutlook,
  type Fake,
  type FakeOptions,
} from "../../office/fakeOutlook";
import { reactRoot } from "../../reactRoot";

const ADDRESS = "SUH Køge, Lykkebækvej 1, 4600 Køge";
const JOIN = /^Cisco Jabber: https:\/\/video\.regionsjaelland\.dk\/meeting\/\d{10}$/;
const FAILURE = { name: "GenericResponseError", code: 9020, message: "nope" };
const custom = (text: string): Office.LocationDetails =>
  ({
    locationIdentifier: { id: text, type: "custom" },
    displayName: text,
    emailAddress: "",
  }) as Office.LocationDetails;

const advice: Advice = {
  recommendation: "virtual",
  purpose: "status",
  confidence: 0.8,
  reasons: [],
  reminders: [],
  travel: null,
  meetingLink: { present: false, others: [] },
  personalData: [],
  localGuidelines: [],
  videoMeeting: true,
};

const dom = reactRoot();
let fake: Fake;
let writeResults: unknown[];

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's message bar watches its width with one.
  (window as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  writeResults = [];
});

afterEach(() => {
  uninstallFakeOutlook();
});

/** The meeting as the pane reads it again after a write: the fake's body and location now. */
const draftOf = (f: Fake): MeetingDraft => ({
  subject: f.state.subject,
  body: f.state.body,
  location: f.location(),
  start: "2027-02-02T10:00:00+01:00",
  end: "2027-02-02T11:00:00+01:00",
  attendees: [{ email: "bo@regionsjaelland.dk", type: "required" }],
});

function Harness() {
  const [draft, setDraft] = useState(() => draftOf(fake));
  return (
    <VideoMeetingSection
      advice={advice}
      draft={draft}
      composeItem={fake.compose}
      onChanged={async () => setDraft(draftOf(fake))}
      runExclusive={(task) => task()}
      onWriteResult={(error) => writeResults.push(error)}
    />
  );
}

function render(options: FakeOptions) {
  fake = installFakeOutlook(options);
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <PolicyProvider value={{ policy: DEFAULT_POLICY, source: "default" }}>
          <LocaleContext.Provider value="da">
            <Harness />
          </LocaleContext.Provider>
        </PolicyProvider>
      </FluentProvider>,
    ),
  );
}

const byTestId = (id: string) => dom.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Lets Office's callbacks (a later tick each) and React's renders run until `ready` holds. */
async function until(ready: () => unknown, what: string) {
  for (let i = 0; i < 200; i++) {
    if (ready()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 2)));
  }
  throw new Error(`never: ${what}`);
}

async function click(id: string) {
  await until(() => byTestId(id), id);
  await act(async () => byTestId(id)!.click());
}

const placeKind = () => byTestId("place-message")?.getAttribute("data-kind");

describe("the location after inserting the meeting", () => {
  it("offers to replace the address, replaces it on request, and Undo puts it back", async () => {
    render({ state: { locations: [custom(ADDRESS)] } });
    await click("insert-jabber");
    await until(() => placeKind() === "offer", "the offer");
    expect(byTestId("place-message")?.textContent).toContain(
      `Placering viser også »${ADDRESS}«. Holdes mødet kun på video`,
    );
    expect(fake.location()).toMatch(new RegExp(`^${ADDRESS}; Cisco Jabber: `));

    await click("place-replace");
    await until(() => placeKind() === "replaced", "the replacement");
    expect(fake.location()).toMatch(JOIN);
    expect(byTestId("place-message")?.textContent).toContain(`Før stod der: »${ADDRESS}«`);
    expect(document.activeElement?.getAttribute("data-testid")).toBe("place-undo");

    await click("place-undo");
    await until(() => byTestId("link-notice")?.textContent?.includes("som den var"), "undone");
    expect(fake.location().split("; ")).toContain(ADDRESS);
    expect(byTestId("place-message")).toBeNull();
    expect(writeResults.every((r) => r === null)).toBe(true);
  });

  it("asks about a room rather than offering to replace it, and keeping it writes nothing", async () => {
    render({ state: { locations: [custom("Mødelokale 2.01, SUH Køge")] } });
    await click("insert-jabber");
    await until(() => placeKind() === "question", "the question");
    expect(byTestId("place-message")?.textContent).toContain(
      "Mødes nogen stadig i »Mødelokale 2.01, SUH Køge«?",
    );
    const writes = fake.calls.length;
    await click("place-keep");
    expect(byTestId("place-message")).toBeNull();
    expect(fake.calls.length).toBe(writes);
    expect(fake.location()).toMatch(/^Mødelokale 2\.01, SUH Køge; Cisco Jabber: /);
  });

  it("offers nothing when the location held no place", async () => {
    render({ state: { locations: [] } });
    await click("insert-jabber");
    await until(() => byTestId("remove-jabber"), "the meeting in");
    await until(() => fake.location() !== "", "the location written");
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(byTestId("place-message")).toBeNull();
  });

  it("fails open: Office's error goes to the pane's error bar, the offer and the location stay", async () => {
    render({
      state: { locations: [custom(ADDRESS)] },
      fail: { "enhancedLocation.removeAsync": FAILURE },
    });
    await click("insert-jabber");
    await until(() => placeKind() === "offer", "the offer");
    const before = fake.location();
    await click("place-replace");
    await until(() => writeResults.some((r) => r instanceof OfficeCallError), "the error");
    expect(fake.location()).toBe(before);
    expect(placeKind()).toBe("offer");
  });

  it("an undo Office refuses keeps the message with Fortryd, and reports the error", async () => {
    const options: FakeOptions = { state: { locations: [custom(ADDRESS)] } };
    render(options);
    await click("insert-jabber");
    await click("place-replace");
    await until(() => placeKind() === "replaced", "the replacement");
    // Office refuses from now on (the fake reads its failures when each call is made).
    options.fail = { "enhancedLocation.addAsync": FAILURE };
    await click("place-undo");
    await until(() => writeResults.some((r) => r instanceof OfficeCallError), "the error");
    expect(placeKind()).toBe("replaced");
    expect(byTestId("place-undo")).not.toBeNull();
    expect(fake.location()).toMatch(JOIN);
  });
});

describe("the text too long for the block", () => {
  const big = `<p>${"x".repeat(MAX_BODY_LENGTH - 200)}</p>`;

  it("offers the join link in the location, which then goes in alone, recorded for Fjern", async () => {
    render({ state: { body: big, locations: [custom("SUH Roskilde")] } });
    await click("insert-jabber");
    await until(() => byTestId("link-in-location"), "the offer");
    expect(byTestId("link-notice")?.textContent).toContain(
      "Du kan i stedet tilføje mødelinket i Placering",
    );
    await click("link-in-location");
    await until(
      () => byTestId("link-notice")?.textContent?.includes("Mødelinket står nu i Placering"),
      "the link in the location",
    );
    expect(fake.state.body).toBe(big);
    expect(fake.location()).toMatch(/^SUH Roskilde; Cisco Jabber: /);
    await until(() => byTestId("remove-jabber"), "Fjern on offer");
    await click("remove-jabber");
    await until(() => fake.location() === "SUH Roskilde", "removed again");
    expect(writeResults.every((r) => r === null)).toBe(true);
  });

  it("fails open: the offer stays when Office refuses the location", async () => {
    render({
      state: { body: big, locations: [] },
      fail: { "enhancedLocation.addAsync": FAILURE },
    });
    await click("insert-jabber");
    await click("link-in-location");
    await until(() => writeResults.some((r) => r instanceof OfficeCallError), "the error");
    expect(byTestId("link-in-location")).not.toBeNull();
    expect(fake.location()).toBe("");
    expect(fake.state.customProperties).toEqual({});
  });

  it("Outlook's own size limit (DataExceedsMaximumSize) gets the same offer, not an error", async () => {
    render({
      fail: {
        "body.prependAsync": { name: "DataExceedsMaximumSize", code: 9000, message: "too big" },
      },
    });
    await click("insert-jabber");
    await until(() => byTestId("link-in-location"), "the offer");
    expect(writeResults).toEqual([null]);
  });
});
