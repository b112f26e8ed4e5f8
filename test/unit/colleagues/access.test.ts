/**
 * @jest-environment jsdom
 *
 * How the colleagues' view reaches Graph in an Outlook without nested app authentication: "Log
 * ind" opens the sign-in page beside the pane in Office's dialog, with the policy's registration
 * and the Outlook user in its address; the token the page hands back is then used for Graph, and
 * only a message from the pane's own origin counts. Office is built with office-addin-mock.
 */
import { OfficeMockObject } from "office-addin-mock";
import { openGraphAccess } from "../../../src/colleagues/access";
import { NotSignedInError } from "../../../src/graph/errors";
import { DEFAULT_POLICY } from "../../../src/policy/defaultPolicy";
import type { Policy } from "../../../src/policy/types";
import { registrationFromQuery, SIGN_IN_PAGE } from "../../../src/signin/address";

// office-addin-mock uses only the OfficeApp enum of office-addin-manifest, whose entry point pulls
// in ES modules jest cannot load (as in test/unit/office/fakeOutlook.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

const REGISTRATION = {
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "regionsjaelland.onmicrosoft.com",
};
const policy: Policy = { ...DEFAULT_POLICY, graph: REGISTRATION };

type Handler = (arg: { message?: string; origin?: string }) => void;

/** Office without NestedAppAuth 1.1, whose dialog records what it opened and its handlers. */
function officeWithDialog() {
  const opened: string[] = [];
  const handlers = new Map<string, Handler>();
  let closed = 0;
  const mock = new OfficeMockObject({
    host: "outlook",
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    context: {
      requirements: { isSetSupported: (name: string) => name !== "NestedAppAuth" },
      mailbox: { userProfile: { emailAddress: "anne.jensen@regionsjaelland.dk" } },
      ui: {
        displayDialogAsync: (
          url: string,
          _options: unknown,
          callback: (result: { status: string; value: unknown }) => void,
        ) => {
          opened.push(url);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
              close: () => {
                closed++;
              },
            },
          });
        },
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
  return { opened, handlers, closed: () => closed };
}

const realFetch = (globalThis as { fetch?: unknown }).fetch;
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  (globalThis as { fetch?: unknown }).fetch = realFetch;
});

it("opens signin.html in Office's dialog with the registration, and uses the token it sends", async () => {
  const office = officeWithDialog();
  const access = await openGraphAccess(policy);
  // No token yet: the view offers "Log ind".
  const fetched: string[] = [];
  const signingIn = access.signIn();
  // The dialog opens once Office has answered (a task later).
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(office.opened).toHaveLength(1);
  const url = new URL(office.opened[0] ?? "");
  expect(url.href.startsWith(new URL(SIGN_IN_PAGE, document.baseURI).href)).toBe(true);
  expect(registrationFromQuery(url.search)).toEqual({
    ...REGISTRATION,
    scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
    loginHint: "anne.jensen@regionsjaelland.dk",
  });

  const message = office.handlers.get("dialogMessageReceived");
  const token = {
    type: "token",
    accessToken: "dialog-token",
    expiresOn: new Date(Date.now() + 3_600_000).toISOString(),
  };
  // A message from another origin is ignored; the pane's own is taken.
  message?.({
    message: JSON.stringify({ ...token, accessToken: "forged" }),
    origin: "https://evil.example",
  });
  message?.({ message: JSON.stringify(token), origin: location.origin });
  await signingIn;
  expect(office.closed()).toBe(1);

  // Graph is then asked with the dialog's token.
  (globalThis as { fetch?: unknown }).fetch = (url: string, init?: RequestInit) => {
    fetched.push(`${String((init?.headers as Record<string, string>)?.Authorization)} ${url}`);
    // Graph's answer as the client reads it (jsdom has no Response).
    return Promise.resolve({
      status: 200,
      headers: {
        get: (name: string) => (name.toLowerCase() === "content-type" ? "application/json" : null),
      },
      json: () => Promise.resolve({ value: [] }),
    });
  };
  await access.client.searchColleagues("Birgitte");
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(
    /^Bearer dialog-token https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/,
  );
});

it("before signing in, Graph is not asked and the view is told to offer sign-in", async () => {
  officeWithDialog();
  const access = await openGraphAccess(policy);
  await expect(access.client.searchColleagues("Birgitte")).rejects.toBeInstanceOf(NotSignedInError);
});
