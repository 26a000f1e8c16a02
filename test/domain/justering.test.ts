import { confirmJustering, confirmPlan, declineJustering, markJusterat, proposeJustering } from '../../src/domain';

const input = {
  date: '2023-10-05',
  time: '16:00',
  place: 'Kommunledningskontoret',
  justerare: [
    { name: 'Lena Staaf', party: 'V', personId: 'aad-lena', role: 'ordinarie' as const },
    { name: 'Anne-Lise Ljung', party: 'SD', personId: 'aad-al', role: 'ersättare' as const },
    { name: 'Bo Berg', party: 'M', personId: 'aad-bo', role: 'ersättare' as const },
  ],
};

describe('justering', () => {
  it('asks nobody while it is only the kallelse\'s proposal', () => {
    expect(proposeJustering(input).justerare.map((j) => j.status)).toEqual(['waiting', 'waiting', 'waiting']);
  });

  it('asks the ordinarie justerare when the sekreterare confirms, and the first ersättare when one declines', () => {
    const plan = confirmPlan(input, '2023-10-03T15:00:00Z');
    expect(plan.justerare.map((j) => j.status)).toEqual(['asked', 'waiting', 'waiting']);
    const declined = declineJustering(plan, 'aad-lena');
    expect(declined.ok && declined.value.next?.name).toBe('Anne-Lise Ljung');
    expect(declined.ok && declined.value.plan.justerare.map((j) => j.status)).toEqual(['declined', 'asked', 'waiting']);
  });

  it('refuses an answer from someone not asked, and a second answer', () => {
    const plan = confirmPlan(input, '2023-10-03T15:00:00Z');
    expect(confirmJustering(plan, 'aad-al')).toEqual({ ok: false, code: 'JUSTERING.NOT_ASKED' });
    const confirmed = confirmJustering(plan, 'aad-lena');
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(confirmJustering(confirmed.value, 'aad-lena')).toEqual({ ok: false, code: 'JUSTERING.ALREADY_ANSWERED' });
  });

  it('marks the minutes justerade once, not with an anslag before the meeting', () => {
    const plan = confirmPlan(input, '2023-10-03T15:00:00Z');
    expect(markJusterat(plan, '2023-10-03', '2023-10-02', 'x')).toEqual({ ok: false, code: 'JUSTERING.BEFORE_MEETING' });
    const done = markJusterat(plan, '2023-10-03', '2023-10-06', 'x');
    if (!done.ok) throw new Error(done.code);
    expect(done.value.justerat?.anslag).toBe('2023-10-06');
    expect(markJusterat(done.value, '2023-10-03', '2023-10-07', 'x')).toEqual({ ok: false, code: 'JUSTERING.ALREADY_JUSTERAT' });
  });
});
