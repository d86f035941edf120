/** WHERE clauses built from fixed SQL fragments and bound parameters: input never becomes SQL text. */
import { fold } from '../../text/fold.js';

export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** Escapes LIKE's wildcards; use with ESCAPE '\'. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** A name matched at a word start, ignoring accents and case: 'Poutine' finds 'Vladimir Poutine'. */
export function nameMatch(w: Where, column: string, term: string): string {
  const f = likeEscape(fold(term.trim()));
  w.params.push(`${f}%`, `% ${f}%`, `%-${f}%`);
  return `(${column} LIKE ? ESCAPE '\\' OR ${column} LIKE ? ESCAPE '\\' OR ${column} LIKE ? ESCAPE '\\')`;
}

/**
 * An actor's name, or the name of any actor resolved to the same knowledge-base entry (ref) in
 * another article: 'Poutine' finds 'Vladimir Putin' in English articles too.
 */
export function actorNameMatch(w: Where, alias: string, term: string): string {
  const own = nameMatch(w, `${alias}.name_fold`, term);
  const other = nameMatch(w, 'x.name_fold', term);
  return `(${own} OR (${alias}.ref IS NOT NULL AND ${alias}.ref IN (SELECT x.ref FROM actors x WHERE x.ref IS NOT NULL AND ${other})))`;
}

const CAPITALS = /^[\p{Lu}\d_]+$/u;

/**
 * An actor given on the command line: its org or country code ('RUS', 'nato'), or, unless written in
 * capitals like a code, part of its name ('Poutine', 'russie').
 */
export function actorMatch(w: Where, alias: string, term: string): void {
  const code = term.trim().toUpperCase();
  const parts = [`${alias}.country = ?`, `${alias}.org = ?`];
  w.params.push(code, code);
  if (!CAPITALS.test(term.trim())) parts.push(actorNameMatch(w, alias, term));
  w.parts.push(`(${parts.join(' OR ')})`);
}

export function dateOverlap(w: Where, lo: string, hi: string, from?: string, to?: string): void {
  if (from) w.add(`${hi} >= ?`, from);
  if (to) w.add(`${lo} <= ?`, to);
}

export function limitOf(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n >= 0 ? Math.trunc(n) : -1;
}
