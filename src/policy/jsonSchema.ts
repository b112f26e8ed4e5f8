/**
 * The policy's JSON Schema, generated from the zod schema (the one source of truth), for IT's
 * editor: completion and validation while they write `policy.json`. The schema cannot say
 * everything `validatePolicy` checks (travel legs that name real sites, templates with one
 * {meetingId}); `moedeguide policy validate` remains the full check.
 */
import { z } from "zod";
import { policySchema } from "./schema";

/** The file name the schema ships under, beside policy.json. */
export const POLICY_SCHEMA_FILE = "policy.schema.json";

/** The policy's JSON Schema (draft 2020-12) as a plain JSON value. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { unrepresentable: "any" }),
    title: "Mødeguide policy",
  };
}
