/** What the API is built from: passed in by `vigie serve` or a test, never read from module state. */
import type { Store } from '../store/store.js';
import type { Vigie } from '../pipeline/load.js';
import type { CameoOntology } from '../cameo/ontology.js';
import type { Lookup } from './private-address.js';

export interface ApiOptions {
  store: Store;
  /** The bearer token of the write endpoints. */
  token: string;
  /** The knowledge and pipeline, for ingest and reanalyze (called at the first write; memoise it). */
  knowledge: () => Vigie;
  /** The CAMEO ontology (code names), for the dashboard. */
  cameo: () => CameoOntology;
  /** Ingest URLs on loopback and private networks too (default: refused). */
  allowPrivate?: boolean;
  /** Resolves a host name to its addresses (default: the system resolver). */
  lookup?: Lookup;
  /** The built dashboard (web/dist); null or absent: no dashboard, '/' says how to build it. */
  webDir?: string | null;
  /** Host names accepted in the Host header, without port ('127.0.0.1', 'localhost'); absent: any. */
  allowedHosts?: readonly string[];
  /** Largest request body, in bytes (default 10 MB). */
  maxBodyBytes?: number;
}

/** A value computed at its first use, then kept (in the closure, not the module). */
export function once<T>(f: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
}
