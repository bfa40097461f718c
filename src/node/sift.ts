/**
 * build/sift.mjs: the pipeline as a Node library, and the `sift` command when run directly.
 * Importing it runs nothing.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli/run.js';

export { annotate, cleanDocument, cleanText, toText, toMarkdown, toHtml, toJson } from '../core/index.js';
export { cleanHtml } from './clean-html.js';

if (isRunDirectly()) {
  // runCli never rejects; exitCode (not exit()) lets pending output drain first.
  void runCli(process.argv.slice(2), process).then((status) => {
    process.exitCode = status;
  });
}

// Symlinks (npm's bin links, /usr/local/bin/sift) point at this file under another name.
function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
