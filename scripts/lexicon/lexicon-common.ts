// Shared helpers for the speech-verb lexicon generators (generate-fr-verbs.ts, generate-en-verbs.ts).
// Reads the hand-written input tables in scripts/lexicon/ and writes deterministic YAML.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const LEXICON_SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(LEXICON_SCRIPT_DIR, '..', '..');

export type Source = 'ggt' | 'textacy' | 'quotebank' | 'vigie';
export const SOURCE_ORDER: readonly Source[] = ['ggt', 'textacy', 'quotebank', 'vigie'];

/** One line of an input table (fr-lemmas.yaml, en-lemmas.yaml). Omitted booleans are false. */
export interface LemmaSpec {
  lemma: string;
  head?: string;
  rest?: string[];
  reflexive?: boolean | 'both';
  que?: boolean;
  de?: boolean;
  ambiguous?: boolean;
  sources: Source[];
  /** other spellings conjugated in full and merged into forms (criticise for criticize, assener for asséner) */
  also?: string[];
  /** single extra forms merged into forms */
  extra_forms?: string[];
  /** generated forms left out because they are far more often another word (notions, relations) */
  exclude_forms?: string[];
  note?: string;
}

/** One entry of data/lexicons/<lang>/speech-verbs.yaml. */
export interface SpeechVerbEntry {
  lemma: string;
  head?: string;
  rest?: string[];
  forms: string[];
  reflexive: boolean | 'both';
  que: boolean;
  de: boolean;
  ambiguous: boolean;
  sources: Source[];
  note?: string;
}

export function readInputYaml<T>(fileName: string): T {
  const text = readFileSync(join(LEXICON_SCRIPT_DIR, fileName), 'utf8');
  return YAML.parse(text) as T;
}

export function uniq(xs: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    if (x && !seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  }
  return out;
}

const YAML_RESERVED = new Set([
  'true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~',
]);

/** A scalar written bare when it is a plain word, else as a JSON (= YAML double-quoted) string. */
export function yamlScalar(s: string): string {
  if (/^\p{L}(?:[\p{L}\p{M}' -]*\p{L})?$/u.test(s) && !/ $|  /.test(s) && !YAML_RESERVED.has(s.toLowerCase())) return s;
  return JSON.stringify(s);
}

export function yamlFlowList(xs: readonly string[]): string {
  return `[${xs.map(yamlScalar).join(', ')}]`;
}

export function renderSpeechVerbsYaml(header: string, entries: readonly SpeechVerbEntry[]): string {
  const lines: string[] = [header.trimEnd(), ''];
  for (const e of entries) {
    lines.push(`- lemma: ${yamlScalar(e.lemma)}`);
    if (e.head !== undefined) lines.push(`  head: ${yamlScalar(e.head)}`);
    if (e.rest !== undefined) lines.push(`  rest: ${yamlFlowList(e.rest)}`);
    lines.push(`  forms: ${yamlFlowList(e.forms)}`);
    lines.push(`  reflexive: ${e.reflexive === 'both' ? 'both' : String(e.reflexive)}`);
    lines.push(`  que: ${e.que}`);
    lines.push(`  de: ${e.de}`);
    lines.push(`  ambiguous: ${e.ambiguous}`);
    lines.push(`  sources: ${yamlFlowList(e.sources)}`);
    if (e.note !== undefined) lines.push(`  note: ${JSON.stringify(e.note)}`);
  }
  return lines.join('\n') + '\n';
}

/** Turns an input spec and its generated forms into an output entry, checking the spec. */
export function toEntry(spec: LemmaSpec, forms: string[], lang: 'fr' | 'en'): SpeechVerbEntry {
  const known = new Set([
    'lemma', 'head', 'rest', 'reflexive', 'que', 'de', 'ambiguous', 'sources', 'also', 'extra_forms', 'exclude_forms', 'note',
  ]);
  for (const k of Object.keys(spec)) {
    if (!known.has(k)) throw new Error(`${lang} ${spec.lemma}: unknown key ${k}`);
  }
  if ((spec.head === undefined) !== (spec.rest === undefined)) {
    throw new Error(`${lang} ${spec.lemma}: head and rest go together`);
  }
  if (!spec.sources || spec.sources.length === 0) throw new Error(`${lang} ${spec.lemma}: no sources`);
  for (const s of spec.sources) {
    if (!SOURCE_ORDER.includes(s)) throw new Error(`${lang} ${spec.lemma}: bad source ${s}`);
  }
  const entry: SpeechVerbEntry = {
    lemma: spec.lemma,
    forms,
    reflexive: spec.reflexive ?? false,
    que: spec.que ?? false,
    de: spec.de ?? false,
    ambiguous: spec.ambiguous ?? false,
    sources: [...spec.sources].sort((a, b) => SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b)),
  };
  if (spec.head !== undefined) {
    entry.head = spec.head;
    entry.rest = spec.rest;
  }
  if (spec.note !== undefined) entry.note = spec.note;
  return entry;
}

export function checkUniqueLemmas(entries: readonly SpeechVerbEntry[], lang: string): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.lemma)) throw new Error(`${lang}: duplicate lemma ${e.lemma}`);
    seen.add(e.lemma);
  }
}

/** Drops spec.exclude_forms from forms; each excluded form must have been generated. */
export function excludeForms(spec: LemmaSpec, forms: string[], lang: string): string[] {
  const drop = new Set(spec.exclude_forms ?? []);
  for (const f of drop) {
    if (!forms.includes(f)) throw new Error(`${lang} ${spec.lemma}: exclude_forms ${f} is not a generated form`);
  }
  return forms.filter((f) => !drop.has(f));
}

/** Writes a generated file, or with `--check` verifies that the committed one is up to date (exit code 1 if not). */
export function writeOrCheck(output: string, text: string, script: string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(output, 'utf8') !== text) {
      console.error(`${output} is stale: re-run ${script}`);
      process.exit(1);
    }
    console.log(`${output} is up to date`);
    return;
  }
  writeFileSync(output, text);
  console.log(`wrote ${output}`);
}
