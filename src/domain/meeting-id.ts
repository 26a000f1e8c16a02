import type { Meeting } from './meeting';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A meeting's stable id: the same kallelse imported again gets the same id ("nykopings-kommun-socialnamnden-2022-12-08"). */
export function meetingIdOf(m: Pick<Meeting, 'committee' | 'municipality' | 'date'>): string {
  return [m.municipality ? slug(m.municipality) : null, slug(m.committee), m.date].filter(Boolean).join('-');
}

/** The meeting's date, read back from its id: an id ends with it. */
export function meetingDateOf(id: string): string {
  return id.slice(-'YYYY-MM-DD'.length);
}
