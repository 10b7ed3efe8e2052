/**
 * Word lists more than one rule reads. Acronyms every customer knows are neither jargon nor shouting; the
 * chat abbreviations belong to `plain/idioms`, so `clarity/acronyms` leaves them to it.
 */
export const EVERYDAY_ACRONYMS: ReadonlySet<string> = new Set(
  `OK ID PIN PDF FAQ USB TV PC IT HR CEO VAT USA US UK EU UN AM PM PS GPS ATM SMS VIP DIY QR UPS DHL FedEx USPS
  NHS BBC CNN iOS MB GB KB TB GHz MHz CD DVD LED LCD HD WiFi ZIP JPG JPEG PNG GIF MP3 MP4 AI TXT DOC DOCX XLS XLSX
  PPT ASAP FYI EOD ETA BTW TBD TBA IMO NP THX PLS PLZ COB OOO IRL`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Time-zone abbreviations: capitals, but never shouting. */
export const TIME_ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `UTC GMT CET CEST EET EEST WET WEST BST IST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AEST AEDT ACST ACDT AWST
  NZST NZDT JST KST SGT HKT BRT ART MSK`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Whether a word is written in capitals (two or more letters, no lower-case letter). */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
