/**
 * Compares a zod schema with a contract JSON Schema (copied into test/fixtures/cli/contract): the
 * same properties, the same required ones, the same enums, types, formats and bounds, additional
 * properties allowed where the contract allows them. Our extensions are listed by the caller and
 * must be optional. Returns the differences, so that a test can show them all.
 */
import { z } from "zod";

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Resolves "#/$defs/x" references and merges allOf, the two ways the contract composes schemas. */
function effective(node: unknown, root: Schema): Schema {
  if (!isSchema(node)) return {};
  let out: Schema = { ...node };
  const ref = out.$ref;
  if (typeof ref === "string") {
    const target = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((at, key) => (isSchema(at) ? at[key] : undefined), root);
    const rest = { ...out };
    delete rest.$ref;
    out = { ...effective(target, root), ...rest };
  }
  const allOf = out.allOf;
  if (Array.isArray(allOf)) {
    out = { ...out };
    delete out.allOf;
    for (const part of allOf) out = merge(out, effective(part, root));
  }
  return out;
}

function merge(a: Schema, b: Schema): Schema {
  const properties: Schema = { ...(isSchema(a.properties) ? a.properties : {}) };
  if (isSchema(b.properties)) {
    for (const [key, value] of Object.entries(b.properties)) {
      const before = properties[key];
      properties[key] = isSchema(before) && isSchema(value) ? { ...before, ...value } : value;
    }
  }
  const required = [
    ...(Array.isArray(a.required) ? a.required : []),
    ...(Array.isArray(b.required) ? b.required : []),
  ];
  return {
    ...a,
    ...b,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required: [...new Set(required)] } : {}),
  };
}

/** Splits "null or X" (contract: oneOf; zod: anyOf) into X and whether null is allowed. */
function nullable(node: Schema): { inner: Schema; nullable: boolean } {
  const options = (node.oneOf ?? node.anyOf) as unknown;
  if (Array.isArray(options) && options.length === 2) {
    const isNull = (o: unknown) => isSchema(o) && o.type === "null";
    const other = options.find((o) => !isNull(o));
    if (options.some(isNull) && isSchema(other)) return { inner: other, nullable: true };
  }
  return { inner: node, nullable: false };
}

const sorted = (values: unknown): string[] =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).sort() : [];

/**
 * The differences between a zod schema and a contract schema. `extensions` maps a path ("" for the
 * root, "attendees[]" for array items) to the property names we add there.
 */
export function compareWithContract(
  schema: z.ZodType,
  contract: Schema,
  extensions: Record<string, string[]>,
): string[] {
  const ours = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Schema;
  const problems: string[] = [];

  const walk = (theirsRaw: unknown, oursRaw: unknown, path: string) => {
    const theirsFull = effective(theirsRaw, contract);
    const oursFull = effective(oursRaw, ours);
    const theirs = nullable(theirsFull);
    const mine = nullable(oursFull);
    const at = path || "(root)";
    if (theirs.nullable !== mine.nullable) problems.push(`${at}: null allowed differs`);
    const t = theirs.inner;
    const o = mine.inner;
    if (t.enum !== undefined || o.enum !== undefined) {
      if (JSON.stringify(sorted(t.enum)) !== JSON.stringify(sorted(o.enum))) {
        problems.push(`${at}: enum ${JSON.stringify(t.enum)} vs ${JSON.stringify(o.enum)}`);
      }
    }
    if (t.type !== undefined && t.type !== o.type) {
      problems.push(`${at}: type ${String(t.type)} vs ${String(o.type)}`);
    }
    for (const key of ["format", "minimum", "maximum"] as const) {
      if (t[key] !== undefined && t[key] !== o[key]) {
        problems.push(`${at}: ${key} ${String(t[key])} vs ${String(o[key])}`);
      }
    }
    if (t.type === "object" || t.properties !== undefined) {
      if (o.additionalProperties === false && t.additionalProperties !== false) {
        problems.push(`${at}: the contract allows additional properties, ours does not`);
      }
      const theirProps = isSchema(t.properties) ? t.properties : {};
      const ourProps = isSchema(o.properties) ? o.properties : {};
      const allowedExtra = extensions[path] ?? [];
      for (const key of Object.keys(theirProps)) {
        if (!(key in ourProps)) problems.push(`${at}: missing property ${key}`);
      }
      for (const key of Object.keys(ourProps)) {
        if (!(key in theirProps) && !allowedExtra.includes(key)) {
          problems.push(`${at}: property ${key} is not in the contract`);
        }
      }
      const names = (list: unknown) => (Array.isArray(list) ? list.map(String).sort() : []);
      const theirRequired = names(t.required);
      const ourRequired = names(o.required);
      if (JSON.stringify(theirRequired) !== JSON.stringify(ourRequired)) {
        problems.push(`${at}: required ${theirRequired.join()} vs ${ourRequired.join()}`);
      }
      for (const [key, value] of Object.entries(theirProps)) {
        if (key in ourProps) walk(value, ourProps[key], path ? `${path}.${key}` : key);
      }
    }
    if (t.type === "array" && t.items !== undefined) walk(t.items, o.items, `${path}[]`);
  };

  walk(contract, ours, "");
  return problems;
}
