/**
 * What the colleagues' view asks of Outlook itself, as a small port: who the person is (the
 * organizer of a meeting they book, and a member of the group whose common time is searched),
 * their own work site from their settings, and opening a new meeting form (Mailbox 1.1's
 * displayNewAppointmentForm). The view takes the port as a prop, so tests give it a fake.
 */
import { loadSettings } from "../office/settings";

/** The person using the pane, as Outlook's profile names them. */
export interface OutlookPerson {
  /** Lower case. */
  email: string;
  name: string;
}

/** A new meeting as the view asks Outlook to open it. */
export interface NewMeetingForm {
  requiredAttendees: string[];
  start: Date;
  end: Date;
}

/** Outlook as the colleagues' view uses it. */
export interface OutlookPort {
  /** The person themself; null where Outlook does not say. */
  me(): OutlookPerson | null;
  /** The work site the person gave in Mødeguide's settings (a site's name), or null. */
  ownSite(): string | null;
  /** Opens a new meeting form. Throws NewMeetingFormError when Outlook does not open it. */
  openNewMeeting(form: NewMeetingForm): void;
}

/** Outlook did not open the new meeting form (no mailbox here, or the call threw). */
export class NewMeetingFormError extends Error {
  readonly code = "new-meeting-form";
  cause?: unknown;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "NewMeetingFormError";
    if (options && "cause" in options) this.cause = options.cause;
  }
}

function mailbox(): Office.Mailbox | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.mailbox;
  } catch {
    return undefined;
  }
}

/** The port over Office.js. Reading never throws: what Outlook does not give is null. */
export function officeOutlook(): OutlookPort {
  return {
    me() {
      try {
        const profile = mailbox()?.userProfile;
        const email = profile?.emailAddress?.trim().toLowerCase();
        if (!email) return null;
        return { email, name: profile?.displayName?.trim() || email };
      } catch {
        return null;
      }
    },
    ownSite() {
      try {
        return loadSettings().site ?? null;
      } catch {
        return null;
      }
    },
    openNewMeeting(form) {
      const box = mailbox();
      if (!box || typeof box.displayNewAppointmentForm !== "function") {
        throw new NewMeetingFormError("Outlook gives no displayNewAppointmentForm here");
      }
      try {
        // Synchronous in Office.js (no callback): a refusal arrives as a throw.
        box.displayNewAppointmentForm({
          requiredAttendees: form.requiredAttendees,
          start: form.start,
          end: form.end,
        });
      } catch (error) {
        throw new NewMeetingFormError(
          error instanceof Error ? error.message : "displayNewAppointmentForm failed",
          { cause: error },
        );
      }
    },
  };
}
