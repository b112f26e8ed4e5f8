/**
 * @jest-environment jsdom
 */
// The settings panel's switch for adding the Jabber meeting automatically: off by default, named
// with the policy's provider, and saved with the other settings left as they were.
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../../../src/i18n/catalogue";
import type { UserSettings } from "../../../../src/office/settings";
import { DEFAULT_POLICY } from "../../../../src/policy/defaultPolicy";
import { SettingsSection } from "../../../../src/taskpane/components/SettingsSection";
import { LocaleContext } from "../../../../src/taskpane/locale";
import { PolicyProvider } from "../../../../src/taskpane/policy";
import { reactRoot } from "../../reactRoot";

const dom = reactRoot();

function render(settings: UserSettings, locale: Locale = "da") {
  const onSave = jest.fn((_next: UserSettings) => Promise.resolve(true));
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <PolicyProvider value={{ policy: DEFAULT_POLICY, source: "default" }}>
          <LocaleContext.Provider value={locale}>
            <SettingsSection settings={settings} onSave={onSave} />
          </LocaleContext.Provider>
        </PolicyProvider>
      </FluentProvider>,
    ),
  );
  const input = dom.container.querySelector<HTMLInputElement>('[data-testid="auto-add-switch"]');
  if (!input) throw new Error("no switch");
  return { onSave, input };
}

describe("the automatic Jabber meeting switch", () => {
  it("is off by default and labelled with the policy's provider", () => {
    const { input } = render({ site: "Sorø" });
    expect(input.checked).toBe(false);
    expect(dom.container.textContent).toContain(
      "Tilføj Cisco Jabber-møde automatisk, når rådet er videomøde",
    );
  });

  it("says it in English too", () => {
    render({}, "en");
    expect(dom.container.textContent).toContain(
      "Add the Cisco Jabber meeting automatically when the advice is a video meeting",
    );
  });

  it("turns on, keeping the site and unit", async () => {
    const { input, onSave } = render({ site: "Sorø", unit: "Kardiologi" });
    await act(async () => input.click());
    expect(onSave).toHaveBeenCalledWith({ site: "Sorø", unit: "Kardiologi", autoAddMeeting: true });
  });

  it("shows a saved choice and turns off", async () => {
    const { input, onSave } = render({ site: "Sorø", autoAddMeeting: true });
    expect(input.checked).toBe(true);
    await act(async () => input.click());
    expect(onSave).toHaveBeenCalledWith({ site: "Sorø", autoAddMeeting: false });
  });
});
