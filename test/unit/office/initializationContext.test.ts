import { OfficeCallError } from "../../../src/office/async";
import {
  asksToAddMeeting,
  PANE_CONTEXTS,
  parsePaneContext,
  readPaneContext,
  subscribeToPaneContext,
  type PaneContext,
} from "../../../src/office/initializationContext";
import { notificationDetails } from "../../../src/launchevent/composeNotice";
import { ADD_MEETING_CONTEXT } from "../../../src/launchevent/sendCheck";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

const FROM_SEND = JSON.stringify(PANE_CONTEXTS.send);

describe("the contexts agree with what the event handlers pass", () => {
  it("is the send check's contextData", () => {
    expect(parsePaneContext(JSON.stringify(ADD_MEETING_CONTEXT))).toEqual(PANE_CONTEXTS.send);
    expect(asksToAddMeeting(parsePaneContext(JSON.stringify(ADD_MEETING_CONTEXT)))).toBe(true);
  });

  it("is the compose notice's contextData", () => {
    const details = notificationDetails("Råd", {
      locale: "da",
      insight: true,
      icon: "Icon.16x16",
      commandId: "MoedeguideOrganizerButton",
    });
    const data = details.actions?.[0]?.contextData;
    expect(parsePaneContext(data)).toEqual(PANE_CONTEXTS.notification);
    expect(asksToAddMeeting(parsePaneContext(data))).toBe(false);
  });
});

describe("parsePaneContext", () => {
  it.each([
    [FROM_SEND, { source: "moedeguide-send", action: "add-jabber-meeting" }],
    ['{"source":"moedeguide-notification"}', { source: "moedeguide-notification" }],
    ['{"source":"moedeguide-send","action":""}', { source: "moedeguide-send" }],
    ['{"source":"other","action":7}', { source: "other" }],
    ["", null],
    ["   ", null],
    ["{not json", null],
    ['"moedeguide-send"', null],
    ["[1,2]", null],
    ['{"action":"add-jabber-meeting"}', null],
    ["null", null],
  ] as Array<[string, PaneContext | null]>)("%j gives %j", (data, expected) => {
    expect(parsePaneContext(data)).toEqual(expected);
  });

  it("gives null for what is not a string", () => {
    expect(parsePaneContext(undefined)).toBeNull();
    expect(parsePaneContext({ source: "moedeguide-send" })).toBeNull();
  });
});

describe("readPaneContext", () => {
  it("reads the context with getInitializationContextAsync (Mailbox 1.8)", async () => {
    const fake = installFakeOutlook({ mailbox: "1.8", initializationContext: FROM_SEND });
    await expect(readPaneContext(fake.compose)).resolves.toEqual(PANE_CONTEXTS.send);
    expect(fake.calls).toEqual(["getInitializationContextAsync"]);
  });

  it("gives null when opened from the ribbon (an empty string)", async () => {
    const fake = installFakeOutlook({ mailbox: "1.14" });
    await expect(readPaneContext(fake.compose)).resolves.toBeNull();
  });

  it("asks nothing of Outlook before Mailbox 1.8", async () => {
    const fake = installFakeOutlook({ mailbox: "1.7", initializationContext: FROM_SEND });
    await expect(readPaneContext(fake.compose)).resolves.toBeNull();
    expect(fake.calls).toEqual([]);
  });

  it("rejects with OfficeCallError when the call fails", async () => {
    const fake = installFakeOutlook({
      fail: {
        getInitializationContextAsync: { name: "GenericResponseError", code: 9020, message: "x" },
      },
    });
    await expect(readPaneContext(fake.compose)).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe("subscribeToPaneContext", () => {
  it("hears of a new context while the pane is open (Mailbox 1.15), and unsubscribes", async () => {
    const fake = installFakeOutlook({ mailbox: "1.15" });
    const seen: Array<PaneContext | null> = [];
    const stop = await subscribeToPaneContext(fake.compose, (c) => seen.push(c));
    const handler = fake.handlers.get("olkInitializationContextChanged");
    expect(handler).toBeDefined();
    handler?.({ type: "olkInitializationContextChanged", initializationContextData: FROM_SEND });
    handler?.({ type: "olkInitializationContextChanged", initializationContextData: "" });
    expect(seen).toEqual([PANE_CONTEXTS.send, null]);
    await stop();
    expect(fake.handlers.size).toBe(0);
  });

  it("is a no-op before Mailbox 1.15", async () => {
    const fake = installFakeOutlook({ mailbox: "1.14" });
    const stop = await subscribeToPaneContext(fake.compose, () => undefined);
    await stop();
    expect(fake.calls).toEqual([]);
  });

  it("keeps an exception in the pane's handler, or odd event arguments, away from Office", async () => {
    const fake = installFakeOutlook({ mailbox: "1.15" });
    await subscribeToPaneContext(fake.compose, () => {
      throw new Error("pane bug");
    });
    const handler = fake.handlers.get("olkInitializationContextChanged");
    expect(() => handler?.({ initializationContextData: FROM_SEND })).not.toThrow();
    expect(() => handler?.(null)).not.toThrow();
  });
});
