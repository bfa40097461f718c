import type { Readable } from 'node:stream';
import { parseCommandLine, type CleanCommand } from './args.js';
import { firstLine } from './first-line.js';
import { expandInputs, type Input } from './inputs.js';
import { outputTo, type Output } from './output.js';
import { CleanerPool } from './pool.js';
import { Progress } from './progress.js';
import { STDIN, readInput } from './read-input.js';
import { jsonRecord, type Rendering } from './render.js';
import { USAGE, VERSION, type Format } from './usage.js';
import type { Done } from './worker.js';
import { OutDirectory } from './write-out.js';

export interface Streams {
  stdin: Readable;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface Runtime {
  /** The script each cleaning thread runs (the bundle itself, which serves tasks in a worker). */
  cleaner: URL;
  /** Old-space limit of each cleaning thread in MB (default: Node's own). */
  workerHeapMb?: number;
}

/** Runs `sift` with the arguments after the script name; resolves to the exit status, never rejects. */
export async function runCli(argv: string[], streams: Streams, runtime: Runtime): Promise<number> {
  const out = outputTo(streams.stdout);
  const errors = outputTo(streams.stderr);
  // Diagnostics are best effort: a failing stderr must not turn into a second failure.
  const report = (line: string) => errors.write(`${line}\n`).catch(() => undefined);

  const command = parseCommandLine(argv);
  try {
    switch (command.kind) {
      case 'help':
        await out.write(USAGE);
        return 0;
      case 'version':
        await out.write(`${VERSION}\n`);
        return 0;
      case 'usage-error':
        await report(`sift: ${command.message}\n${USAGE.split('\n', 1)[0]}\nTry 'sift --help' for more.`);
        return 2;
      case 'clean':
        return await clean(command, streams, runtime, out, report);
    }
  } catch (error) {
    await report(`sift: cannot write output: ${firstLine(error)}`);
    return 1;
  }
}

/**
 * How many files per thread may be started before the earliest unwritten one is done: enough that
 * one long page does not leave the other threads idle, while only finished text (not pages) waits.
 */
const AHEAD = 4;

/** Stands in for a file already written out, so its text can be let go. */
const WRITTEN: Promise<Done> = Promise.resolve({ text: '' });

/** File name extension of each format under --out. */
const EXTENSIONS: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', json: 'json' };

/**
 * The FILEs, cleaned `jobs` at a time in worker threads and written out in input order. At most
 * `jobs` pages are held at once (read and being cleaned); finished articles may wait for an
 * earlier one (up to AHEAD per thread). A failing file is reported and skipped. Resolves to 1 if
 * any failed.
 */
async function clean(command: CleanCommand, streams: Streams, runtime: Runtime, out: Output, report: (line: string) => Promise<void>): Promise<number> {
  const { files, format, url, mark, names, out: outDir, jobs, force } = command;
  const inputs = await expandInputs(files);
  const target = outDir === null ? null : new OutDirectory(outDir);
  const many = inputs.length > 1 || inputs.some((i) => i.inDirectory);
  const jsonLines = !target && format === 'json';
  const headed = !target && many && !jsonLines;
  const rendering: Rendering = { format, mark, speakers: command.speakers, pretty: command.pretty, toFile: target !== null };
  const progress = many && streams.stderr.isTTY && !command.quiet ? new Progress(streams.stderr, inputs.length) : null;
  // Articles printed to the same terminal would land after the progress line: it is cleared first.
  const sharesTerminal = progress !== null && (streams.stdout as { isTTY?: boolean }).isTTY === true;
  const threads = Math.max(1, Math.min(jobs, inputs.length));
  const pool = new CleanerPool(threads, runtime.cleaner, runtime.workerHeapMb);
  // Threads the files leave over (one file, two cores) tag a very long page's parts.
  const helpers = Math.floor(jobs / threads) - 1;

  // Interrupted while writing into --out: the half-written temporary file goes too.
  const onSignal = (signal: NodeJS.Signals) => {
    target?.discardPending();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (target) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal);

  // Standard input is one stream: a second `-` must wait for the first to be read (and then fails).
  let stdinRead: Promise<unknown> = Promise.resolve();
  const cleanOne = async (input: Input): Promise<Done> => {
    if (input.problem) return { error: input.problem };
    const read = () => {
      if (input.path !== STDIN) return readInput(input.path, streams.stdin);
      const reading = stdinRead.then(() => readInput(input.path, streams.stdin));
      stdinRead = reading.catch(() => undefined);
      return reading;
    };
    return pool.run({ path: input.path, source: input.source, url, names, force, rendering, helpers }, read);
  };

  let printed = 0;
  let articles = 0;
  let failures = 0;
  const started: Promise<Done>[] = [];
  try {
    progress?.update(0);
    for (let i = 0; i < inputs.length; i++) {
      while (started.length < inputs.length && started.length < i + jobs * AHEAD) started.push(cleanOne(inputs[started.length]!));
      const input = inputs[i]!;
      const done = await started[i]!;
      // Let the text go once written: the window, not the run, bounds the memory held.
      started[i] = WRITTEN;
      let error = 'error' in done ? done.error : null;
      let output = '';
      if ('text' in done && target) {
        const path = target.pathFor(input.stem, EXTENSIONS[format]);
        error = await target.write(path, done.text).then(
          () => null,
          (e: unknown) => `cannot write ${path}: ${firstLine(e)}`,
        );
      } else if ('text' in done) {
        output = `${headed ? `${printed > 0 ? '\n' : ''}==> ${input.source} <==\n` : ''}${done.text}`;
      }
      if (error === null) {
        articles++;
      } else {
        failures++;
        progress?.clear();
        await report(`sift: ${input.source}: ${error}`);
        if (jsonLines) output = jsonRecord({ source: input.source, error }, command.pretty);
      }
      if (output) {
        if (sharesTerminal) progress.clear();
        await out.write(output);
        printed++;
      }
      progress?.update(i + 1);
      if (out.closed) break;
    }
    progress?.finish(articles, failures);
  } finally {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
    await pool.close();
  }
  return failures > 0 ? 1 : 0;
}
