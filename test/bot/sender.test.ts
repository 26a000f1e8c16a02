import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { createForeground } from '../../src/bot/foreground';
import { createSender, type UpdateContent } from '../../src/bot/sender';
import { createLogger } from '../../src/log';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A CloudAdapter stand-in whose Bot Connector client takes `ms` per call and records what arrives, in order. */
function connectorOf(ms: number) {
  const arrived: { kind: 'send' | 'update'; conversationId: string; id?: string; text?: string }[] = [];
  const bodies: Partial<Activity>[] = [];
  const client = {
    conversations: {
      async sendToConversation(conversationId: string, a: Partial<Activity>) {
        await sleep(ms);
        bodies.push(a);
        arrived.push({ kind: 'send', conversationId, text: a.text });
        return { id: `m${arrived.length}` };
      },
      async updateActivity(conversationId: string, id: string, a: Partial<Activity>) {
        await sleep(ms);
        bodies.push(a);
        arrived.push({ kind: 'update', conversationId, id, text: a.text });
        return { id };
      },
    },
  };
  const ConnectorClientKey = Symbol('ConnectorClient');
  let turns = 0;
  const adapter = {
    ConnectorClientKey,
    use() {},
    async continueConversationAsync(_appId: string, _reference: Partial<ConversationReference>, fn: (ctx: unknown) => Promise<void>) {
      turns++;
      await fn({ adapter, turnState: new Map([[ConnectorClientKey, client]]) });
    },
  } as unknown as CloudAdapter;
  return { adapter, arrived, bodies, turns: () => turns };
}

const chat = (id: string): Partial<ConversationReference> => ({
  serviceUrl: 'https://smba.example/',
  channelId: 'msteams',
  bot: { id: '28:namndbot', name: 'Nämndbot' },
  user: { id: '29:lena', name: 'Lena Staaf' },
  conversation: { id } as ConversationReference['conversation'],
});

/** An update that shows `text` in chat `id`. */
const showing = (id: string, text: string): UpdateContent => async () => ({ reference: chat(id), activity: { type: 'message', text } });

describe('the sender', () => {
  it('sends one update of a card that changed ten times while its chat was busy, showing the last change', async () => {
    const { adapter, arrived } = connectorOf(30);
    const sender = createSender(adapter, '', createLogger('silent'));
    const first = sender.send(chat('c1'), { type: 'message', text: 'kortet' });
    let made = 0;
    const updates = Array.from({ length: 10 }, (_, i) => sender.update('c1', 'card-1', () => (made++, showing('c1', `version ${i + 1}`)())));
    await Promise.all([first, ...updates]);
    expect(made).toBe(1); // the replaced updates were never made: no chat read, no card rendered
    expect(arrived).toEqual([
      { kind: 'send', conversationId: 'c1', text: 'kortet' },
      { kind: 'update', conversationId: 'c1', id: 'card-1', text: 'version 10' },
    ]);
  });

  it('builds one Bot Connector client per service and sends through it, whatever the conversation', async () => {
    const { adapter, arrived, bodies, turns } = connectorOf(1);
    const sender = createSender(adapter, '', createLogger('silent'));
    await Promise.all([sender.send(chat('c1'), { type: 'message', text: 'a' }), sender.send(chat('c2'), { type: 'message', text: 'b' })]);
    await sender.update('c1', 'm1', showing('c1', 'a2'));
    expect(arrived.map((a) => `${a.kind} ${a.conversationId} ${a.text}`).sort()).toEqual(['send c1 a', 'send c2 b', 'update c1 a2']);
    expect(turns()).toBe(1);
    // Addressed as a turn would address it: from the bot, to the chat's user, in the chat, a message.
    for (const body of bodies) expect(body).toMatchObject({ type: 'message', channelId: 'msteams', from: { id: '28:namndbot' }, recipient: { id: '29:lena' }, serviceUrl: 'https://smba.example/' });
    expect(bodies.map((b) => b.conversation?.id).sort()).toEqual(['c1', 'c1', 'c2']);
    expect(bodies.find((b) => b.text === 'a2')?.id).toBe('m1');
  });

  it('makes an update when it leaves the queue, from what is current then', async () => {
    const { adapter, arrived } = connectorOf(30);
    const sender = createSender(adapter, '', createLogger('silent'));
    let state = 'ej godkänd';
    let made = 0;
    const content: UpdateContent = async () => ({ reference: chat('c1'), activity: { type: 'message', text: `${state} (${++made})` } });
    const busy = sender.send(chat('c1'), { type: 'message', text: 'annat' });
    const update = sender.update('c1', 'card-1', content);
    state = 'godkänd';
    await Promise.all([busy, update]);
    expect(arrived.at(-1)).toEqual({ kind: 'update', conversationId: 'c1', id: 'card-1', text: 'godkänd (1)' });
  });

  it('keeps the order of different cards in a chat, and sends an update queued after one has left', async () => {
    const { adapter, arrived } = connectorOf(20);
    const sender = createSender(adapter, '', createLogger('silent'));
    const a = sender.update('c1', 'a', showing('c1', 'a1'));
    const b = sender.update('c1', 'b', showing('c1', 'b1'));
    const a2 = sender.update('c1', 'a', showing('c1', 'a2')); // a1 had not left: a2 takes its place
    const other = sender.update('c2', 'a', showing('c2', 'annan chatt'));
    await sleep(5); // a1 has left: a later change of a is a new update, after b
    const a3 = sender.update('c1', 'a', showing('c1', 'a3'));
    await Promise.all([a, b, a2, other, a3]);
    expect(arrived.filter((x) => x.conversationId === 'c1').map((x) => x.text)).toEqual(['a2', 'b1', 'a3']);
    expect(arrived.filter((x) => x.conversationId === 'c2').map((x) => x.text)).toEqual(['annan chatt']);
  });

  it('sends while no turn is being answered, and waits for the turns in flight', async () => {
    const { adapter, arrived } = connectorOf(1);
    const foreground = createForeground(10_000);
    const sender = createSender(adapter, '', createLogger('silent'), { foreground });
    const order: string[] = [];
    const turn = foreground.track(async () => {
      await sleep(40);
      order.push('svar på klicket');
    });
    const update = sender.update('c1', 'card-1', showing('c1', 'godkänd')).then(() => order.push(`uppdatering: ${arrived.at(-1)?.text}`));
    await Promise.all([turn, update]);
    expect(order).toEqual(['svar på klicket', 'uppdatering: godkänd']);
  });

  it('sends a new message at once while a turn is in flight, since that turn may be waiting for it', async () => {
    const { adapter, arrived } = connectorOf(1);
    const foreground = createForeground(10_000);
    const sender = createSender(adapter, '', createLogger('silent'), { foreground });
    const answered = await foreground.track(async () => {
      await sender.send(chat('c1'), { type: 'message', text: 'till justeraren' });
      return arrived.map((a) => a.text);
    });
    expect(answered).toEqual(['till justeraren']);
  });
});
