import type { Arende } from './arende';
import { normaliseArendeNumber } from './arende';

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/** True when the text looks like a diarienummer rather than an ärende number ("SN22/31", "SN.2023.38", "2023/BUN 0214"). */
export function looksLikeDnr(text: string): boolean {
  return /[a-zåäö]/i.test(text) && /\d/.test(text) && /[/.:-]/.test(text);
}

const bare = (reference: string): string => reference.trim().replace(/^(ärende|nr|dnr:?)\s*/i, '');

/** The ärende number a reference names ("5", "ärende 15 a" → "15a"), or null when it is a diarienummer or empty. */
export function referencedNumber(reference: string): string | null {
  const ref = bare(reference);
  return ref && !looksLikeDnr(ref) ? normaliseArendeNumber(ref) : null;
}

/** The ärenden a person means by "5", "15 a", "SN22/31": several when the reference is ambiguous, none when unknown. */
export function findArenden<T extends Pick<Arende, 'number' | 'dnr'>>(items: readonly T[], reference: string): T[] {
  const number = referencedNumber(reference);
  if (number !== null) return items.filter((a) => a.number === number);
  const dnr = bare(reference);
  return dnr ? items.filter((a) => a.dnr !== null && fold(a.dnr) === fold(dnr)) : [];
}
