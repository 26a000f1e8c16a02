import { JusteringPlan } from '../domain';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';
import { updateRecord, type UpdateDecision } from './update-record';

const key = (meetingId: string): string => `justering:${meetingId}`;

/** Each meeting's justering, changed only with compare-and-set (several justerare answer at once). */
export function createJusteringRepository(store: RecordStore) {
  return {
    async get(meetingId: string): Promise<JusteringPlan | undefined> {
      const r = await store.get(key(meetingId));
      return r ? parseRecord(JusteringPlan, r.value) : undefined;
    },
    async update<R>(meetingId: string, decide: (cur: JusteringPlan | undefined) => UpdateDecision<JusteringPlan, R>) {
      return updateRecord(store, key(meetingId), JusteringPlan, decide);
    },
  };
}

/** The justering repository's interface. */
export type JusteringRepository = ReturnType<typeof createJusteringRepository>;
