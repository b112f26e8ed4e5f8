/**
 * Sign-in for the Kolleger view: nested app authentication (NAA) with `@azure/msal-browser`'s
 * `createNestablePublicClientApplication`, where Outlook supports NestedAppAuth 1.1; else a dialog
 * fallback (Office's dialog opens a page that signs in and sends the token back), when the pane was
 * given such a page; else SignInUnavailableError, which the view says plainly.
 *
 * MSAL is loaded on demand (a dynamic import, its own chunk): never in the pane's first load. The
 * module's ports (MSAL's shape, Office's auth calls, the dialog) let tests run the logic on fakes.
 *
 * Tokens are never logged, stored or sent anywhere but to Graph; MSAL keeps its own cache.
 */
import { permissionFor, graphScopes } from "../policy/colleagues";
import type { GraphRegistration } from "../policy/types";
import type { TokenProvider } from "./client";
import {
  ConsentMissingError,
  NotSignedInError,
  OfflineError,
  SignInUnavailableError,
  UnexpectedGraphError,
} from "./errors";

/** The part of an MSAL account the module passes back to MSAL. */
export interface MsalAccountLike {
  username?: string;
}

/** The part of MSAL's AuthenticationResult the module reads. */
export interface MsalTokenResult {
  accessToken: string;
  expiresOn?: Date | null;
  account?: MsalAccountLike | null;
}

/** The part of MSAL's IPublicClientApplication the module calls. */
export interface MsalClientLike {
  getActiveAccount(): MsalAccountLike | null;
  getAllAccounts(): MsalAccountLike[];
  setActiveAccount(account: MsalAccountLike | null): void;
  acquireTokenSilent(request: {
    scopes: string[];
    account?: MsalAccountLike;
    forceRefresh?: boolean;
  }): Promise<MsalTokenResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<MsalTokenResult>;
}

/** The part of the `@azure/msal-browser` module the module uses. */
export interface MsalModuleLike {
  createNestablePublicClientApplication(configuration: {
    auth: { clientId: string; authority: string };
  }): Promise<MsalClientLike>;
}

/** Office's side of sign-in. */
export interface OfficeAuthPort {
  /** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  supportsNestedAppAuth(): boolean;
  /** The signed-in Outlook user, as a hint for MSAL (Office.auth.getAuthContext); may be absent. */
  loginHint(): Promise<string | undefined>;
  /** Opens the fallback page in Office's dialog; absent where the dialog API is not there. */
  openDialog?(url: string): Promise<DialogLike>;
}

/** An open Office dialog, as the fallback uses it. */
export interface DialogLike {
  /** Called with each message the page sends with messageParent, and its origin when known. */
  onMessage(handler: (message: string, origin: string | undefined) => void): void;
  /** Called when the person closes the dialog (Office's 12006) or it fails to load. */
  onClosed(handler: () => void): void;
  close(): void;
}

/** The fallback page's message to the pane: a token, or what went wrong (never both). */
export type DialogMessage =
  | { type: "token"; accessToken: string; expiresOn: string }
  | { type: "error"; error: "cancelled" | "consent" | "failed" };

/** Sign-in as the view uses it: a token provider that never asks the person, and a way that does. */
export interface SignIn extends TokenProvider {
  /**
   * A token without asking the person (MSAL's cache or a silent refresh). Throws NotSignedInError
   * when they must sign in or consent first, SignInUnavailableError where sign-in cannot work.
   */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Asks the person (MSAL's popup, brokered by Outlook; or the dialog). Call it from a click. */
  signInInteractively(): Promise<void>;
  /** Which way this Outlook signs in: "naa", "dialog" or "none". */
  readonly method: "naa" | "dialog" | "none";
}

export interface SignInDependencies {
  office?: OfficeAuthPort;
  /** Loads MSAL; the real one is a dynamic import. */
  loadMsal?: () => Promise<MsalModuleLike>;
  /**
   * The fallback page's address (same origin as the pane), where the build provides one. Without
   * it, an Outlook without NAA gets SignInUnavailableError.
   */
  dialogUrl?: string;
  /** The pane's origin, to check where the dialog's messages come from. */
  origin?: string;
  /** The clock, for the dialog token's expiry. */
  now?: () => number;
}

/** A dialog token is not used in its last 5 minutes: a request may take that long with retries. */
export const TOKEN_EXPIRY_MARGIN_MS = 5 * 60_000;

/** MSAL's error codes that mean the person must act (sign in, pick an account, consent). */
const INTERACTION_CODES = new Set([
  "interaction_required",
  "consent_required",
  "login_required",
  "no_account_error",
  "no_tokens_found",
  "token_refresh_required",
  "native_account_unavailable",
  "ui_required",
]);
/** MSAL's error codes that mean the person closed or blocked the sign-in window. */
const CANCEL_CODES = new Set([
  "user_cancelled",
  "popup_window_error",
  "empty_window_error",
  "user_switch",
]);

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const record = error as { errorCode?: unknown; subError?: unknown };
  return typeof record.errorCode === "string" ? record.errorCode : "";
}

function errorText(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const record = error as { errorMessage?: unknown; message?: unknown };
  const parts = [record.errorMessage, record.message].filter((p) => typeof p === "string");
  return parts.join(" ");
}

/** Whether MSAL's error asks for the person (InteractionRequiredAuthError and its kin). */
export function needsInteraction(error: unknown): boolean {
  const name = typeof error === "object" && error !== null ? (error as Error).name : "";
  return name === "InteractionRequiredAuthError" || INTERACTION_CODES.has(errorCode(error));
}

/** Whether MSAL's error says that an admin must consent (AADSTS65001, 90094, 90008). */
function needsAdminConsent(error: unknown): boolean {
  return (
    errorCode(error) === "consent_required" || /AADSTS(65001|90094|90008)/.test(errorText(error))
  );
}

/**
 * MSAL's error from an interactive sign-in as one of the view's failures. Consent that an admin
 * must give (AADSTS65001, AADSTS90094, consent_required) names the permission asked for.
 */
export function failureFromMsal(error: unknown, scopes: readonly string[]): Error {
  const code = errorCode(error);
  if (needsAdminConsent(error)) {
    return new ConsentMissingError(permissionFor("calendar", scopes), undefined, { cause: error });
  }
  if (CANCEL_CODES.has(code) || needsInteraction(error)) {
    return new NotSignedInError("Sign-in was not completed", { cause: error });
  }
  if (
    code === "no_network_connectivity" ||
    code === "network_error" ||
    error instanceof TypeError
  ) {
    return new OfflineError({ cause: error });
  }
  return new UnexpectedGraphError("Sign-in failed", undefined, code || undefined, { cause: error });
}

/**
 * MSAL's error on the fallback page as the message's error: consent an admin must give, the person
 * cancelling (closing Microsoft's page, declining), or anything else.
 */
export function dialogErrorFor(error: unknown): "cancelled" | "consent" | "failed" {
  const code = errorCode(error);
  if (needsAdminConsent(error)) return "consent";
  if (CANCEL_CODES.has(code) || code === "access_denied" || /AADSTS65004/.test(errorText(error))) {
    return "cancelled";
  }
  return "failed";
}

/** Reads the fallback page's message; null for anything else (never trusted as a token). */
export function readDialogMessage(message: string): DialogMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (
    record.type === "token" &&
    typeof record.accessToken === "string" &&
    record.accessToken !== "" &&
    typeof record.expiresOn === "string" &&
    !Number.isNaN(Date.parse(record.expiresOn))
  ) {
    return { type: "token", accessToken: record.accessToken, expiresOn: record.expiresOn };
  }
  if (
    record.type === "error" &&
    ["cancelled", "consent", "failed"].includes(String(record.error))
  ) {
    return { type: "error", error: record.error as "cancelled" | "consent" | "failed" };
  }
  return null;
}

/** The real MSAL, in its own chunk, loaded the first time sign-in is needed. */
async function loadRealMsal(): Promise<MsalModuleLike> {
  const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  return msal;
}

/** Office's auth calls, read at each call so that the pane may create this before Office is ready. */
export function officeAuthPort(): OfficeAuthPort {
  const office = () => (typeof Office === "undefined" ? undefined : Office);
  return {
    supportsNestedAppAuth: () => {
      try {
        return office()?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
      } catch {
        return false;
      }
    },
    loginHint: async () => {
      try {
        const context = await office()?.auth?.getAuthContext?.();
        return context?.userPrincipalName || undefined;
      } catch {
        return undefined;
      }
    },
    openDialog: (url: string) =>
      new Promise<DialogLike>((resolve, reject) => {
        const ui = office()?.context?.ui;
        if (!ui?.displayDialogAsync) {
          reject(new SignInUnavailableError("Office's dialog is not available"));
          return;
        }
        ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
          if (String(result.status) !== "succeeded") {
            reject(
              new SignInUnavailableError(
                `The sign-in dialog did not open (${result.error?.code ?? "?"})`,
              ),
            );
            return;
          }
          const dialog = result.value;
          resolve({
            onMessage: (handler) =>
              dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
                const message = arg as { message?: string; origin?: string };
                if (typeof message.message === "string") handler(message.message, message.origin);
              }),
            onClosed: (handler) =>
              dialog.addEventHandler(Office.EventType.DialogEventReceived, () => handler()),
            close: () => dialog.close(),
          });
        });
      }),
  };
}

/**
 * Sign-in for a policy's Graph registration. Nothing is loaded or asked until the first token is
 * wanted; the way (NAA, dialog or none) is decided then, once.
 */
export function createSignIn(
  registration: GraphRegistration,
  deps: SignInDependencies = {},
): SignIn {
  const office = deps.office ?? officeAuthPort();
  const loadMsal = deps.loadMsal ?? loadRealMsal;
  const now = deps.now ?? (() => Date.now());
  const scopes = graphScopes(registration);
  const authority = `https://login.microsoftonline.com/${registration.tenantId}`;
  let client: Promise<MsalClientLike> | null = null;
  /** The dialog's token, kept in memory only, for this pane. */
  let dialogToken: { accessToken: string; expiresAt: number } | null = null;

  const method: SignIn["method"] = office.supportsNestedAppAuth()
    ? "naa"
    : deps.dialogUrl && office.openDialog
      ? "dialog"
      : "none";

  function msalClient(): Promise<MsalClientLike> {
    if (!client) {
      client = loadMsal()
        .then((msal) =>
          msal.createNestablePublicClientApplication({
            auth: { clientId: registration.clientId, authority },
          }),
        )
        .catch((error: unknown) => {
          client = null; // a later click may try again
          throw new SignInUnavailableError("Nested app authentication could not start", {
            cause: error,
          });
        });
    }
    return client;
  }

  function account(pca: MsalClientLike): MsalAccountLike | undefined {
    return pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? undefined;
  }

  async function silent(forceRefresh: boolean): Promise<string> {
    const pca = await msalClient();
    const known = account(pca);
    try {
      const result = await pca.acquireTokenSilent({
        scopes,
        ...(known ? { account: known } : {}),
        ...(forceRefresh ? { forceRefresh: true } : {}),
      });
      if (result.account) pca.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (needsInteraction(error)) throw new NotSignedInError(undefined, { cause: error });
      throw failureFromMsal(error, scopes);
    }
  }

  async function popup(): Promise<void> {
    const pca = await msalClient();
    try {
      await silent(false);
      return;
    } catch (error) {
      if (!(error instanceof NotSignedInError)) throw error;
    }
    const loginHint = await office.loginHint();
    try {
      const result = await pca.acquireTokenPopup({ scopes, ...(loginHint ? { loginHint } : {}) });
      if (result.account) pca.setActiveAccount(result.account);
    } catch (error) {
      throw failureFromMsal(error, scopes);
    }
  }

  async function dialog(): Promise<void> {
    if (!deps.dialogUrl || !office.openDialog) throw new SignInUnavailableError();
    const opened = await office.openDialog(deps.dialogUrl);
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        try {
          opened.close();
        } catch {
          // Already closed by the person: nothing to do.
        }
        if (error) reject(error);
        else resolve();
      };
      opened.onMessage((text, origin) => {
        // Only the pane's own page may hand over a token.
        if (deps.origin && origin && origin !== deps.origin) return;
        const message = readDialogMessage(text);
        if (!message) return;
        if (message.type === "token") {
          dialogToken = {
            accessToken: message.accessToken,
            expiresAt: Date.parse(message.expiresOn),
          };
          finish();
        } else if (message.error === "consent") {
          finish(new ConsentMissingError(permissionFor("calendar", scopes)));
        } else if (message.error === "cancelled") {
          finish(new NotSignedInError("Sign-in was not completed"));
        } else {
          finish(new SignInUnavailableError("The sign-in dialog failed"));
        }
      });
      opened.onClosed(() => finish(new NotSignedInError("The sign-in dialog was closed")));
    });
  }

  return {
    method,
    async getToken(options) {
      if (method === "naa") return silent(options?.forceRefresh === true);
      if (method === "dialog") {
        if (options?.forceRefresh) dialogToken = null;
        if (dialogToken && dialogToken.expiresAt - TOKEN_EXPIRY_MARGIN_MS > now()) {
          return dialogToken.accessToken;
        }
        throw new NotSignedInError();
      }
      throw new SignInUnavailableError();
    },
    async signInInteractively() {
      if (method === "naa") return popup();
      if (method === "dialog") return dialog();
      throw new SignInUnavailableError();
    },
  };
}
