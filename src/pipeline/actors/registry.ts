/**
 * The actors of one document: each distinct entity once, keyed by what it is (a state's code, a
 * knowledge-base person, an unknown person's folded name, a state organ by country and sector),
 * with its mentions. Ids are given in order of first mention when the record is built.
 */
import type { ActorKind, ActorRecord } from '../../model/types.js';
import type { Analysis, Mention, MentionVia } from '../analysis.js';

export interface ActorInfo {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  org: string | null;
  sector: string | null;
  ref?: string;
  role?: string | null;
  gender?: 'm' | 'f' | null;
  /** Only named through a demonym, a prefix or as a place ('en Australie'): kept in the record only if a quote or event uses it. */
  weak: boolean;
}

/** Mentions that do not make an actor worth listing on their own: it is listed only if a quote or event uses it. */
const WEAK_VIAS: ReadonlySet<MentionVia> = new Set(['demonym', 'prefix', 'possessive', 'place', 'anonymous']);

export class ActorRegistry {
  private readonly byKey = new Map<string, ActorInfo & { id: string }>();
  private next = 1;

  constructor(private readonly a: Analysis) {}

  get(key: string): (ActorInfo & { id: string }) | undefined {
    return this.byKey.get(key);
  }

  /** The actor with this key, created from `info` when new; a strong mention makes a weak actor strong. */
  ensure(info: ActorInfo): ActorInfo & { id: string } {
    let actor = this.byKey.get(info.key);
    if (!actor) {
      actor = { ...info, id: `a${this.next++}` };
      this.byKey.set(info.key, actor);
    } else if (!info.weak) actor.weak = false;
    return actor;
  }

  mention(actor: ActorInfo & { id: string }, tokenStart: number, tokenEnd: number, sentence: number, via: MentionVia, ref?: string): Mention {
    const t = this.a.tokens;
    const m: Mention = { actor: actor.id, start: t[tokenStart].start, end: t[tokenEnd - 1].end, tokenStart, tokenEnd, sentence, via };
    if (ref) m.ref = ref;
    this.a.mentions.push(m);
    if (!WEAK_VIAS.has(via)) actor.weak = false;
    return m;
  }

  /**
   * A person's full name as the text writes it, among the base's names for them ('Benjamin
   * Netanyahu' in a French text, not the base's French 'Benyamin Nétanyahou').
   */
  private writtenNames(): Map<string, string> {
    const out = new Map<string, string>();
    for (const m of this.a.mentions) {
      if (m.via !== 'name' || m.tokenEnd - m.tokenStart < 2 || !m.ref?.startsWith('people#') || m.ref.endsWith('/variant')) continue;
      const text = this.a.doc.text.slice(m.start, m.end);
      if (!isPersonalName(text)) continue; // 'le roi Abdallah II' is a title and a name
      const prev = out.get(m.actor);
      if (!prev || text.length > prev.length) out.set(m.actor, text);
    }
    return out;
  }

  all(): (ActorInfo & { id: string })[] {
    return [...this.byKey.values()];
  }

  /** Writes the actors into the analysis, renumbered by first mention; weak ones are marked for pruning. */
  finish(): void {
    const first = new Map<string, number>();
    for (const m of this.a.mentions) if (!first.has(m.actor) || m.start < first.get(m.actor)!) first.set(m.actor, m.start);
    const actors = this.all().filter((x) => first.has(x.id)).sort((p, q) => first.get(p.id)! - first.get(q.id)!);
    const rename = new Map<string, string>();
    actors.forEach((x, i) => rename.set(x.id, `a${i + 1}`));
    const written = this.writtenNames(); // keyed by the ids before renaming
    for (const m of this.a.mentions) m.actor = rename.get(m.actor) ?? m.actor;
    this.a.actors = actors.map((x) => {
      const rec: ActorRecord = { id: rename.get(x.id)!, name: x.kind === 'person' ? written.get(x.id) ?? x.name : x.name, kind: x.kind, country: x.country, org: x.org, sector: x.sector, mentions: [] };
      if (x.ref) rec.ref = x.ref;
      if (x.role) rec.role = x.role;
      return rec;
    });
    const byId = new Map(this.a.actors.map((r) => [r.id, r]));
    for (const m of this.a.mentions) byId.get(m.actor)?.mentions.push([m.start, m.end]);
    this.a.weakActors = new Set(actors.filter((x) => x.weak).map((x) => rename.get(x.id)!));
    this.a.actorGender = new Map(actors.filter((x) => x.gender).map((x) => [rename.get(x.id)!, x.gender!]));
  }
}

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'al', 'el', 'ben', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'da', 'dos', 'das', 'di', 'ould', 'ag', 'abu', 'bou']);

/** Every word capitalised, but for particles inside the name ('Ursula von der Leyen', 'Bachar al-Assad'). */
function isPersonalName(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w.split(/[-’']/u)[0].toLowerCase())));
}
