/**
 * Light or dark. Office's theme (Office.context.officeTheme) is used only where the client gives
 * it without throwing: in Outlook it needs Mailbox 1.14 and, per Office's own documentation, it is
 * not supported in add-ins that use event-based activation, as Mødeguide does. Office gives
 * colours, not a name, so the pane decides by the relative luminance of the task pane's body
 * background. Where Office gives no usable colour, the pane follows the browser's
 * prefers-color-scheme (matchMedia), including its change event, so that it turns dark or light
 * with the system while it is open.
 */

/** The colours Office.context.officeTheme gives (all optional: older clients give none). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** The sRGB colour of "#rgb" or "#rrggbb" (with or without "#"), or null when it is neither. */
export function parseHexColour(colour: string): [number, number, number] | null {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex)
    ? hex
        .split("")
        .map((c) => c + c)
        .join("")
    : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance in [0, 1]. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Whether Office's theme is dark. A background darker than mid-grey counts as dark (0.18 is the
 * luminance at which black and white text contrast equally with it). Returns `fallback` when
 * Office gives no usable colour.
 */
export function isDarkTheme(
  theme: OfficeThemeColours | null | undefined,
  fallback = false,
): boolean {
  const rgb = theme?.bodyBackgroundColor ? parseHexColour(theme.bodyBackgroundColor) : null;
  if (!rgb) return fallback;
  return relativeLuminance(rgb) < 0.18;
}

/**
 * Office's theme colours where the client has them: null when Office, its context or officeTheme
 * is missing or throws (Outlook add-ins with event-based activation may not have it).
 */
export function readOfficeTheme(office: unknown): OfficeThemeColours | null {
  try {
    const context = (office as { context?: { officeTheme?: unknown } } | null | undefined)?.context;
    const theme = context?.officeTheme;
    if (!theme || typeof theme !== "object") return null;
    const background = (theme as { bodyBackgroundColor?: unknown }).bodyBackgroundColor;
    return typeof background === "string" ? { bodyBackgroundColor: background } : null;
  } catch {
    return null;
  }
}

/** The part of a MediaQueryList this needs (older engines have only addListener). */
export interface ColourSchemeQuery {
  matches: boolean;
  addEventListener?: (type: "change", listener: (event: { matches: boolean }) => void) => void;
  removeEventListener?: (type: "change", listener: (event: { matches: boolean }) => void) => void;
  addListener?: (listener: (event: { matches: boolean }) => void) => void;
  removeListener?: (listener: (event: { matches: boolean }) => void) => void;
}

/** The theme the pane starts with, and how to stop following changes. */
export interface FollowedTheme {
  dark: boolean;
  /** Whether the theme comes from Office (fixed) rather than the browser (followed). */
  fromOffice: boolean;
  stop: () => void;
}

/**
 * Decides light or dark: from Office's colours when usable, else from `media`
 * ("(prefers-color-scheme: dark)"), calling `onChange` whenever the browser's scheme changes.
 * Light when neither says anything.
 */
export function followTheme(
  officeTheme: OfficeThemeColours | null,
  media: ColourSchemeQuery | null,
  onChange: (dark: boolean) => void,
): FollowedTheme {
  const rgb = officeTheme?.bodyBackgroundColor
    ? parseHexColour(officeTheme.bodyBackgroundColor)
    : null;
  if (rgb) return { dark: isDarkTheme(officeTheme), fromOffice: true, stop: () => undefined };
  if (!media) return { dark: false, fromOffice: false, stop: () => undefined };
  const listener = (event: { matches: boolean }): void => onChange(event.matches === true);
  if (typeof media.addEventListener === "function") {
    media.addEventListener("change", listener);
    return {
      dark: media.matches === true,
      fromOffice: false,
      stop: () => media.removeEventListener?.("change", listener),
    };
  }
  media.addListener?.(listener);
  return {
    dark: media.matches === true,
    fromOffice: false,
    stop: () => media.removeListener?.(listener),
  };
}
