/**
 * The failures of the Kolleger view's Graph work, each an Error subclass with a literal `code`
 * that the view turns into a Danish (or English) message: never a blank view. Messages here are
 * for developers (the console, test output); they name no person and no meeting content.
 */

/** What the failures share: the cause kept for the console (lib ES2021 has no Error options). */
abstract class GraphWorkError extends Error {
  /** What was thrown underneath (MSAL's error, fetch's TypeError), for developers. */
  cause?: unknown;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    if (options && "cause" in options) this.cause = options.cause;
  }
}

/** No signed-in user, or sign-in needs the person (a click) and this call may not ask them. */
export class NotSignedInError extends GraphWorkError {
  readonly code = "not-signed-in";

  constructor(message = "Not signed in to Microsoft Graph", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NotSignedInError";
  }
}

/**
 * The organisation has not consented to a permission the request needs (Graph answered 401 after a
 * fresh token, or 403; or sign-in said consent_required). `permission` is what the admin must grant.
 */
export class ConsentMissingError extends GraphWorkError {
  readonly code = "consent-missing";

  constructor(
    /** The delegated permission to grant, e.g. "Calendars.ReadBasic". */
    readonly permission: string,
    /** The HTTP status Graph answered, when it was Graph (401 or 403); absent from sign-in. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`Consent missing for ${permission}`, options);
    this.name = "ConsentMissingError";
  }
}

/** Graph kept answering 429 or 503 (or asked to wait longer than the client waits). */
export class ThrottledError extends GraphWorkError {
  readonly code = "throttled";

  constructor(
    /** Seconds Graph asked to wait before the next try, when it said. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(
      retryAfterSeconds === null
        ? "Microsoft Graph is throttling requests"
        : `Microsoft Graph is throttling requests; retry after ${retryAfterSeconds} s`,
    );
    this.name = "ThrottledError";
  }
}

/** The network is down: the browser says it is offline, or fetch failed without an answer. */
export class OfflineError extends GraphWorkError {
  readonly code = "offline";

  constructor(options?: { cause?: unknown }) {
    super("No network connection to Microsoft Graph", options);
    this.name = "OfflineError";
  }
}

/** Anything else: an HTTP status or a response the client does not understand. */
export class UnexpectedGraphError extends GraphWorkError {
  readonly code = "graph-unexpected";

  constructor(
    message: string,
    /** The HTTP status, when there was one. */
    readonly status?: number,
    /** Graph's error code ("ErrorInternalServerError"), when it gave one. */
    readonly graphCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "UnexpectedGraphError";
  }
}

/**
 * Sign-in is not possible in this Outlook: no nested app authentication and no dialog fallback
 * (or the fallback failed). The view says so and suggests a newer Outlook.
 */
export class SignInUnavailableError extends GraphWorkError {
  readonly code = "sign-in-unavailable";

  constructor(
    message = "Sign-in to Microsoft Graph is not available here",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SignInUnavailableError";
  }
}

/** The policy has no Graph registration: availability is not set up. */
export class NotConfiguredError extends GraphWorkError {
  readonly code = "not-configured";

  constructor() {
    super("The policy has no Graph app registration (graph)");
    this.name = "NotConfiguredError";
  }
}

/** Every failure the Kolleger view's Graph work ends in. */
export type GraphFailure =
  | NotSignedInError
  | ConsentMissingError
  | ThrottledError
  | OfflineError
  | UnexpectedGraphError
  | SignInUnavailableError
  | NotConfiguredError;

/** The codes of GraphFailure, for a switch in the view. */
export type GraphFailureCode = GraphFailure["code"];

/** Whether a value is one of the typed failures (anything else is a bug, shown as unexpected). */
export function isGraphFailure(error: unknown): error is GraphFailure {
  return (
    error instanceof NotSignedInError ||
    error instanceof ConsentMissingError ||
    error instanceof ThrottledError ||
    error instanceof OfflineError ||
    error instanceof UnexpectedGraphError ||
    error instanceof SignInUnavailableError ||
    error instanceof NotConfiguredError
  );
}
