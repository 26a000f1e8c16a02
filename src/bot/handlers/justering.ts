import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { parseJusterare } from '../../agenda/justerare';
import { formatSwedishDate, stockholmDate, stockholmInstant } from '../../calendar';
import { renderJusteringCard } from '../../cards';
import { confirmJustering, confirmPlan, declineJustering, isSekreterare, markJusterat, type JusterareSlot, type JusteringPlan, type Person, type Roster } from '../../domain';
import type { MeetingRecord } from '../../store/records';
import type { BotDeps } from '../deps';
import { icsUrlFor } from '../ics';
import { justeringView, nameWithParty, proposalOf } from '../justering-view';
import { msg } from '../messages';
import { sendPersonal, sendToSekreterare } from '../personal';
import { actorOf, answerInvoke, audit, replyCard } from '../turn';
import { titleOf } from '../card-views';

const AssignData = z.object({
  meetingId: z.string().min(1).max(200),
  justerare: z.string().max(300).default(''),
  ersattare: z.string().max(300).default(''),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum saknas'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).or(z.literal('')).default(''),
  place: z.string().max(200).default(''),
});
const MeetingData = z.object({ meetingId: z.string().min(1).max(200), anslag: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });

type Outcome = { code: string } | { plan: JusteringPlan; next: JusterareSlot | null };

/** teams-ai's actionExecute wants a value; the answer was already sent with answerInvoke. */
const done = (_answered: void): string => '';

const personByName = (roster: Roster, name: string): Person | undefined => roster.people.find((p) => p.name.toLowerCase() === name.toLowerCase());

/** The card a person sees: the sekreterare's with the form, a justerare's with their buttons. */
async function cardFor(deps: BotDeps, m: MeetingRecord, plan: JusteringPlan | undefined, viewer: Person | undefined): Promise<object> {
  const shown = plan ?? proposalOf(m.meeting, deps.calendar);
  const asked = plan?.justerare.some((j) => j.personId === viewer?.aadObjectId && (j.status === 'asked' || j.status === 'confirmed')) ?? false;
  return renderJusteringCard(
    justeringView(m, shown, await deps.meetings.listArenden(m.id), deps.calendar, {
      sekreterare: isSekreterare(viewer),
      answer: asked,
      icsUrl: plan?.confirmedAt ? await icsUrlFor(deps, m.id) : null,
      today: stockholmDate(deps.now()),
    }),
  );
}

/** Asks a justerare in their 1:1 chat; false when the app is not installed for them. */
async function ask(deps: BotDeps, m: MeetingRecord, plan: JusteringPlan, personId: string): Promise<boolean> {
  const roster = await deps.roster.get();
  const person = roster.people.find((p) => p.aadObjectId === personId);
  if (!person) return false;
  const when = `${formatSwedishDate(plan.date, { weekday: true, year: true })}${plan.time ? ` kl. ${plan.time}` : ''}`;
  const card = await cardFor(deps, m, plan, person);
  return sendPersonal(deps, person, { type: 'message', text: msg.justeringAsk(titleOf(m), when, plan.place), attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });
}

/** Justering: the sekreterare confirms who and when, the justerare answer, the sekreterare marks the minutes justerade. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  const meetingFor = async (context: TurnContext, data: unknown): Promise<{ m: MeetingRecord; actor: Person } | string> => {
    const actor = await actorOf(context, deps);
    if (!actor) return msg.notInRoster;
    const parsed = MeetingData.safeParse(data);
    const m = parsed.success ? (await deps.meetings.getMeeting(parsed.data.meetingId))?.record : undefined;
    return m ? { m, actor } : (msg.refusals['CARD.UNKNOWN'] as string);
  };

  app.message(/^\s*justering\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    const m = await deps.meetings.justeringMeeting(stockholmDate(deps.now()));
    if (!m) return void (await context.sendActivity(msg.noMeeting));
    const plan = await deps.justering.get(m.id);
    if (!isSekreterare(actor) && !plan?.justerare.some((j) => j.personId === actor.aadObjectId)) return void (await context.sendActivity(msg.onlySekreterare));
    await replyCard(context, await cardFor(deps, m, plan, actor));
  });

  app.adaptiveCards.actionExecute('justering.assign', async (context, _s, data) => {
    const found = await meetingFor(context, data);
    if (typeof found === 'string') return done(await answerInvoke(context, { message: found }));
    const { m, actor } = found;
    if (!isSekreterare(actor)) {
      await audit(deps, actor, context, { meetingId: m.id, action: 'justering.assign', outcome: 'refused', detail: 'inte sekreterare' });
      return done(await answerInvoke(context, { message: msg.onlySekreterare }));
    }
    const input = AssignData.safeParse(data);
    if (!input.success) return done(await answerInvoke(context, { message: msg.justeringBadInput(input.error.issues[0]?.message ?? msg.incompleteData) }));
    const roster = await deps.roster.get();
    const named = [...parseJusterare(`Ordinarie: ${input.data.justerare}`), ...parseJusterare(`Ersättare: ${input.data.ersattare}`)].filter((j) => j.name);
    if (!named.some((j) => j.role === 'ordinarie')) return done(await answerInvoke(context, { message: msg.justeringBadInput('ange minst en justerare') }));
    const plan = confirmPlan(
      { date: input.data.date, time: input.data.time || null, place: input.data.place.trim() || null, justerare: named.map((j) => ({ ...j, personId: personByName(roster, j.name)?.aadObjectId ?? null })) },
      deps.now().toISOString(),
    );
    await deps.justering.update(m.id, () => ({ write: plan, result: undefined }));
    await audit(deps, actor, context, { meetingId: m.id, action: 'justering.assign', outcome: 'ok', detail: named.map((j) => `${j.name} (${j.role})`).join(', ') });
    const asked: string[] = [];
    for (const j of plan.justerare.filter((x) => x.status === 'asked' && x.personId)) if (await ask(deps, m, plan, j.personId as string)) asked.push(j.name);
    await planReminder(deps, m.id, plan);
    const card = await cardFor(deps, m, plan, actor);
    await answerInvoke(context, { card });
    await context.sendActivity(asked.length ? msg.justeringAssigned(asked.join(' och ')) : msg.justeringNobodyAsked);
    return '';
  });

  const answer = (verb: 'justering.confirm' | 'justering.decline') =>
    app.adaptiveCards.actionExecute(verb, async (context, _s, data) => {
      const found = await meetingFor(context, data);
      if (typeof found === 'string') return done(await answerInvoke(context, { message: found }));
      const { m, actor } = found;
      const { result } = await deps.justering.update<Outcome>(m.id, (cur) => {
        if (!cur) return { keep: true, result: { code: 'JUSTERING.NOT_ASKED' } };
        if (verb === 'justering.confirm') {
          const r = confirmJustering(cur, actor.aadObjectId);
          return r.ok ? { write: r.value, result: { plan: r.value, next: null } } : { keep: true, result: { code: r.code } };
        }
        const r = declineJustering(cur, actor.aadObjectId);
        return r.ok ? { write: r.value.plan, result: { plan: r.value.plan, next: r.value.next } } : { keep: true, result: { code: r.code } };
      });
      if ('code' in result) {
        await audit(deps, actor, context, { meetingId: m.id, action: verb, outcome: 'refused', detail: result.code });
        return done(await answerInvoke(context, { message: msg.justeringRefusals[result.code] ?? result.code }));
      }
      await audit(deps, actor, context, { meetingId: m.id, action: verb, outcome: 'ok' });
      if (verb === 'justering.confirm') {
        await answerInvoke(context, { message: msg.justeringConfirmed });
        deps.background.run('justering confirmed', () => sendToSekreterare(deps, { type: 'message', text: msg.justeringConfirmedToSekreterare(actor.name) }));
        return '';
      }
      const next = result.next;
      await answerInvoke(context, { message: msg.justeringDeclined(next ? nameWithParty(next) : null) });
      deps.background.run('justering declined', async () => {
        await sendToSekreterare(deps, { type: 'message', text: next ? msg.justeringDeclinedToSekreterare(actor.name, nameWithParty(next)) : msg.justeringNoErsattare(actor.name) });
        if (next?.personId) await ask(deps, m, result.plan, next.personId);
      });
      return '';
    });
  answer('justering.confirm');
  answer('justering.decline');

  app.adaptiveCards.actionExecute('justering.justerat', async (context, _s, data) => {
    const found = await meetingFor(context, data);
    if (typeof found === 'string') return done(await answerInvoke(context, { message: found }));
    const { m, actor } = found;
    if (!isSekreterare(actor)) return done(await answerInvoke(context, { message: msg.onlySekreterare }));
    const anslag = MeetingData.safeParse(data).data?.anslag ?? stockholmDate(deps.now());
    const { result } = await deps.justering.update<Outcome>(m.id, (cur) => {
      if (!cur) return { keep: true, result: { code: 'JUSTERING.NOT_ASKED' } };
      const r = markJusterat(cur, m.meeting.date, anslag, deps.now().toISOString());
      return r.ok ? { write: r.value, result: { plan: r.value, next: null } } : { keep: true, result: { code: r.code } };
    });
    if ('code' in result) return done(await answerInvoke(context, { message: msg.justeringRefusals[result.code] ?? result.code }));
    await audit(deps, actor, context, { meetingId: m.id, action: 'justering.justerat', outcome: 'ok', detail: `anslag ${anslag}` });
    await answerInvoke(context, { card: await cardFor(deps, m, result.plan, actor) });
    return '';
  });

}

/** The reminder the arbetsdag before the justering, at the delivery hour. */
async function planReminder(deps: BotDeps, meetingId: string, plan: JusteringPlan): Promise<void> {
  const day = deps.calendar.addWorkingDays(plan.date, -1);
  if (day < stockholmDate(deps.now())) return;
  await deps.jobs.schedule({ id: `justering.reminder:${meetingId}:${plan.date}`, kind: 'justering.reminder', meetingId, dueAt: stockholmInstant(day, deps.hours.hour).toISOString(), payload: { day } });
}
