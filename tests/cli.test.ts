import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests run the built bundle, as users do; `npm test` builds it first.
const ROOT = resolve(import.meta.dirname, '..');
const SIFT = join(ROOT, 'build/sift.mjs');
const PAGE = 'samples/seed-page.html';
const SCRAPED = 'samples/seed-scraped.txt';
const TITLE = 'Russian adviser killed by IS in Syria receives award';

// Each run starts Node and, for pages, jsdom; several run at once, so allow more than the default 5 s.
const SPAWNS = { timeout: 60_000 };

let tmp: string;

beforeAll(() => {
  if (!existsSync(SIFT)) throw new Error('build/sift.mjs is missing: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'sift-cli-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would. Asynchronous so the (jsdom-bound, slow) runs overlap. */
function sift(args: string[], input?: string | Buffer, env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [SIFT, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** A short scraped-text article (title line, then paragraphs) whose words the pipeline must keep. */
const ARTICLE_TEXT = [
  'Café owners fear the “new tax” — and say so',
  'The owners of small cafés said on Tuesday that the “new tax” would cost them €5,000 a year — more than they earn in a good month.',
  'Ministers said the tax was needed to balance the budget, and that cafés would be helped through the first year with grants.',
  'Opposition parties called the plan “a tax on coffee” and promised to repeal it if they won the election next spring.',
].join('\n');

function encodeWindows1252(text: string): Buffer {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, '€': 0x80 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe.concurrent('sift clean, one file', SPAWNS, () => {
  it('prints the article as text by default', async () => {
    const { status, stdout, stderr } = await sift(['clean', PAGE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe(TITLE);
    expect(stdout).toContain('mortar');
    expect(stdout).not.toMatch(/<[a-z]/i);
  });

  it('cleans scraped text', async () => {
    const { status, stdout, stderr } = await sift(['clean', SCRAPED]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(TITLE);
  });

  it('prints Markdown starting with the title as a heading', async () => {
    const { status, stdout } = await sift(['clean', '--format', 'markdown', PAGE]);
    expect(status).toBe(0);
    expect(stdout.startsWith(`# ${TITLE}\n`)).toBe(true);
  });

  it('prints a standalone HTML document, with --url shown as the article link', async () => {
    const { status, stdout } = await sift(['clean', '--format=html', '--url', 'https://news.example.com/story', PAGE]);
    expect(status).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain(`<h1>${TITLE}</h1>`);
    expect(stdout).toContain('href="https://news.example.com/story"');
    expect(stdout).not.toMatch(/<script/i);
  });

  it('prints one JSON line with the source, as for many files; --pretty indents it', async () => {
    const { status, stdout } = await sift(['clean', '--format', 'json', PAGE]);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const article = JSON.parse(stdout);
    expect(article.source).toBe(PAGE);
    expect(article.title).toBe(TITLE);
    expect(article.blocks[0]).toMatchObject({ type: expect.any(String), text: expect.any(String) });
    const pretty = await sift(['clean', '--format', 'json', '--pretty', PAGE]);
    expect(pretty.stdout.split('\n').length).toBeGreaterThan(10);
    // The same article; only the timings in `stats` differ from run to run.
    expect({ ...JSON.parse(pretty.stdout), stats: null }).toEqual({ ...article, stats: null });
  });

  it('reads standard input for -, sniffing markup and text', async () => {
    const page = await sift(['clean', '-'], readFileSync(join(ROOT, PAGE)));
    expect(page.status).toBe(0);
    expect(page.stdout.split('\n')[0]).toBe(TITLE);
    const text = await sift(['clean', '-f', 'json', '-'], ARTICLE_TEXT);
    expect(text.status).toBe(0);
    expect(JSON.parse(text.stdout).title).toBe('Café owners fear the “new tax” — and say so');
  });

  it('colours names with --mark: speakers, organisations and places, and only in text', async () => {
    const run = await sift(['clean', '--mark', SCRAPED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\x1b[1;33mKirby\x1b[0m');
    expect(run.stdout).toContain('\x1b[32mAleppo\x1b[0m');
    expect(run.stdout).toContain('\x1b[36mBashar Assad\x1b[0m');
    const wrong = await sift(['clean', '--mark', '--format', 'json', SCRAPED]);
    expect(wrong.status).toBe(2);
  });

  it('prints each quotation once; --speakers adds who said what, JSON always has people and places', async () => {
    const quote = 'It is difficult in the extreme';
    const count = (text: string) => text.split(quote).length - 1;
    const [text, markdown, html] = await Promise.all(['text', 'markdown', 'html'].map((f) => sift(['clean', '-f', f, SCRAPED])));
    for (const run of [text, markdown, html]) {
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('Who said what');
      expect(count(run.stdout)).toBe(1);
    }
    const withText = await sift(['clean', '--speakers', SCRAPED]);
    expect(withText.stdout).toMatch(/\n\nWho said what\n\n[\s\S]*John Kirby\n- “It is difficult in the extreme/);
    const withMarkdown = (await sift(['clean', '--speakers', '-f', 'markdown', SCRAPED])).stdout;
    expect(withMarkdown).toMatch(/^---\npeople:\n(?:  - ".*"\n)*  - "John Kirby"\n/);
    expect(withMarkdown).toMatch(/\nspeakers:\n[\s\S]*  - name: "John Kirby"\n    said:\n      - "“It is difficult in the extreme/);
    expect(withMarkdown).toContain(`\n---\n\n# ${TITLE}\n`);
    const json = JSON.parse((await sift(['clean', '--format', 'json', SCRAPED])).stdout);
    expect(json.people.find((p: { name: string }) => p.name === 'John Kirby')).toMatchObject({ kind: 'person', aliases: ['Kirby'] });
    expect(json.places.map((p: { name: string }) => p.name)).toContain('Geneva');
  });

  it('sniffs markup in a file with another extension', async () => {
    const path = tempFile('saved-page.php', readFileSync(join(ROOT, PAGE)));
    const { status, stdout } = await sift(['clean', path]);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe(TITLE);
  });
});

describe.concurrent('sift clean, several files', SPAWNS, () => {
  it('prints JSON Lines with the source as given', async () => {
    const { status, stdout, stderr } = await sift(['clean', '--format', 'json', PAGE, SCRAPED]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.source)).toEqual([PAGE, SCRAPED]);
    for (const line of lines) {
      expect(line.title).toBe(TITLE);
      expect(line.blocks.length).toBeGreaterThan(0);
      expect(line).not.toHaveProperty('error');
    }
  });

  it('puts a header line before each article in other formats', async () => {
    const { status, stdout } = await sift(['clean', PAGE, SCRAPED]);
    expect(status).toBe(0);
    expect(stdout.startsWith(`==> ${PAGE} <==\n${TITLE}\n`)).toBe(true);
    expect(stdout).toContain(`\n\n==> ${SCRAPED} <==\n${TITLE}\n`);
  });

  it('reports a file it cannot read on stderr, still prints the others, and exits 1', async () => {
    const { status, stdout, stderr } = await sift(['clean', 'missing.html', PAGE]);
    expect(status).toBe(1);
    expect(stderr).toBe('sift: missing.html: no such file\n');
    expect(stdout).toContain(`==> ${PAGE} <==\n${TITLE}`);
    expect(stdout).not.toContain('missing.html');
  });

  it('gives a failed file an error field in its JSON line', async () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir, { recursive: true });
    const empty = tempFile('empty.txt', '');
    const { status, stdout, stderr } = await sift(['clean', '-f', 'json', 'missing.txt', PAGE, dir, empty]);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ source: 'missing.txt', error: 'no such file' });
    expect(lines[1].title).toBe(TITLE);
    expect(lines[2]).toEqual({ source: dir, error: 'no .html, .htm or .txt files in this directory' });
    expect(lines[3]).toEqual({ source: empty, error: 'no article found' });
    expect(stderr.trimEnd().split('\n')).toEqual([
      'sift: missing.txt: no such file',
      `sift: ${dir}: no .html, .htm or .txt files in this directory`,
      `sift: ${empty}: no article found`,
    ]);
  });

  it('reads a page nested 5,000 levels deep, where jsdom recurses', async () => {
    const depth = 5000;
    const deep = tempFile('deep.html', `<html><body><article>${'<div>'.repeat(depth)}<p>${ARTICLE_TEXT.split('\n')[1]}</p>${'</div>'.repeat(depth)}</article></body></html>`);
    const { status, stdout, stderr } = await sift(['clean', deep]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('would cost them €5,000 a year');
    // Seconds of CPU in jsdom alone; the other CLI tests run beside it.
  }, 120_000);

  it('refuses binary content and files over 64 MiB with a reason', async () => {
    const binary = tempFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const huge = tempFile('huge.html', '');
    truncateSync(huge, 64 * 1024 * 1024 + 1);
    const { status, stdout, stderr } = await sift(['clean', binary, huge, SCRAPED]);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^sift: ${binary}: .*binary.*\nsift: ${huge}: .*64 MiB.*\n$`));
    expect(stdout).toContain(TITLE);
  });
});

describe.concurrent('sift clean, folders and --out', SPAWNS, () => {
  /** A folder of scraped pages: two articles at different depths, plus what must be passed over. */
  function folder(name: string): string {
    const dir = join(tmp, name);
    mkdirSync(join(dir, 'b-later'), { recursive: true });
    mkdirSync(join(dir, '.cache'), { recursive: true });
    writeFileSync(join(dir, 'a-story.html'), readFileSync(join(ROOT, PAGE)));
    writeFileSync(join(dir, 'b-later', 'story.txt'), readFileSync(join(ROOT, SCRAPED)));
    writeFileSync(join(dir, '.cache', 'copy.html'), readFileSync(join(ROOT, PAGE)));
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    return dir;
  }

  it('reads the pages and text files in a directory, at any depth, in path order, skipping hidden ones', async () => {
    const dir = folder('pages');
    const { status, stdout, stderr } = await sift(['clean', '--format', 'json', dir]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.source)).toEqual([join(dir, 'a-story.html'), join(dir, 'b-later', 'story.txt')]);
    expect(lines.every((l) => l.title === TITLE)).toBe(true);
  });

  it('--out writes one whole file per article, named after its path, and prints nothing', async () => {
    const dir = folder('pages-out');
    const out = join(tmp, 'cleaned');
    const { status, stdout, stderr } = await sift(['clean', '-f', 'markdown', '--out', out, dir, PAGE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const printed = (await sift(['clean', '-f', 'markdown', PAGE])).stdout;
    expect(readFileSync(join(out, 'a-story.md'), 'utf8')).toBe(printed);
    expect(readFileSync(join(out, 'b-later', 'story.md'), 'utf8').startsWith(`# ${TITLE}`)).toBe(true);
    // samples/seed-page.html and a-story.html differ in name, so nothing was renamed.
    expect(readFileSync(join(out, 'seed-page.md'), 'utf8')).toBe(printed);
  });

  it('--out leaves nothing for an input that fails, keeps names unique, and leaves no temporary files', async () => {
    const out = join(tmp, 'cleaned-2');
    const empty = tempFile('nothing.txt', '');
    const { status, stderr } = await sift(['clean', '-o', out, empty, PAGE, SCRAPED, PAGE]);
    expect(status).toBe(1);
    expect(stderr).toBe(`sift: ${empty}: no article found\n`);
    const written = spawnSync('find', [out, '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n').map((f) => f.slice(out.length + 1)).sort();
    expect(written).toEqual(['seed-page-2.txt', 'seed-page.txt', 'seed-scraped.txt']);
  });

  it('--out into a place it cannot write says so, and leaves no partial file', async () => {
    const blocker = tempFile('not-a-directory', 'a file where the output directory should be');
    const { status, stderr } = await sift(['clean', '-o', join(blocker, 'sub'), PAGE]);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^sift: ${PAGE}: cannot write ${join(blocker, 'sub', 'seed-page.txt')}: `));
    expect(readFileSync(blocker, 'utf8')).toBe('a file where the output directory should be');
  });

  it('--no-names skips people and places, and the text is the same', async () => {
    const [plain, named] = await Promise.all([sift(['clean', '-f', 'json', '--no-names', PAGE]), sift(['clean', '-f', 'json', PAGE])]);
    expect(plain.status).toBe(0);
    const a = JSON.parse(plain.stdout);
    const b = JSON.parse(named.stdout);
    expect(a.people).toEqual([]);
    expect(a.places).toEqual([]);
    expect(b.people.length).toBeGreaterThan(0);
    expect(a.blocks.map((x: { text: string }) => x.text)).toEqual(b.blocks.map((x: { text: string }) => x.text));
  });

  it('refuses option combinations that cannot work', async () => {
    for (const args of [
      ['--mark', '--no-names'], ['--out', ''], ['--mark', '--out', 'x'], ['--speakers', '--no-names'], ['--speakers', '-f', 'json'], ['--pretty'],
      ['--jobs', '0'], ['--jobs', '-3'], ['-j', '-3'], ['--jobs=-3'], ['--jobs', 'many'], ['--jobs', '2.5'], ['--jobs', '100000'],
    ]) {
      const { status, stderr } = await sift(['clean', ...args, PAGE]);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^sift: /);
    }
  });
});

describe.concurrent('sift clean, many files at once', SPAWNS, () => {
  /** Pages and scraped texts, one without an article, in a folder: the order output must keep. */
  function mixedFolder(name: string): string {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 4; i++) {
      const source = i % 2 ? SCRAPED : PAGE;
      writeFileSync(join(dir, `${i}-story${i % 2 ? '.txt' : '.html'}`), readFileSync(join(ROOT, source)));
    }
    writeFileSync(join(dir, '1-empty.txt'), '');
    return dir;
  }

  it('--jobs N prints the same as one job, in input order, a failure in its place', async () => {
    const dir = mixedFolder('mixed');
    const [one, three] = await Promise.all([sift(['clean', '-f', 'json', '-j', '1', dir]), sift(['clean', '-f', 'json', '--jobs', '3', dir])]);
    expect(three.status).toBe(1);
    expect(three.stderr).toBe(`sift: ${join(dir, '1-empty.txt')}: no article found\n`);
    const lines = three.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.slice(dir.length + 1))).toEqual(['0-story.html', '1-empty.txt', '1-story.txt', '2-story.html', '3-story.txt']);
    expect(lines[1]).toEqual({ source: join(dir, '1-empty.txt'), error: 'no article found' });
    // Timings differ from run to run; nothing else may.
    const strip = (out: string) => out.replace(/"ms(?:Extract|Clean|Annotate)":[\d.e+-]+/g, '');
    expect(strip(three.stdout)).toBe(strip(one.stdout));
    expect(one.status).toBe(1);
  });

  it('a very long page is tagged in parallel threads when cores are free, with the same names as in one', async () => {
    // Over 3,000 paragraphs (the length that starts helper threads): people, places and speech.
    const FIRST = ['Anna', 'Marco', 'Sergei', 'Fatima', 'John', 'Keiko', 'Pedro', 'Amara'];
    const LAST = ['Lindqvist', 'Bellini', 'Orlov', 'Haddad', 'Kirby', 'Tanaka', 'Alves', 'Okafor'];
    const PLACES = ['Geneva', 'Brussels', 'Lyon', 'Rome', 'Nairobi', 'Lima', 'Osaka', 'Hamburg'];
    const paragraphs = Array.from({ length: 3_400 }, (_, i) => `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]} said in ${PLACES[(i >> 6) % 8]} that ${i + 3} people had waited ${(i * 7) % 31} days, and "${LAST[(i * 5) % 8]} will come," she added.`);
    const long = tempFile('long.txt', `A very long record\n\n${paragraphs.join('\n\n')}\n`);
    const [one, two] = await Promise.all([sift(['clean', '-f', 'json', '-j', '1', long]), sift(['clean', '-f', 'json', '-j', '2', long])]);
    expect(two.status).toBe(0);
    const article = (run: Run) => {
      const { stats, ...rest } = JSON.parse(run.stdout) as { stats: unknown; blocks: unknown[]; people: unknown[] };
      return rest;
    };
    expect(article(two).blocks.length).toBeGreaterThan(3_000);
    expect(article(two).people.length).toBeGreaterThan(60);
    expect(article(two)).toEqual(article(one));
  }, 120_000);

  it('a page that runs its thread out of memory fails alone; the run goes on', async () => {
    const paragraph = `<p>${'The minister said the budget would be balanced by next year, according to officials. '.repeat(3)}</p>`;
    // 3 MB of paragraphs: jsdom needs far more than a 48 MB heap for it; the sample page fits easily.
    const big = tempFile('big.html', `<html><body><article><h1>Big</h1>${paragraph.repeat(12_000)}</article></body></html>`);
    const { status, stdout, stderr } = await sift(['clean', '--no-names', '-j', '1', PAGE, big, SCRAPED], undefined, { SIFT_WORKER_HEAP_MB: '48' });
    expect(stderr).toBe(`sift: ${big}: out of memory while cleaning this page\n`);
    expect(status).toBe(1);
    expect(stdout).toContain(`==> ${PAGE} <==\n${TITLE}\n`);
    expect(stdout).toContain(`==> ${SCRAPED} <==\n${TITLE}\n`);
  });

  /** Runs sift with stderr on a terminal (a pseudo-terminal from script(1)) and stdout into a file. */
  function siftOnTerminal(args: string[]): Promise<{ terminal: string; stdout: string }> {
    const outFile = join(tmp, `stdout-${args.length}-${Math.random().toString(36).slice(2)}`);
    const command = [process.execPath, SIFT, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ') + ` > '${outFile}'`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: ROOT });
    let terminal = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (terminal += chunk));
    return new Promise((done, fail) => {
      child.on('error', fail);
      child.on('close', () => done({ terminal, stdout: readFileSync(outFile, 'utf8') }));
    });
  }

  it.runIf(existsSync('/usr/bin/script'))('shows progress and a summary on a terminal, only there, and not with --quiet', async () => {
    const dir = mixedFolder('progress');
    const [shown, quiet] = await Promise.all([siftOnTerminal(['clean', '-f', 'json', dir]), siftOnTerminal(['clean', '-q', '-f', 'json', dir])]);
    expect(shown.terminal).toMatch(/sift: \d\/5 files/);
    expect(shown.terminal).toMatch(/sift: 4 articles, 1 failed, \d+\.\d s \([\d.]+ pages\/s\)\r?\n$/);
    expect(shown.terminal).toContain(`sift: ${join(dir, '1-empty.txt')}: no article found`);
    expect(shown.stdout).not.toContain('files');
    expect(quiet.terminal.replace(/\r/g, '')).toBe(`sift: ${join(dir, '1-empty.txt')}: no article found\n`);
    const sources = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l).source);
    expect(sources(quiet.stdout)).toEqual(sources(shown.stdout));
  });

  it('Ctrl-C during --out leaves whole files only', async () => {
    const out = join(tmp, 'interrupted');
    const child = spawn(process.execPath, [SIFT, 'clean', '-j', '1', '-f', 'markdown', '-o', out, ...Array<string>(30).fill(PAGE)], { cwd: ROOT });
    const files = () => (existsSync(out) ? spawnSync('find', [out, '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean) : []);
    // The hidden temporary file a write goes through is not yet an article.
    const written = () => files().filter((f) => !/\/\.sift-[^/]*\.tmp$/.test(f));
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    // Interrupted once the first article is written, while the next ones are being cleaned.
    for (let i = 0; i < 1200 && written().length < 1; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    const left = files();
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(30);
    const expected = (await sift(['clean', '-f', 'markdown', PAGE])).stdout;
    for (const file of left) {
      expect(file).toMatch(/\/seed-page(?:-\d+)?\.md$/);
      expect(readFileSync(file, 'utf8')).toBe(expected);
    }
  }, 120_000);
});

describe.concurrent('sift clean, encodings', SPAWNS, () => {
  const expected = ARTICLE_TEXT.split('\n')[0]!;

  async function titleOf(path: string): Promise<string> {
    const { status, stdout, stderr } = await sift(['clean', '-f', 'json', path]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    return JSON.parse(stdout).title;
  }

  it('decodes Windows-1252 text that is not valid UTF-8', async () => {
    const path = tempFile('cp1252.txt', encodeWindows1252(ARTICLE_TEXT));
    expect(await titleOf(path)).toBe(expected);
    expect((await sift(['clean', path])).stdout).toContain('€5,000 a year — more');
  });

  it('decodes UTF-16 with a byte order mark, either byte order', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE_TEXT, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(await titleOf(tempFile('utf16le.txt', le))).toBe(expected);
    expect(await titleOf(tempFile('utf16be.txt', be))).toBe(expected);
  });

  it('decodes UTF-8 with and without a byte order mark', async () => {
    expect(await titleOf(tempFile('utf8.txt', ARTICLE_TEXT))).toBe(expected);
    expect(await titleOf(tempFile('utf8bom.txt', `\uFEFF${ARTICLE_TEXT}`))).toBe(expected);
  });

  it('honours the charset a page declares', async () => {
    const [title, ...paragraphs] = ARTICLE_TEXT.split('\n');
    const page = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    // Pure ASCII apart from the declared Windows-1252 bytes, which are also invalid UTF-8.
    expect(await titleOf(tempFile('declared.html', encodeWindows1252(page)))).toBe(expected);
  });
});

describe.concurrent('sift usage', SPAWNS, () => {
  it('prints help and version on stdout', async () => {
    const help = await sift(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sift clean');
    expect(help.stdout).toContain('==> FILE <==');
    const version = await sift(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([[['--bogus', 'clean', PAGE]], [['clean']], [['frobnicate', PAGE]], [['clean', '--format', 'pdf', PAGE]], [[]]])(
    'exits 2 with usage on stderr for %j',
    async (args) => {
      const { status, stdout, stderr } = await sift(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^sift: .+\nUsage: sift clean/);
    },
  );
});

describe.concurrent('build/sift.mjs as a library', SPAWNS, () => {
  it('runs nothing when imported, even with CLI-looking arguments', async () => {
    const code = `const m = await import(${JSON.stringify(pathToFileURL(SIFT).href)}); console.log(Object.keys(m).sort().join(','));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code, 'clean', PAGE], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('annotate,cleanDocument,cleanHtml,cleanText,toHtml,toJson,toMarkdown,toText\n');
  });

  it('exports cleanHtml, which parses a page and runs the pipeline', async () => {
    const sift = await import(pathToFileURL(SIFT).href);
    const article = sift.cleanHtml(readFileSync(join(ROOT, PAGE), 'utf8'), { url: 'https://news.example.com/story' });
    expect(article.title).toBe(TITLE);
    expect(sift.toMarkdown(article).startsWith(`# ${TITLE}`)).toBe(true);
    // A page with CSS jsdom cannot parse and an invalid URL still cleans, silently.
    const broken = `<style>@media (min-width: {{{ } .x { color: red</style>${readFileSync(join(ROOT, PAGE), 'utf8')}`;
    expect(sift.cleanHtml(broken, { url: 'not a url' }).title).toBe(TITLE);
  });
});

describe.concurrent('sift output into a closed pipe', SPAWNS, () => {
  it('stops quietly when the reader goes away', async () => {
    const child = spawn(process.execPath, [SIFT, 'clean', '-f', 'html', ...Array<string>(40).fill(PAGE)], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
