/** The command line's expected outcomes: a value, or the messages that say why there is none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; messages: string[] };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(...messages: string[]): Outcome<T> => ({ ok: false, messages });

/** A bug of ours or of the advisor, not of the input: the command line exits 1. */
export class InternalError extends Error {
  readonly code = "internal" as const;
}
