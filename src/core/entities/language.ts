/**
 * Whether an article is in English, the one language the tagger was trained on. A tagger reading
 * Italian or Russian finds "names" in every capitalised word; no names is better than wrong ones.
 * The page's declared language decides when there is one. Otherwise the text is English unless
 * most of its letters are of another script, or the commonest words of other languages written in
 * Latin letters ("il", "der", "les", "que") outnumber English ones: a results table or a list of
 * names, short on function words of any language, stays English.
 */
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'said', 'by', 'at', 'his', 'her', 'from', 'be', 'have', 'has', 'are', 'this', 'but', 'not', 'they', 'were', 'an', 'or', 'which', 'who', 'will', 'would']);
const OTHER = new Set([
  'il', 'di', 'che', 'della', 'del', 'non', 'per', 'una', 'sono', 'gli', 'le', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'pas',
  'der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'ein', 'eine', 'el', 'los', 'las', 'y', 'que', 'por', 'con', 'para', 'es', 'su',
  'da', 'em', 'os', 'não', 'uma', 'com', 'het', 'een', 'van', 'voor', 'niet', 'zijn', 'och', 'att', 'är', 'og', 'ikke', 'jest', 'nie', 'się',
]);
const SAMPLE_WORDS = 2000;

export function isEnglish(lang: string | null, texts: readonly string[]): boolean {
  if (lang && /^[a-z]{2,3}\b/i.test(lang)) return /^en\b/i.test(lang);
  let words = 0;
  let latin = 0;
  let english = 0;
  let other = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}+/gu)) {
      words++;
      if (/^\p{Script=Latin}/u.test(m[0])) latin++;
      const w = m[0].toLowerCase();
      if (ENGLISH.has(w)) english++;
      else if (OTHER.has(w)) other++;
    }
    if (words >= SAMPLE_WORDS) break;
  }
  return latin * 2 >= words && other <= english;
}
