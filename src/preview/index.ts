/**
 * The preview page: runs before the pane's bundle and installs `window.Office`, a stand-in for
 * Office.js over an editable appointment, so that the real pane can be tried (and tested) without
 * Outlook and without the network. The page never loads office.js.
 */
import { translator } from "../i18n/catalogue";
import { warn } from "../logger";
import { previewMessages } from "../i18n/pane";
import { PANE_CONTEXTS } from "../office/initializationContext";
import { SETTINGS_KEY } from "../office/settings";
import type { Editor, PreviewSettings } from "./editor";
import { mountEditor } from "./editor";
import { browserHtmlCodec } from "./htmlCodec";
import type { FetchLike, TokenProvider } from "../graph/client";
import type { FakeGraphFaults } from "./fakeGraph";
import type { GraphRequest } from "./graphHandler";
import type { NewAppointmentForm, OfficeThemeColours, StandInAppointment } from "./officeStandIn";
import { createOfficeStandIn, ROAMING_SETTINGS_KEY } from "./officeStandIn";
import type { OpenedFrom } from "./query";
import { parsePreviewQuery, previewSearch } from "./query";
import { SCENARIOS, scenarioById, toStandInAppointment } from "./scenarios";
import { DETAILS_SHOWN_MARK } from "../taskpane/performanceMarks";

const SAVED_APPOINTMENT_KEY = "moedeguide-preview:appointment";

/** Office's theme colours as Outlook on the web gives them (light and dark). */
const THEMES: Record<"light" | "dark", OfficeThemeColours> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
};

/**
 * The local Graph of the Kolleger view and of the invitees' sites: the fake directory and
 * calendars, with a little latency so that loading looks as it does, and the faults the query asks
 * for (`graph=offline`, …), served by msw's service worker (graphWorker.ts). The pane then uses the
 * browser's fetch, as in Outlook; where no service worker can run, the fake answers in the page.
 * Each request is noted in `requests`. Started once, when first asked.
 */
async function localGraph(
  faults: FakeGraphFaults,
  requests: GraphRequest[],
): Promise<{ fetch: FetchLike; tokens: TokenProvider }> {
  const [{ createFakeGraph }, { DEFAULT_POLICY }, { startGraphWorker }, { notedFetch }] =
    await Promise.all([
      import(/* webpackChunkName: "fake-graph" */ "./fakeGraph"),
      import(/* webpackChunkName: "fake-graph" */ "../policy/defaultPolicy"),
      import(/* webpackChunkName: "fake-graph" */ "./graphWorker"),
      import(/* webpackChunkName: "fake-graph" */ "./graphHandler"),
    ]);
  const fake = createFakeGraph({ sites: DEFAULT_POLICY.sites, latencyMs: 120, faults });
  try {
    await startGraphWorker(fake, requests);
    return { fetch: (url, init) => fetch(url, init), tokens: fake.tokens };
  } catch (error) {
    // No service worker here: a page served over plain HTTP from another machine, or HTTPS with a
    // certificate the browser does not trust (npm start's self-signed fallback). The fake then
    // answers in the page, through the client's fetch port, so that the preview still works.
    warn(
      `Mødeguide preview: Graph is answered in the page, without msw's worker (${String(error)})`,
    );
    return { fetch: notedFetch(fake, requests), tokens: fake.tokens };
  }
}

/** What Outlook would open for displayNewAppointmentForm, said on the page (Outlook opens a window). */
function showNewAppointmentForm(form: NewAppointmentForm, locale: "da" | "en"): void {
  const box = document.getElementById("pv-new-appointment");
  if (!box) return;
  const t = translator(previewMessages, locale);
  const time = (date: Date | null) =>
    date
      ? date.toLocaleString(locale === "da" ? "da-DK" : "en-GB", {
          dateStyle: "medium",
          timeStyle: "short",
        })
      : "–";
  box.hidden = false;
  box.textContent = t("newAppointment", {
    start: time(form.start),
    end: time(form.end),
    attendees: form.requiredAttendees.join(", "),
  });
}

function savedAppointment(): StandInAppointment | null {
  try {
    const text = sessionStorage.getItem(SAVED_APPOINTMENT_KEY);
    if (!text) return null;
    const saved = JSON.parse(text) as StandInAppointment;
    return { ...saved, start: new Date(saved.start), end: new Date(saved.end) };
  } catch {
    return null;
  }
}

function saveAppointment(appointment: StandInAppointment): void {
  try {
    sessionStorage.setItem(SAVED_APPOINTMENT_KEY, JSON.stringify(appointment));
  } catch {
    // Storage full or blocked: the edits then last until the next reload only.
  }
}

/** Presets the person's own settings (Office keeps them in roaming settings). */
function presetRoamingSettings(settings: { site?: string; unit?: string } | undefined): void {
  let values: Record<string, unknown> = {};
  try {
    values = JSON.parse(localStorage.getItem(ROAMING_SETTINGS_KEY) ?? "{}") as Record<
      string,
      unknown
    >;
  } catch {
    values = {};
  }
  if (settings) values[SETTINGS_KEY] = { ...settings };
  else delete values[SETTINGS_KEY];
  localStorage.setItem(ROAMING_SETTINGS_KEY, JSON.stringify(values));
}

/** The contextData Outlook hands the pane when Mødeguide's own handlers open it. */
function contextData(from: OpenedFrom | undefined): string {
  return from ? JSON.stringify(PANE_CONTEXTS[from]) : "";
}

/**
 * For fail=render: true while the pane's first render runs, false ever after. React tries a render
 * that threw once more, in the same task, before it shows the error boundary; so the fault lasts
 * until that task is over, and "Prøv igen" then renders the pane.
 */
function firstRenderFault(): () => boolean {
  let state: "armed" | "failing" | "spent" = "armed";
  return () => {
    if (state === "armed") {
      state = "failing";
      setTimeout(() => {
        state = "spent";
      }, 0);
    }
    return state === "failing";
  };
}

/**
 * The longest the editor waits for the pane after the page's load event (the pane may show a
 * problem and no advice).
 */
const EDITOR_AT_LATEST_MS = 1000;

/**
 * Runs `mount` once the pane is shown whole (its advice and details), or EDITOR_AT_LATEST_MS after
 * the page's load event, which comes once the pane's bundle has run. In Outlook the pane has a
 * frame of its own, and Outlook's form does not take the pane's thread while the pane starts;
 * here page and pane share one thread, so the editor waits its turn rather than slow the pane's
 * start (and the pane benchmark, which measures it on this page).
 */
function afterPaneStarted(mount: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    mount();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startTimer = (): void => {
    if (!done) timer = setTimeout(once, EDITOR_AT_LATEST_MS);
  };
  if (document.readyState === "complete") startTimer();
  else window.addEventListener("load", startTimer, { once: true });
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(DETAILS_SHOWN_MARK).length > 0) once();
    });
    observer.observe({ type: "mark" });
  } catch {
    // No PerformanceObserver: the timer mounts the editor.
  }
}

function start(): void {
  const query = parsePreviewQuery(location.search);
  const scenario = scenarioById(query.scenario);
  const settings: PreviewSettings = {
    scenario: scenario.id,
    locale: query.locale ?? "da",
    theme: query.theme ?? "light",
    mode: query.mode ?? scenario.mode ?? "compose",
  };
  const t = translator(previewMessages, settings.locale);
  const restored = query.restore ? savedAppointment() : null;
  if (!restored) presetRoamingSettings(scenario.settings);
  const appointment = restored ?? toStandInAppointment(scenario.appointment);
  const user =
    settings.mode === "compose"
      ? appointment.organizer
      : (scenario.user ?? appointment.attendees[0] ?? appointment.organizer);

  let editor: Editor | null = null;
  const newForms: NewAppointmentForm[] = [];
  const graphRequests: GraphRequest[] = [];
  let graph: ReturnType<typeof localGraph> | undefined;
  const missing = document.getElementById("pv-missing");
  const standIn = createOfficeStandIn(appointment, {
    mode: settings.mode,
    displayLanguage: settings.locale === "da" ? "da-DK" : "en-US",
    theme: query.noOfficeTheme ? null : THEMES[settings.theme],
    mailboxVersion: query.mailboxVersion ?? scenario.mailboxVersion ?? "1.14",
    user: { displayName: user.name, emailAddress: user.email },
    storage: localStorage,
    html: browserHtmlCodec,
    failures: { ...scenario.failures, ...query.failures },
    initializationContext: contextData(query.openedFrom),
    onWrite: (written) => {
      saveAppointment(written);
      editor?.showWritten(written);
    },
    onNewAppointmentForm: (form) => {
      newForms.push(form);
      showNewAppointmentForm(form, settings.locale);
    },
    onMissingMember: () => {
      if (!missing) return;
      missing.hidden = false;
      missing.textContent = t("missingMembers", {
        members: [...new Set(standIn.missingMembers)].join(", "),
      });
    },
  });
  (window as unknown as { Office: unknown }).Office = standIn.office;
  // For the browser tests: what the stand-in holds, and what the pane asked of it in vain.
  (window as unknown as { moedeguidePreview: unknown }).moedeguidePreview = {
    appointment: () => standIn.appointment(),
    missingMembers: () => [...standIn.missingMembers],
    openPaneFrom: (from: OpenedFrom) => standIn.openPaneWith(contextData(from)),
    // Read by the pane's PreviewRenderFault.
    renderFault: query.renderFault ? firstRenderFault() : () => false,
    // Microsoft Graph answered locally for the Kolleger view and the invitees' sites, loaded when
    // first asked; and what was asked of it.
    graph: () =>
      (graph ??= localGraph(query.graphFaults, graphRequests).catch((error: unknown) => {
        graph = undefined;
        throw error;
      })),
    graphRequests: () => graphRequests.map((r) => ({ ...r })),
    // Set by displayNewAppointmentForm ("Book møde"): what Outlook would open.
    newAppointmentForms: () => [...newForms],
  };
  saveAppointment(standIn.appointment());

  document.documentElement.lang = settings.locale;
  document.documentElement.dataset.theme = settings.theme;
  document.title = t("pageTitle");
  const banner = document.getElementById("pv-banner");
  if (banner) {
    banner.replaceChildren();
    const strong = document.createElement("strong");
    strong.textContent = t("banner");
    banner.append(strong, ` ${t("bannerText")}`);
  }
  const root = document.getElementById("pv-editor");
  if (!root) return;
  afterPaneStarted(() => {
    editor = mountEditor(root, {
      standIn,
      scenarios: SCENARIOS,
      settings,
      onChange: saveAppointment,
      navigate: (next, keep) => {
        if (keep) saveAppointment(standIn.appointment());
        location.search = previewSearch({ ...next, restore: keep });
      },
    });
  });
}

start();
