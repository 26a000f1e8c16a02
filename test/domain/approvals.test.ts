import { approve, approvalTally, assignSlot, createTjansteskrivelse, requestChanges, type Person } from '../../src/domain';

const caroline: Person = { name: 'Caroline Svensson', aadObjectId: 'aad-caroline', roles: ['tjansteperson', 'godkannare'] };
const martin: Person = { name: 'Martin Karlsson', aadObjectId: 'aad-martin', roles: ['godkannare'] };
const lena: Person = { name: 'Lena Staaf', aadObjectId: 'aad-lena', roles: ['ledamot'] };
const at = '2022-11-28T09:15:00.000Z';

describe('approving a tjänsteskrivelse', () => {
  it('stamps the assignee\'s slot approved with date and name', () => {
    const ts = createTjansteskrivelse(1, [caroline]);
    const r = approve(ts, caroline, '2022-11-28', at);
    expect(r.ok && r.value.ts.slots[0]).toEqual({ state: 'approved', assignee: 'aad-caroline', by: { id: 'aad-caroline', name: 'Caroline Svensson' }, date: '2022-11-28', at });
  });

  it.each([
    ['a ledamot', lena, 'APPROVAL.NOT_ALLOWED'],
    ['a stranger', undefined, 'APPROVAL.NOT_ALLOWED'],
    ['another godkännare while the slot is assigned', martin, 'APPROVAL.NOT_YOUR_TURN'],
  ])('refuses approval from %s', (_who, actor, code) => {
    const r = approve(createTjansteskrivelse(1, [caroline]), actor, '2022-11-28', at);
    expect(r).toEqual({ ok: false, code });
  });

  it('refuses a second approval and keeps the first stamp', () => {
    const once = approve(createTjansteskrivelse(1, [caroline]), caroline, '2022-11-28', at);
    if (!once.ok) throw new Error('first approval failed');
    expect(approve(once.value.ts, caroline, '2022-11-29', at)).toEqual({ ok: false, code: 'APPROVAL.ALREADY_GIVEN' });
  });

  it('lets any godkännare fill an unassigned slot', () => {
    const r = approve(createTjansteskrivelse(1, []), martin, '2022-11-28', at);
    expect(r.ok).toBe(true);
  });

  it('fills two slots in turn by their assignees', () => {
    let ts = createTjansteskrivelse(2, [caroline, martin]);
    const first = approve(ts, caroline, '2022-11-28', at);
    if (!first.ok) throw new Error('first');
    ts = first.value.ts;
    expect(approvalTally([ts])).toEqual({ approved: 0, total: 1 });
    expect(approve(ts, caroline, '2022-11-28', at)).toEqual({ ok: false, code: 'APPROVAL.ALREADY_GIVEN' });
    const second = approve(ts, martin, '2022-11-29', at);
    expect(second.ok && approvalTally([second.value.ts])).toEqual({ approved: 1, total: 1 });
  });
});

describe('requesting changes', () => {
  it('records the comment and who asked', () => {
    const r = requestChanges(createTjansteskrivelse(1, [caroline]), caroline, '  Förtydliga bilagan ', at);
    expect(r.ok && r.value.ts.slots[0]).toMatchObject({ state: 'changes_requested', comment: 'Förtydliga bilagan', by: { name: 'Caroline Svensson' } });
  });

  it('refuses an empty comment', () => {
    expect(requestChanges(createTjansteskrivelse(1, [caroline]), caroline, '   ', at)).toEqual({ ok: false, code: 'APPROVAL.EMPTY_COMMENT' });
  });

  it('lets the approver approve after asking for changes', () => {
    const asked = requestChanges(createTjansteskrivelse(1, [caroline]), caroline, 'Rätta datum', at);
    if (!asked.ok) throw new Error('ask');
    expect(approve(asked.value.ts, caroline, '2022-11-30', at).ok).toBe(true);
  });
});

describe('assigning an approver', () => {
  it('moves an open slot to another person', () => {
    const r = assignSlot(createTjansteskrivelse(1, [caroline]), 0, martin);
    expect(r.ok && r.value.slots[0]?.assignee).toBe('aad-martin');
  });

  it('keeps an approved slot as it is', () => {
    const done = approve(createTjansteskrivelse(1, [caroline]), caroline, '2022-11-28', at);
    if (!done.ok) throw new Error('approve');
    expect(assignSlot(done.value.ts, 0, martin)).toEqual({ ok: false, code: 'APPROVAL.ALREADY_GIVEN' });
  });

  it('says so when the ärende has no tjänsteskrivelse', () => {
    expect(approve(null, caroline, '2022-11-28', at)).toEqual({ ok: false, code: 'APPROVAL.NO_TJANSTESKRIVELSE' });
  });
});
