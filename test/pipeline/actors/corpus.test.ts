/**
 * Whole articles of the shared corpus: every mention of every actor gives back, through
 * `text.slice(start, end)`, exactly the words that were mentioned (whole tokens, no stray space);
 * ids are unique and numbered in order of first mention; no actor holds the same span twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../src/model/types.js';
import type { Analysis } from '../../../src/pipeline/analysis.js';
import { packageRoot } from '../../../src/paths.js';
import { readTextDocument } from '../../../src/sources/dispatch.js';
import { vigie } from './helpers.js';

const dir = join(packageRoot, '..', 'shared', 'corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

const articles: { file: string; text: string; a: Analysis }[] = files.map((file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const lang: Lang = file.includes('-en-') ? 'en' : 'fr';
  return { file, text, a: vigie.pipeline.run(readTextDocument(text, file, { calendars: vigie.calendars, lang })) };
});

test('the corpus is there and the stage finds actors in every article', () => {
  assert.ok(articles.length >= 20, `${articles.length} articles in ${dir}`);
  for (const { file, a } of articles) assert.ok(a.actors.length > 0 && a.mentions.length >= a.actors.length, `${file}: ${a.actors.length} actors`);
});

test("every actor's mention gives back the mentioned words", () => {
  for (const { file, text, a } of articles) {
    const byActor = new Map<string, string[]>();
    for (const m of a.mentions) {
      const said = text.slice(m.start, m.end);
      const tokens = text.slice(a.tokens[m.tokenStart].start, a.tokens[m.tokenEnd - 1].end);
      assert.equal(said, tokens, `${file} ${m.start}-${m.end}: the span is not its tokens`);
      assert.ok(said.length > 0 && said === said.trim() && !/^[\s,;:.!?«»"“”()]|[\s,;:«»"“”(]$/u.test(said), `${file} ${m.start}: '${said}'`);
      const list = byActor.get(m.actor) ?? [];
      list.push(`${m.start}:${m.end}`);
      byActor.set(m.actor, list);
    }
    for (const x of a.actors) {
      assert.ok(x.mentions.length > 0, `${file} ${x.id} ${x.name} has no mention`);
      const spans = x.mentions.map(([s, e]) => `${s}:${e}`).sort();
      assert.deepEqual(spans, [...(byActor.get(x.id) ?? [])].sort(), `${file} ${x.id} ${x.name}: its mentions are not the stage's`);
      for (const [s, e] of x.mentions) assert.ok(s >= 0 && e <= text.length && s < e, `${file} ${x.id} [${s}, ${e}]`);
    }
  }
});

test('actor ids are unique, a1… in order of first mention, and every mention names one of them', () => {
  for (const { file, a } of articles) {
    const ids = a.actors.map((x) => x.id);
    assert.deepEqual(ids, ids.map((_, i) => `a${i + 1}`), `${file}: ids`);
    const firsts = a.actors.map((x) => Math.min(...x.mentions.map(([s]) => s)));
    for (let i = 1; i < firsts.length; i++) assert.ok(firsts[i - 1] <= firsts[i], `${file}: ${ids[i - 1]} is first mentioned at ${firsts[i - 1]}, ${ids[i]} at ${firsts[i]}`);
    for (const m of a.mentions) assert.ok(ids.includes(m.actor), `${file}: mention ${m.start} names ${m.actor}`);
  }
});

test('no actor holds the same span twice', { todo: "in English a demonym or acronym before a body ('Russian officials', 'ECOWAS leaders') is mentioned twice" }, () => {
  for (const { file, text, a } of articles) {
    const seen = new Set<string>();
    for (const m of a.mentions) {
      const key = `${m.actor}:${m.start}:${m.end}`;
      assert.ok(!seen.has(key), `${file}: '${text.slice(m.start, m.end)}' at ${m.start} twice for ${m.actor}`);
      seen.add(key);
    }
  }
});
