/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { advise } from "../../../../src/advisor";
import type { Locale } from "../../../../src/i18n/catalogue";
import type { Note } from "../../../../src/advisor/types";
import { DEFAULT_POLICY } from "../../../../src/policy/defaultPolicy";
import { ReasonsSection } from "../../../../src/taskpane/components/ReasonsSection";
import { LocaleContext } from "../../../../src/taskpane/locale";
import { PolicyProvider } from "../../../../src/taskpane/policy";
import { reactRoot } from "../../reactRoot";

const dom = reactRoot();

function render(locale: Locale, reasons: Note[]) {
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <PolicyProvider value={{ policy: DEFAULT_POLICY, source: "default" }}>
          <LocaleContext.Provider value={locale}>
            <ReasonsSection reasons={reasons} />
          </LocaleContext.Provider>
        </PolicyProvider>
      </FluentProvider>,
    ),
  );
}

/** Opens every closed disclosure, outermost first (an inner one exists once its parent is open). */
function openAll() {
  for (;;) {
    const closed = dom.container.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
    if (!closed) return;
    act(() => closed.click());
  }
}

const texts = (testId: string) =>
  [...dom.container.querySelectorAll(`[data-testid="${testId}"]`)].map((e) => e.textContent);

const statusAcrossSites = (locale: Locale) =>
  advise(
    {
      subject: "Statusmøde: ny hjemmeside",
      body: "Kort status på opgaverne.",
      start: "2027-02-02T10:00:00+01:00",
      end: "2027-02-02T11:00:00+01:00",
      organizer: { email: "mette@regionsjaelland.dk", site: "Sorø" },
      attendees: [{ email: "anders@regionsjaelland.dk", site: "Køge" }],
    },
    { policy: DEFAULT_POLICY, locale },
  );

describe("ReasonsSection", () => {
  it("shows the recognised words inside the reason's disclosure, not in its sentence", () => {
    const advice = statusAcrossSites("da");
    const purpose = advice.reasons.find((r) => r.code === "purpose-status")!;
    expect(purpose.evidence?.[0]).toEqual({ field: "subject", terms: ["statusmøde"] });
    render("da", advice.reasons);
    openAll();
    const message = [...dom.container.querySelectorAll("li > p")][0]?.textContent ?? "";
    expect(message).toMatch(/^Statusmøde: møder om noget konkret/);
    expect(message).not.toContain("statusmøde");
    const evidence = texts("reason-evidence");
    expect(evidence[0]).toBe("Genkendt i emnet: statusmøde");
    expect(evidence[1]).toMatch(/^Genkendt i invitationens tekst: status/);
    // Inside the disclosure that cites the guidance, before the guidance's own words.
    const panel = dom.container.querySelector('[data-testid="reason-evidence"]')!.parentElement!;
    expect(panel.querySelector("blockquote")).not.toBeNull();
  });

  it("is hidden until the reason's disclosure is opened", () => {
    render("da", statusAcrossSites("da").reasons);
    const derfor = dom.container.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!;
    act(() => derfor.click());
    expect(texts("reason-evidence")).toEqual([]);
    openAll();
    expect(texts("reason-evidence").length).toBeGreaterThan(0);
  });

  it("speaks English in an English pane", () => {
    render("en", statusAcrossSites("en").reasons);
    openAll();
    expect(texts("reason-evidence")[0]).toBe("Recognised in the subject: statusmøde");
  });

  it("shows nothing for a reason without evidence", () => {
    render("da", [
      {
        code: "purpose-unknown",
        guideline: "video-meeting",
        message: "Emne og tekst siger ikke …",
      },
    ]);
    openAll();
    expect(dom.container.textContent).toContain("Emne og tekst siger ikke");
    expect(texts("reason-evidence")).toEqual([]);
  });
});
