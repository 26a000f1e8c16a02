/**
 * Section headings of Swedish kallelser: a closed vocabulary ("Sekretessärenden", "Beslutsärenden
 * kommunfullmäktige", "Information från föredragande", "Förvaltningschefen informerar", "Övriga
 * frågor" …) plus the shape they share: a short capitalised line without digits whose first or last
 * word names a kind of ärende.
 */
const KEYWORD_FIRST = /^(sekretessärenden?|informationsärenden?|information|beslutsärenden?|ärenden|delegationsärenden|delegationsbeslut|anmälningsärenden|anmälningar|meddelanden|delgivningar|valärenden|motioner|medborgarförslag|remisser)\b/i;
const KEYWORD_LAST = /\b(ärenden|informerar|information|frågor|meddelanden|delgivningar|anmälningar|delegationsbeslut|beslutsärenden|sekretessärenden)$/i;

/** True when the line is a section heading of the agenda. */
export function isSectionHeading(text: string): boolean {
  if (text.length > 70 || /\d/.test(text) || !/^[A-ZÅÄÖ]/.test(text)) return false;
  if (/[.:;,]$/.test(text)) return false;
  const words = text.split(' ').length;
  if (words > 6) return false;
  return KEYWORD_FIRST.test(text) || KEYWORD_LAST.test(text);
}

/** Headings that open the agenda without being a section: "Dagordning", "Nr Diarienummer Ärende". */
export function isAgendaStart(text: string): boolean {
  return /^(dagordning|föredragningslista|ärendelista|ärenden|förteckning över ärenden)$/i.test(text) || isTableHeader(text);
}

/** The header row of an agenda table: "Nr Diarienummer Ärende", "Nr Ärende Dnr", "§ Ärende Dnr". */
export function isTableHeader(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  return words.length <= 5 && (words[0] === 'nr' || words[0] === '§' || words[0] === 'punkt') && words.some((w) => w === 'ärende' || w === 'ärenden' || w === 'rubrik');
}

/** Lines that start the next document of a meeting pack: the agenda ends before them. */
export function isDocumentStart(text: string): boolean {
  if (/^[-–•]\s/.test(text)) return false;
  return /^(protokollsförslag|protokollsutdrag|tjänsteskrivelse|ärendeblad|missiv|beslutsunderlag|förslag till beslut|sammanfattning|ärendebeskrivning)$/i.test(text)
    || /\btjänsteskrivelse$/i.test(text)
    || /^(upprättad|diarienummer):/i.test(text);
}
