/**
 * The item's notification bar (`item.notificationMessages`, Mailbox 1.3) behind promises, with
 * Outlook's limits checked before the call: a key ≤ 32 characters, a message ≤ 150, at most one
 * action. Mødeguide keeps a single notification under one key and touches no other key, so other
 * add-ins' notifications (and the 5-per-item budget they share) are left alone.
 */
import { officeCall, type OfficeCallOptions } from "./async";

/** Outlook's limits on a notification. */
export const NOTIFICATION_LIMITS = { keyLength: 32, messageLength: 150, actions: 1 } as const;

/** A notification that Outlook would reject; raised before Office is called. */
export class NotificationLimitError extends Error {
  readonly code = "notification-limit";
  constructor(message: string) {
    super(message);
    this.name = "NotificationLimitError";
  }
}

/** The part of an item (compose or read) that holds notifications. */
export interface NotificationHost {
  notificationMessages: Office.NotificationMessages;
}

/** What `showNotification` did. */
export type ShowResult = { kind: "added" } | { kind: "replaced" } | { kind: "unchanged" };
/** What `removeNotification` did. */
export type RemoveNotificationResult = { kind: "removed" } | { kind: "not-present" };

function checkLimits(key: string, details?: Office.NotificationMessageDetails): void {
  if (key === "" || key.length > NOTIFICATION_LIMITS.keyLength) {
    throw new NotificationLimitError(
      `A notification key must have 1 to ${NOTIFICATION_LIMITS.keyLength} characters.`,
    );
  }
  if (!details) return;
  if (details.message.length > NOTIFICATION_LIMITS.messageLength) {
    throw new NotificationLimitError(
      `A notification message may have at most ${NOTIFICATION_LIMITS.messageLength} characters.`,
    );
  }
  if ((details.actions?.length ?? 0) > NOTIFICATION_LIMITS.actions) {
    throw new NotificationLimitError("A notification may have at most one action.");
  }
}

/** This add-in's notifications on the item. */
export function listNotifications(
  item: NotificationHost,
  options: OfficeCallOptions = {},
): Promise<Office.NotificationMessageDetails[]> {
  return officeCall<Office.NotificationMessageDetails[]>(
    (callback) => item.notificationMessages.getAllAsync(callback),
    options,
  ).then((all) => (Array.isArray(all) ? all : []));
}

/** Whether two notifications would look and act the same to the person. */
function sameNotification(
  a: Office.NotificationMessageDetails,
  b: Office.NotificationMessageDetails,
): boolean {
  const actionText = (d: Office.NotificationMessageDetails): string =>
    (d.actions ?? [])
      .map((action) => `${action.actionText}\u0000${action.commandId}`)
      .join("\u0001");
  return (
    String(a.type) === String(b.type) && a.message === b.message && actionText(a) === actionText(b)
  );
}

/**
 * Shows the notification under `key`: adds it when absent, replaces it (replaceAsync) when it
 * differs, and leaves it be when it already says the same, so that an unchanged meeting does not
 * make the bar flicker. Rejects with NotificationLimitError or OfficeCallError.
 */
export async function showNotification(
  item: NotificationHost,
  key: string,
  details: Office.NotificationMessageDetails,
  options: OfficeCallOptions = {},
): Promise<ShowResult> {
  checkLimits(key, details);
  const current = (await listNotifications(item, options)).find((n) => n.key === key);
  if (current && sameNotification(current, details)) return { kind: "unchanged" };
  if (current) {
    await officeCall<void>(
      (callback) => item.notificationMessages.replaceAsync(key, details, callback),
      options,
    );
    return { kind: "replaced" };
  }
  await officeCall<void>(
    (callback) => item.notificationMessages.addAsync(key, details, callback),
    options,
  );
  return { kind: "added" };
}

/**
 * Removes the notification under `key` when it is there (removing an absent key is an error in
 * Outlook, so it looks first). Rejects with NotificationLimitError or OfficeCallError.
 */
export async function removeNotification(
  item: NotificationHost,
  key: string,
  options: OfficeCallOptions = {},
): Promise<RemoveNotificationResult> {
  checkLimits(key);
  const current = (await listNotifications(item, options)).find((n) => n.key === key);
  if (!current) return { kind: "not-present" };
  await officeCall<void>(
    (callback) => item.notificationMessages.removeAsync(key, callback),
    options,
  );
  return { kind: "removed" };
}
