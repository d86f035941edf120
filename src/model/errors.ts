/** Typed errors raised at the edges (readers, CLI, data loading); handled in one place by the CLI. */
export type ErrorCode =
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_JSON'
  | 'E_RECORD'
  | 'E_NOT_FOUND'
  | 'E_USAGE'
  | 'E_DATA'
  | 'E_FETCH'
  | 'E_STORE';

export class VigieError extends Error {
  readonly code: ErrorCode;
  /** The file, URL or field at fault. */
  readonly where: string | null;

  constructor(code: ErrorCode, where: string | null, message: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'VigieError';
    this.code = code;
    this.where = where;
  }
}
