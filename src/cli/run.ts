import type { Readable } from 'node:stream';
import { toHtml, toJson, toMarkdown, toText, type Article } from '../core/index.js';
import { parseCommandLine, type CleanCommand } from './args.js';
import { markInTerminal } from './mark.js';
import { loadArticle } from './load-article.js';
import { outputTo, type Output } from './output.js';
import { USAGE, VERSION, type Format } from './usage.js';

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

/** Each FILE in turn; a failing one is reported and skipped. Resolves to 1 if any failed. */
async function clean(
  { files, format, url, mark }: CleanCommand,
  stdin: Readable,
  out: Output,
  report: (line: string) => Promise<void>,
): Promise<number> {
  const jsonLines = files.length > 1 && format === 'json';
  const headed = files.length > 1 && !jsonLines;
  let status = 0;
  let printed = 0;
  for (const source of files) {
    let output: string;
    try {
      const article = await loadArticle(source, url, stdin);
      if (jsonLines) output = `${JSON.stringify({ source, ...article })}\n`;
      else output = `${headed ? `${printed > 0 ? '\n' : ''}==> ${source} <==\n` : ''}${mark ? toText(article, markInTerminal) : RENDER[format](article)}`;
    } catch (error) {
      status = 1;
      await report(`sift: ${source}: ${firstLine(error)}`);
      output = jsonLines ? `${JSON.stringify({ source, error: firstLine(error) })}\n` : '';
    }
    if (output) {
      await out.write(output);
      printed++;
    }
    if (out.closed) break;
  }
  return status;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}
