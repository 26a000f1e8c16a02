/**
 * The committee a kallelse summons, from its heading: "KALLELSE TILL SOCIALNÄMNDENS SAMMANTRÄDE",
 * "Sammanträde i socialnämnden", "Kallelse till Barn- och utbildningsnämnden", "Kommunstyrelsens
 * arbetsutskott", "Tekniska nämnden", "Kommunfullmäktige". Given in its definite form, capitalised:
 * "Socialnämnden".
 */

// A body's head noun in any inflection: nämnd(en)(s), styrelse(n)(s), fullmäktige(s), utskott(et)(s) …
const BODY = /^(\p{L}*?)(nämnd|styrelse|fullmäktige|utskott|beredning|direktion|råd)(en|et|n)?(s)?$/u;
const DEFINITE: Readonly<Record<string, string>> = {
  nämnd: 'nämnden', styrelse: 'styrelsen', fullmäktige: 'fullmäktige', utskott: 'utskottet', beredning: 'beredningen', direktion: 'direktionen', råd: 'rådet',
};
// Words that end like a body but are none.
const NOT_A_BODY = /^(?:förråd|samråd|underlag|vägledning|ledning|fortbildning|tillråd)/;

/** A word as written, lower-cased when the heading is in capitals ("SOCIALNÄMNDENS"). */
function unshout(word: string): string {
  return word.length > 1 && word === word.toUpperCase() ? word.toLowerCase() : word;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The body named by words[i], with the words before it that belong to its name; null when words[i] names none. */
function bodyAt(words: readonly string[], i: number): string | null {
  const word = unshout((words[i] ?? '').replace(/[,.:;]+$/, ''));
  const m = BODY.exec(word.toLowerCase());
  if (!m || NOT_A_BODY.test(word.toLowerCase())) return null;
  const stem = word.slice(0, (m[1] ?? '').length);
  const head = m[2] ?? '';
  let name = `${stem}${DEFINITE[head] ?? head}`;
  if (!stem) {
    // A bare "nämnden" takes its adjective: "Tekniska nämnden", "Sociala utskottet".
    const adjective = unshout(words[i - 1] ?? '');
    if (/^\p{L}{3,}a$/u.test(adjective)) name = `${adjective} ${name}`;
  } else if (/^(?:och|samt)$/i.test(words[i - 1] ?? '')) {
    // Suspended compounds: "Barn- och utbildningsnämnden", "Bygg-, miljö- och hälsoskyddsnämnden".
    const parts: string[] = [];
    for (let k = i - 2; k >= 0 && /^\p{L}+-,?$/u.test(words[k] ?? ''); k--) parts.unshift(unshout(words[k] as string));
    if (parts.length) name = `${parts.join(' ')} ${(words[i - 1] as string).toLowerCase()} ${name}`;
  }
  return name;
}

/** The committee named in the heading lines, in its definite form ("Socialnämnden"), or null. */
export function findCommittee(lines: readonly string[]): string | null {
  for (const line of lines) {
    const words = line.split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const name = bodyAt(words, i);
      if (!name) continue;
      // "Kommunstyrelsens arbetsutskott": an owner in the genitive and its sub-body are one name.
      const owner = unshout((words[i] ?? '').replace(/[,.:;]+$/, ''));
      const sub = unshout((words[i + 1] ?? '').replace(/[,.:;]+$/, ''));
      if (/s$/.test(owner) && /^\p{L}*(?:utskott|utskottet|beredning|beredningen)$/u.test(sub)) return capitalise(`${owner} ${sub}`);
      return capitalise(name);
    }
  }
  return null;
}
