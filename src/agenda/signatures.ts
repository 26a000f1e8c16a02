import { isGivenName } from './given-names';

/**
 * The signature block of a kallelse: names over their roles, "Marjo Gustafsson" / "Ordförande", or
 * two columns that extraction turns into one line each, "Ingrid Jerneborg Glimne Jenny Johansson" /
 * "Ordförande Sekreterare" (domain.md §2.3).
 */

/** A role of the signature block; only ordförande and sekreterare reach the meeting. */
export type SignatureRole = 'ordforande' | 'sekreterare' | 'other';

const ROLE_PHRASES: ReadonlyArray<[RegExp, SignatureRole]> = [
  [/^(?:\d:e\s+|förste\s+|andre\s+)?vice\s+ordförande/i, 'other'],
  [/^(?:t\.?\s?f\.?\s+)?ordförande/i, 'ordforande'],
  [/^(?:nämndsekreterare|kommunsekreterare|sekreterare|mötessekreterare|utskottssekreterare|styrelsesekreterare)/i, 'sekreterare'],
  [/^(?:förvaltningschef|kommundirektör|kanslichef|registrator|nämndadministratör|administratör)/i, 'other'],
];

/** The roles of a role line in column order ("Ordförande Sekreterare"), or null when the line is not made of roles only. */
export function roleLine(text: string): SignatureRole[] | null {
  const roles: SignatureRole[] = [];
  let rest = text.trim().replace(/[:,]$/, '');
  while (rest) {
    const hit = ROLE_PHRASES.map(([re, role]) => ({ m: re.exec(rest), role })).find((h) => h.m);
    if (!hit || !hit.m) return null;
    roles.push(hit.role);
    rest = rest.slice(hit.m[0].length).replace(/^[\s,/&]+|^och\s+/i, '').trim();
  }
  return roles.length ? roles : null;
}

/** True for a line that may be one or more names: capitalised words (particles like "af", "von" allowed), no digits. */
export function looksLikeNames(text: string): boolean {
  if (/\d|[:;@]/.test(text) || text.length > 90) return false;
  const words = text.split(' ');
  return words.length >= 1 && words.length <= 12 && words.every((w) => /^\p{Lu}[\p{L}'.-]*,?$/u.test(w) || /^(?:af|av|von|van|de|der|la|le|di|da)$/.test(w));
}

/**
 * Splits one line of names into `count` names, in column order. Each name gets at least two words
 * where it can (a given name and a surname); among the splits left, one whose names start with a
 * known given name wins, then the most equal one, the earlier names taking the odd word
 * ("Ingrid Jerneborg Glimne" / "Jenny Johansson").
 */
export function splitNames(text: string, count: number): string[] | null {
  const words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (count < 1 || words.length < count) return null;
  if (count === 1) return [words.join(' ')];
  const min = words.length >= 2 * count ? 2 : 1;
  let best: { parts: string[]; score: number } | null = null;
  for (const sizes of compositions(words.length, count, min)) {
    const parts: string[] = [];
    let at = 0;
    let given = 0;
    for (const size of sizes) {
      const first = words[at] ?? '';
      if (isGivenName(first)) given++;
      parts.push(words.slice(at, at + size).join(' '));
      at += size;
    }
    const spread = Math.max(...sizes) - Math.min(...sizes);
    // Earlier names take the odd word: among equal spreads, a larger first name block wins.
    const score = given * 100 - spread * 10 + (sizes[0] ?? 0);
    if (!best || score > best.score) best = { parts, score };
  }
  return best?.parts ?? null;
}

/** Every way to write n as an ordered sum of k parts, each at least min. */
function compositions(n: number, k: number, min: number): number[][] {
  if (k === 1) return n >= min ? [[n]] : [];
  const out: number[][] = [];
  for (let first = min; first <= n - min * (k - 1); first++) {
    for (const rest of compositions(n - first, k - 1, min)) out.push([first, ...rest]);
  }
  return out;
}

/** "Ordförande: Anna Ek", "Sekreterare Allan Abdi": a role and a name on one line, else null. */
export function inlineRole(text: string): { role: SignatureRole; name: string } | null {
  // Case by hand: with the i flag \p{Lu} would match any letter.
  const m = /^([Oo]rdförande|ORDFÖRANDE|[Nn]ämndsekreterare|[Ss]ekreterare|SEKRETERARE|[Kk]ommunsekreterare)\s*:?\s+(\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|af|von|de|van))+)\s*(?:\(\p{Lu}{1,4}\))?$/u.exec(text);
  if (!m || !m[1] || !m[2]) return null;
  return { role: /ordförande/i.test(m[1]) ? 'ordforande' : 'sekreterare', name: m[2] };
}

/** "Marjo Gustafsson, ordförande": a name and its role on one line, else null. */
export function nameThenRole(text: string): { role: SignatureRole; name: string } | null {
  const m = /^(\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|af|von|de|van))+)\s*,\s*([Oo]rdförande|[Nn]ämndsekreterare|[Ss]ekreterare|[Kk]ommunsekreterare)$/u.exec(text);
  if (!m || !m[1] || !m[2]) return null;
  return { role: /ordförande/i.test(m[2]) ? 'ordforande' : 'sekreterare', name: m[1] };
}
