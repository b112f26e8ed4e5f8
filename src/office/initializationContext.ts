/**
 * Why the task pane was opened: Outlook hands the pane the contextData of the Smart Alerts dialog
 * ("Tilføj Jabber-møde" at send) or of the compose notice's action. The pane reads it on load with
 * item.getInitializationContextAsync (Mailbox 1.8) and, where Mailbox 1.15 has it, hears of a new
 * one through InitializationContextChanged (Outlook does not reopen a pane that is already open).
 */
import { officeCall } from "./async";
import { isMailboxSetSupported } from "./host";

/** The contexts Mødeguide's event handlers pass; the JSON they write is of this shape. */
export const PANE_CONTEXTS = {
  /** From the send check: the meeting should be a Jabber meeting but has no link. */
  send: { source: "moedeguide-send", action: "add-jabber-meeting" },
  /** From the compose notice's "Åbn Mødeguide". */
  notification: { source: "moedeguide-notification" },
} as const;

/** What the pane was opened for, from Mødeguide's own contextData. */
export interface PaneContext {
  /** "moedeguide-send", "moedeguide-notification", or another source's name. */
  source: string;
  /** "add-jabber-meeting" from the send check. */
  action?: string;
}

/**
 * Reads contextData: a JSON object with a string `source` (and optionally `action`). Anything else
 * (an empty string when the pane was opened from the ribbon, another add-in's data, broken JSON)
 * gives null.
 */
export function parsePaneContext(data: unknown): PaneContext | null {
  if (typeof data !== "string" || data.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.source !== "string" || record.source === "") return null;
  const context: PaneContext = { source: record.source };
  if (typeof record.action === "string" && record.action !== "") context.action = record.action;
  return context;
}

/** Whether the pane was opened to add the Jabber meeting (from the send check). */
export function asksToAddMeeting(context: PaneContext | null): boolean {
  return context?.action === PANE_CONTEXTS.send.action;
}

type Item = Office.AppointmentCompose | Office.AppointmentRead;

/**
 * The context the pane was opened with, or null when there is none or the client lacks
 * getInitializationContextAsync (before Mailbox 1.8). Rejects with OfficeCallError when the call
 * fails.
 */
export async function readPaneContext(item: Item): Promise<PaneContext | null> {
  const get = (item as { getInitializationContextAsync?: unknown }).getInitializationContextAsync;
  if (!isMailboxSetSupported("1.8") || typeof get !== "function") return null;
  const data = await officeCall<string>((cb) => item.getInitializationContextAsync(cb));
  return parsePaneContext(data);
}

/** Office's event for a new context; the value is spelled out for hosts without the enum. */
function contextEventType(): Office.EventType | string {
  const types = typeof Office !== "undefined" ? Office.EventType : undefined;
  return types?.InitializationContextChanged ?? "olkInitializationContextChanged";
}

/**
 * Calls `onContext` when the pane, already open, is opened again with a context (Mailbox 1.15).
 * Resolves to an unsubscribe function (a no-op where unsupported). An exception in `onContext`
 * never reaches Office. Rejects with OfficeCallError when subscribing fails.
 */
export async function subscribeToPaneContext(
  item: Item,
  onContext: (context: PaneContext | null) => void,
): Promise<() => Promise<void>> {
  if (!isMailboxSetSupported("1.15")) return async () => {};
  const type = contextEventType();
  const handler = (args: unknown): void => {
    try {
      const data = (args as { initializationContextData?: unknown } | null)
        ?.initializationContextData;
      onContext(parsePaneContext(data));
    } catch {
      // The pane's own error; Office must not see it.
    }
  };
  await officeCall<void>((cb) => item.addHandlerAsync(type, handler, cb));
  return async () => {
    await officeCall<void>((cb) => item.removeHandlerAsync(type, cb));
  };
}
