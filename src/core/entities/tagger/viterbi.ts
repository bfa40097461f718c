/**
 * The tag set and the decoder. Tags are BIO over three types; the decoder is Viterbi over the
 * emission scores and learned transition scores, with transitions that would start a name in its
 * middle (O -> I-PER, B-ORG -> I-LOC) forbidden, so every span it returns is well formed.
 */

export const TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NameType = (typeof TYPES)[number];
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const T = TAGS.length;

/** I-X may follow only B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  const t = TAGS[tag]!;
  if (!t.startsWith('I-')) return true;
  if (prev < 0) return false;
  return TAGS[prev]!.slice(2) === t.slice(2) && TAGS[prev] !== 'O';
}
/** allowed(p, t) at [(p + 1) * T + t], row 0 the sentence start: the decoder asks it for every token. */
const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, k) => (allowed(Math.floor(k / T) - 1, k % T) ? 1 : 0));

/**
 * Best tag sequence. `emit[i*T + t]` scores tag t at token i; `trans[(p+1)*T + t]` scores tag t
 * after tag p (row 0 is the sentence start).
 */
export function viterbi(emit: Float64Array | Float32Array, n: number, trans: Float64Array | Float32Array): Int8Array {
  const tags = new Int8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emit[t]! + trans[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = score[(i - 1) * T + p]! + trans[(p + 1) * T + t]!;
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emit[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t]! > best) { best = score[(n - 1) * T + t]!; tags[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/** Spans [from, to) of tokens with their type, read off a tag sequence. */
export function spansOf(tags: ArrayLike<number>): { from: number; to: number; type: NameType }[] {
  const out: { from: number; to: number; type: NameType }[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = TAGS[tags[i]!]!;
    if (!t.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && TAGS[tags[j]!] === `I-${t.slice(2)}`) j++;
    out.push({ from: i, to: j, type: t.slice(2) as NameType });
    i = j - 1;
  }
  return out;
}
