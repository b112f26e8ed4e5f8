/**
 * Built-ins newer than ECMAScript 2016 that the bundle uses (Luxon, the advisor, the Office
 * layer), for classic Outlook on Windows: its JavaScript-only runtime supports ECMAScript 2016
 * and earlier only. Each is installed only where the runtime lacks it, so that browsers keep their
 * own. The benchmark lists the newer built-ins the bundle refers to: one missing here shows there.
 */

/** The constructors whose built-ins are completed (those of the realm the bundle runs in). */
export interface Realm {
  Object: ObjectConstructor;
  String: StringConstructor;
}

type Dict = Record<string, unknown>;

export function entries(object: object): [string, unknown][] {
  return Object.keys(object).map((key): [string, unknown] => [key, (object as Dict)[key]]);
}

export function values(object: object): unknown[] {
  return Object.keys(object).map((key) => (object as Dict)[key]);
}

export function fromEntries(pairs: Iterable<readonly [PropertyKey, unknown]>): Dict {
  const result: Dict = {};
  for (const [key, value] of pairs) result[String(key)] = value;
  return result;
}

/** The padding `padStart`/`padEnd` add to reach `maxLength`: `fill` repeated and cut. */
function padding(text: string, maxLength: number, fill: string | undefined): string {
  const target = Math.floor(Number(maxLength)) || 0;
  const filler = fill === undefined ? " " : String(fill);
  if (target <= text.length || filler === "") return "";
  const needed = target - text.length;
  return filler.repeat(Math.ceil(needed / filler.length)).slice(0, needed);
}

export function padStart(this: string, maxLength: number, fill?: string): string {
  const text = String(this);
  return padding(text, maxLength, fill) + text;
}

export function padEnd(this: string, maxLength: number, fill?: string): string {
  const text = String(this);
  return text + padding(text, maxLength, fill);
}

export function trimStart(this: string): string {
  return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
}

export function trimEnd(this: string): string {
  return String(this).replace(/[\s\uFEFF\xA0]+$/, "");
}

/** A non-global RegExp given to matchAll, which the standard refuses too. */
export class MatchAllFlagError extends TypeError {
  readonly code = "match-all-needs-global";
  constructor() {
    super("String.prototype.matchAll needs a global RegExp");
    this.name = "MatchAllFlagError";
  }
}

/** A RegExp of any realm (instanceof fails across realms). */
function isRegExp(value: unknown): value is RegExp {
  return Object.prototype.toString.call(value) === "[object RegExp]";
}

export function* matchAll(
  this: string,
  pattern: RegExp | string,
): IterableIterator<RegExpExecArray> {
  const text = String(this);
  if (isRegExp(pattern) && !pattern.global) throw new MatchAllFlagError();
  // A copy, as the standard does: the caller's lastIndex is read but never moved.
  const source = isRegExp(pattern) ? pattern : new RegExp(String(pattern), "g");
  const regexp = new RegExp(source.source, source.flags);
  regexp.lastIndex = isRegExp(pattern) ? pattern.lastIndex : 0;
  let match: RegExpExecArray | null;
  while ((match = regexp.exec(text)) !== null) {
    if (match[0] === "") {
      // An empty match would repeat forever: step over one character (a code point in u mode).
      const at = regexp.lastIndex;
      const code = text.charCodeAt(at);
      const pair = regexp.unicode && code >= 0xd800 && code <= 0xdbff && at + 1 < text.length;
      regexp.lastIndex = at + (pair ? 2 : 1);
    }
    yield match;
  }
}

function define(target: object, name: string, value: unknown): void {
  if (typeof (target as Dict)[name] === "function") return;
  Object.defineProperty(target, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/** Installs what `realm` lacks. */
export function installPolyfills(realm: Realm): void {
  define(realm.Object, "entries", entries);
  define(realm.Object, "values", values);
  define(realm.Object, "fromEntries", fromEntries);
  const proto = realm.String.prototype;
  define(proto, "padStart", padStart);
  define(proto, "padEnd", padEnd);
  define(proto, "trimStart", trimStart);
  define(proto, "trimEnd", trimEnd);
  define(proto, "matchAll", matchAll);
}

// Runs when the bundle loads, before any module that uses these (imported first by launchevent.ts).
installPolyfills({ Object, String });
