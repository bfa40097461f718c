/**
 * Stores trained weights compactly: one scale for the whole table, each weight as a signed byte,
 * and only the rows with a weight worth keeping, as gaps between row numbers (LEB128) followed by
 * the row's bytes. Dropping rows whose every weight rounds to within `prune` of zero costs almost
 * nothing in accuracy and most of the size.
 */
import { T } from '../../src/core/entities/tagger/viterbi.js';
import type { Trained } from './perceptron.js';

export function quantize(t: Trained, prune: number): { scale: number; transitions: number[]; rows: string; rowCount: number } {
  let max = 0;
  for (const v of t.weights) if (Math.abs(v) > max) max = Math.abs(v);
  const scale = max / 127;
  const bytes: number[] = [];
  let last = -1;
  let rowCount = 0;
  for (let row = 0; row < t.weights.length / T; row++) {
    const q = Array.from({ length: T }, (_, k) => Math.round(t.weights[row * T + k]! / scale));
    if (q.every((v) => Math.abs(v) <= prune)) continue;
    for (let gap = row - last; ; gap >>>= 7) {
      if (gap < 0x80) { bytes.push(gap); break; }
      bytes.push((gap & 0x7f) | 0x80);
    }
    for (const v of q) bytes.push(v & 0xff);
    last = row;
    rowCount++;
  }
  return { scale, transitions: Array.from(t.transitions, (v) => Number(v.toFixed(4))), rows: Buffer.from(bytes).toString('base64'), rowCount };
}
