/**
 * The preview's Microsoft Graph as an msw request handler: every request to
 * https://graph.microsoft.com goes to the fake directory (fakeGraph.ts), and its answer comes back
 * as HTTP (status, headers, body), or as a network failure when the fake is offline. The preview
 * serves it from a service worker (graphWorker.ts); the unit tests serve the same handler with
 * msw's server.
 */
import { http, HttpResponse } from "msw";
import type { FetchLike, HttpRequestInit } from "../graph/client";
import type { FakeGraph } from "./fakeGraph";

/** Where Graph is; the only requests the handler answers. */
const GRAPH_ORIGIN = "https://graph.microsoft.com";

/** A request the pane sent Graph, as the preview notes it for the browser tests: never its content. */
export interface GraphRequest {
  path: string;
  /** $batch: how many lookups it held. */
  size?: number;
  /** Graph's status, or "failed" when no answer came (graph=offline). */
  outcome: number | "failed";
}

function methodOf(request: Request): HttpRequestInit["method"] {
  return request.method === "POST" ? "POST" : "GET";
}

/**
 * A request as noted: its path and, for $batch, how many lookups it held; its outcome is "failed"
 * until an answer comes.
 */
function noteRequest(url: string, body: string | undefined): GraphRequest {
  const noting: GraphRequest = { path: new URL(url).pathname, outcome: "failed" };
  if (noting.path.endsWith("/$batch") && body) {
    noting.size = (JSON.parse(body) as { requests: unknown[] }).requests.length;
  }
  return noting;
}

/** The handler; each request is noted in `noted` (its path, size and outcome, never its content). */
export function graphHandler(fake: FakeGraph, noted: GraphRequest[]) {
  return http.all(`${GRAPH_ORIGIN}/*`, async ({ request }) => {
    const body = request.method === "GET" ? undefined : await request.text();
    const noting = noteRequest(request.url, body);
    noted.push(noting);
    try {
      const answer = await fake.answerHttp(request.url, {
        method: methodOf(request),
        headers: Object.fromEntries(request.headers),
        body,
      });
      noting.outcome = answer.status;
      return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
    } catch {
      // The fake is offline: the request fails as it does without a network.
      return HttpResponse.error();
    }
  });
}

/**
 * The fake's own fetch, noting each request as the handler does: for a page where no service
 * worker can run, which then answers Graph itself.
 */
export function notedFetch(fake: FakeGraph, noted: GraphRequest[]): FetchLike {
  return async (url, init) => {
    const noting = noteRequest(url, init.body);
    noted.push(noting);
    const response = await fake.fetch(url, init);
    noting.outcome = response.status;
    return response;
  };
}
