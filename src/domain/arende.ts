import { z } from 'zod';
import { Handling, HandlingInput } from './handling';

/** Ärende number as printed, normalised: "15 a)" → "15a". */
export function normaliseArendeNumber(raw: string): string {
  return raw.replace(/[\s).]/g, '').toLowerCase();
}

/** What kind of ärende this is; it decides the card and the rules (requests, approvals). */
export const ArendeKind = z.enum(['beslut', 'information', 'sekretess', 'delegation', 'anmalan']);
export type ArendeKind = z.infer<typeof ArendeKind>;

/** The body that takes the decision: the nämnd itself, or kommunfullmäktige on the nämnd's proposal. */
export const DecidingBody = z.enum(['namnden', 'kommunfullmaktige']);
export type DecidingBody = z.infer<typeof DecidingBody>;

const ArendeFields = z.object({
  section: z.string().trim().min(1).nullable().default(null),
  number: z
    .string()
    .trim()
    .min(1, 'ärendet saknar nummer')
    .transform(normaliseArendeNumber)
    .refine((n) => /^\d+[a-z]?$/.test(n), 'ärendenummer ska vara som "5" eller "15a"'),
  /** The diarienummer without its "Dnr" label; neither unique nor always present (domain.md §6). */
  dnr: z.string().trim().min(1).nullable().default(null),
  title: z.string().trim().min(1, 'ärendet saknar rubrik'),
  handlingar: z.array(HandlingInput).default([]),
  presenter: z.string().trim().min(1).nullable().default(null),
  sekretess: z.boolean().default(false),
  kind: ArendeKind.optional(),
  decidedBy: DecidingBody.optional(),
  /** "att förklara paragrafen omedelbart justerad": this paragraf is justerad at the meeting. */
  omedelbarJustering: z.boolean().default(false),
  /** The tjänsteskrivelse's förslag till beslut, one entry per point as printed ("1) att godkänna …"); empty when unknown. */
  forslag: z.array(z.string().trim().min(1, 'en punkt i förslaget till beslut är tom')).default([]),
});

/** An ärende (agenda item) as the kallelse prints it; kind and deciding body are derived when not given. */
export const Arende = ArendeFields.transform((a) => ({
  ...a,
  handlingar: a.handlingar as Handling[],
  kind: a.kind ?? classifyArende(a),
  decidedBy: a.decidedBy ?? decidingBodyOf(a.section),
}));
export type Arende = z.output<typeof Arende>;
export type ArendeInput = z.input<typeof Arende>;

/** The kind of an ärende from its section and title, as Swedish kallelser name them. */
export function classifyArende(a: { section: string | null; title: string; sekretess: boolean }): ArendeKind {
  const section = (a.section ?? '').toLowerCase();
  const title = a.title.toLowerCase();
  if (a.sekretess || section.includes('sekretess')) return 'sekretess';
  if (/delegationsbeslut|delegationsärenden|delegationslista/.test(title)) return 'delegation';
  if (/anmälningsärenden|anmälningar|anmälningslista|meddelanden/.test(title)) return 'anmalan';
  if (section.includes('information') || section.includes('informerar')) return 'information';
  return 'beslut';
}

/** Kommunfullmäktige decides where the section says so ("Beslutsärenden kommunfullmäktige"); else the nämnd. */
export function decidingBodyOf(section: string | null): DecidingBody {
  return /fullmäktige/i.test(section ?? '') ? 'kommunfullmaktige' : 'namnden';
}

/** An ärende's key within its meeting: section and number; the diarienummer cannot serve (domain.md §6). */
export function arendeKey(a: { section: string | null; number: string }): string {
  return `${a.section ?? ''}§${a.number}`;
}

/** The ärende number read back from its key: a key ends with it. */
export function numberOfArendeKey(key: string): string {
  return key.slice(key.lastIndexOf('§') + 1);
}
