import { Roster, findPerson, type Person } from '../domain';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';
import { keys } from './records';
import { updateRecord } from './update-record';

/** The committee's roster: seeded from ROSTER_FILE, changed by the sekreterare in chat. */
export function createRosterRepository(store: RecordStore, committee: string) {
  const empty: Roster = { committee, municipality: null, people: [] };
  return {
    async get(): Promise<Roster> {
      const r = await store.get(keys.roster);
      return r ? parseRecord(Roster, r.value) : empty;
    },
    async find(aadObjectId: string | undefined): Promise<Person | undefined> {
      return findPerson(await this.get(), aadObjectId);
    },
    /** Merges the file's roster in: the people it lists take the file's name and roles; people added in chat stay. */
    async seed(file: Roster): Promise<void> {
      await updateRecord(store, keys.roster, Roster, (cur) => {
        const base = cur ?? { ...file, people: [] };
        const fromFile = new Map(file.people.map((p) => [p.aadObjectId, p]));
        const kept = base.people.filter((p) => !fromFile.has(p.aadObjectId));
        return { write: { committee: file.committee, municipality: file.municipality, people: [...file.people, ...kept] }, result: undefined };
      });
    },
    /** Adds a person or replaces their name and roles. */
    async upsert(person: Person): Promise<'added' | 'changed'> {
      const { result } = await updateRecord(store, keys.roster, Roster, (cur) => {
        const roster = cur ?? empty;
        const exists = roster.people.some((p) => p.aadObjectId === person.aadObjectId);
        const people = exists ? roster.people.map((p) => (p.aadObjectId === person.aadObjectId ? person : p)) : [...roster.people, person];
        return { write: { ...roster, people }, result: exists ? ('changed' as const) : ('added' as const) };
      });
      return result;
    },
  };
}

/** The roster repository's interface. */
export type RosterRepository = ReturnType<typeof createRosterRepository>;
