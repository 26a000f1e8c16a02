import { FollowUpRecord } from '../domain';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';
import { keys } from './records';
import { updateRecord, type UpdateDecision } from './update-record';

/** Follow-ups from decisions, keyed by diarienummer first; offered once, changed only with compare-and-set. */
export function createFollowUpRepository(store: RecordStore) {
  return {
    /** Stores a follow-up as offered unless it is stored already (offered or created). True when it was new. */
    async offer(record: FollowUpRecord): Promise<boolean> {
      return (await store.compareAndSet(keys.followUp(record.id), null, FollowUpRecord.parse(record))) !== null;
    },
    async get(id: string): Promise<FollowUpRecord | undefined> {
      const r = await store.get(keys.followUp(id));
      return r ? parseRecord(FollowUpRecord, r.value) : undefined;
    },
    /** Every follow-up, by the date of the sammanträde the report is due at. */
    async list(): Promise<FollowUpRecord[]> {
      const rows = (await store.list(keys.followUps)).map((r) => parseRecord(FollowUpRecord, r.record.value));
      return rows.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id.localeCompare(b.id));
    },
    async update<R>(id: string, decide: (cur: FollowUpRecord | undefined) => UpdateDecision<FollowUpRecord, R>) {
      return updateRecord(store, keys.followUp(id), FollowUpRecord, decide);
    },
  };
}

/** The follow-up repository's interface. */
export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
