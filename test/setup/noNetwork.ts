/**
 * Unit tests never reach the network: a test that needs an answer (the served policy) installs a
 * stand-in for fetch; anything else that fetches fails at once and says so.
 */
(globalThis as { fetch?: unknown }).fetch = (url: unknown) =>
  Promise.reject(new Error(`unit tests have no network (fetch ${String(url)})`));
