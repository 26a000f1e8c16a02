import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { JusteringCardView } from './views';

const template = loadTemplate('justering');

/** The justering card: the sekreterare's (form, "Protokollet justerat") or a justerare's (Bekräfta / Jag kan inte). */
export function renderJusteringCard(view: JusteringCardView): AdaptiveCard {
  return expandTemplate(template, view);
}
