/**
 * Port of the article-extraction-benchmark metric (scrapinghub, evaluate.py):
 * - tokens are runs of \w (Python's Unicode \w: letters, digits/numerics, underscore; case kept);
 * - a text becomes the multiset of its 4-token shingles; a text with 1..3 tokens is one short
 *   shingle, a text with no token has none;
 * - per page TP/FP/FN are the multiset overlaps, divided by their sum (each page weighs the same);
 * - precision is the mean over pages with TP+FP > 0, recall the mean over pages with TP+FN > 0;
 *   a page scores 1 when FP = FN = 0 and 0 when there is nothing to match;
 * - F1 = 2PR / (P + R) over those means.
 */

// Python's re \w on str = str.isalnum() or '_': categories L* and N*, plus '_'
// (combining marks Mn/Mc are not word characters in Python, so not here either).
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN_RE) ?? []) : [];
}

const SEP = '\u0000';

export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join(SEP);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** TP/FP/FN of one page, normalised to sum 1 (when there is anything at all). */
export function shingleMatch(truth: string, pred: string, n = 4): Counts {
  const t = shingles(tokenize(truth), n);
  const p = shingles(tokenize(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    if (tc === 0) fp += pc;
    else fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-page scores for listings; precision/recall are null where the benchmark skips the page. */
export interface PageScore {
  precision: number | null;
  recall: number | null;
  f1: number;
}

export function pageScore(c: Counts): PageScore {
  const precision = c.tp + c.fp > 0 ? precisionScore(c) : null;
  const recall = c.tp + c.fn > 0 ? recallScore(c) : null;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Mean with Neumaier summation (Python's statistics.mean is exact, this is within an ulp or so). */
function mean(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  let sum = 0;
  let c = 0;
  for (const x of xs) {
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + c) / xs.length;
}

export interface Aggregate {
  f1: number;
  precision: number;
  recall: number;
  /** Pages that entered the precision / recall means. */
  nPrecision: number;
  nRecall: number;
}

export function aggregate(pages: readonly Counts[]): Aggregate {
  const ps = pages.filter((c) => c.tp + c.fp > 0).map(precisionScore);
  const rs = pages.filter((c) => c.tp + c.fn > 0).map(recallScore);
  const precision = mean(ps);
  const recall = mean(rs);
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall, nPrecision: ps.length, nRecall: rs.length };
}

/**
 * Tiny self-check against values computed with the original evaluate.py (Python 3.11).
 * Throws on mismatch, so a broken port never prints plausible numbers.
 */
export function selfCheckMetric(): void {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;
  const fail = (what: string) => {
    throw new Error(`metric self-check failed: ${what}`);
  };
  // \w is Unicode-aware, case kept, '_' is a word character, combining marks split words.
  const toks = tokenize('Élan vital_2 — naïve 東京 x\u0301y CortezAlexandria');
  if (toks.join('|') !== 'Élan|vital_2|naïve|東京|x|y|CortezAlexandria') fail(`tokenize gave ${toks.join('|')}`);
  // Fewer than 4 tokens: one short shingle; none: no shingle.
  if (shingles(tokenize('a b')).size !== 1 || shingles(tokenize('  ,. ')).size !== 0) fail('short shingles');
  // Repeated prediction: the second copy is FP.
  const c = shingleMatch('one two three four five', 'one two three four five one two three four five');
  // truth: 2 shingles; pred: 7 shingles, 4 of them the two true ones twice -> tp 2, fp 5, fn 0
  if (!near(c.tp, 2 / 7) || !near(c.fp, 5 / 7) || c.fn !== 0) fail(`repeat counts ${JSON.stringify(c)}`);
  // Aggregation with the script's skipping: an empty prediction is skipped for precision only,
  // a page with neither true nor predicted shingles for both.
  const agg = aggregate([
    shingleMatch('a b c d e f', 'a b c d e f'),
    shingleMatch('a b c d e f', ''),
    shingleMatch('a b c d e f g h', 'x a b c d e f'),
    shingleMatch('', ''),
  ]);
  // Values from evaluate.py's metrics_from_tp_fp_fns on the same inputs.
  if (!near(agg.precision, 0.875) || !near(agg.recall, 0.5333333333333333) || !near(agg.f1, 0.6627218934911243)) {
    fail(`aggregate ${JSON.stringify(agg)}`);
  }
  if (agg.nPrecision !== 2 || agg.nRecall !== 3) fail(`skip counts ${agg.nPrecision}/${agg.nRecall}`);
}
