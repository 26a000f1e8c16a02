import { checkCard, renderArendeCard, type AdaptiveCard } from '../../src/cards';
import { allActions, buttonTitles, urls, verbs, visibleTexts } from './card-reading';
import { approvedArende, changesRequestedArende, delegationArende, MEETING_ID, MEETING_TITLE, pendingArende, sekretessArende } from './fixture-views';

const facts = (card: AdaptiveCard): Array<[string, string]> =>
  ((card.body.find((e) => e.type === 'FactSet')?.facts ?? []) as Array<{ title: string; value: string }>).map((f) => [f.title, f.value]);

describe('the ärende card', () => {
  it('shows a pending ärende: heading, facts, the approval line, handlingar and the omedelbar justering marker', () => {
    const card = renderArendeCard(pendingArende());
    const texts = visibleTexts(card);
    expect(texts).toContain(MEETING_TITLE);
    expect(texts).toContain('Ärende 5: Yttrande över revisionsrapport: granskning av kvalitetssäkring av Hem för vård eller boende för barn och unga');
    expect(facts(card)).toEqual([
      ['Diarienummer', 'SN22/31'],
      ['Avsnitt', 'Beslutsärenden'],
      ['Föredragande', 'Caroline Svensson'],
      ['Beslutas av', 'Nämnden'],
    ]);
    expect(texts).toContain('Väntar på godkännande (Caroline Svensson)');
    expect(texts).toContain('Handlingar');
    expect(texts).toContain('- Tjänsteskrivelse');
    expect(texts).toContain('- [Förslag till yttrande](https://dokument.nykoping.se/socialnamnden/2022-12-08/SN22-31/f%C3%B6rslag%20till%20yttrande.pdf)');
    expect(texts).toContain('- [Revisionsrapport](https://dokument.nykoping.se/socialnamnden/2022-12-08/SN22-31/revisionsrapport.pdf)');
    expect(texts.some((t) => t.startsWith('Omedelbart justerad'))).toBe(true);
    expect(checkCard(card)).toEqual([]);
  });

  it('offers the approver "Godkänn slutversion", "Begär ändring" and "Begär handlingar"', () => {
    const card = renderArendeCard(pendingArende());
    expect(buttonTitles(card)).toEqual(['Godkänn slutversion', 'Begär ändring', 'Begär handlingar']);
    expect(verbs(card)).toEqual(['card.refresh', 'approval.approve', 'approval.request_changes', 'handlingar.request']);
  });

  it('carries meetingId, arendeKey and version in every Action.Execute, the refresh included', () => {
    const card = renderArendeCard(pendingArende());
    const executes = allActions(card).filter((a) => a.type === 'Action.Execute');
    expect(executes).toHaveLength(4);
    for (const a of executes) expect(a.data).toEqual({ meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§5', version: 3 });
  });

  it('asks for the change in a labelled, required comment field before sending it', () => {
    const card = renderArendeCard(pendingArende());
    const showCard = card.actions?.find((a) => a.type === 'Action.ShowCard') as { card: AdaptiveCard };
    expect(showCard.card.body).toEqual([expect.objectContaining({ type: 'Input.Text', id: 'comment', label: 'Vad behöver ändras?', isRequired: true, errorMessage: expect.any(String) })]);
    expect(showCard.card.actions).toEqual([expect.objectContaining({ type: 'Action.Execute', verb: 'approval.request_changes' })]);
  });

  it('asks Teams to refresh the card for the listed users', () => {
    expect(renderArendeCard(pendingArende()).refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'card.refresh', title: 'Uppdatera', data: { meetingId: MEETING_ID, arendeKey: 'Beslutsärenden§5', version: 3 } },
      userIds: ['29:1caroline-aad', '29:1lena-aad'],
    });
  });

  it('has no refresh when the view has none, or an empty list of users', () => {
    expect(renderArendeCard(pendingArende({ refresh: null })).refresh).toBeUndefined();
    expect(renderArendeCard(pendingArende({ refresh: { userIds: [] } })).refresh).toBeUndefined();
  });

  it('keeps at most 60 users in the refresh, as Teams honours no more', () => {
    const userIds = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
    const card = renderArendeCard(pendingArende({ refresh: { userIds } }));
    expect(card.refresh?.userIds).toEqual(userIds.slice(0, 60));
    expect(checkCard(card)).toEqual([]);
  });

  it('shows the approval stamp and, once approved, only "Begär handlingar"', () => {
    const card = renderArendeCard(approvedArende());
    expect(visibleTexts(card)).toContain('Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)');
    expect(buttonTitles(card)).toEqual(['Begär handlingar']);
    expect(verbs(card)).not.toContain('approval.approve');
    expect(checkCard(card)).toEqual([]);
  });

  it('says "Ändring begärd" in words as well as in the attention colour', () => {
    const card = renderArendeCard(changesRequestedArende());
    const line = card.body.flatMap((e) => (Array.isArray(e.items) ? (e.items as Array<Record<string, unknown>>) : [])).find((t) => String(t.text).startsWith('Ändring begärd'));
    expect(line).toMatchObject({ text: 'Ändring begärd: Bilaga 2 saknar resultatet för division Social omsorg (Caroline Svensson)', color: 'Attention' });
    expect(checkCard(card)).toEqual([]);
  });

  it.each([
    ['good', 'Good'],
    ['attention', 'Attention'],
    ['warning', 'Warning'],
    ['default', 'Default'],
  ] as const)('colours a %s approval line %s', (tone, color) => {
    const card = renderArendeCard(pendingArende({ approvals: [{ text: 'Status', tone }] }));
    expect(JSON.stringify(card)).toContain(`"text":"Status","color":"${color}"`);
  });

  it('shows one line per approval slot under "Tjänsteskrivelse"', () => {
    const card = renderArendeCard(
      pendingArende({
        approvals: [
          { text: 'Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)', tone: 'good' },
          { text: 'Väntar på godkännande (Anna Berg)', tone: 'default' },
        ],
      }),
    );
    const texts = visibleTexts(card);
    const at = texts.indexOf('Tjänsteskrivelse');
    expect(texts.slice(at, at + 3)).toEqual(['Tjänsteskrivelse', 'Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)', 'Väntar på godkännande (Anna Berg)']);
  });

  it('shows the request deadline of a delegation list and no approval section', () => {
    const card = renderArendeCard(delegationArende());
    const texts = visibleTexts(card);
    expect(texts).toContain('Ärende 13: Delegationsärenden');
    expect(texts).toContain('Begär senast tisdag 6 december');
    expect(texts).not.toContain('Tjänsteskrivelse');
    expect(buttonTitles(card)).toEqual(['Begär handlingar']);
    expect(card.refresh).toBeUndefined();
    expect(checkCard(card)).toEqual([]);
  });

  it('leaves out the rows whose value is unknown', () => {
    const card = renderArendeCard(pendingArende({ dnr: null, presenter: null, section: null }));
    expect(facts(card)).toEqual([['Beslutas av', 'Nämnden']]);
  });

  it('has no buttons at all when the view allows none', () => {
    const card = renderArendeCard(pendingArende({ buttons: { approve: false, requestChanges: false, requestHandlingar: false } }));
    expect(card.actions).toBeUndefined();
    expect(verbs(card)).toEqual(['card.refresh']);
  });

  it.each([
    ['approve', 'Godkänn slutversion'],
    ['requestChanges', 'Begär ändring'],
    ['requestHandlingar', 'Begär handlingar'],
  ] as const)('shows only the %s button when only that one is allowed', (button, title) => {
    const buttons = { approve: false, requestChanges: false, requestHandlingar: false, [button]: true };
    expect(buttonTitles(renderArendeCard(pendingArende({ buttons })))).toEqual([title]);
  });

  it('links only http(s) addresses: javascript:, file: and data: stay plain text', () => {
    const card = renderArendeCard(
      pendingArende({
        handlingar: [
          { title: 'Skript', url: 'javascript:alert(1)' },
          { title: 'Lokal fil', url: 'file:///C:/hemligt.pdf' },
          { title: 'Data', url: 'data:text/html,<b>x</b>' },
          { title: 'Trasig', url: 'inte en adress' },
          { title: 'Rapport [utkast]', url: 'https://dokument.nykoping.se/rapport (2).pdf' },
        ],
      }),
    );
    const texts = visibleTexts(card);
    expect(texts).toEqual(expect.arrayContaining(['- Skript', '- Lokal fil', '- Data', '- Trasig', '- [Rapport (utkast)](https://dokument.nykoping.se/rapport%20%282%29.pdf)']));
    expect(JSON.stringify(card)).not.toMatch(/javascript:|file:|data:text/);
    expect(checkCard(card)).toEqual([]);
  });

  it('shows committee text that looks like a template binding as it is, without breaking the card', () => {
    const card = renderArendeCard(pendingArende({ title: 'Budget ${år} och "citat" \\ 💶' }));
    const heading = visibleTexts(card).find((t) => t.startsWith('Ärende 5:'));
    expect(heading?.replace(/\u200B/g, '')).toBe('Ärende 5: Budget ${år} och "citat" \\ 💶');
    expect(checkCard(card)).toEqual([]);
  });
});

describe('the ärende card of a sekretessärende', () => {
  const card = renderArendeCard(sekretessArende());

  it('shows only the meeting, number, title, diarienummer and "Handlingar dukas på gruppmötet"', () => {
    expect(visibleTexts(card)).toEqual([MEETING_TITLE, 'Ärende 1: Särskilt förordnad vårdnadshavare', 'Diarienummer', 'SN22/11', 'Handlingar dukas på gruppmötet']);
  });

  it('shows no handling, document id, link, presenter, section or approval, whatever the caller passed', () => {
    const json = JSON.stringify(card);
    for (const hidden of ['SN22/11:30', 'Utredning', 'dokument.nykoping.se', 'Handläggare', 'Sekretessärenden', 'Beslutas av', 'Väntar på', 'Begär senast', 'Omedelbart']) {
      expect(json).not.toContain(hidden);
    }
    expect(urls(card)).toEqual([]);
  });

  it('has no actions at all: no buttons, no refresh', () => {
    expect(allActions(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
  });

  it('passes the card checks', () => {
    expect(checkCard(card)).toEqual([]);
  });
});
