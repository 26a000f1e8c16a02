import { agendaToJson, type Agenda } from './domain';
import { AgendaError } from './agenda/errors';
import { importAgendaFile } from './agenda/import-file';
import { computeDeadlines, createWorkingDayCalendar } from './calendar';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const usage = `Användning:
  namndbot agenda parse <fil> [--json]     läs en kallelse (text, PDF, JSON eller YAML) och visa dagordningen
  namndbot deadlines <ÅÅÅÅ-MM-DD>... [--justering ÅÅÅÅ-MM-DD] [--anslag ÅÅÅÅ-MM-DD] [--dagar N] [--json]
                                           frister för ett eller flera sammanträden
  namndbot hjälp                           den här texten`;

/** A mistake in how the command was called: shown with the usage, exit code 2. */
class UsageError extends Error {}

/** Runs the namndbot command line; returns the exit code. */
export async function main(argv: string[], io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'agenda' && rest[0] === 'parse') return await agendaParse(rest.slice(1), io);
    if (command === 'deadlines') return deadlines(rest, io);
    if (command === undefined || command === 'hjälp' || command === 'help' || command === '--help' || command === '-h') {
      io.out(usage + '\n');
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Okänt kommando: ${argv.join(' ')}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${usage}\n`);
      return 2;
    }
    if (e instanceof AgendaError || e instanceof RangeError) {
      io.err(`Fel: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function takeFlags(args: string[], valued: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} behöver ett värde`);
      flags.set(a, v);
    } else if (a === '--json') flags.set(a, true);
    else throw new UsageError(`Okänd flagga: ${a}`);
  }
  return { positional, flags };
}

async function agendaParse(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = takeFlags(args, []);
  if (positional.length !== 1) throw new UsageError('Ange en fil: namndbot agenda parse <fil>');
  const agenda = await importAgendaFile(positional[0] as string);
  io.out(flags.has('--json') ? JSON.stringify(agendaToJson(agenda), null, 2) + '\n' : formatAgenda(agenda));
  return 0;
}

function deadlines(args: string[], io: CliIo): number {
  const { positional, flags } = takeFlags(args, ['--justering', '--anslag', '--dagar']);
  if (positional.length === 0) throw new UsageError('Ange minst ett sammanträdesdatum ÅÅÅÅ-MM-DD');
  const days = flags.get('--dagar');
  const delegationDays = typeof days === 'string' ? Number(days) : 2;
  if (!Number.isInteger(delegationDays) || delegationDays < 0) throw new UsageError('--dagar ska vara ett heltal ≥ 0');
  const cal = createWorkingDayCalendar();
  const str = (k: string): string | undefined => {
    const v = flags.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  for (const meeting of positional) {
    const d = computeDeadlines(cal, { meeting, justering: str('--justering'), anslag: str('--anslag'), delegationDays });
    if (flags.has('--json')) {
      io.out(JSON.stringify(d) + '\n');
    } else {
      io.out(
        [
          `Sammanträde ${d.meeting}`,
          `  Begäran om delegations- och anmälningsärenden senast: ${d.delegationRequestDeadline}`,
          `  Justering senast: ${d.justeringLatest} (föreslagen arbetsdag: ${d.justeringSuggested})`,
          `  Anslag senast: ${d.anslagLatest ?? '(ange --justering)'}`,
          `  Sista dag att överklaga: ${d.appealEnds ?? '(ange --anslag)'}`,
        ].join('\n') + '\n',
      );
    }
  }
  return 0;
}

function formatAgenda(agenda: Agenda): string {
  const m = agenda.meeting;
  const head = [
    `${m.committee}${m.municipality ? `, ${m.municipality}` : ''}`,
    `${m.date}${m.time ? ` kl. ${m.time}` : ''}${m.place ? `, ${m.place}` : ''}`,
    ...(m.justerare.length ? [`Justerare: ${m.justerare.map((j) => `${j.name}${j.party ? ` (${j.party})` : ''}, ${j.role}`).join('; ')}`] : []),
    ...(m.justering ? [`Justering: ${m.justering.date}${m.justering.time ? ` kl. ${m.justering.time}` : ''}${m.justering.place ? `, ${m.justering.place}` : ''}`] : []),
    '',
  ];
  const rows = agenda.items.map((a) => [
    a.number,
    a.dnr ?? '–',
    a.sekretess ? `${a.title} [sekretess]` : a.title,
    a.handlingar.map((h) => (h.ref ? `${h.ref} ${h.title}` : h.title)).join('; ') || '–',
  ]);
  const sections: string[] = [];
  let last: string | null | undefined;
  agenda.items.forEach((a, i) => {
    if (a.section !== last) {
      sections.push(`\n${a.section ?? '(utan avsnitt)'}`);
      last = a.section;
    }
    const [nr, dnr, title, handlingar] = rows[i] as string[];
    sections.push(`  ${String(nr).padStart(3)}  ${String(dnr).padEnd(12)}  ${title}${a.presenter ? ` (föredragande: ${a.presenter})` : ''}\n${' '.repeat(21)}Handlingar: ${handlingar}`);
  });
  return head.join('\n') + sections.join('\n') + '\n';
}
