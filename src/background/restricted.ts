/**
 * Pages the browser does not let an extension read, known from the tab's URL alone, so the popup can
 * say so up front instead of failing on injection.
 */

/** Browser UI, other extensions, and documents that are not web pages. */
const SCHEMES = new Map<string, string>([
  ['about:', 'a browser page'],
  ['chrome:', 'a browser page'],
  ['chrome-untrusted:', 'a browser page'],
  ['chrome-search:', 'a browser page'],
  ['devtools:', 'a browser page'],
  ['edge:', 'a browser page'],
  ['brave:', 'a browser page'],
  ['opera:', 'a browser page'],
  ['vivaldi:', 'a browser page'],
  ['resource:', 'a browser page'],
  ['chrome-extension:', 'an extension page'],
  ['moz-extension:', 'an extension page'],
  ['view-source:', 'a page source view'],
  ['data:', 'a data: URL'],
]);

/** Add-on stores: scripting them is blocked by the browser that runs the store. */
const STORES: { host: string; path?: string; label: string }[] = [
  { host: 'chromewebstore.google.com', label: 'the Chrome Web Store' },
  { host: 'chrome.google.com', path: '/webstore', label: 'the Chrome Web Store' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', label: 'the Edge Add-ons store' },
  { host: 'addons.mozilla.org', label: 'addons.mozilla.org' },
];

/** Firefox's other restricted domains (pref extensions.webextensions.restrictedDomains). */
const FIREFOX_RESTRICTED = new Set([
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net',
  'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org',
  'install.mozilla.org', 'oauth.accounts.firefox.com', 'profile.accounts.firefox.com',
  'support.mozilla.org', 'sync.services.mozilla.com',
]);

/** Tabs with nothing in them: said as such, not as pages the browser guards. */
const NOTHING_HERE: [RegExp, string][] = [
  [/^about:blank$/i, 'an empty tab'],
  [/^(?:about:(?:newtab|home|privatebrowsing)|chrome:\/\/(?:newtab|new-tab-page)\/?|chrome-search:\/\/local-ntp|edge:\/\/newtab\/?|brave:\/\/newtab\/?|opera:\/\/startpage\/?|vivaldi:\/\/newtab\/?)/i, 'a new tab'],
];

/** "an empty tab" / "a new tab" when the tab holds nothing to read; null otherwise. */
export function emptyTab(url: string): string | null {
  for (const [pattern, what] of NOTHING_HERE) if (pattern.test(url.trim())) return what;
  return null;
}

export interface RestrictedOptions {
  /** Also apply Firefox's list of Mozilla domains (default: false). */
  firefox?: boolean;
}

/**
 * What kind of page this is, phrased to complete "Browsers don't let extensions read …", when the
 * browser keeps extensions out of it; null when the page is an ordinary web page.
 */
export function restrictedReason(url: string, opts: RestrictedOptions = {}): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not ours to judge; injection will tell
  }
  const scheme = SCHEMES.get(parsed.protocol);
  if (scheme) return scheme;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return null;
  const host = parsed.hostname.toLowerCase();
  for (const store of STORES) {
    if (host !== store.host) continue;
    if (!store.path || parsed.pathname === store.path || parsed.pathname.startsWith(`${store.path}/`)) return store.label;
  }
  if (opts.firefox && FIREFOX_RESTRICTED.has(host)) return 'this Mozilla site';
  // The built-in PDF viewer shows the PDF's own URL in the tab.
  if (/\.pdf$/i.test(parsed.pathname)) return 'a PDF in the browser\u2019s PDF viewer';
  return null;
}
