import { createMemoryStore } from './memory-store';
import type { RecordStore } from './record-store';
import { createSqliteStore } from './sqlite-store';

/** Opens the store that STORE_URL names: sqlite://<file> (default) or memory://. */
export async function openStore(url: string): Promise<RecordStore> {
  if (url.startsWith('sqlite://')) return createSqliteStore(url.slice('sqlite://'.length));
  if (url === 'memory://') return createMemoryStore();
  throw new Error(`STORE_URL stöds inte: ${url.replace(/\/\/[^@]*@/, '//***@')} (sqlite://fil eller memory://)`);
}
