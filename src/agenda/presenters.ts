/**
 * Presenters printed after an information item's title ("Lägesrapport av ekonomiskt bistånd
 * Områdeschef"), sometimes broken mid-word by a narrow column ("Verksamhetsc" + "hef och"). Split off
 * with a vocabulary of roles, never by guessing at names.
 */
const ROLE_WORDS = [
  'sakkunnig', 'områdeschef', 'verksamhetschef', 'verksamhetsledare', 'förvaltningschef', 'förvaltningschefen', 'socialchef', 'enhetschef',
  'enhetschefer', 'avdelningschef', 'ekonomichef', 'ekonom', 'controller', 'utredare', 'handläggare', 'kvalitetschef', 'kvalitetsutvecklare',
  'strateg', 'nämndsekreterare', 'sekreterare', 'kommundirektör', 'personalchef', 'hr-chef', 'ordförande', 'mas', 'division', 'social', 'omsorg',
  'utbildning', 'socialförvaltningen', 'förvaltningen', 'samordnare', 'projektledare', 'tjänsteperson', 'tjänstepersoner',
];
const JOINERS = ['och', 'samt', '&'];
const ROLES = new Set(ROLE_WORDS);

/** Splits "Title Presenter" into its parts when the tail is made of role words; fragments are rejoined. */
export function splitPresenter(title: string): { title: string; presenter: string | null } {
  const tokens = title.split(' ');
  // Walk back from the end, gluing up to three fragments into a role word or taking a joiner.
  const words: Array<{ word: string; from: number }> = [];
  let i = tokens.length;
  while (i > 0) {
    let found: { word: string; from: number } | undefined;
    for (let k = Math.max(0, i - 3); k < i && !found; k++) {
      const glued = tokens.slice(k, i).join('');
      const lower = glued.toLowerCase();
      if (ROLES.has(lower) || (k === i - 1 && JOINERS.includes(lower))) found = { word: glued, from: k };
    }
    if (!found) break;
    words.unshift(found);
    i = found.from;
  }
  // The presenter starts with a role word, not a joiner, and leaves a title before it.
  while (words.length && JOINERS.includes((words[0] as { word: string }).word.toLowerCase())) words.shift();
  const first = words[0];
  if (!first || first.from === 0) return { title, presenter: null };
  return { title: tokens.slice(0, first.from).join(' '), presenter: words.map((w) => w.word).join(' ') };
}
