/**
 * Turns overlapping spans (actor mentions, quotes, events) into a flat run of segments, each with
 * the spans covering it, so the text is drawn once, in order, with nested highlights as classes.
 */
export type Kind = 'actor' | 'quote' | 'event';

export interface Mark {
  kind: Kind;
  start: number;
  end: number;
  /** Index of the item in its list (record.actors, quotes or events). */
  index: number;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/** The innermost mark of a segment (the shortest span), which a click selects. */
export function innermost(marks: readonly Mark[]): Mark | null {
  let best: Mark | null = null;
  for (const m of marks) if (!best || m.end - m.start < best.end - best.start) best = m;
  return best;
}
