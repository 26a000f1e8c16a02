import { Agenda, normaliseArendeNumber, type AgendaInput, type ArendeInput } from '../domain';
import { DNR_FIRST, DNR_LABELLED, DNR_LAST, DNR_LINE } from './dnr';
import { AgendaError } from './errors';
import { parseMeetingHeader } from './meeting-header';
import { isNoise, joinBroken, normaliseLines, type Line } from './normalise';
import { OUTLINE_HEADING, readOutline } from './outline';
import { splitPresenter } from './presenters';
import { isAgendaStart, isDocumentStart, isSectionHeading, isTableHeader } from './sections';

/** An item as the parser builds it, line by line. */
interface Draft {
  section: string | null;
  number: string;
  dnr: string | null;
  titleParts: string[];
  handlingar: string[];
  presenter: string | null;
  line: number;
}

const ITEM_START = /^(?:§\s*)?(\d{1,3})(?:([a-z])|\s([a-z])\))?[.)]?\s+(\S.*)$/;
const BULLET = /^[-–•]\s+(.+)$/;
const ROLE_LINE = /^(ordförande|sekreterare|nämndsekreterare|vice ordförande|förvaltningschef)( (ordförande|sekreterare|nämndsekreterare|vice ordförande|förvaltningschef))*$/i;
const PRESENTER_LABEL = /^föredragande:?\s+(.+)$/i;

/** Splits a signature line "Ingrid Jerneborg Glimne Jenny Johansson" over its role line "Ordförande Sekreterare". */
function splitNames(names: string, roleCount: number): string[] {
  const tokens = names.split(' ');
  if (roleCount <= 1) return [names];
  const out: string[] = [];
  let start = 0;
  for (let r = 0; r < roleCount; r++) {
    const size = Math.ceil((tokens.length - start) / (roleCount - r));
    out.push(tokens.slice(start, start + size).join(' '));
    start += size;
  }
  return out;
}

/** The signature blocks ("Marjo Gustafsson" / "Ordförande") anywhere in the kallelse: names by role, and their line numbers to skip. */
function findSignatures(lines: readonly Line[]): { byRole: Map<string, string>; skip: Set<number> } {
  const byRole = new Map<string, string>();
  const skip = new Set<number>();
  lines.forEach((line, i) => {
    if (!ROLE_LINE.test(line.text)) return;
    let j = i - 1;
    while (j >= 0 && !lines[j]?.text) j--;
    const nameLine = lines[j];
    if (!nameLine || /\d/.test(nameLine.text) || nameLine.text.split(' ').length > 8) return;
    const roles = line.text.toLowerCase().replace('vice ordförande', 'vice_ordförande').split(' ');
    splitNames(nameLine.text, roles.length).forEach((name, k) => {
      const role = roles[k];
      if (role && !byRole.has(role)) byRole.set(role, name);
    });
    skip.add(line.no).add(nameLine.no);
  });
  return { byRole, skip };
}

/** The index of the first line that starts another document of the pack (a tjänsteskrivelse, a protokollsförslag), or the line count. */
function firstDocumentStart(raw: readonly string[]): number {
  let sawItem = false;
  for (let i = 0; i < raw.length; i++) {
    const t = (raw[i] as string).trim();
    if (!t) continue;
    if (!sawItem) sawItem = ITEM_START.test(t);
    else if (isDocumentStart(t.replace(/\s+/g, ' '))) return i;
  }
  return raw.length;
}

/** Where the agenda starts: its first section heading, table header or "Dagordning"; null when there is none. */
function agendaStart(lines: readonly Line[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (isDocumentStart(t)) return null;
    if (isAgendaStart(t) || isSectionHeading(t)) return i;
    if (ITEM_START.test(t) && i > 0 && lines.slice(Math.max(0, i - 6), i).some((l) => /ärende|dagordning/i.test(l.text))) return i;
  }
  return null;
}

/**
 * Reads a kallelse as PDF extraction prints it (the whole meeting pack may follow) into an Agenda:
 * the meeting's head, then the ärenden by section with their diarienummer, handlingar and presenters.
 */
export function parseKallelseText(text: string): Agenda {
  if (!text.trim()) throw new AgendaError('AGENDA.EMPTY', 'Kallelsen är tom');
  // A meeting pack runs to thousands of lines; only the kallelse before its first document, and the
  // outline at the very end, are normalised and read.
  const raw = text.split('\n');
  const cut = firstDocumentStart(raw);
  const lines = normaliseLines(raw.slice(0, cut).join('\n'));
  const tailFrom = Math.max(cut, raw.length - 400);
  const tail = normaliseLines(raw.slice(tailFrom).join('\n'), tailFrom + 1);
  const start = agendaStart(lines);
  const header = parseMeetingHeader(lines.slice(0, start ?? Math.min(lines.length, 60)), text);
  if (!header.date) throw new AgendaError('AGENDA.NO_DATE', 'Hittade inget sammanträdesdatum (som "Torsdagen den 8 december 2022" eller "2024-05-13") i kallelsens början; är det en kallelse?');
  if (start === null) throw new AgendaError('AGENDA.NO_ITEMS', 'Hittade ingen dagordning: inga avsnitt (som "Beslutsärenden") eller numrerade ärenden efter sammanträdets datum');

  const region: Line[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isDocumentStart(line.text) || OUTLINE_HEADING.test(line.text)) break;
    region.push(line);
  }
  const signatures = findSignatures(region);

  const drafts: Draft[] = [];
  let section: string | null = null;
  let sectionChanged = false;
  let current: Draft | null = null;
  let lastNumber = 0;

  for (const line of region) {
    const t = line.text;
    if (!t || isNoise(t) || signatures.skip.has(line.no) || isTableHeader(t) || isAgendaStart(t)) continue;
    if (isSectionHeading(t)) {
      section = t;
      sectionChanged = true;
      current = null;
      continue;
    }
    const item = ITEM_START.exec(t);
    const n = item ? Number(item[1]) : 0;
    const letter = item ? (item[2] ?? item[3] ?? '') : '';
    const plausible = item && (n > lastNumber || n === 1 || sectionChanged || (n === lastNumber && letter !== ''));
    if (item && plausible) {
      current = { section, number: normaliseArendeNumber(`${n}${letter}`), dnr: null, titleParts: [], handlingar: [], presenter: null, line: line.no };
      drafts.push(current);
      lastNumber = n;
      sectionChanged = false;
      addText(current, item[4] as string, true);
      continue;
    }
    if (!current) continue;
    const bullet = BULLET.exec(t);
    if (bullet) {
      current.handlingar.push(bullet[1] as string);
      continue;
    }
    const dnrLine = DNR_LINE.exec(t);
    if (dnrLine && !current.dnr) {
      current.dnr = dnrLine[1] as string;
      continue;
    }
    const presenter = PRESENTER_LABEL.exec(t);
    if (presenter) {
      current.presenter = (presenter[1] as string).trim();
      continue;
    }
    if (current.handlingar.length === 0) addText(current, t, false);
  }

  if (drafts.length === 0) throw new AgendaError('AGENDA.NO_ITEMS', `Dagordningen (från rad ${(lines[start] as Line).no}) har inga numrerade ärenden`);
  const outline = readOutline([...lines, ...tail]);

  const items: ArendeInput[] = drafts.map((d) => {
    let title = joinBroken(d.titleParts);
    let presenter = d.presenter;
    if (!presenter && /information|informerar/i.test(d.section ?? '') && !d.dnr) ({ title, presenter } = splitPresenter(title));
    const fromOutline = outline.get(d.number.replace(/[a-z]$/, '')) ?? [];
    return {
      section: d.section,
      number: d.number,
      dnr: d.dnr,
      title: title || `Ärende ${d.number}`,
      handlingar: d.handlingar.length ? d.handlingar : fromOutline,
      presenter,
      sekretess: /sekretess/i.test(d.section ?? ''),
      omedelbarJustering: false,
    };
  });

  const input: AgendaInput = {
    meeting: {
      committee: header.committee ?? 'Nämnden',
      municipality: header.municipality,
      date: header.date,
      time: header.time,
      place: header.place,
      public: header.public,
      gruppmoten: header.gruppmoten,
      ordforande: signatures.byRole.get('ordförande') ?? null,
      sekreterare: signatures.byRole.get('sekreterare') ?? signatures.byRole.get('nämndsekreterare') ?? null,
      justerare: header.justerare,
      justering: header.justering,
    },
    items,
  };
  const parsed = Agenda.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const index = typeof issue?.path[1] === 'number' ? issue.path[1] : null;
    const where = index !== null ? `rad ${drafts[index]?.line}` : issue?.path.join('.') ?? null;
    throw new AgendaError('AGENDA.SCHEMA', `Dagordningen gick inte att tolka: ${issue?.message ?? 'okänt fel'}`, where);
  }
  return parsed.data;
}

/** Adds a piece of an item's text: a diarienummer first or last on the item's line, a labelled one anywhere, else title. */
function addText(d: Draft, text: string, firstLine: boolean): void {
  let rest = text;
  if (firstLine) {
    const first = DNR_FIRST.exec(rest);
    if (first) {
      d.dnr = first[1] as string;
      rest = first[2] as string;
    }
  }
  if (!d.dnr) {
    const labelled = DNR_LABELLED.exec(rest);
    if (labelled) {
      d.dnr = labelled[1] as string;
      rest = (rest.slice(0, labelled.index) + rest.slice(labelled.index + labelled[0].length)).replace(/\s*[,;–-]\s*$/, '').trim();
    } else {
      const last = DNR_LAST.exec(rest);
      if (last) {
        d.dnr = last[2] as string;
        rest = last[1] as string;
      }
    }
  }
  const presenter = /^(.*?)\s*[,–-]?\s*föredragande:?\s+(.+)$/i.exec(rest);
  if (presenter) {
    d.presenter = (presenter[2] as string).trim();
    rest = presenter[1] as string;
  }
  if (rest) d.titleParts.push(rest);
}
