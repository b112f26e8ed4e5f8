/**
 * The advisor: turns a MeetingDraft into Advice, following the organisation's guidance.
 * Pure: no Office, DOM, React, network, clock or randomness. The same draft and policy always
 * give the same advice.
 */
import { DEFAULT_POLICY } from "../policy/defaultPolicy";
import type { Policy } from "../policy/types";
import type { Advice, Locale, MeetingDraft } from "./types";

export * from "./types";

export interface AdviseOptions {
  /** The organisation's policy; the embedded default (Region Sjælland) when absent. */
  policy?: Policy;
  /** The language of the messages; Danish when absent. */
  locale?: Locale;
}

export class NotImplementedError extends Error {
  readonly code = "not-implemented" as const;
}

/** Advises on one meeting draft. Never throws for a draft of the contract's shape. */
export function advise(draft: MeetingDraft, options: AdviseOptions = {}): Advice {
  void draft;
  void (options.policy ?? DEFAULT_POLICY);
  throw new NotImplementedError("the advisor is being written");
}
