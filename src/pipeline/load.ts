/** Loads the knowledge (data files) once and assembles the default pipeline. */
import type { Lang } from '../model/types.js';
import { loadTokenRules } from '../lang/rules.js';
import { loadCalendar, type Calendar } from '../sources/calendar.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './analysis.js';
import { defaultDataDir } from '../paths.js';
import { VERSION } from '../version.js';
import { createActorStage } from './actors/stage.js';
import { loadKnowledgeBase } from './actors/kb-load.js';
import { loadGivenNames } from './actors/named-people.js';
import { loadPairWords } from './actors/pairs.js';
import { createQuoteStage } from './quotes/stage.js';
import { loadQuoteLexicon } from './quotes/lexicon.js';
import { createEventStage, type DateFinder } from './events/stage.js';
import { loadPatterns } from './events/patterns.js';
import { loadModality } from './events/polarity.js';
import { createDateResolver } from './events/dates/index.js';
import { applyDictionaries, type DictionaryMode } from '../dict/petrarch/apply.js';
import { loadPetrarchDictionariesSync } from '../dict/petrarch/load-sync.js';
import { loadCameoOntology, type CameoOntology } from '../cameo/ontology.js';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export interface Vigie {
  dataDir: string;
  pipeline: Pipeline;
  calendars: Record<Lang, Calendar>;
  cameo: CameoOntology;
}

export function perLang<T>(f: (lang: Lang) => T): Record<Lang, T> {
  return { fr: f('fr'), en: f('en') };
}

export interface LoadOptions {
  /** PETRARCH/TABARI dictionaries (files or directories) to code English with. */
  dictionaries?: readonly string[];
  /** 'merge' (default): beside Vigie's own English actors and patterns; 'replace': in place of them. */
  dictionaryMode?: DictionaryMode;
}

export function loadVigie(dataDir: string = defaultDataDir, extraStages: readonly Stage[] = [], options: LoadOptions = {}): Vigie {
  const calendars = perLang((l) => loadCalendar(dataDir, l));
  const tokenRules = perLang((l) => loadTokenRules(dataDir, l));
  let kb = loadKnowledgeBase(dataDir);
  const patterns = perLang((l) => loadPatterns(dataDir, l));
  let discards: Stage | null = null;
  if (options.dictionaries?.length) {
    const applied = applyDictionaries(kb, patterns.en, loadPetrarchDictionariesSync(options.dictionaries), options.dictionaryMode ?? 'merge');
    kb = applied.kb;
    patterns.en = applied.en;
    discards = applied.discards;
  }
  const actors = createActorStage(kb, tokenRules, loadGivenNames(dataDir), perLang((l) => loadPairWords(dataDir, l, tokenRules[l])));
  const quotes = createQuoteStage(perLang((l) => loadQuoteLexicon(dataDir, l, tokenRules[l])));
  const cameo = loadCameoOntology(dataDir);
  const events = createEventStage(patterns, perLang((l) => loadModality(dataDir, l)), cameo, sentenceDates(createDateResolver(dataDir)));
  const stages: Stage[] = [actors, quotes, events, ...(discards ? [discards] : []), ...extraStages];
  return {
    dataDir,
    calendars,
    cameo,
    pipeline: createPipeline(tokenRules, stages, `vigie/${VERSION}`),
  };
}

/** Time expressions of a sentence, resolved against the document's date; one sentence is read once. */
function sentenceDates(resolver: ReturnType<typeof createDateResolver>): DateFinder {
  return (a, s) => {
    const cache = (a.dateCache ??= new Map());
    let found = cache.get(s.start);
    if (!found) {
      const anchors = resolver.anchors[a.doc.lang];
      let hasAnchor = false;
      for (let t = s.tokenStart; t < s.tokenEnd && !hasAnchor; t++) hasAnchor = a.tokens[t].kind === 'num' || anchors.has(a.tokens[t].norm);
      if (hasAnchor) {
        const words = new Set<string>();
        for (let t = s.tokenStart; t < s.tokenEnd; t++) for (const w of a.tokens[t].norm.split(/[-']/u)) words.add(w);
        found = resolver.find(a.doc.text, s, a.doc.lang, a.doc.date, words);
      } else found = [];
      cache.set(s.start, found);
    }
    return found;
  };
}
