/** Types of scripts/manifestUrl.js (plain CommonJS, since webpack.config.js requires it). */

/** Where the manifest points while developing, and a production build without an address. */
export declare const DEV_URL: "https://localhost:3000/";

export type ManifestUrl =
  { ok: true; url: string; note: string | null } | { ok: false; message: string };

/** The address a build writes into the manifest, with a note to print, or why it refuses. */
export declare function manifestUrl(options: {
  production: boolean;
  urlProd?: string | boolean;
}): ManifestUrl;

/** The manifest with every development address replaced by `url`. */
export declare function rewriteManifest(manifest: string, url: string): string;
