/**
 * The advice as a person reads it in a terminal, in Danish or English: what to do and why, the
 * reminders, the travel a video meeting saves, the meeting link, and what else was found.
 */
import { DateTime } from "luxon";
import { maskCprNumbers } from "../advisor/cpr";
import type { Advice, Locale, MeetingDraft, Note, Reminder } from "../advisor/types";
import { translator } from "../i18n/catalogue";
import { cliMessages, OTHER_PROVIDER_NAME, PERSONAL_DATA_FIELD } from "../i18n/cli";
import { formatDuration, formatInteger, formatKm } from "../i18n/format";
import { areaLabel, purposeLabel, recommendationLabel } from "../i18n/labels";
import type { Policy } from "../policy/types";
import { inlineText } from "./terminal";

export interface SummaryOptions {
  locale: Locale;
  policy: Policy;
  /** 1-based position and count when the input was an array; absent for a single draft. */
  position?: { index: number; count: number };
}

const SUBJECT_MAX = 80;

/**
 * The subject on one line, cut short, with every CPR number masked and control characters escaped.
 * Masked before it is cut, so that a cut can never leave part of a number unmasked.
 */
export function displaySubject(subject: string): string {
  const oneLine = inlineText(maskCprNumbers(subject).replace(/\s+/g, " ").trim());
  return oneLine.length > SUBJECT_MAX ? `${oneLine.slice(0, SUBJECT_MAX - 1)}…` : oneLine;
}

/** "tir. 2. feb. 2027 10.00–11.00" in the organizer's zone; both dates when it spans days. */
export function displayWhen(draft: MeetingDraft, zone: string, locale: Locale): string {
  const tag = locale === "da" ? "da-DK" : "en-GB";
  const start = DateTime.fromISO(draft.start, { setZone: true }).setZone(zone).setLocale(tag);
  const end = DateTime.fromISO(draft.end, { setZone: true }).setZone(zone).setLocale(tag);
  const date = { weekday: "short", day: "numeric", month: "short", year: "numeric" } as const;
  const time = { hour: "2-digit", minute: "2-digit" } as const;
  if (draft.isAllDay) {
    return start.hasSame(end.minus({ milliseconds: 1 }), "day")
      ? start.toLocaleString(date)
      : `${start.toLocaleString(date)}–${end.minus({ milliseconds: 1 }).toLocaleString(date)}`;
  }
  const from = `${start.toLocaleString(date)} ${start.toLocaleString(time)}`;
  return start.hasSame(end, "day")
    ? `${from}–${end.toLocaleString(time)}`
    : `${from}–${end.toLocaleString(date)} ${end.toLocaleString(time)}`;
}

function noteLine(note: Note | Reminder, important: string): string {
  const mark = "severity" in note && note.severity === "warning" ? `${important}: ` : "";
  return `  - ${mark}${inlineText(note.message)} [${inlineText(note.guideline)}]`;
}

/**
 * The summary of one draft's advice, as lines of text ending in a newline. Every value that can
 * come from input (the draft or the policy) goes through inlineText, so it stays on its line and
 * prints no control character; the command line also masks CPR numbers in the whole text.
 */
export function summarise(draft: MeetingDraft, advice: Advice, options: SummaryOptions): string {
  const { locale, policy, position } = options;
  const t = translator(cliMessages, locale);
  const lines: string[] = [];
  const subject = displaySubject(draft.subject) || t("noSubject");
  lines.push(
    position
      ? t("headingMany", { index: position.index, count: position.count, subject })
      : t("headingOne", { subject }),
  );
  const zone = draft.timeZone ?? policy.timeZone;
  lines.push(t("when", { when: displayWhen(draft, zone, locale) }));
  lines.push(
    t("recommendation", {
      label: inlineText(
        recommendationLabel(advice.recommendation, locale, policy.meetingLink.name),
      ),
    }),
  );
  lines.push(
    t("purpose", {
      label: purposeLabel(advice.purpose, locale),
      percent: formatInteger(advice.confidence * 100, locale),
    }),
  );

  if (advice.reasons.length > 0) {
    lines.push(t("reasons"));
    for (const reason of advice.reasons) {
      lines.push(noteLine(reason, t("important")));
      // The words a reason rests on, beneath it rather than in its sentence.
      for (const e of reason.evidence ?? []) {
        const terms = e.terms.map((term) => inlineText(term)).join(", ");
        lines.push(
          `    ${t(e.field === "subject" ? "evidenceSubject" : "evidenceBody", { terms })}`,
        );
      }
    }
  }
  if (advice.reminders.length > 0) {
    lines.push(t("reminders"));
    for (const reminder of advice.reminders) lines.push(noteLine(reminder, t("important")));
  } else lines.push(t("noReminders"));

  const travel = advice.travel;
  if (!travel) lines.push(t("travelNoSite"));
  else {
    if (travel.attendeesTravelling === 0)
      // Nobody travels only when every site is known; otherwise it would be a guess.
      lines.push(
        t(travel.attendeesUnknown === 0 ? "travelNobody" : "travelNobodyKnown", {
          site: inlineText(travel.meetingSite),
        }),
      );
    else {
      const people =
        travel.attendeesTravelling === 1
          ? t("peopleOne")
          : t("peopleMany", { count: formatInteger(travel.attendeesTravelling, locale) });
      lines.push(
        t("travelSaved", {
          people,
          site: inlineText(travel.meetingSite),
          duration: formatDuration(travel.minutesSaved, locale),
          distance: formatKm(travel.kmSaved, locale),
        }),
      );
    }
    if (travel.attendeesUnknown === 1) lines.push(`  ${t("unknownOne")}`);
    else if (travel.attendeesUnknown > 1) {
      lines.push(
        `  ${t("unknownMany", { count: formatInteger(travel.attendeesUnknown, locale) })}`,
      );
    }
  }

  const link = advice.meetingLink;
  const provider = inlineText(policy.meetingLink.name);
  if (link.present && link.url)
    lines.push(t("linkPresent", { provider, url: inlineText(link.url) }));
  else if (link.present) lines.push(t("linkPresentNoUrl", { provider }));
  else lines.push(t("linkAbsent", { provider }));
  if (link.videoAddress)
    lines.push(`  ${t("videoAddress", { address: inlineText(link.videoAddress) })}`);
  const others = link.others ?? [];
  if (others.length > 0) {
    lines.push(t("others"));
    for (const other of others)
      lines.push(`  - ${OTHER_PROVIDER_NAME[other.provider]}: ${inlineText(other.url)}`);
  }

  const personalData = advice.personalData ?? [];
  if (personalData.length > 0) {
    lines.push(t("personalData"));
    for (const finding of personalData) {
      const field = t(PERSONAL_DATA_FIELD[finding.field]);
      lines.push(`  - ${t("personalDataItem", { masked: inlineText(finding.masked), field })}`);
    }
  }

  const local = advice.localGuidelines ?? [];
  if (local.length > 0) {
    lines.push(t("localGuidelines"));
    for (const g of local) {
      lines.push(
        `  - ${t("localGuidelineItem", {
          unit: inlineText(g.unit),
          area: areaLabel(g.area, locale),
          situation: inlineText(g.situation),
          guideline: inlineText(g.guideline),
        })}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
