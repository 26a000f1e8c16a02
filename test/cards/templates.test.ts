import fs from 'node:fs';
import path from 'node:path';
import { checkCard } from '../../src/cards';
import { allCards } from './all-cards';

const CARDS = path.resolve(__dirname, '../../cards');
const SRC = path.resolve(__dirname, '../../src/cards');
const templates = fs.readdirSync(CARDS).filter((f) => f.endsWith('.json'));

describe('the card templates', () => {
  it.each(templates)('%s is an Adaptive Card 1.5 template with a renderer of the same base name', (file) => {
    const t = JSON.parse(fs.readFileSync(path.join(CARDS, file), 'utf8')) as { type: string; version: string };
    expect([t.type, t.version]).toEqual(['AdaptiveCard', '1.5']);
    expect(fs.existsSync(path.join(SRC, `render-${path.basename(file, '.json')}.ts`))).toBe(true);
  });

  it('has a template for every renderer', () => {
    const renderers = fs.readdirSync(SRC).filter((f) => /^render-.+\.ts$/.test(f)).map((f) => f.replace(/^render-|\.ts$/g, ''));
    expect(renderers.sort()).toEqual(templates.map((f) => path.basename(f, '.json')).sort());
  });
});

describe.each(allCards())('the %s card', (_name, card) => {
  it('passes the checks: schema 1.5, labelled inputs, no binding left, unique ids, under 80 KB', () => {
    expect(checkCard(card)).toEqual([]);
  });

  it('looks as it did (snapshot)', () => {
    expect(card).toMatchSnapshot();
  });
});
