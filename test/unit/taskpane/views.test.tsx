/**
 * @jest-environment jsdom
 */
import { act, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PaneFrame } from "../../../src/taskpane/components/PaneFrame";
import { LocaleContext } from "../../../src/taskpane/locale";
import type { PaneView } from "../../../src/taskpane/views";
import { FrameViewContext, ViewContext } from "../../../src/taskpane/views";
import { reactRoot } from "../reactRoot";

const dom = reactRoot();

function Views({ views }: { views: readonly PaneView[] }) {
  const [current, setCurrent] = useState<PaneView>(views[0] ?? "meeting");
  const [focusRequest, setFocusRequest] = useState(0);
  const show = (view: PaneView, options?: { focus?: boolean }) => {
    setCurrent(view);
    if (options?.focus) setFocusRequest((n) => n + 1);
  };
  return (
    <ViewContext.Provider value={{ views, current, show, focusRequest }}>
      <FrameViewContext.Provider value={current}>
        <PaneFrame>
          <p data-testid="content">{current}</p>
        </PaneFrame>
      </FrameViewContext.Provider>
    </ViewContext.Provider>
  );
}

function render(views: readonly PaneView[], locale: "da" | "en" = "da") {
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <LocaleContext.Provider value={locale}>
          <Views views={views} />
        </LocaleContext.Provider>
      </FluentProvider>,
    ),
  );
}

const tabs = () => [...dom.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const content = () => dom.container.querySelector('[data-testid="content"]')?.textContent;
const key = (element: HTMLElement, name: string) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true }));
  });

describe("the view switch", () => {
  it("names the two views in Danish, the meeting first and selected", () => {
    render(["meeting", "colleagues"]);
    const list = dom.container.querySelector('[role="tablist"]');
    expect(list?.getAttribute("aria-label")).toBe("Visning");
    expect(tabs().map((t) => t.textContent)).toEqual(["Møde", "Kolleger"]);
    expect(tabs().map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false"]);
    // One tab stop: the selected tab.
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1]);
  });

  it("makes the content the selected tab's panel", () => {
    render(["meeting", "colleagues"]);
    const panel = dom.container.querySelector('[role="tabpanel"]');
    expect(panel?.getAttribute("aria-labelledby")).toBe(tabs()[0]?.id);
    expect(tabs()[0]?.getAttribute("aria-controls")).toBe(panel?.id);
    expect(panel?.contains(dom.container.querySelector('[data-testid="content"]'))).toBe(true);
  });

  it("switches on a click", () => {
    render(["meeting", "colleagues"]);
    act(() => tabs()[1]?.click());
    expect(content()).toBe("colleagues");
    expect(tabs()[1]?.getAttribute("aria-selected")).toBe("true");
    expect(dom.container.querySelector('[role="tabpanel"]')?.getAttribute("aria-labelledby")).toBe(
      tabs()[1]?.id,
    );
  });

  it("moves with the arrow keys, Home and End, and takes the focus along", () => {
    render(["meeting", "colleagues"]);
    const [meeting, colleagues] = tabs() as [HTMLButtonElement, HTMLButtonElement];
    meeting.focus();
    key(meeting, "ArrowRight");
    expect(content()).toBe("colleagues");
    expect(document.activeElement).toBe(colleagues);
    key(colleagues, "ArrowRight"); // wraps round
    expect(content()).toBe("meeting");
    expect(document.activeElement).toBe(meeting);
    key(meeting, "End");
    expect(content()).toBe("colleagues");
    key(colleagues, "Home");
    expect(content()).toBe("meeting");
    key(meeting, "ArrowLeft");
    expect(content()).toBe("colleagues");
    key(colleagues, "a");
    expect(content()).toBe("colleagues");
  });

  it("speaks English in an English pane", () => {
    render(["meeting", "colleagues"], "en");
    expect(tabs().map((t) => t.textContent)).toEqual(["Meeting", "Colleagues"]);
  });

  it("is not shown where there is one view (a mail: colleagues only)", () => {
    render(["colleagues"]);
    expect(dom.container.querySelector('[role="tablist"]')).toBeNull();
    expect(dom.container.querySelector('[role="tabpanel"]')).toBeNull();
    expect(content()).toBe("colleagues");
  });
});
