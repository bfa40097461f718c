export { toText } from './text.js';
export { toMarkdown } from './markdown.js';
export { toHtml } from './html.js';
export { toJson } from './json.js';
