/** One element, action or nested object of a card, as JSON. */
export type CardNode = Record<string, unknown>;

/** An Adaptive Card as Nämndbot sends it: schema 1.5, the highest Teams renders everywhere. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardNode[];
  actions?: CardNode[];
  /** Universal Actions refresh: the client asks the bot for the card of each listed user. */
  refresh?: { action: CardNode; userIds: string[] };
}

/** A card wrapped as a Bot Framework attachment. */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
}

/** The attachment Teams expects for a card. */
export function cardAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
