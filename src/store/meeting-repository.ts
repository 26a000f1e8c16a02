import { arendeKey, createTjansteskrivelse, findArenden, meetingDateOf, meetingIdOf, numberOfArendeKey, referencedNumber, type Agenda, type IsoDate, type Person } from '../domain';
import { parseRecord } from './decode';
import type { RecordStore } from './record-store';
import { ArendeRecord, MeetingRecord, PostsRecord, StoredArende, keys, type PostedCopy } from './records';
import { updateRecord, type UpdateDecision } from './update-record';

/** What a (re-)import changed. */
export interface ImportSummary {
  meetingId: string;
  created: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** An ärende record with the version a card carries. */
export interface VersionedArende {
  record: ArendeRecord;
  version: number;
}

/** Needs a tjänsteskrivelse with approval slots: beslutsärenden (not delegation/anmälan lists, information or sekretess). */
const needsTjansteskrivelse = (kind: string): boolean => kind === 'beslut';

/** The meetings and their ärenden in the store. */
export function createMeetingRepository(store: RecordStore) {
  async function getMeeting(id: string): Promise<{ record: MeetingRecord; version: number } | undefined> {
    const stored = await store.get(keys.meeting(id));
    return stored ? { record: parseRecord(MeetingRecord, stored.value), version: stored.version } : undefined;
  }

  async function getArende(meetingId: string, key: string): Promise<VersionedArende | undefined> {
    const stored = await store.get(keys.arende(meetingId, key));
    return stored ? { record: parseRecord(ArendeRecord, stored.value), version: stored.version } : undefined;
  }

  /**
   * The one meeting `choose` picks from every meeting's id and date in date order. The date comes from the
   * key (meetingDateOf), so a "handlingar 5" reads one meeting however many are stored.
   */
  async function meetingOn(choose: (all: Array<{ id: string; date: string }>) => { id: string } | undefined): Promise<MeetingRecord | undefined> {
    const ids = (await store.listKeys(keys.meetings)).map((k) => k.slice(keys.meetings.length));
    const dated = ids.map((id) => ({ id, date: meetingDateOf(id) })).sort((a, b) => a.date.localeCompare(b.date));
    const chosen = choose(dated);
    return chosen ? (await getMeeting(chosen.id))?.record : undefined;
  }

  /** Every current (not removed) ärende of a meeting in agenda order. */
  async function listArenden(meetingId: string): Promise<VersionedArende[]> {
    const meeting = await getMeeting(meetingId);
    if (!meeting) return [];
    const rows = await store.list(keys.arenden(meetingId));
    const byKey = new Map(rows.map((r) => [r.key, { record: parseRecord(ArendeRecord, r.record.value), version: r.record.version }]));
    return meeting.record.itemKeys.flatMap((k) => {
      const found = byKey.get(keys.arende(meetingId, k));
      return found && !found.record.removed ? [found] : [];
    });
  }

  return {
    getMeeting,
    getArende,
    listArenden,

    /** Every meeting, by date. */
    async listMeetings(): Promise<MeetingRecord[]> {
      const rows = await store.list(keys.meetings);
      return rows.map((r) => parseRecord(MeetingRecord, r.record.value)).sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
    },

    /** The ärenden of a meeting that a reference ("5", "15 a", "SN22/31") names: several when it is ambiguous. */
    async findByReference(meetingId: string, reference: string): Promise<ArendeRecord[]> {
      // "handlingar 5": the meeting's keys end with the number, so only those ärenden are read; a diarienummer reads them all.
      const number = referencedNumber(reference);
      const meeting = number === null ? undefined : await getMeeting(meetingId);
      const records = meeting
        ? (await Promise.all(meeting.record.itemKeys.filter((k) => numberOfArendeKey(k) === number).map((k) => getArende(meetingId, k))))
            .flatMap((v) => (v && !v.record.removed ? [v.record] : []))
        : (await listArenden(meetingId)).map((v) => v.record);
      const matched = findArenden(records.map((r) => ({ key: r.key, number: r.arende.number, dnr: r.arende.dnr })), reference);
      return matched.map((m) => records.find((r) => r.key === m.key) as ArendeRecord);
    },

    /** The meeting a justering is about: the latest held (today's included), else the next one. */
    async justeringMeeting(today: IsoDate): Promise<MeetingRecord | undefined> {
      return meetingOn((all) => [...all].reverse().find((m) => m.date <= today) ?? all[0]);
    },

    /** The meeting people mean by default: the next one from today, else the latest held. */
    async currentMeeting(today: IsoDate): Promise<MeetingRecord | undefined> {
      return meetingOn((all) => all.find((m) => m.date >= today) ?? all[all.length - 1]);
    },

    /**
     * Stores an imported agenda. A re-import of the same meeting updates it: new ärenden are added,
     * changed ones take the new text, missing ones are marked removed; approvals already given stay.
     */
    async importAgenda(agenda: Agenda, opts: { slots: number; godkannare: readonly Person[]; now: string }): Promise<ImportSummary> {
      const meetingId = meetingIdOf(agenda.meeting);
      const summary: ImportSummary = { meetingId, created: false, added: [], changed: [], removed: [], unchanged: [] };
      const newKeys = agenda.items.map(arendeKey);
      for (const item of agenda.items) {
        const key = arendeKey(item);
        await updateRecord(store, keys.arende(meetingId, key), ArendeRecord, (cur): UpdateDecision<ArendeRecord, void> => {
          const arende = StoredArende.parse(item);
          if (!cur) {
            summary.added.push(key);
            const ts = needsTjansteskrivelse(item.kind) ? createTjansteskrivelse(opts.slots, opts.godkannare) : null;
            return { write: { meetingId, key, arende, removed: false, tjansteskrivelse: ts }, result: undefined };
          }
          const same = JSON.stringify(cur.arende) === JSON.stringify(arende) && !cur.removed;
          if (same) {
            summary.unchanged.push(key);
            return { keep: true, result: undefined };
          }
          summary.changed.push(key);
          const ts = cur.tjansteskrivelse ?? (needsTjansteskrivelse(item.kind) ? createTjansteskrivelse(opts.slots, opts.godkannare) : null);
          return { write: { ...cur, arende, removed: false, tjansteskrivelse: ts }, result: undefined };
        });
      }
      const before = await getMeeting(meetingId);
      for (const oldKey of before?.record.itemKeys ?? []) {
        if (newKeys.includes(oldKey)) continue;
        await updateRecord(store, keys.arende(meetingId, oldKey), ArendeRecord, (cur): UpdateDecision<ArendeRecord, void> => {
          if (!cur || cur.removed) return { keep: true, result: undefined };
          summary.removed.push(oldKey);
          return { write: { ...cur, removed: true }, result: undefined };
        });
      }
      await updateRecord(store, keys.meeting(meetingId), MeetingRecord, (cur): UpdateDecision<MeetingRecord, void> => {
        summary.created = cur === undefined;
        const itemKeys = [...newKeys, ...(cur?.itemKeys ?? []).filter((k) => !newKeys.includes(k))];
        return { write: { id: meetingId, meeting: agenda.meeting, itemKeys, importedAt: opts.now }, result: undefined };
      });
      return summary;
    },

    /**
     * Applies a rule to one ärende with compare-and-set; `decide` sees the current record and its version.
     * `from.read` is the ärende as the caller already read it (getArende, undefined when there was none), to start from.
     */
    async updateArende<R>(
      meetingId: string,
      key: string,
      decide: (cur: ArendeRecord | undefined, version: number | null) => UpdateDecision<ArendeRecord, R>,
      from?: { read: VersionedArende | undefined },
    ) {
      const first = from && { current: from.read?.record, version: from.read?.version ?? null };
      return updateRecord(store, keys.arende(meetingId, key), ArendeRecord, decide, first);
    },

    /** Remembers where a card was posted: cardKey is the ärende's key, or OVERVIEW for the meeting overview. */
    async addPost(meetingId: string, cardKey: string, post: PostedCopy): Promise<void> {
      await updateRecord(store, keys.posts(meetingId, cardKey), PostsRecord, (cur): UpdateDecision<PostsRecord, void> => ({
        write: { posts: [...(cur?.posts ?? []), post] },
        result: undefined,
      }));
    },

    /** Every posted copy of a card. */
    async getPosts(meetingId: string, cardKey: string): Promise<PostedCopy[]> {
      const stored = await store.get(keys.posts(meetingId, cardKey));
      return stored ? parseRecord(PostsRecord, stored.value).posts : [];
    },
  };
}

/** The card key of a meeting's overview among its posts. */
export const OVERVIEW = '#overview';

/** The meetings repository's interface. */
export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
