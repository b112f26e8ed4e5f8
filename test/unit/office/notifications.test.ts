import { OfficeCallError } from "../../../src/office/async";
import {
  listNotifications,
  NotificationLimitError,
  removeNotification,
  showNotification,
  type NotificationHost,
} from "../../../src/office/notifications";
import { fakeOutlook, type OutlookSpec } from "../../fixtures/launchevent/fakeOutlook";

const KEY = "moedeguide-advice";
const info = (message: string): Office.NotificationMessageDetails => ({
  type: "informationalMessage",
  message,
  icon: "Icon.16x16",
  persistent: false,
});
const insight = (
  message: string,
  actionText = "Åbn Mødeguide",
): Office.NotificationMessageDetails => ({
  type: "insightMessage",
  message,
  icon: "Icon.16x16",
  actions: [
    {
      actionType: "showTaskPane",
      actionText,
      commandId: "MoedeguideOrganizerButton",
      contextData: "{}",
    },
  ],
});

function setUp(spec: Partial<OutlookSpec> = {}) {
  const outlook = fakeOutlook({ appointment: {}, mailboxSets: ["1.3"], ...spec });
  const item = outlook.office.context.mailbox.item as unknown as NotificationHost;
  return { outlook, item, calls: () => outlook.log.filter((l) => l.startsWith("call ")) };
}

describe("listNotifications", () => {
  it("lists the add-in's notifications with their keys", async () => {
    const { item } = setUp({ notifications: [{ key: "a", ...info("A") }] });
    await expect(listNotifications(item)).resolves.toEqual([{ key: "a", ...info("A") }]);
  });

  it("rejects with OfficeCallError when Outlook fails", async () => {
    const { item } = setUp({ failing: ["notificationMessages.getAllAsync"] });
    await expect(listNotifications(item)).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe("showNotification", () => {
  it("adds the notification when the item has none under the key", async () => {
    const { outlook, item, calls } = setUp();
    await expect(showNotification(item, KEY, info("Statusmøde"))).resolves.toEqual({
      kind: "added",
    });
    expect(outlook.notifications.get(KEY)).toEqual(info("Statusmøde"));
    expect(calls()).toEqual([
      "call notificationMessages.getAllAsync",
      "call notificationMessages.addAsync",
    ]);
  });

  it("replaces it (replaceAsync) when it says something else, leaving other keys alone", async () => {
    const { outlook, item, calls } = setUp({
      notifications: [
        { key: KEY, ...info("Gammel") },
        { key: "other", ...info("Andet") },
      ],
    });
    await expect(showNotification(item, KEY, info("Ny"))).resolves.toEqual({ kind: "replaced" });
    expect(outlook.notifications.get(KEY)?.message).toBe("Ny");
    expect(outlook.notifications.get("other")?.message).toBe("Andet");
    expect(calls()).toEqual([
      "call notificationMessages.getAllAsync",
      "call notificationMessages.replaceAsync",
    ]);
  });

  it("replaces it when only the type or the action changes", async () => {
    const typeChange = setUp({ notifications: [{ key: KEY, ...info("Samme") }] });
    await expect(showNotification(typeChange.item, KEY, insight("Samme"))).resolves.toEqual({
      kind: "replaced",
    });
    const actionChange = setUp({ notifications: [{ key: KEY, ...insight("Samme") }] });
    await expect(
      showNotification(actionChange.item, KEY, insight("Samme", "Open Mødeguide")),
    ).resolves.toEqual({
      kind: "replaced",
    });
  });

  it("leaves an identical notification as it is", async () => {
    const { item, calls } = setUp({ notifications: [{ key: KEY, ...insight("Samme") }] });
    await expect(showNotification(item, KEY, insight("Samme"))).resolves.toEqual({
      kind: "unchanged",
    });
    expect(calls()).toEqual(["call notificationMessages.getAllAsync"]);
  });

  it.each([
    ["a key over 32 characters", "k".repeat(33), info("x")],
    ["an empty key", "", info("x")],
    ["a message over 150 characters", KEY, info("x".repeat(151))],
    [
      "two actions",
      KEY,
      { ...insight("x"), actions: [...insight("x").actions!, ...insight("y").actions!] },
    ],
  ])("refuses %s before calling Outlook", async (_name, key, details) => {
    const { item, calls } = setUp();
    const shown = showNotification(item, key, details);
    await expect(shown).rejects.toBeInstanceOf(NotificationLimitError);
    await expect(shown).rejects.toMatchObject({ code: "notification-limit" });
    expect(calls()).toEqual([]);
  });

  it("accepts exactly 32 and 150 characters", async () => {
    const { item } = setUp();
    await expect(showNotification(item, "k".repeat(32), info("x".repeat(150)))).resolves.toEqual({
      kind: "added",
    });
  });

  it("rejects with OfficeCallError when Outlook refuses (five notifications already)", async () => {
    const { item } = setUp({
      notifications: ["a", "b", "c", "d", "e"].map((key) => ({ key, ...info(key) })),
    });
    const shown = showNotification(item, KEY, info("x"));
    await expect(shown).rejects.toBeInstanceOf(OfficeCallError);
    await expect(shown).rejects.toMatchObject({
      officeName: "NumberOfNotificationMessagesExceeded",
    });
  });
});

describe("removeNotification", () => {
  it("removes the notification under the key and nothing else", async () => {
    const { outlook, item } = setUp({
      notifications: [
        { key: KEY, ...info("Vores") },
        { key: "other", ...info("Andet") },
      ],
    });
    await expect(removeNotification(item, KEY)).resolves.toEqual({ kind: "removed" });
    expect([...outlook.notifications.keys()]).toEqual(["other"]);
  });

  it("does not call removeAsync when there is nothing to remove", async () => {
    const { item, calls } = setUp({ notifications: [{ key: "other", ...info("Andet") }] });
    await expect(removeNotification(item, KEY)).resolves.toEqual({ kind: "not-present" });
    expect(calls()).toEqual(["call notificationMessages.getAllAsync"]);
  });

  it("rejects with OfficeCallError when removing fails", async () => {
    const { item } = setUp({
      notifications: [{ key: KEY, ...info("Vores") }],
      failing: ["notificationMessages.removeAsync"],
    });
    await expect(removeNotification(item, KEY)).rejects.toBeInstanceOf(OfficeCallError);
  });

  it("refuses an over-long key", async () => {
    const { item } = setUp();
    await expect(removeNotification(item, "k".repeat(33))).rejects.toBeInstanceOf(
      NotificationLimitError,
    );
  });
});
