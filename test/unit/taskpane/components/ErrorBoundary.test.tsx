/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../../../src/i18n/catalogue";
import { paneMessages } from "../../../../src/i18n/pane";
import { ErrorBoundary } from "../../../../src/taskpane/components/ErrorBoundary";
import { PreviewRenderFault } from "../../../../src/taskpane/components/PreviewRenderFault";
import { LocaleContext } from "../../../../src/taskpane/locale";
import { reactRoot } from "../../reactRoot";

/** A component that throws while `fault.on`, and counts its successful mounts. */
function faulty() {
  const fault = { on: true, mounts: 0 };
  function Child() {
    if (fault.on) throw new Error("a bug of ours");
    fault.mounts++;
    return <p data-testid="child">the pane</p>;
  }
  return { fault, Child };
}

const dom = reactRoot();

beforeEach(() => {
  // React reports caught render errors on the console; the tests check what the person sees.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  delete (window as { moedeguidePreview?: unknown }).moedeguidePreview;
  jest.restoreAllMocks();
});

function renderIn(locale: Locale, children: React.ReactNode) {
  act(() =>
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
      </FluentProvider>,
    ),
  );
}

const retryButton = (name: string) =>
  [...dom.container.querySelectorAll("button")].find((b) => b.textContent === name);

describe("ErrorBoundary", () => {
  it("shows the Danish message and 'Prøv igen' when a child throws while rendering", () => {
    const { Child } = faulty();
    const onError = jest.fn();
    renderIn(
      "da",
      <ErrorBoundary onError={onError}>
        <Child />
      </ErrorBoundary>,
    );
    const alert = dom.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(paneMessages.da.errorTitle);
    expect(alert?.textContent).toContain(paneMessages.da.errorRender);
    expect(retryButton("Prøv igen")).toBeDefined();
    expect(dom.container.querySelector('[data-testid="child"]')).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: "a bug of ours" }),
      expect.any(String),
    );
  });

  it("speaks English in an English pane", () => {
    const { Child } = faulty();
    renderIn(
      "en",
      <ErrorBoundary>
        <Child />
      </ErrorBoundary>,
    );
    expect(dom.container.textContent).toContain(paneMessages.en.errorRender);
    expect(retryButton("Try again")).toBeDefined();
    expect(retryButton("Prøv igen")).toBeUndefined();
  });

  it("mounts the pane afresh on 'Prøv igen' once the fault is gone", () => {
    const { fault, Child } = faulty();
    const attempts: number[] = [];
    renderIn(
      "da",
      <ErrorBoundary>
        {(attempt) => {
          attempts.push(attempt);
          return <Child />;
        }}
      </ErrorBoundary>,
    );
    // Still failing: "Prøv igen" shows the message again rather than a blank pane.
    act(() => retryButton("Prøv igen")!.click());
    expect(dom.container.querySelector('[role="alert"]')).not.toBeNull();
    fault.on = false;
    act(() => retryButton("Prøv igen")!.click());
    expect(dom.container.querySelector('[data-testid="child"]')?.textContent).toBe("the pane");
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
    expect(fault.mounts).toBeGreaterThanOrEqual(1);
    expect(attempts[0]).toBe(0);
    expect(attempts[attempts.length - 1]).toBe(2);
  });

  it("renders its children untouched when nothing throws", () => {
    const { fault, Child } = faulty();
    fault.on = false;
    renderIn(
      "da",
      <ErrorBoundary>
        <Child />
      </ErrorBoundary>,
    );
    expect(dom.container.querySelector('[data-testid="child"]')).not.toBeNull();
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe("PreviewRenderFault", () => {
  it("renders nothing outside the preview page", () => {
    renderIn(
      "da",
      <ErrorBoundary>
        <PreviewRenderFault />
        <p data-testid="child">the pane</p>
      </ErrorBoundary>,
    );
    expect(dom.container.querySelector('[data-testid="child"]')).not.toBeNull();
  });

  it("throws while the preview page asks for a render fault", () => {
    let asked = true;
    (window as { moedeguidePreview?: unknown }).moedeguidePreview = { renderFault: () => asked };
    renderIn(
      "da",
      <ErrorBoundary>
        <PreviewRenderFault />
        <p data-testid="child">the pane</p>
      </ErrorBoundary>,
    );
    expect(dom.container.querySelector('[role="alert"]')).not.toBeNull();
    asked = false;
    act(() => retryButton("Prøv igen")!.click());
    expect(dom.container.querySelector('[data-testid="child"]')).not.toBeNull();
  });
});
