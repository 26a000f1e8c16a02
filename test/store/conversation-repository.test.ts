import { createConversationRepository } from '../../src/store/conversation-repository';
import { createMemoryStore } from '../../src/store/memory-store';
import { keys, type ConversationRecord } from '../../src/store/records';

const chat = (id: string, personId: string | null, type: ConversationRecord['type'] = 'personal'): ConversationRecord => ({
  id,
  type,
  reference: { conversation: { id } },
  personId,
  installedAt: '2022-11-25T08:00:00.000Z',
});

describe('conversation repository', () => {
  it("finds a person's 1:1 chat, and none for someone who has not installed the app", async () => {
    const repo = createConversationRepository(createMemoryStore());
    await repo.save(chat('a:lena', 'aad-lena'));
    await repo.save(chat('19:group', null, 'groupChat'));
    expect((await repo.personal('aad-lena'))?.id).toBe('a:lena');
    expect(await repo.personal('aad-marjo')).toBeUndefined();
    expect(await repo.committeeConversationId()).toBe('19:group');
  });

  it('follows a person to a new 1:1 chat when the app is installed again', async () => {
    const repo = createConversationRepository(createMemoryStore());
    await repo.save(chat('a:lena-1', 'aad-lena'));
    await repo.save(chat('a:lena-2', 'aad-lena'));
    expect((await repo.personal('aad-lena'))?.id).toBe('a:lena-2');
  });

  it('indexes 1:1 chats stored before the person index existed, once', async () => {
    const store = createMemoryStore();
    await store.compareAndSet(keys.conversation('a:old'), null, chat('a:old', 'aad-old'));
    const repo = createConversationRepository(store);
    expect(await repo.personal('aad-old')).toBeUndefined();
    expect(await repo.indexPersonalChats()).toBe(1);
    expect((await repo.personal('aad-old'))?.id).toBe('a:old');
    expect(await repo.indexPersonalChats()).toBe(0);
  });
});
