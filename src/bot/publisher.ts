import { CardFactory, MessageFactory, type ConversationReference } from 'botbuilder';
import { findPerson, type Person } from '../domain';
import { renderArendeCard, renderOverviewCard } from '../cards';
import type { Logger } from '../log';
import type { ConversationRepository } from '../store/conversation-repository';
import { OVERVIEW, type MeetingRepository, type VersionedArende } from '../store/meeting-repository';
import type { ConversationRecord, MeetingRecord } from '../store/records';
import type { RosterRepository } from '../store/roster-repository';
import { arendeCardView, overviewView, ownArendeCardView, type ViewContext } from './card-views';
import { msg } from './messages';
import type { Sender } from './sender';

/** Posts a meeting's cards and keeps every posted copy current. */
export interface Publisher {
  /** Posts the overview and one card per ärende, in agenda order, to the conversation; cards already there are updated instead. */
  publishMeeting(meetingId: string, conversationId: string): Promise<{ posted: number; updated: number }>;
  /** Updates every posted copy of an ärende's card and the meeting overview. */
  refreshArende(meetingId: string, arendeKey: string): Promise<void>;
  /** Sends one ärende's card to a person's 1:1 chat (an approver's own copy); false when the app is not installed for them. */
  sendPersonalCard(meetingId: string, arendeKey: string, person: Person, text: string): Promise<boolean>;
}

/** What the publisher needs. */
export interface PublisherDeps {
  meetings: MeetingRepository;
  conversations: ConversationRepository;
  roster: RosterRepository;
  sender: Sender;
  viewContext: () => Promise<ViewContext>;
  log: Logger;
}

const cardActivity = (card: object) => MessageFactory.attachment(CardFactory.adaptiveCard(card));
const referenceOf = (c: ConversationRecord): Partial<ConversationReference> => c.reference as Partial<ConversationReference>;

/** Creates the publisher. */
export function createPublisher(deps: PublisherDeps): Publisher {
  const { meetings, conversations, sender, log } = deps;

  /** In group and 1:1 chats each person gets their own view through refresh; channels get the shared copy only. */
  const refreshIds = async (c: ConversationRecord): Promise<string[] | null> => {
    if (c.type === 'channel') return null;
    const roster = await deps.roster.get();
    return roster.people.map((p) => p.aadObjectId);
  };

  const renderFor = async (m: MeetingRecord, v: VersionedArende, c: ConversationRecord, ctx: ViewContext) => {
    if (v.record.removed) return renderArendeCard({ ...arendeCardView(m, v, ctx, null, null), buttons: { approve: false, requestChanges: false, requestHandlingar: false }, approvals: [{ text: msg.removedFromAgenda, tone: 'warning' }] });
    return renderArendeCard(arendeCardView(m, v, ctx, null, await refreshIds(c)));
  };

  /**
   * Queues an update of every posted copy of a card. The chat and `card` are read when a copy's update leaves
   * its chat's queue, so a copy waiting behind Teams' limits goes out once, current, and the clicks that
   * found it waiting read nothing for it.
   */
  const updateCopies = async (meetingId: string, cardKey: string, card: (c: ConversationRecord) => Promise<object>): Promise<void> => {
    const updates = (await meetings.getPosts(meetingId, cardKey)).map(async (post) => {
      try {
        await sender.update(post.conversationId, post.activityId, async () => {
          const c = await conversations.get(post.conversationId);
          return c ? { reference: referenceOf(c), activity: cardActivity(await card(c)) } : null;
        });
      } catch (e) {
        log.error('could not update a card copy', { meetingId, cardKey, conversationId: post.conversationId, err: e });
      }
    });
    await Promise.all(updates);
  };

  /** The meeting and the ärende as they are now; an update made for a card of neither fails and is logged. */
  const current = async (meetingId: string, arendeKey: string) => {
    const [meeting, v, ctx] = await Promise.all([meetings.getMeeting(meetingId), meetings.getArende(meetingId, arendeKey), deps.viewContext()]);
    if (!meeting || !v) throw new Error(`no ärende ${arendeKey} in meeting ${meetingId}`);
    return { m: meeting.record, v, ctx };
  };

  /** A copy of an ärende's card as it is now: a godkännare's 1:1 copy shows their own view. */
  const copyNow = async (meetingId: string, arendeKey: string, c: ConversationRecord): Promise<object> => {
    const { m, v, ctx } = await current(meetingId, arendeKey);
    if (c.type === 'personal' && c.personId) {
      const person = findPerson(ctx.roster, c.personId) ?? null;
      return renderArendeCard(ownArendeCardView(m, v, ctx, person, c.personId));
    }
    return renderFor(m, v, c, ctx);
  };

  /** The overview as it is now. */
  const overviewNow = async (meetingId: string): Promise<object> => {
    const m = (await meetings.getMeeting(meetingId))?.record;
    if (!m) throw new Error(`no meeting ${meetingId}`);
    return renderOverviewCard(overviewView(m, await meetings.listArenden(meetingId), await deps.viewContext()));
  };

  /** The overview lists every ärende and is the costliest card: one render serves all copies that leave together. */
  const refreshOverview = (meetingId: string): Promise<void> => {
    let rendered: Promise<object> | undefined;
    return updateCopies(meetingId, OVERVIEW, () => (rendered ??= overviewNow(meetingId)));
  };

  return {
    async publishMeeting(meetingId, conversationId) {
      const m = (await meetings.getMeeting(meetingId))?.record;
      const c = await conversations.get(conversationId);
      if (!m || !c) throw new Error(`publishMeeting: unknown meeting ${meetingId} or conversation ${conversationId}`);
      const ctx = await deps.viewContext();
      const items = await meetings.listArenden(meetingId);
      let posted = 0;
      let updated = 0;
      // A new card is sent as rendered here; a card already posted is updated from what is current when the
      // update leaves, so a click's update waiting for the same copy is not set back to this moment.
      const post = async (cardKey: string, card: object, latest: () => Promise<object>): Promise<void> => {
        const existing = (await meetings.getPosts(meetingId, cardKey)).find((p) => p.conversationId === conversationId);
        if (existing) {
          await sender.update(conversationId, existing.activityId, async () => ({ reference: referenceOf(c), activity: cardActivity(await latest()) }));
          updated++;
          return;
        }
        const activityId = await sender.send(referenceOf(c), cardActivity(card));
        await meetings.addPost(meetingId, cardKey, { conversationId, activityId });
        posted++;
      };
      await post(OVERVIEW, renderOverviewCard(overviewView(m, items, ctx)), () => overviewNow(meetingId));
      for (const item of items) await post(item.record.key, await renderFor(m, item, c, ctx), () => copyNow(meetingId, item.record.key, c));
      // Ärenden a re-import removed keep their posted cards, now marked as removed.
      for (const key of m.itemKeys) {
        if (items.some((i) => i.record.key === key)) continue;
        const gone = await meetings.getArende(meetingId, key);
        if (gone) await updateCopies(meetingId, key, (cc) => renderFor(m, gone, cc, ctx));
      }
      log.info('meeting published', { meetingId, conversationId, posted, updated });
      return { posted, updated };
    },

    async refreshArende(meetingId, arendeKey) {
      await Promise.all([
        updateCopies(meetingId, arendeKey, (c) => copyNow(meetingId, arendeKey, c)),
        refreshOverview(meetingId),
      ]);
    },

    async sendPersonalCard(meetingId, arendeKey, person, text) {
      const c = await conversations.personal(person.aadObjectId);
      const m = (await meetings.getMeeting(meetingId))?.record;
      const v = await meetings.getArende(meetingId, arendeKey);
      if (!c || !m || !v) return false;
      const ctx = await deps.viewContext();
      const activity = cardActivity(renderArendeCard(ownArendeCardView(m, v, ctx, person)));
      activity.text = text;
      const activityId = await sender.send(referenceOf(c), activity);
      await meetings.addPost(meetingId, arendeKey, { conversationId: c.id, activityId });
      return true;
    },
  };
}
