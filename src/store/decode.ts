import type { ZodType, ZodTypeDef } from 'zod';
import type { Versioned } from './record-store';

/**
 * Reading a record is JSON.parse and a zod parse, on every turn, for records that rarely change (the roster,
 * the meeting, its ärenden). Both are kept for the stored text they came from: the same text gives the very
 * same frozen objects, a changed record is new text and is parsed afresh. Nothing read from the store may be
 * changed in place (frozen objects throw); repositories build new values to write.
 */
const KEPT = 4000;
const decoded = new Map<string, Versioned>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The record a store holds as JSON text. */
export function decodeRecord(raw: string): Versioned {
  let record = decoded.get(raw);
  if (record === undefined) {
    record = deepFreeze(JSON.parse(raw) as Versioned);
    if (decoded.size >= KEPT) decoded.delete(decoded.keys().next().value as string);
    decoded.set(raw, record);
  }
  return record;
}

const parsed = new WeakMap<object, WeakMap<object, unknown>>();

/** `schema.parse(value)`, once per decoded value. */
export function parseRecord<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  if (!value || typeof value !== 'object' || !Object.isFrozen(value)) return schema.parse(value);
  let bySchema = parsed.get(schema);
  if (!bySchema) parsed.set(schema, (bySchema = new WeakMap()));
  if (bySchema.has(value)) return bySchema.get(value) as T;
  const result = deepFreeze(schema.parse(value));
  bySchema.set(value, result);
  return result;
}
