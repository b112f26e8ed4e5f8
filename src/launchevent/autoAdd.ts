/**
 * Adding the Jabber meeting by itself, for people who turned it on in the pane's settings: once the
 * advice is clearly a video meeting (the very advice the notice shows, at the notice's threshold),
 * never twice, never beside another provider's meeting, never on the person's own appointments
 * (no one else invited), and never again once the person took Mødeguide's meeting out of the
 * invitation, whether with the pane's Remove or by deleting it by hand.
 *
 * The meeting goes in through the same insert as the pane's button (insertJabberMeeting), which
 * records it on the item as Mødeguide's own. That record is what tells a removal by hand: when the
 * item records a meeting of Mødeguide's and the advice finds no link of the provider, the person
 * deleted it, and the removal is recorded (an item custom property, so that it travels with the
 * meeting to the next event, runtime or client).
 */
import type { Advice, Locale } from "../advisor/types";
import type { OfficeCallOptions } from "../office/async";
import { insertJabberMeeting, type InsertResult } from "../office/meetingLink";
import { loadOwnership, recordRemoval } from "../office/ownership";
import type { UserSettings } from "../office/settings";
import type { MeetingLinkProvider } from "../policy/types";
import type { ComposeNotice } from "./composeNotice";

/**
 * Whether the compose handlers should add the meeting now: the person turned it on, and the notice
 * is the advice to hold a video meeting (someone is invited, the advice is virtual and sure enough,
 * and there is no link of the provider) with no other provider's meeting in the invitation.
 */
export function wantsAutoAdd(
  settings: UserSettings,
  notice: ComposeNotice,
  advice: Advice,
): boolean {
  return (
    settings.autoAddMeeting === true &&
    notice.kind === "show" &&
    notice.recommendation === "virtual" &&
    !advice.meetingLink.present &&
    advice.meetingLink.others.length === 0
  );
}

/** What adding automatically did. */
export type AutoAddOutcome =
  | { kind: "added"; meetingId: string; recorded: boolean }
  /** The person took Mødeguide's meeting out of this item before: it is not added again. */
  | { kind: "declined" }
  /** The insert found reason not to write after all (a meeting arrived meanwhile, a full body). */
  | { kind: "not-added"; reason: Exclude<InsertResult["kind"], "inserted"> };

/** Options of addMeetingAutomatically. */
export interface AutoAddOptions {
  provider: MeetingLinkProvider;
  locale: Locale;
  random: () => number;
  /** The Office calls' options: the compose run they belong to. */
  calls?: OfficeCallOptions;
}

/**
 * Adds the meeting to an appointment whose advice found no link of the provider (call it only when
 * wantsAutoAdd says so), unless the item records that the person removed Mødeguide's meeting, or
 * records a meeting of Mødeguide's that is no longer there (removed by hand: recorded now).
 * Rejects with OfficeCallError when the item's record cannot be read (nothing is added then: a
 * meeting it cannot account for might be one the person removed) or the insert fails (the item is
 * left as it was).
 */
export async function addMeetingAutomatically(
  item: Office.AppointmentCompose,
  options: AutoAddOptions,
): Promise<AutoAddOutcome> {
  const { provider } = options;
  const calls = options.calls ?? {};
  const ownership = await loadOwnership(item, provider.meetingIdDigits, calls);
  if (ownership.removed) return { kind: "declined" };
  if (ownership.meetingId !== null) {
    await recordRemoval(item, calls);
    return { kind: "declined" };
  }
  const result = await insertJabberMeeting(item, {
    provider,
    locale: options.locale,
    random: options.random,
    calls,
  });
  if (result.kind !== "inserted") return { kind: "not-added", reason: result.kind };
  return { kind: "added", meetingId: result.meetingId, recorded: result.recorded };
}
