// Builds the two products of the one pipeline: build/sift.mjs (Node library + CLI) and
// build/extension/ (the unpacked extension for Chrome and Firefox).
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const ext = join(out, 'extension');
// The name tagger's weights and lists are generated files (npm run train:ner); without them there
// is no product to build.
for (const f of ['ner-weights.generated.ts', 'gazetteer.generated.ts', 'gazetteer-odbl.generated.ts']) {
  if (!existsSync(join(root, 'model', f))) {
    console.error(`build: model/${f} is missing. It is the name tagger's generated model: restore it from git (git checkout -- model/) or rebuild it with \`npm run train:ner\` (needs ../shared/corpus/ner).`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(ext, { recursive: true });

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2022' };

await esbuild.build({
  ...common,
  entryPoints: [join(root, 'src/node/sift.ts')],
  outfile: join(out, 'sift.mjs'),
  platform: 'node',
  format: 'esm',
  // jsdom loads files relative to itself at run time, so it stays an ordinary dependency.
  external: ['jsdom'],
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(join(out, 'sift.mjs'), 0o755);

const extension = await esbuild.build({
  ...common,
  entryPoints: ['background/background', 'content/content', 'popup/popup', 'options/options', 'files/files', 'names/names', 'work/worker']
    .map((n) => join(root, 'src', `${n}.ts`)),
  outdir: ext,
  entryNames: '[name]',
  platform: 'browser',
  // Content scripts are injected as classic scripts, and names.js is loaded with importScripts or a
  // <script>: one self-contained IIFE per entry point.
  format: 'iife',
  // The reader view's style sheet goes into its shadow root as text.
  loader: { '.css': 'text' },
  metafile: true,
});
renameSync(join(ext, 'worker.js'), join(ext, 'work.js'));

// The names code (src/core/entities, ~1 MB or more) loads only after the text is on screen: in the
// worker, or in the background when the shortcut or menu needs it. Nothing else may carry it.
for (const [file, { inputs }] of Object.entries(extension.metafile.outputs)) {
  if (/\/(names|worker)\.js$/.test(file)) continue;
  const names = Object.keys(inputs).filter((i) => i.includes('src/core/entities/'));
  if (names.length) throw new Error(`${file} bundles the names code (${names[0]}); import it through src/names/load.ts`);
}

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
cpSync(join(root, 'src/popup/popup.html'), join(ext, 'popup.html'));
cpSync(join(root, 'src/popup/popup.css'), join(ext, 'popup.css'));
cpSync(join(root, 'src/files/files.html'), join(ext, 'files.html'));
cpSync(join(root, 'src/options/options.html'), join(ext, 'options.html'));
cpSync(join(root, 'src/options/options.css'), join(ext, 'options.css'));
cpSync(join(root, 'icons'), join(ext, 'icons'), { recursive: true });
// The name lists inside the bundles keep their credits and licences (ODbL, CC BY, MIT).
cpSync(join(root, 'THIRD-PARTY-NOTICES.md'), join(ext, 'THIRD-PARTY-NOTICES.md'));

// A corrupt weights file builds but cannot load: try the built library once on a sentence with names.
try {
  execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(out, 'sift.mjs'))}); if (!m.cleanText('Angela Merkel met Emmanuel Macron in Paris on Monday.').people.length) throw new Error('no names found in a test sentence');`], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  const why = String(e.stderr ?? e.message).split('\n').find((l) => /^\s*\w*Error: /.test(l)) ?? String(e.message);
  console.error(`build: the name tagger in model/ does not load: ${why.trim()}. Restore model/ from git or rebuild it with \`npm run train:ner\`.`);
  process.exit(1);
}
