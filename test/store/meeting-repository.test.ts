import { Agenda, approve, type AgendaInput, type Person } from '../../src/domain';
import { createMemoryStore } from '../../src/store/memory-store';
import { createMeetingRepository } from '../../src/store/meeting-repository';

const caroline: Person = { name: 'Caroline Svensson', aadObjectId: 'aad-caroline', roles: ['godkannare'] };
const base: AgendaInput = {
  meeting: { committee: 'Socialnämnden', municipality: 'Nyköpings kommun', date: '2022-12-08' },
  items: [
    { section: 'Informationsärenden', number: '1', title: 'Lägesrapport' },
    { section: 'Beslutsärenden', number: '1', dnr: 'SN21/45', title: 'Uppföljning', handlingar: ['Tjänsteskrivelse'] },
    { section: 'Beslutsärenden', number: '2', dnr: 'SN22/5', title: 'Internkontroll', handlingar: ['Tjänsteskrivelse'] },
    { section: 'Beslutsärenden', number: '3', dnr: 'SN22/4', title: 'Delegationsärenden' },
  ],
};
const opts = { slots: 1, godkannare: [caroline], now: '2022-11-20T08:00:00.000Z' };

describe('importing a meeting', () => {
  it('stores the ärenden in agenda order with approval slots only on beslutsärenden', async () => {
    const repo = createMeetingRepository(createMemoryStore());
    const s = await repo.importAgenda(Agenda.parse(base), opts);
    expect(s).toMatchObject({ meetingId: 'nykopings-kommun-socialnamnden-2022-12-08', created: true, added: ['Informationsärenden§1', 'Beslutsärenden§1', 'Beslutsärenden§2', 'Beslutsärenden§3'] });
    const items = await repo.listArenden(s.meetingId);
    expect(items.map((i) => [i.record.arende.title, i.record.tjansteskrivelse?.slots.length ?? 0])).toEqual([
      ['Lägesrapport', 0],
      ['Uppföljning', 1],
      ['Internkontroll', 1],
      ['Delegationsärenden', 0],
    ]);
  });

  it('keeps approvals already given when the kallelse is imported again with changes', async () => {
    const repo = createMeetingRepository(createMemoryStore());
    const { meetingId } = await repo.importAgenda(Agenda.parse(base), opts);
    await repo.updateArende(meetingId, 'Beslutsärenden§1', (cur) => {
      const r = approve(cur!.tjansteskrivelse, caroline, '2022-11-28', '2022-11-28T10:00:00.000Z');
      if (!r.ok) throw new Error(r.code);
      return { write: { ...cur!, tjansteskrivelse: r.value.ts }, result: null };
    });
    const changed: AgendaInput = {
      ...base,
      items: [
        { section: 'Beslutsärenden', number: '1', dnr: 'SN21/45', title: 'Uppföljning av samsjuklighet', handlingar: ['Tjänsteskrivelse', 'Rapport'] },
        base.items[3]!,
        { section: 'Beslutsärenden', number: '4', dnr: 'SN22/37', title: 'Riksnorm 2023' },
      ],
    };
    const s = await repo.importAgenda(Agenda.parse(changed), opts);
    expect(s).toMatchObject({ created: false, added: ['Beslutsärenden§4'], changed: ['Beslutsärenden§1'], removed: ['Informationsärenden§1', 'Beslutsärenden§2'], unchanged: ['Beslutsärenden§3'] });
    const first = await repo.getArende(meetingId, 'Beslutsärenden§1');
    expect(first?.record.arende.title).toBe('Uppföljning av samsjuklighet');
    expect(first?.record.tjansteskrivelse?.slots[0]).toMatchObject({ state: 'approved', date: '2022-11-28' });
    expect((await repo.listArenden(meetingId)).map((i) => i.record.key)).toEqual(['Beslutsärenden§1', 'Beslutsärenden§3', 'Beslutsärenden§4']);
    const removed = await repo.getArende(meetingId, 'Beslutsärenden§2');
    expect(removed?.record.removed).toBe(true);
    expect(removed?.record.tjansteskrivelse).not.toBeNull();
  });

  it('changes nothing when the same kallelse is imported twice', async () => {
    const repo = createMeetingRepository(createMemoryStore());
    const { meetingId } = await repo.importAgenda(Agenda.parse(base), opts);
    const before = await repo.listArenden(meetingId);
    const s = await repo.importAgenda(Agenda.parse(base), opts);
    expect(s.unchanged).toHaveLength(4);
    expect((await repo.listArenden(meetingId)).map((i) => i.version)).toEqual(before.map((i) => i.version));
  });

  it('picks the next meeting from today, else the latest held', async () => {
    const repo = createMeetingRepository(createMemoryStore());
    await repo.importAgenda(Agenda.parse(base), opts);
    await repo.importAgenda(Agenda.parse({ ...base, meeting: { ...base.meeting, date: '2023-01-26' } }), opts);
    expect((await repo.currentMeeting('2022-12-09'))?.meeting.date).toBe('2023-01-26');
    expect((await repo.currentMeeting('2022-12-08'))?.meeting.date).toBe('2022-12-08');
    expect((await repo.currentMeeting('2024-01-01'))?.meeting.date).toBe('2023-01-26');
  });

  it('orders meetings by date across committees, and reads only the one it picks', async () => {
    const store = createMemoryStore();
    const repo = createMeetingRepository(store);
    // Key order is not date order here: "byggnadsnamnden" sorts before "nykopings-kommun-…".
    await repo.importAgenda(Agenda.parse(base), opts);
    await repo.importAgenda(Agenda.parse({ ...base, meeting: { committee: 'Byggnadsnämnden', date: '2023-02-02' } }), opts);
    await repo.importAgenda(Agenda.parse({ ...base, meeting: { ...base.meeting, date: '2023-01-26' } }), opts);
    let reads = 0;
    const get = store.get.bind(store);
    store.get = (key) => {
      if (key.startsWith('meeting:')) reads++;
      return get(key);
    };
    expect((await repo.currentMeeting('2022-12-09'))?.meeting.date).toBe('2023-01-26');
    expect((await repo.currentMeeting('2023-01-27'))?.meeting.committee).toBe('Byggnadsnämnden');
    expect((await repo.justeringMeeting('2023-01-30'))?.meeting.date).toBe('2023-01-26');
    expect((await repo.justeringMeeting('2022-01-01'))?.meeting.date).toBe('2022-12-08');
    expect(reads).toBe(4);
    expect(await createMeetingRepository(createMemoryStore()).currentMeeting('2022-12-09')).toBeUndefined();
  });
});

describe('finding the ärenden a person names', () => {
  it('finds them by number (in every section), by "ärende 2" and by diarienummer, reading only those named by number', async () => {
    const store = createMemoryStore();
    const repo = createMeetingRepository(store);
    const { meetingId } = await repo.importAgenda(Agenda.parse(base), opts);
    const titles = async (ref: string): Promise<string[]> => (await repo.findByReference(meetingId, ref)).map((r) => r.arende.title);
    expect(await titles('1')).toEqual(['Lägesrapport', 'Uppföljning']);
    expect(await titles('ärende 2')).toEqual(['Internkontroll']);
    expect(await titles('sn22/4')).toEqual(['Delegationsärenden']);
    expect(await titles('9')).toEqual([]);
    const read: string[] = [];
    const counting = { ...store, get: (key: string) => (read.push(key), store.get(key)), list: (prefix: string) => (read.push(`${prefix}*`), store.list(prefix)) };
    await createMeetingRepository(counting).findByReference(meetingId, '2');
    expect(read).toEqual([`meeting:${meetingId}`, `arende:${meetingId}:Beslutsärenden§2`]);
  });

  it('leaves out ärenden a later kallelse removed', async () => {
    const repo = createMeetingRepository(createMemoryStore());
    const { meetingId } = await repo.importAgenda(Agenda.parse(base), opts);
    await repo.importAgenda(Agenda.parse({ ...base, items: [base.items[0]!, base.items[2]!, base.items[3]!] }), opts);
    expect((await repo.findByReference(meetingId, '1')).map((r) => r.arende.title)).toEqual(['Lägesrapport']);
    expect(await repo.findByReference(meetingId, 'SN21/45')).toEqual([]);
  });
});
