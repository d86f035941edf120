/** Killing an ingest (SIGKILL) leaves a consistent store, and a rerun stores the rest. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const N = 400;
const child = join(import.meta.dirname, 'ingest-child.ts');

function consistency(path: string): { documents: number } {
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const docs = db.prepare('SELECT d.id, r.json FROM documents d LEFT JOIN records r ON r.doc_id = d.id').all() as { id: number; json: string | null }[];
    const count = (table: string, id: number): number => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE doc_id = ?`).get(id) as { n: number }).n;
    for (const d of docs) {
      assert.ok(d.json, `document ${d.id} has its record`);
      const rec = JSON.parse(d.json) as { actors: { mentions: unknown[] }[]; quotes: unknown[]; events: unknown[] };
      assert.equal(count('actors', d.id), rec.actors.length, `actors of ${d.id}`);
      assert.equal(count('mentions', d.id), rec.actors.reduce((s, a) => s + a.mentions.length, 0), `mentions of ${d.id}`);
      assert.equal(count('quotes', d.id), rec.quotes.length, `quotes of ${d.id}`);
      assert.equal(count('events', d.id), rec.events.length, `events of ${d.id}`);
    }
    const fts = (db.prepare("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'Genève'").get() as { n: number }).n;
    assert.equal(fts, (db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n, 'the quote index matches the quotes');
    return { documents: docs.length };
  } finally {
    db.close();
  }
}

it('a SIGKILL mid-ingest leaves every stored article whole; a rerun completes the rest', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-kill-'));
  try {
    const path = join(dir, 'kill.db');
    const proc = spawn(process.execPath, ['--import', 'tsx', child, path, String(N)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((r) => proc.on('close', r));
    let stored = 0;
    await new Promise<void>((resolve, reject) => {
      proc.stdout.setEncoding('utf8');
      proc.stdout.on('data', (chunk: string) => {
        const last = chunk.trim().split('\n').pop() ?? '';
        stored = Number(last.split(' ')[0]);
        if (stored >= 40 && !proc.killed) { proc.kill('SIGKILL'); resolve(); }
      });
      proc.on('exit', () => resolve());
      proc.on('error', reject);
    });
    await exited;
    assert.ok(stored >= 40 && stored < N, `killed mid-way (${stored} stored)`);
    const after = consistency(path);
    assert.ok(after.documents >= stored && after.documents < N, `${after.documents} documents after the kill`);

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', child, path, String(N)], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const done = rerun.stdout.trim().split('\n').pop();
    assert.equal(done, `done ${N - after.documents} ${after.documents} 0`);
    assert.equal(consistency(path).documents, N);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
