const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const LONG_DATE = new RegExp(String.raw`(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME = /\b(?:klockan|kl)\.?\s*(\d{1,2})[.:](\d{2})\b/i;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/** A date written the Swedish way ("Torsdagen den 8 december 2022", "3 oktober 2023", "2024-05-13") and what follows it on the line. */
export function findDate(text: string): { date: string; rest: string } | null {
  const long = LONG_DATE.exec(text);
  if (long) {
    const month = MONTHS.indexOf((long[2] as string).toLowerCase()) + 1;
    return { date: `${long[3]}-${pad(month)}-${pad(long[1] as string)}`, rest: text.slice(long.index + long[0].length) };
  }
  const iso = ISO_DATE.exec(text);
  return iso ? { date: iso[0], rest: text.slice(iso.index + iso[0].length) } : null;
}

/** "kl. 14.00" / "klockan 13:30" → "14:00", and what follows it. */
export function findTime(text: string): { time: string; rest: string } | null {
  const m = TIME.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return { time: `${pad(m[1] as string)}:${m[2]}`, rest: text.slice(m.index + m[0].length) };
}
