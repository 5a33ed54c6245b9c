import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The source documents live in shared/seeds beside the repository (also in CI). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));

export function seedExists(file: string): boolean {
  return existsSync(SEEDS_DIR + file);
}

/**
 * Lower-cases, drops bracketed reference markers, straightens typographic
 * quotes and collapses whitespace, so a quote matches however the document
 * wraps or annotates it.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[[0-9]+\]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new Map<string, string>();

export function seedText(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(SEEDS_DIR + file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Whether every part of an abridged quote ("a ... b") appears in the document, in order. */
export function quoteAppearsIn(quote: string, documentText: string): boolean {
  const haystack = normalise(documentText);
  let from = 0;
  for (const part of quote
    .split('...')
    .map(normalise)
    .filter((segment) => segment !== '')) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
