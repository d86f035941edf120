/**
 * Shared by the quote-stage tables: each row is a short news text run through the whole pipeline,
 * and the quote a reader finds in it: its words (without the marks), the span that gives them
 * back, its kind, its speaker by name and, where it matters, its cue and its speaker's code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisRecord, Lang, QuoteKind, QuoteRecord } from '../../../src/model/types.js';
import type { Vigie } from '../../../src/pipeline/load.js';
import { readTextDocument } from '../../../src/sources/dispatch.js';

/** A quotation the stage must find. */
export interface QuoteRow {
  /** What the row shows; the test's name. */
  name: string;
  /** 'fr' unless told. */
  lang?: Lang;
  /** The headline; a neutral one unless told. */
  title?: string;
  /** The article's body: paragraphs separated by a blank line. */
  body: string;
  /** The quoted words, without the quote marks. */
  quote: string;
  /** The quote is the headline's, not the body's. */
  inTitle?: boolean;
  kind: QuoteKind;
  /** The speaker's name in record.actors, or null when the text does not say who. */
  speaker: string | null;
  /** The speaker's country or organisation code, where it matters. */
  code?: string;
  /** The cue's lemma, where it matters. */
  cue?: string | null;
  /** A piece of the text that no quote may hold (a later paragraph, an inner quote). */
  untouched?: string;
  /** Why the stage fails this row for now (node:test todo). */
  todo?: string;
}

/** Words in quote marks that are no quotation (scare quotes, names, slogans). */
export interface NotQuoteRow {
  name: string;
  lang?: Lang;
  body: string;
  /** The words between the marks. */
  words: string;
  todo?: string;
}

const TITLES: Record<Lang, string> = { fr: 'Revue de presse internationale', en: 'World news roundup' };

export interface Analysed { text: string; bodyFrom: number; record: AnalysisRecord }

/** The body as a dispatch: a date line with its headline, a blank line, then the paragraphs. */
export function analyse(vigie: Vigie, body: string, lang: Lang = 'fr', title: string = TITLES[lang]): Analysed {
  const head = ` date 2023-11-08 ${title}\n\n`;
  const text = head + body;
  return { text, bodyFrom: head.length, record: vigie.pipeline.analyze(readTextDocument(text, 'x', { calendars: vigie.calendars, lang })) };
}

function describe(a: Analysed): string {
  const names = new Map(a.record.actors.map((x) => [x.id, x.name]));
  return a.record.quotes.map((q) => `  [${q.kind}] ${JSON.stringify(q.text)} → ${q.speaker ? names.get(q.speaker) : null} (${q.cue})`).join('\n') || '  (no quote)';
}

function checkQuote(vigie: Vigie, row: QuoteRow): void {
  const a = analyse(vigie, row.body, row.lang, row.title);
  const indirect = row.kind === 'indirect';
  const matches = a.record.quotes.filter((q: QuoteRecord) =>
    q.text === row.quote && (q.kind === 'indirect') === indirect && (row.inTitle ? q.start < a.bodyFrom : q.start >= a.bodyFrom));
  assert.equal(matches.length, 1, `expected one quote ${JSON.stringify(row.quote)}, found:\n${describe(a)}`);
  const [q] = matches;
  const speaker = a.record.actors.find((x) => x.id === q.speaker);
  const got = {
    text: q.text,
    slice: a.text.slice(q.start, q.end),
    kind: q.kind,
    speaker: speaker?.name ?? null,
    ...(row.code !== undefined ? { code: speaker?.org ?? speaker?.country ?? null } : {}),
    ...(row.cue !== undefined ? { cue: q.cue } : {}),
  };
  const want = {
    text: row.quote,
    slice: row.quote,
    kind: row.kind,
    speaker: row.speaker,
    ...(row.code !== undefined ? { code: row.code } : {}),
    ...(row.cue !== undefined ? { cue: row.cue } : {}),
  };
  assert.deepEqual(got, want, describe(a));
  if (row.untouched) {
    const holder = a.record.quotes.find((x) => x.text.includes(row.untouched!));
    assert.equal(holder, undefined, `${JSON.stringify(row.untouched)} is inside a quote:\n${describe(a)}`);
  }
}

/** One test per row, named after the table and the row; rows with `todo` are run but do not fail the suite. */
export function quoteTable(vigie: Vigie, table: string, rows: readonly QuoteRow[]): void {
  for (const row of rows) {
    test(`${table}: ${row.name}`, row.todo ? { todo: row.todo } : {}, () => checkQuote(vigie, row));
  }
}

/** Rows whose words in marks must not come out as a direct or partial quote. */
export function notQuoteTable(vigie: Vigie, table: string, rows: readonly NotQuoteRow[]): void {
  for (const row of rows) {
    test(`${table}: ${row.name}`, row.todo ? { todo: row.todo } : {}, () => {
      const a = analyse(vigie, row.body, row.lang);
      assert.ok(a.text.includes(row.words), `the row's text holds ${JSON.stringify(row.words)}`);
      const found = a.record.quotes.filter((q) => q.kind !== 'indirect' && q.text === row.words);
      assert.deepEqual(found, [], describe(a));
    });
  }
}
