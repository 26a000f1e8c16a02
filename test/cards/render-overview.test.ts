import { checkCard, renderOverviewCard } from '../../src/cards';
import { allActions, visibleTexts } from './card-reading';
import { agenda, overview } from './fixture-views';

describe('the overview card', () => {
  const card = renderOverviewCard(overview());
  const texts = visibleTexts(card);

  it('shows the meeting, when and where, and how many tjänsteskrivelser are approved', () => {
    expect(texts.slice(0, 3)).toEqual(['Socialnämnden 8 december 2022', 'Torsdag 8 december 2022 kl. 13:30, Stadshuset Sal B', '10 av 12 tjänsteskrivelser godkända']);
  });

  it('lists what is still missing with its status', () => {
    expect(texts).toContain('Inte godkända än:');
    expect(texts).toContain('- Ärende 4 Sammanställning av genomförd internkontroll för Socialnämnden 2022: Ändring begärd');
    expect(texts).toContain(
      '- Ärende 5 Yttrande över revisionsrapport: granskning av kvalitetssäkring av Hem för vård eller boende för barn och unga: Väntar på godkännande',
    );
  });

  it('shows the deadline for delegation and anmälan requests', () => {
    expect(texts).toContain('Begär delegationsbeslut och anmälningsärenden senast tisdag 6 december');
  });

  it('lists every ärende under its section heading, in agenda order, with its status', () => {
    const at = texts.indexOf('Dagordning');
    const agendaTexts = texts.slice(at + 1);
    const expected: string[] = [];
    let section: string | null = null;
    for (const a of agenda.arenden) {
      if (a.section !== section) expected.push(a.section);
      section = a.section;
      expected.push(a.number, a.title, expect.any(String) as unknown as string);
    }
    expect(agendaTexts).toEqual(expected);
    expect(agendaTexts.filter((t) => ['Sekretessärenden', 'Informationsärenden', 'Beslutsärenden'].includes(t))).toHaveLength(3);
    expect(agendaTexts.slice(0, 4)).toEqual(['Sekretessärenden', '1', 'Särskilt förordnad vårdnadshavare', 'Sekretess']);
  });

  it('has no buttons and passes the card checks', () => {
    expect(allActions(card)).toEqual([]);
    expect(checkCard(card)).toEqual([]);
  });

  it('leaves out the missing list and the deadline when there are none', () => {
    const done = renderOverviewCard({ ...overview(), approvalSummary: '12 av 12 tjänsteskrivelser godkända', missing: [], requestDeadlineText: null });
    const t = visibleTexts(done);
    expect(t).toContain('12 av 12 tjänsteskrivelser godkända');
    expect(t).not.toContain('Inte godkända än:');
    expect(t.some((x) => x.startsWith('Begär delegationsbeslut'))).toBe(false);
    expect(checkCard(done)).toEqual([]);
  });

  it('lists items without a section without a heading', () => {
    const flat = renderOverviewCard({ ...overview(), items: [{ number: '1', title: 'Val av justerare', section: null, status: 'Beslut' }] });
    const t = visibleTexts(flat);
    expect(t.slice(t.indexOf('Dagordning') + 1)).toEqual(['1', 'Val av justerare', 'Beslut']);
  });

  it('stays under 80 KB for a kommunfullmäktige agenda of 120 ärenden with long titles', () => {
    const long = 'Motion om att utreda förutsättningarna för en gemensam nämnd för överförmyndarverksamhet med grannkommunerna i länet';
    const big = renderOverviewCard({
      ...overview(),
      missing: Array.from({ length: 40 }, (_, i) => ({ number: String(i + 1), title: long, status: 'Väntar på godkännande' })),
      items: Array.from({ length: 120 }, (_, i) => ({ number: String((i % 40) + 1), title: long, section: `Avsnitt ${Math.floor(i / 40) + 1}`, status: 'Väntar (1 av 2)' })),
    });
    expect(checkCard(big)).toEqual([]);
  });
});
