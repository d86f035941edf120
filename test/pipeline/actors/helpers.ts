/**
 * Shared checks for the actor stage's tables: a row is a short news text (written for these
 * tests), read through the real pipeline as a dispatch of a given date, and what a reader would
 * expect of its actors: which span names whom (name, kind, country, org, sector), which spans
 * name nobody, which spans name the same person, and which actors the record lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorKind, ActorRecord, Lang } from '../../../src/model/types.js';
import type { Analysis, MentionVia } from '../../../src/pipeline/analysis.js';
import { loadVigie } from '../../../src/pipeline/load.js';
import { toRecord } from '../../../src/pipeline/record.js';
import { readTextDocument } from '../../../src/sources/dispatch.js';

export const vigie = loadVigie();

/** What a span of the text must mention. A span is the words as written, with '#2' for the second occurrence. */
export interface Want {
  span: string;
  name?: string;
  kind?: ActorKind;
  country?: string | null;
  org?: string | null;
  sector?: string | null;
  role?: string | null;
  via?: MentionVia;
}

export interface Row {
  text: string;
  /** The document's date (2023-11-08 unless told). */
  date?: string;
  want?: Want[];
  /** Spans that mention no actor. */
  none?: string[];
  /** Pairs of spans that mention the same actor, and pairs that mention different ones. */
  same?: [string, string][];
  differ?: [string, string][];
  /** Spans that are mentions, each of its actor(s) once, not twice. */
  once?: string[];
  /** Names the record lists, and names it leaves out. */
  listed?: string[];
  unlisted?: string[];
  /** Why the stage fails this row today (node:test todo). */
  todo?: string;
}

export interface Reading {
  text: string;
  body: number;
  a: Analysis;
  listed: ActorRecord[];
}

export const DATE = '2023-11-08';

export function read(lang: Lang, body: string, date = DATE): Reading {
  const head = ` date ${date} Dépêche\n\n`;
  const text = head + body;
  const a = vigie.pipeline.run(readTextDocument(text, 'x', { calendars: vigie.calendars, lang }));
  return { text, body: head.length, a, listed: toRecord(a, 'test').actors };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Offsets of a span ('il', 'Choïgou#2') as a whole word in the body. */
export function locate(r: Reading, span: string): [number, number] {
  const m = /^(.*?)(?:#(\d+))?$/su.exec(span)!;
  const words = m[1];
  const nth = Number(m[2] ?? 1);
  // a whole word, unless the span itself begins or ends with a hyphen ('-t-il' after 'a')
  const before = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  const re = new RegExp(`${before}${escape(words)}${after}`, 'gu');
  re.lastIndex = r.body;
  let found: RegExpExecArray | null = null;
  for (let k = 0; k < nth; k++) found = re.exec(r.text);
  assert.ok(found, `'${span}' is not in the text`);
  return [found.index, found.index + words.length];
}

/** The actors a span mentions exactly (same start, same end). */
export function actorsAt(r: Reading, span: string): ActorRecord[] {
  const [start, end] = locate(r, span);
  const ids = new Set(r.a.mentions.filter((m) => m.start === start && m.end === end).map((m) => m.actor));
  return r.a.actors.filter((x) => ids.has(x.id));
}

function describeMentions(r: Reading): string {
  return r.a.mentions.map((m) => {
    const x = r.a.actors.find((y) => y.id === m.actor)!;
    return `'${r.text.slice(m.start, m.end)}' → ${x.name} (${x.kind} ${x.country} ${x.org} ${x.sector}, ${m.via})`;
  }).join('; ') || 'no mention';
}

export function check(lang: Lang, row: Row): void {
  const r = read(lang, row.text, row.date);
  const seen = describeMentions(r);
  for (const w of row.want ?? []) {
    const [start, end] = locate(r, w.span);
    const here = r.a.mentions.filter((m) => m.start === start && m.end === end);
    const fits = here.some((m) => {
      const x = r.a.actors.find((y) => y.id === m.actor)!;
      return (w.via === undefined || m.via === w.via) && (w.name === undefined || x.name === w.name) && (w.kind === undefined || x.kind === w.kind)
        && (w.country === undefined || x.country === w.country) && (w.org === undefined || x.org === w.org)
        && (w.sector === undefined || x.sector === w.sector) && (w.role === undefined || (x.role ?? null) === w.role);
    });
    assert.ok(fits, `'${w.span}' should mention ${JSON.stringify(w)}; found: ${seen}`);
  }
  for (const span of row.none ?? []) assert.deepEqual(actorsAt(r, span).map((x) => x.name), [], `'${span}' names no actor; found: ${seen}`);
  for (const [p, q] of row.same ?? []) {
    const ps = actorsAt(r, p).map((x) => x.id);
    assert.ok(ps.length > 0 && actorsAt(r, q).some((x) => ps.includes(x.id)), `'${p}' and '${q}' should name the same actor; found: ${seen}`);
  }
  for (const [p, q] of row.differ ?? []) {
    const ps = actorsAt(r, p).map((x) => x.id);
    assert.ok(!actorsAt(r, q).some((x) => ps.includes(x.id)), `'${p}' and '${q}' should not name the same actor; found: ${seen}`);
  }
  for (const span of row.once ?? []) {
    const [start, end] = locate(r, span);
    const ids = r.a.mentions.filter((m) => m.start === start && m.end === end).map((m) => m.actor);
    assert.ok(ids.length > 0, `'${span}' should be a mention; found: ${seen}`);
    assert.equal(new Set(ids).size, ids.length, `'${span}' is mentioned more than once for one actor; found: ${seen}`);
  }
  const names = r.listed.map((x) => x.name);
  for (const n of row.listed ?? []) assert.ok(names.includes(n), `the record should list ${n}; it lists ${names.join(', ')}`);
  for (const n of row.unlisted ?? []) assert.ok(!names.includes(n), `the record should not list ${n}; it lists ${names.join(', ')}`);
}

/** One test per row; a row the stage fails today carries its reason as a todo. */
export function table(lang: Lang, rows: readonly Row[]): void {
  for (const row of rows) {
    const name = `${lang}: ${row.text.replace(/\s+/gu, ' ').slice(0, 90)}${row.date ? ` (${row.date})` : ''}`;
    test(name, row.todo ? { todo: row.todo } : {}, () => check(lang, row));
  }
}
