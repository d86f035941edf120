/**
 * Turns what a user types into a safe FTS5 query: every term or "quoted phrase" becomes an FTS5
 * string (inner quotes doubled), so operators (NEAR, AND, -, *, ^, :) and SQL characters are plain
 * text; a trailing '*' on a word asks for a prefix. Terms are ANDed. Null when nothing is searchable.
 */
const PIECE = /"([^"]*)"?|(\S+)/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;

export function ftsQuery(input: string): string | null {
  const out: string[] = [];
  for (const m of input.matchAll(PIECE)) {
    const phrase = m[1] !== undefined;
    let term = phrase ? m[1] : m[2];
    let prefix = false;
    if (!phrase && term.length > 1 && term.endsWith('*')) {
      term = term.replace(/\*+$/u, '');
      prefix = true;
    }
    if (!SEARCHABLE.test(term)) continue;
    out.push(`"${term.replace(/"/gu, '""')}"${prefix ? '*' : ''}`);
  }
  return out.length ? out.join(' AND ') : null;
}
