/**
 * How the pane reads the meeting: with the user's own facts (site, unit, address), in the user's
 * own time zone, fully or (for polling) only the text fields merged into the last full draft.
 */
import type { MeetingDraft } from "../advisor/types";
import { readAppointment, readTextFields, withTextFields } from "../office/readAppointment";
import type { UserSettings } from "../office/settings";
import { userTimeZone } from "../office/timeZone";
import type { Policy } from "../policy/types";

/** The open appointment, as the organizer (compose) or an attendee (read) has it. */
export type AppointmentItem = Office.AppointmentCompose | Office.AppointmentRead;

/** Reads the whole meeting: the user's facts, times in the user's zone (the policy's by default). */
export function readMeeting(
  item: AppointmentItem,
  settings: UserSettings,
  userEmail: string | undefined,
  policy: Policy,
): Promise<MeetingDraft> {
  return readAppointment(item, {
    userSite: settings.site,
    userUnit: settings.unit,
    userEmail,
    timeZone: userTimeZone(policy.timeZone),
  });
}

/**
 * Re-reads subject, body and location into the last full draft; null when the location changed
 * (the caller then reads fully).
 */
export async function readMeetingCheaply(
  item: AppointmentItem,
  last: MeetingDraft,
): Promise<MeetingDraft | null> {
  return withTextFields(last, await readTextFields(item));
}
