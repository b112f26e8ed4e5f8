/**
 * The preview page's query parameters, so that a person can bookmark a case and the browser tests
 * can preset one: ?scenario=status-across-sites&lang=en&theme=dark&mode=read&fail=body.setAsync:1
 * &mailbox=1.5. `restore=1` keeps the appointment edited before a reload. `from=send` or
 * `from=notification` opens the pane as Outlook does from the send check's "Tilføj Jabber-møde" or
 * from the compose notice's action (the contextData getInitializationContextAsync returns).
 * `officeTheme=none` gives a client without Office.context.officeTheme, where the pane follows the
 * browser's prefers-color-scheme. `fail=render` makes the pane's first render throw (its error
 * boundary then shows "Prøv igen").
 */
import type { Locale } from "../i18n/catalogue";
import type { FakeGraphFaults } from "./fakeGraph";
import { BIRGITTE_HOLM } from "./fakeGraph";
import type { AppointmentMode, FailureSpec } from "./officeStandIn";

/** What the query asks for; null where it asks nothing (the scenario's or the default applies). */
export interface PreviewQuery {
  scenario: string | null;
  locale: Locale | null;
  theme: "light" | "dark" | null;
  mode: AppointmentMode | null;
  /** Calls that fail, in addition to the scenario's own: "name" (always) or "name:times". */
  failures: Record<string, FailureSpec>;
  mailboxVersion: string | null;
  restore: boolean;
  /** Where the pane was opened from; absent: the ribbon (no context). */
  openedFrom?: OpenedFrom;
  /** True: Office gives no officeTheme (absent: it gives the page theme's colours). */
  noOfficeTheme?: true;
  /** `fail=render`: the pane's first render throws, to show its error boundary. */
  renderFault?: true;
  /**
   * Faults of the local Graph (the Kolleger view, the invitees' sites): `graph=offline`,
   * `graph=forbidden`, `graph=throttle`, `graph=schedule-error` (Birgitte Holm's calendar cannot
   * be read).
   */
  graphFaults: FakeGraphFaults;
}

/** Where Outlook can open the pane from with a context of Mødeguide's. */
export type OpenedFrom = "send" | "notification";

/** Reads the query; unknown or malformed values count as absent. */
export function parsePreviewQuery(search: string): PreviewQuery {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  const theme = params.get("theme");
  const mode = params.get("mode");
  const mailbox = params.get("mailbox");
  const from = params.get("from");
  const failures: Record<string, FailureSpec> = {};
  let renderFault = false;
  for (const entry of (params.get("fail") ?? "").split(",")) {
    const match = /^([A-Za-z.]+)(?::(\d+))?$/.exec(entry.trim());
    if (!match?.[1]) continue;
    if (match[1] === "render") renderFault = true;
    else failures[match[1]] = match[2] ? { times: Number(match[2]) } : {};
  }
  const query: PreviewQuery = {
    scenario: params.get("scenario"),
    locale: lang === "da" || lang === "en" ? lang : null,
    theme: theme === "light" || theme === "dark" ? theme : null,
    mode: mode === "compose" || mode === "read" || mode === "mail" ? mode : null,
    failures,
    mailboxVersion: mailbox && /^1\.\d{1,2}$/.test(mailbox) ? mailbox : null,
    restore: params.get("restore") === "1",
    graphFaults: graphFaults(params.getAll("graph")),
  };
  if (from === "send" || from === "notification") query.openedFrom = from;
  if (params.get("officeTheme") === "none") query.noOfficeTheme = true;
  if (renderFault) query.renderFault = true;
  return query;
}

function graphFaults(names: string[]): FakeGraphFaults {
  const faults: FakeGraphFaults = {};
  for (const name of names.flatMap((n) => n.split(","))) {
    if (name === "offline") faults.offline = true;
    if (name === "forbidden") faults.forbidden = true;
    if (name === "throttle") faults.throttle = { requests: 1, retryAfterSeconds: 2 };
    if (name === "schedule-error") faults.scheduleErrors = [BIRGITTE_HOLM];
  }
  return faults;
}

/** The query for a set of preview settings (the inverse of parsePreviewQuery for those fields). */
export function previewSearch(settings: {
  scenario: string;
  locale: Locale;
  theme: "light" | "dark";
  mode: AppointmentMode;
  restore?: boolean;
}): string {
  const params = new URLSearchParams({
    scenario: settings.scenario,
    lang: settings.locale,
    theme: settings.theme,
    mode: settings.mode,
  });
  if (settings.restore) params.set("restore", "1");
  return `?${params.toString()}`;
}
