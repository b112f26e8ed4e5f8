/**
 * How the colleagues' view reaches Microsoft Graph: the policy's app registration and a token
 * provider over nested app authentication, or the sign-in page in Office's dialog where Outlook
 * lacks it (loaded only when the view opens), or, on the preview page, the page's local stand-in
 * for Graph. Nothing else in the view knows where answers come from.
 */
import type { FetchLike, GraphClient, TokenProvider } from "../graph/client";
import { createGraphClient } from "../graph/client";
import { NotConfiguredError } from "../graph/errors";
import { DEFAULT_GRAPH_SCOPES, graphScopes } from "../policy/colleagues";
import type { Policy } from "../policy/types";
import { dialogUrl, SIGN_IN_PAGE } from "../signin/address";

/** Graph as the view uses it: the client, and the sign-in a click may start. */
export interface GraphAccess {
  client: GraphClient;
  /** Asks the person to sign in (a popup or dialog); resolves when a token is there. */
  signIn(): Promise<void>;
}

/** Graph answered locally, as the preview page gives it. */
export interface PreviewGraph {
  fetch: FetchLike;
  tokens: TokenProvider;
}

/**
 * The preview page's local Graph, when the pane runs there: `window.moedeguidePreview.graph()`,
 * which loads it on demand (the preview's first look does not carry it).
 */
function previewGraph(): Promise<PreviewGraph> | null {
  const preview = (globalThis as { moedeguidePreview?: { graph?: () => Promise<PreviewGraph> } })
    .moedeguidePreview;
  return typeof preview?.graph === "function" ? preview.graph() : null;
}

/** The Outlook user's address, a hint for Microsoft's sign-in page; undefined when unknown. */
function outlookUser(): string | undefined {
  try {
    return typeof Office === "undefined"
      ? undefined
      : Office.context?.mailbox?.userProfile?.emailAddress || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Graph for this pane. Rejects with NotConfiguredError when the policy has no registration (and
 * this is not the preview), and with the sign-in's own failure when sign-in cannot work here.
 */
export async function openGraphAccess(policy: Policy): Promise<GraphAccess> {
  const loading = previewGraph();
  const scopes = policy.graph ? graphScopes(policy.graph) : [...DEFAULT_GRAPH_SCOPES];
  if (loading) {
    const local = await loading;
    return {
      client: createGraphClient({ fetch: local.fetch, tokens: local.tokens, scopes }),
      signIn: async () => {
        await local.tokens.getToken({ forceRefresh: true });
      },
    };
  }
  if (!policy.graph) throw new NotConfiguredError();
  const { createSignIn } = await import(/* webpackChunkName: "sign-in" */ "../graph/auth");
  // Where Outlook lacks nested app authentication: the sign-in page beside the pane, in Office's
  // dialog, and only this origin may hand a token back. (No page, no dialog: outside a browser.)
  const page = typeof document === "undefined" ? undefined : document.baseURI;
  const signIn = createSignIn(policy.graph, {
    dialogUrl: page
      ? dialogUrl(new URL(SIGN_IN_PAGE, page).href, {
          clientId: policy.graph.clientId,
          tenantId: policy.graph.tenantId,
          scopes,
          loginHint: outlookUser(),
        })
      : undefined,
    origin: page ? new URL(page).origin : undefined,
  });
  return {
    client: createGraphClient({
      fetch: (url, init) => fetch(url, init),
      tokens: signIn,
      scopes,
    }),
    signIn: () => signIn.signInInteractively(),
  };
}
