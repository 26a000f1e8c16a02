import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import { formatSwedishDate, stockholmDate } from '../../calendar';
import { canSeeStatus, createFollowUp, findFollowUps, followUpId, isSekreterare, type FollowUpRefusal } from '../../domain';
import { planFollowUpReminder } from '../../scheduler/policy';
import type { BotDeps } from '../deps';
import { titleOf } from '../card-views';
import { followUpHeading, offerCard } from '../follow-ups';
import { msg } from '../messages';
import { actorOf, answerInvoke, audit } from '../turn';

/** The data of a "Skapa påminnelse" button: the ärende and point it derives from, and the follow-up's id as offered. */
const FollowUpActionData = z.object({
  meetingId: z.string().min(1).max(200),
  arendeKey: z.string().min(1).max(400),
  point: z.number().int().min(0).max(99),
  id: z.string().min(1).max(800),
});

type Refusal = FollowUpRefusal | 'FOLLOWUP.STALE';

/** "Skapa påminnelse" on the follow-up offer, and "uppföljningar". */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute('followup.create', async (context, _s, data) => {
    const actor = await actorOf(context, deps);
    if (!actor) {
      await answerInvoke(context, { message: msg.notInRoster });
      return '';
    }
    const refuse = async (code: string, detail: string, meetingId: string | null, target: string | null): Promise<string> => {
      await audit(deps, actor, context, { meetingId, action: 'followup.create', target, outcome: 'refused', detail });
      await answerInvoke(context, { message: msg.followUpRefusals[code] ?? msg.refusals[code] ?? code });
      return '';
    };
    const parsed = FollowUpActionData.safeParse(data);
    if (!parsed.success) return refuse('CARD.INVALID', 'ogiltiga kortdata', null, null);
    const { meetingId, arendeKey, point, id } = parsed.data;
    // Decided on the server: a ledamot who got hold of the card (forwarded, copied) changes nothing.
    if (!isSekreterare(actor)) {
      await audit(deps, actor, context, { meetingId, action: 'followup.create', target: id, outcome: 'refused', detail: 'inte sekreterare' });
      await answerInvoke(context, { message: msg.onlySekreterare });
      return '';
    }
    const m = await deps.meetings.getMeeting(meetingId);
    const v = await deps.meetings.getArende(meetingId, arendeKey);
    if (!m || !v || v.record.removed) return refuse('FOLLOWUP.NOT_OFFERED', 'okänt ärende', meetingId, id);
    // The follow-up is derived again from the ärende as it is now: a changed förslag gives another id.
    // An id that was offered once is a stale card; one never offered is forged.
    const current = findFollowUps([v.record.arende], m.record.meeting.date).find((f) => f.point === point);
    if (!current || followUpId(meetingId, current) !== id) {
      const stored = await deps.followUps.get(id);
      const offered = stored !== undefined && stored.meetingId === meetingId && stored.arendeKey === arendeKey && stored.point === point;
      return refuse(offered ? 'FOLLOWUP.STALE' : 'FOLLOWUP.NOT_OFFERED', offered ? 'förslaget har ändrats' : 'ingen sådan återrapport', meetingId, id);
    }

    const now = deps.now();
    const planned = planFollowUpReminder(id, meetingId, current.meetingDate, now, deps.calendar, deps.hours);
    const { result } = await deps.followUps.update<{ ok: true } | { ok: false; code: Refusal }>(id, (cur) => {
      const r = createFollowUp(cur, { id: actor.aadObjectId, name: actor.name }, stockholmDate(now), planned ? String(planned.payload.day) : null, now.toISOString());
      return r.ok ? { write: r.value, result: { ok: true } } : { keep: true, result: { ok: false, code: r.code } };
    });
    if (!result.ok) return refuse(result.code, result.code, meetingId, id);
    if (planned) await deps.jobs.schedule(planned);
    const reminder = planned ? `${formatSwedishDate(planned.payload.day as string, { weekday: true, year: true })} kl. ${deps.hours.hour}` : null;
    await audit(deps, actor, context, {
      meetingId,
      action: 'followup.create',
      target: id,
      outcome: 'ok',
      detail: `${current.dnr ?? 'utan dnr'}: rapport till sammanträdet ${current.meetingDate}${planned ? `, påminnelse ${planned.payload.day}` : ''}`,
    });
    await answerInvoke(context, { message: msg.followUpCreated(formatSwedishDate(current.meetingDate, { weekday: true, year: true }), reminder) });
    return '';
  });

  app.message(/^\s*uppföljning(?:ar)?\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!canSeeStatus(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    const today = stockholmDate(deps.now());
    const upcoming = (await deps.followUps.list()).filter((f) => f.meetingDate > today);
    if (!upcoming.length) return void (await context.sendActivity(msg.followUpsNone));
    const lines = upcoming.map((f) =>
      msg.followUpLine(f.dnr, f.title, followUpHeading(f), f.created?.reminderDay ? formatSwedishDate(f.created.reminderDay, { weekday: true, year: true }) : null, f.status === 'created'),
    );
    await context.sendActivity(msg.followUpsList(lines));
    // Offers not yet taken up come with their buttons again (only the sekreterare may create a reminder).
    if (!isSekreterare(actor)) return;
    const open = upcoming.filter((f) => f.status === 'offered');
    for (const meetingId of new Set(open.map((f) => f.meetingId))) {
      const m = await deps.meetings.getMeeting(meetingId);
      await context.sendActivity(offerCard(m ? titleOf(m.record) : meetingId, open.filter((f) => f.meetingId === meetingId)));
    }
  });
}
