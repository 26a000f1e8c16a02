import { isSekreterare, type Person } from '../domain';
import type { BotDeps } from './deps';

type Outgoing = Parameters<BotDeps['sender']['send']>[1];

/** Sends to a person's 1:1 chat with the bot; false when the app is not installed for them. */
export async function sendPersonal(deps: BotDeps, person: Person, activity: Outgoing): Promise<boolean> {
  const c = await deps.conversations.personal(person.aadObjectId);
  if (!c) return false;
  await deps.sender.send(c.reference, activity);
  return true;
}

/** Sends to every sekreterare in the roster, each in their 1:1 chat. */
export async function sendToSekreterare(deps: BotDeps, activity: Outgoing): Promise<void> {
  const roster = await deps.roster.get();
  for (const s of roster.people.filter((p) => isSekreterare(p))) await sendPersonal(deps, s, activity);
}
