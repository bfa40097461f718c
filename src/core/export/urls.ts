/**
 * Page-derived URLs end up in links and images of exported files that people open offline;
 * only schemes that cannot run code or reach local files are let through.
 */

function parse(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

/** The normalised href when `raw` is an absolute http(s) URL, else null. */
export function httpUrl(raw: string | null | undefined): string | null {
  const url = parse(raw);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** An image source safe to embed: http(s), or an inline `data:image/…` (inert inside <img>). */
export function imageUrl(raw: string | null | undefined): string | null {
  const url = parse(raw);
  if (url?.protocol === 'data:') return /^image\//i.test(url.pathname) ? url.href : null;
  return httpUrl(raw);
}
