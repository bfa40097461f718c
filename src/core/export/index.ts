export { toText, type TextOptions } from './text.js';
export type { ExportOptions } from './parts.js';
export { toMarkdown } from './markdown.js';
export { toHtml } from './html.js';
export { toJson } from './json.js';
