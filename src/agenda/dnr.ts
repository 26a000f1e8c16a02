/**
 * Diarienummer as Swedish registries print them: "SN22/11", "SN.2023.38", "KS 2023/145", "DSO22/6:12",
 * "2023/BUN 0214", "1.6-0463/2011". Each needs letters or a slash-and-dash shape, so "2023", "12.30" or
 * "kvartal 3, 2022" are never taken for one.
 */
const DNR_CORE = String.raw`(?:[A-ZÅÄÖ]{1,6}(?:[ .-]?)\d{2,4}[./]\d+(?:[.:/]\d+)*|\d{4}\/[A-ZÅÄÖ]{1,6} ?\d+|\d+(?:\.\d+)*-\d+\/\d{2,4})`;

/** A whole line (or string) that is a diarienummer, with an optional "Dnr"/"Dnr:"/"Diarienummer:" label. */
export const DNR_LINE = new RegExp(String.raw`^(?:(?:Dnr|Diarienr|Diarienummer)\.?:?\s*)?(${DNR_CORE})$`);

/** A diarienummer at the start of an item's text, then a separator (space, "·", "–", "|") and the title. */
export const DNR_FIRST = new RegExp(String.raw`^(?:Dnr\.?:?\s*)?(${DNR_CORE})(?:\s*[·•|–—]\s*|\s+|$)(.*)$`);

/** A diarienummer at the end of an item's text ("Nr Ärende Dnr" tables). */
export const DNR_LAST = new RegExp(String.raw`^(.*?)\s+(?:Dnr\.?:?\s*)?(${DNR_CORE})$`);

/** A labelled diarienummer anywhere in a line ("Dnr 1.6-0463/2011"). */
export const DNR_LABELLED = new RegExp(String.raw`\b(?:Dnr|Diarienr|Diarienummer)\.?:?\s*(${DNR_CORE}|\d{4}[./]\d+)`);
