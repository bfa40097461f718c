/**
 * Bytes that were never text (an image or archive served as a web page, a corrupt scrape) still
 * decode to characters, and a page of them would otherwise read as one long "article". What gives
 * them away is characters people do not write: control codes (tab and line breaks aside), U+FFFD
 * for undecodable bytes, private-use code points. Random bytes hold about 11% controls alone.
 */
const NOT_WRITTEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g;
const MAX_SHARE = 0.01;
/**
 * UTF-8 read as Latin-1 (a scrape decoded twice: "NBCâ\u0080\u0099s") puts C1 controls after a
 * lead byte's letter: text people wrote, garbled, not binary.
 */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;

/** One of those characters anywhere: most texts hold none, and are let through without counting. */
const ANY_NOT_WRITTEN = new RegExp(NOT_WRITTEN.source);

export function looksBinary(text: string): boolean {
  if (!ANY_NOT_WRITTEN.test(text)) return false;
  return (text.replace(MOJIBAKE, '').match(NOT_WRITTEN)?.length ?? 0) > text.length * MAX_SHARE;
}
