import { describe, expect, it } from 'vitest';
import { emptyTab, restrictedReason } from '../src/background/restricted.js';

describe('tabs with nothing to read', () => {
  it('names a blank page and the new tab pages of each browser, and nothing else', () => {
    expect(emptyTab('about:blank')).toBe('an empty tab');
    for (const url of ['about:newtab', 'about:home', 'chrome://newtab/', 'chrome://new-tab-page/', 'chrome-search://local-ntp/local-ntp.html', 'edge://newtab/']) {
      expect(emptyTab(url)).toBe('a new tab');
    }
    for (const url of ['about:config', 'chrome://settings/', 'https://news.example.com/newtab', 'about:blankets']) expect(emptyTab(url)).toBeNull();
  });

  it('leaves the browser\u2019s other pages to the restricted message', () => {
    expect(restrictedReason('chrome://settings/')).toBe('a browser page');
    expect(restrictedReason('https://news.example.com/story')).toBeNull();
  });
});
