import fc from "fast-check";
import vm from "node:vm";
import {
  at,
  entries,
  flat,
  flatMap,
  fromEntries,
  installPolyfills,
  matchAll,
  MatchAllFlagError,
  padEnd,
  padStart,
  trimEnd,
  trimStart,
  values,
} from "../../../src/launchevent/polyfills";

/** Built-ins of ECMAScript 2017 and later that a 2016 runtime lacks, removed from a fresh realm. */
const NEWER = {
  Object: ["entries", "values", "fromEntries"],
  "String.prototype": ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "at"],
  "Array.prototype": ["flat", "flatMap", "at"],
};

type Realm = { Object: ObjectConstructor; String: StringConstructor; Array: ArrayConstructor };

/** The realm's own constructors: the sandbox object does not show a context's built-ins. */
const realmOf = (context: vm.Context): Realm =>
  vm.runInContext("({ Object, String, Array })", context);

function es2016Realm(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(
    Object.entries(NEWER)
      .flatMap(([owner, names]) => names.map((name) => `delete ${owner}.${name};`))
      .join("\n"),
    context,
  );
  return context;
}

describe("polyfills agree with the built-ins", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 30 });

  it("padStart and padEnd", () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: -3, max: 40 }),
        fc.option(fc.string({ maxLength: 4 })),
        (s, n, fill) => {
          const f = fill ?? undefined;
          expect(padStart.call(s, n, f)).toBe(s.padStart(n, f));
          expect(padEnd.call(s, n, f)).toBe(s.padEnd(n, f));
        },
      ),
    );
  });

  it("trimStart and trimEnd", () => {
    const spaced = fc.tuple(
      fc.constantFrom("", " ", "\t\n", "\u00a0", "\ufeff", " \u2003"),
      text,
      fc.constantFrom("", " ", "\r\n", "\u00a0"),
    );
    fc.assert(
      fc.property(spaced, ([a, s, b]) => {
        expect(trimStart.call(a + s + b)).toBe((a + s + b).trimStart());
        expect(trimEnd.call(a + s + b)).toBe((a + s + b).trimEnd());
      }),
    );
  });

  it("entries, values and fromEntries", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), fc.integer()), (o) => {
        expect(entries(o)).toEqual(Object.entries(o));
        expect(values(o)).toEqual(Object.values(o));
        expect(fromEntries(Object.entries(o))).toEqual(Object.fromEntries(Object.entries(o)));
      }),
    );
  });

  it.each([
    [/\d+/g, "a1b22c333"],
    [/(?:)/g, "abc"],
    [/(?:)/gu, "a😀b"],
    [/(\w)(\d)?/gi, "A1 b c3"],
    [/x/gy, "xxaxx"],
  ])("matchAll %s on %j", (re, s) => {
    const mine = [...matchAll.call(s, re)].map((m) => [...m, m.index]);
    const native = [...s.matchAll(re)].map((m) => [...m, m.index]);
    expect(mine).toEqual(native);
  });

  const nested: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    item: fc.oneof({ depthSize: "small" }, fc.integer(), fc.array(tie("item"), { maxLength: 4 })),
  })).item;

  it("flat at every depth", () => {
    fc.assert(
      fc.property(
        fc.array(nested, { maxLength: 6 }),
        fc.option(fc.integer({ min: -1, max: 4 })),
        (a, d) => {
          const depth = d ?? undefined;
          expect(flat.call(a, depth)).toEqual(a.flat(depth));
        },
      ),
    );
    // Holes are skipped, as the built-in skips them.
    // eslint-disable-next-line no-sparse-arrays
    expect(flat.call([1, , [2, , 3]])).toEqual([1, , [2, , 3]].flat());
  });

  it("flatMap with arrays and plain values, index and thisArg", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 10 }), (a) => {
        const fn = function (this: { k: number }, x: number, i: number) {
          return x % 2 === 0 ? [x, i * this.k] : x;
        };
        expect(
          flatMap.call<number[], [typeof fn, { k: number }], unknown[]>(a, fn, { k: 3 }),
        ).toEqual(a.flatMap(fn, { k: 3 }));
      }),
    );
  });

  it("at on arrays and strings, from either end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 8 }),
        text,
        fc.integer({ min: -10, max: 10 }),
        (a, s, i) => {
          expect(at.call(a, i)).toBe(a.at(i));
          expect(at.call(s, i)).toBe(s.at(i));
        },
      ),
    );
  });

  it("matchAll leaves the caller's lastIndex alone and refuses a non-global RegExp", () => {
    const re = /a/g;
    re.lastIndex = 1;
    expect([...matchAll.call("aaa", re)].map((m) => m.index)).toEqual([1, 2]);
    expect(re.lastIndex).toBe(1);
    expect(() => [...matchAll.call("a", /a/)]).toThrow(MatchAllFlagError);
  });
});

describe("installPolyfills", () => {
  it("completes a realm of ECMAScript 2016", () => {
    const realm = es2016Realm();
    expect(vm.runInContext("typeof ''.padStart", realm)).toBe("undefined");
    installPolyfills(realmOf(realm));
    expect(vm.runInContext("'7'.padStart(3, '0') + '|' + ' x '.trimEnd() + '|'", realm)).toBe(
      "007| x|",
    );
    expect(vm.runInContext("JSON.stringify(Object.entries({ a: 1 }))", realm)).toBe('[["a",1]]');
    expect(vm.runInContext("Array.from('a1b2'.matchAll(/\\d/g), (m) => m[0]).join()", realm)).toBe(
      "1,2",
    );
    expect(
      vm.runInContext("[[1, [2]], 3].flat().length + [1, 2].flatMap((x) => [x, x]).at(-1)", realm),
    ).toBe(5);
  });

  it("keeps the runtime's own built-ins where they exist", () => {
    const realm = realmOf(vm.createContext({}));
    const own = realm.String.prototype.padStart;
    installPolyfills(realm);
    expect(realm.String.prototype.padStart).toBe(own);
  });

  it("installs them as the built-ins are: not enumerable", () => {
    const realm = es2016Realm();
    installPolyfills(realmOf(realm));
    expect(
      vm.runInContext(
        "Object.keys(String.prototype).length + Object.keys(Object).length + Object.keys(Array.prototype).length",
        realm,
      ),
    ).toBe(0);
  });
});
