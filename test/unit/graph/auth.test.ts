/**
 * Sign-in's logic on fakes of MSAL's interface shape and of Office's auth calls: NAA with silent
 * then popup, the failures the view says, MSAL loaded only when a token is wanted, and the dialog
 * fallback's hand-over (only a well-formed message from the pane's origin counts).
 */
import {
  createSignIn,
  readDialogMessage,
  type DialogLike,
  type MsalClientLike,
  type MsalTokenResult,
  type OfficeAuthPort,
} from "../../../src/graph/auth";
import {
  ConsentMissingError,
  NotSignedInError,
  OfflineError,
  SignInUnavailableError,
} from "../../../src/graph/errors";

const REGISTRATION = {
  clientId: "3f1c2a4b-8d7e-4f60-9a1b-2c3d4e5f6a7b",
  tenantId: "regionsjaelland.onmicrosoft.com",
};

/** An MSAL error as msal-browser makes them: a name, an errorCode, an errorMessage. */
function msalError(name: string, errorCode: string, errorMessage = "") {
  return Object.assign(new Error(errorMessage || errorCode), { name, errorCode, errorMessage });
}

function fakeMsal(script: {
  silent?: (request: { forceRefresh?: boolean }) => Promise<MsalTokenResult>;
  popup?: () => Promise<MsalTokenResult>;
  create?: () => Promise<void>;
}) {
  const calls: { method: string; request?: unknown }[] = [];
  let active: { username?: string } | null = null;
  const client: MsalClientLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (account) => {
      active = account;
    },
    acquireTokenSilent: (request) => {
      calls.push({ method: "silent", request });
      return script.silent
        ? script.silent(request)
        : Promise.resolve({ accessToken: "silent-token", account: { username: "a@x.dk" } });
    },
    acquireTokenPopup: (request) => {
      calls.push({ method: "popup", request });
      return script.popup
        ? script.popup()
        : Promise.resolve({ accessToken: "popup-token", account: { username: "a@x.dk" } });
    },
  };
  const module = {
    createNestablePublicClientApplication: async (configuration: unknown) => {
      calls.push({ method: "create", request: configuration });
      await script.create?.();
      return client;
    },
  };
  let loads = 0;
  return {
    calls,
    get loads() {
      return loads;
    },
    loadMsal: () => {
      loads++;
      return Promise.resolve(module);
    },
  };
}

function office(naa: boolean, dialog?: () => Promise<DialogLike>): OfficeAuthPort {
  const port: OfficeAuthPort = {
    supportsNestedAppAuth: () => naa,
    loginHint: () => Promise.resolve("birgitte.holm@regionsjaelland.dk"),
  };
  if (dialog) port.openDialog = dialog;
  return port;
}

describe("nested app authentication", () => {
  it("loads MSAL only when a token is wanted, for the policy's client, tenant and scopes", async () => {
    const msal = fakeMsal({});
    const signIn = createSignIn(REGISTRATION, { office: office(true), loadMsal: msal.loadMsal });
    expect(signIn.method).toBe("naa");
    expect(msal.loads).toBe(0);
    await expect(signIn.getToken()).resolves.toBe("silent-token");
    await expect(signIn.getToken({ forceRefresh: true })).resolves.toBe("silent-token");
    expect(msal.loads).toBe(1);
    expect(msal.calls).toEqual([
      {
        method: "create",
        request: {
          auth: {
            clientId: REGISTRATION.clientId,
            authority: "https://login.microsoftonline.com/regionsjaelland.onmicrosoft.com",
          },
        },
      },
      { method: "silent", request: { scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"] } },
      {
        method: "silent",
        request: {
          scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
          account: { username: "a@x.dk" },
          forceRefresh: true,
        },
      },
    ]);
  });

  it("never opens a popup by itself: interaction needed is NotSignedInError", async () => {
    const msal = fakeMsal({
      silent: () =>
        Promise.reject(msalError("InteractionRequiredAuthError", "interaction_required")),
    });
    const signIn = createSignIn(REGISTRATION, { office: office(true), loadMsal: msal.loadMsal });
    await expect(signIn.getToken()).rejects.toBeInstanceOf(NotSignedInError);
    expect(msal.calls.map((c) => c.method)).toEqual(["create", "silent"]);
  });

  it("a click signs in: silent first, then the popup with Outlook's user as hint", async () => {
    let signedIn = false;
    const msal = fakeMsal({
      silent: () =>
        signedIn
          ? Promise.resolve({ accessToken: "after-popup" })
          : Promise.reject(msalError("InteractionRequiredAuthError", "login_required")),
      popup: () => {
        signedIn = true;
        return Promise.resolve({ accessToken: "popup-token", account: { username: "b@x.dk" } });
      },
    });
    const signIn = createSignIn(REGISTRATION, { office: office(true), loadMsal: msal.loadMsal });
    await signIn.signInInteractively();
    expect(msal.calls[2]).toEqual({
      method: "popup",
      request: {
        scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
        loginHint: "birgitte.holm@regionsjaelland.dk",
      },
    });
    await expect(signIn.getToken()).resolves.toBe("after-popup");
    expect(msal.calls[3]).toMatchObject({
      method: "silent",
      request: { account: { username: "b@x.dk" } },
    });
  });

  it.each([
    [
      "the person closes the popup",
      msalError("BrowserAuthError", "user_cancelled"),
      NotSignedInError,
    ],
    ["the popup is blocked", msalError("BrowserAuthError", "popup_window_error"), NotSignedInError],
    [
      "the admin has not consented",
      msalError(
        "ServerError",
        "invalid_grant",
        "AADSTS65001: The user or administrator has not consented",
      ),
      ConsentMissingError,
    ],
    [
      "consent_required",
      msalError("InteractionRequiredAuthError", "consent_required"),
      ConsentMissingError,
    ],
    ["the network is down", msalError("BrowserAuthError", "no_network_connectivity"), OfflineError],
  ])("when %s, the popup's failure is %p", async (_name, error, type) => {
    const msal = fakeMsal({
      silent: () =>
        Promise.reject(msalError("InteractionRequiredAuthError", "interaction_required")),
      popup: () => Promise.reject(error),
    });
    const signIn = createSignIn(REGISTRATION, { office: office(true), loadMsal: msal.loadMsal });
    const failure = await signIn.signInInteractively().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(type);
    if (failure instanceof ConsentMissingError)
      expect(failure.permission).toBe("Calendars.ReadBasic");
  });

  it("says sign-in is unavailable when NAA cannot start, and tries again on the next click", async () => {
    let attempts = 0;
    const msal = fakeMsal({
      create: () => (++attempts === 1 ? Promise.reject(new Error("no bridge")) : Promise.resolve()),
    });
    const signIn = createSignIn(REGISTRATION, { office: office(true), loadMsal: msal.loadMsal });
    await expect(signIn.getToken()).rejects.toBeInstanceOf(SignInUnavailableError);
    await expect(signIn.getToken()).resolves.toBe("silent-token");
  });
});

describe("without NAA", () => {
  it("and without a fallback page: SignInUnavailableError, and MSAL is never loaded", async () => {
    const msal = fakeMsal({});
    const signIn = createSignIn(REGISTRATION, { office: office(false), loadMsal: msal.loadMsal });
    expect(signIn.method).toBe("none");
    await expect(signIn.getToken()).rejects.toBeInstanceOf(SignInUnavailableError);
    await expect(signIn.signInInteractively()).rejects.toBeInstanceOf(SignInUnavailableError);
    expect(msal.loads).toBe(0);
  });

  function fakeDialog() {
    const handlers: {
      message?: (text: string, origin: string | undefined) => void;
      closed?: () => void;
    } = {};
    let closed = 0;
    const dialog: DialogLike = {
      onMessage: (handler) => {
        handlers.message = handler;
      },
      onClosed: (handler) => {
        handlers.closed = handler;
      },
      close: () => {
        closed++;
      },
    };
    return {
      dialog,
      send: (text: string, origin = "https://localhost:3000") => handlers.message?.(text, origin),
      closeByPerson: () => handlers.closed?.(),
      get closed() {
        return closed;
      },
    };
  }

  const token = (expiresOn: string) =>
    JSON.stringify({ type: "token", accessToken: "dialog-token", expiresOn });

  function dialogSignIn(now = Date.parse("2027-03-01T09:00:00Z")) {
    const fake = fakeDialog();
    const urls: string[] = [];
    const signIn = createSignIn(REGISTRATION, {
      office: office(false, () => {
        urls.push("opened");
        return Promise.resolve(fake.dialog);
      }),
      dialogUrl: "https://localhost:3000/signin.html",
      origin: "https://localhost:3000",
      now: () => now,
    });
    return { signIn, fake, urls };
  }

  it("signs in through the dialog, and uses its token until 5 minutes before it expires", async () => {
    const { signIn, fake } = dialogSignIn();
    expect(signIn.method).toBe("dialog");
    await expect(signIn.getToken()).rejects.toBeInstanceOf(NotSignedInError);
    const done = signIn.signInInteractively();
    await Promise.resolve();
    fake.send("not json");
    fake.send(token("2027-03-01T10:00:00Z"), "https://evil.example");
    fake.send(token("2027-03-01T10:00:00Z"));
    await done;
    expect(fake.closed).toBe(1);
    await expect(signIn.getToken()).resolves.toBe("dialog-token");
    await expect(signIn.getToken({ forceRefresh: true })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("does not use a dialog token in its last 5 minutes", async () => {
    const { signIn, fake } = dialogSignIn(Date.parse("2027-03-01T09:56:00Z"));
    const done = signIn.signInInteractively();
    await Promise.resolve();
    fake.send(token("2027-03-01T10:00:00Z"));
    await done;
    await expect(signIn.getToken()).rejects.toBeInstanceOf(NotSignedInError);
  });

  it.each([
    [
      "the person closes it",
      (f: ReturnType<typeof fakeDialog>) => f.closeByPerson(),
      NotSignedInError,
    ],
    [
      "the page says consent is missing",
      (f: ReturnType<typeof fakeDialog>) => f.send('{"type":"error","error":"consent"}'),
      ConsentMissingError,
    ],
    [
      "the page fails",
      (f: ReturnType<typeof fakeDialog>) => f.send('{"type":"error","error":"failed"}'),
      SignInUnavailableError,
    ],
  ])("when %s, the dialog's failure is %p", async (_name, act, type) => {
    const { signIn, fake } = dialogSignIn();
    const done = signIn.signInInteractively().catch((e: unknown) => e);
    await Promise.resolve();
    act(fake);
    expect(await done).toBeInstanceOf(type);
  });
});

describe("readDialogMessage", () => {
  it.each([
    ['{"type":"token","accessToken":"t","expiresOn":"2027-03-01T10:00:00Z"}', "token"],
    ['{"type":"error","error":"cancelled"}', "error"],
    ['{"type":"token","accessToken":"","expiresOn":"2027-03-01T10:00:00Z"}', null],
    ['{"type":"token","accessToken":"t","expiresOn":"soon"}', null],
    ['{"type":"error","error":"other"}', null],
    ["[1]", null],
    ["null", null],
    ["token", null],
  ])("%s is %s", (text, type) => {
    expect(readDialogMessage(text)?.type ?? null).toBe(type);
  });
});
