import type { RecordStore } from './record-store';
import { parseRecord } from './decode';
import { ConversationRecord, PersonalIndexRecord, SettingsRecord, keys } from './records';
import { updateRecord } from './update-record';

/** Conversations the app is installed in, and which of them is the committee's. */
export function createConversationRepository(store: RecordStore) {
  const settings = async (): Promise<SettingsRecord> => {
    const s = await store.get(keys.settings);
    return s ? parseRecord(SettingsRecord, s.value) : { committeeConversationId: null };
  };
  return {
    /** Stores (or refreshes) a conversation reference; the first group conversation becomes the committee's. */
    async save(record: ConversationRecord): Promise<{ becameCommittee: boolean }> {
      // Every message remembers its conversation; a write only when something changed keeps quick messages
      // in one chat from contending for the same record.
      await updateRecord(store, keys.conversation(record.id), ConversationRecord, (cur) =>
        cur && cur.type === record.type && cur.personId === record.personId && JSON.stringify(cur.reference) === JSON.stringify(record.reference)
          ? { keep: true, result: undefined }
          : { write: { ...record, installedAt: cur?.installedAt ?? record.installedAt }, result: undefined },
      );
      if (record.type === 'personal') {
        if (record.personId) {
          await updateRecord(store, keys.personal(record.personId), PersonalIndexRecord, (cur) =>
            cur?.conversationId === record.id ? { keep: true, result: undefined } : { write: { conversationId: record.id }, result: undefined },
          );
        }
        return { becameCommittee: false };
      }
      const { result } = await updateRecord(store, keys.settings, SettingsRecord, (cur) =>
        cur?.committeeConversationId ? { keep: true, result: false } : { write: { committeeConversationId: record.id }, result: true },
      );
      return { becameCommittee: result };
    },
    async get(id: string): Promise<ConversationRecord | undefined> {
      const c = await store.get(keys.conversation(id));
      return c ? parseRecord(ConversationRecord, c.value) : undefined;
    },
    /** The 1:1 conversation with a person, where the app is installed for them. */
    async personal(personId: string): Promise<ConversationRecord | undefined> {
      const indexed = await store.get(keys.personal(personId));
      return indexed ? this.get(parseRecord(PersonalIndexRecord, indexed.value).conversationId) : undefined;
    },
    /** Indexes 1:1 chats stored before the person index existed; run once at start, it writes only what is missing. */
    async indexPersonalChats(): Promise<number> {
      let added = 0;
      for (const row of await store.list(keys.conversations)) {
        const c = parseRecord(ConversationRecord, row.record.value);
        if (c.type === 'personal' && c.personId && (await store.compareAndSet(keys.personal(c.personId), null, { conversationId: c.id }))) added++;
      }
      return added;
    },
    async committeeConversationId(): Promise<string | null> {
      return (await settings()).committeeConversationId;
    },
    /** The sekreterare marks a conversation as the committee's. */
    async setCommittee(id: string): Promise<void> {
      await updateRecord(store, keys.settings, SettingsRecord, () => ({ write: { committeeConversationId: id }, result: undefined }));
    },
  };
}

/** The conversations repository's interface. */
export type ConversationRepository = ReturnType<typeof createConversationRepository>;
