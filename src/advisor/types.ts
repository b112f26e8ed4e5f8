/**
 * The advisor's input and output, as defined by the contract's JSON Schemas
 * (meeting-draft.schema.json and advice.schema.json). Fields marked "extension" are additions
 * the contract allows (it does not forbid additional properties); every contract field is here.
 */

export const RECOMMENDATIONS = ["virtual", "physical", "either", "none"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Purposes that words can tell; "personal" and "unknown" come from context instead. */
export const WORD_PURPOSES = [
  "status",
  "decision",
  "information",
  "creative",
  "personnel",
  "relationship",
  "onboarding",
  "social",
  "training",
  "clinical",
] as const;
export type WordPurpose = (typeof WORD_PURPOSES)[number];

/** Every purpose, in the contract's order. */
export const PURPOSES = [...WORD_PURPOSES, "personal", "unknown"] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Section ids of the organisation's guidance (see the guidance digest). */
export const GUIDELINES = [
  "responsibility",
  "legal",
  "availability",
  "chat",
  "screen-sharing",
  "video-call",
  "video-meeting",
  "email-calendar",
  "etiquette",
  "local-guidelines",
] as const;
export type GuidelineId = (typeof GUIDELINES)[number];

export const REMINDER_CODES = [
  "headset",
  "video-consent",
  "screen-sharing",
  "agenda",
  "personal-data",
  "show-as-free",
  "local-guideline",
] as const;
export type ReminderCode = (typeof REMINDER_CODES)[number];

export type Severity = "info" | "warning";
export type Locale = "da" | "en";

export type AttendeeType = "required" | "optional" | "resource";
export type Sensitivity = "normal" | "personal" | "private" | "confidential";
export type Frequency = "daily" | "weekly" | "monthly" | "yearly";
/** Outlook's free/busy status of the organizer's own entry (extension). */
export type ShowAs = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

export interface Person {
  email: string;
  name?: string;
  /** The work site the person travels from, matched case-insensitively to a site name or alias. */
  site?: string;
  /** Extension: the organisational unit, used to pick the unit's local guidelines. */
  unit?: string;
}

export interface Attendee extends Person {
  type?: AttendeeType;
}

export interface Recurrence {
  frequency: Frequency;
  interval?: number;
}

export interface MeetingDraft {
  subject: string;
  body?: string;
  bodyType?: "text" | "html";
  /** ISO 8601 with an offset. */
  start: string;
  end: string;
  /** IANA zone of the organizer; Europe/Copenhagen by default. */
  timeZone?: string;
  isAllDay?: boolean;
  location?: string;
  organizer?: Person;
  attendees: Attendee[];
  recurrence?: Recurrence | null;
  sensitivity?: Sensitivity;
  /** Extension: the organizer's free/busy status for this entry, when known. */
  showAs?: ShowAs;
}

/** Where words that told a meeting's purpose were found: the subject or the invitation's text. */
export const EVIDENCE_FIELDS = ["subject", "body"] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/**
 * Extension: the vocabulary's words that a reason rests on, found in one field, as the policy
 * writes them (never the meeting's own text; any CPR-like digits masked). Shown beside the reason
 * ("Genkendt i emnet: statusmøde"), not in its sentence.
 */
export interface Evidence {
  field: EvidenceField;
  /** Distinct terms, in the order they were found; at least one. */
  terms: string[];
}

export interface Note {
  code: string;
  guideline: GuidelineId;
  message: string;
  /**
   * Extension: a fact (a travel figure, a link in the invitation) rather than a rule of the
   * guidance. It cites no section: `guideline` is only the nearest one, which the contract asks for.
   */
  fact?: true;
  /** Extension: the words a purpose reason rests on, subject first; absent on other notes. */
  evidence?: Evidence[];
}

export interface Reminder extends Note {
  code: ReminderCode;
  severity: Severity;
}

export interface Travel {
  meetingSite: string;
  attendeesTravelling: number;
  /** Invitees (organizer included) whose site is not known. */
  attendeesUnknown: number;
  /** Round-trip minutes, summed over everyone who would travel. */
  minutesSaved: number;
  /** Round-trip km, summed over everyone who would travel. */
  kmSaved: number;
}

export const OTHER_PROVIDERS = ["teams", "zoom", "webex", "meet"] as const;
export type OtherProvider = (typeof OTHER_PROVIDERS)[number];

export interface OtherMeeting {
  provider: OtherProvider;
  url: string;
}

export interface MeetingLink {
  /** The body or location already holds a video meeting link of the policy's provider. */
  present: boolean;
  url?: string;
  /** Extension: the provider's video (SIP) address found beside or instead of the join link. */
  videoAddress?: string;
  /** Extension: meetings of other providers found in the invitation (two meetings in one). */
  others: OtherMeeting[];
}

/**
 * Where in the invitation a finding is: the subject, the location, the invitation's text as a
 * reader sees it ("body"), or text in the body a reader does not see ("hidden": the HTML head and
 * title, comments, elements hidden by display:none and the like), which still travels with it.
 */
export const PERSONAL_DATA_FIELDS = ["subject", "body", "location", "hidden"] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/** Extension: one piece of personal data found in the invitation, masked for display. */
export interface PersonalDataFinding {
  kind: "cpr";
  field: PersonalDataField;
  /** The finding with its sequence number masked, e.g. "010270-****". */
  masked: string;
  /**
   * Whether CPR context stands right before it (CPR, cpr.nr., personnummer, patient, pt., borger):
   * then it is surely a CPR number. Without it, it is ten digits that merely form a valid date.
   */
  context: boolean;
}

/** Extension: one local guideline of the organizer's unit that applies to this meeting. */
export interface AppliedLocalGuideline {
  unit: string;
  area: LocalGuidelineArea;
  situation: string;
  guideline: string;
}

export const LOCAL_GUIDELINE_AREAS = [
  "presence",
  "chat",
  "screen-sharing",
  "calls",
  "virtual-meeting",
  "mail-calendar",
  "other",
] as const;
export type LocalGuidelineArea = (typeof LOCAL_GUIDELINE_AREAS)[number];

export interface Advice {
  recommendation: Recommendation;
  purpose: Purpose;
  /** In [0, 1]: high when words and context agree, low when nothing tells. */
  confidence: number;
  reasons: Note[];
  reminders: Reminder[];
  travel: Travel | null;
  meetingLink: MeetingLink;
  /** Extension: what the personal-data reminder refers to. */
  personalData: PersonalDataFinding[];
  /** Extension: the local guidelines that the local-guideline reminder refers to. */
  localGuidelines: AppliedLocalGuideline[];
  /** Extension: whether this is a video meeting (advised virtual or the provider's link present). */
  videoMeeting: boolean;
}
