/**
 * Bytes to text the way a browser would for a saved page, and the way a scraped text file most
 * likely was written otherwise: byte order mark, then (for HTML) the page's own <meta> charset
 * declaration, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (which accepts any
 * byte, so decoding never fails).
 */
export function decodeBytes(bytes: Uint8Array, asHtml: boolean): string {
  const text = decodeWith(bomEncoding(bytes) ?? (asHtml ? declaredEncoding(bytes) : null), bytes);
  // Text never holds NUL; a file that does is an image, an archive or similar.
  if (text.includes('\0')) throw new Error('not a text file (binary content), cannot decode');
  return text;
}

function decodeWith(encoding: string | null, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (encoding) return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The charset of `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`
 * in the first 1024 bytes, as the HTML spec's prescan looks for it (in simplified form),
 * resolved to the name of an encoding this runtime can decode, or null.
 */
function declaredEncoding(bytes: Uint8Array): string | null {
  // The prescan reads ASCII only: one character per byte is enough, in any runtime.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = head.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i)?.[1];
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    // x-user-defined, which the spec maps to Windows-1252 for pages, is also unknown here.
    return label.toLowerCase() === 'x-user-defined' ? 'windows-1252' : null;
  }
  // A page read as bytes cannot be UTF-16 without a BOM; the spec says to take it as UTF-8.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

// Node's TextDecoder decodes 'windows-1252' as ISO-8859-1, which garbles curly quotes, dashes and
// the euro sign (0x80-0x9F), the very characters that make a text file Windows-1252 in practice.
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}
