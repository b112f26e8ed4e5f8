/**
 * The real Graph client as the preview's tests drive it: the scopes the pane asks for, always
 * online, and a clock that the client's own waits move, so that Retry-After costs no real time.
 */
import {
  createGraphClient,
  type FetchLike,
  type GraphClient,
  type GraphClientOptions,
  type TokenProvider,
} from "../../../src/graph/client";

/** A client over `fetch` with a stepped clock from 1 March 2027, 08:00 UTC. */
export function steppedClockClient(
  fetch: FetchLike,
  tokens: TokenProvider,
  overrides: Partial<GraphClientOptions> = {},
): GraphClient {
  let clock = Date.parse("2027-03-01T08:00:00Z");
  return createGraphClient({
    fetch,
    tokens,
    scopes: ["Calendars.ReadBasic", "User.ReadBasic.All"],
    isOnline: () => true,
    now: () => clock,
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
    ...overrides,
  });
}
