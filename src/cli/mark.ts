import type { NameMarker } from '../core/export/text.js';

/** ANSI colours chosen to stay legible on light and dark terminals alike. */
const STYLE: Record<Parameters<NameMarker>[1], string> = {
  speaker: '\x1b[1;33m',
  person: '\x1b[36m',
  organisation: '\x1b[35m',
  place: '\x1b[32m',
};
const RESET = '\x1b[0m';

/** Page text may carry its own escape sequences; they are shown inert so only our colours reach the terminal. */
const inert = (text: string) => text.replace(/\x1b/g, '\u241b');

export const markInTerminal: NameMarker = (name, kind) => `${STYLE[kind]}${inert(name)}${RESET}`;
