/**
 * A shard of the PolNeAR evaluation in its own process (bench/entities.ts runs two at once, so
 * the accuracy part of the bench uses both cores), Sift and the rules baseline. Usage: worker.ts polnear DIR LIMIT SHARD SHARDS.
 * Prints the PolnearResult as JSON.
 */
import { annotate } from '../../src/core/entities/index.js';
import { baselineAnnotate } from './baseline.js';
import { runPolnear } from './polnear.js';

const [what, dir, limit, shard, shards] = process.argv.slice(2);
if (what !== 'polnear' || !dir) {
  console.error('usage: worker.ts polnear DIR LIMIT SHARD SHARDS');
  process.exit(2);
}
const rules = await baselineAnnotate();
const result = runPolnear(dir, { ours: annotate, rules: typeof rules === 'string' ? null : rules }, { limit: Number(limit ?? 0), shard: Number(shard ?? 0), shards: Number(shards ?? 1) });
process.stdout.write(JSON.stringify(result));
