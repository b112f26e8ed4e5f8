/**
 * Built-ins newer than ECMAScript 2016 that the bundle uses (Luxon, the advisor, the Office
 * layer, zod and the policy's schema, which check the served policy), for classic Outlook on Windows: its JavaScript-only runtime supports ECMAScript 2016
 * and earlier only. Each is installed only where the runtime lacks it, so that browsers keep their
 * own. The benchmark lists the newer built-ins the bundle refers to: one missing here shows there.
 */

/** The constructors whose built-ins are completed (those of the realm the bundle runs in). */
export interface Realm {
  Object: ObjectConstructor;
  String: StringConstructor;
  Array: ArrayConstructor;
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

/** Array.prototype.flat: nested arrays spread into one, `depth` levels deep (1 by default). */
export function flat(this: readonly unknown[], depth?: number): unknown[] {
  const levels = depth === undefined ? 1 : Math.floor(Number(depth)) || 0;
  const result: unknown[] = [];
  // A loop with a stack of (array, index, level), so that depth never costs call-stack frames.
  const stack: Array<{ array: ArrayLike<unknown>; index: number; level: number }> = [
    { array: Object(this) as ArrayLike<unknown>, index: 0, level: levels },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.array.length) {
      stack.pop();
      continue;
    }
    const at = top.index++;
    if (!(at in top.array)) continue;
    const item = top.array[at];
    if (Array.isArray(item) && top.level > 0) {
      stack.push({ array: item, index: 0, level: top.level - 1 });
    } else {
      result.push(item);
    }
  }
  return result;
}

/** Array.prototype.flatMap: map, then spread each array result one level. */
export function flatMap<T, U>(
  this: readonly T[],
  fn: (value: T, index: number, array: readonly T[]) => U | readonly U[],
  thisArg?: unknown,
): U[] {
  if (typeof fn !== "function") throw new TypeError("flatMap needs a function");
  const list = Object(this) as ArrayLike<T>;
  const result: U[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue;
    const mapped = fn.call(thisArg, list[i]!, i, this);
    if (Array.isArray(mapped)) for (const item of mapped as U[]) result.push(item);
    else result.push(mapped as U);
  }
  return result;
}

/** Array.prototype.at and String.prototype.at: the item at an index, counting back when negative. */
export function at<T>(this: ArrayLike<T> | string, index: number): T | string | undefined {
  const list = typeof this === "string" ? this : (Object(this) as ArrayLike<T>);
  const relative = Math.trunc(Number(index)) || 0;
  const k = relative >= 0 ? relative : list.length + relative;
  if (k < 0 || k >= list.length) return undefined;
  return typeof list === "string" ? list.charAt(k) : list[k];
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
  define(proto, "at", at);
  const arrays = realm.Array.prototype;
  define(arrays, "flat", flat);
  define(arrays, "flatMap", flatMap);
  define(arrays, "at", at);
}

/**
 * globalThis (ECMAScript 2020), which zod reads as it loads: in a runtime without it, the global
 * object is found the ECMAScript 2016 way and given the name.
 */
export function installGlobalThis(): void {
  if (typeof globalThis !== "undefined") return;
  // No CSP applies in the JavaScript-only runtime, and only there is this reached.
  const root = Function("return this")() as object;
  Object.defineProperty(root, "globalThis", {
    value: root,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

// Runs when the bundle loads, before any module that uses these (imported first by launchevent.ts).
installGlobalThis();
installPolyfills({ Object, String, Array });
