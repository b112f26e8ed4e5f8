/**
 * Item events of the open appointment (Mailbox 1.7, task pane only): the pane re-reads the meeting
 * when its time, attendees or recurrence change. Where 1.7 is missing, the pane simply does not
 * follow changes (the person can reopen it), so subscribing is a no-op there.
 */
import { officeCall } from "./async";
import { isMailboxSetSupported } from "./host";

/** Which part of the appointment changed. */
export type ItemChange = "time" | "recipients" | "recurrence";

/** The Office event for each change; enum values are spelled out for hosts without the enum. */
function eventTypes(): Array<{ type: Office.EventType | string; change: ItemChange }> {
  const types = typeof Office !== "undefined" ? Office.EventType : undefined;
  return [
    {
      type: types?.AppointmentTimeChanged ?? "olkAppointmentTimeChanged",
      change: "time",
    },
    {
      type: types?.RecipientsChanged ?? "olkRecipientsChanged",
      change: "recipients",
    },
    {
      type: types?.RecurrenceChanged ?? "olkRecurrenceChanged",
      change: "recurrence",
    },
  ];
}

/**
 * Subscribes to AppointmentTimeChanged, RecipientsChanged and RecurrenceChanged where Mailbox 1.7
 * is supported and resolves to an unsubscribe function (a no-op where unsupported). An exception
 * in `onChange` is contained: it never reaches Office's event loop. If one subscription fails,
 * those already made are removed and the promise rejects with OfficeCallError.
 */
export async function subscribeToItemChanges(
  item: Office.AppointmentCompose | Office.AppointmentRead,
  onChange: (change: ItemChange) => void,
): Promise<() => Promise<void>> {
  if (!isMailboxSetSupported("1.7")) return async () => {};
  const added: Array<Office.EventType | string> = [];
  const removeAll = async (): Promise<void> => {
    const types = added.splice(0);
    let firstError: unknown = null;
    for (const type of types) {
      try {
        await officeCall<void>((cb) => item.removeHandlerAsync(type, cb));
      } catch (error) {
        firstError ??= error;
      }
    }
    if (firstError) throw firstError;
  };
  try {
    for (const { type, change } of eventTypes()) {
      const handler = (): void => {
        try {
          onChange(change);
        } catch {
          // The pane's own error; Office must not see it.
        }
      };
      await officeCall<void>((cb) => item.addHandlerAsync(type, handler, cb));
      added.push(type);
    }
  } catch (error) {
    await removeAll().catch(() => undefined);
    throw error;
  }
  return removeAll;
}
