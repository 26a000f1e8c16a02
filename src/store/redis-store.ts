import KeyvRedis from '@keyv/redis';
import type { RecordStore, Versioned } from './record-store';

/**
 * Compare-and-set as one Lua script: Redis runs it atomically, so two bot instances on the same
 * Redis (Azure Cache for Redis in production) never both write version n+1.
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
return 1`;

interface RedisLike {
  get(key: string): Promise<string | null>;
  del(key: string): Promise<number>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  scanIterator(options: { MATCH: string; COUNT: number }): AsyncIterable<string | string[]>;
  mGet(keys: string[]): Promise<Array<string | null>>;
}

/** RecordStore on Redis through keyv's Redis adapter (its connection handling), keys under "namndbot:". */
export async function createRedisStore(url: string): Promise<RecordStore> {
  const adapter = new KeyvRedis(url, { throwOnConnectError: true, connectionTimeout: 10_000 });
  const client = (await adapter.getClient()) as unknown as RedisLike;
  const prefix = 'namndbot:';
  const escapeGlob = (s: string): string => s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
  return {
    async get(key) {
      const raw = await client.get(prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as Versioned);
    },
    async compareAndSet(key, expected, value) {
      const version = (expected ?? 0) + 1;
      const done = await client.eval(CAS, { keys: [prefix + key], arguments: [expected === null ? '' : String(expected), JSON.stringify({ version, value })] });
      return Number(done) === 1 ? version : null;
    },
    async list(keyPrefix) {
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `${escapeGlob(prefix + keyPrefix)}*`, COUNT: 1000 })) keys.push(...(Array.isArray(batch) ? batch : [batch]));
      keys.sort();
      const out: Array<{ key: string; record: Versioned }> = [];
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const values = await client.mGet(chunk);
        chunk.forEach((k, j) => {
          const raw = values[j];
          if (raw) out.push({ key: k.slice(prefix.length), record: JSON.parse(raw) as Versioned });
        });
      }
      return out;
    },
    async delete(key) {
      await client.del(prefix + key);
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
