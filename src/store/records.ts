import { z } from 'zod';
import { Handling } from '../domain/handling';
import { Meeting } from '../domain/meeting';
import { ArendeKind, DecidingBody } from '../domain/arende';
import { Tjansteskrivelse } from '../domain/tjansteskrivelse';
import { Roster } from '../domain/roster';

/** Where a card was posted: the conversation and the activity id Teams gave it. */
export const PostedCopy = z.object({ conversationId: z.string(), activityId: z.string() });
export type PostedCopy = z.infer<typeof PostedCopy>;

/** A stored ärende as it was imported (already validated once, so stored plainly). */
export const StoredArende = z.object({
  section: z.string().nullable(),
  number: z.string(),
  dnr: z.string().nullable(),
  title: z.string(),
  handlingar: z.array(Handling),
  presenter: z.string().nullable(),
  sekretess: z.boolean(),
  kind: ArendeKind,
  decidedBy: DecidingBody,
  omedelbarJustering: z.boolean(),
  /** The förslag till beslut; records stored before it was read have none. */
  forslag: z.array(z.string()).default([]),
});

/** A meeting as stored: the kallelse's meeting and its ärenden's keys in agenda order. */
export const MeetingRecord = z.object({
  id: z.string(),
  meeting: Meeting,
  itemKeys: z.array(z.string()),
  importedAt: z.string(),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

/** One ärende of a meeting with its workflow state (the tjänsteskrivelse's approvals). Its version is what a card carries. */
export const ArendeRecord = z.object({
  meetingId: z.string(),
  key: z.string(),
  arende: StoredArende,
  /** Set when a re-import no longer lists the ärende; the record and its approvals are kept. */
  removed: z.boolean().default(false),
  tjansteskrivelse: Tjansteskrivelse.nullable(),
});
export type ArendeRecord = z.infer<typeof ArendeRecord>;

/** Every posted copy of one card (an ärende's, or the overview's), kept apart so posting never makes a card stale. */
export const PostsRecord = z.object({ posts: z.array(PostedCopy) });
export type PostsRecord = z.infer<typeof PostsRecord>;

/** A stored conversation reference (captured when the app is installed) for proactive messages. */
export const ConversationRecord = z.object({
  id: z.string(),
  type: z.enum(['personal', 'groupChat', 'channel']),
  /** The botbuilder ConversationReference as Teams gave it. */
  reference: z.record(z.unknown()),
  /** In a 1:1 chat: the person's Entra object id. */
  personId: z.string().nullable().default(null),
  installedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof ConversationRecord>;

/** Which conversation is a person's 1:1 chat with the bot. */
export const PersonalIndexRecord = z.object({ conversationId: z.string() });

/** Committee-wide settings the sekreterare changes in chat. */
export const SettingsRecord = z.object({ committeeConversationId: z.string().nullable().default(null) });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** A ledamot's request for the documents behind delegationsbeslut or anmälningsärenden. */
export const RequestRecord = z.object({
  meetingId: z.string(),
  arendeKey: z.string(),
  personId: z.string(),
  personName: z.string(),
  at: z.string(),
  status: z.enum(['open', 'done']).default('open'),
});
export type RequestRecord = z.infer<typeof RequestRecord>;

/** One line of the audit log: who did what, when, and how it ended. */
export const AuditEntry = z.object({
  at: z.string(),
  meetingId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.enum(['ok', 'refused', 'error']),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export { Roster as RosterRecord };

/** The keys records live under. Meeting-scoped keys share a prefix so a meeting's records list together. */
export const keys = {
  meeting: (id: string) => `meeting:${id}`,
  meetings: 'meeting:',
  arende: (meetingId: string, key: string) => `arende:${meetingId}:${key}`,
  arenden: (meetingId: string) => `arende:${meetingId}:`,
  posts: (meetingId: string, cardKey: string) => `posts:${meetingId}:${cardKey}`,
  conversation: (id: string) => `conversation:${id}`,
  conversations: 'conversation:',
  /** A person's 1:1 conversation id, so finding it does not read every conversation. */
  personal: (personId: string) => `personal:${personId}`,
  settings: 'settings',
  roster: 'roster',
  request: (meetingId: string, arendeKey: string, personId: string) => `request:${meetingId}:${arendeKey}:${personId}`,
  requests: (meetingId: string) => `request:${meetingId}:`,
  audit: (meetingId: string | null, at: string, nonce: string) => `audit:${meetingId ?? '-'}:${at}:${nonce}`,
  audits: (meetingId: string | null) => `audit:${meetingId ?? '-'}:`,
  followUp: (id: string) => `followup:${id}`,
  followUps: 'followup:',
};
