/**
 * Common Swedish given names (the most frequent among the adult population, both sexes). They only
 * break ties when a two-column signature line must be split into names: a word that is a given name
 * most likely opens a name ("Anna Ek Lena Karlsson Leksell" → "Anna Ek" / "Lena Karlsson Leksell").
 */
const GIVEN_NAMES = new Set(
  `
  agneta agnes alexander alexandra alice alva amanda anders andreas ann anna annalisa anne anneli annelie anne-lise annika anette
  anita ann-christin ann-marie ann-sofie anton arvid astrid axel barbro bengt berit birgitta bo britt britt-marie camilla carina
  carl caroline cecilia charlotte christer christina christoffer claes dan daniel david ebba elin elisabeth elias ella ellen
  emelie emil emilia emma erik erika eva eeva-liisa evelina filip fredrik frida gabriel gun gunilla gunnar gustav göran hampus
  hanna hannes hans helen helena henrik hugo ida inga inger ingrid isabella isak jakob jan jenny jessica joakim johan johanna
  johannes john jonas jonathan josefin julia kajsa karin karl katarina kent kenneth kerstin kim kjell klara krister kristina
  lars lena lennart leo lilly lina linda lindha linnea lisa liv louise lucas ludvig magnus maja malin margareta maria marianne
  marie marika marjo martin mats mattias max mikael moa monica märta nils nora olle oliver olof oscar oskar patrik per peter
  petra pia rebecka robert roger rolf sara sebastian simon siv sofia sofie stefan sten stig susanne sven sylvia therese thomas
  tobias tomas torbjörn ulf ulla ulrika valter vera viktor viktoria wilma william yvonne åsa åke
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** True for a common Swedish given name ("Jenny", "Anne-Lise"), case-insensitively. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}
