// Reader for actor dictionaries (PETRARCH / TABARI `.actors` format):
//   NAME_WORDS [CODE]            entry with its code
//   +OTHER_NAME                  synonym of the entry above
//   \t[CODE <DATE] [CODE >DATE] [CODE D1-D2]   codes, possibly on their own (indented) lines
import { normalizeQueryDate, parseRestriction, restrictionHolds } from './dates.js';
import { diag, parseNounPhrase, scanLines, splitCodes, type SourceLine } from './lines.js';
import type { ActorCode, ActorDictionary, ActorEntry, Diagnostic } from './types.js';

interface Ctx {
  file: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

function readCodes(groups: string[], l: SourceLine, ctx: Ctx): ActorCode[] {
  const out: ActorCode[] = [];
  for (const g of groups) {
    const m = /^(\S+)\s*(.*)$/.exec(g);
    if (!m || /^[<>\d]/.test(m[1])) {
      ctx.errors.push(diag(ctx.file, l.line, `missing code in [${g}]`));
      continue;
    }
    const r = parseRestriction(m[2]);
    for (const w of r.warnings) ctx.warnings.push(diag(ctx.file, l.line, w));
    if (r.errors.length > 0 || !r.restriction) {
      ctx.errors.push(diag(ctx.file, l.line, `[${g}]: ${r.errors.join('; ')}`));
      continue;
    }
    out.push({ code: m[1], restriction: r.restriction, origin: { file: ctx.file, line: l.line } });
  }
  return out;
}

/** Splits a line into name and codes, reporting bracket problems. Returns null when unusable. */
function splitLine(text: string, l: SourceLine, ctx: Ctx): { name: string; codes: ActorCode[]; groups: number } | null {
  const sp = splitCodes(text);
  for (const w of sp.warnings) ctx.warnings.push(diag(ctx.file, l.line, w));
  if (sp.errors.length > 0) {
    ctx.errors.push(diag(ctx.file, l.line, sp.errors.join('; ')));
    return null;
  }
  if (sp.trailing) ctx.warnings.push(diag(ctx.file, l.line, `text after the code ignored: ${sp.trailing}`));
  return { name: sp.head.trim(), codes: readCodes(sp.codes, l, ctx), groups: sp.codes.length };
}

export function parseActorDictionary(text: string, file: string): ActorDictionary {
  const ctx: Ctx = { file, errors: [], warnings: [] };
  const actors: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  let errorsBefore = 0; // errors already reported when the current entry began
  let written = false; // the current entry has had a [code] group written (valid or not)
  const close = (): void => {
    // an entry whose codes were all rejected has had its error already
    if (cur && cur.codes.length === 0 && ctx.errors.length === errorsBefore) ctx.errors.push(diag(file, cur.origin.line, `actor entry without code: ${cur.names[0]?.text ?? ''}`));
    if (cur && cur.codes.length > 0) actors.push(cur);
    cur = null;
  };
  let orphan = false; // lines following a rejected entry line
  for (const l of scanLines(text, file, ctx.warnings)) {
    const t = l.text;
    if (t.startsWith('[')) {
      const s = splitLine(t, l, ctx);
      if (!s) continue;
      if (!cur) {
        if (!orphan) ctx.errors.push(diag(file, l.line, 'code line without an actor entry before it'));
        continue;
      }
      written = true;
      cur.codes.push(...s.codes);
    } else if (t.startsWith('+')) {
      const s = splitLine(t.slice(1), l, ctx);
      if (!s) continue;
      if (!cur) {
        if (!orphan) ctx.errors.push(diag(file, l.line, `synonym line + without an actor entry before it: ${t}`));
        continue;
      }
      if (s.name === '') ctx.errors.push(diag(file, l.line, 'empty synonym line +'));
      else cur.names.push({ ...parseNounPhrase(s.name), origin: { file, line: l.line } });
      cur.codes.push(...s.codes);
      written ||= s.groups > 0;
    } else {
      const s = splitLine(t, l, ctx);
      if (cur && !written && !l.gapBefore && s && s.name !== '') {
        // TABARI block: consecutive name lines without codes share the codes that follow
        ctx.warnings.push(diag(file, cur.origin.line, `actor line without code shares the codes of line ${l.line} (TABARI block)`));
        cur.names.push({ ...parseNounPhrase(s.name), origin: { file, line: l.line } });
        cur.codes.push(...s.codes);
        written = s.groups > 0;
        continue;
      }
      close();
      errorsBefore = ctx.errors.length;
      orphan = s === null;
      if (!s) continue;
      if (s.name === '') {
        ctx.errors.push(diag(file, l.line, 'actor entry without a name'));
        orphan = true;
        continue;
      }
      const origin = { file, line: l.line };
      cur = { names: [{ ...parseNounPhrase(s.name), origin }], codes: s.codes, origin };
      written = s.groups > 0;
    }
  }
  close();
  return { file, actors, errors: ctx.errors, warnings: ctx.warnings };
}

/**
 * The code valid at `date` (YYYY-MM-DD or YYYYMMDD), as PETRARCH resolves it: the first
 * date-restricted code (in file order) whose restriction holds (`<D`: on or before D, `>D`: on or
 * after D, `D1-D2`: inclusive), otherwise the first unrestricted code; null when none applies
 * (PETRARCH then writes the null code `---`).
 */
export function codeAt(entry: ActorEntry, date: string): string | null {
  const iso = normalizeQueryDate(date);
  for (const c of entry.codes) if (c.restriction.kind !== 'none' && restrictionHolds(c.restriction, iso)) return c.code;
  for (const c of entry.codes) if (c.restriction.kind === 'none') return c.code;
  return null;
}
