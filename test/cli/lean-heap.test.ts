// A large folder is audited by a child process with a smaller young generation (src/lean-heap.ts):
// the report, stderr and the exit code must be exactly those of an audit in place. The size at which
// the child takes over is lowered to 0 here (SMROI_LEAN_BYTES) so that the bundled scenarios use it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];
const LEAN = { SMROI_LEAN_BYTES: '0' };
const IN_PLACE = { SMROI_LEAN: '0' };

describe('the lean child process', () => {
  it.each([['--json'], ['--format', 'table'], ['--format', 'markdown'], ['--format', 'csv']])('gives the same report, stderr and exit code (%s)', (...format) => {
    const lean = runCli(['audit', ...CAFE, ...format], LEAN);
    const inPlace = runCli(['audit', ...CAFE, ...format], IN_PLACE);
    expect(lean.status).toBe(0);
    expect(lean.stdout).toBe(inPlace.stdout);
    expect(lean.stderr).toBe(inPlace.stderr);
  });

  it('passes the exit code of a breached threshold (3) and of an incomplete report (4) through', () => {
    const threshold = runCli(['audit', ...CAFE, '--fail-under-roi', '0', '--quiet'], LEAN);
    expect(threshold.status).toBe(3);
    expect(threshold.stderr).toBe(runCli(['audit', ...CAFE, '--fail-under-roi', '0', '--quiet'], IN_PLACE).stderr);
    expect(runCli(['audit', 'fixtures/hostile', '--quiet'], LEAN).status).toBe(4);
    expect(runCli(['audit', 'fixtures/no-such-folder'], LEAN).status).toBe(2);
  });

  it('writes --output as the audit in place does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-lean-'));
    try {
      expect(runCli(['audit', ...CAFE, '--json', '-o', join(dir, 'lean.json')], LEAN).status).toBe(0);
      expect(runCli(['audit', ...CAFE, '--json', '-o', join(dir, 'in-place.json')], IN_PLACE).status).toBe(0);
      expect(readFileSync(join(dir, 'lean.json'), 'utf8')).toBe(readFileSync(join(dir, 'in-place.json'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
