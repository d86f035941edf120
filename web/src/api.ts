/** Calls to the vigie API (same origin), as typed JSON; a failed call throws with the server's message. */
export interface ActorRef { id: string; name: string; kind: string; country: string | null; org: string | null; sector: string | null }
export interface DocRef { docId: number; docKey: string; title: string | null; docDate: string | null; url: string | null; source: string | null }
export interface EventRow extends DocRef {
  eventId: number; cameo: string; root: string; quad: number; goldstein: number; date: string | null; negated: boolean;
  start: number; end: number; sourceActor: ActorRef | null; targetActor: ActorRef | null;
}
export interface QuoteRow extends DocRef { quoteId: number; text: string; start: number; end: number; kind: string; speaker: ActorRef | null; cue: string | null }
export interface Page<T> { items: T[]; next: string | null }
export interface CameoCode { code: string; root: string; nameEn: string; nameFr: string; goldstein: number; quad: number }

export interface Span { start: number; end: number }
export interface ActorRecord { id: string; name: string; kind: string; country: string | null; org: string | null; sector: string | null; mentions: [number, number][]; role?: string | null }
export interface QuoteRecord extends Span { text: string; kind: string; speaker: string | null; cue: string | null }
export interface EventRecord extends Span { source: string; target: string; cameo: string; date: string | null; negated: boolean; goldstein: number }
export interface StoredDocument { id: number; title: string | null; date: string | null; lang: string; text: string; url: string | null; source: string | null }
export interface DocumentView {
  document: StoredDocument;
  record: { actors: ActorRecord[]; quotes: QuoteRecord[]; events: EventRecord[] } | null;
}
export interface DocumentSummary { id: number; title: string | null; date: string | null; lang: string; source: string | null }
export interface Dyad { a: string; b: string; total: number; series: { period: string; count: number; meanGoldstein: number }[]; roots: { month: string; root: string; count: number }[] }
export interface Counterpart { code: string; name: string; count: number; meanGoldstein: number }
export interface ActorProfile {
  actor: { name: string; kind: string; country: string | null; org: string | null; sector: string | null; documents: number; mentions: number; role: string | null };
  quotes: QuoteRow[]; quoteCount: number; quotesByMonth: { month: string; count: number }[]; actsOn: Counterpart[]; actedOnBy: Counterpart[];
}
export interface SearchHit extends DocRef { kind: 'article' | 'quote'; snippet: string; quote?: { start: number; end: number; speaker: string | null } }
export interface Network { nodes: { id: string; events: number }[]; edges: { source: string; target: string; count: number; meanGoldstein: number }[] }
export interface Stats { documents: number; actors: number; quotes: number; events: number }

export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const res = await fetch(`/api/${path}${q.size ? `?${q}` : ''}`, { headers: { accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;
    throw new Error(msg);
  }
  return body as T;
}
