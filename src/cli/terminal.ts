/**
 * Text from input made safe to print in a terminal. A meeting's subject, a person's name, a
 * policy's site or a file name can hold control characters: ESC starts sequences that recolour,
 * move the cursor, retitle the window or rewrite what was printed before; CR overwrites a line;
 * bidi overrides reorder what the reader sees. None of them may reach the terminal.
 *
 * Choice: each such character is shown visibly escaped as `\uXXXX` (ESC becomes `\u001b`), not
 * replaced with U+FFFD, so that an administrator can see what was in the input and find it there;
 * it is also exactly how JSON writes the character, so the summary and `--json` agree.
 */

/**
 * C0 controls other than tab and line feed, DEL, the C1 controls (U+0080–U+009F, which some
 * terminals obey as 8-bit escapes) and the bidi embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** What `--json` must still escape: JSON.stringify escapes C0 itself, but not DEL, C1 or bidi. */
const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const LINE_BREAK = /\r\n|[\r\n]/g;

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Text for the terminal with its line breaks kept (where our own output means them) and every
 * other control character escaped. Applied to everything the command line prints as text.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, escape);
}

/**
 * One value from input on one line: its line breaks become spaces (so that input cannot forge a
 * line of the summary or a second error message) and its control characters are escaped.
 */
export function inlineText(text: string): string {
  return terminalText(text.replace(LINE_BREAK, " "));
}

/**
 * JSON text with the controls that JSON.stringify leaves raw written as `\uXXXX` escapes. Outside
 * strings JSON is ASCII without controls, so every match is inside a string, where the escape
 * parses back to the very same character: the printed value is unchanged.
 */
export function terminalJson(json: string): string {
  return json.replace(JSON_UNESCAPED_CONTROL, escape);
}
