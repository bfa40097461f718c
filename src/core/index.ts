export type * from './article.js';
export { cleanDocument, cleanText, type CleanOptions } from './pipeline.js';
