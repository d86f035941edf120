/**
 * Shared by the pattern tests: the pattern files of each language, one pipeline loaded once, and
 * the events an example sentence gives, as entities ('RUS', 'NATO', 'ZWE:MIL') with their codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Lang } from '../../src/model/types.js';
import { loadVigie, type Vigie } from '../../src/pipeline/load.js';
import { readTextDocument } from '../../src/sources/dispatch.js';
import { defaultDataDir } from '../../src/paths.js';

export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DATA = defaultDataDir;

export interface Expected { source: string; target: string; negated?: boolean }
export interface Example { text: string; events: Expected[]; pending?: string }
export interface RawPattern { id: string; code: string; verb?: string; noun?: string[]; examples: Example[]; [k: string]: unknown }

/** Pattern files of a language (not the '_' files), with their parsed content. */
export function patternFiles(lang: Lang): { file: string; patterns: RawPattern[] }[] {
  const dir = join(DATA, 'patterns', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).sort()
    .map((f) => ({ file: join(dir, f), patterns: (YAML.parse(readFileSync(join(dir, f), 'utf8')) ?? []) as RawPattern[] }));
}

export interface GotEvent { source: string; target: string; sourceSector: string; targetSector: string; cameo: string; negated: boolean; rule: string }

let vigie: Vigie | undefined;

/** Events the real pipeline gives for one sentence. */
export function eventsOf(text: string, lang: Lang): GotEvent[] {
  vigie ??= loadVigie();
  const doc = readTextDocument(text, 'ex', { calendars: vigie.calendars, lang });
  const r = vigie.pipeline.analyze(doc);
  const actors = new Map(r.actors.map((a) => [a.id, a]));
  return r.events.map((e) => {
    const s = actors.get(e.source);
    const t = actors.get(e.target);
    return {
      source: s?.org ?? s?.country ?? '?', target: t?.org ?? t?.country ?? '?',
      // as the scorer reads it: inside one country, a state stands for its government
      sourceSector: s?.sector ?? (s?.kind === 'state' ? 'GOV' : ''), targetSector: t?.sector ?? (t?.kind === 'state' ? 'GOV' : ''),
      cameo: e.cameo, negated: e.negated, rule: e.rule ?? '',
    };
  });
}

/** True when `got` is the expected dyad: 'RUS' compares the entity, 'ZWE:MIL' the entity and sector. */
export function sameDyad(got: GotEvent, want: { source: string; target: string }): boolean {
  const side = (entity: string, sector: string, w: string): boolean => {
    const [code, sec] = w.split(':');
    return entity === code && (sec === undefined || sector === sec);
  };
  return side(got.source, got.sourceSector, want.source) && side(got.target, got.targetSector, want.target);
}

export function show(events: GotEvent[]): string {
  return events.length ? events.map((e) => `${e.cameo} ${e.source}${e.sourceSector ? ':' + e.sourceSector : ''}→${e.target}${e.targetSector ? ':' + e.targetSector : ''}${e.negated ? ' (negated)' : ''} [${e.rule}]`).join('; ') : 'no event';
}
