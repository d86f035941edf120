// Recomputes the upstream "sources" of a speech-verb entry from the peer lists in /work/shared/data/peers
// (read-only reference material, not shipped). Used once to fill the input tables and by
// test/data/lexicons.test.ts to check that the declared sources stay honest; the test skips the check
// when the peer directory is absent.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source, SpeechVerbEntry } from './lexicon-common.js';

export const PEERS_DIR = process.env.VIGIE_PEERS_DIR ?? '/work/shared/data/peers';

export function peersAvailable(): boolean {
  return existsSync(join(PEERS_DIR, 'GenderGapTracker', 'quote_verb_list.fr.txt'));
}

function lines(path: string): Set<string> {
  return new Set(
    readFileSync(join(PEERS_DIR, path), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

// Quotebank tokens that occur in its patterns as nouns or adjectives only ('state media', 'press release',
// 'a report by'), so they do not make the verb a Quotebank verb.
const QUOTEBANK_NON_VERBS = new Set(['state', 'release', 'report', 'present', 'post', 'point', 'pointed', 'call', 'press']);

export interface PeerLists {
  ggt: Set<string>;
  textacy: Set<string>;
  quotebank: Set<string>;
}

export function loadPeerLists(lang: 'fr' | 'en'): PeerLists {
  const ggt = lines(`GenderGapTracker/quote_verb_list.${lang}.txt`);
  const textacy = lines(`textacy/reporting_verbs.${lang}.txt`);
  const quotebank = new Set<string>();
  if (lang === 'en') {
    const text = readFileSync(join(PEERS_DIR, 'Quotebank', 'quootstrap_seedPatterns.en.txt'), 'utf8');
    for (const m of text.matchAll(/\["([^"]*)"/g)) {
      // Only the words next to the speaker (two words either side, punctuation skipped) or right before the
      // quotation count: long learnt patterns contain incidental words ('offered the school the use of $Q').
      const toks = m[1]!.split(' ').filter((t) => !/^[,.:;'`]+$/.test(t));
      toks.forEach((tok, i) => {
        if (!/^[a-z]+$/.test(tok) || QUOTEBANK_NON_VERBS.has(tok)) return;
        const near = (sym: string, before: number, after: number) =>
          toks.slice(Math.max(0, i - after), i).includes(sym) || toks.slice(i + 1, i + 1 + before).includes(sym);
        if (near('$S', 2, 2) || near('$Q', 1, 0)) quotebank.add(tok);
      });
    }
  }
  return { ggt, textacy, quotebank };
}

/**
 * Upstream sources of an entry. French GenderGapTracker: the infinitive is on the form list.
 * English GenderGapTracker and Quotebank: one of the forms occurs. textacy: the lemma is listed.
 * Multiword cues occur in no upstream list.
 */
export function upstreamSources(entry: Pick<SpeechVerbEntry, 'lemma' | 'forms' | 'head'>, lang: 'fr' | 'en', peers: PeerLists): Source[] {
  if (entry.head !== undefined) return [];
  const out: Source[] = [];
  const ggtHit = lang === 'fr' ? peers.ggt.has(entry.lemma) : entry.forms.some((f) => peers.ggt.has(f));
  if (ggtHit) out.push('ggt');
  if (peers.textacy.has(entry.lemma)) out.push('textacy');
  if (lang === 'en' && entry.forms.some((f) => peers.quotebank.has(f))) out.push('quotebank');
  return out;
}
