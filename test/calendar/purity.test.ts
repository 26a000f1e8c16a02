import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * calendar/ is pure (DESIGN.md): it imports only date-holidays, zod and the domain's date types,
 * and it never reads the clock, so every answer follows from its arguments. ESLint guards the
 * imports too; this test also catches a clock read, which no lint rule here forbids.
 */
const dir = join(__dirname, '../../src/calendar');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const ALLOWED_IMPORTS = /^(date-holidays|zod|\.\.\/domain\/dates|\.\/[a-z-]+)$/;

describe('src/calendar', () => {
  it('has its files', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'dates.ts', 'working-days.ts', 'deadlines.ts', 'stockholm-time.ts']));
  });

  it.each(files)('%s imports only date-holidays, zod, domain/dates and its own files', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imported = [...source.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imported.filter((name) => !ALLOWED_IMPORTS.test(name ?? ''))).toEqual([]);
  });

  it.each(files)('%s never reads the clock', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source.match(/new Date\(\s*\)|Date\.now\(|performance\.now\(/g)).toBeNull();
  });
});
