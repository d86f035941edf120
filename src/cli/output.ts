/**
 * Rows printed as a table (on a terminal), JSON, JSON Lines or CSV. JSON Lines and CSV stream row by
 * row; a table and a JSON array need all the rows first.
 */
import { Option } from 'commander';
import { once } from 'node:events';
import { csvLine, type Cell } from './csv.js';

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Widest a table cell may be before it is cut with '…'. */
  max?: number;
  /** Only in CSV, not in the terminal table. */
  csvOnly?: boolean;
}

export const formatOption = (choices: OutputFormat[] = ['table', 'json', 'jsonl', 'csv']): Option =>
  new Option('--format <format>', `${choices.join(', ')}; default table on a terminal, else jsonl`).choices(choices);

export function defaultFormat(f: OutputFormat | undefined, out: NodeJS.WriteStream = process.stdout): OutputFormat {
  return f ?? (out.isTTY ? 'table' : 'jsonl');
}

export interface Printer<T> {
  columns: Column<T>[];
  json: (row: T) => unknown;
}

export async function printRows<T>(rows: AsyncIterable<T>, format: OutputFormat, p: Printer<T>, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  let n = 0;
  if (format === 'jsonl' || format === 'csv') {
    if (format === 'csv') out.write(csvLine(p.columns.map((c) => c.header)));
    for await (const r of rows) {
      n++;
      const s = format === 'csv' ? csvLine(p.columns.map((c) => c.value(r))) : JSON.stringify(p.json(r)) + '\n';
      if (!out.write(s)) await once(out, 'drain');
    }
    return n;
  }
  const all: T[] = [];
  for await (const r of rows) all.push(r);
  if (format === 'json') out.write(JSON.stringify(all.map(p.json), null, 2) + '\n');
  else out.write(table(all, p.columns.filter((c) => !c.csvOnly)));
  return all.length;
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : '';
  return String(v).replace(/\s+/gu, ' ');
}

function cut(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}

export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  if (!rows.length) return '(no result)\n';
  const cells = rows.map((r) => columns.map((c) => cut(cellText(c.value(r)), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max([...c.header].length, ...cells.map((row) => [...row[i]].length)));
  const line = (vals: readonly string[]): string => vals.map((v, i) => v + ' '.repeat(widths[i] - [...v].length)).join('  ').trimEnd() + '\n';
  return line(columns.map((c) => c.header)) + line(widths.map((w) => '─'.repeat(w))) + cells.map(line).join('') + `(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}

/** A reader that stops early (`| head`) ends the output quietly, not with an EPIPE error. */
export function quietOnClosedPipe(out: NodeJS.WriteStream = process.stdout): void {
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
