/** Reading what a bot posted from the Bot Connector stand-in's record, and the agendas and rosters the load tests use. */
import { botAdded, postActivity, type Conversation, type From } from './activities';
import type { ConnectorStandIn, RecordedActivity } from './connector-stand-in';

/** A meeting with `n` beslutsärenden titled "Punkt 1" … "Punkt n", and a delegation list when asked for. */
export function agendaOf(n: number, date: string, opts: { delegation?: boolean } = {}) {
  const items: Array<Record<string, unknown>> = Array.from({ length: n }, (_, i) => ({ section: 'Beslutsärenden', number: String(i + 1), dnr: `SN26/${i + 1}`, title: `Punkt ${i + 1}`, handlingar: ['Tjänsteskrivelse'] }));
  if (opts.delegation) items.push({ section: 'Anmälningsärenden', number: String(n + 1), dnr: `SN26/${n + 1}`, title: 'Delegationsärenden', handlingar: ['Förteckning över delegationsbeslut'] });
  return { meeting: { committee: 'Socialnämnden', municipality: 'Exempels kommun', date, time: '13:30', place: 'Sal B' }, items };
}

/** A roster with a sekreterare and the given ledamöter. */
export function ledamotRoster(ledamoter: From[]): string {
  return `committee: Socialnämnden
people:
  - { name: Sekreteraren, aadObjectId: aad-sek, roles: [sekreterare] }
${ledamoter.map((p) => `  - { name: ${p.name}, aadObjectId: ${p.aadObjectId}, roles: [ledamot] }`).join('\n')}
`;
}

/** The cards posted (not updated) in a conversation, in arrival order: 'overview' or the ärende's number. */
export function cardsIn(connector: ConnectorStandIn, conversationId: string): Array<number | 'overview'> {
  return connector.sends.filter((s) => s.conversationId === conversationId).flatMap((s): Array<number | 'overview'> => {
    const text = JSON.stringify(s.activity);
    if (text.includes('"text":"Dagordning"')) return ['overview'];
    const m = /"text":"Ärende (\d+): /.exec(text);
    return m ? [Number(m[1])] : [];
  });
}

/** True for a delivered delegation reminder. */
export const isReminder = (s: RecordedActivity): boolean => JSON.stringify(s.activity).includes('Vill du ta del av delegationsbeslut');

/** A person's 1:1 chat with the bot in these tests. */
export const personalChat = (p: From): Conversation => ({ id: `a:${p.aadObjectId}`, conversationType: 'personal', tenantId: 't' });

/** Adds the app to the committee's conversation and to each person's 1:1 chat, as Teams announces installs. */
export async function installApp(botUrl: string, serviceUrl: string, committee: Conversation, people: From[]): Promise<void> {
  await postActivity(`${botUrl}/api/messages`, botAdded({ conversation: committee, serviceUrl, botId: '28:namndbot' }));
  for (const p of people) await postActivity(`${botUrl}/api/messages`, botAdded({ conversation: personalChat(p), serviceUrl, botId: '28:namndbot', from: p }));
}
