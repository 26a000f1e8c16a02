import { z } from 'zod';
import { IsoDate } from './dates';

/** One approval slot of a tjänsteskrivelse ("Slutversion av Tjänsteskrivelsen godkändes …"). */
export const ApprovalSlot = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending'), assignee: z.string().nullable().default(null) }),
  z.object({
    state: z.literal('approved'),
    assignee: z.string().nullable().default(null),
    /** Who approved: their Entra object id and name, as the roster had them. */
    by: z.object({ id: z.string(), name: z.string() }),
    date: IsoDate,
    at: z.string().datetime(),
  }),
  z.object({
    state: z.literal('changes_requested'),
    assignee: z.string().nullable().default(null),
    by: z.object({ id: z.string(), name: z.string() }),
    comment: z.string().trim().min(1),
    at: z.string().datetime(),
  }),
  /** A stamp that cannot be trusted as it stands (two conflicting dates, a garbled date): a person must look. */
  z.object({ state: z.literal('needs_review'), assignee: z.string().nullable().default(null), reason: z.string() }),
]);
export type ApprovalSlot = z.infer<typeof ApprovalSlot>;

/** The tjänsteskrivelse (official memo) of a beslutsärende: its author and approval slots. */
export const Tjansteskrivelse = z.object({
  /** The tjänsteperson who wrote it (Entra object id), told when changes are requested. */
  author: z.string().nullable().default(null),
  slots: z.array(ApprovalSlot).min(1),
});
export type Tjansteskrivelse = z.infer<typeof Tjansteskrivelse>;

/** True when every slot of the tjänsteskrivelse is approved. */
export function isApproved(ts: Tjansteskrivelse): boolean {
  return ts.slots.every((s) => s.state === 'approved');
}
