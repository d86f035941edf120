// Reader for verb dictionaries: PETRARCH2 (CAMEO.2.0.txt) and PETRARCH-1/TABARI (PETR.Validate.verbs.txt).
import { scanLines, splitCodes, diag, type SourceLine } from './lines.js';
import { parseElements, walkElements } from './patterns.js';
import { expandSynsets, resolveRefs } from './synsets.js';
import { parseVerbEntry } from './verb-entry.js';
import type { CodePair, Diagnostic, Synset, VerbDictionary, VerbFamily, VerbPattern } from './types.js';

/** `---` (or an empty code) means "no event". */
export function normalizeCode(code: string): string | null {
  const c = code.trim();
  return c === '' || c === '---' ? null : c;
}

function codePair(code: string): CodePair | null {
  if (!code.includes(':')) return null;
  const [a, b] = code.split(':', 2);
  return { sourceToTarget: normalizeCode(a), targetToSource: normalizeCode(b) };
}

function parseFamilyHeader(l: SourceLine, file: string, errors: Diagnostic[]): VerbFamily | null {
  const body = l.text.replace(/^-{3,}/, '').replace(/-{3,}$/, '').trim();
  const sp = splitCodes(body);
  for (const m of sp.errors) errors.push(diag(file, l.line, `verb family header: ${m}`));
  if (sp.errors.length > 0) return null;
  const name = sp.head.trim();
  if (name === '') {
    errors.push(diag(file, l.line, 'verb family header without a name'));
    return null;
  }
  const codes = sp.codes;
  return {
    name,
    code: codes.length > 0 ? normalizeCode(codes[0]) : null,
    extraCodes: codes.slice(1),
    verbs: [],
    patterns: [],
    origin: { file, line: l.line },
  };
}

function parsePattern(l: SourceLine, family: VerbFamily, file: string, errors: Diagnostic[], warnings: Diagnostic[]): VerbPattern | null {
  const body = l.text.slice(1);
  const sp = splitCodes(body);
  const fail = (m: string): null => {
    errors.push(diag(file, l.line, m));
    return null;
  };
  if (sp.errors.length > 0) return fail(sp.errors.map((m) => `pattern: ${m}`).join('; '));
  if (sp.codes.length === 0) return fail('pattern without [code]');
  if (sp.codes[0] === '') return fail('pattern with empty code []');
  if (sp.codes.length > 1 || sp.trailing) warnings.push(diag(file, l.line, `pattern: text after the code ignored: ${sp.codes.slice(1).map((c) => `[${c}]`).join(' ')} ${sp.trailing}`.trim()));
  const parsed = parseElements(sp.head);
  if (parsed.errors.length > 0) return fail(parsed.errors.join('; '));
  const els = parsed.elements;
  const verbs = els.filter((e) => e.kind === 'verb').length;
  if (verbs === 0) return fail('pattern without verb marker *');
  if (verbs > 1) return fail('pattern with more than one verb marker *');
  const v = els.findIndex((e) => e.kind === 'verb');
  const code = sp.codes[0];
  return {
    family: family.name,
    text: sp.head.trim(),
    elements: els,
    before: els.slice(0, v),
    after: els.slice(v + 1),
    verbJoinedBefore: els[v].joined,
    code: normalizeCode(code),
    codePair: codePair(code),
    comment: l.comment,
    origin: { file, line: l.line },
  };
}

function parseSynsetHeader(l: SourceLine, file: string, errors: Diagnostic[]): Synset | null {
  const m = /^(&[A-Za-z0-9_\-']+?)(_?)$/.exec(l.text);
  if (!m) {
    errors.push(diag(file, l.line, `malformed synset label: ${l.text}`));
    return null;
  }
  return { name: m[1], noPlural: m[2] === '_', members: [], phrases: [], origin: { file, line: l.line } };
}

/** Parses a verb dictionary text. Pure: `file` is only used for origins and diagnostics. */
export function parseVerbDictionary(text: string, file: string): VerbDictionary {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const dict: VerbDictionary = { file, format: 'petrarch1', families: [], synsets: new Map(), verbs: [], patterns: [], transformations: [], errors, warnings };
  let family: VerbFamily | null = null;
  let synset: Synset | null = null; // current synset while reading its `+` members
  let skippingFamily = false; // header was malformed: skip its lines quietly
  for (const l of scanLines(text, file, warnings)) {
    const t = l.text;
    if (t.startsWith('---')) {
      synset = null;
      family = parseFamilyHeader(l, file, errors);
      skippingFamily = family === null;
      if (family) dict.families.push(family);
    } else if (t.startsWith('&')) {
      synset = parseSynsetHeader(l, file, errors);
      if (synset) {
        if (dict.synsets.has(synset.name)) warnings.push(diag(file, l.line, `synset ${synset.name} defined again: members are added to the first definition`));
        else dict.synsets.set(synset.name, synset);
        synset = dict.synsets.get(synset.name) ?? synset;
      }
    } else if (t.startsWith('+') && synset) {
      const memberText = t.slice(1).trim();
      const noPlural = memberText.endsWith('_');
      const parsed = parseElements(memberText.replace(/_+$/, ''), false);
      const bad = parsed.elements.find((e) => e.kind !== 'word' && e.kind !== 'synset');
      if (memberText === '') errors.push(diag(file, l.line, 'empty synset member'));
      else if (parsed.errors.length > 0 || bad) errors.push(diag(file, l.line, `synset member may only contain words and &synsets: ${memberText}`));
      else synset.members.push({ text: memberText, elements: parsed.elements, noPlural, origin: { file, line: l.line } });
    } else if (t.startsWith('~')) {
      synset = null;
      const [lhs, rhs] = t.slice(1).split('=', 2);
      if (rhs === undefined) errors.push(diag(file, l.line, 'transformation without ='));
      else dict.transformations.push({ text: t, pattern: lhs.replace(/[()]/g, ' $& ').trim().split(/\s+/), result: rhs.trim().split(/\s+/), origin: { file, line: l.line } });
    } else if (t.startsWith('-')) {
      synset = null;
      if (!family) {
        if (!skippingFamily) errors.push(diag(file, l.line, 'pattern outside a verb family (no --- header before it)'));
        continue;
      }
      const p = parsePattern(l, family, file, errors, warnings);
      if (p) family.patterns.push(p);
    } else {
      synset = null;
      if (!family) {
        if (!skippingFamily) errors.push(diag(file, l.line, `verb outside a verb family: ${t}`));
        continue;
      }
      const v = parseVerbEntry(l, family, file, errors);
      if (v) family.verbs.push(v);
    }
  }
  finish(dict);
  return dict;
}

function finish(dict: VerbDictionary): void {
  const { file, errors, warnings } = dict;
  const defined = new Set(dict.synsets.keys());
  for (const syn of dict.synsets.values()) {
    for (const m of syn.members) {
      const r = resolveRefs(m.elements, defined);
      m.elements = r.elements;
      for (const p of r.problems) (p.error ? errors : warnings).push(diag(file, m.origin.line, p.message));
    }
  }
  expandSynsets(dict.synsets, file, errors);
  for (const fam of dict.families) {
    for (const p of fam.patterns) {
      const r = resolveRefs(p.elements, defined);
      for (const pr of r.problems) (pr.error ? errors : warnings).push(diag(file, p.origin.line, pr.message));
      if (r.problems.length > 0) {
        const v = r.elements.findIndex((e) => e.kind === 'verb');
        p.elements = r.elements;
        p.before = r.elements.slice(0, v);
        p.after = r.elements.slice(v + 1);
      }
      for (const el of walkElements(p.elements)) {
        if (el.kind === 'nounPhrase' || el.kind === 'prepPhrase') dict.format = 'petrarch2';
      }
    }
    dict.verbs.push(...fam.verbs);
    dict.patterns.push(...fam.patterns);
  }
}
