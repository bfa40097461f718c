/**
 * Readers for the training and measuring corpora in ../shared/corpus/ner, each turned into
 * sentences of tokens with BIO tags over PER / ORG / LOC. Mapping choices (what a GMB "gpe" is,
 * which GUM mentions are names) are documented where they are made.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface Sentence {
  tokens: string[];
  /** BIO tags: "O", "B-PER", "I-LOC", … */
  tags: string[];
  /** Document the sentence belongs to (for per-document scores). */
  doc: string;
}

/** The one file of a zip archive (GMB ships as a one-entry zip), read without unzip. */
export function readZipEntry(path: string): Buffer {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path}: not a zip archive`);
  const central = zip.readUInt32LE(eocd + 16);
  const method = zip.readUInt16LE(central + 10);
  const size = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(dataAt, dataAt + size);
  return method === 0 ? data : inflateRawSync(data);
}

/** Splits a CSV line with double-quoted fields. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Title words GMB keeps inside person spans ("President Bush", "Mr. Annan"); the name is what follows. */
const GMB_TITLES = /^(?:president|vice|prime|minister|secretary|general|gen\.|mr\.?|mrs\.?|ms\.?|dr\.?|senator|sen\.|rep\.|representative|governor|gov\.|king|queen|prince|princess|pope|chancellor|premier|ambassador|envoy|judge|justice|mayor|sheikh|ayatollah|cardinal|archbishop|bishop|rev\.|reverend|lt\.|col\.|colonel|major|captain|capt\.|sgt\.|admiral|commander|chief|foreign|defense|defence|interior|finance|state|deputy|former|acting|opposition|leader|spokesman|spokeswoman|u\.s\.|director|chairman|sir|lord|lady|dame|saint|st\.)$/i;

/**
 * GMB (ner_dataset.csv): Voice of America news, machine-tagged and partly hand-corrected.
 * per -> PER with leading titles left out; org -> ORG and geo -> LOC, except that a span naming a
 * country is a place whatever GMB called it; gpe (mostly nationality adjectives) and the other
 * types are not names here.
 */
export function readGmb(path: string, isCountry: (name: string) => boolean): Sentence[] {
  const text = readZipEntry(path).toString('latin1');
  const out: Sentence[] = [];
  let cur: { tokens: string[]; raw: string[] } | null = null;
  const flush = () => {
    if (cur?.tokens.length) out.push({ tokens: cur.tokens, tags: mapGmb(cur.tokens, cur.raw, isCountry), doc: `gmb-${out.length}` });
  };
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const f = csvFields(line);
    if (f.length < 4) continue;
    if (f[0]) { flush(); cur = { tokens: [], raw: [] }; }
    cur?.tokens.push(f[1]!);
    cur?.raw.push(f[3]!);
  }
  // The last sentence is cut off in the file; leave it out.
  return out;
}

function mapGmb(tokens: string[], raw: string[], isCountry: (name: string) => boolean): string[] {
  const tags = tokens.map(() => 'O');
  for (let i = 0; i < raw.length; i++) {
    if (!raw[i]!.startsWith('B-')) continue;
    const type = raw[i]!.slice(2);
    let j = i + 1;
    while (j < raw.length && raw[j] === `I-${type}`) j++;
    let from = i;
    const name = tokens.slice(i, j).join(' ');
    let mapped = type === 'per' ? 'PER' : type === 'org' ? 'ORG' : type === 'geo' ? 'LOC' : '';
    if (isCountry(name)) mapped = 'LOC';
    if (mapped === 'PER') while (from < j - 1 && GMB_TITLES.test(tokens[from]!)) from++;
    if (mapped === 'PER' && GMB_TITLES.test(tokens[from]!)) mapped = '';
    if (mapped) for (let k = from; k < j; k++) tags[k] = `${k === from ? 'B' : 'I'}-${mapped}`;
    i = j - 1;
  }
  return tags;
}

/**
 * GUM (CoNLL-U with nested entity mentions): a mention of a person, place or organization is a
 * name when it holds proper nouns; the name is its run from the first to the last proper noun
 * ("the University of Sydney" -> "University of Sydney") and its head word is one (not "children
 * in mainland Australia"). Outer names win over names inside them.
 */
export function readGum(path: string): Sentence[] {
  const out: Sentence[] = [];
  let doc = path;
  let toks: { form: string; upos: string; head: number }[] = [];
  const open: { id: string; type: string; from: number }[] = [];
  let spans: { from: number; to: number; type: string }[] = [];
  const flush = () => {
    if (!toks.length) return;
    const tags = toks.map(() => 'O');
    // Outermost first, so a name inside a name is not tagged again.
    spans.sort((a, b) => a.from - b.from || b.to - a.to);
    for (const s of spans) {
      // A named mention is one whose head word is a proper noun: not "children in mainland Australia".
      const head = toks.slice(s.from, s.to).find((t) => t.head < s.from || t.head >= s.to);
      if (head?.upos !== 'PROPN') continue;
      let from = s.from;
      let to = s.to;
      while (from < to && toks[from]!.upos !== 'PROPN') from++;
      while (to > from && toks[to - 1]!.upos !== 'PROPN') to--;
      if (from >= to || tags.slice(from, to).some((t) => t !== 'O')) continue;
      for (let k = from; k < to; k++) tags[k] = `${k === from ? 'B' : 'I'}-${s.type}`;
    }
    out.push({ tokens: toks.map((t) => t.form), tags, doc });
    toks = [];
    spans = [];
  };
  const TYPE: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) doc = line.split('=')[1]!.trim();
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (!/^\d+$/.test(c[0]!)) continue;
    const i = toks.length;
    const misc = c[9] ?? '';
    const ent = /Entity=([^|]*)/.exec(misc)?.[1] ?? '';
    toks.push({ form: c[1]!, upos: c[3]!, head: Number(c[6]) - 1 });
    for (const e of entityEvents(ent)) {
      if (e.kind === 'open') open.push({ id: e.id, type: e.type, from: i });
      else if (e.kind === 'single') { if (TYPE[e.type]) spans.push({ from: i, to: i + 1, type: TYPE[e.type]! }); } else {
        const k = open.map((o) => o.id).lastIndexOf(e.id);
        if (k < 0) continue;
        const o = open.splice(k, 1)[0]!;
        if (TYPE[o.type]) spans.push({ from: o.from, to: i + 1, type: TYPE[o.type]! });
      }
    }
  }
  flush();
  return out;
}

type EntityEvent = { kind: 'open' | 'single'; id: string; type: string } | { kind: 'close'; id: string; type?: undefined };

/** GUM's Entity field: "(12-person-…" opens mention 12, "12)" closes it, "(3-place-…)" is a one-token mention. */
function entityEvents(ent: string): EntityEvent[] {
  const out: EntityEvent[] = [];
  for (let i = 0; i < ent.length;) {
    if (ent[i] === '(') {
      let j = i + 1;
      while (j < ent.length && ent[j] !== '(' && ent[j] !== ')') j++;
      const [id = '', type = ''] = ent.slice(i + 1, j).split('-');
      out.push({ kind: ent[j] === ')' ? 'single' : 'open', id, type });
      i = ent[j] === ')' ? j + 1 : j;
    } else {
      const m = /^(\d+)\)/.exec(ent.slice(i));
      if (m) { out.push({ kind: 'close', id: m[1]! }); i += m[0].length; } else i++;
    }
  }
  return out;
}

/**
 * GUM's dev and test documents (from its splits.md), held out from training for measuring: only
 * the train list trains.
 */
export function gumHeldOut(splitsMd: string): Set<string> {
  return new Set(splitsMd.split(/^## /m).filter((sec) => /^(?:dev|test)\b/.test(sec)).flatMap((sec) => [...sec.matchAll(/^\s*\*\s*(\S+)/gm)].map((m) => m[1]!)));
}

/**
 * CoNLL-style files: "-DOCSTART-" between documents, one token a line with the tag in the last
 * column (IOB1 in CoNLL++, IOB2 elsewhere), blank lines between sentences. MISC is not a type here.
 */
export function readConll(path: string, opts: { docStart?: RegExp; wordColumn?: number; tagColumn?: number } = {}): Sentence[] {
  const out: Sentence[] = [];
  let doc = 0;
  let tokens: string[] = [];
  let raw: string[] = [];
  const flush = () => {
    if (!tokens.length) return;
    const tags: string[] = [];
    raw.forEach((t, i) => {
      const type = t.slice(2);
      if (t === 'O' || !['PER', 'ORG', 'LOC'].includes(type)) { tags.push('O'); return; }
      const continues = i > 0 && raw[i - 1]!.slice(2) === type && raw[i - 1] !== 'O' && !t.startsWith('B-');
      tags.push(`${continues ? 'I' : 'B'}-${type}`);
    });
    out.push({ tokens, tags, doc: `${path}#${doc}` });
    tokens = [];
    raw = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (opts.docStart?.test(line) || line.startsWith('-DOCSTART-')) { flush(); doc++; continue; }
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const c = line.trim().split(/\s+/);
    tokens.push(c[opts.wordColumn ?? 0]!);
    raw.push(c[opts.tagColumn ?? c.length - 1]!);
  }
  flush();
  return out;
}
