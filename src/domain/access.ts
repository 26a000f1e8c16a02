import type { Arende } from './arende';
import { hasRole, type Person } from './roster';

/** Who may read the agenda and ask for handlingar: the committee's members and its secretary. */
export function canReadAgenda(person: Person | undefined): boolean {
  return hasRole(person, 'ordforande', 'sekreterare', 'ledamot', 'ersattare', 'tjansteperson', 'godkannare');
}

/** Who may ask for an ärende's handlingar in chat. */
export function canRequestHandlingar(person: Person | undefined): boolean {
  return hasRole(person, 'ordforande', 'sekreterare', 'ledamot', 'ersattare');
}

/** Who sees the approval status of the whole agenda: the sekreterare and the ordförande. */
export function canSeeStatus(person: Person | undefined): boolean {
  return hasRole(person, 'sekreterare', 'ordforande');
}

/** Who runs the agenda: import, assign approvers, change the roster, export the audit log. */
export function isSekreterare(person: Person | undefined): boolean {
  return hasRole(person, 'sekreterare');
}

/**
 * What of an ärende a chat may show. Of a sekretessärende only what the public kallelse shows
 * (number, title, diarienummer); its handlingar are laid out at the gruppmöte (OSL 26 kap. 1 §).
 */
export function publicView(a: Arende): Arende {
  if (!a.sekretess && a.kind !== 'sekretess') return a;
  return { ...a, handlingar: [], presenter: null };
}
