import type { RecordStore } from '../store/record-store';
import { updateRecord } from '../store/update-record';
import { Job, type PlannedJob } from './job';

const key = (id: string): string => `job:${id}`;

/** Stored jobs, each changed only with compare-and-set so two instances never both take one. */
export function createJobRepository(store: RecordStore) {
  return {
    /** Stores a planned job unless one with its id exists (planning is idempotent). True when it was new. */
    async schedule(planned: PlannedJob): Promise<boolean> {
      const job: Job = { ...planned, status: 'pending', claimedBy: null, leaseUntil: null, attempts: 0, outcome: null };
      return (await store.compareAndSet(key(planned.id), null, job)) !== null;
    },

    async list(): Promise<Job[]> {
      return (await store.list('job:')).map((r) => Job.parse(r.record.value));
    },

    async get(id: string): Promise<Job | undefined> {
      const r = await store.get(key(id));
      return r ? Job.parse(r.value) : undefined;
    },

    /** Takes a job for this instance until `leaseUntil`; false when another instance got it first or it is no longer open. */
    async claim(id: string, owner: string, now: Date, leaseUntil: Date): Promise<boolean> {
      const { result } = await updateRecord(store, key(id), Job, (cur) => {
        const open = cur && (cur.status === 'pending' || (cur.status === 'claimed' && cur.leaseUntil !== null && Date.parse(cur.leaseUntil) <= now.getTime()));
        if (!cur || !open) return { keep: true, result: false };
        return { write: { ...cur, status: 'claimed' as const, claimedBy: owner, leaseUntil: leaseUntil.toISOString(), attempts: cur.attempts + 1 }, result: true };
      });
      return result;
    },

    /** Ends a job: delivered (done) or no longer meaningful (dropped), with why. Only its claimer may end a claimed job. */
    async finish(id: string, owner: string | null, status: 'done' | 'dropped', outcome: string): Promise<void> {
      await updateRecord(store, key(id), Job, (cur) => {
        if (!cur || cur.status === 'done' || cur.status === 'dropped') return { keep: true, result: undefined };
        if (cur.status === 'claimed' && owner !== null && cur.claimedBy !== owner) return { keep: true, result: undefined };
        return { write: { ...cur, status, outcome, leaseUntil: null }, result: undefined };
      });
    },

    /** Moves a pending job's due time (a reminder due at night waits for the morning). */
    async defer(id: string, until: Date): Promise<void> {
      await updateRecord(store, key(id), Job, (cur) =>
        !cur || cur.status !== 'pending' ? { keep: true, result: undefined } : { write: { ...cur, dueAt: until.toISOString() }, result: undefined },
      );
    },

    /** Gives a claimed job back after a failed delivery, to be tried again later. */
    async release(id: string, owner: string, retryAt: Date): Promise<void> {
      await updateRecord(store, key(id), Job, (cur) =>
        !cur || cur.status !== 'claimed' || cur.claimedBy !== owner
          ? { keep: true, result: undefined }
          : { write: { ...cur, status: 'pending' as const, claimedBy: null, leaseUntil: null, dueAt: retryAt.toISOString() }, result: undefined },
      );
    },
  };
}

/** The job repository's interface. */
export type JobRepository = ReturnType<typeof createJobRepository>;
