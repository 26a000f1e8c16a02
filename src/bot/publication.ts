import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Job } from '../scheduler/job';
import type { JobRun } from '../scheduler/runner';
import { titleOf } from './card-views';
import type { BotDeps } from './deps';
import { msg } from './messages';

/** What a publication job carries: where the cards go and what the import changed. */
const PublicationPayload = z.object({
  conversationId: z.string(),
  added: z.array(z.string()).default([]),
  changed: z.array(z.string()).default([]),
  removed: z.array(z.string()).default([]),
});
export type Publication = { meetingId: string } & z.input<typeof PublicationPayload>;

/**
 * Plans the publication of a meeting's cards as a job in the store and wakes the scheduler to run it now.
 * Stored, not kept in memory: if this process dies half-way, this or another instance takes the job over
 * when its claim lapses and posts only the cards still missing.
 */
export async function schedulePublication(deps: BotDeps, p: Publication): Promise<void> {
  const now = deps.now().toISOString();
  const { meetingId, ...payload } = p;
  await deps.jobs.schedule({ id: `meeting.publish:${meetingId}:${now}:${randomUUID().slice(0, 8)}`, kind: 'meeting.publish', meetingId, dueAt: now, payload: PublicationPayload.parse(payload) });
  deps.wakeJobs();
}

/**
 * Runs a publication: the cards in agenda order (the publisher posts only those with no recorded post in the
 * conversation and updates the rest), then every copy of a changed or removed ärende's card, then each
 * approver assigned on a new ärende gets its card in their 1:1 chat; each step is recorded on the job.
 */
export async function deliverPublication(deps: BotDeps, job: Job, run: JobRun): Promise<string> {
  const p = PublicationPayload.parse(job.payload);
  let result = { posted: 0, updated: 0 };
  await run.once('cards', async () => (result = await deps.publisher.publishMeeting(job.meetingId, p.conversationId)));
  for (const key of [...p.changed, ...p.removed]) await run.once(`refresh:${key}`, () => deps.publisher.refreshArende(job.meetingId, key));
  const notified = await notifyAssignees(deps, job.meetingId, p.added, run);
  return `${result.posted} kort publicerade, ${result.updated} uppdaterade, ${notified} godkännare underrättade`;
}

/** Each approver assigned a slot on a new ärende gets that ärende's card in their 1:1 chat. */
async function notifyAssignees(deps: BotDeps, meetingId: string, added: string[], run: JobRun): Promise<number> {
  const roster = await deps.roster.get();
  const m = await deps.meetings.getMeeting(meetingId);
  if (!m) return 0;
  let notified = 0;
  for (const key of added) {
    const v = await deps.meetings.getArende(meetingId, key);
    for (const slot of v?.record.tjansteskrivelse?.slots ?? []) {
      const person = roster.people.find((x) => x.aadObjectId === slot.assignee);
      if (!person || !v) continue;
      await run.once(`notify:${key}:${person.aadObjectId}`, async () => {
        const sent = await deps.publisher.sendPersonalCard(meetingId, key, person, msg.assignedNotice(v.record.arende.number, v.record.arende.title, titleOf(m.record)));
        if (sent) notified++;
        else deps.log.warn('approver has no 1:1 chat with the bot', { person: person.name, arende: key });
      });
    }
  }
  return notified;
}
