/**
 * The municipality behind a meeting pack. Its web address or e-mail domain ("www.nykoping.se",
 * "gnesta.kommun@gnesta.se") says which one; the text says how it is spelt ("Nyköpings kommun",
 * "NYKÖPINGS KOMMUN", "Gnesta kommun"). A pack names other municipalities too (Nyköping's mentions
 * "Eskilstuna kommun" 17 times), so a name only counts when the domain confirms it, or when the
 * kallelse's own head prints it.
 */

// Domains of national bodies that appear in packs but are no municipality's.
const NOT_MUNICIPAL = new Set([
  'regeringen', 'riksdagen', 'skr', 'socialstyrelsen', 'ivo', 'lansstyrelsen', 'forsakringskassan', 'skatteverket', 'kommunal',
  'sverige', 'gov', 'boverket', 'folkhalsomyndigheten', 'kammarkollegiet', 'riksarkivet', 'scb', 'arbetsformedlingen', 'google',
  'microsoft', 'outlook', 'gmail', 'hotmail', 'e-tjanster', 'vardgivare', '1177', 'polisen', 'domstol', 'msb', 'kfsk', 'kolada',
]);

/** Lower case without diacritics, hyphens or spaces: "Nyköpings" → "nykopings". */
function fold(s: string): string {
  return s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/ü/g, 'u').replace(/[\s-]/g, '');
}

/** The most frequent second-level .se domain of web and e-mail addresses in the text, without "kommun" affixes. */
function mainDomain(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?:www\.|@|https?:\/\/)(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.se\b/gi)) {
    const domain = (m[1] ?? '').toLowerCase();
    if (!domain || NOT_MUNICIPAL.has(domain)) continue;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best ? best[0].replace(/kommun$|^kommun/, '') || null : null;
}

/** "NYKÖPINGS KOMMUN" → "Nyköpings kommun"; "göteborgs stad" → "Göteborgs stad". */
function tidy(name: string, kind: string): string {
  const town = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  return `${town.charAt(0).toUpperCase()}${town.slice(1)} ${kind.toLowerCase()}`;
}

// " kommun", " stad" after a word; the word itself is read backwards from there, because a
// pattern that starts at every capital of a 7 000-line pack costs ten times more.
const KIND = /[ \u00A0]+(kommun|stad|KOMMUN|STAD|Stad)(?![a-zåäöA-ZÅÄÖ])/g;
const TOWN_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]+)$/u;
const NOT_A_TOWN = /^(?:Varje|Denna|Vår|Den|En|Annan|Samma|Hela|Egen|Ny|Vilken|Din|Er|Och|I|På|Att|Attraktiv|Proaktiv|Hållbar|Trygg)$/i;

/** Every "X kommun"/"X stad" in the text, with the town name folded for comparison. */
function namesIn(text: string): Array<{ name: string; folded: string }> {
  const out: Array<{ name: string; folded: string }> = [];
  for (const m of text.matchAll(KIND)) {
    const before = TOWN_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
    const town = before?.[1];
    if (!town || NOT_A_TOWN.test(town)) continue;
    out.push({ name: tidy(town, m[1] ?? 'kommun'), folded: fold(town) });
  }
  return out;
}

/** True when a town name (perhaps in the genitive, "Nyköpings") is the one the domain names. */
function matchesDomain(folded: string, domain: string): boolean {
  return folded === domain || folded === `${domain}s` || folded.replace(/s$/, '') === domain;
}

// The few whose name is not "<town>(s) kommun".
const IRREGULAR: Readonly<Record<string, string>> = {
  falun: 'Falu kommun', stockholm: 'Stockholms stad', goteborg: 'Göteborgs stad', malmo: 'Malmö stad', solna: 'Solna stad',
  sundbyberg: 'Sundbybergs stad', vaxholm: 'Vaxholms stad', landskrona: 'Landskrona stad', haparanda: 'Haparanda stad',
};

/** "Gnesta" → "Gnesta kommun", "Nyköping" → "Nyköpings kommun": the genitive s after a consonant other than s, x, z. */
function fromTown(town: string): string {
  const irregular = IRREGULAR[fold(town)];
  if (irregular) return irregular;
  return /[aeiouyåäösxz]$/i.test(town) ? `${town} kommun` : `${town}s kommun`;
}

/** A capitalised word of the text that folds to the domain ("Nyköping" for nykoping), with its diacritics. */
function townWord(text: string, domain: string): string | null {
  const letters = domain.replace(/[^a-z]/g, '');
  if (letters.length < 3 || letters !== domain) return null;
  const pattern = [...letters].map((c) => ({ a: '[aåä]', o: '[oö]', e: '[eé]', u: '[uü]' })[c] ?? c).join('');
  const m = new RegExp(String.raw`(?<![\p{L}])(${pattern})(?![\p{L}])`, 'iu').exec(text);
  const word = m?.[1];
  return word && /^\p{Lu}/u.test(word) ? (word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word) : null;
}

/**
 * The municipality ("Nyköpings kommun"), or null when the text gives no clue: a name the pack's web
 * or e-mail domain confirms, else one printed in the kallelse's head, else the town the domain
 * names as the text spells it ("www.gnesta.se" and "646 80 Gnesta" → "Gnesta kommun").
 */
export function findMunicipality(wholeText: string, headText: string): string | null {
  const domain = mainDomain(wholeText);
  if (domain) {
    const confirmed = namesIn(wholeText).find((n) => matchesDomain(n.folded, domain));
    if (confirmed) return confirmed.name;
  }
  const inHead = namesIn(headText)[0];
  if (inHead) return inHead.name;
  const town = domain ? townWord(wholeText, domain) : null;
  return town ? fromTown(town) : null;
}
