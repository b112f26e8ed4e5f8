/**
 * The task pane's entry: waits for Office, picks language and theme from Office, and renders the
 * pane for the open appointment. Nothing here reads the meeting's content; that is useMeeting's.
 */
import type { Root as ReactRoot } from "react-dom/client";
import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../i18n/catalogue";
import { isComposeItem, isMailboxSetSupported } from "../office/host";
import { loadSettings } from "../office/settings";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import type { AppointmentItem } from "./reading";
import { readMeeting } from "./reading";
import type { RootProps } from "./components/Root";
import { Root } from "./components/Root";
import type { ColourSchemeQuery } from "./theme";
import { followTheme, readOfficeTheme } from "./theme";

/** Mailbox 1.3 brings body.getAsync, without which the pane cannot read the invitation. */
const REQUIRED_MAILBOX = "1.3";

function colourSchemeQuery(): ColourSchemeQuery | null {
  try {
    return typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-color-scheme: dark)")
      : null;
  } catch {
    return null;
  }
}

function contentFor(item: AppointmentItem | null | undefined): RootProps["content"] {
  if (!item) return { kind: "no-item" };
  if (!isMailboxSetSupported(REQUIRED_MAILBOX)) {
    return { kind: "unsupported", version: REQUIRED_MAILBOX };
  }
  const initialSettings = loadSettings();
  const userEmail = Office.context.mailbox.userProfile?.emailAddress;
  // Start reading now, so that Office's round trips overlap the first render.
  const firstRead = readMeeting(item, initialSettings, userEmail);
  // The pane handles a failure when it takes the read over; until then it is not "unhandled".
  firstRead.catch(() => undefined);
  return {
    kind: "app",
    props: { item, compose: isComposeItem(item), initialSettings, userEmail, firstRead },
  };
}

/**
 * Renders the pane, and renders it again in the other theme when the browser's colour scheme
 * changes (where Office gives no theme of its own).
 */
function render(
  locale: RootProps["locale"],
  officeTheme: ReturnType<typeof readOfficeTheme>,
  content: RootProps["content"],
): void {
  document.documentElement.lang = locale;
  const container = document.getElementById("container");
  let root: ReactRoot | null = null;
  const draw = (dark: boolean): void => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
    if (!container) return;
    root ??= createRoot(container);
    root.render(<Root locale={locale} dark={dark} content={content} />);
  };
  // Follows the scheme for as long as the pane is open: there is no teardown of the page.
  draw(followTheme(officeTheme, colourSchemeQuery(), draw).dark);
}

/**
 * Loads the browser's time-zone data now, while Office is still getting ready: the first use of a
 * zone costs tens of milliseconds, which would otherwise come after Office.onReady, in the first
 * read of the meeting (times are converted to the user's zone: the organisation's, for nearly
 * everyone).
 */
function warmTimeZoneData(): void {
  try {
    new Intl.DateTimeFormat("da-DK", { timeZone: DEFAULT_POLICY.timeZone, hour: "numeric" }).format(
      0,
    );
  } catch {
    // Only an optimisation.
  }
}

warmTimeZoneData();

if (typeof Office === "undefined") {
  // office.js did not load (no network, or the page was opened outside Outlook's reach).
  render(localeFromLanguageTag(navigator.language), null, { kind: "no-office" });
} else {
  void Office.onReady(() => {
    performance.mark("moedeguide:office-ready");
    const locale = localeFromLanguageTag(Office.context.displayLanguage);
    const item = Office.context.mailbox?.item as AppointmentItem | null | undefined;
    render(locale, readOfficeTheme(Office), contentFor(item));
  });
}
