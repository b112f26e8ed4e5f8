/**
 * Light or dark, following Office's theme: Office gives colours, not a name, so the pane decides
 * by the relative luminance of the task pane's body background.
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
