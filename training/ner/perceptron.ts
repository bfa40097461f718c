/**
 * Averaged structured perceptron over hashed features (Collins 2002): decode each training
 * sentence with the current weights, and where the best path differs from the gold one, add the
 * gold path's features and subtract the predicted path's. The weights kept are the average over
 * all steps, computed lazily (w - u/c), which generalises far better than the last weights.
 */
import { T, viterbi } from '../../src/core/entities/tagger/viterbi.js';

export interface Encoded {
  /** Feature rows of each token: ids[offsets[i]..offsets[i+1]) belong to token i. */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int8Array;
}

export interface Trained { weights: Float64Array; transitions: Float64Array }

/** A seeded generator (mulberry32), so that the shuffles and the model are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function emissions(s: Encoded, w: Float64Array): Float64Array {
  const n = s.gold.length;
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const row = s.ids[k]! * T;
      for (let t = 0; t < T; t++) emit[i * T + t] += w[row + t]!;
    }
  }
  return emit;
}

export function train(data: Encoded[], bits: number, epochs: number, seed: number, log: (msg: string) => void): Trained {
  const w = new Float64Array((1 << bits) * T);
  const u = new Float64Array(w.length);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array(tw.length);
  const random = rng(seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const bump = (arr: Float64Array, acc: Float64Array, at: number, by: number) => { arr[at] += by; acc[at] += c * by; };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let tokens = 0;
    for (const idx of order) {
      const s = data[idx]!;
      const n = s.gold.length;
      const pred = viterbi(emissions(s, w), n, tw);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          wrong++;
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const row = s.ids[k]! * T;
            bump(w, u, row + g, 1);
            bump(w, u, row + p, -1);
          }
        }
        const gp = i === 0 ? 0 : s.gold[i - 1]! + 1;
        const pp = i === 0 ? 0 : pred[i - 1]! + 1;
        if (gp !== pp || g !== p) {
          bump(tw, tu, gp * T + g, 1);
          bump(tw, tu, pp * T + p, -1);
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}/${epochs}: ${(100 * wrong / tokens).toFixed(2)}% of tokens mistagged while training`);
  }
  for (let k = 0; k < w.length; k++) w[k] -= u[k]! / c;
  for (let k = 0; k < tw.length; k++) tw[k] -= tu[k]! / c;
  return { weights: w, transitions: tw };
}
