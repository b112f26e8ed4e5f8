/**
 * The preview's stand-in for Outlook's appointment form: plain DOM (no React, which lives in the
 * pane's own bundle), every field labelled, and every value set as text or as a form value, never
 * as markup. Edits go to the Office stand-in, which fires Outlook's item events where Outlook would.
 */
import { DateTime } from "luxon";
import type { Locale } from "../i18n/catalogue";
import { translator } from "../i18n/catalogue";
import type { PreviewMessageKey } from "../i18n/pane";
import { previewMessages } from "../i18n/pane";
import type {
  AppointmentMode,
  OfficeStandIn,
  StandInAppointment,
  StandInAttendee,
  StandInFrequency,
  StandInSensitivity,
} from "./officeStandIn";
import { locationText, locationsFromText } from "./officeStandIn";
import type { Scenario } from "./scenarios";

/** The zone the form's times are in, as Outlook shows them to staff in the region. */
const ZONE = "Europe/Copenhagen";
const FREQUENCIES: StandInFrequency[] = ["daily", "weekday", "weekly", "monthly", "yearly"];
const SENSITIVITIES: StandInSensitivity[] = ["normal", "personal", "private", "confidential"];

/** The preview's own settings: which scenario, and how Outlook is set up. */
export interface PreviewSettings {
  scenario: string;
  locale: Locale;
  theme: "light" | "dark";
  mode: AppointmentMode;
}

/** What the editor works on and how it reloads the page. */
export interface EditorOptions {
  standIn: OfficeStandIn;
  scenarios: readonly Scenario[];
  settings: PreviewSettings;
  /** Called after every change to the appointment (to keep it over a reload). */
  onChange: (appointment: StandInAppointment) => void;
  /** Reloads the page with other settings; `keep` keeps the edited appointment. */
  navigate: (settings: PreviewSettings, keep: boolean) => void;
}

type Attributes = Record<string, string | boolean | undefined>;

/** Creates an element; children that are strings become text nodes (never markup). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Array<Node | string | null> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null) element.append(child);
  }
  return element;
}

function toLocalInput(date: Date): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).toFormat("yyyy-LL-dd'T'HH:mm");
}

function fromLocalInput(value: string): Date | null {
  const parsed = DateTime.fromISO(value, { zone: ZONE });
  return parsed.isValid ? parsed.toJSDate() : null;
}

function select(
  id: string,
  options: Array<[string, string]>,
  selected: string,
  disabled = false,
): HTMLSelectElement {
  const element = el("select", { id, name: id, disabled });
  for (const [value, label] of options) {
    const option = el("option", { value }, [label]);
    option.selected = value === selected;
    element.append(option);
  }
  return element;
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute("aria-describedby", `${id}-hint`);
  return el("div", { class: "field" }, [
    el("label", { for: id }, [label]),
    control,
    hint ? el("p", { id: `${id}-hint`, class: "hint" }, [hint]) : null,
  ]);
}

export interface Editor {
  /** Shows what the add-in wrote into the appointment (Outlook's form shows it at once). */
  showWritten(appointment: StandInAppointment): void;
}

/** Builds the editor into `root`. */
export function mountEditor(root: HTMLElement, options: EditorOptions): Editor {
  const { standIn, settings } = options;
  const t = (key: PreviewMessageKey, params?: Record<string, string | number>) =>
    translator(previewMessages, settings.locale)(key, params);
  // A mail shows the appointment fields read-only too: nothing of them is open in Outlook then.
  const readOnly = settings.mode !== "compose";
  const current = (): StandInAppointment => standIn.appointment();
  const edit = (change: Partial<StandInAppointment>): void => {
    standIn.edit(change);
    options.onChange(current());
  };

  // --- Outlook: scenario, role, language, theme ---------------------------------------------
  const scenarioSelect = select(
    "pv-scenario",
    options.scenarios.map((s) => [s.id, s.title[settings.locale]]),
    settings.scenario,
  );
  const modeSelect = select(
    "pv-mode",
    [
      ["compose", t("modeCompose")],
      ["read", t("modeRead")],
      ["mail", t("modeMail")],
    ],
    settings.mode,
  );
  const languageSelect = select(
    "pv-language",
    [
      ["da", "Dansk"],
      ["en", "English"],
    ],
    settings.locale,
  );
  const themeSelect = select(
    "pv-theme",
    [
      ["light", t("themeLight")],
      ["dark", t("themeDark")],
    ],
    settings.theme,
  );
  const chosen = (): PreviewSettings => ({
    scenario: scenarioSelect.value,
    mode: modeSelect.value === "read" || modeSelect.value === "mail" ? modeSelect.value : "compose",
    locale: languageSelect.value === "en" ? "en" : "da",
    theme: themeSelect.value === "dark" ? "dark" : "light",
  });
  const loadButton = el("button", { type: "button", id: "pv-load" }, [t("loadScenario")]);
  loadButton.addEventListener("click", () => options.navigate(chosen(), false));
  const applyButton = el("button", { type: "button", id: "pv-apply" }, [t("apply")]);
  applyButton.addEventListener("click", () =>
    options.navigate({ ...chosen(), scenario: settings.scenario }, true),
  );

  const outlook = el("fieldset", { class: "group" }, [
    el("legend", {}, [t("outlookHeading")]),
    el("div", { class: "row" }, [field("pv-scenario", t("scenario"), scenarioSelect), loadButton]),
    el("div", { class: "row" }, [
      field("pv-mode", t("mode"), modeSelect),
      field("pv-language", t("language"), languageSelect),
      field("pv-theme", t("theme"), themeSelect),
    ]),
    el("div", { class: "row" }, [applyButton]),
  ]);

  // --- The appointment --------------------------------------------------------------------------
  const a = current();
  const subject = el("input", { id: "pv-subject", type: "text", readonly: readOnly });
  subject.value = a.subject;
  subject.addEventListener("input", () => edit({ subject: subject.value }));

  const location = el("input", { id: "pv-location", type: "text", readonly: readOnly });
  location.value = locationText(a.locations);
  location.addEventListener("input", () =>
    edit({ locations: locationsFromText(location.value, current().locations) }),
  );

  const start = el("input", { id: "pv-start", type: "datetime-local", readonly: readOnly });
  const end = el("input", { id: "pv-end", type: "datetime-local", readonly: readOnly });
  start.value = toLocalInput(a.start);
  end.value = toLocalInput(a.end);
  start.addEventListener("change", () => {
    const next = fromLocalInput(start.value);
    if (!next) return;
    // As in Outlook, moving the start keeps the meeting's length.
    const before = current();
    const length = before.end.getTime() - before.start.getTime();
    const nextEnd = new Date(next.getTime() + length);
    end.value = toLocalInput(nextEnd);
    edit({ start: next, end: nextEnd });
  });
  end.addEventListener("change", () => {
    const next = fromLocalInput(end.value);
    if (next && next.getTime() > current().start.getTime()) edit({ end: next });
    else end.value = toLocalInput(current().end);
  });

  const recurrence = select(
    "pv-recurrence",
    [
      ["none", t("recurrenceNone")],
      ...FREQUENCIES.map((f): [string, string] => [f, t(`recurrence_${f}`)]),
    ],
    a.recurrence?.frequency ?? "none",
    readOnly,
  );
  const interval = el("input", {
    id: "pv-interval",
    type: "number",
    min: "1",
    max: "99",
    readonly: readOnly,
  });
  interval.value = String(a.recurrence?.interval ?? 1);
  const onRecurrence = (): void => {
    const frequency = FREQUENCIES.find((f) => f === recurrence.value);
    const every = Math.max(1, Math.min(99, Math.round(Number(interval.value) || 1)));
    edit({ recurrence: frequency ? { frequency, interval: every } : null });
  };
  recurrence.addEventListener("change", onRecurrence);
  interval.addEventListener("change", onRecurrence);

  const sensitivity = select(
    "pv-sensitivity",
    SENSITIVITIES.map((s): [string, string] => [s, t(`sensitivity_${s}`)]),
    a.sensitivity,
    readOnly,
  );
  sensitivity.addEventListener("change", () => {
    const value = SENSITIVITIES.find((s) => s === sensitivity.value);
    if (value) edit({ sensitivity: value });
  });

  // --- Attendees ------------------------------------------------------------------------------
  const attendeeList = el("ol", { class: "attendees", id: "pv-attendees" });
  const readAttendees = (): StandInAttendee[] =>
    [...attendeeList.querySelectorAll<HTMLLIElement>("li")].map((row) => {
      const value = (name: string): string =>
        row
          .querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${name}"]`)
          ?.value.trim() ?? "";
      const person: StandInAttendee = {
        name: value("name"),
        email: value("email"),
        type: value("type") === "optional" ? "optional" : "required",
      };
      return person;
    });
  const commitAttendees = (): void =>
    edit({ attendees: readAttendees().filter((p) => p.email !== "") });
  const renderAttendees = (list: StandInAttendee[]): void => {
    attendeeList.replaceChildren();
    list.forEach((person, index) => {
      const number = index + 1;
      const id = `pv-attendee-${number}`;
      const input = (name: string, label: string, value: string, type = "text") => {
        const control = el("input", {
          id: `${id}-${name}`,
          type,
          "data-field": name,
          readonly: readOnly,
        });
        control.value = value;
        control.addEventListener("change", commitAttendees);
        return field(`${id}-${name}`, label, control);
      };
      const type = select(
        `${id}-type`,
        [
          ["required", t("required")],
          ["optional", t("optional")],
        ],
        person.type,
        readOnly,
      );
      type.dataset.field = "type";
      type.addEventListener("change", commitAttendees);
      const remove = el("button", { type: "button", disabled: readOnly }, [
        t("removeAttendee", { number }),
      ]);
      remove.addEventListener("click", () => {
        const next = readAttendees().filter((_p, i) => i !== index);
        renderAttendees(next);
        commitAttendees();
      });
      attendeeList.append(
        el("li", { "aria-label": t("attendeeNumber", { number }) }, [
          el("div", { class: "row" }, [
            input("name", t("attendeeName"), person.name),
            input("email", t("attendeeEmail"), person.email, "email"),
          ]),
          el("div", { class: "row" }, [field(`${id}-type`, t("attendeeType"), type), remove]),
        ]),
      );
    });
  };
  renderAttendees(a.attendees);
  const addAttendee = el("button", { type: "button", id: "pv-add-attendee", disabled: readOnly }, [
    t("addAttendee"),
  ]);
  addAttendee.addEventListener("click", () => {
    renderAttendees([...readAttendees(), { name: "", email: "", type: "required" }]);
    attendeeList.querySelector<HTMLInputElement>("li:last-child input")?.focus();
  });

  // --- Body -----------------------------------------------------------------------------------
  const body = el("textarea", { id: "pv-body", rows: "10", spellcheck: false, readonly: readOnly });
  body.value = a.bodyHtml;
  body.addEventListener("input", () => edit({ bodyHtml: body.value }));

  root.replaceChildren(
    el("h2", { id: "pv-editor-heading" }, [t("editorHeading")]),
    outlook,
    el("fieldset", { class: "group" }, [
      el("legend", {}, [t("appointment")]),
      readOnly ? el("p", { class: "note", role: "note" }, [t("readOnly")]) : null,
      el("p", { class: "hint" }, [
        t("organizer", { name: a.organizer.name, email: a.organizer.email }),
      ]),
      field("pv-subject", t("subject"), subject),
      field("pv-location", t("location"), location),
      el("div", { class: "row" }, [
        field("pv-start", t("start"), start),
        field("pv-end", t("end"), end),
      ]),
      el("div", { class: "row" }, [
        field("pv-recurrence", t("recurrence"), recurrence),
        field("pv-interval", t("interval"), interval),
        field("pv-sensitivity", t("sensitivity"), sensitivity),
      ]),
      el("fieldset", { class: "group" }, [
        el("legend", {}, [t("attendees")]),
        attendeeList,
        addAttendee,
        el("p", { class: "hint" }, [t("sitesNote")]),
      ]),
      field("pv-body", t("body"), body, t("bodyHint")),
      el("p", { class: "hint" }, [t("eventsNote")]),
    ]),
  );

  return {
    showWritten(written) {
      subject.value = written.subject;
      location.value = locationText(written.locations);
      body.value = written.bodyHtml;
    },
  };
}
