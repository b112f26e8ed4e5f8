/**
 * The sign-in page of the dialog fallback (signin.html), for Outlook clients without nested app
 * authentication: the pane opens it in Office's dialog (graph/auth.ts), it signs in with MSAL's
 * redirect flow, and hands the pane an access token with `messageParent`, or what went wrong.
 *
 * The page is opened with the policy's Graph registration in its query (address.ts), keeps it
 * in sessionStorage while Microsoft's sign-in page is shown, and finds it there on return (the
 * redirect comes back to the page's own address, with no query). Mødeguide never stores or logs
 * the token; MSAL keeps its own cache in the dialog's sessionStorage, which ends with the dialog.
 *
 * Free of Office and the DOM: MSAL, Office's messageParent and storage come in as ports, so that
 * every path is tested on fakes (test/unit/signin/dialogPage.test.ts).
 */
import type { DialogMessage, MsalAccountLike, MsalTokenResult } from "../graph/auth";
import { dialogErrorFor, needsInteraction } from "../graph/auth";
import type { DialogRegistration } from "./address";
import { registrationFromQuery } from "./address";

/** Where the registration waits while Microsoft's sign-in page is shown. */
export const SIGN_IN_STORAGE_KEY = "moedeguide.signin";

/**
 * The part of MSAL's standard PublicClientApplication the page calls. `Account` is MSAL's own
 * account type: the page only hands back what getAllAccounts gave.
 */
export interface RedirectClientLike<Account extends MsalAccountLike = MsalAccountLike> {
  handleRedirectPromise(): Promise<MsalTokenResult | null>;
  getAllAccounts(): Account[];
  acquireTokenSilent(request: { scopes: string[]; account: Account }): Promise<MsalTokenResult>;
  acquireTokenRedirect(request: { scopes: string[]; loginHint?: string }): Promise<void>;
}

/** The part of `@azure/msal-browser` the page uses. */
export interface RedirectMsalLike<Account extends MsalAccountLike = MsalAccountLike> {
  createStandardPublicClientApplication(configuration: {
    auth: { clientId: string; authority: string; redirectUri: string };
    cache: { cacheLocation: "sessionStorage" };
  }): Promise<RedirectClientLike<Account>>;
}

export interface DialogPagePorts<Account extends MsalAccountLike = MsalAccountLike> {
  /** The page's address as it was opened (or returned to). */
  url: string;
  /** sessionStorage; null where storage is blocked. */
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  loadMsal(): Promise<RedirectMsalLike<Account>>;
  /** Office.context.ui.messageParent. */
  messageParent(message: string): void;
}

/** How the page ended: a message sent to the pane, or on its way to Microsoft's sign-in page. */
export type DialogPageOutcome = { sent: DialogMessage } | { redirecting: true };

type KeptStore = DialogPagePorts["storage"];

function kept(storage: KeptStore): DialogRegistration | null {
  try {
    const text = storage?.getItem(SIGN_IN_STORAGE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<DialogRegistration>;
    const query = new URLSearchParams({
      clientId: String(value.clientId ?? ""),
      tenantId: String(value.tenantId ?? ""),
      scopes: Array.isArray(value.scopes) ? value.scopes.join(" ") : "",
      ...(value.loginHint ? { loginHint: String(value.loginHint) } : {}),
    });
    return registrationFromQuery(query.toString());
  } catch {
    return null;
  }
}

function keep(storage: KeptStore, registration: DialogRegistration): boolean {
  try {
    if (!storage) return false;
    storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(registration));
    return true;
  } catch {
    return false;
  }
}

function forget(storage: KeptStore): void {
  try {
    storage?.removeItem(SIGN_IN_STORAGE_KEY);
  } catch {
    // Nothing kept, or storage blocked: nothing to forget.
  }
}

function tokenMessage(result: MsalTokenResult): DialogMessage | null {
  if (!result.accessToken || !(result.expiresOn instanceof Date)) return null;
  if (Number.isNaN(result.expiresOn.getTime())) return null;
  return {
    type: "token",
    accessToken: result.accessToken,
    expiresOn: result.expiresOn.toISOString(),
  };
}

/**
 * Runs the page: back from Microsoft's sign-in page, sends the token; with an account already
 * signed in to this dialog, a silent token; else goes to Microsoft's sign-in page. Every failure
 * is sent to the pane as an error message (never thrown), so that the dialog never hangs.
 */
export async function runDialogPage<Account extends MsalAccountLike>(
  ports: DialogPagePorts<Account>,
): Promise<DialogPageOutcome> {
  const send = (message: DialogMessage): DialogPageOutcome => {
    forget(ports.storage);
    ports.messageParent(JSON.stringify(message));
    return { sent: message };
  };
  const page = new URL(ports.url);
  const fromQuery = registrationFromQuery(page.search);
  const registration = fromQuery ?? kept(ports.storage);
  if (!registration) return send({ type: "error", error: "failed" });
  // The redirect returns here without the query: the registration must wait in storage.
  if (fromQuery && !keep(ports.storage, fromQuery)) return send({ type: "error", error: "failed" });

  const { scopes } = registration;
  try {
    const msal = await ports.loadMsal();
    const client = await msal.createStandardPublicClientApplication({
      auth: {
        clientId: registration.clientId,
        authority: `https://login.microsoftonline.com/${registration.tenantId}`,
        redirectUri: `${page.origin}${page.pathname}`,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const returned = await client.handleRedirectPromise();
    if (returned) {
      return send(tokenMessage(returned) ?? { type: "error", error: "failed" });
    }
    const account = client.getAllAccounts()[0];
    if (account) {
      try {
        const silent = await client.acquireTokenSilent({ scopes, account });
        const message = tokenMessage(silent);
        if (message) return send(message);
      } catch (error) {
        if (!needsInteraction(error)) return send({ type: "error", error: dialogErrorFor(error) });
      }
    }
    await client.acquireTokenRedirect({
      scopes,
      ...(registration.loginHint ? { loginHint: registration.loginHint } : {}),
    });
    return { redirecting: true };
  } catch (error) {
    return send({ type: "error", error: dialogErrorFor(error) });
  }
}
