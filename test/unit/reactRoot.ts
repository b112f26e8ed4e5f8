/**
 * A React root for the components' jsdom tests: a fresh container in the document before each
 * test, unmounted and removed after it, with React's act() environment switched on.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The current test's container and root; call once at the top of a test file. */
export function reactRoot(): { readonly container: HTMLElement; readonly root: Root } {
  let container: HTMLElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    const mounted = root;
    if (mounted) act(() => mounted.unmount());
    container?.remove();
  });
  return {
    get container() {
      if (!container) throw new Error("reactRoot: used outside a test");
      return container;
    },
    get root() {
      if (!root) throw new Error("reactRoot: used outside a test");
      return root;
    },
  };
}
