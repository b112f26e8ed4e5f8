/**
 * The address of the dialog fallback's sign-in page (signin.html, dialogPage.ts): the pane builds
 * it with the policy's Graph registration in the query, and the page reads it back. Small and free
 * of MSAL, so that the pane's colleagues view can build the address without loading sign-in.
 */

/** The page's file, beside the pane; registered in Entra ID as an SPA redirect URI. */
export const SIGN_IN_PAGE = "signin.html";

/** What the page needs to sign in: the policy's registration and the scopes to ask for. */
export interface DialogRegistration {
  clientId: string;
  tenantId: string;
  scopes: string[];
  /** The Outlook user's address, so that Microsoft's page need not ask who it is. */
  loginHint?: string;
}

/** The page's address with the registration in its query: what the pane opens in the dialog. */
export function dialogUrl(pageUrl: string, registration: DialogRegistration): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set("clientId", registration.clientId);
  url.searchParams.set("tenantId", registration.tenantId);
  url.searchParams.set("scopes", registration.scopes.join(" "));
  if (registration.loginHint) url.searchParams.set("loginHint", registration.loginHint);
  return url.href;
}

/** The registration in a query, or null when any part is missing. */
export function registrationFromQuery(search: string): DialogRegistration | null {
  const query = new URLSearchParams(search);
  const clientId = query.get("clientId")?.trim() ?? "";
  const tenantId = query.get("tenantId")?.trim() ?? "";
  const scopes = (query.get("scopes") ?? "").split(/\s+/).filter(Boolean);
  if (!clientId || !tenantId || scopes.length === 0) return null;
  const loginHint = query.get("loginHint")?.trim();
  return { clientId, tenantId, scopes, ...(loginHint ? { loginHint } : {}) };
}
