// Types for verb dictionaries (PETRARCH2 and PETRARCH-1/TABARI formats).
import type { Diagnostic, Origin } from './types.js';

interface Joinable {
  /** true when `_` joins this element to the one before it in the written pattern
   * (the words must then be consecutive; for the first element after the verb, "before it" is the verb). */
  joined: boolean;
}

export type PatternElement = Joinable &
  (
    | { kind: 'word'; text: string; /** written with a trailing `_`: whole word only, no stem/plural */ wholeWord: boolean }
    | { kind: 'choice'; options: string[] } // TO/FOR
    | { kind: 'synset'; name: string } // &NAME (name keeps the &)
    | { kind: 'verb' } // *
    | { kind: 'source' } // $
    | { kind: 'target' } // +
    | { kind: 'compound' } // %  (compound actor slot)
    | { kind: 'skip' } // ^  (skip a noun phrase)
    | { kind: 'nounPhrase'; elements: PatternElement[] } // {A B HEAD}  (PETRARCH2; last word is the head)
    | { kind: 'prepPhrase'; elements: PatternElement[] } // (PREP NOUN…)  (PETRARCH2; first element is the preposition)
  );

/** `[a:b]`: a for the source→target event, b for the reverse (target→source) event; null when empty or `---`. */
export interface CodePair {
  sourceToTarget: string | null;
  targetToSource: string | null;
}

export interface VerbPattern {
  family: string;
  /** Pattern body as written, without the leading `-` and the code. */
  text: string;
  /** Full sequence in written order, including the `{ kind: 'verb' }` element. */
  elements: PatternElement[];
  before: PatternElement[];
  after: PatternElement[];
  /** true when the verb is joined by `_` to the last element of `before`. */
  verbJoinedBefore: boolean;
  /** Raw code as written (e.g. "042:043", ":173"); null for `---` (no event / discard). */
  code: string | null;
  codePair: CodePair | null;
  comment: string | null;
  origin: Origin;
}

export interface VerbForm {
  words: string[];
  /** index in `words` of the word the parser tags as the verb (the one marked `+` in multi-word verbs) */
  verbIndex: number;
}

export interface VerbEntry {
  family: string;
  /** as written, e.g. "+ASK_FOR", "KLM_NOP_+RST", "SPEED" */
  text: string;
  /** base form */
  base: VerbForm;
  /** all forms: base first, then the `{…}` forms or the generated regular forms */
  forms: VerbForm[];
  /** true when forms came from `{…}` (possibly empty `{}`) rather than regular generation */
  irregular: boolean;
  /** effective code: the verb's own `[code]` or else the family code; null for `---` */
  code: string | null;
  hasOwnCode: boolean;
  origin: Origin;
}

export interface VerbFamily {
  name: string;
  /** the family's primary code; null for `---` (also the default when no code is written) */
  code: string | null;
  /** further `[…]` groups in the header (the TABARI validation file has `--- DELAY [120] [031:031] ---`) */
  extraCodes: string[];
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  origin: Origin;
}

export interface SynsetMember {
  /** as written without the leading `+` */
  text: string;
  /** words and nested `&SYNSET` references */
  elements: PatternElement[];
  /** written with a trailing `_`: no plural is generated */
  noPlural: boolean;
  origin: Origin;
}

export interface SynsetPhrase {
  words: string[];
  /** generated plural (not written in the file) */
  plural: boolean;
  origin: Origin;
}

export interface Synset {
  /** with the leading `&`, without a trailing `_` */
  name: string;
  /** label written with a trailing `_` (e.g. `&AUXVERB1_`): no plurals for any member */
  noPlural: boolean;
  members: SynsetMember[];
  /** members with nested synsets expanded (cycle-safe) and generated plurals added */
  phrases: SynsetPhrase[];
  origin: Origin;
}

/** PETRARCH2 `~ a (a b ATTACK) SAY = a b 015` lines, kept as token lists. */
export interface VerbTransformation {
  text: string;
  pattern: string[];
  result: string[];
  origin: Origin;
}

export interface VerbDictionary {
  file: string;
  /** 'petrarch2' when the file uses PETRARCH2 phrase syntax (`(…)`, `{…}` in patterns), else 'petrarch1' (TABARI-like) */
  format: 'petrarch1' | 'petrarch2';
  families: VerbFamily[];
  synsets: Map<string, Synset>;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  transformations: VerbTransformation[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

