/**
 * npm run train:ner — rebuilds the name tagger's weights and name lists from ../shared/corpus/ner.
 *
 * Trains on the parts whose licence allows shipped weights: GMB (public-domain news) and GUM's
 * train documents of its CC BY genres, with the open name lists as features. Deterministic: fixed
 * corpus order, seeded shuffles, no clock in the output; the same inputs give the same bytes.
 * Reports exact-span F1 on CoNLL++ dev (measuring only: it chooses nothing that is fitted).
 *
 *   npx tsx training/ner/train.ts [--epochs 5] [--bits 20] [--caps 0.05] [--prune 1] [--dry]
 * --dry trains and reports without writing the model files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capBucket, caseCounts, docCaseOf, sentenceFeatures, type CaseCounts } from '../../src/core/entities/tagger/features.js';
import { gazetteerHits, loadGazetteer } from '../../src/core/entities/tagger/gazetteer.js';
import { loadTagger, type ModelData } from '../../src/core/entities/tagger/model.js';
import type { Token } from '../../src/core/entities/tagger/tokens.js';
import { spansOf, TAGS } from '../../src/core/entities/tagger/viterbi.js';
import { gumHeldOut, readConll, readGmb, readGum, type Sentence } from './corpora.js';
import { buildLists } from './gazetteer.js';
import { rng, train, type Encoded } from './perceptron.js';
import { quantize } from './quantize.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ner = resolve(root, '../shared/corpus/ner');
const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i >= 0 ? process.argv[i + 1]! : d; };
const EPOCHS = Number(arg('--epochs', '5'));
const BITS = Number(arg('--bits', '20'));
const CAPS_SHARE = Number(arg('--caps', '0.05'));
const PRUNE = Number(arg('--prune', '1'));
const SEED = 20261206;
const log = (m: string) => process.stderr.write(`${m}\n`);

if (!existsSync(join(ner, 'gmb/ner_dataset.csv.zip'))) {
  log(`train:ner needs ../shared/corpus/ner (looked in ${ner}); the committed model/ files are the trained model.`);
  process.exit(1);
}
const started = performance.now();

// 1. Name lists.
const lists = buildLists(join(ner, 'gazetteer'));
const gazetteer = loadGazetteer(lists.open, lists.odbl);
const isCountry = (name: string) => gazetteer.has('country', name.toLowerCase());

// 2. Training sentences: GMB, GUM train documents, and all-capitals copies of a few (headlines, datelines).
const heldOut = gumHeldOut(readFileSync(join(ner, 'gum/splits.md'), 'utf8'));
const gumFiles = readdirSync(join(ner, 'gum')).filter((f) => f.endsWith('.conllu')).sort();
const gumTrain = gumFiles.filter((f) => !heldOut.has(f.replace(/\.conllu$/, '')));
const base: Sentence[] = [...readGmb(join(ner, 'gmb/ner_dataset.csv.zip'), isCountry), ...gumTrain.flatMap((f) => readGum(join(ner, 'gum', f)))];
const pick = rng(SEED);
const copied = base.map(() => pick() < CAPS_SHARE);
log(`${base.length} sentences (${gumTrain.length} GUM train documents), ${copied.filter(Boolean).length} all-caps copies, ${base.reduce((n, s) => n + s.tokens.length, 0)} tokens`);

// 3. How often each word is capitalised inside a sentence, over all the training text.
const capCount: CaseCounts = new Map();
for (const s of base) caseCounts(s.tokens, capCount);

// 4. Features, hashed. A sentence's own words are left out of its capitalisation counts, so that a
// name seen once gets the "unknown" value it would get in use. Its document is its GUM document,
// or for GMB (sentences in document order, no boundaries) the ten sentences either side.
const mask = (1 << BITS) - 1;
const asTokens = (words: readonly string[]): Token[] => words.map((text) => ({ text, start: 0, end: 0 }));
const tagIndex = new Map(TAGS.map((t, i) => [t as string, i]));
function encode(s: Sentence, own: CaseCounts, doc: CaseCounts): Encoded {
  const capRatio = (w: string) => { const a = capCount.get(w) ?? [0, 0]; const o = own.get(w) ?? [0, 0]; return capBucket(a[0] - o[0], a[0] + a[1] - o[0] - o[1]); };
  const tokens = asTokens(s.tokens);
  const { ids, offsets } = sentenceFeatures(tokens, { capRatio, hits: gazetteerHits(gazetteer, tokens), docCase: (w) => docCaseOf(doc, own, w) }, mask);
  return { ids, offsets, gold: Int8Array.from(s.tags.map((t) => tagIndex.get(t) ?? 0)) };
}
const WINDOW = 10;
const data: Encoded[] = [];
const docs = new Map<string, CaseCounts>();
for (const s of base) if (!s.doc.startsWith('gmb-')) caseCounts(s.tokens, docs.get(s.doc) ?? docs.set(s.doc, new Map()).get(s.doc)!);
const window: CaseCounts = new Map();
const gmbCount = base.findIndex((s) => !s.doc.startsWith('gmb-'));
const gmbEnd = gmbCount < 0 ? base.length : gmbCount;
for (let i = 0; i < Math.min(WINDOW, gmbEnd); i++) caseCounts(base[i]!.tokens, window);
base.forEach((s, i) => {
  if (i < gmbEnd) {
    if (i + WINDOW < gmbEnd) caseCounts(base[i + WINDOW]!.tokens, window);
    if (i - WINDOW - 1 >= 0) caseCounts(base[i - WINDOW - 1]!.tokens, window, -1);
  }
  const doc = i < gmbEnd ? window : docs.get(s.doc)!;
  const own = caseCounts(s.tokens);
  data.push(encode(s, own, doc));
  if (copied[i]) data.push(encode({ ...s, tokens: s.tokens.map((t) => t.toUpperCase()) }, own, doc));
});
log(`features: ${((performance.now() - started) / 1000).toFixed(0)} s`);

// 5. Train, then store as int8 rows.
const trained = train(data, BITS, EPOCHS, SEED, log);
const capWords: Record<string, string[]> = {};
for (const [w, [c, l]] of [...capCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const b = capBucket(c, c + l);
  if (b !== 'u' && !/\s/.test(w)) (capWords[b] ??= []).push(w);
}
const packed = quantize(trained, PRUNE);
const model: ModelData = { bits: BITS, ...packed, capWords: Object.fromEntries(Object.entries(capWords).map(([b, ws]) => [b, ws.join(' ')])) };

// 6. Measure the stored model, read back through the same loader the extension uses.
const tagger = loadTagger(model, lists.open, lists.odbl);
const dev = readConll(join(ner, 'eval/conllpp_dev.txt'));
const devDocs = new Map<string, CaseCounts>();
for (const s of dev) caseCounts(s.tokens, devDocs.get(s.doc) ?? devDocs.set(s.doc, new Map()).get(s.doc)!);
const score = new Map<string, { tp: number; fp: number; fn: number }>();
for (const s of dev) {
  const key = (x: { from: number; to: number; type: string }) => `${x.from}:${x.to}:${x.type}`;
  const gold = new Set(spansOf(s.tags.map((t) => tagIndex.get(t) ?? 0)).map(key));
  const pred = new Set(spansOf(tagger.tagTokens(asTokens(s.tokens), devDocs.get(s.doc))).map(key));
  for (const type of ['PER', 'ORG', 'LOC', 'ALL']) {
    const sc = score.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const mine = (k: string) => type === 'ALL' || k.endsWith(type);
    for (const k of pred) if (mine(k)) gold.has(k) ? sc.tp++ : sc.fp++;
    for (const k of gold) if (mine(k) && !pred.has(k)) sc.fn++;
    score.set(type, sc);
  }
}
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp / (2 * tp + fp + fn)).toFixed(3);
log(`CoNLL++ dev, exact spans, token level: ${[...score].map(([t, s]) => `${t} ${f1(s)}`).join(', ')}`);
log(`${packed.rowCount} weight rows kept of ${1 << BITS}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (process.argv.includes('--dry')) process.exit(0);

// 7. The generated files.
const how = `Generated by \`npm run train:ner\` (training/ner/train.ts): an averaged structured perceptron,
 * ${EPOCHS} epochs, seed ${SEED}, 2^${BITS} hashed feature rows (int8, rows under ${PRUNE + 1}/127 of the
 * largest weight dropped), trained on GMB (ner_dataset.csv, public domain) and the train documents
 * of GUM's CC BY genres (${gumTrain.length} documents; GUM, Zeldes 2017, CC BY 4.0 / CC BY 2.5), with
 * ${(CAPS_SHARE * 100).toFixed(0)}% of sentences added again in capitals. Do not edit: rerun the script.`;
writeFileSync(join(root, 'model/ner-weights.generated.ts'), `/**\n * The name tagger's weights. ${how}\n */\nimport type { ModelData } from '../src/core/entities/tagger/model.js';\n\nexport const MODEL: ModelData = ${JSON.stringify(model)};\n`);
const listHeader = (what: string) => `/**\n * ${what}\n * Generated by \`npm run train:ner\` from ../shared/corpus/ner/gazetteer (see THIRD-PARTY-NOTICES.md). Do not edit.\n */\nimport type { GazetteerSource } from '../src/core/entities/tagger/gazetteer.js';\n\n`;
writeFileSync(join(root, 'model/gazetteer.generated.ts'), `${listHeader('Name lists for the tagger: GeoNames cities (CC BY 4.0, credit GeoNames), openfootball clubs (CC0), hoopR teams (MIT), US-listed companies, public bodies, international organisations (PDDL), Party Facts parties (MIT), university-domains-list (MIT), fundus and LocalNewsDataset news outlets (MIT), US SSA given names (public domain), Global Name Data UK given names (CC BY 3.0; contains public sector information licensed under the Open Government Licence), Wikidata given and family names (CC0).')}export const LISTS: GazetteerSource = ${JSON.stringify(lists.open, null, 0)};\n`);
writeFileSync(join(root, 'model/gazetteer-odbl.generated.ts'), `${listHeader('Country names and demonyms from mledoze/countries, a derived database offered under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1-0/. This file as a whole stays under the ODbL.')}export const ODBL_LISTS: GazetteerSource = ${JSON.stringify(lists.odbl, null, 0)};\n`);
log('wrote model/ner-weights.generated.ts, model/gazetteer.generated.ts, model/gazetteer-odbl.generated.ts');
