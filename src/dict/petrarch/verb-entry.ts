// Verb lines inside a verb family: `SPEED {SPEEDING SPEEDS SPED}`, `+ASK_FOR {+ASKED_FOR …} [020]`,
// `KLM_NOP_+RST [002]`, `+ANGERED_BY {}`. `+` marks the word the parser tags as the verb;
// without `{…}` the regular forms of that word are generated.
import { regularVerbForms } from './inflect.js';
import { diag, splitCodes, type SourceLine } from './lines.js';
import type { Diagnostic, VerbEntry, VerbFamily, VerbForm } from './types.js';

function parseForm(s: string, fallbackIndex: number | null): VerbForm | string {
  const raw = s.split(/[_\s]+/).filter((w) => w !== '');
  if (raw.length === 0) return 'empty verb form';
  const bad = raw.find((w) => /[*$%^&(){}[\]]/.test(w.replace(/^\+/, '')));
  if (bad) return `unexpected character in verb form ${s}`;
  const plus = raw.map((w, i) => (w.startsWith('+') ? i : -1)).filter((i) => i >= 0);
  if (plus.length > 1) return `more than one + in multi-word verb ${s}`;
  const words = raw.map((w) => w.replace(/^\+/, ''));
  if (words.some((w) => w === '')) return `lone + in verb form ${s}`;
  let verbIndex = plus.length === 1 ? plus[0] : 0;
  if (plus.length === 0 && fallbackIndex !== null && fallbackIndex < words.length) verbIndex = fallbackIndex;
  return { words, verbIndex };
}

export function parseVerbEntry(l: SourceLine, family: VerbFamily, file: string, errors: Diagnostic[]): VerbEntry | null {
  const fail = (m: string): null => {
    errors.push(diag(file, l.line, m));
    return null;
  };
  const sp = splitCodes(l.text);
  if (sp.errors.length > 0) return fail(`verb: ${sp.errors.join('; ')}`);
  if (sp.codes.length > 1) return fail('verb with more than one [code]');
  if (sp.trailing) return fail(`verb: text after the code: ${sp.trailing}`);
  const head = sp.head.trim();
  const open = head.indexOf('{');
  const close = head.indexOf('}');
  if (open < 0 && close >= 0) return fail('} without { in verb forms');
  if (open >= 0 && close < open) return fail('unclosed { in verb forms');
  if (open >= 0 && head.slice(close + 1).trim() !== '') return fail(`verb: text after }: ${head.slice(close + 1).trim()}`);
  const baseText = (open >= 0 ? head.slice(0, open) : head).trim();
  const base = parseForm(baseText, null);
  if (typeof base === 'string') return fail(base);
  const forms: VerbForm[] = [base];
  if (open >= 0) {
    for (const tok of head.slice(open + 1, close).trim().split(/\s+/).filter((t) => t !== '')) {
      const f = parseForm(tok, base.words.length > 1 ? base.verbIndex : null);
      if (typeof f === 'string') return fail(f);
      forms.push(f);
    }
  } else {
    for (const w of regularVerbForms(base.words[base.verbIndex])) {
      const words = [...base.words];
      words[base.verbIndex] = w;
      forms.push({ words, verbIndex: base.verbIndex });
    }
  }
  const own = sp.codes.length === 1;
  const code = own ? sp.codes[0].trim() : null;
  if (own && code === '') return fail('verb with empty code []');
  return {
    family: family.name,
    text: baseText,
    base,
    forms,
    irregular: open >= 0,
    code: code !== null ? (code === '---' ? null : code) : family.code,
    hasOwnCode: own,
    origin: { file, line: l.line },
  };
}
