/**
 * The pane's policy: loaded once at start from policy.json beside the pane (waiting about 800 ms,
 * then the last good copy kept in localStorage, then the embedded default), and carried to every
 * component by context. The validator (zod and the schema) is a separate chunk, fetched only for
 * a policy text this build has not found valid before: the text it last found valid is remembered
 * in localStorage, so the usual opening (IT's policy, unchanged) needs no validator.
 */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import { warn } from "../logger";
import { localStorageCheckedTexts, localStorageKeeper } from "../policy/browserStorage";
import type { LoadedPolicy, PolicyLoad } from "../policy/served";
import { POLICY_FILE, loadServedPolicy } from "../policy/served";
import type { Policy } from "../policy/types";

/** How long the pane waits for the served policy before it falls back. */
export const PANE_POLICY_TIMEOUT_MS = 800;

/** Starts loading the served policy; `fallback` is the entry point's embedded default. */
export function startPanePolicyLoad(fallback: Policy, baseUrl: string): PolicyLoad {
  return loadServedPolicy({
    url: new URL(POLICY_FILE, baseUrl).href,
    fetchText: async (url) => {
      const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
      return { status: response.status, text: await response.text() };
    },
    validate: async (value) => {
      const { validatePolicy } = await import(
        /* webpackChunkName: "policy-check" */ "../policy/schema"
      );
      return validatePolicy(value);
    },
    fallback,
    timeoutMs: PANE_POLICY_TIMEOUT_MS,
    keeper: localStorageKeeper,
    checked: localStorageCheckedTexts(__MOEDEGUIDE_BUILD__),
    warn,
  });
}

const PolicyContext = createContext<LoadedPolicy | null>(null);

/** Gives the pane its policy. */
export function PolicyProvider({ value, children }: { value: LoadedPolicy; children: ReactNode }) {
  return <PolicyContext.Provider value={value}>{children}</PolicyContext.Provider>;
}

/** The loaded policy with where it came from, or null outside a provider (the problem screens). */
export function useLoadedPolicy(): LoadedPolicy | null {
  return useContext(PolicyContext);
}

/** The pane's policy. Components under the app always have one. */
export function usePolicy(): Policy {
  const loaded = useContext(PolicyContext);
  if (!loaded) throw new Error("usePolicy outside PolicyProvider");
  return loaded.policy;
}
