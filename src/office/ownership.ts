/**
 * What Mødeguide wrote into an item, as the item itself records it: the meeting id of the video
 * meeting it inserted, kept in the item's custom properties (Mailbox 1.1). Custom properties travel
 * with the item and are private to the add-in: attendees never see them, and no look-alike text a
 * person pastes can make a meeting "ours".
 *
 * It also records that the person took Mødeguide's meeting out again (with the pane's Remove, or by
 * deleting it by hand), so that adding it automatically never undoes their choice: a later change
 * of time or attendees must not bring the meeting back.
 */
import { officeCall, type OfficeCallOptions } from "./async";

/** The custom property that holds the meeting id Mødeguide inserted into this item. */
export const OWN_MEETING_PROPERTY = "moedeguideMeetingId";
/** The custom property set once Mødeguide's meeting was taken out of this item again. */
export const MEETING_REMOVED_PROPERTY = "moedeguideMeetingRemoved";
/** Its value (custom properties hold strings). */
const REMOVED = "true";

/** The item operations this module uses (both compose and read items have them). */
type WithCustomProperties = Pick<Office.AppointmentCompose, "loadCustomPropertiesAsync">;

/** What the item records of Mødeguide's meeting. */
export interface Ownership {
  /** The meeting id Mødeguide inserted, or null (see loadOwnMeetingId). */
  meetingId: string | null;
  /** Whether Mødeguide's meeting was in this item and was taken out again. */
  removed: boolean;
}

async function load(
  item: WithCustomProperties,
  options: OfficeCallOptions = {},
): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb), options);
}

function meetingIdOf(properties: Office.CustomProperties, digits: number): string | null {
  const value: unknown = properties.get(OWN_MEETING_PROPERTY);
  return typeof value === "string" && value.length === digits && /^\d+$/.test(value) ? value : null;
}

/**
 * The meeting id Mødeguide recorded on this item, or null when it recorded none (or something
 * that is not a meeting id of `digits` digits, which it never writes).
 * Rejects with OfficeCallError when the properties cannot be read.
 */
export async function loadOwnMeetingId(
  item: WithCustomProperties,
  digits: number,
  options: OfficeCallOptions = {},
): Promise<string | null> {
  return meetingIdOf(await load(item, options), digits);
}

/**
 * The meeting id and the removal record, read at once. Rejects with OfficeCallError when the
 * properties cannot be read.
 */
export async function loadOwnership(
  item: WithCustomProperties,
  digits: number,
  options: OfficeCallOptions = {},
): Promise<Ownership> {
  const properties = await load(item, options);
  return {
    meetingId: meetingIdOf(properties, digits),
    removed: properties.get(MEETING_REMOVED_PROPERTY) === REMOVED,
  };
}

/** Records `meetingId` as the meeting Mødeguide inserted. Rejects with OfficeCallError. */
export async function recordOwnMeeting(
  item: WithCustomProperties,
  meetingId: string,
  options: OfficeCallOptions = {},
): Promise<void> {
  const properties = await load(item, options);
  properties.set(OWN_MEETING_PROPERTY, meetingId);
  await officeCall<void>((cb) => properties.saveAsync(cb), options);
}

/** Forgets the recorded meeting (it was removed). Rejects with OfficeCallError. */
export async function forgetOwnMeeting(
  item: WithCustomProperties,
  options: OfficeCallOptions = {},
): Promise<void> {
  const properties = await load(item, options);
  properties.remove(OWN_MEETING_PROPERTY);
  await officeCall<void>((cb) => properties.saveAsync(cb), options);
}

/**
 * Records that Mødeguide's meeting was taken out of this item, and forgets its id unless
 * `keepId` (lines with its link are still there, so Remove stays on offer for them).
 * Rejects with OfficeCallError.
 */
export async function recordRemoval(
  item: WithCustomProperties,
  options: OfficeCallOptions & { keepId?: boolean } = {},
): Promise<void> {
  const properties = await load(item, options);
  if (options.keepId !== true) properties.remove(OWN_MEETING_PROPERTY);
  properties.set(MEETING_REMOVED_PROPERTY, REMOVED);
  await officeCall<void>((cb) => properties.saveAsync(cb), options);
}
