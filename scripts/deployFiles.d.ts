/** Types of scripts/deployFiles.js (plain CommonJS, since webpack.config.js requires it). */
import type { Policy } from "../src/policy/types";

/** The served policy's file name, beside the add-in's pages. */
export declare const POLICY_FILE: "policy.json";
/** The well-known file of the add-in's origin, for classic Outlook's event runtime. */
export declare const WELL_KNOWN_FILE: ".well-known/microsoft-officeaddins-allowed.json";
/** The event handlers' script under the fixed name the manifest gives classic Outlook. */
export declare const JS_RUNTIME_FILE: "launchevent.js";

/** A build refused for what it was given; printed as its message alone. */
export declare class BuildRefusal extends Error {}
/** IT's policy file is missing, unreadable, not JSON or not a valid policy. */
export declare class PolicyFileError extends BuildRefusal {
  readonly code: "policy-file";
}
/** package.json's version cannot be written as a manifest's Version. */
export declare class ManifestVersionError extends BuildRefusal {
  readonly code: "manifest-version";
}
/** A `--env dist=` without a directory. */
export declare class OutputDirError extends BuildRefusal {
  readonly code: "output-dir";
}

export interface PolicyTools {
  validatePolicy(value: unknown): { ok: true; policy: Policy } | { ok: false; issues: unknown[] };
  DEFAULT_POLICY: Policy;
  policyJsonSchema(): Record<string, unknown>;
  POLICY_SCHEMA_FILE: string;
  parseJsonInput(
    bytes: Uint8Array,
    file: string,
  ): { ok: true; value: unknown } | { ok: false; messages: string[] };
  sources: string[];
}

/** The policy modules of src/, as the build loads them. */
export declare function policyTools(options?: { fresh?: boolean }): PolicyTools;

/** JSON as the build writes it: two-space indents and a final newline. */
export declare function jsonText(value: unknown): string;

export type PolicyFileRead =
  { ok: true; text: string; policy: Policy; file: string } | { ok: false; lines: string[] };

/** IT's policy file, read and validated, or the lines that say why not. */
export declare function readPolicyFile(
  file: string | boolean | undefined,
  tools?: PolicyTools,
): PolicyFileRead;

/** The same, throwing a PolicyFileError. */
export declare function loadPolicyFile(
  file: string | boolean | undefined,
  tools?: PolicyTools,
): Extract<PolicyFileRead, { ok: true }>;

/** The well-known file's content for an add-in served at `url`. */
export declare function wellKnownAllowed(url: string): string;

/** The manifest's Version for package.json's version, or why it cannot be one. */
export declare function manifestVersion(
  version: unknown,
): { ok: true; version: string } | { ok: false; message: string };

/** The manifest with its one <Version> set. */
export declare function setManifestVersion(manifest: string, version: string): string;

/** Emits policy.json, policy.schema.json and the well-known file into the web build. */
export declare class DeployFilesPlugin {
  constructor(options: { policyFile?: string; url: string });
  readonly policyFile: string | undefined;
  readonly url: string;
  apply(compiler: unknown): void;
}

/** Writes the event bundle again under the fixed name launchevent.js. */
export declare class LaunchEventScriptPlugin {
  constructor(entry?: string);
  readonly entry: string;
  readonly fileName: "launchevent.js";
  apply(compiler: unknown): void;
}
