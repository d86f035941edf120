// Tokeniser for verb-pattern bodies and synset members.
// Handles `_` connectors (and TABARI trailing `_`), `*` `$` `+` `%` `^` markers, `&SYNSET`
// references, `A/B` choices and PETRARCH2 `{noun phrase}` / `(prep phrase)` groups.
import type { PatternElement } from './types.js';

export interface ParsedElements {
  elements: PatternElement[];
  errors: string[];
}

const MARKERS: Record<string, PatternElement['kind']> = {
  '*': 'verb',
  $: 'source',
  '+': 'target',
  '%': 'compound',
  '^': 'skip',
};

interface Group {
  kind: 'top' | 'nounPhrase' | 'prepPhrase';
  close: string;
  elements: PatternElement[];
  joined: boolean;
}

/** Builds an element from a written token (word, choice, synset). */
function tokenElement(tok: string, joined: boolean, choices: boolean): PatternElement {
  if (tok.startsWith('&')) return { kind: 'synset', name: tok, joined };
  if (choices && tok.includes('/') && tok.split('/').every((p) => p.length > 0)) {
    return { kind: 'choice', options: tok.split('/'), joined };
  }
  return { kind: 'word', text: tok, wholeWord: false, joined };
}

/** `choices`: read `A/B` as a choice (patterns); synset members keep `F/A-18` as a word. */
export function parseElements(body: string, choices = true): ParsedElements {
  const errors: string[] = [];
  const stack: Group[] = [{ kind: 'top', close: '', elements: [], joined: false }];
  let buf = '';
  let pendingJoin = false; // an `_` was seen after the last element
  const top = (): Group => stack[stack.length - 1];
  const emit = (el: PatternElement): void => {
    top().elements.push(el);
    pendingJoin = false;
  };
  const flush = (): void => {
    if (buf === '') return;
    const tok = buf.startsWith('&') ? buf.replace(/_+$/, '') : buf;
    emit(tokenElement(tok, pendingJoin, choices));
    buf = '';
  };
  /** an `_` followed by a blank or a closing bracket: TABARI "whole word" mark, not a connector */
  const trailingUnderscore = (): void => {
    if (!pendingJoin) return;
    const els = top().elements;
    const last = els[els.length - 1];
    if (last && last.kind === 'word') last.wholeWord = true;
    pendingJoin = false;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (buf.startsWith('&') && /[A-Za-z0-9_\-']/.test(c)) {
      buf += c; // synset names may contain `_`; they are split against known names later
      continue;
    }
    if (/\s/.test(c)) {
      flush();
      trailingUnderscore();
    } else if (c === '_') {
      if (buf === '' && top().elements.length === 0 && !pendingJoin) {
        errors.push('pattern element starts with _');
        continue;
      }
      flush();
      pendingJoin = true;
    } else if (c === '{' || c === '(') {
      flush();
      stack.push({
        kind: c === '{' ? 'nounPhrase' : 'prepPhrase',
        close: c === '{' ? '}' : ')',
        elements: [],
        joined: pendingJoin,
      });
      pendingJoin = false;
    } else if (c === '}' || c === ')') {
      flush();
      trailingUnderscore();
      const g = top();
      if (g.close !== c) {
        errors.push(g.kind === 'top' ? `unexpected ${c} without ${c === ')' ? '(' : '{'} in pattern` : `${c} does not close ${g.close === '}' ? '{' : '('} in pattern`);
        continue;
      }
      stack.pop();
      emit({ kind: g.kind === 'nounPhrase' ? 'nounPhrase' : 'prepPhrase', elements: g.elements, joined: g.joined });
    } else if (c in MARKERS && buf === '') {
      const kind = MARKERS[c];
      if (kind === 'verb' && stack.length > 1) errors.push('verb marker * inside (…) or {…}');
      // markers are single characters; the cast widens the literal kind back to the union
      emit({ kind, joined: pendingJoin } as PatternElement);
    } else if (c === '&' && buf === '') {
      buf = '&';
    } else {
      buf += c;
    }
  }
  flush();
  trailingUnderscore();
  while (stack.length > 1) {
    const g = stack.pop() as Group;
    errors.push(`unclosed ${g.close === '}' ? '{' : '('} in pattern`);
    top().elements.push({ kind: g.kind === 'nounPhrase' ? 'nounPhrase' : 'prepPhrase', elements: g.elements, joined: g.joined });
  }
  return { elements: stack[0].elements, errors };
}

/** Visits every element, including those inside phrase groups. */
export function* walkElements(els: PatternElement[]): Generator<PatternElement> {
  for (const el of els) {
    yield el;
    if (el.kind === 'nounPhrase' || el.kind === 'prepPhrase') yield* walkElements(el.elements);
  }
}
