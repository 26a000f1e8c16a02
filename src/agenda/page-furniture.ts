/**
 * Page furniture: what a PDF page prints around the agenda (footers, page numbers, contact lines,
 * signature boxes) and what text extraction then drops between two agenda lines (domain.md §2.3,
 * §6 "Text artefacts").
 */

const FURNITURE: readonly RegExp[] = [
  // "Page 1 of 2", "Sida 2 av 5", "Sida 2(5)", also glued to a web address: "www.nykoping.sePage 1 of 2".
  /(?:^|\s|\.se|\.nu|\.com)(?:page|sida)\s*\d+\s*(?:of|av|\(|\/)\s*\d+\)?$/i,
  /^sida\s*\d+$/i,
  // "2 (5)" or "Kallelse 2 (5)": a page number in parentheses closes the line.
  /^(?:[^\d]{0,40}\s)?\d{1,3}\s?\(\d{1,3}\)$/,
  // A web address alone on its line.
  /^(?:www\.|https?:\/\/)\S+$/i,
  // Contact and address lines of a letterhead or footer.
  /^(?:postadress|besöksadress|leveransadress|fakturaadress|webbadress|webbplats|hemsida|org\.?\s*nr|organisationsnummer|bankgiro|plusgiro|momsreg)\b/i,
  /^(?:telefon|tel|tfn|telefonväxel|växel|vxl|fax|e-post|epost|mejl|mail)\b\.?\s*:?\s*[+\d(]/i,
  /\b(?:organisationsnummer|org\.?\s*nr|webbadress)\s*:?\s*\S/i,
  /\b(?:telefon|tel|tfn)\s*:\s*\d.*\be-?post\s*:/i,
  // A line that carries an e-mail address among at most a few words is a contact line.
  /^(?:\S+\s){0,4}[\w.+-]+@[\w-]+\.[\w.-]+(?:\s\S+){0,4}$/,
  // "611 83 Nyköping www.nykoping.se", "646 80 Gnesta": a postal address line.
  /^\d{3}\s?\d{2}\s+\p{Lu}[\p{L}-]+(?:\s+(?:www\.\S+|\S+@\S+))?$/u,
  // Signature boxes of a protokollsförslag page.
  /^(?:justerare\s*)+(?:utdragsbestyrkande)?$/i,
  /^(?:utdragsbestyrkande|justerandes signatur|justerandes sign\.?)$/i,
  /^utskriftsdatum\b/i,
];

/** True for a footer, page number, contact or signature-box line that is no part of the agenda. */
export function isPageFurniture(text: string): boolean {
  if (!text) return false;
  return FURNITURE.some((re) => re.test(text));
}
