/**
 * The policy's stores over localStorage (src/policy/browserStorage.ts): the text this build
 * found valid, marked with the build, and the failures loadServedPolicy then treats as "not known".
 */
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import { loadServedPolicy } from "../../../src/policy/served";
import { validatePolicy } from "../../../src/policy/schema";
import {
  CHECKED_POLICY_STORAGE_KEY,
  localStorageCheckedTexts,
} from "../../../src/policy/browserStorage";

/** localStorage as the browser has it: strings by key. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const text = JSON.stringify({ ...DEFAULT_POLICY, name: "Region Sjælland, IT", revision: "7" });

describe("localStorageCheckedTexts", () => {
  it("knows a text its own build added, and only that text", () => {
    const checked = localStorageCheckedTexts("build-a");
    expect(checked.has(text)).toBe(false);
    checked.add(text);
    expect(checked.has(text)).toBe(true);
    expect(checked.has(`${text} `)).toBe(false);
    expect(JSON.parse(storage.getItem(CHECKED_POLICY_STORAGE_KEY)!)).toEqual({
      build: "build-a",
      text,
    });
  });

  it("does not know what another build found valid: a new build checks again", () => {
    localStorageCheckedTexts("build-a").add(text);
    expect(localStorageCheckedTexts("build-b").has(text)).toBe(false);
  });

  it("keeps the last text only", () => {
    const checked = localStorageCheckedTexts("build-a");
    checked.add(text);
    checked.add("{}");
    expect(checked.has(text)).toBe(false);
    expect(checked.has("{}")).toBe(true);
  });

  it.each([
    ["not JSON", "{"],
    ["JSON null", "null"],
    ["no build", JSON.stringify({ text })],
  ])("does not know a text from a damaged entry (%s)", (_, entry) => {
    storage.setItem(CHECKED_POLICY_STORAGE_KEY, entry);
    const checked = localStorageCheckedTexts("build-a");
    let known: boolean;
    try {
      known = checked.has(text);
    } catch {
      known = false; // loadServedPolicy takes a store that throws as one that knows nothing
    }
    expect(known).toBe(false);
  });

  it("knows and keeps nothing without a build (a development build)", () => {
    const checked = localStorageCheckedTexts(null);
    checked.add(text);
    expect(storage.items.size).toBe(0);
    expect(checked.has(text)).toBe(false);
  });

  it("knows nothing without localStorage", () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    const checked = localStorageCheckedTexts("build-a");
    checked.add(text);
    expect(checked.has(text)).toBe(false);
  });

  it("spares the validator on the next opening, through loadServedPolicy", async () => {
    const load = (validate: jest.Mock) =>
      loadServedPolicy({
        url: "https://addins.example/policy.json",
        fetchText: () => Promise.resolve({ status: 200, text }),
        validate,
        fallback: DEFAULT_POLICY,
        timeoutMs: 800,
        checked: localStorageCheckedTexts("build-a"),
      }).now;
    const first = jest.fn((value: unknown) => validatePolicy(value));
    const next = jest.fn((value: unknown) => validatePolicy(value));
    const opened = await load(first);
    const reopened = await load(next);
    expect(first).toHaveBeenCalledTimes(1);
    expect(next).not.toHaveBeenCalled();
    expect(reopened).toEqual(opened);
    expect(reopened.policy.name).toBe("Region Sjælland, IT");
  });
});
