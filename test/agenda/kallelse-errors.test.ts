import * as fs from 'node:fs';
import * as path from 'node:path';
import { AgendaError } from '../../src/agenda/errors';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const nykoping = fs.readFileSync(path.join(seedsDir, 'nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const gnesta = fs.readFileSync(path.join(seedsDir, 'gnesta-socialnamnden-2023-10-03.txt'), 'utf8');

/** The AgendaError that parsing the text throws (fails the test when it throws something else or nothing). */
function errorOf(text: string): AgendaError {
  try {
    parseKallelseText(text);
  } catch (e) {
    if (e instanceof AgendaError) return e;
    throw e;
  }
  throw new Error('parsed without an error');
}

describe('kallelse text that cannot be imported', () => {
  it.each(['', '   ', '\n\n\t \r\n \u00A0'])('refuses empty text %j with AGENDA.EMPTY', (text) => {
    expect(errorOf(text)).toMatchObject({ code: 'AGENDA.EMPTY', message: expect.stringMatching(/tom/) });
  });

  it('refuses a recipe as not a kallelse', () => {
    const e = errorOf('Pannkakor\n\nIngredienser\n3 dl vetemjöl\n6 dl mjölk\n3 ägg\n1 krm salt\n\nGör så här\n1 Vispa mjöl och hälften av mjölken.\n2 Vispa i resten av mjölken och äggen.');
    expect(e.code).toBe('AGENDA.NOT_A_KALLELSE');
    expect(e.message).toMatch(/ser inte ut som en kallelse/);
  });

  it('refuses a tjänsteskrivelse on its own, naming it and its first line', () => {
    const ts = gnesta.split('\n').slice(95, 160).join('\n');
    const e = errorOf(ts);
    expect(e.code).toBe('AGENDA.NOT_A_KALLELSE');
    expect(e.message).toMatch(/tjänsteskrivelse, inte en kallelse/);
    expect(e.where).toMatch(/^rad \d+$/);
  });

  it('refuses a protokollsförslag on its own', () => {
    const e = errorOf(nykoping.split('\n').slice(240, 420).join('\n'));
    expect(e.code).toBe('AGENDA.NOT_A_KALLELSE');
    expect(e.message).toMatch(/protokoll/);
  });

  it('refuses a kallelse without a meeting date with AGENDA.NO_DATE', () => {
    const e = errorOf('Kallelse till socialnämnden\n\nPlats: Stadshuset\n\n1 Budget 2024\n\n2 Delegationsbeslut');
    expect(e.code).toBe('AGENDA.NO_DATE');
    expect(e.message).toMatch(/^Hittade inget sammanträdesdatum .*\(rad 1–3\)/);
  });

  it('does not take a day that does not exist for the meeting date', () => {
    expect(errorOf('Kallelse till socialnämnden\nTorsdagen den 30 februari 2023 kl 13.00\n1 Budget').code).toBe('AGENDA.NO_DATE');
  });

  it('refuses a kallelse without ärenden with AGENDA.NO_ITEMS', () => {
    const e = errorOf('KALLELSE TILL SOCIALNÄMNDENS SAMMANTRÄDE\n\nTorsdagen den 8 december 2022 klockan 13:30\n\ni Stadshuset Sal B\n\nVälkomna!');
    expect(e.code).toBe('AGENDA.NO_ITEMS');
    expect(e.message).toMatch(/Hittade inga ärenden/);
  });

  it('refuses the same number twice in one section with AGENDA.SCHEMA, the JSON path and the line', () => {
    const e = errorOf(['Kallelse till socialnämnden', '2022-12-08 kl 13.30', 'Beslutsärenden', '1 Budget', '2 Taxor', 'Beslutsärenden', '1 Riktlinjer'].join('\n'));
    expect(e.code).toBe('AGENDA.SCHEMA');
    expect(e.where).toBe('items[2].number');
    expect(e.message).toMatch(/finns två gånger.*rad 7/);
  });

  it('refuses an ärende without a title with AGENDA.SCHEMA and its line', () => {
    const e = errorOf('Kallelse till socialnämnden\n2023-10-03 kl 14.00\nDagordning\n1 SN.2023.5\n');
    expect(e.code).toBe('AGENDA.SCHEMA');
    expect(e.where).toBe('items[0].title');
    expect(e.message).toMatch(/saknar rubrik.*rad 4/);
  });

  it('refuses a kallelse that names no committee', () => {
    const e = errorOf('Kallelse\n2024-05-13 kl 09.00\nDagordning\n1 Upprop\n2 Budget');
    expect(e.code).toBe('AGENDA.SCHEMA');
    expect(e.where).toBe('meeting.committee');
    expect(e.message).toMatch(/vilken nämnd/);
  });

  it('throws nothing but AgendaError for any slice, shuffle or mangling of the seed packs', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const sources = [nykoping.split('\n'), gnesta.split('\n')];
    for (let round = 0; round < 300; round++) {
      const lines = sources[round % 2] as string[];
      const start = Math.floor(random() * lines.length);
      let slice = lines.slice(start, start + 1 + Math.floor(random() * 400));
      if (round % 3 === 1) slice = slice.map((l) => (random() < 0.2 ? l.slice(0, Math.floor(random() * l.length)) : l));
      if (round % 3 === 2) slice = [...slice].sort(() => random() - 0.5);
      const text = (round % 5 === 0 ? lines.slice(0, 20).join('\n') + '\n' : '') + slice.join(round % 4 === 0 ? '\r\n' : '\n');
      try {
        parseKallelseText(text);
      } catch (e) {
        if (!(e instanceof AgendaError)) throw new Error(`round ${round}: ${String(e)}`);
      }
    }
  });

  it('throws nothing but AgendaError for odd characters and a non-string', () => {
    for (const text of ['\u0000\u0001\u0002', '§§§ 1 2 3', '1\n2\n3\n', 'KALLELSE\n\uFFFD\uFFFD 2023-13-45', 'x'.repeat(200000)]) {
      try {
        parseKallelseText(text);
      } catch (e) {
        expect(e).toBeInstanceOf(AgendaError);
      }
    }
    expect(errorOf(undefined as unknown as string).code).toBe('AGENDA.EMPTY');
  });
});
