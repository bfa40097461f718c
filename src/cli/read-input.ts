import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MAX_INPUT_BYTES } from './usage.js';

export const STDIN = '-';

const LIMIT_MESSAGE = `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, refused`;

/**
 * The raw bytes of a FILE argument (`-` is standard input), at most MAX_INPUT_BYTES. Failures
 * are thrown as errors whose message is the one-line reason the user sees.
 */
export async function readInput(path: string, stdin: Readable): Promise<Uint8Array> {
  if (path === STDIN) {
    // Given twice, the second `-` would otherwise read as an empty article.
    if (stdin.readableEnded || stdin.destroyed) throw new Error('standard input already read');
    return readCapped(stdin);
  }
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw new Error(reason(error));
  }
  try {
    const stats = await file.stat();
    if (stats.isDirectory()) throw new Error('is a directory');
    // Regular files are refused before reading; pipes and devices are capped while streaming.
    if (stats.size > MAX_INPUT_BYTES) throw new Error(LIMIT_MESSAGE);
    return await readCapped(file.createReadStream({ autoClose: false }));
  } catch (error) {
    throw new Error(reason(error));
  } finally {
    await file.close();
  }
}

async function readCapped(stream: Readable): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new Error(LIMIT_MESSAGE);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && code in SYSTEM_REASONS) return SYSTEM_REASONS[code]!;
  return error instanceof Error ? error.message : String(error);
}
