import { isSekreterare, type Person } from '../domain';
import type { JobRun } from '../scheduler/runner';
import type { BotDeps } from './deps';

type Outgoing = Parameters<BotDeps['sender']['send']>[1];

/** A send that is one step of a job: a job taken over after a crash skips it when it went out before. */
export interface JobStep {
  run: JobRun;
  step: string;
}

/** Sends to a person's 1:1 chat with the bot; false when the app is not installed for them. */
export async function sendPersonal(deps: BotDeps, person: Person, activity: Outgoing, asStep?: JobStep): Promise<boolean> {
  const c = await deps.conversations.personal(person.aadObjectId);
  if (!c) return false;
  const send = () => deps.sender.send(c.reference, activity);
  if (asStep) await asStep.run.once(asStep.step, send);
  else await send();
  return true;
}

/** Sends to every sekreterare in the roster, each in their 1:1 chat (as steps `<prefix>:<person>` of a job when `run` is given). */
export async function sendToSekreterare(deps: BotDeps, activity: Outgoing, asSteps?: { run: JobRun; prefix: string }): Promise<void> {
  const roster = await deps.roster.get();
  for (const s of roster.people.filter((p) => isSekreterare(p))) {
    await sendPersonal(deps, s, activity, asSteps && { run: asSteps.run, step: `${asSteps.prefix}:${s.aadObjectId}` });
  }
}
