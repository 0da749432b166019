// Runs the evidence model on simulated shops and counts how often it is right: the coverage of its
// 95 % intervals, how often it claims evidence of an effect that is zero, and its verdicts by shop
// and effect size (the power table in the README). Shared by the test and `npm run evidence:simulate`.
import { estimateEffect, type Verdict } from './regression.js';
import { simulateShop, type ShopSpec } from './simulate.js';

export interface ValidationRow {
  days: number;
  ordersPerDay: number;
  effect: number;
  shops: number;
  covered: number;
  verdicts: Record<Verdict, number>;
}

export const GRID = { days: [56, 91, 182], ordersPerDay: [2, 25], effect: [0, 0.5, 2, 5] } as const;

/** `perCell` shops for each combination of the grid, seeds 1, 2, 3, … in grid order. */
export function validate(perCell: number): ValidationRow[] {
  const rows: ValidationRow[] = [];
  let seed = 1;
  for (const days of GRID.days) {
    for (const ordersPerDay of GRID.ordersPerDay) {
      for (const effect of GRID.effect) {
        const row: ValidationRow = { days, ordersPerDay, effect, shops: 0, covered: 0, verdicts: { evidence: 0, 'no-evidence': 0, 'too-little-data': 0 } };
        for (let k = 0; k < perCell; k++) {
          const spec: ShopSpec = { days, ordersPerDay, effect, spend: 'flights', seed: seed++ };
          const shop = simulateShop(spec);
          const estimate = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: spec.seed });
          row.shops++;
          if (estimate.interval && estimate.interval[0] <= effect && effect <= estimate.interval[1]) row.covered++;
          row.verdicts[estimate.verdict]++;
        }
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The README's table: one line per shop kind and effect. */
export function validationTable(rows: readonly ValidationRow[]): string {
  const lines = [
    '| days | orders/day | true € per € | shops | interval covers truth | evidence | no evidence | too little data |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const pct = (count: number, of: number) => `${Math.round((100 * count) / of)} %`;
  for (const row of rows) {
    lines.push(
      `| ${row.days} | ${row.ordersPerDay} | ${row.effect} | ${row.shops} | ${pct(row.covered, row.shops)} | ${pct(row.verdicts.evidence, row.shops)} | ${pct(row.verdicts['no-evidence'], row.shops)} | ${pct(row.verdicts['too-little-data'], row.shops)} |`,
    );
  }
  const shops = rows.reduce((sum, row) => sum + row.shops, 0);
  const covered = rows.reduce((sum, row) => sum + row.covered, 0);
  const nulls = rows.filter((row) => row.effect === 0);
  const falseEvidence = nulls.reduce((sum, row) => sum + row.verdicts.evidence, 0);
  const nullShops = nulls.reduce((sum, row) => sum + row.shops, 0);
  lines.push('', `Coverage of the 95 % intervals: ${pct(covered, shops)} of ${shops} shops. Evidence claimed where the true effect is zero: ${falseEvidence} of ${nullShops} shops (${((100 * falseEvidence) / nullShops).toFixed(1)} %).`);
  return lines.join('\n');
}
