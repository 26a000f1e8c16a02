import { z } from 'zod';

/** The data an ärende card's Action.Execute carries back; parsed before anything is looked up. */
export const ArendeActionData = z.object({
  meetingId: z.string().min(1).max(200),
  arendeKey: z.string().min(1).max(400),
  version: z.number().int().min(1),
  comment: z.string().max(2000).optional(),
});
export type ArendeActionData = z.infer<typeof ArendeActionData>;

/** The data of a choice between ärenden (no version: it only shows). */
export const ChoiceActionData = z.object({ meetingId: z.string().min(1).max(200), arendeKey: z.string().min(1).max(400) });
