/**
 * A seeded generator of synthetic dispatches (French and English, about 2/3 French) for the
 * benchmark. The words and sentence templates are data, in bench/templates.yaml; this file only
 * draws from them with a small PRNG (mulberry32), so a seed always gives the same corpus, byte for
 * byte. Article i depends only on (seed, i).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface BenchText { id: string; text: string }

type Lang = 'fr' | 'en';
type Row = (string | number)[];
interface LangPack {
  months: string[]; dates: string[]; verbs: string[]; marks: [string, string, number][];
  quotes: string[]; topics: string[]; titles: string[]; leads: string[]; captions: string[];
  quote: string[]; event: string[]; context: string[]; elide: [string, string][];
}
interface Templates {
  leaders: Row[]; figures: Row[]; states: Row[]; orgs: Row[];
  photo: { agencies: string[]; first: string[]; last: string[] };
  fr: LangPack; en: LangPack;
}

export const MIN_BYTES = 1500;
export const MAX_BYTES = 5000;
const TEMPLATES_FILE = new URL('./templates.yaml', import.meta.url);
const PACK_KEYS = ['months', 'dates', 'verbs', 'marks', 'quotes', 'topics', 'titles', 'leads', 'captions', 'quote', 'event', 'context'] as const;

export function loadTemplates(file: URL = TEMPLATES_FILE): Templates {
  const t = parse(readFileSync(file, 'utf8')) as Templates;
  const need = (ok: unknown, key: string): void => {
    if (!ok) throw new Error(`${file.pathname}: '${key}' is missing or is not a non-empty list`);
  };
  for (const k of ['leaders', 'figures', 'states', 'orgs'] as const) need(Array.isArray(t[k]) && t[k].length, k);
  for (const l of ['fr', 'en'] as const) for (const k of PACK_KEYS) need(Array.isArray(t[l]?.[k]) && t[l][k].length, `${l}.${k}`);
  return t;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The people, states and dates of one article; `swap` exchanges the roles of A and B. */
function castArticle(t: Templates, lang: Lang, rng: Rng, year: number, month: number): Record<string, string>[] {
  const fr = lang === 'fr';
  const inOffice = t.leaders.filter((l) => Number(l[5]) <= year && year <= Number(l[6]));
  const a = pick(rng, inOffice);
  const b = pick(rng, inOffice.filter((l) => l[4] !== a[4]));
  const figures = t.figures.filter((f) => Number(f[4]) <= year && year <= Number(f[5]));
  const g = pick(rng, figures.length ? figures : t.figures);
  const org = pick(rng, t.orgs);
  const state = (code: Row[number]): Row => t.states.find((s) => s[0] === code) ?? t.states[0];
  const person = (p: Row, s: Row, X: string): Record<string, string> => {
    const f = p[7] === 'f';
    const st = fr ? { name: s[1], a: s[2], en: s[3], adj: s[4], cap: s[5] } : { name: s[6], a: s[6], en: s[6], adj: s[7], cap: s[8] };
    return {
      [X]: String(fr ? p[0] : p[1]), [`${X}R`]: `${fr ? p[2] : p[3]} ${fr ? p[0] : p[1]}`,
      [`S${X}`]: String(st.name), [`S${X}a`]: String(st.a), [`S${X}en`]: String(st.en),
      [`ADJ${X}`]: String(st.adj), [`C${X}`]: String(st.cap),
      ...(X === 'A' ? { IL: f ? 'elle' : 'il', LUI: f ? 'elle' : 'lui', ATIL: f ? 'a-t-elle' : 'a-t-il', E: f ? 'e' : '', HE: f ? 'she' : 'he', HIS: f ? 'her' : 'his' } : {}),
    };
  };
  const pack = t[lang];
  const common = {
    G: String(fr ? g[0] : g[1]), GR: `${fr ? g[2] : g[3]} ${fr ? g[0] : g[1]}`,
    O: String(fr ? org[0] : org[2]), Oa: String(fr ? org[1] : org[2]),
    T: pick(rng, pack.topics), YEAR: String(year), PAST: String(year - int(rng, 1, 6)), AMONTH: pack.months[month - 1],
  };
  const sa = state(a[4]);
  const sb = state(b[4]);
  return [
    { ...common, ...person(a, sa, 'A'), ...person(b, sb, 'B') },
    { ...common, ...person(b, sb, 'A'), ...person(a, sa, 'B') },
  ];
}

/** Fills one template: the cast's slots, and per-occurrence draws (dates, quotes, verbs, credits). */
function fill(tpl: string, cast: Record<string, string>, pack: LangPack, t: Templates, rng: Rng, top = true): string {
  const total = pack.marks.reduce((s, m) => s + m[2], 0);
  let r = rng() * total;
  const marks = pack.marks.find((m) => (r -= m[2]) < 0) ?? pack.marks[0];
  const slot = (k: string): string => {
    switch (k) {
      case 'D': return fill(pick(rng, pack.dates), cast, pack, t, rng, false);
      case 'Q': return pick(rng, pack.quotes);
      case 'QL': return lowerFirst(pick(rng, pack.quotes));
      case 'V': return pick(rng, pack.verbs);
      case 'OQ': return marks[0];
      case 'CQ': return marks[1];
      case 'MONTH': return pick(rng, pack.months);
      case 'DAY': return String(int(rng, 2, 28));
      case 'AG': return pick(rng, t.photo.agencies);
      case 'PH': return `${pick(rng, t.photo.first)} ${pick(rng, t.photo.last)}`;
      default:
        if (k in cast) return cast[k];
        throw new Error(`bench/templates.yaml: unknown slot {${k}} in '${tpl}'`);
    }
  };
  let out = tpl.replace(/\{([A-Za-z]+)\}/gu, (_m, k: string) => slot(k));
  for (const [word, elided] of pack.elide) out = out.replace(new RegExp(`(^|\\s)${word} (?=[AEIOUÉ])`, 'gu'), `$1${elided}`);
  return top ? upperFirst(out) : out;
}

function paragraph(casts: Record<string, string>[], pack: LangPack, t: Templates, rng: Rng): string {
  const cast = pick(rng, casts);
  const out: string[] = [];
  for (let i = int(rng, 1, 3); i > 0; i--) out.push(sentence(cast, pack, t, rng));
  return out.join(' ');
}

function sentence(cast: Record<string, string>, pack: LangPack, t: Templates, rng: Rng): string {
  const r = rng();
  const kind = r < 0.45 ? pack.quote : r < 0.8 ? pack.event : pack.context;
  return fill(pick(rng, kind), cast, pack, t, rng);
}

/** One dispatch of 4–10 body paragraphs, grown to a size drawn in [MIN_BYTES, MAX_BYTES] (less a margin). */
export function generateArticle(t: Templates, seed: number, i: number): BenchText & { lang: Lang } {
  const rng = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
  const lang: Lang = rng() < 2 / 3 ? 'fr' : 'en';
  const pack = t[lang];
  const year = int(rng, 2015, 2026);
  const month = int(rng, 1, 12);
  const casts = castArticle(t, lang, rng, year, month);
  const head = [
    ` date ${year}-${String(month).padStart(2, '0')} ${fill(pick(rng, pack.titles), casts[0], pack, t, rng)}`,
    `${fill(pick(rng, pack.leads), casts[0], pack, t, rng)} ${fill(pick(rng, pack.context), casts[0], pack, t, rng)}`,
  ];
  if (rng() < 0.6) head.push(fill(pick(rng, pack.captions), casts[0], pack, t, rng));
  const body: string[] = [];
  for (let n = int(rng, 4, 10); n > 0; n--) body.push(paragraph(casts, pack, t, rng));
  const text = (): string => [...head, ...body].join('\n\n') + '\n';
  while (bytes(text()) > MAX_BYTES && body.length > 4) body.pop();
  const target = int(rng, MIN_BYTES + 100, MAX_BYTES - 100);
  for (let size = bytes(text()); size < target;) {
    const j = int(rng, 0, body.length - 1);
    const s = ' ' + sentence(pick(rng, casts), pack, t, rng);
    if (size + bytes(s) > MAX_BYTES) break;
    body[j] += s;
    size += bytes(s);
  }
  return { id: `bench-${lang}-${String(i + 1).padStart(5, '0')}`, text: text(), lang };
}

export function generateCorpus(n: number, seed: number, templates: Templates = loadTemplates()): BenchText[] {
  const out: BenchText[] = [];
  for (let i = 0; i < n; i++) {
    const { id, text } = generateArticle(templates, seed, i);
    out.push({ id, text });
  }
  return out;
}
