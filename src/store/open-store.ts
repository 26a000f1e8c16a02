import { createMemoryStore } from './memory-store';
import type { RecordStore } from './record-store';
import { createRedisStore } from './redis-store';
import { shareReads } from './shared-reads';
import { createSqliteStore } from './sqlite-store';

/** Opens the store that STORE_URL names: sqlite://<file> (default), redis:// or rediss:// (scale-out), or memory://. */
export async function openStore(url: string): Promise<RecordStore> {
  if (url.startsWith('sqlite://')) return shareReads(await createSqliteStore(url.slice('sqlite://'.length)));
  if (url === 'memory://') return shareReads(createMemoryStore());
  if (url.startsWith('redis://') || url.startsWith('rediss://')) return shareReads(await createRedisStore(url));
  throw new Error(`STORE_URL stöds inte: ${url.replace(/\/\/[^@]*@/, '//***@')} (sqlite://fil, redis://värd:port eller memory://)`);
}
