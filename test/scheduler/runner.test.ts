import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkingDayCalendar } from '../../src/calendar';
import { createLogger } from '../../src/log';
import type { Job, JobKind } from '../../src/scheduler/job';
import { createJobRepository } from '../../src/scheduler/job-repository';
import { createScheduler, type Deliverer } from '../../src/scheduler/runner';
import type { RecordStore } from '../../src/store/record-store';
import { createSqliteStore } from '../../src/store/sqlite-store';

const cal = createWorkingDayCalendar();
const hours = { hour: '09:00', lastHour: '17:00' };
const ctx = async () => ({ meetingDate: '2022-12-08', delegationDeadline: '2022-12-06', justeringDate: null });

/** A scheduler instance on a store, counting what it delivers into `delivered`. */
function instance(store: RecordStore, owner: string, delivered: string[], clock: { now: Date }, slowMs = 0) {
  const deliver = async (job: Job) => {
    await new Promise((r) => setTimeout(r, slowMs));
    delivered.push(`${job.id}@${owner}`);
    return 'ok';
  };
  const deliverers = { 'delegation.reminder': deliver, 'approval.digest': deliver, 'justering.reminder': deliver, 'followup.reminder': deliver, 'meeting.publish': deliver } as Record<JobKind, typeof deliver>;
  return createScheduler({ jobs: createJobRepository(store), deliverers, context: ctx, calendar: cal, hours, owner, now: () => clock.now, log: createLogger('silent') });
}

const planned = (day: string) => ({ id: `delegation.reminder:sn:${day}`, kind: 'delegation.reminder' as const, meetingId: 'sn', dueAt: `${day}T08:00:00.000Z`, payload: {} });

describe('the scheduler on a SQLite file', () => {
  let file: string;
  const stores: RecordStore[] = [];
  const open = async () => {
    const s = await createSqliteStore(file);
    stores.push(s);
    return s;
  };
  beforeEach(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-sched-')), 'bot.sqlite');
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  it('delivers a reminder that fell due while the bot was down once, after the restart', async () => {
    const clock = { now: new Date('2022-12-01T10:00:00Z') };
    const delivered: string[] = [];
    const first = await open();
    await createJobRepository(first).schedule(planned('2022-12-05'));
    await instance(first, 'a', delivered, clock).tick();
    expect(delivered).toEqual([]);
    await first.close();
    stores.splice(0);

    clock.now = new Date('2022-12-05T12:00:00Z');
    const second = await open();
    const restarted = instance(second, 'b', delivered, clock);
    await restarted.tick();
    await restarted.tick();
    expect(delivered).toEqual(['delegation.reminder:sn:2022-12-05@b']);
    expect((await createJobRepository(second).get('delegation.reminder:sn:2022-12-05'))?.status).toBe('done');
  });

  it('delivers each due reminder exactly once with two instances ticking together', async () => {
    const clock = { now: new Date('2022-12-06T09:00:00Z') };
    const delivered: string[] = [];
    const a = await open();
    const b = await open();
    const jobs = createJobRepository(a);
    for (const day of ['2022-12-01', '2022-12-02', '2022-12-05', '2022-12-06']) await jobs.schedule(planned(day));
    const one = instance(a, 'a', delivered, clock, 5);
    const two = instance(b, 'b', delivered, clock, 5);
    await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
    await Promise.all([one.tick(), two.tick()]);
    expect(delivered.map((d) => d.split('@')[0]).sort()).toEqual(['delegation.reminder:sn:2022-12-01', 'delegation.reminder:sn:2022-12-02', 'delegation.reminder:sn:2022-12-05', 'delegation.reminder:sn:2022-12-06']);
  });

  it('plans the same reminder once however often it is planned', async () => {
    const jobs = createJobRepository(await open());
    expect(await jobs.schedule(planned('2022-12-05'))).toBe(true);
    expect(await jobs.schedule(planned('2022-12-05'))).toBe(false);
    expect(await jobs.list()).toHaveLength(1);
  });

  it('tries a failed delivery again later and then delivers it once', async () => {
    const clock = { now: new Date('2022-12-05T09:00:00Z') };
    const store = await open();
    const jobs = createJobRepository(store);
    await jobs.schedule(planned('2022-12-05'));
    let calls = 0;
    const flaky = async () => {
      if (++calls === 1) throw new Error('Teams svarar inte');
      return 'ok';
    };
    const s = createScheduler({ jobs, deliverers: { 'delegation.reminder': flaky, 'approval.digest': flaky, 'justering.reminder': flaky, 'followup.reminder': flaky, 'meeting.publish': flaky }, context: ctx, calendar: cal, hours, owner: 'a', now: () => clock.now, log: createLogger('silent') });
    await s.tick();
    expect((await jobs.get('delegation.reminder:sn:2022-12-05'))?.status).toBe('pending');
    clock.now = new Date('2022-12-05T09:02:00Z');
    await s.tick();
    await s.tick();
    expect(calls).toBe(2);
    expect((await jobs.get('delegation.reminder:sn:2022-12-05'))?.status).toBe('done');
  });

  it('sends a crashed delivery\'s missing steps only, when another instance takes it over after the lease', async () => {
    const clock = { now: new Date('2022-12-05T09:00:00Z') };
    const store = await open();
    const jobs = createJobRepository(store);
    await jobs.schedule(planned('2022-12-05'));
    const sent: string[] = [];
    const recipients = ['committee', 'lena', 'marjo', 'per', 'anna'];
    // Instance a dies while sending to marjo: the send went out, its record was never written.
    const dies: Deliverer = async (_job, run) => {
      for (const r of recipients) {
        await run.once(r, async () => {
          sent.push(r);
          if (r === 'marjo') await new Promise(() => undefined);
        });
      }
      return 'ok';
    };
    const resumes: Deliverer = async (_job, run) => {
      for (const r of recipients) await run.once(r, async () => void sent.push(r));
      return 'ok';
    };
    const make = (owner: string, d: Deliverer) =>
      createScheduler({ jobs, deliverers: { 'delegation.reminder': d, 'approval.digest': d, 'justering.reminder': d, 'followup.reminder': d, 'meeting.publish': d }, context: ctx, calendar: cal, hours, owner, now: () => clock.now, log: createLogger('silent'), leaseMs: 60_000 });
    void make('a', dies).tick();
    await new Promise((r) => setTimeout(r, 50));
    const b = make('b', resumes);
    await b.tick();
    expect(sent).toEqual(['committee', 'lena', 'marjo']);
    clock.now = new Date('2022-12-05T09:01:01Z');
    await b.tick();
    // The one in-doubt send (marjo) goes out again; nothing recorded as done is repeated.
    expect(sent).toEqual(['committee', 'lena', 'marjo', 'marjo', 'per', 'anna']);
    expect(await jobs.get('delegation.reminder:sn:2022-12-05')).toMatchObject({ status: 'done', claimedBy: 'b', attempts: 2, done: recipients });
  });

  it('renews the claim while a long delivery runs, so no other instance takes it over', async () => {
    const store = await open();
    const jobs = createJobRepository(store);
    await jobs.schedule({ ...planned('2022-12-05'), dueAt: new Date(Date.now() - 1000).toISOString(), kind: 'meeting.publish' });
    const delivered: string[] = [];
    const slow = (owner: string): Deliverer => async () => {
      await new Promise((r) => setTimeout(r, 600));
      delivered.push(owner);
      return 'ok';
    };
    const make = (owner: string) =>
      createScheduler({ jobs, deliverers: { 'delegation.reminder': slow(owner), 'approval.digest': slow(owner), 'justering.reminder': slow(owner), 'followup.reminder': slow(owner), 'meeting.publish': slow(owner) }, context: ctx, calendar: cal, hours, owner, now: () => new Date(), log: createLogger('silent'), leaseMs: 150 });
    const a = make('a').tick();
    await new Promise((r) => setTimeout(r, 350));
    await make('b').tick();
    await a;
    expect(delivered).toEqual(['a']);
    expect((await jobs.list())[0]).toMatchObject({ status: 'done', claimedBy: 'a', attempts: 1 });
  });
});
