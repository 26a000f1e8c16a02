import { z } from 'zod';
import { Arende, arendeKey } from './arende';
import { handlingToJson } from './handling';
import { Meeting } from './meeting';

/** A meeting's agenda: the meeting and its ärenden in agenda order. Keys (section, number) are unique. */
export const Agenda = z
  .object({
    meeting: Meeting,
    items: z.array(Arende).min(1, 'dagordningen har inga ärenden'),
  })
  .superRefine((agenda, ctx) => {
    const seen = new Set<string>();
    agenda.items.forEach((item, i) => {
      const key = arendeKey(item);
      if (seen.has(key)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['items', i, 'number'],
          message: `ärende ${item.number}${item.section ? ` under ${item.section}` : ''} finns två gånger`,
        });
      }
      seen.add(key);
    });
  });
export type Agenda = z.output<typeof Agenda>;
export type AgendaInput = z.input<typeof Agenda>;

/** The agenda as `namndbot agenda parse --json` prints it (README: "The agenda JSON"). */
export function agendaToJson(agenda: Agenda): unknown {
  const m = agenda.meeting;
  return {
    meeting: {
      committee: m.committee,
      municipality: m.municipality,
      date: m.date,
      time: m.time,
      place: m.place,
      public: m.public,
      gruppmoten: m.gruppmoten,
      ordforande: m.ordforande,
      sekreterare: m.sekreterare,
      justerare: m.justerare,
      justering: m.justering,
    },
    items: agenda.items.map((a) => ({
      section: a.section,
      number: a.number,
      dnr: a.dnr,
      title: a.title,
      handlingar: a.handlingar.map(handlingToJson),
      presenter: a.presenter,
      sekretess: a.sekretess,
      kind: a.kind,
      decidedBy: a.decidedBy,
      omedelbarJustering: a.omedelbarJustering,
      // Only where a tjänsteskrivelse was read: agenda files written by hand need not carry it.
      ...(a.forslag.length ? { forslag: a.forslag } : {}),
    })),
  };
}
