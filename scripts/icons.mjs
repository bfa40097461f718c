// Draws the extension's icons (icons/icon-{16,32,48,128}.png): a deep-blue rounded square with three
// white bars narrowing downwards, a sieve letting only the article through.
// Node built-ins only (zlib + a small PNG encoder), so the PNGs are reproducible byte for byte:
//   node scripts/icons.mjs            writes icons/
//   node scripts/icons.mjs --check    exits 1 if the committed PNGs differ from what this script draws
import { deflateSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'icons');
const SIZES = [16, 32, 48, 128];

// Geometry on a 16-unit grid: every edge falls on a whole pixel at 16, 32, 48 and 128 px,
// so the bars stay crisp at the toolbar size.
const CORNER = 3.5;
const BARS = [
  // x0, y0, x1, y1 (units)
  [3, 4, 13, 6],
  [5, 7, 11, 9],
  [7, 10, 9, 12],
];
// Bar ends are rounded with radius = half the thickness, except at 16 px (see draw()).
const TOP = [0x2f, 0x5e, 0xd6]; // gradient, top to bottom: deep blue
const BOTTOM = [0x17, 0x36, 0x8c];
const WHITE = [0xff, 0xff, 0xff];
const SUB = 8; // 8x8 samples per pixel: anti-aliasing

/** Is (x, y) inside the rectangle [x0,x1]x[y0,y1] with corner radius r? */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour [r, g, b, a] (0-255, straight alpha) of a point in grid units, or null outside the icon. */
function shade(u, v, barRadius) {
  if (!inRoundRect(u, v, 0, 0, 16, 16, CORNER)) return null;
  for (const [x0, y0, x1, y1] of BARS) {
    if (inRoundRect(u, v, x0, y0, x1, y1, Math.min(barRadius, (y1 - y0) / 2))) return WHITE;
  }
  const t = v / 16;
  return TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
}

function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const scale = 16 / size;
  // Round bar ends blur into grey at 16 px (the end pixels are only partly covered): keep them nearly square there.
  const barRadius = size <= 16 ? 0.5 : Infinity;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const c = shade((x + (sx + 0.5) / SUB) * scale, (y + (sy + 0.5) / SUB) * scale, barRadius);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (a === 0) continue; // transparent black
      // Average colour over the covered samples only (no dark fringe), alpha = coverage.
      px[o] = Math.round(r / a);
      px[o + 1] = Math.round(g / a);
      px[o + 2] = Math.round(b / a);
      px[o + 3] = Math.round((a / (SUB * SUB)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA, 8 bits per channel, no interlace; every row with filter type 0 (None). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // compression, filter, interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  const png = encodePng(size, draw(size));
  if (check) {
    let old = null;
    try { old = readFileSync(file); } catch { /* missing counts as stale */ }
    if (!old || !old.equals(png)) { console.error(`stale: ${file}`); stale++; }
  } else {
    writeFileSync(file, png);
    console.log(`${file} (${png.length} bytes)`);
  }
}
if (stale) process.exit(1);
