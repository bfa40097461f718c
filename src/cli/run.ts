import type { Readable } from 'node:stream';
import { toHtml, toJson, toMarkdown, toText, type Article } from '../core/index.js';
import { parseCommandLine, type CleanCommand } from './args.js';
import { markInTerminal } from './mark.js';
import { expandInputs } from './inputs.js';
import { loadArticle } from './load-article.js';
import { outputTo, type Output } from './output.js';
import { USAGE, VERSION, type Format } from './usage.js';
import { OutDirectory } from './write-out.js';

export interface Streams {
  stdin: Readable;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const RENDER: Record<Format, (article: Article) => string> = {
  text: (article) => toText(article),
  markdown: toMarkdown,
  html: toHtml,
  json: toJson,
};

/** Runs `sift` with the arguments after the script name; resolves to the exit status, never rejects. */
export async function runCli(argv: string[], streams: Streams): Promise<number> {
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
        return await clean(command, streams.stdin, out, report);
    }
  } catch (error) {
    await report(`sift: cannot write output: ${firstLine(error)}`);
    return 1;
  }
}

/** File name extension of each format under --out. */
const EXTENSIONS: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', json: 'json' };

/** Each FILE in turn; a failing one is reported and skipped. Resolves to 1 if any failed. */
async function clean(
  { files, format, url, mark, names, out: outDir }: CleanCommand,
  stdin: Readable,
  out: Output,
  report: (line: string) => Promise<void>,
): Promise<number> {
  const inputs = await expandInputs(files);
  const target = outDir === null ? null : new OutDirectory(outDir);
  const many = inputs.length > 1 || inputs.some((i) => i.inDirectory);
  const jsonLines = !target && many && format === 'json';
  const headed = !target && many && !jsonLines;
  // Interrupted while writing into --out: the half-written temporary file goes too.
  const onSignal = (signal: NodeJS.Signals) => {
    target?.discardPending();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (target) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal);
  let status = 0;
  let printed = 0;
  try {
    for (const input of inputs) {
      let output = '';
      try {
        if (input.problem) throw new Error(input.problem);
        const article = await loadArticle(input.path, url, stdin, names);
        if (target) {
          const path = target.pathFor(input.stem, EXTENSIONS[format]);
          await target.write(path, RENDER[format](article)).catch((error: unknown) => {
            throw new Error(`cannot write ${path}: ${firstLine(error)}`);
          });
          continue;
        }
        if (jsonLines) output = `${JSON.stringify({ source: input.source, ...article })}\n`;
        else output = `${headed ? `${printed > 0 ? '\n' : ''}==> ${input.source} <==\n` : ''}${mark ? toText(article, { mark: markInTerminal }) : RENDER[format](article)}`;
      } catch (error) {
        status = 1;
        await report(`sift: ${input.source}: ${firstLine(error)}`);
        if (jsonLines) output = `${JSON.stringify({ source: input.source, error: firstLine(error) })}\n`;
      }
      if (output) {
        await out.write(output);
        printed++;
      }
      if (out.closed) break;
    }
  } finally {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
  }
  return status;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}
