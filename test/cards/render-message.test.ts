import { checkCard, renderMessageCard } from '../../src/cards';
import { allActions, visibleTexts } from './card-reading';

describe('the message card', () => {
  it('shows a heading and the lines of a short answer, without buttons', () => {
    const card = renderMessageCard({ title: 'Så använder du Nämndbot', lines: ['Skriv **handlingar 5** för att se handlingarna.', '', 'Skriv **status** för att se vad som väntar.'] });
    expect(visibleTexts(card)).toEqual(['Så använder du Nämndbot', 'Skriv **handlingar 5** för att se handlingarna.', 'Skriv **status** för att se vad som väntar.']);
    expect(allActions(card)).toEqual([]);
    expect(checkCard(card)).toEqual([]);
  });

  it('is just a heading when there are no lines', () => {
    const card = renderMessageCard({ title: 'Klart', lines: [] });
    expect(visibleTexts(card)).toEqual(['Klart']);
    expect(checkCard(card)).toEqual([]);
  });
});
