/**
 * CAMEO event ontology loaded from `data/cameo/codes.tsv`.
 *
 * The data file (see data/cameo/README.md) holds the 312 CAMEO codes of the ICEWS variant with their
 * English and French names, Goldstein score, quad class (GDELT convention) and PLOVER event type.
 * This module only parses and validates it; it keeps no module-level state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CameoCode {
  /** 2–4 digit code as a string ('01', '010', '0211'). */
  code: string;
  /** First two digits of `code`: the root (cue) category. */
  root: string;
  nameEn: string;
  nameFr: string;
  /** Goldstein conflict–cooperation score, -10 … +10. */
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  /** PLOVER event type, or null where PLOVER has no equivalent. */
  plover: string | null;
}

export interface CameoOntology {
  get(code: string): CameoCode | undefined;
  /** All codes, in file order. */
  all(): readonly CameoCode[];
  /** The root (two-digit) codes, in file order. */
  roots(): readonly CameoCode[];
}

export const CAMEO_TSV_COLUMNS = ['code', 'root', 'name_en', 'name_fr', 'goldstein', 'quad', 'plover'] as const;

const CODE_RE = /^\d{2,4}$/;
const NUMBER_RE = /^-?\d+(?:\.\d+)?$/;
const PLOVER_RE = /^[A-Z]+$/;

function fail(file: string, line: number, message: string): never {
  throw new Error(`${file}:${line}: ${message}`);
}

function parseQuad(value: string, file: string, line: number): 1 | 2 | 3 | 4 {
  switch (value) {
    case '1':
      return 1;
    case '2':
      return 2;
    case '3':
      return 3;
    case '4':
      return 4;
    default:
      return fail(file, line, `quad must be 1, 2, 3 or 4, got '${value}'`);
  }
}

function parseRow(fields: readonly string[], file: string, line: number): CameoCode {
  const [code, root, nameEn, nameFr, goldsteinText, quadText, ploverText] = fields;
  if (!CODE_RE.test(code)) fail(file, line, `bad CAMEO code '${code}' (expected 2 to 4 digits)`);
  if (root !== code.slice(0, 2)) fail(file, line, `root '${root}' does not match code '${code}'`);
  if (nameEn.trim() === '') fail(file, line, `empty name_en for code '${code}'`);
  if (nameFr.trim() === '') fail(file, line, `empty name_fr for code '${code}'`);
  if (!NUMBER_RE.test(goldsteinText)) fail(file, line, `goldstein '${goldsteinText}' is not a number`);
  const goldstein = Number(goldsteinText);
  if (goldstein < -10 || goldstein > 10) fail(file, line, `goldstein ${goldstein} is outside [-10, 10]`);
  const quad = parseQuad(quadText, file, line);
  let plover: string | null = null;
  if (ploverText !== '-') {
    if (!PLOVER_RE.test(ploverText)) fail(file, line, `bad PLOVER type '${ploverText}' (expected A-Z or '-')`);
    plover = ploverText;
  }
  return Object.freeze({ code, root, nameEn, nameFr, goldstein, quad, plover });
}

/**
 * Parses the content of a codes.tsv file. Lines starting with '#' and blank lines are ignored; the first
 * other line must be the column header. `file` is only used in error messages, which have the form
 * `${file}:${line}: …` (1-based line numbers).
 */
export function parseCameoTsv(text: string, file: string): CameoOntology {
  const lines = text.split(/\r?\n/);
  const codes: CameoCode[] = [];
  const byCode = new Map<string, CameoCode>();
  const lineOf = new Map<string, number>();
  let headerSeen = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (fields.length !== CAMEO_TSV_COLUMNS.length) {
      fail(file, line, `expected ${CAMEO_TSV_COLUMNS.length} tab-separated columns, got ${fields.length}`);
    }
    if (!headerSeen) {
      if (fields.join('\t') !== CAMEO_TSV_COLUMNS.join('\t')) {
        fail(file, line, `expected header '${CAMEO_TSV_COLUMNS.join(' ')}', got '${fields.join(' ')}'`);
      }
      headerSeen = true;
      return;
    }
    const entry = parseRow(fields, file, line);
    const previous = lineOf.get(entry.code);
    if (previous !== undefined) fail(file, line, `duplicate code '${entry.code}' (first at line ${previous})`);
    codes.push(entry);
    byCode.set(entry.code, entry);
    lineOf.set(entry.code, line);
  });

  if (!headerSeen) fail(file, lines.length, 'no header line found');
  for (const entry of codes) {
    if (!byCode.has(entry.root)) {
      fail(file, lineOf.get(entry.code) ?? 0, `code '${entry.code}' has no root code '${entry.root}' in the file`);
    }
  }

  const all: readonly CameoCode[] = Object.freeze(codes);
  const roots: readonly CameoCode[] = Object.freeze(codes.filter((c) => c.code === c.root));
  return Object.freeze({
    get: (code: string): CameoCode | undefined => byCode.get(code),
    all: (): readonly CameoCode[] => all,
    roots: (): readonly CameoCode[] => roots,
  });
}

/** Reads and parses `${dataDir}/cameo/codes.tsv`. */
export function loadCameoOntology(dataDir: string): CameoOntology {
  const file = join(dataDir, 'cameo', 'codes.tsv');
  return parseCameoTsv(readFileSync(file, 'utf8'), file);
}
