/** Where the package's own files are, whether run from src/ (tsx) or dist/ (compiled). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`vigie: cannot find the package root above ${from}`);
    dir = up;
  }
}

export const packageRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));
export const defaultDataDir: string = process.env.VIGIE_DATA ?? join(packageRoot, 'data');
