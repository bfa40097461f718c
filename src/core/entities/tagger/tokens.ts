/**
 * Words and sentences for the name tagger, with their offsets in the text. Close to the Penn
 * Treebank conventions the training data uses: "U.S." and "Mr." are one token, a possessive "'s"
 * is its own, punctuation stands alone. Sentences end at . ! ? (not after an abbreviation or an
 * initial) and at line breaks, so a name can never run across a sentence end.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence ("Sen. Jon Tester", "Martin Luther King Jr. said"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'maj',
  'rev', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'esq', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec', 'gov', 'lieut',
  'co', 'corp', 'inc', 'ltd', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo',
  'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev',
  'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Most abbreviations are capitalised ("No. 5", "Ill."); in lower case they are words ("said no."), except these. */
const LOWER_CASE_ABBREVIATIONS = new Set(['vs', 'etc', 'approx']);

/**
 * One token: an acronym with periods ("U.S.", "U.N."), a word with inner apostrophes, hyphens or
 * ampersands ("O'Brien", "Rolls-Royce", "AT&T"), a number ("1,200.5"), a possessive ending, or
 * any other single character that is not a space. A word is capped at 64 characters so that a
 * 10,000-character "word" costs what a normal one does.
 */
const TOKEN = /\p{L}\.(?:\p{L}\.)+|['’][sS](?![\p{L}\p{N}])|\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}\p{N}_]{1,64}(?:(?:['’&-]|\.(?=\p{L}))[\p{L}\p{M}\p{N}]{1,64})*(?:(?<=n)['’]t)?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let { 0: t, index: start } = m;
    // A possessive ending split off the word before it: "Obama's" -> "Obama" "'s".
    const poss = /['’][sS]$/.exec(t);
    if (poss && t.length > 2 && /\p{L}/u.test(t[0]!)) {
      out.push({ text: t.slice(0, poss.index), start, end: start + poss.index });
      start += poss.index;
      t = t.slice(poss.index);
    }
    // "Mr." and "J." keep their period; a sentence's final period stays a token of its own.
    const next = text[start + t.length];
    if (next === '.' && /^\p{L}+$/u.test(t) && ((ABBREVIATIONS.has(t.toLowerCase()) && (/^\p{Lu}/u.test(t) || LOWER_CASE_ABBREVIATIONS.has(t))) || /^\p{Lu}$/u.test(t))) {
      out.push({ text: `${t}.`, start, end: start + t.length + 1 });
      TOKEN.lastIndex = start + t.length + 1;
      continue;
    }
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}

const CLOSERS = /^["”’')\]]$/;

/**
 * Splits tokens into sentences: after . ! ? (and any closing quotes or brackets), and wherever
 * the text between two tokens holds a line break.
 */
export function sentences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (cur.length && /\n/.test(text.slice(tokens[i - 1]!.end, t.start))) { out.push(cur); cur = []; }
    cur.push(t);
    if (/^[.!?]+$/.test(t.text) || t.text === '…') {
      while (i + 1 < tokens.length && CLOSERS.test(tokens[i + 1]!.text) && tokens[i + 1]!.start === cur[cur.length - 1]!.end) cur.push(tokens[++i]!);
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

