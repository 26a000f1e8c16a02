import { z } from 'zod';

/** A handling (document of an ärende) as the agenda names it: its title, the kallelse's ref ("5.2") and a link where the municipality's system gives one. */
export const Handling = z.object({
  title: z.string().trim().min(1, 'en handling behöver en titel'),
  ref: z.string().trim().min(1).nullable().default(null),
  url: z.string().url('ska vara en fullständig länk (https://…)').nullable().default(null),
});
export type Handling = z.infer<typeof Handling>;

/** What an agenda file may give for a handling: a bare title, or an object. */
export const HandlingInput = z.union([
  z.string().trim().min(1, 'en handling behöver en titel').transform((title) => ({ title, ref: null, url: null })),
  Handling,
]);

/** The agenda JSON's form of a handling: a bare title where it has nothing else, else an object. */
export function handlingToJson(h: Handling): string | { title: string; ref?: string; url?: string } {
  if (h.ref === null && h.url === null) return h.title;
  return { ...(h.ref !== null ? { ref: h.ref } : {}), title: h.title, ...(h.url !== null ? { url: h.url } : {}) };
}
