/** The colleagues' view's Graph failures as messages: what happened and what the person can do. */
import { isGraphFailure } from "../graph/errors";
import type { ColleaguesMessageKey } from "../i18n/colleagues";
import type { Params } from "../i18n/catalogue";

/** A failure told in the view: the message, its parameters, and whether signing in helps. */
export interface FailureMessage {
  key: ColleaguesMessageKey;
  params?: Params;
  /** Offer the sign-in button. */
  signIn: boolean;
  /** For "Detaljer": the technical name, never any content. */
  detail?: string;
}

/** How the view tells a failure; anything unknown is "could not be fetched", with its name. */
export function failureMessage(error: unknown): FailureMessage {
  if (!isGraphFailure(error)) {
    return {
      key: "unexpected",
      signIn: false,
      detail: error instanceof Error ? error.name : undefined,
    };
  }
  switch (error.code) {
    case "not-configured":
      return { key: "notConfigured", signIn: false };
    case "not-signed-in":
      return { key: "notSignedIn", signIn: true };
    case "sign-in-unavailable":
      return { key: "signInUnavailable", signIn: false, detail: error.name };
    case "consent-missing":
      return {
        key: "consentMissing",
        params: { permission: error.permission },
        signIn: false,
        detail: error.status !== undefined ? `HTTP ${error.status}` : undefined,
      };
    case "throttled":
      return {
        key: "throttled",
        params: { seconds: error.retryAfterSeconds ?? 60 },
        signIn: false,
        detail: "HTTP 429",
      };
    case "offline":
      return { key: "offline", signIn: false };
    case "graph-unexpected":
      return {
        key: "unexpected",
        signIn: false,
        detail: [error.status !== undefined ? `HTTP ${error.status}` : "", error.graphCode ?? ""]
          .filter(Boolean)
          .join(" "),
      };
  }
}
