// Results, not exceptions: every fallible operation that crosses a boundary (IPC, CLI, file load)
// returns one of these so that callers must look at the failure branch.
export type Ok<T> = { ok: true; value: T };
export type Err<E> = { ok: false; error: E };
export type Result<T, E = string> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/** Exhaustive switches end here: adding a union member without handling it fails to compile. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
