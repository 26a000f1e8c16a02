import { createWorkingDayCalendar } from '../../src/calendar';
import type { Job } from '../../src/scheduler/job';
import { decide, nextDeliveryInstant, planDelegationReminders, planFollowUpReminder, planNextDigest } from '../../src/scheduler/policy';

const cal = createWorkingDayCalendar();
const hours = { hour: '09:00', lastHour: '17:00' };
const at = (iso: string) => new Date(iso);

describe('when a reminder may go out (Europe/Stockholm, arbetsdagar 09–17)', () => {
  it.each([
    ['a Tuesday 10:00 CET', '2024-01-16T09:00:00Z', '2024-01-16T09:00:00.000Z'],
    ['a Tuesday 07:30 CET waits for 09:00', '2024-01-16T06:30:00Z', '2024-01-16T08:00:00.000Z'],
    ['a Friday evening waits for Monday', '2024-01-19T18:00:00Z', '2024-01-22T08:00:00.000Z'],
    ['a Saturday waits for Monday', '2024-01-20T10:00:00Z', '2024-01-22T08:00:00.000Z'],
    ['skärtorsdag evening waits over Easter and the change to summer time', '2024-03-28T17:30:00Z', '2024-04-02T07:00:00.000Z'],
    ['midsommarafton waits for Monday', '2024-06-21T08:00:00Z', '2024-06-24T07:00:00.000Z'],
    ['julafton waits for the 27th', '2024-12-24T09:00:00Z', '2024-12-27T08:00:00.000Z'],
    ['nyårsafton waits for the 2nd', '2024-12-31T09:00:00Z', '2025-01-02T08:00:00.000Z'],
    ['a Friday evening before the change to winter time', '2024-10-25T17:00:00Z', '2024-10-28T08:00:00.000Z'],
    ['3 a.m. on a working day', '2024-10-28T02:00:00Z', '2024-10-28T08:00:00.000Z'],
  ])('%s', (_what, now, expected) => {
    expect(nextDeliveryInstant(at(now), cal, hours).toISOString()).toBe(expected);
  });
});

describe('planning the delegation lookup reminders', () => {
  it('reminds the arbetsdag before the deadline and on its morning', () => {
    const jobs = planDelegationReminders('sn-2022-12-08', '2022-12-06', at('2022-11-20T12:00:00Z'), cal, hours);
    expect(jobs.map((j) => [j.id, j.dueAt])).toEqual([
      ['delegation.reminder:sn-2022-12-08:2022-12-05', '2022-12-05T08:00:00.000Z'],
      ['delegation.reminder:sn-2022-12-08:2022-12-06', '2022-12-06T08:00:00.000Z'],
    ]);
  });

  it('skips a weekend and a holiday (meeting 8 June 2023, deadline Monday 5 June)', () => {
    const jobs = planDelegationReminders('sn-2023-06-08', '2023-06-05', at('2023-05-20T12:00:00Z'), cal, hours);
    expect(jobs.map((j) => j.dueAt)).toEqual(['2023-06-02T07:00:00.000Z', '2023-06-05T07:00:00.000Z']);
  });

  it('plans nothing for a deadline already passed', () => {
    expect(planDelegationReminders('sn', '2022-12-06', at('2022-12-07T08:00:00Z'), cal, hours)).toEqual([]);
  });

  it('plans the daily approval digest for the next arbetsdag, not on or after the meeting day', () => {
    expect(planNextDigest('sn', '2022-12-08', at('2022-12-02T12:00:00Z'), cal, hours)?.dueAt).toBe('2022-12-05T08:00:00.000Z');
    expect(planNextDigest('sn', '2022-12-08', at('2022-12-07T12:00:00Z'), cal, hours)).toBeNull();
  });
});

describe('deciding what to do with a job', () => {
  const job = (over: Partial<Job> = {}): Job => ({ id: 'j', kind: 'delegation.reminder', meetingId: 'sn', dueAt: '2022-12-05T08:00:00.000Z', status: 'pending', claimedBy: null, leaseUntil: null, attempts: 0, outcome: null, payload: {}, done: [], ...over });
  const ctx = { meetingDate: '2022-12-08', delegationDeadline: '2022-12-06', justeringDate: null };

  it.each([
    ['waits until it is due', job(), '2022-12-05T07:59:00Z', { action: 'wait' }],
    ['delivers when due inside the hours', job(), '2022-12-05T08:00:00Z', { action: 'deliver' }],
    ['delivers late on the deadline\'s own day after a restart', job(), '2022-12-06T13:00:00Z', { action: 'deliver' }],
    ['drops a reminder whose deadline has passed', job(), '2022-12-07T08:00:00Z', { action: 'drop', reason: 'sista dagen att begära har passerat' }],
    ['waits while another instance holds it', job({ status: 'claimed', leaseUntil: '2022-12-05T08:05:00.000Z' }), '2022-12-05T08:01:00Z', { action: 'wait' }],
    ['takes over a claim whose lease ran out', job({ status: 'claimed', leaseUntil: '2022-12-05T08:05:00.000Z' }), '2022-12-05T08:06:00Z', { action: 'deliver' }],
    ['drops an approval digest on the meeting day', job({ kind: 'approval.digest' }), '2022-12-08T08:00:00Z', { action: 'drop', reason: 'sammanträdet har hållits' }],
    ['never does a job twice', job({ status: 'done' }), '2022-12-05T09:00:00Z', { action: 'wait' }],
  ])('%s', (_what, j, now, expected) => {
    expect(decide(j, at(now), ctx, cal, hours)).toEqual(expected);
  });

  it('defers a job due in the night to the morning', () => {
    expect(decide(job({ dueAt: '2022-12-04T23:00:00.000Z' }), at('2022-12-05T02:00:00Z'), ctx, cal, hours)).toEqual({ action: 'defer', until: at('2022-12-05T08:00:00Z') });
  });

  it('drops a job whose meeting is gone', () => {
    expect(decide(job(), at('2022-12-05T08:00:00Z'), { meetingDate: null, delegationDeadline: null, justeringDate: null }, cal, hours)).toMatchObject({ action: 'drop' });
  });
});

describe('planning a follow-up reminder', () => {
  it.each([
    ['10 arbetsdagar before 8 June 2023, counting past nationaldagen', '2023-06-08', '2022-12-09T10:00:00Z', '2023-05-24', '2023-05-24T07:00:00.000Z'],
    ['10 arbetsdagar before 26 October 2023', '2023-10-26', '2022-12-09T10:00:00Z', '2023-10-12', '2023-10-12T07:00:00.000Z'],
    ['created late: the next delivery morning instead of a day already past', '2023-06-08', '2023-06-01T15:00:00Z', '2023-06-02', '2023-06-02T07:00:00.000Z'],
  ])('%s', (_what, reportDate, now, day, dueAt) => {
    expect(planFollowUpReminder('SN21/45:x', 'm1', reportDate, at(now), cal, hours)).toEqual({
      id: 'followup.reminder:SN21/45:x', kind: 'followup.reminder', meetingId: 'm1', dueAt, payload: { followUp: 'SN21/45:x', meetingDate: reportDate, day },
    });
  });

  it('plans none when the next delivery day is the sammanträde itself', () => {
    expect(planFollowUpReminder('f', 'm1', '2023-06-08', at('2023-06-07T15:00:00Z'), cal, hours)).toBeNull();
  });

  it('is dropped when it falls due on or after the sammanträde', () => {
    const job: Job = { id: 'followup.reminder:f', kind: 'followup.reminder', meetingId: 'm1', dueAt: '2023-05-24T07:00:00.000Z', status: 'pending', claimedBy: null, leaseUntil: null, attempts: 0, outcome: null, done: [], payload: { followUp: 'f', meetingDate: '2023-06-08', day: '2023-05-24' } };
    const ctx = { meetingDate: '2022-12-08', delegationDeadline: null, justeringDate: null };
    expect(decide(job, at('2023-05-24T07:00:30Z'), ctx, cal, hours)).toEqual({ action: 'deliver' });
    expect(decide(job, at('2023-06-08T07:00:00Z'), ctx, cal, hours)).toEqual({ action: 'drop', reason: 'sammanträdet som rapporten gällde har kommit' });
  });
});
