/**
 * People the knowledge base does not know, recognised by the shape of their name: a known given
 * name followed by capitalised words ('Sergueï Skripal', 'Roman Protassevitch', 'Nimr Baqer
 * al-Nimr'), or a family-first surname followed by a capitalised given name ('Han Tae-song').
 * The names come from data/actors/given-names.yaml.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../data/yaml.js';
import type { Token } from '../../text/tokens.js';
import type { Analysis } from '../analysis.js';
import { sentenceOfToken } from '../analysis.js';
import type { ActorRegistry } from './registry.js';

export interface GivenNames {
  names: ReadonlySet<string>;
  familyFirst: ReadonlySet<string>;
  exclude: ReadonlySet<string>;
}

export function loadGivenNames(dataDir: string): GivenNames {
  const f = join(dataDir, 'actors', 'given-names.yaml');
  const raw = existsSync(f) ? readYaml<{ names?: string[]; family_first?: string[]; exclude?: string[] }>(f) : {};
  return { names: new Set(raw.names ?? []), familyFirst: new Set(raw.family_first ?? []), exclude: new Set(raw.exclude ?? []) };
}

const PARTICLE = /^(?:al|el|ben|bin|ibn|abu|ould|ag|von|van|de|du|da|di|dos|der|den|le|la)$/u;
const PREFIXED = /^(?:al|el|ben|bin|ibn|abu|ould|ag)[-’']\p{Lu}/u;

function namePart(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.elided && (t.cap || PREFIXED.test(t.text));
}

export function findNamedPeople(a: Analysis, reg: ActorRegistry, given: GivenNames): void {
  if (!given.names.size && !given.familyFirst.size) return;
  const { tokens } = a;
  const covered = new Uint8Array(tokens.length);
  for (const m of a.mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const credits = a.doc.paragraphs.flatMap((p) => (p.credit ? [p.credit] : []));
  for (const s of a.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (covered[i] || !t.cap || a.inQuote[i] || given.exclude.has(t.text)) continue;
      if (!given.names.has(t.text) && !given.familyFirst.has(t.text)) continue;
      if (credits.some((c) => t.start >= c.start && t.end <= c.end)) continue;
      let j = i + 1;
      while (j < s.tokenEnd && j - i < 5 && !covered[j]) {
        if (namePart(tokens[j])) { j++; continue; }
        if (PARTICLE.test(tokens[j].norm) && namePart(tokens[j + 1]) && !covered[j + 1]) { j += 2; continue; }
        break;
      }
      if (j - i < 2) continue;
      const name = a.doc.text.slice(t.start, tokens[j - 1].end);
      const actor = reg.ensure({ key: `person:unk:${name.toLowerCase()}`, name, kind: 'person', country: null, org: null, sector: null, weak: false });
      reg.mention(actor, i, j, sentenceOfToken(a, i), 'name');
      for (let k = i; k < j; k++) covered[k] = 1;
      i = j - 1;
    }
  }
}
