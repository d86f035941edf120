/**
 * A trie over folded tokens of every actor term of one language (names, acronyms, capitals, seats,
 * demonyms, role and body nouns, pronouns). Terms are tokenised with the language's own rules, so
 * "Côte d'Ivoire" and the text agree on elisions; the case of each term decides how it matches:
 * acronyms exactly ('UE', 'US'), capitalised words capitalised ('Chine'), lower-case ones in any case.
 */
import type { Token, TokenRules } from '../../text/tokens.js';
import { tokenize } from '../../text/tokens.js';
import { isAcronym, isCapitalised } from '../../text/fold.js';
import type { BodyEntry, RoleEntry } from './kb-types.js';

export type TermTarget =
  | { type: 'state'; id: string; via: 'name' | 'acronym' | 'capital' | 'demonym' | 'prefix' }
  | { type: 'seat'; state: string; sector: string }
  | { type: 'org'; id: string; via: 'name' | 'acronym' }
  | { type: 'group'; id: string; via: 'name' | 'acronym' }
  | { type: 'person'; id: string; via: 'name' | 'surname' | 'variant' }
  | { type: 'role'; entry: RoleEntry }
  | { type: 'body'; entry: BodyEntry }
  | { type: 'pronoun'; gender: 'm' | 'f' | 'pl' | 'any'; form: 'subject' | 'stressed' | 'possessive' };

type CaseMode = 'exact' | 'cap' | 'any';

export interface Term {
  surface: string;
  /** Per token: the exact text (for 'exact'), whether it must be capitalised (for 'cap'). */
  shape: { text: string; cap: boolean; lower: string }[];
  mode: CaseMode;
  target: TermTarget;
  ref: string;
}

interface Node {
  next: Map<string, Node>;
  terms: Term[];
}

export interface TermMatch {
  tokenStart: number;
  tokenEnd: number;
  terms: Term[];
}

const newNode = (): Node => ({ next: new Map(), terms: [] });

export class Gazetteer {
  private readonly root = newNode();
  size = 0;

  constructor(private readonly rules: TokenRules) {}

  add(surface: string, target: TermTarget, ref: string): void {
    const s = surface.trim();
    if (!s) return;
    const toks = tokenize(s, { start: 0, end: s.length }, this.rules);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.norm);
      if (!n) { n = newNode(); node.next.set(t.norm, n); }
      node = n;
    }
    const mode: CaseMode = isAcronym(s) ? 'exact' : toks.some((t) => isCapitalised(t.text)) ? 'cap' : 'any';
    const key = `${target.type}|${'id' in target ? target.id : ref}`;
    if (node.terms.some((x) => `${x.target.type}|${'id' in x.target ? x.target.id : x.ref}` === key)) return;
    node.terms.push({ surface: s, shape: toks.map((t) => ({ text: t.text, cap: isCapitalised(t.text), lower: t.lower })), mode, target, ref });
    this.size++;
  }

  /** The longest match at token i whose case fits, or undefined: the hot path of the scan, without arrays. */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): TermMatch | undefined {
    let node: Node | undefined = this.root;
    let best: TermMatch | undefined;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(tokens[j].norm);
      if (!node) break;
      if (node.terms.length) {
        let all = true;
        for (const t of node.terms) if (!caseFits(t, tokens, i)) { all = false; break; }
        const fitting = all ? node.terms : node.terms.filter((t) => caseFits(t, tokens, i));
        if (fitting.length) best = { tokenStart: i, tokenEnd: j + 1, terms: fitting };
      }
    }
    return best;
  }

  /** Every term that matches at token i, longest first, with the case of the text checked. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): TermMatch[] {
    const out: TermMatch[] = [];
    let node: Node | undefined = this.root;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(tokens[j].norm);
      if (!node) break;
      if (node.terms.length) {
        const ok = node.terms.filter((t) => caseFits(t, tokens, i));
        if (ok.length) out.push({ tokenStart: i, tokenEnd: j + 1, terms: ok });
      }
    }
    return out.reverse();
  }
}

function caseFits(term: Term, tokens: readonly Token[], i: number): boolean {
  if (term.mode === 'any') {
    // lower-case words keep their accents in news text: 'jugé' (judged) is not 'juge' (judge)
    for (let k = 0; k < term.shape.length; k++) if (tokens[i + k].lower !== term.shape[k].lower) return false;
    return true;
  }
  for (let k = 0; k < term.shape.length; k++) {
    const want = term.shape[k];
    const tok = tokens[i + k];
    if (term.mode === 'exact') {
      if (tok.text.replace(/[’ʼ]/gu, "'") !== want.text.replace(/[’ʼ]/gu, "'")) return false;
    } else if (want.cap && !tok.cap) return false;
  }
  return true;
}
