/**
 * `moedeguide policy init FILE`: IT's starting point. Writes the policy it is given (the entry
 * point passes the embedded default) with a `$schema` reference first, and the policy's JSON
 * Schema beside it, so that an editor such as VS Code completes and checks the file while IT
 * edits it. An existing FILE is never overwritten without --force.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { adminMessage } from "../i18n/cli";
import { POLICY_SCHEMA_FILE, policyJsonSchema } from "../policy/jsonSchema";
import type { Policy } from "../policy/types";
import { failure, success } from "./result";
import type { Outcome } from "./result";
import { inlineText } from "./terminal";

/** What `$schema` says: the schema file beside the policy, relative, so the pair can be moved. */
export const SCHEMA_REFERENCE = `./${POLICY_SCHEMA_FILE}`;

/** The policy as the file holds it: `$schema` first, then the policy's own fields. */
export function policyFileText(policy: Policy): string {
  // `$schema` first, then the policy's fields; a `$schema` the policy had is replaced.
  const file: Record<string, unknown> = { $schema: SCHEMA_REFERENCE };
  for (const [key, value] of Object.entries(policy)) if (key !== "$schema") file[key] = value;
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function schemaFileText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

function writeProblem(file: string, error: unknown): string {
  const name = inlineText(file);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EEXIST") return adminMessage("initExists", { file: name });
  if (code === "ENOENT" || code === "ENOTDIR") return adminMessage("initNoFolder", { file: name });
  if (code === "EISDIR") return adminMessage("isDirectory", { file: name });
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return adminMessage("initNotWritable", { file: name, reason });
}

/** The schema file's text now, or null when there is none. */
function existingText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/**
 * Writes FILE and policy.schema.json beside it. Without `force` an existing FILE is refused, and
 * so is an existing schema file that differs from this version's (one that is the same is left
 * as it is: a second policy in the same folder shares it).
 */
export function initPolicy(file: string, force: boolean, policy: Policy): Outcome<string> {
  const schemaFile = path.join(path.dirname(file), POLICY_SCHEMA_FILE);
  if (path.resolve(schemaFile) === path.resolve(file)) {
    return failure(adminMessage("initSameFile", { file: inlineText(file) }));
  }
  const schema = schemaFileText();
  const existing = existingText(schemaFile);
  if (!force && existing !== null && existing !== schema) {
    return failure(adminMessage("initSchemaDiffers", { file: inlineText(schemaFile) }));
  }
  try {
    // "wx" fails if the file exists: no window between a check and the write.
    writeFileSync(file, policyFileText(policy), { flag: force ? "w" : "wx" });
  } catch (error) {
    return failure(writeProblem(file, error));
  }
  if (existing !== schema) {
    try {
      writeFileSync(schemaFile, schema);
    } catch (error) {
      return failure(writeProblem(schemaFile, error));
    }
  }
  return success(
    `${adminMessage("initWritten", {
      file: inlineText(file),
      name: inlineText(policy.name),
      revision: inlineText(policy.revision),
      schema: inlineText(schemaFile),
    })}\n`,
  );
}
