/**
 * The dialog fallback's sign-in page (signin.html) on a fake MSAL and a fake messageParent: to
 * Microsoft's page with the registration kept, back with a token for the pane, a silent token for an
 * account already signed in, and every failure sent to the pane as an error the pane's side reads.
 */
import { readDialogMessage } from "../../../src/graph/auth";
import { dialogUrl, registrationFromQuery, SIGN_IN_PAGE } from "../../../src/signin/address";
import type {
  DialogPagePorts,
  RedirectClientLike,
  RedirectMsalLike,
} from "../../../src/signin/dialogPage";
import { runDialogPage, SIGN_IN_STORAGE_KEY } from "../../../src/signin/dialogPage";
import type { MsalAccountLike, MsalTokenResult } from "../../../src/graph/auth";

const PAGE = `https://moedeguide.regionsjaelland.dk/addin/${SIGN_IN_PAGE}`;
const REGISTRATION = {
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "regionsjaelland.onmicrosoft.com",
  scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
  loginHint: "anne.jensen@regionsjaelland.dk",
};
const EXPIRES = new Date("2026-12-03T10:30:00Z");

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface FakeClientOptions {
  returned?: MsalTokenResult | null | Error;
  accounts?: MsalAccountLike[];
  silent?: MsalTokenResult | Error;
  redirect?: Error;
}

function setUp(url: string, client: FakeClientOptions = {}, storage = new MemoryStorage()) {
  const sent: string[] = [];
  const calls: { config?: unknown; silent?: unknown; redirect?: unknown } = {};
  const fake: RedirectClientLike = {
    handleRedirectPromise: () =>
      client.returned instanceof Error
        ? Promise.reject(client.returned)
        : Promise.resolve(client.returned ?? null),
    getAllAccounts: () => client.accounts ?? [],
    acquireTokenSilent: (request) => {
      calls.silent = request;
      return client.silent instanceof Error
        ? Promise.reject(client.silent)
        : Promise.resolve(client.silent ?? { accessToken: "" });
    },
    acquireTokenRedirect: (request) => {
      calls.redirect = request;
      return client.redirect ? Promise.reject(client.redirect) : Promise.resolve();
    },
  };
  const msal: RedirectMsalLike = {
    createStandardPublicClientApplication: (config) => {
      calls.config = config;
      return Promise.resolve(fake);
    },
  };
  const ports: DialogPagePorts = {
    url,
    storage,
    loadMsal: () => Promise.resolve(msal),
    messageParent: (message) => sent.push(message),
  };
  return { ports, sent, calls, storage };
}

function msalError(errorCode: string, errorMessage = "") {
  return Object.assign(new Error(errorMessage), { errorCode, errorMessage });
}

it("the address carries the registration, and the page reads it back", () => {
  const url = dialogUrl(`${PAGE}?old=1#x`, REGISTRATION);
  expect(new URL(url).pathname).toBe(`/addin/${SIGN_IN_PAGE}`);
  expect(new URL(url).hash).toBe("");
  expect(registrationFromQuery(new URL(url).search)).toEqual(REGISTRATION);
  expect(registrationFromQuery("?clientId=a&tenantId=b")).toBeNull();
  expect(registrationFromQuery("?clientId=a&scopes=x")).toBeNull();
});

it("opened by the pane, it keeps the registration and goes to Microsoft's sign-in page", async () => {
  const { ports, sent, calls, storage } = setUp(dialogUrl(PAGE, REGISTRATION));
  await expect(runDialogPage(ports)).resolves.toEqual({ redirecting: true });
  expect(calls.config).toEqual({
    auth: {
      clientId: REGISTRATION.clientId,
      authority: `https://login.microsoftonline.com/${REGISTRATION.tenantId}`,
      // The address without the query: the one registered in Entra ID.
      redirectUri: PAGE,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  expect(calls.redirect).toEqual({
    scopes: REGISTRATION.scopes,
    loginHint: REGISTRATION.loginHint,
  });
  expect(JSON.parse(storage.getItem(SIGN_IN_STORAGE_KEY) ?? "null")).toEqual(REGISTRATION);
  expect(sent).toEqual([]);
});

it("back from Microsoft (no query), it sends the pane the token and forgets the registration", async () => {
  const storage = new MemoryStorage();
  storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(REGISTRATION));
  const { ports, sent, calls } = setUp(
    `${PAGE}#code=abc`,
    { returned: { accessToken: "token-1", expiresOn: EXPIRES } },
    storage,
  );
  const outcome = await runDialogPage(ports);
  expect(outcome).toEqual({
    sent: { type: "token", accessToken: "token-1", expiresOn: EXPIRES.toISOString() },
  });
  // What the pane's side accepts as a token.
  expect(readDialogMessage(sent[0] ?? "")).toEqual({
    type: "token",
    accessToken: "token-1",
    expiresOn: EXPIRES.toISOString(),
  });
  expect(calls.redirect).toBeUndefined();
  expect(storage.getItem(SIGN_IN_STORAGE_KEY)).toBeNull();
});

it("an account already signed in to the dialog gets a silent token, without Microsoft's page", async () => {
  const account = { username: "anne.jensen@regionsjaelland.dk" };
  const { ports, sent, calls } = setUp(dialogUrl(PAGE, REGISTRATION), {
    accounts: [account],
    silent: { accessToken: "token-2", expiresOn: EXPIRES },
  });
  await runDialogPage(ports);
  expect(calls.silent).toEqual({ scopes: REGISTRATION.scopes, account });
  expect(calls.redirect).toBeUndefined();
  expect(readDialogMessage(sent[0] ?? "")).toMatchObject({ type: "token", accessToken: "token-2" });
});

it("when the silent token needs the person, it goes to Microsoft's page after all", async () => {
  const { ports, sent, calls } = setUp(dialogUrl(PAGE, REGISTRATION), {
    accounts: [{ username: "anne" }],
    silent: Object.assign(msalError("interaction_required"), {
      name: "InteractionRequiredAuthError",
    }),
  });
  await expect(runDialogPage(ports)).resolves.toEqual({ redirecting: true });
  expect(calls.redirect).toBeDefined();
  expect(sent).toEqual([]);
});

it.each([
  ["consent an admin must give", "consent", msalError("invalid_grant", "AADSTS65001: consent")],
  ["the person cancelling", "cancelled", msalError("user_cancelled")],
  ["the person declining", "cancelled", msalError("access_denied", "AADSTS65004: declined")],
  ["anything else", "failed", new Error("boom")],
])("back from Microsoft with %s, the pane is told »%s«", async (_, expected, error) => {
  const storage = new MemoryStorage();
  storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(REGISTRATION));
  const { ports, sent } = setUp(PAGE, { returned: error }, storage);
  await runDialogPage(ports);
  expect(sent.map(readDialogMessage)).toEqual([{ type: "error", error: expected }]);
  expect(storage.getItem(SIGN_IN_STORAGE_KEY)).toBeNull();
});

it("without a registration, or where it cannot be kept for the return, the pane is told at once", async () => {
  const none = setUp(PAGE);
  await runDialogPage(none.ports);
  expect(none.sent.map(readDialogMessage)).toEqual([{ type: "error", error: "failed" }]);
  expect(none.calls.config).toBeUndefined();

  const blocked = setUp(dialogUrl(PAGE, REGISTRATION));
  blocked.ports.storage = null;
  await runDialogPage(blocked.ports);
  expect(blocked.sent.map(readDialogMessage)).toEqual([{ type: "error", error: "failed" }]);
  expect(blocked.calls.redirect).toBeUndefined();
});

it("a token without an expiry is not sent as one", async () => {
  const storage = new MemoryStorage();
  storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(REGISTRATION));
  const { ports, sent } = setUp(PAGE, { returned: { accessToken: "token-3" } }, storage);
  await runDialogPage(ports);
  expect(sent.map(readDialogMessage)).toEqual([{ type: "error", error: "failed" }]);
});

it("MSAL failing to load is said to the pane, not left hanging", async () => {
  const { ports, sent } = setUp(dialogUrl(PAGE, REGISTRATION));
  ports.loadMsal = () => Promise.reject(new TypeError("Failed to fetch"));
  await runDialogPage(ports);
  expect(sent.map(readDialogMessage)).toEqual([{ type: "error", error: "failed" }]);
});
