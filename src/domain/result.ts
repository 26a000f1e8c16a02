/** An expected outcome of a business rule: ok with a value, or refused with a code (AREA.REASON) and details. */
export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; code: C; detail?: Record<string, string> };

/** An ok result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A refused result with its code. */
export const refuse = <C extends string>(code: C, detail?: Record<string, string>): { ok: false; code: C; detail?: Record<string, string> } =>
  detail ? { ok: false, code, detail } : { ok: false, code };
