import { checkCard, renderHandlingarAnswerCard } from '../../src/cards';
import { allActions, urls, visibleTexts } from './card-reading';
import { handlingarAnswer, sekretessHandlingarAnswer } from './fixture-views';

describe('the handlingar answer card', () => {
  it('lists the handlingar of "handlingar 5", linking those with an address', () => {
    const card = renderHandlingarAnswerCard(handlingarAnswer());
    expect(visibleTexts(card)).toEqual([
      'Handlingar till ärende 5: Yttrande över revisionsrapport: granskning av kvalitetssäkring av Hem för vård eller boende för barn och unga',
      'Diarienummer SN22/31',
      '- Tjänsteskrivelse',
      '- [Förslag till yttrande](https://dokument.nykoping.se/socialnamnden/2022-12-08/SN22-31/f%C3%B6rslag%20till%20yttrande.pdf)',
      '- [Revisionsrapport](https://dokument.nykoping.se/socialnamnden/2022-12-08/SN22-31/revisionsrapport.pdf)',
    ]);
    expect(checkCard(card)).toEqual([]);
  });

  it('shows the note of an ärende without handlingar', () => {
    const card = renderHandlingarAnswerCard({ number: '2', title: 'Bostad först, statsbidrag och planen framåt', dnr: null, sekretess: false, handlingar: [], note: 'Kallelsen listar inga handlingar till det här ärendet.' });
    expect(visibleTexts(card)).toEqual(['Handlingar till ärende 2: Bostad först, statsbidrag och planen framåt', 'Kallelsen listar inga handlingar till det här ärendet.']);
    expect(checkCard(card)).toEqual([]);
  });

  it('answers for a sekretessärende only "Handlingar dukas på gruppmötet", whatever the caller passed', () => {
    const card = renderHandlingarAnswerCard(sekretessHandlingarAnswer());
    expect(visibleTexts(card)).toEqual(['Handlingar till ärende 1: Särskilt förordnad vårdnadshavare', 'Diarienummer SN22/11', 'Handlingar dukas på gruppmötet']);
    const json = JSON.stringify(card);
    for (const hidden of ['SN22/11:30', 'Utredning', 'Kallelsen listar']) expect(json).not.toContain(hidden);
    expect(urls(card)).toEqual([]);
    expect(allActions(card)).toEqual([]);
    expect(checkCard(card)).toEqual([]);
  });
});
