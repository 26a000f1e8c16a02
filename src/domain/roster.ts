import { z } from 'zod';

/** The roles a person can have towards the committee. */
export const Role = z.enum(['ordforande', 'sekreterare', 'ledamot', 'ersattare', 'tjansteperson', 'godkannare']);
export type Role = z.infer<typeof Role>;

/** A person in the committee's roster, known by their Microsoft Entra object id. */
export const Person = z.object({
  name: z.string().trim().min(1, 'namn saknas'),
  aadObjectId: z.string().trim().min(1, 'aadObjectId saknas'),
  roles: z.array(Role).min(1, 'minst en roll behövs'),
});
export type Person = z.infer<typeof Person>;

/** Who is who in the committee. */
export const Roster = z
  .object({
    committee: z.string().trim().min(1),
    municipality: z.string().trim().min(1).nullable().default(null),
    people: z.array(Person).default([]),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.people.forEach((p, i) => {
      if (seen.has(p.aadObjectId)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['people', i, 'aadObjectId'], message: `${p.name} finns redan i listan` });
      }
      seen.add(p.aadObjectId);
    });
  });
export type Roster = z.infer<typeof Roster>;

/** The person with this Entra object id, or undefined for a stranger. */
export function findPerson(roster: Roster, aadObjectId: string | undefined): Person | undefined {
  if (!aadObjectId) return undefined;
  return roster.people.find((p) => p.aadObjectId === aadObjectId);
}

/** True when the person has any of the roles. */
export function hasRole(person: Person | undefined, ...roles: Role[]): boolean {
  return person !== undefined && person.roles.some((r) => roles.includes(r));
}
