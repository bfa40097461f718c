import type { ExportFormat } from './export-files.js';

/**
 * The reader's preferences, kept in storage.sync by the options page and read by the popup, the
 * file page and the reader view. Whatever is stored is checked: an old or hand-edited value falls
 * back to the default rather than breaking a page.
 */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type Measure = 'narrow' | 'medium' | 'wide';
export type Highlight = 'speaker' | 'person' | 'organisation' | 'place';

export interface Settings {
  theme: Theme;
  /** Reader view text size, px. */
  size: number;
  measure: Measure;
  /** Which kinds of names are highlighted. */
  highlights: Record<Highlight, boolean>;
  exportFormat: ExportFormat;
  /** Exports and Copy add who said what (the quotations a second time): off unless asked for. */
  exportSpeakers: boolean;
}

export const HIGHLIGHTS: readonly Highlight[] = ['speaker', 'person', 'organisation', 'place'];
export const DEFAULT_SETTINGS: Settings = {
  theme: 'system', size: 19, measure: 'medium',
  highlights: { speaker: true, person: true, organisation: true, place: true },
  exportFormat: 'md',
  exportSpeakers: false,
};
export const SETTINGS_KEY = 'settings';
export const MIN_SIZE = 12;
export const MAX_SIZE = 32;

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const h = (typeof r.highlights === 'object' && r.highlights !== null ? r.highlights : {}) as Record<string, unknown>;
  const size = typeof r.size === 'number' && Number.isFinite(r.size) ? Math.round(Math.min(MAX_SIZE, Math.max(MIN_SIZE, r.size))) : DEFAULT_SETTINGS.size;
  return {
    theme: oneOf(r.theme, ['system', 'light', 'dark', 'sepia'], DEFAULT_SETTINGS.theme),
    size,
    measure: oneOf(r.measure, ['narrow', 'medium', 'wide'], DEFAULT_SETTINGS.measure),
    highlights: Object.fromEntries(HIGHLIGHTS.map((k) => [k, typeof h[k] === 'boolean' ? h[k] : true])) as Record<Highlight, boolean>,
    exportFormat: oneOf(r.exportFormat, ['txt', 'md', 'html', 'json'], DEFAULT_SETTINGS.exportFormat),
    exportSpeakers: r.exportSpeakers === true,
  };
}

/** Reads the settings from a storage area (storage.sync), never failing: defaults on any error. */
export async function loadSettings(area: { get(key: string): Promise<Record<string, unknown>> }): Promise<Settings> {
  try {
    return normaliseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}
