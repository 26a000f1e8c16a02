import type { ZodIssue } from 'zod';
import { Agenda, type AgendaInput } from '../domain/agenda';
import { classifyArende, type ArendeInput } from '../domain/arende';
import type { Handling } from '../domain/handling';
import { findCommittee } from './committee';
import { AgendaError } from './errors';
import { formatNumber, readItem, type ItemDraft } from './items';
import { scanKallelse } from './kallelse-scan';
import { parseMeetingHeader } from './meeting-header';
import { findMunicipality } from './municipality';
import { LineSource, splitRawLines, type Line } from './normalise';
import { readOutline } from './outline';
import { hasKallelseWord } from './sections';
import { inlineRole, nameThenRole } from './signatures';
import { findYear } from './swedish-dates';

/**
 * Reads a kallelse as PDF text extraction gives it, usually the whole meeting pack (kallelse first,
 * then tjänsteskrivelser, protokollsförslag, lists and the PDF outline), into an Agenda validated by
 * the domain schema. Only the kallelse's agenda is read for items; the trailing outline gives each
 * item its documents. Throws AgendaError with a Swedish message naming what is wrong and where.
 */
export function parseKallelseText(text: string): Agenda {
  if (typeof text !== 'string' || !text.trim()) throw new AgendaError('AGENDA.EMPTY', 'Kallelsen är tom: texten innehåller inga tecken');
  const raw = splitRawLines(text);
  const src = new LineSource(raw);
  const scan = scanKallelse(src);

  if (scan.foreignStart) {
    throw new AgendaError(
      'AGENDA.NOT_A_KALLELSE',
      `Texten ser ut att vara ${documentKind(scan.foreignStart.text)}, inte en kallelse: den börjar med "${quote(scan.foreignStart.text)}" och har ingen dagordning före den`,
      `rad ${scan.foreignStart.no}`,
    );
  }
  const headText = scan.head.map((l) => l.text);
  // A line that summons ("Kallelse till socialnämnden", "Sammanträde i …") names the committee; a letterhead may name another body first.
  const committee = findCommittee(headText.filter(hasKallelseWord)) ?? findCommittee(headText.slice(0, 8)) ?? findCommittee(headText);
  // Numbered lines alone do not make a kallelse (a recipe has them too): a kallelse word, an agenda heading or a committee must appear.
  if (!scan.sawKallelse && !committee) {
    throw new AgendaError(
      'AGENDA.NOT_A_KALLELSE',
      'Texten ser inte ut som en kallelse: den har ingen rubrik som "Kallelse", "Sammanträde" eller "Dagordning" och nämner ingen nämnd eller styrelse',
    );
  }
  const fallbackYear = findYear(headText.join(' ')) ?? findYear(scan.items.map((d) => d.head).join(' '));
  const header = parseMeetingHeader([...scan.head, ...scan.loose], fallbackYear);
  if (!header.date) {
    throw new AgendaError(
      'AGENDA.NO_DATE',
      `Hittade inget sammanträdesdatum i kallelsens början${range(scan.head)}. Skriv datumet som "Torsdagen den 8 december 2022" eller "2022-12-08"`,
    );
  }
  if (scan.items.length === 0) {
    throw new AgendaError(
      'AGENDA.NO_ITEMS',
      `Hittade inga ärenden i kallelsen${scan.end > 0 ? ` (rad 1–${scan.end})` : ''}: inga numrerade rader som "1 Val av justerare" eller "5 SN.2023.38 Delårsrapport"`,
    );
  }
  if (!committee) {
    throw new AgendaError(
      'AGENDA.SCHEMA',
      `Hittade inte vilken nämnd kallelsen gäller i dess rubrik${range(scan.head)}, t.ex. "Kallelse till socialnämnden"`,
      'meeting.committee',
    );
  }

  const roles = officers(scan.signatures, [...scan.head, ...scan.loose]);
  const outline = readOutline(raw, scan.end);
  const items = scan.items.map((draft) => toArende(draft, scan.dnrColumn));
  for (const entry of outline) {
    const targets = items.filter((item) => item.number === entry.item);
    // With numbering that restarts per section, "3.1" could mean several items: then it is not attached.
    const target = targets.length === 1 ? targets[0] : undefined;
    if (target && !target.handlingar.some((h) => h.title === entry.handling.title)) target.handlingar.push(entry.handling);
  }

  const input: AgendaInput = {
    meeting: {
      committee,
      municipality: findMunicipality(text, headText.join('\n')),
      date: header.date,
      time: header.time,
      place: header.place,
      public: header.public,
      gruppmoten: header.gruppmoten,
      ordforande: roles.ordforande,
      sekreterare: roles.sekreterare,
      justerare: header.justerare,
      justering: header.justering,
    },
    items,
  };
  const parsed = Agenda.safeParse(input);
  if (!parsed.success) throw schemaError(parsed.error.issues, scan.items);
  return parsed.data;
}

type ItemInput = Omit<ArendeInput, 'number' | 'handlingar'> & { number: string; handlingar: Handling[] };

/** One draft item as the schema's input: kind and deciding body are left to the schema. */
function toArende(draft: ItemDraft, dnrColumn: Parameters<typeof readItem>[1]): ItemInput {
  const information = draft.section !== null && classifyArende({ section: draft.section, title: '', sekretess: false }) === 'information';
  const content = readItem(draft, dnrColumn, information);
  return {
    section: draft.section,
    number: formatNumber(draft.number),
    dnr: content.dnr,
    title: content.title,
    handlingar: content.handlingar,
    presenter: content.presenter,
    sekretess: /sekretess/i.test(draft.section ?? '') || /^sekretess/i.test(content.title),
    // The kallelse does not say; the sekreterare marks omedelbar justering at the meeting.
    omedelbarJustering: false,
  };
}

/** Ordförande and sekreterare from the signature block, else from "Ordförande: Anna Ek" lines. */
function officers(signatures: ReturnType<typeof scanKallelse>['signatures'], lines: readonly Line[]): { ordforande: string | null; sekreterare: string | null } {
  const out = {
    ordforande: signatures.find((s) => s.role === 'ordforande')?.name ?? null,
    sekreterare: signatures.find((s) => s.role === 'sekreterare')?.name ?? null,
  };
  for (const { text } of lines) {
    const hit = inlineRole(text) ?? nameThenRole(text);
    if (hit?.role === 'ordforande') out.ordforande ??= hit.name;
    if (hit?.role === 'sekreterare') out.sekreterare ??= hit.name;
  }
  return out;
}

/** The schema's first complaint as an AgendaError, with the JSON path and the line of the item concerned. */
function schemaError(issues: readonly ZodIssue[], drafts: readonly ItemDraft[]): AgendaError {
  const issue = issues[0];
  if (!issue) return new AgendaError('AGENDA.SCHEMA', 'Dagordningen följer inte schemat');
  const path = issue.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k > 0 ? '.' : ''}${p}`)).join('');
  const index = issue.path[0] === 'items' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
  const draft = index !== null ? drafts[index] : undefined;
  // The schema's message may already name the ärende ("ärende 1 under Beslutsärenden finns två gånger"); then the line is enough.
  const named = /^ärende/.test(issue.message);
  const where = draft ? ` (${named ? '' : `ärende ${formatNumber(draft.number)}${draft.section ? ` under ${draft.section}` : ''}, `}rad ${draft.line})` : '';
  return new AgendaError('AGENDA.SCHEMA', `Dagordningen går inte att läsa in: ${issue.message}${where}`, path || null);
}

/** What a document start line says the text is. */
function documentKind(text: string): string {
  if (/tjänsteskrivelse/i.test(text)) return 'en tjänsteskrivelse';
  if (/protokoll/i.test(text)) return 'ett protokoll';
  if (/ärendeblad/i.test(text)) return 'ett ärendeblad';
  if (/upprättad/i.test(text)) return 'en tjänsteskrivelse';
  return 'en annan handling';
}

function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** " (rad 1–16)" for the lines given, or "". */
function range(lines: readonly Line[]): string {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return first && last ? ` (rad ${first.no}–${last.no})` : '';
}
