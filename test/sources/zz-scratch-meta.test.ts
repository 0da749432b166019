import { test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runSource, sum } from '../helpers/run-source.js';
test('scratch', async () => {
  for (const dir of ['meta-ads', 'mbs-insights', 'broken']) {
    for (const f of readdirSync(join(FIXTURES, dir))) {
      if (dir === 'broken' && !f.includes('mangled')) continue;
      if (!f.endsWith('.csv')) continue;
      try {
        const r = await runSource(`${dir}/${f}`);
        const totals: Record<string, number> = {};
        for (const rec of r.records) for (const [k, v] of Object.entries(rec.values)) totals[k] = Math.round(((totals[k] ?? 0) + v!) * 100) / 100;
        console.log(dir + '/' + f, r.source.kind, r.records.length, JSON.stringify(totals), JSON.stringify(r.description), JSON.stringify(r.exclusions), r.warnings.map((w) => w.code + ':' + w.message).join(' | '), JSON.stringify(r.records[0]));
      } catch (e) { console.log(dir + '/' + f, 'ERR', (e as Error).message); }
    }
  }
});
