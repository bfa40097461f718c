import { shingles, tokenize } from '../../bench/common/metric.js';

/**
 * Whether the true article body holds a block, as the benchmark's metric would count it: half
 * of its 4-word shingles are in the truth, or, for a block of fewer than four words, its words
 * stand together in the truth. A block with no words at all gets no label (null).
 */
export function labelBlock(truth: string): (text: string) => boolean | null {
  const truthTokens = tokenize(truth);
  const truthShingles = shingles(truthTokens);
  const joined = ` ${truthTokens.join(' ')} `;
  return (text) => {
    const tokens = tokenize(text);
    if (!tokens.length) return null;
    if (tokens.length < 4) return joined.includes(` ${tokens.join(' ')} `);
    let held = 0;
    let all = 0;
    for (const [key, n] of shingles(tokens)) {
      all += n;
      if (truthShingles.has(key)) held += n;
    }
    return held * 2 >= all;
  };
}
