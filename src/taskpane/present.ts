/**
 * What the pane says about a piece of advice, as plain strings: kept apart from the components so
 * that the wording can be tested without a DOM.
 */
import { maskCprNumbers } from "../advisor/cpr";
import type { MaskPersonalDataError } from "../office/maskPersonalData";
import { errorDetail } from "./errors";
import type { Advice, PersonalDataFinding, Reminder, ReminderCode, Travel } from "../advisor/types";
import type { Locale } from "../i18n/catalogue";
import { translator } from "../i18n/catalogue";
import { formatDuration, formatKm } from "../i18n/format";
import { areaLabel } from "../i18n/labels";
import { paneMessages } from "../i18n/pane";

/** The reminders for taking part in a video meeting: what an attendee may be shown. */
const ATTENDEE_REMINDERS = ["headset", "video-consent", "screen-sharing"] as const;

/**
 * The reminders that concern an attendee: the video meeting's, when the invitation holds an
 * online meeting (the provider's or another's) to join. Without one the attendee meets in person,
 * whatever the advice would have been for the organizer, and no reminder is for them.
 */
export function attendeeReminders(advice: Advice): readonly ReminderCode[] {
  const online = advice.meetingLink.present || advice.meetingLink.others.length > 0;
  return online ? ATTENDEE_REMINDERS : [];
}

/** The advisor's confidence in three plain steps. */
export type ConfidenceLevel = "high" | "medium" | "low";

/** Confidence in plain words: high from 0.75, medium from 0.45, low below. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.75) return "high";
  if (confidence >= 0.45) return "medium";
  return "low";
}

/** "høj" / "medium" ... in the locale. */
export function confidenceText(confidence: number, locale: Locale): string {
  const t = translator(paneMessages, locale);
  const level = confidenceLevel(confidence);
  return t(
    level === "high" ? "confidenceHigh" : level === "medium" ? "confidenceMedium" : "confidenceLow",
  );
}

/** The travel, as the sentences the pane shows. */
export interface TravelText {
  /**
   * One line that agrees with the verdict: what video saves ("Du sparer 1 t 30 min kørsel
   * (96 km)"), what meeting in person costs ("Mødet kræver 1 t 30 min kørsel for 1 deltager"),
   * that no one drives, or why it cannot be worked out.
   */
  headline: string;
  /** What the figure compares with: the meeting site, round trip; null when there is no figure. */
  basis: string | null;
  /** The one mention of invitees whose site is unknown; null when every site is known. */
  unknown: string | null;
  /** Why there is no figure: the place is not given, or the person's own site is not chosen. */
  missing: "place" | "own-site" | "unknown-place" | null;
}

/** What the pane knows besides the advice's travel figures. */
export interface TravelContext {
  recommendation: Advice["recommendation"];
  /** The meeting's Placering has text (or a room). */
  placeGiven: boolean;
  /** The person has chosen their work site in the settings. */
  ownSiteKnown: boolean;
  /**
   * The site they chose: when it is not the meeting's, they are among those who would drive, so
   * that one person driving is them ("Du sparer"); otherwise it is an invitee whose site was found.
   */
  ownSite?: string;
}

/**
 * The travel in the person's terms, agreeing with the verdict (video saves, in person costs) and
 * honest, once, about the invitees whose site is not known.
 */
export function travelText(
  travel: Travel | null,
  locale: Locale,
  context: TravelContext,
): TravelText {
  const t = translator(paneMessages, locale);
  if (!travel) {
    const missing = !context.placeGiven
      ? "place"
      : !context.ownSiteKnown
        ? "own-site"
        : "unknown-place";
    const key =
      missing === "place"
        ? "travelNoPlace"
        : missing === "own-site"
          ? "travelNoOwnSite"
          : "travelUnknownPlace";
    return { headline: t(key), basis: null, unknown: null, missing };
  }
  const people = travel.attendeesTravelling;
  const duration = formatDuration(travel.minutesSaved, locale);
  const km = formatKm(travel.kmSaved, locale);
  const physical = context.recommendation === "physical";
  const youDrive =
    context.ownSite !== undefined &&
    context.ownSite.trim().toLowerCase() !== travel.meetingSite.trim().toLowerCase();
  const headline =
    people === 0
      ? t("travelNoneTravelling", { site: travel.meetingSite })
      : physical
        ? t(people === 1 ? "travelCostsOne" : "travelCostsMany", { count: people, duration, km })
        : t(people === 1 ? (youDrive ? "travelSavedOne" : "travelSavedOther") : "travelSavedMany", {
            count: people,
            duration,
            km,
          });
  const unknown =
    travel.attendeesUnknown === 0
      ? null
      : t(travel.attendeesUnknown === 1 ? "travelUnknownOne" : "travelUnknownMany", {
          count: travel.attendeesUnknown,
        });
  return {
    headline,
    basis: people === 0 ? null : t("travelBasis", { site: travel.meetingSite }),
    unknown,
    missing: null,
  };
}

/**
 * The concrete points under one reminder: what personal data to remove and where, or which local
 * guidelines apply. Empty for reminders that need nothing more than their message.
 */
export function reminderDetails(reminder: Reminder, advice: Advice, locale: Locale): string[] {
  const t = translator(paneMessages, locale);
  switch (reminder.code) {
    case "personal-data":
      return advice.personalData.map((finding) =>
        t("removeCpr", { masked: finding.masked, field: t(`field_${finding.field}`) }),
      );
    case "local-guideline":
      return advice.localGuidelines.map((g) =>
        t("localGuideline", {
          area: areaLabel(g.area, locale),
          situation: g.situation,
          guideline: g.guideline,
        }),
      );
    default:
      return [];
  }
}

/**
 * The line beneath a reminder's title: the advisor's message, except for local guidelines, whose
 * message lists every guideline in one sentence (for the command line): the pane lists them below
 * it, so it names only the unit.
 */
export function reminderDescription(reminder: Reminder, advice: Advice, locale: Locale): string {
  const unit = advice.localGuidelines[0]?.unit;
  if (reminder.code !== "local-guideline" || unit === undefined) return reminder.message;
  return translator(paneMessages, locale)("localGuidelinesOf", { unit });
}

/** The pane's header line: the meeting's subject, with any CPR number in it masked. */
export function subjectLine(subject: string, locale: Locale): string {
  const t = translator(paneMessages, locale);
  const shown = maskCprNumbers(subject.trim());
  return t("meetingSubject", { subject: shown || t("noSubject") });
}

/** The CPR numbers the pane offers to mask, and the button's words (one number or more). */
export function maskButtonLabel(findings: readonly PersonalDataFinding[], locale: Locale): string {
  const t = translator(paneMessages, locale);
  const numbers = new Set(findings.map((f) => f.masked));
  return t(numbers.size > 1 ? "cprMaskMany" : "cprMaskOne");
}

/** What the pane says when masking failed: the sentence, and a detail for "Detaljer". */
export interface MaskFailureText {
  message: string;
  /** Office's own words and code, with any CPR number in them masked. */
  detail: string;
}

/** Says which field could not be masked and what the person can do; never shows a CPR number. */
export function maskFailureText(error: unknown, locale: Locale): MaskFailureText {
  const t = translator(paneMessages, locale);
  // By its code, not its class: the class lives in the write code, loaded after the first look.
  const known =
    error instanceof Error && (error as { code?: unknown }).code === "mask-personal-data-failed"
      ? (error as MaskPersonalDataError)
      : null;
  const field = t(`field_${known?.field ?? "body"}`);
  const message = t(known?.tooLarge ? "cprTooLarge" : "cprWriteFailed", { field });
  return { message, detail: maskCprNumbers(errorDetail(known?.cause ?? error)) };
}

/** Only links of the web's own schemes are made clickable; anything else is shown as text. */
export function isSafeLink(url: string | undefined): url is string {
  return typeof url === "string" && /^https:\/\/[^\s"'<>]+$/i.test(url);
}
