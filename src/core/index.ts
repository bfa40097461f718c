export type * from './article.js';
export { cleanDocument, cleanText, type CleanOptions } from './pipeline.js';
export { toText, toMarkdown, toHtml, toJson } from './export/index.js';
