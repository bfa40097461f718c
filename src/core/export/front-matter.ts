import type { Article } from '../article.js';
import { speakers, statementText } from './parts.js';

/**
 * YAML front matter with the names the article mentions and who said what: the block that note
 * apps and static site tools (Obsidian, Jekyll, Hugo, Pandoc) read as a document's properties, so
 * the Markdown below it stays the article alone. Every value is a double-quoted YAML string, so
 * page text can never turn into YAML structure or close the block.
 */
export function frontMatter(article: Article): string {
  const names = (kind: 'person' | 'organisation') => article.people.filter((p) => p.kind === kind).map((p) => p.name);
  const lines = [
    '---',
    ...list('people', names('person')),
    ...list('organisations', names('organisation')),
    ...list('places', article.places.map((p) => p.name)),
  ];
  const said = speakers(article);
  if (said.length === 0) lines.push('speakers: []');
  else lines.push('speakers:');
  for (const speaker of said) {
    lines.push(`  - name: ${yamlString(speaker.name)}`, '    said:');
    for (const statement of speaker.statements) lines.push(`      - ${yamlString(statementText(statement))}`);
  }
  lines.push('---');
  return lines.join('\n');
}

function list(key: string, values: string[]): string[] {
  return values.length ? [`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`)] : [`${key}: []`];
}

/**
 * A JSON string is a valid YAML double-quoted scalar, except that YAML wants C1 controls, the
 * line and paragraph separators and the byte order mark escaped, not raw.
 */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
