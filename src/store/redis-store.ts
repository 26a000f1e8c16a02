import KeyvRedis from '@keyv/redis';
import { decodeRecord } from './decode';
import type { RecordStore, Versioned } from './record-store';

/**
 * Compare-and-set as one Lua script: Redis runs it atomically, so two bot instances on the same
 * Redis (Azure Cache for Redis in production) never both write version n+1. A new key also joins
 * the key index (KEYS[2], a sorted set of equal scores, so ordered by key) in the same step.
 */
const CAS = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if current then return 0 end
else
  if not current then return 0 end
  if tostring(cjson.decode(current)['version']) ~= ARGV[1] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
if not current then redis.call('ZADD', KEYS[2], 0, KEYS[1]) end
return 1`;

/** Deletes a record and its index entry together. */
const DELETE = `
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], KEYS[1])
return 1`;

interface RedisLike {
  get(key: string): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  scanIterator(options: { MATCH: string; COUNT: number }): AsyncIterable<string | string[]>;
  mGet(keys: string[]): Promise<Array<string | null>>;
  exists(key: string): Promise<number>;
  zAdd(key: string, members: Array<{ score: number; value: string }>): Promise<number>;
  zRange(key: string, min: string, max: string, options: { BY: 'LEX' }): Promise<string[]>;
}

/**
 * RecordStore on Redis through keyv's Redis adapter (its connection handling), keys under "namndbot:".
 * Listing by prefix reads a lexicographic index (ZRANGE BYLEX) instead of scanning the keyspace, so
 * it costs what it returns, not what the whole municipality has stored.
 */
export async function createRedisStore(url: string): Promise<RecordStore> {
  const adapter = new KeyvRedis(url, { throwOnConnectError: true, connectionTimeout: 10_000 });
  const client = (await adapter.getClient()) as unknown as RedisLike;
  const prefix = 'namndbot:';
  const index = 'namndbot-index';
  const escapeGlob = (s: string): string => s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
  // Records written before the index existed join it once (ZADD of a member already there changes nothing).
  if (!(await client.exists(index))) {
    for await (const batch of client.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 1000 })) {
      const found = Array.isArray(batch) ? batch : [batch];
      if (found.length) await client.zAdd(index, found.map((value) => ({ score: 0, value })));
    }
  }
  const indexed = (keyPrefix: string): Promise<string[]> => client.zRange(index, `[${prefix}${keyPrefix}`, `(${prefix}${keyPrefix}\u{10FFFF}`, { BY: 'LEX' });
  return {
    async get(key) {
      const raw = await client.get(prefix + key);
      return raw === null ? undefined : decodeRecord(raw);
    },
    async compareAndSet(key, expected, value) {
      const version = (expected ?? 0) + 1;
      const done = await client.eval(CAS, { keys: [prefix + key, index], arguments: [expected === null ? '' : String(expected), JSON.stringify({ version, value })] });
      return Number(done) === 1 ? version : null;
    },
    async listKeys(keyPrefix) {
      return (await indexed(keyPrefix)).map((k) => k.slice(prefix.length));
    },
    async list(keyPrefix) {
      const keys = await indexed(keyPrefix);
      const out: Array<{ key: string; record: Versioned }> = [];
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const values = await client.mGet(chunk);
        chunk.forEach((k, j) => {
          const raw = values[j];
          if (raw) out.push({ key: k.slice(prefix.length), record: decodeRecord(raw) });
        });
      }
      return out;
    },
    async delete(key) {
      await client.eval(DELETE, { keys: [prefix + key, index], arguments: [] });
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
