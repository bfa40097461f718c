import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { kindFromName } from './input-kind.js';
import { STDIN } from './read-input.js';

/** One input to clean: where it is read from, how it is named in messages, and its output name. */
export interface Input {
  /** The path to read (or `-`). */
  path: string;
  /** The path as the user would recognise it: the argument, or directory/relative path. */
  source: string;
  /** Its name under --out, before the format's extension: the path below the directory argument. */
  stem: string;
  /** Found in a directory argument: output is then always per-file (JSON Lines, headers). */
  inDirectory: boolean;
  /** Why it cannot be read, when the argument itself is the problem (an empty directory). */
  problem?: string;
}

/**
 * The FILE arguments, with each directory replaced by the pages and text files in it (.html,
 * .htm, .txt, at any depth, in path order; hidden entries skipped), so that a folder of scraped
 * pages is one argument. Anything else stays as given; reading it reports what is wrong.
 */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const arg of args) {
    const isDirectory = arg !== STDIN && (await stat(arg).then((s) => s.isDirectory(), () => false));
    if (!isDirectory) {
      out.push({ path: arg, source: arg, stem: arg === STDIN ? 'stdin' : stemOf(arg.split(/[\\/]/).pop()!), inDirectory: false });
      continue;
    }
    const files = await articlesIn(arg);
    if (!files.length) out.push({ path: arg, source: arg, stem: '', inDirectory: true, problem: 'no .html, .htm or .txt files in this directory' });
    for (const file of files) out.push({ path: file, source: file, stem: stemOf(relative(arg, file)), inDirectory: true });
  }
  return out;
}

const stemOf = (name: string) => name.replace(/\.(?:html?|txt)$/i, '');

async function articlesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string): Promise<void> => {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && kindFromName(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  return found;
}
