import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, normaliseSettings } from '../src/ui/settings.js';

describe('settings', () => {
  it('exports leave out who said what unless the reader turned it on', async () => {
    expect(DEFAULT_SETTINGS.exportSpeakers).toBe(false);
    expect(normaliseSettings({}).exportSpeakers).toBe(false);
    // Stored before the switch existed, or hand-edited: anything but true is off.
    for (const raw of [{ exportSpeakers: 'yes' }, { exportSpeakers: 1 }, { exportFormat: 'txt' }, null]) {
      expect(normaliseSettings(raw).exportSpeakers).toBe(false);
    }
    expect(normaliseSettings({ exportSpeakers: true })).toEqual({ ...DEFAULT_SETTINGS, exportSpeakers: true });
    const stored = { get: async () => ({ settings: { exportSpeakers: true, exportFormat: 'html' } }) };
    expect(await loadSettings(stored)).toMatchObject({ exportSpeakers: true, exportFormat: 'html' });
  });
});
