// Store packages from build/extension (run `npm run build` first; `npm run package` does both):
//   dist/sift-reader-chrome-<version>.zip   manifest without background.scripts and browser_specific_settings
//   dist/sift-reader-firefox-<version>.zip  manifest without background.service_worker and minimum_chrome_version
// Files sit at the zip root. The zips are deterministic: sorted entries, fixed timestamps (1980-01-01 00:00)
// and modes, no extra fields, so two runs over the same build give identical bytes (same Node/zlib).
import { deflateRawSync, crc32 } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ext = join(root, 'build', 'extension');
const dist = join(root, 'dist');

const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
const { version } = manifest;
if (!version) throw new Error('build/extension/manifest.json has no version: run `npm run build` first');

/** A copy of the manifest with the given dotted keys removed (an object left empty is dropped too). */
function without(keys) {
  const m = structuredClone(manifest);
  for (const key of keys) {
    const path = key.split('.');
    const parent = path.slice(0, -1).reduce((o, k) => o?.[k], m);
    if (parent) delete parent[path.at(-1)];
    if (parent && path.length === 2 && Object.keys(parent).length === 0) delete m[path[0]];
  }
  return m;
}

const chrome = without(['background.scripts', 'browser_specific_settings']);
const firefox = without(['background.service_worker', 'minimum_chrome_version']);
// Each store needs its own way of starting the background script; fail rather than ship a dead package.
if (!chrome.background?.service_worker) throw new Error('manifest: Chrome package needs background.service_worker');
if (!firefox.background?.scripts?.length) throw new Error('manifest: Firefox package needs background.scripts');
if (!firefox.browser_specific_settings?.gecko?.id) throw new Error('manifest: Firefox package needs browser_specific_settings.gecko.id');

/** All files under dir as zip paths ('/'-separated), sorted by byte order. */
function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : d.isFile() ? [`${prefix}${d.name}`] : [],
  ).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest a zip can say

/** A zip archive (PKZIP 2.0: deflate or store, no zip64) of [name, bytes] entries in the given order. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length; // tiny or incompressible files (PNGs) are stored
    const body = stored ? data : deflated;
    if (offset + body.length > 0xffffffff || entries.length > 0xffff) throw new Error('zip64 needed: not supported');
    const fields = (h, at) => {
      h.writeUInt16LE(20, at); // version needed to extract: 2.0
      h.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
      h.writeUInt16LE(stored ? 0 : 8, at + 4); // method: store / deflate
      h.writeUInt16LE(DOS_TIME, at + 6);
      h.writeUInt16LE(DOS_DATE, at + 8);
      h.writeUInt32LE(crc32(data), at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(data.length, at + 18);
      h.writeUInt16LE(nameBytes.length, at + 22);
      h.writeUInt16LE(0, at + 24); // extra field length
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    fields(central, 6);
    // comment length, disk number, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: regular file rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

mkdirSync(dist, { recursive: true });
const files = listFiles(ext);
for (const [target, m] of [['chrome', chrome], ['firefox', firefox]]) {
  const entries = files.map((name) => [
    name,
    name === 'manifest.json' ? Buffer.from(JSON.stringify(m, null, 2) + '\n') : readFileSync(join(ext, name)),
  ]);
  const out = join(dist, `sift-reader-${target}-${version}.zip`);
  const bytes = zip(entries);
  writeFileSync(out, bytes);
  console.log(`${out.slice(root.length + 1)}: ${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KiB`);
}
