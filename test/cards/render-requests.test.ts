import { checkCard, renderRequestsCard } from '../../src/cards';
import { allActions, visibleTexts } from './card-reading';
import { requests } from './fixture-views';

describe('the requests card', () => {
  it('lists the open requests for the sekreterare: who, what and when', () => {
    const card = renderRequestsCard(requests());
    expect(visibleTexts(card)).toEqual([
      'Begäranden om delegationsbeslut och anmälningsärenden',
      'Socialnämnden 8 december 2022',
      'Sista dag att begära: tisdag 6 december',
      'Öppna begäranden: 3',
      'Lena Staaf',
      '13 Delegationsärenden',
      '2022-12-01 09:12',
      'Per Ohlsson',
      '13 Delegationsärenden',
      '2022-12-02 14:40',
      'Per Ohlsson',
      '14 Anmälningsärenden',
      '2022-12-02 14:41',
    ]);
    expect(allActions(card)).toEqual([]);
    expect(checkCard(card)).toEqual([]);
  });

  it('says so when there are no open requests', () => {
    const card = renderRequestsCard({ ...requests(), requests: [] });
    expect(visibleTexts(card)).toContain('Inga öppna begäranden.');
    expect(visibleTexts(card).some((t) => t.startsWith('Öppna begäranden'))).toBe(false);
    expect(checkCard(card)).toEqual([]);
  });
});
