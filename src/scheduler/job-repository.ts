import type { RecordStore } from '../store/record-store';
import { parseRecord } from '../store/decode';
import { updateRecord } from '../store/update-record';
import { Job, type PlannedJob } from './job';

const key = (id: string): string => `job:${id}`;

/** Stored jobs, each changed only with compare-and-set so two instances never both take one. */
export function createJobRepository(store: RecordStore) {
  return {
    /** Stores a planned job unless one with its id exists (planning is idempotent). True when it was new. */
    async schedule(planned: PlannedJob): Promise<boolean> {
      const job: Job = { ...planned, status: 'pending', claimedBy: null, leaseUntil: null, attempts: 0, outcome: null, done: [] };
      return (await store.compareAndSet(key(planned.id), null, job)) !== null;
    },

    async list(): Promise<Job[]> {
      return (await store.list('job:')).map((r) => parseRecord(Job, r.record.value));
    },

    async get(id: string): Promise<Job | undefined> {
      const r = await store.get(key(id));
      return r ? parseRecord(Job, r.value) : undefined;
    },

    /**
     * Takes a job for this instance until `leaseUntil`: a pending one, or one whose claimer's lease lapsed (it
     * crashed). Returns the job as claimed (with the steps already done), or null when another instance got
     * it first or it is no longer open.
     */
    async claim(id: string, owner: string, now: Date, leaseUntil: Date): Promise<Job | null> {
      const { result } = await updateRecord(store, key(id), Job, (cur) => {
        const open = cur && (cur.status === 'pending' || (cur.status === 'claimed' && cur.leaseUntil !== null && Date.parse(cur.leaseUntil) <= now.getTime()));
        if (!cur || !open) return { keep: true, result: null };
        const claimed: Job = { ...cur, status: 'claimed', claimedBy: owner, leaseUntil: leaseUntil.toISOString(), attempts: cur.attempts + 1 };
        return { write: claimed, result: claimed };
      });
      return result;
    },

    /** Extends this instance's claim to `leaseUntil` while it is still delivering; false when the claim was lost. */
    async renew(id: string, owner: string, leaseUntil: Date): Promise<boolean> {
      const { result } = await updateRecord(store, key(id), Job, (cur) =>
        !cur || cur.status !== 'claimed' || cur.claimedBy !== owner ? { keep: true, result: false } : { write: { ...cur, leaseUntil: leaseUntil.toISOString() }, result: true },
      );
      return result;
    },

    /** Records one delivered step of a claimed job; false when this instance no longer holds the claim. */
    async markDone(id: string, owner: string, step: string): Promise<boolean> {
      const { result } = await updateRecord(store, key(id), Job, (cur) => {
        if (!cur || cur.status !== 'claimed' || cur.claimedBy !== owner) return { keep: true, result: false };
        return cur.done.includes(step) ? { keep: true, result: true } : { write: { ...cur, done: [...cur.done, step] }, result: true };
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
