import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/app';
import { reuseTurnClients } from '../../src/bot/turn-clients';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';

const message = (serviceUrl: string, text: string): Activity =>
  ({
    type: 'message', id: text, channelId: 'msteams', serviceUrl, text,
    from: { id: '29:lena', name: 'Lena Staaf' }, recipient: { id: '28:namndbot', name: 'Nämndbot' },
    conversation: { id: 'a:lena', conversationType: 'personal' },
  }) as Activity;

/** The Bot Connector and user-token clients each turn was given. */
async function clientsOfTurns(adapter: ReturnType<typeof createAdapter>, activities: Activity[]) {
  const seen: Array<{ connector: unknown; tokens: unknown }> = [];
  for (const activity of activities) {
    await adapter.processActivityDirect('', activity, async (ctx: TurnContext) => {
      seen.push({ connector: ctx.turnState.get(ctx.adapter.ConnectorClientKey), tokens: ctx.turnState.get((ctx.adapter as unknown as { UserTokenClientKey: symbol }).UserTokenClientKey) });
    });
  }
  return seen;
}

describe('the clients of incoming turns', () => {
  const log = createLogger('silent');
  const config = loadConfig({});

  it('are built once per service and kept for every later turn', async () => {
    const adapter = createAdapter(config, log);
    reuseTurnClients(adapter);
    const [a, b, c] = await clientsOfTurns(adapter, [message('https://smba.example/emea/', '1'), message('https://smba.example/emea/', '2'), message('https://smba.example/amer/', '3')]);
    expect(a!.connector).toBeDefined();
    expect(b!.connector).toBe(a!.connector);
    expect(b!.tokens).toBe(a!.tokens);
    expect(c!.connector).not.toBe(a!.connector); // another service URL gets its own
    expect((c!.connector as { baseUri?: string }).baseUri ?? (c!.connector as { endpoint?: string }).endpoint).toContain('amer');
  });

  it('are built for every turn by botbuilder itself', async () => {
    const [a, b] = await clientsOfTurns(createAdapter(config, log), [message('https://smba.example/emea/', '1'), message('https://smba.example/emea/', '2')]);
    expect(b!.connector).not.toBe(a!.connector);
  });
});
