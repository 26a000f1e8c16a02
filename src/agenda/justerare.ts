import type { Justerare } from '../domain/meeting';

/**
 * Proposed justerare as kallelser print them: "Ordinarie: Lena Staaf (V) Ersättare: Anne-Lise Ljung
 * (SD)", "Anna Ek (S), ersättare Bo Berg (M)", "Anna Ek (S) med Bo Berg (M) som ersättare",
 * "Anna Ek (S) och Bo Berg (M)".
 */

const ROLE_MARK = /\b(ordinarie|ersättare|ersättaren|reserv|justerare)\b\s*:?/gi;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const PERSON = new RegExp(String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|af|von|van|de|der|la)){0,3})\s*(?:\(\s*(\p{Lu}[\p{L}]{0,4})\s*\))?`, 'gu');

const SOM_ERSATTARE = new RegExp(String.raw`${PERSON.source}\s+som\s+ersättare\b`, 'gu');

/** The justerare named in the text, each with party (or null) and role. */
export function parseJusterare(input: string): Justerare[] {
  // "X (M) som ersättare" is read as "Ersättare: X (M)", so a role always precedes its names.
  const text = input.replace(SOM_ERSATTARE, (_all, name: string, party: string | undefined) => ` Ersättare: ${name}${party ? ` (${party})` : ''}`);
  const out: Justerare[] = [];
  let role: Justerare['role'] = 'ordinarie';
  let last = 0;
  const segments: Array<{ role: Justerare['role']; text: string }> = [];
  for (const m of text.matchAll(ROLE_MARK)) {
    segments.push({ role, text: text.slice(last, m.index) });
    role = /ersätt|reserv/i.test(m[1] ?? '') ? 'ersättare' : 'ordinarie';
    last = (m.index ?? 0) + m[0].length;
  }
  segments.push({ role, text: text.slice(last) });
  for (const seg of segments) {
    for (const m of seg.text.matchAll(PERSON)) {
      const name = (m[1] ?? '').trim();
      if (!name || name.split(' ').length < 2) continue;
      out.push({ name, party: m[2] ?? null, role: seg.role });
    }
  }
  return out;
}
