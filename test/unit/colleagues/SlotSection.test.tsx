/**
 * @jest-environment jsdom
 */
// The common-slot section's behaviour beyond rendering: it asks Graph only when "Find tid" is
// pressed, with the person themself in the group; an answer goes once the group, length or form
// changes (and a search overtaken by such a change is never shown); "Book møde" opens the meeting
// found; Outlook's refusal and Graph's failures are said in Danish.
import { act } from "react";
import { DateTime } from "luxon";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { BusyPeriod, Colleague, ScheduleLookup } from "../../../src/availability/types";
import type { NewMeetingForm, OutlookPort } from "../../../src/colleagues/outlook";
import { NewMeetingFormError } from "../../../src/colleagues/outlook";
import { SlotSection } from "../../../src/colleagues/SlotSection";
import { OfflineError } from "../../../src/graph/errors";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { LocaleContext } from "../../../src/taskpane/locale";
import { PolicyProvider } from "../../../src/taskpane/policy";
import { reactRoot } from "../reactRoot";
import { scheduleLookup, utc } from "../availability/lookups";

const ZONE = "Europe/Copenhagen";
const NOW = DateTime.fromISO("2026-12-03T09:30", { zone: ZONE }).toMillis();

const dom = reactRoot();

const colleague = (name: string, mail: string): Colleague => ({
  id: mail,
  displayName: name,
  mail,
  jobTitle: null,
  officeLocation: null,
  businessPhones: [],
  mobilePhone: null,
});
const PEOPLE = [colleague("Anne Thomsen", "anne@x.dk"), colleague("Bo Madsen", "bo@x.dk")];

/** Free all week, 08–16, except Anne until 11:00 today. */
function lookup(email: string): ScheduleLookup {
  const day = DateTime.fromISO("2026-12-03", { zone: ZONE });
  const busy: BusyPeriod[] =
    email === "anne@x.dk"
      ? [{ status: "busy", start: utc(day.set({ hour: 8 })), end: utc(day.set({ hour: 11 })) }]
      : [];
  return scheduleLookup(email, { start: day, end: day.plus({ days: 7 }) }, busy);
}

/** A client whose answers the test releases, one per call. */
function deferredClient() {
  const asked: string[][] = [];
  const pending: { resolve: (l: ScheduleLookup[]) => void; reject: (e: unknown) => void }[] = [];
  return {
    asked,
    pending,
    client: {
      getSchedules: (emails: readonly string[]) => {
        asked.push([...emails]);
        return new Promise<ScheduleLookup[]>((resolve, reject) =>
          pending.push({ resolve, reject }),
        );
      },
      officeLocations: () => Promise.resolve(new Map<string, string | null>()),
    },
  };
}

function fakeOutlook(fail = false) {
  const opened: NewMeetingForm[] = [];
  const outlook: OutlookPort = {
    me: () => ({ email: "mette@x.dk", name: "Mette Hansen" }),
    ownSite: () => null,
    openNewMeeting: (form) => {
      if (fail) throw new NewMeetingFormError("Outlook said no");
      opened.push(form);
    },
  };
  return { outlook, opened };
}

function render(client: ReturnType<typeof deferredClient>["client"], outlook: OutlookPort) {
  const draw = (people: Colleague[]) =>
    act(() =>
      dom.root.render(
        <FluentProvider theme={webLightTheme}>
          <PolicyProvider value={{ policy: DEFAULT_POLICY, source: "default" }}>
            <LocaleContext.Provider value="da">
              <SlotSection people={people} client={client} outlook={outlook} now={() => NOW} />
            </LocaleContext.Provider>
          </PolicyProvider>
        </FluentProvider>,
      ),
    );
  draw(PEOPLE);
  return { redraw: draw };
}

const byTestId = (id: string) => dom.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (element: Element | null) =>
  act(() => {
    if (!element) throw new Error("nothing to click");
    (element as HTMLElement).click();
  });
async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}
function chooseDuration(minutes: number) {
  const select = byTestId("slot-duration") as HTMLSelectElement;
  act(() => {
    select.value = String(minutes);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

describe("SlotSection", () => {
  it("asks Graph only when asked, for the person and the shown colleagues, and books the time found", async () => {
    const graph = deferredClient();
    const { outlook, opened } = fakeOutlook();
    render(graph.client, outlook);
    expect(graph.asked).toEqual([]);
    expect(byTestId("slot-book")).toBeNull();

    click(byTestId("slot-find"));
    expect(graph.asked).toEqual([["mette@x.dk", "anne@x.dk", "bo@x.dk"]]);
    expect(byTestId("slot-result")?.textContent).toContain("Finder en fælles tid");
    graph.pending[0]?.resolve([lookup("mette@x.dk"), lookup("anne@x.dk"), lookup("bo@x.dk")]);
    await settle();
    expect(byTestId("slot-when")?.textContent).toBe("tors. 3. dec. 11:00–11:30");

    click(byTestId("slot-book"));
    expect(opened).toEqual([
      {
        requiredAttendees: ["anne@x.dk", "bo@x.dk"],
        start: new Date("2026-12-03T10:00:00Z"),
        end: new Date("2026-12-03T10:30:00Z"),
      },
    ]);
    expect(byTestId("slot-result")?.textContent).toContain("Et nyt møde er åbnet i Outlook");
  });

  it("drops the answer when the length changes, and never shows a search the change overtook", async () => {
    const graph = deferredClient();
    render(graph.client, fakeOutlook().outlook);
    click(byTestId("slot-find"));
    graph.pending[0]?.resolve([lookup("anne@x.dk"), lookup("bo@x.dk")]);
    await settle();
    expect(byTestId("slot-when")).not.toBeNull();

    chooseDuration(60);
    expect(byTestId("slot-when")).toBeNull();
    expect(byTestId("slot-book")).toBeNull();

    click(byTestId("slot-find"));
    chooseDuration(90);
    graph.pending[1]?.resolve([lookup("anne@x.dk"), lookup("bo@x.dk")]);
    await settle();
    expect(byTestId("slot-when")).toBeNull();
    expect(byTestId("slot-result")?.textContent).toBe("");
  });

  it("drops the answer when the group changes", async () => {
    const graph = deferredClient();
    const { redraw } = render(graph.client, fakeOutlook().outlook);
    click(byTestId("slot-find"));
    graph.pending[0]?.resolve([lookup("anne@x.dk"), lookup("bo@x.dk")]);
    await settle();
    expect(byTestId("slot-when")).not.toBeNull();
    redraw([...PEOPLE, colleague("Carsten Lund", "carsten@x.dk")]);
    expect(byTestId("slot-when")).toBeNull();
  });

  it("says in Danish when Outlook does not open the meeting, with the technical reason aside", async () => {
    const graph = deferredClient();
    render(graph.client, fakeOutlook(true).outlook);
    click(byTestId("slot-find"));
    graph.pending[0]?.resolve([lookup("anne@x.dk"), lookup("bo@x.dk")]);
    await settle();
    click(byTestId("slot-book"));
    const error = byTestId("slot-book-error");
    expect(error?.textContent).toContain("Outlook kunne ikke åbne et nyt møde.");
    expect(error?.querySelector("details")?.textContent).toContain("Outlook said no");
  });

  it("says why Graph could not be asked", async () => {
    const graph = deferredClient();
    render(graph.client, fakeOutlook().outlook);
    click(byTestId("slot-find"));
    graph.pending[0]?.reject(new OfflineError());
    await settle();
    expect(dom.container.textContent).toContain("Du er ikke på nettet.");
    expect(byTestId("slot-book")).toBeNull();
  });
});
