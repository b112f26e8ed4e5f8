/**
 * How a failure is told to the person: which sentence, and a short technical detail for IT
 * support (Office's error name and code when Office gave them).
 */
import { OfficeCallError } from "../office/async";
import type { PaneMessageKey } from "../i18n/pane";

/** What the pane was doing when it failed. */
export type FailedAction = "read" | "write" | "settings" | "unexpected";

/** A failure to show, with what the pane was doing. */
export interface PaneError {
  action: FailedAction;
  error: unknown;
}

const KEY: Record<FailedAction, PaneMessageKey> = {
  read: "errorRead",
  write: "errorWrite",
  settings: "errorSettings",
  unexpected: "errorUnexpected",
};

/** The message key for a failed action. */
export function errorMessageKey(action: FailedAction): PaneMessageKey {
  return KEY[action];
}

/** A short detail: "Office's message; Name code" for Office failures, else the error's message. */
export function errorDetail(error: unknown): string {
  if (error instanceof OfficeCallError) {
    const message = error.message.replace(/[.\s]+$/, "");
    const id = [error.officeName, error.officeCode].filter((x) => x !== undefined).join(" ");
    return id && !message.includes(id) ? `${message}; ${id}` : message;
  }
  if (error instanceof Error) return error.message.replace(/[.\s]+$/, "") || error.name;
  return String(error);
}

/**
 * Whether Office refused a write because the data is larger than it takes (DataExceedsMaximumSize,
 * e.g. a body past Outlook's limit that Mødeguide's own count did not foresee): then the pane says
 * the text is too long and offers what still fits, not "Outlook kunne ikke gemme ændringen".
 */
export function isTooLargeError(error: unknown): boolean {
  return error instanceof OfficeCallError && error.officeName === "DataExceedsMaximumSize";
}
