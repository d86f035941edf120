/** The content hash that makes ingestion idempotent: sha256 of the article's exact text. */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
