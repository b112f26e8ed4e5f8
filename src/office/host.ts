/**
 * Host detection in one place: which Mailbox requirement sets this Outlook supports and which
 * mode the item is in. Everything that depends on a newer set asks here and degrades without it.
 */

/**
 * Whether the client supports the Mailbox requirement set `version` (e.g. "1.7").
 * False when Office or its requirements API is unavailable (tests, the preview page, old clients).
 */
export function isMailboxSetSupported(version: string): boolean {
  try {
    if (typeof Office === "undefined") return false;
    const requirements = Office.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== "function") return false;
    return requirements.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

/**
 * Whether the appointment is being composed (the user is the organizer): in compose mode the
 * fields are objects with getAsync; in read mode they are plain values (subject is a string).
 */
export function isComposeItem(
  item: Office.AppointmentCompose | Office.AppointmentRead,
): item is Office.AppointmentCompose {
  const subject = (item as { subject?: unknown }).subject;
  return (
    typeof subject === "object" &&
    subject !== null &&
    typeof (subject as { getAsync?: unknown }).getAsync === "function"
  );
}
