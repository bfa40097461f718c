import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { httpUrl } from '../core/export/urls.js';
import { FORMATS, type Format } from './usage.js';

export interface CleanCommand {
  kind: 'clean';
  format: Format;
  url: string | null;
  /** Colour the names in text output (speakers, people, organisations, places). */
  mark: boolean;
  /** Look for people, organisations and places (the slowest stage by far on very long pages). */
  names: boolean;
  /** Write one file per article into this directory instead of printing them. */
  out: string | null;
  /** Read pages that do not look like articles (sign-in forms, search results) all the same. */
  force: boolean;
  /** Add who said what to text, Markdown and HTML (JSON always has it). */
  speakers: boolean;
  /** JSON indented for people instead of one object per line. */
  pretty: boolean;
  /** No progress or summary on a terminal's stderr (failures are still reported). */
  quiet: boolean;
  /** Files cleaned at once, each in a worker thread; also the most pages held in memory. */
  jobs: number;
  files: string[];
}

/** More threads than this only multiplies memory: no machine this runs on has that many cores. */
export const MAX_JOBS = 256;
const JOBS_RANGE = `--jobs takes a whole number from 1 to ${MAX_JOBS}`;

export type Command = { kind: 'help' } | { kind: 'version' } | CleanCommand | { kind: 'usage-error'; message: string };

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        url: { type: 'string' },
        mark: { type: 'boolean', short: 'm' },
        'no-names': { type: 'boolean' },
        force: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        speakers: { type: 'boolean' },
        pretty: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    // Node's parser appends advice about `--` to every message; the first sentence is the news.
    const message = error instanceof Error ? error.message : String(error);
    // `--jobs -3` reads to Node as an option where a value should be.
    if (/'(?:-j|--jobs)' argument is ambiguous/.test(message)) return { kind: 'usage-error', message: JOBS_RANGE };
    return { kind: 'usage-error', message: message.split(/\.\s/, 1)[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command !== 'clean') {
    return { kind: 'usage-error', message: command === undefined ? 'missing command' : `unknown command '${command}'` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no FILE given' };
  const format = values.format ?? 'text';
  if (!isFormat(format)) return { kind: 'usage-error', message: `unknown format '${format}'` };
  const url = values.url ?? null;
  if (url !== null && !httpUrl(url)) return { kind: 'usage-error', message: `--url needs an http(s) URL, got '${url}'` };
  if (values.mark && format !== 'text') return { kind: 'usage-error', message: '--mark goes with --format text' };
  if (values.mark && values['no-names']) return { kind: 'usage-error', message: '--mark needs the names that --no-names skips' };
  const out = values.out ?? null;
  if (out === '') return { kind: 'usage-error', message: '--out needs a directory' };
  if (out !== null && values.mark) return { kind: 'usage-error', message: '--mark colours a terminal, not files in --out' };
  if (values.speakers && values['no-names']) return { kind: 'usage-error', message: '--speakers needs the names that --no-names skips' };
  if (values.speakers && format === 'json') return { kind: 'usage-error', message: '--speakers goes with text, markdown or html (json always has them)' };
  if (values.pretty && format !== 'json') return { kind: 'usage-error', message: '--pretty goes with --format json' };
  const jobs = values.jobs === undefined ? availableParallelism() : parseJobs(values.jobs);
  if (jobs === null) return { kind: 'usage-error', message: `${JOBS_RANGE}, got '${values.jobs}'` };
  return {
    kind: 'clean', format, url, mark: Boolean(values.mark), names: !values['no-names'], out,
    speakers: Boolean(values.speakers), pretty: Boolean(values.pretty), quiet: Boolean(values.quiet), force: Boolean(values.force), jobs, files,
  };
}

function parseJobs(raw: string): number | null {
  if (!/^\d{1,4}$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_JOBS ? n : null;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
