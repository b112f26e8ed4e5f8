/**
 * @jest-environment jsdom
 */
// The group picker's behaviour beyond rendering: a name is needed, the store's refusals (full,
// not saved) are said where the person acted and keep the form open, saving under an existing
// name says it replaces that group, and a group is deleted only after asking.
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ColleagueLists } from "../../../src/availability/groups";
import { ColleagueListsFullError, ColleagueListsSaveError } from "../../../src/availability/groups";
import { GroupBar } from "../../../src/colleagues/GroupBar";
import { translator } from "../../../src/i18n/catalogue";
import { colleaguesMessages } from "../../../src/i18n/colleagues";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { LocaleContext } from "../../../src/taskpane/locale";
import { PolicyProvider } from "../../../src/taskpane/policy";
import { reactRoot } from "../reactRoot";

const dom = reactRoot();

const LISTS: ColleagueLists = {
  favourites: [],
  groups: [{ name: "Ledergruppen", members: [{ email: "a@x.dk", name: "A" }] }],
};

function render(
  options: {
    selected?: string | null;
    onSave?: (name: string) => Promise<void>;
    onDelete?: (name: string) => Promise<void>;
  } = {},
) {
  const onSave = jest.fn(options.onSave ?? (() => Promise.resolve()));
  const onDelete = jest.fn(options.onDelete ?? (() => Promise.resolve()));
  const onSelect = jest.fn();
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <PolicyProvider value={{ policy: DEFAULT_POLICY, source: "default" }}>
          <LocaleContext.Provider value="da">
            <GroupBar
              lists={LISTS}
              selected={options.selected ?? null}
              onSelect={onSelect}
              shownCount={2}
              onSave={onSave}
              onDelete={onDelete}
              t={translator(colleaguesMessages, "da")}
            />
          </LocaleContext.Provider>
        </PolicyProvider>
      </FluentProvider>,
    ),
  );
  return { onSave, onDelete, onSelect };
}

const byTestId = (id: string) => dom.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (element: Element | null) =>
  act(() => {
    if (!element) throw new Error("nothing to click");
    (element as HTMLElement).click();
  });
const buttonNamed = (text: string) =>
  [...dom.container.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;
function typeName(text: string) {
  const input = byTestId("group-name") as HTMLInputElement;
  act(() => {
    // React tracks the value it last set: go round its tracker as a person typing does.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe("GroupBar", () => {
  it("needs a name before it saves", () => {
    const { onSave } = render();
    click(byTestId("save-group"));
    typeName("   ");
    click(buttonNamed("Gem"));
    expect(onSave).not.toHaveBeenCalled();
    expect(byTestId("group-form")?.textContent).toContain("Giv gruppen et navn.");
  });

  it("saves under the name given, closes the form and says so", async () => {
    const { onSave } = render();
    click(byTestId("save-group"));
    typeName(" Afsnit B4 ");
    click(buttonNamed("Gem"));
    await settle();
    expect(onSave).toHaveBeenCalledWith("Afsnit B4");
    expect(byTestId("group-form")).toBeNull();
    expect(byTestId("group-status")?.textContent).toBe("Gruppen »Afsnit B4« er gemt.");
  });

  it("says plainly when Outlook's storage is full, and keeps the form open", async () => {
    render({ onSave: () => Promise.reject(new ColleagueListsFullError(31_000, 30_720)) });
    click(byTestId("save-group"));
    typeName("Afsnit B4");
    click(buttonNamed("Gem"));
    await settle();
    expect(byTestId("group-form")?.textContent).toContain(
      "Der er ikke plads til flere favoritter og grupper (højst 32 KB i Outlook).",
    );
  });

  it("says when Outlook did not save", async () => {
    render({ onSave: () => Promise.reject(new ColleagueListsSaveError()) });
    click(byTestId("save-group"));
    typeName("Afsnit B4");
    click(buttonNamed("Gem"));
    await settle();
    expect(byTestId("group-form")?.textContent).toContain(
      "Favoritter og grupper kunne ikke gemmes i Outlook.",
    );
  });

  it("starts from the chosen group's name and says that saving replaces it", () => {
    render({ selected: "Ledergruppen" });
    click(byTestId("save-group"));
    expect((byTestId("group-name") as HTMLInputElement).value).toBe("Ledergruppen");
    expect(byTestId("group-form")?.textContent).toContain("Gruppen »Ledergruppen« findes allerede");
    typeName("ledergruppen 2");
    expect(byTestId("group-form")?.textContent).not.toContain("findes allerede");
  });

  it("deletes the chosen group only after asking", async () => {
    const { onDelete } = render({ selected: "Ledergruppen" });
    const remove = byTestId("delete-group");
    expect(remove?.getAttribute("aria-label")).toBe("Slet gruppen »Ledergruppen«");
    click(remove);
    expect(onDelete).not.toHaveBeenCalled();
    expect(dom.container.textContent).toContain("Vil du slette gruppen »Ledergruppen«?");
    click(byTestId("confirm-delete-group"));
    await settle();
    expect(onDelete).toHaveBeenCalledWith("Ledergruppen");
    expect(byTestId("group-status")?.textContent).toBe("Gruppen »Ledergruppen« er slettet.");
  });

  it("offers no delete for the favourites", () => {
    render();
    expect(byTestId("delete-group")).toBeNull();
  });
});
