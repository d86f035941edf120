/** The quotation lexicons of a language: speech verbs by inflected form, and non-verbal cues ('selon', 'according to'). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../model/types.js';
import { readYaml } from '../../data/yaml.js';
import { fold } from '../../text/fold.js';
import { tokenize, type Token, type TokenRules } from '../../text/tokens.js';

export interface SpeechVerb {
  lemma: string;
  head?: string;
  /** Folded words that must follow the head ('en garde'). */
  rest: string[];
  reflexive: boolean | 'both';
  que: boolean;
  de: boolean;
  ambiguous: boolean;
}

export interface NonVerbalCue {
  id: string;
  tokens: string[];
  speaker: 'after' | 'before';
  lemma: string;
  commaAfterSpeaker: boolean;
  ambiguous: boolean;
}

export interface QuoteLexicon {
  /** Folded form → the verbs it may be a form of. */
  verbs: Map<string, SpeechVerb[]>;
  cues: NonVerbalCue[];
  /** The cues by their first word, longest first. */
  cuesByFirst: Map<string, NonVerbalCue[]>;
  /** Folded words introducing a reported clause: 'que', "qu'", 'that'. */
  complementisers: Set<string>;
  /** Folded words that introduce a name in quote marks ('baptisée', 'dubbed'), from naming-words.yaml. */
  naming: Set<string>;
  determiners: Set<string>;
}

interface VerbRow { lemma: string; head?: string; rest?: string[]; forms: string[]; reflexive?: boolean | 'both'; que?: boolean; de?: boolean; ambiguous?: boolean }
interface CueRow { id: string; terms: string[]; speaker?: 'after' | 'before'; lemma?: string; requires_comma_after_speaker?: boolean; ambiguous?: boolean }

/** Determiners: a verb form right after one is a noun ('ces menaces', 'the warning'). Per language: French 'a' is a verb. */
const DETERMINERS: Record<Lang, string[]> = {
  fr: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'],
  en: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those'],
};

const COMPLEMENTISERS: Record<Lang, string[]> = { fr: ['que', "qu'"], en: ['that'] };

export function loadQuoteLexicon(dataDir: string, lang: Lang, rules: TokenRules): QuoteLexicon {
  const dir = join(dataDir, 'lexicons', lang);
  const verbs = new Map<string, SpeechVerb[]>();
  const verbFile = join(dir, 'speech-verbs.yaml');
  for (const row of existsSync(verbFile) ? readYaml<VerbRow[]>(verbFile) ?? [] : []) {
    const v: SpeechVerb = {
      lemma: row.lemma, head: row.head, rest: (row.rest ?? []).map(fold),
      reflexive: row.reflexive ?? false, que: row.que ?? false, de: row.de ?? false, ambiguous: row.ambiguous ?? false,
    };
    for (const f of row.forms) {
      const k = fold(f);
      const list = verbs.get(k) ?? [];
      list.push(v);
      verbs.set(k, list);
    }
  }
  // Multiword cues first: 'a mis en garde' is 'mettre en garde' before it is anything else.
  for (const list of verbs.values()) list.sort((x, y) => y.rest.length - x.rest.length);
  const cueFile = join(dir, 'quote-cues.yaml');
  const cues: NonVerbalCue[] = [];
  for (const row of existsSync(cueFile) ? readYaml<CueRow[]>(cueFile) ?? [] : []) {
    for (const term of row.terms) {
      const toks = term === ':' ? [':'] : tokenize(term, { start: 0, end: term.length }, rules).map((t) => t.norm);
      cues.push({ id: row.id, tokens: toks, speaker: row.speaker ?? 'after', lemma: row.lemma ?? term, commaAfterSpeaker: !!row.requires_comma_after_speaker, ambiguous: !!row.ambiguous });
    }
  }
  cues.sort((x, y) => y.tokens.length - x.tokens.length);
  const cuesByFirst = new Map<string, NonVerbalCue[]>();
  for (const c of cues) (cuesByFirst.get(c.tokens[0]) ?? cuesByFirst.set(c.tokens[0], []).get(c.tokens[0])!).push(c);
  const namingFile = join(dir, 'naming-words.yaml');
  const naming = new Set((existsSync(namingFile) ? readYaml<{ words?: string[] }>(namingFile).words ?? [] : []).map(fold));
  return { verbs, cues, cuesByFirst, complementisers: new Set(COMPLEMENTISERS[lang]), naming, determiners: new Set(DETERMINERS[lang]) };
}

/** The speech verb at token i (with the rest of a multiword cue), or undefined. */
export function verbAt(lex: QuoteLexicon, tokens: readonly Token[], i: number): { verb: SpeechVerb; end: number } | undefined {
  const list = lex.verbs.get(tokens[i].norm);
  if (!list || tokens[i].kind !== 'word') return undefined;
  if (lex.determiners.has(tokens[i - 1]?.lower ?? '')) return undefined; // 'ces menaces', 'the warning': a noun
  for (const v of list) {
    if (!v.rest.length) return { verb: v, end: i + 1 };
    // 'mettre en garde', 'a mis en garde', 'met-il en garde': the rest may come after one clitic or adverb
    for (const skip of [0, 1]) {
      const at = i + 1 + skip;
      if (v.rest.every((w, k) => tokens[at + k]?.norm === w)) return { verb: v, end: at + v.rest.length };
    }
  }
  return undefined;
}

/** The non-verbal cue starting at token i, or undefined. */
export function cueAt(lex: QuoteLexicon, tokens: readonly Token[], i: number): { cue: NonVerbalCue; end: number } | undefined {
  const first = tokens[i];
  const list = lex.cuesByFirst.get(first.norm) ?? lex.cuesByFirst.get(first.text);
  if (!list) return undefined;
  for (const c of list) {
    if (c.tokens.every((w, k) => (tokens[i + k]?.norm ?? tokens[i + k]?.text) === w)) return { cue: c, end: i + c.tokens.length };
  }
  return undefined;
}
