// Golden files under test/cli/golden/. `UPDATE_GOLDEN=1 npx vitest run test/cli` rewrites them from
// the current output; review the diff (git diff test/cli/golden) before keeping it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-cli.js';

export const GOLDEN_DIR = join(ROOT, 'test', 'cli', 'golden');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`test/cli/golden/${name} is missing; UPDATE_GOLDEN=1 writes it`);
  expect(actual, `output differs from test/cli/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}
