import type { WorkingDayCalendar } from '../calendar';
import type { Logger } from '../log';
import type { Job, JobKind } from './job';
import type { JobRepository } from './job-repository';
import { decide, type DeliveryHours, type JobContext } from './policy';

/**
 * One delivery of a claimed job. `once` sends one step (a recipient, a card batch) unless an earlier,
 * crashed delivery already did, and records it on the job before the next step.
 *
 * The guarantee is at-least-once per step, with a window of one: a step whose send reached Teams but whose
 * record was not yet written when the process died is sent again by the instance that takes the job over.
 */
export interface JobRun {
  once(step: string, send: () => Promise<unknown>): Promise<boolean>;
}

/** Delivers one job (sends its messages, each step through `run.once`); throws to have it tried again. */
export type Deliverer = (job: Job, run: JobRun) => Promise<string>;

/** Thrown when another instance took a job over (this one stalled past its lease): stop without sending more. */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/** What the runner needs. */
export interface SchedulerDeps {
  jobs: JobRepository;
  deliverers: Record<JobKind, Deliverer>;
  context: (job: Job) => Promise<JobContext>;
  calendar: WorkingDayCalendar;
  hours: DeliveryHours;
  /** This instance's name in claims. */
  owner: string;
  now: () => Date;
  log: Logger;
  /** How long a claim holds unless renewed; a crashed instance's job is taken over this long after its last renewal. */
  leaseMs?: number;
}

const isOpen = (j: Job): boolean => j.status === 'pending' || j.status === 'claimed';

/** Publications of one meeting run one at a time, oldest first: two at once would both post the cards neither has posted yet. */
const isEarlierPublication = (other: Job, job: Job): boolean =>
  other.kind === 'meeting.publish' && other.meetingId === job.meetingId && other.id !== job.id && (other.dueAt < job.dueAt || (other.dueAt === job.dueAt && other.id < job.id));

/** The scheduler: `tick` delivers what is due once; `start` ticks on an interval; `wake` ticks now. */
export function createScheduler(deps: SchedulerDeps) {
  const leaseMs = deps.leaseMs ?? 60_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function waitsForEarlier(job: Job, open: Job[]): Promise<boolean> {
    if (job.kind !== 'meeting.publish') return false;
    for (const other of open.filter((o) => isEarlierPublication(o, job))) {
      const fresh = await deps.jobs.get(other.id);
      if (fresh && isOpen(fresh)) return true;
    }
    return false;
  }

  async function deliver(job: Job): Promise<void> {
    const now = deps.now();
    const claimed = await deps.jobs.claim(job.id, deps.owner, now, new Date(now.getTime() + leaseMs));
    if (!claimed) return;
    let lost = false;
    // Renew the claim while delivering, so a long fan-out is not taken over; a crash stops the renewals.
    const heartbeat = setInterval(() => {
      deps.jobs.renew(job.id, deps.owner, new Date(deps.now().getTime() + leaseMs)).then(
        (held) => (lost ||= !held),
        (err) => deps.log.warn('could not renew a job claim', { job: job.id, err }),
      );
    }, Math.max(50, leaseMs / 3));
    heartbeat.unref();
    const done = new Set(claimed.done);
    const run: JobRun = {
      async once(step, send) {
        if (done.has(step)) return false;
        if (lost) throw new LeaseLostError(job.id);
        await send();
        // The at-least-once window: the send is out, its record not yet written.
        if (!(await deps.jobs.markDone(job.id, deps.owner, step))) throw new LeaseLostError(job.id);
        done.add(step);
        return true;
      },
    };
    try {
      const outcome = await deps.deliverers[job.kind](claimed, run);
      await deps.jobs.finish(job.id, deps.owner, 'done', outcome);
      deps.log.info('job delivered', { job: job.id, outcome, resumed: claimed.done.length > 0 });
    } catch (err) {
      if (err instanceof LeaseLostError) {
        deps.log.warn('another instance took the job over; stopping', { job: job.id });
        return;
      }
      deps.log.error('job failed; it will be tried again', { job: job.id, err });
      await deps.jobs.release(job.id, deps.owner, new Date(deps.now().getTime() + 60_000));
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function handle(job: Job, open: Job[]): Promise<void> {
    const now = deps.now();
    const decision = decide(job, now, await deps.context(job), deps.calendar, deps.hours);
    if (decision.action === 'wait') return;
    if (decision.action === 'defer') return deps.jobs.defer(job.id, decision.until);
    if (decision.action === 'drop') {
      await deps.jobs.finish(job.id, null, 'dropped', decision.reason);
      deps.log.info('job dropped', { job: job.id, reason: decision.reason });
      return;
    }
    if (await waitsForEarlier(job, open)) return;
    await deliver(job);
  }

  const tick = async (): Promise<void> => {
    const now = deps.now().getTime();
    const open = (await deps.jobs.list()).filter(isOpen);
    const due = open.filter((j) => Date.parse(j.dueAt) <= now).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
    for (const job of due) await handle(job, open);
  };

  const tickUntilQuiet = async (): Promise<void> => {
    do {
      again = false;
      await tick();
    } while (again && !stopped);
  };

  return {
    /** Delivers every job due now (each at most once across all instances, each step at least once). */
    tick: (): Promise<void> => (running ??= tickUntilQuiet().finally(() => (running = null))),
    /** Ticks now rather than at the next interval (a publication was just planned); after the tick under way if there is one. */
    wake(): void {
      if (running) again = true;
      void this.tick().catch((err) => deps.log.error('scheduler tick failed', { err }));
    },
    start(intervalMs: number): void {
      if (timer) return;
      this.wake();
      timer = setInterval(() => this.wake(), intervalMs);
      timer.unref();
    },
    /** Resolves when the tick under way (if any) has finished. */
    idle: async (): Promise<void> => {
      while (running) await running;
    },
    /** Stops ticking and waits for a tick under way. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

/** The scheduler's interface. */
export type Scheduler = ReturnType<typeof createScheduler>;
