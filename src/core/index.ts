export type * from './article.js';
export { cleanDocument, cleanText, type CleanOptions } from './pipeline.js';
export { toText, toMarkdown, toHtml, toJson, type ExportOptions, type TextOptions } from './export/index.js';
/** Annotation on its own, for surfaces that show the text first and the names when they are ready. */
export { annotate } from './entities/index.js';
