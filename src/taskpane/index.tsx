/**
 * The task pane's entry: loads the organisation's policy and waits for Office, picks language and
 * theme from Office, and renders the pane for the open appointment. This is the composition root:
 * the only module of the pane that knows the embedded default policy. Nothing here reads the
 * meeting's content; that is useMeeting's.
 */
import type { Root as ReactRoot } from "react-dom/client";
import { createRoot } from "react-dom/client";
import { prepareAdvisor } from "../advisor";
import { localeFromLanguageTag } from "../i18n/catalogue";
import { isComposeItem, isMailboxSetSupported } from "../office/host";
import { loadSettings } from "../office/settings";
import { isValidTimeZone } from "../office/timeZone";
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import type { LoadedPolicy } from "../policy/served";
import type { Policy } from "../policy/types";
import { startPanePolicyLoad } from "./policy";
import type { AppointmentItem } from "./reading";
import { readMeeting } from "./reading";
import type { RootProps } from "./components/Root";
import { Root } from "./components/Root";
import type { ColourSchemeQuery } from "./theme";
import { OFFICE_READY_MARK } from "./performanceMarks";
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

/** Whether the item is a mail (read mode, where the pane can be pinned): colleagues only. */
function isMessage(item: { itemType?: unknown }): boolean {
  return item.itemType === Office.MailboxEnums.ItemType.Message;
}

function contentFor(
  item: AppointmentItem | null | undefined,
  policy: Policy,
): RootProps["content"] {
  if (!item) return { kind: "no-item" };
  if (isMessage(item)) return { kind: "colleagues" };
  if (!isMailboxSetSupported(REQUIRED_MAILBOX)) {
    return { kind: "unsupported", version: REQUIRED_MAILBOX };
  }
  const initialSettings = loadSettings();
  const userEmail = Office.context.mailbox.userProfile?.emailAddress;
  // Start reading now, so that Office's round trips overlap the first render.
  const firstRead = readMeeting(item, initialSettings, userEmail, policy);
  // The pane handles a failure when it takes the read over; until then it is not "unhandled".
  firstRead.catch(() => undefined);
  return {
    kind: "app",
    props: { item, compose: isComposeItem(item), initialSettings, userEmail, firstRead },
  };
}

/**
 * Renders the pane, and renders it again in the other theme when the browser's colour scheme
 * changes (where Office gives no theme of its own), and with the served policy should it come
 * after the pane had to start without it.
 */
function render(
  locale: RootProps["locale"],
  officeTheme: ReturnType<typeof readOfficeTheme>,
  loaded: LoadedPolicy,
  content: (policy: Policy) => RootProps["content"],
): void {
  document.documentElement.lang = locale;
  const container = document.getElementById("container");
  let root: ReactRoot | null = null;
  let dark = false;
  let policy = loaded;
  const body = content(loaded.policy);
  const draw = (): void => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
    if (!container) return;
    root ??= createRoot(container);
    root.render(<Root locale={locale} dark={dark} policy={policy} content={body} />);
  };
  // Follows the scheme for as long as the pane is open: there is no teardown of the page.
  dark = followTheme(officeTheme, colourSchemeQuery(), (isDark) => {
    dark = isDark;
    draw();
  }).dark;
  draw();
  // A served policy that came after the deadline replaces the fallback: the advice follows it.
  if (loaded.source !== "served") {
    void policyLoad.settled.then((late) => {
      if (late.source !== "served") return;
      policy = late;
      draw();
    });
  }
}

/**
 * The served policy, fetched from beside this page while Office gets ready; the embedded default
 * is the last resort.
 */
const policyLoad = startPanePolicyLoad(DEFAULT_POLICY, document.baseURI);

// The policy's vocabulary compiled as soon as the policy is known, which in Outlook is usually
// before Office is ready: the first advice then need not compile it.
void policyLoad.now.then((loaded) => {
  try {
    prepareAdvisor(loaded.policy);
  } catch {
    // Only an optimisation: the first advice meets the same problem and the pane reports it.
  }
});

/**
 * Loads the time-zone data now, while Office is still getting ready: the first use of a named zone
 * costs tens of milliseconds (the browser's data, and luxon's formatter for the zone), which would
 * otherwise come after Office.onReady, in the first read of the meeting. Times are converted to the
 * user's zone: Outlook's, not known before Office is ready, which for nearly everyone is the
 * browser's or the embedded policy's (Europe/Copenhagen).
 */
function warmTimeZoneData(): void {
  try {
    const zones = new Set([
      Intl.DateTimeFormat().resolvedOptions().timeZone,
      DEFAULT_POLICY.timeZone,
    ]);
    for (const zone of zones) isValidTimeZone(zone);
  } catch {
    // Only an optimisation.
  }
}

warmTimeZoneData();

if (typeof Office === "undefined") {
  // office.js did not load (no network, or the page was opened outside Outlook's reach).
  void policyLoad.now.then((loaded) =>
    render(localeFromLanguageTag(navigator.language), null, loaded, () => ({ kind: "no-office" })),
  );
} else {
  void Office.onReady(async () => {
    performance.mark(OFFICE_READY_MARK);
    const loaded = await policyLoad.now;
    const locale = localeFromLanguageTag(Office.context.displayLanguage);
    const item = Office.context.mailbox?.item as AppointmentItem | null | undefined;
    render(locale, readOfficeTheme(Office), loaded, (policy) => contentFor(item, policy));
  });
}
