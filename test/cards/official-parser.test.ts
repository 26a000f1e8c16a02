import { allCards } from './all-cards';
import { officialParseEvents, officialTargetVersion } from './official-parser';

describe('the official Adaptive Cards parser (npm adaptivecards, read as schema 1.5)', () => {
  it('reads cards as schema 1.5', () => {
    expect(officialTargetVersion()).toBe('1.5');
  });

  it('would report what it must: unknown types, 1.6 properties, duplicate ids, too many actions', () => {
    const events = officialParseEvents({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Carousel', pages: [] },
        { type: 'Input.Text', id: 'x', label: 'A', labelPosition: 'inline' },
        { type: 'Input.Text', id: 'x', label: 'B' },
      ],
      actions: Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Execute', verb: 'v', title: `${i}` })),
    });
    expect(events).toEqual([
      'Unknown element type "Carousel". Fallback will be used if present.',
      'Property "labelPosition" is supported in version 1.6, but you are using version 1.5.',
      'Duplicate Id "x".',
      'Maximum number of actions exceeded (6).',
    ]);
  });

  it.each(allCards())('parses the %s card without a warning or error', (_name, card) => {
    expect(officialParseEvents(card)).toEqual([]);
  });
});
