/**
 * What Mødeguide wrote into an item, as the item itself records it: the meeting id of the video
 * meeting it inserted, kept in the item's custom properties (Mailbox 1.1). Custom properties travel
 * with the item and are private to the add-in: attendees never see them, and no look-alike text a
 * person pastes can make a meeting "ours".
 */
import { officeCall } from "./async";

/** The custom property that holds the meeting id Mødeguide inserted into this item. */
export const OWN_MEETING_PROPERTY = "moedeguideMeetingId";

/** The item operations this module uses (both compose and read items have them). */
type WithCustomProperties = Pick<Office.AppointmentCompose, "loadCustomPropertiesAsync">;

async function load(item: WithCustomProperties): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb));
}

/**
 * The meeting id Mødeguide recorded on this item, or null when it recorded none (or something
 * that is not a meeting id of `digits` digits, which it never writes).
 * Rejects with OfficeCallError when the properties cannot be read.
 */
export async function loadOwnMeetingId(
  item: WithCustomProperties,
  digits: number,
): Promise<string | null> {
  const properties = await load(item);
  const value: unknown = properties.get(OWN_MEETING_PROPERTY);
  return typeof value === "string" && value.length === digits && /^\d+$/.test(value) ? value : null;
}

/** Records `meetingId` as the meeting Mødeguide inserted. Rejects with OfficeCallError. */
export async function recordOwnMeeting(
  item: WithCustomProperties,
  meetingId: string,
): Promise<void> {
  const properties = await load(item);
  properties.set(OWN_MEETING_PROPERTY, meetingId);
  await officeCall<void>((cb) => properties.saveAsync(cb));
}

/** Forgets the recorded meeting (it was removed). Rejects with OfficeCallError. */
export async function forgetOwnMeeting(item: WithCustomProperties): Promise<void> {
  const properties = await load(item);
  properties.remove(OWN_MEETING_PROPERTY);
  await officeCall<void>((cb) => properties.saveAsync(cb));
}
