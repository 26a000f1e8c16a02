import type { RecordStore } from './record-store';
import { parseRecord } from './decode';
import { RequestRecord, keys } from './records';
import { updateRecord } from './update-record';

/** Requests for delegation and anmälan documents, one per person and ärende. */
export function createRequestRepository(store: RecordStore) {
  return {
    /** Registers the request; a second request by the same person for the same ärende is not doubled. */
    async register(r: RequestRecord): Promise<'registered' | 'already'> {
      const { result } = await updateRecord(store, keys.request(r.meetingId, r.arendeKey, r.personId), RequestRecord, (cur) =>
        cur ? { keep: true, result: 'already' as const } : { write: r, result: 'registered' as const },
      );
      return result;
    },
    async listOpen(meetingId: string): Promise<RequestRecord[]> {
      const rows = await store.list(keys.requests(meetingId));
      return rows.map((x) => parseRecord(RequestRecord, x.record.value)).filter((x) => x.status === 'open');
    },
  };
}

/** The requests repository's interface. */
export type RequestRepository = ReturnType<typeof createRequestRepository>;
