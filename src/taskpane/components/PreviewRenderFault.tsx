/**
 * The preview page's way to show the pane's error boundary (preview.html?fail=render): the page
 * puts `renderFault` on `window.moedeguidePreview`, and while it answers true this component
 * throws during render. In Outlook there is no such page object, and it renders nothing.
 */

/** What the preview page offers the pane for this (see src/preview/index.ts). */
interface PreviewFaults {
  renderFault?: () => boolean;
}

/** Whether the preview page asks for a render fault now. */
function previewAsksForFault(): boolean {
  if (typeof window === "undefined") return false;
  const preview = (window as { moedeguidePreview?: PreviewFaults }).moedeguidePreview;
  return typeof preview?.renderFault === "function" && preview.renderFault() === true;
}

/** Throws while rendering when the preview page asks it to; renders nothing otherwise. */
export function PreviewRenderFault(): null {
  if (previewAsksForFault())
    throw new Error("A render fault asked for by the preview (fail=render)");
  return null;
}
