import { OfficeCallError } from "../../../src/office/async";
import { subscribeToItemChanges, type ItemChange } from "../../../src/office/itemEvents";
import { installFakeOutlook, uninstallFakeOutlook } from "./fakeOutlook";

afterEach(uninstallFakeOutlook);

const EVENTS = ["olkAppointmentTimeChanged", "olkRecipientsChanged", "olkRecurrenceChanged"];

describe("subscribeToItemChanges", () => {
  it("subscribes to the three events and reports each change by name", async () => {
    const fake = installFakeOutlook({ mailbox: "1.7" });
    const changes: ItemChange[] = [];
    const unsubscribe = await subscribeToItemChanges(fake.item, (change) => changes.push(change));
    expect([...fake.handlers.keys()].sort()).toEqual([...EVENTS].sort());
    fake.handlers.get("olkRecipientsChanged")?.({ type: "olkRecipientsChanged" });
    fake.handlers.get("olkAppointmentTimeChanged")?.({ type: "olkAppointmentTimeChanged" });
    fake.handlers.get("olkRecurrenceChanged")?.({ type: "olkRecurrenceChanged" });
    expect(changes).toEqual(["recipients", "time", "recurrence"]);
    await unsubscribe();
    expect(fake.handlers.size).toBe(0);
    expect(fake.calls.filter((c) => c === "removeHandlerAsync")).toHaveLength(3);
  });

  it("is a no-op below Mailbox 1.7", async () => {
    const fake = installFakeOutlook({ mailbox: "1.5" });
    const unsubscribe = await subscribeToItemChanges(fake.item, () => undefined);
    expect(fake.calls).toEqual([]);
    await expect(unsubscribe()).resolves.toBeUndefined();
    expect(fake.calls).toEqual([]);
  });

  it("keeps an exception in the pane's handler away from Office", async () => {
    const fake = installFakeOutlook();
    await subscribeToItemChanges(fake.item, () => {
      throw new Error("pane bug");
    });
    expect(() => fake.handlers.get("olkAppointmentTimeChanged")?.({})).not.toThrow();
  });

  it("removes what it added and rejects when one subscription fails", async () => {
    const fake = installFakeOutlook({
      fail: { addHandlerAsync: { name: "InvalidEventType", code: 5001, message: "no" } },
    });
    await expect(subscribeToItemChanges(fake.item, () => undefined)).rejects.toBeInstanceOf(
      OfficeCallError,
    );
    expect(fake.handlers.size).toBe(0);
  });

  it("rejects the unsubscribe with OfficeCallError when removing fails, after trying all", async () => {
    const fake = installFakeOutlook({
      fail: { removeHandlerAsync: { name: "GenericError", code: 5000, message: "no" } },
    });
    const unsubscribe = await subscribeToItemChanges(fake.item, () => undefined);
    await expect(unsubscribe()).rejects.toBeInstanceOf(OfficeCallError);
    expect(fake.calls.filter((c) => c === "removeHandlerAsync")).toHaveLength(3);
    // A second unsubscribe has nothing left to remove.
    await expect(unsubscribe()).resolves.toBeUndefined();
  });

  it("also works on an item in read mode", async () => {
    const fake = installFakeOutlook({ mode: "read" });
    const unsubscribe = await subscribeToItemChanges(fake.item, () => undefined);
    expect(fake.handlers.size).toBe(3);
    await unsubscribe();
    expect(fake.handlers.size).toBe(0);
  });
});
