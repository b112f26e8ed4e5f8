// Which address a build writes into dist/manifest.xml. Pure (no I/O), so that jest tests it and
// webpack.config.js uses it: test/unit/build/manifestUrl.test.ts.
"use strict";

/** Where the manifest points while developing, and a production build without an address. */
const DEV_URL = "https://localhost:3000/";

/**
 * Domains that stand for "some host" in documentation and samples, never a real deployment:
 * IANA's reserved example domains (RFC 2606) and Microsoft's sample companies. Their subdomains
 * count too (www.contoso.com). The rule is about these registered domains only: a label such as
 * "example" under another domain (addins.example.dk, example.regionsjaelland.dk) is a name its
 * owner can really serve, so it is allowed.
 */
const PLACEHOLDER_DOMAINS = [
  "example.com",
  "example.org",
  "example.net",
  "contoso.com",
  "fabrikam.com",
];

/**
 * Top-level domains that never resolve on the internet (RFC 2606, RFC 6761): a manifest that
 * names one cannot be loaded by any Outlook.
 */
const RESERVED_TLDS = ["example", "invalid", "test", "localhost"];

/** Hosts that are this machine: another person's Outlook would look for the add-in on their own. */
function isLoopback(host) {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  // The URL parser writes every IPv4 form (127.1, 2130706433, 0x7f.1) as four decimals.
  if (/^127\.\d+\.\d+\.\d+$/.test(host) || host === "0.0.0.0") return true;
  // IPv6: ::1, the unspecified ::, and IPv4-mapped loopback (::ffff:127.x.y.z, written in hex).
  if (host.startsWith("[")) {
    const address = host.slice(1, -1);
    return address === "::1" || address === "::" || /^::ffff:7f[0-9a-f]{2}:/.test(address);
  }
  return false;
}

function isPlaceholder(host) {
  const inDomain = (domain) => host === domain || host.endsWith(`.${domain}`);
  if (PLACEHOLDER_DOMAINS.some(inDomain)) return true;
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return RESERVED_TLDS.includes(tld);
}

/**
 * The address a build writes into the manifest, with a note to print, or why it refuses.
 *
 * - A development build keeps the localhost address (the manifest as written).
 * - A production build without an address keeps it too, and says so: that build serves a local
 *   test, and nothing made up (a placeholder host) ever reaches dist/manifest.xml.
 * - A production build with an address takes it only when it is an https URL of a real host:
 *   not this machine and not a documentation placeholder. Its path gets a trailing slash, since
 *   the manifest's file names are appended to it.
 *
 * @param {{ production: boolean, urlProd?: string | boolean }} options `urlProd` as webpack-cli
 *   passes `--env urlProd=…` (a string, or `true` for a bare `--env urlProd`), or from URL_PROD.
 * @returns {{ ok: true, url: string, note: string | null } | { ok: false, message: string }}
 */
function manifestUrl({ production, urlProd }) {
  if (!production) return { ok: true, url: DEV_URL, note: null };
  if (urlProd === undefined) {
    return {
      ok: true,
      url: DEV_URL,
      note:
        `manifest: no production address given, so dist/manifest.xml points at ${DEV_URL} ` +
        "(build with --env urlProd=https://your.host/path/ to deploy)",
    };
  }
  const example = "--env urlProd=https://addins.regionsjaelland.dk/moedeguide/";
  // An empty `--env urlProd=` (an unset variable in a deployment script) is a mistake to report,
  // not a reason to quietly build for localhost.
  if (typeof urlProd !== "string" || urlProd.trim() === "") {
    return {
      ok: false,
      message: `manifest: urlProd has no value; give the https address dist/ will be served from (${example}), or leave urlProd out to build for ${DEV_URL}`,
    };
  }
  const refuse = (why) => ({
    ok: false,
    message: `manifest: urlProd ${JSON.stringify(urlProd)} ${why}; give the https address dist/ will be served from, e.g. ${example}`,
  });
  let url;
  try {
    url = new URL(urlProd.trim());
  } catch {
    return refuse("is not a URL");
  }
  if (url.protocol !== "https:")
    return refuse("is not https (Outlook loads add-ins over https only)");
  if (url.username || url.password) return refuse("holds a user name or password");
  if (url.search || url.hash)
    return refuse("has a query or fragment (the manifest appends file names to it)");
  // Compare without a final dot: "localhost." is localhost.
  const host = url.hostname.replace(/\.$/, "");
  if (isLoopback(host)) return refuse("is this machine, which other people's Outlook cannot reach");
  if (isPlaceholder(host)) return refuse("is a placeholder domain, not a real host");
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { ok: true, url: href, note: `manifest: dist/manifest.xml points at ${href}` };
}

/**
 * The manifest with every development address replaced by `url` (the manifest as written when
 * `url` is the development address).
 *
 * @param {string} manifest
 * @param {string} url
 * @returns {string}
 */
function rewriteManifest(manifest, url) {
  return url === DEV_URL ? manifest : manifest.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, manifestUrl, rewriteManifest };
