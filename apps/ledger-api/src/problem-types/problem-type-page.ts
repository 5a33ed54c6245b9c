import type { ProblemTypeEntry } from './problem-type-catalogue.js';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!);
}

/** `code` spans for the backticked words of a description. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function page(title: string, body: string): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n` +
    `<body>\n${body}\n</body>\n</html>\n`
  );
}

/** The page a problem document's `type` URI answers. */
export function problemTypePage(entry: ProblemTypeEntry): string {
  return page(
    `${entry.title} (problem type)`,
    `<h1>${escapeHtml(entry.title)}</h1>\n<p>HTTP status ${entry.status}. ` +
      `Sent as <code>application/problem+json</code> (RFC 9457).</p>\n` +
      `<p>${prose(entry.description)}</p>\n<p><a href="/problems">Every problem type</a> · <a href="/docs">API reference</a></p>`,
  );
}

/** GET /problems/: every problem type the service sends. */
export function problemTypeIndex(entries: readonly ProblemTypeEntry[]): string {
  const items = entries
    .map(
      (entry) =>
        `<li><a href="/problems/${entry.slug}">${escapeHtml(entry.title)}</a> (${entry.status})</li>`,
    )
    .join('\n');
  return page('Problem types', `<h1>Problem types</h1>\n<ul>\n${items}\n</ul>`);
}
