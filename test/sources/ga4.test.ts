import { it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectKind } from '../../src/detect.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { FIXTURES } from '../helpers/run-source.js';
it('probe', async () => {
  for (const d of readdirSync(FIXTURES)) for (const f of readdirSync(join(FIXTURES, d))) {
    const s = await sampleFile(join(FIXTURES, d, f));
    if ('skip' in s) { console.log(d, f, 'SKIP', s.skip); continue; }
    const det = detectKind(s.sample, SOURCES);
    console.log(d, f, 'skip' in det ? det.skip : det.source.kind);
  }
});
