// Reader for agent dictionaries (PETRARCH `.agents` format):
//   !PERSON! = MAN, MEN, WOMAN          substitution set
//   CONGRESS!PERSON! [~LEG]             one entry per substitution value, no plural formation
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural;  POLICE {} [~COP]  no plural
//   SOLDIER [~MIL]                      regular plural generated (SOLDIERS)
//   HUMAN_RIGHTS_BODY [NGO~]            `~` after the code: code goes before the actor code
import { pluralNoun } from './inflect.js';
import { diag, parseNounPhrase, scanLines, splitCodes, type SourceLine } from './lines.js';
import type { AgentDictionary, AgentEntry, Diagnostic, NounPhrase } from './types.js';

function regularPlural(p: NounPhrase): NounPhrase[] {
  const last = p.words[p.words.length - 1];
  const pl = last === undefined ? null : pluralNoun(last);
  if (!pl) return [];
  const words = [...p.words.slice(0, -1), pl];
  let text = words[0];
  for (let i = 1; i < words.length; i++) text += p.connectors[i - 1] + words[i];
  return [{ ...p, text: text + (p.wholeWord ? '_' : ''), words }];
}

type Code = { code: string; position: 'suffix' | 'prefix' };

function readCode(raw: string, l: SourceLine, file: string, errors: Diagnostic[], warnings: Diagnostic[]): Code | null {
  const c = raw.replace(/\s+/g, '');
  const tildes = (c.match(/~/g) ?? []).length;
  if (c === '' || c === '~') errors.push(diag(file, l.line, 'agent with empty code'));
  else if (tildes > 1 || (tildes === 1 && !c.startsWith('~') && !c.endsWith('~'))) errors.push(diag(file, l.line, `malformed agent code [${raw}]`));
  else if (tildes === 0) {
    warnings.push(diag(file, l.line, `agent code [${c}] without ~: read as [~${c}]`));
    return { code: c, position: 'suffix' };
  } else return c.startsWith('~') ? { code: c.slice(1), position: 'suffix' } : { code: c.slice(0, -1), position: 'prefix' };
  return null;
}

export function parseAgentDictionary(text: string, file: string): AgentDictionary {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const agents: AgentEntry[] = [];
  const substitutions = new Map<string, string[]>();
  for (const l of scanLines(text, file, warnings)) {
    const t = l.text;
    if (t.startsWith('!') && t.includes('=')) {
      const m = /^!([^!\s]+)!\s*=\s*(.*)$/.exec(t);
      const values = m ? m[2].split(',').map((v) => v.trim()).filter((v) => v !== '') : [];
      if (!m || values.length === 0) errors.push(diag(file, l.line, `malformed substitution set (expected !NAME! = A, B, …): ${t}`));
      else substitutions.set(m[1], values);
      continue;
    }
    const sp = splitCodes(t);
    for (const w of sp.warnings) warnings.push(diag(file, l.line, w));
    if (sp.errors.length > 0) {
      errors.push(diag(file, l.line, sp.errors.join('; ')));
      continue;
    }
    if (sp.codes.length === 0) {
      errors.push(diag(file, l.line, `agent without [code]: ${t}`));
      continue;
    }
    if (sp.codes.length > 1 || sp.trailing) warnings.push(diag(file, l.line, `text after the agent code ignored: ${sp.codes.slice(1).map((c) => `[${c}]`).join(' ')} ${sp.trailing}`.trim()));
    const code = readCode(sp.codes[0], l, file, errors, warnings);
    if (!code) continue;
    let head = sp.head.trim();
    let explicit: string | null = null;
    const open = head.indexOf('{');
    const close = head.indexOf('}');
    if (open >= 0 || close >= 0) {
      if (open < 0 || close < open) {
        errors.push(diag(file, l.line, open < 0 ? '} without { in agent plural' : 'unclosed { in agent plural'));
        continue;
      }
      if (head.slice(close + 1).trim() !== '') {
        errors.push(diag(file, l.line, `text after }: ${head.slice(close + 1).trim()}`));
        continue;
      }
      explicit = head.slice(open + 1, close).trim();
      head = head.slice(0, open).trim();
    }
    if (head === '') {
      errors.push(diag(file, l.line, 'agent without a name'));
      continue;
    }
    const origin = { file, line: l.line };
    const marker = /!([^!\s]*)!/.exec(head);
    if (marker) {
      const values = substitutions.get(marker[1]);
      if (!values) {
        errors.push(diag(file, l.line, `undefined substitution marker !${marker[1]}! (define it before use)`));
        continue;
      }
      for (const value of values) {
        const phrase = parseNounPhrase(head.slice(0, marker.index) + value + head.slice(marker.index + marker[0].length));
        agents.push({ ...phrase, ...code, pluralSource: 'substitution', plurals: [], substitution: { marker: marker[0], value }, origin });
      }
      continue;
    }
    if (head.includes('!')) {
      errors.push(diag(file, l.line, `malformed substitution marker in ${head}`));
      continue;
    }
    const phrase = parseNounPhrase(head);
    const plurals = explicit === null ? regularPlural(phrase) : explicit === '' ? [] : [parseNounPhrase(explicit)];
    const pluralSource = explicit === null ? 'regular' : explicit === '' ? 'none' : 'explicit';
    agents.push({ ...phrase, ...code, pluralSource, plurals, substitution: null, origin });
  }
  return { file, agents, substitutions, errors, warnings };
}
