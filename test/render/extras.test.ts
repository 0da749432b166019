// The comparison with the previous period and the trend, in each language: the same figures as the
// English report (bistro-quarter's October against September, test/cli/golden), written as the
// reader writes numbers.
import { describe, expect, it } from 'vitest';
import { comparisonHeads, comparisonRows, comparisonTitle, trendLines, trendTitle } from '../../src/render/extras.js';
import type { Trend } from '../../src/history.js';
import { runCli } from '../helpers/run-cli.js';

const report = JSON.parse(runCli(['audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--json']).stdout);

describe('comparisonRows', () => {
  it('writes the English rows exactly as before', () => {
    expect(comparisonRows(report)![0]).toEqual(['Ad spend', '150.00', '120.00', '−30.00 (−20 %)']);
    expect(comparisonRows(report)![4]).toEqual(['Social media ROI', '-51 %', '5 %', '+56 pts']);
  });
  it('writes them in German and Swedish with the same figures', () => {
    const de = comparisonRows(report, 'de')!;
    expect(de[0]).toEqual(['Werbeausgaben', '150,00', '120,00', '−30,00 (−20\u00a0%)']);
    expect(de[3]).toEqual(['Umsatz über Social Media', '220,00', '410,00', '+190,00 (+86\u00a0%)']);
    expect(de[4]).toEqual(['ROI von Social Media', '−51\u00a0%', '5\u00a0%', '+56 Prozentpunkte']);
    expect(comparisonRows(report, 'sv')![7]).toEqual(['ROI för all försäljning', '−33\u00a0%', '15\u00a0%', '+49 procentenheter']);
    expect(comparisonHeads('de')).toEqual(['', 'Vorher', 'Jetzt', 'Veränderung']);
    expect(comparisonTitle(report, 'de')).toBe('Im Vergleich zum vorigen Zeitraum, 01.09.2026 bis 30.09.2026');
  });
});

describe('trend', () => {
  const trend: Trend = {
    dir: 'history',
    currency: 'EUR',
    ignored: [],
    points: [
      { month: '2026-08', revenue: 200, cost: 175, roi: -0.4286, socialRevenue: 200, socialRoi: -0.4286 },
      { month: '2026-09', revenue: 300, cost: 225, roi: -0.3333, socialRevenue: 220, socialRoi: -0.5111 },
      { month: '2026-10', revenue: 450, cost: 195, roi: 0.1538, socialRevenue: 410, socialRoi: 0.0513 },
    ],
  };
  it('names the months and writes the range in the reader\'s numbers', () => {
    expect(trendTitle(trend)).toBe('Trend over the months kept with --history, 2026-08 to 2026-10');
    expect(trendTitle(trend, 'de')).toBe('Entwicklung über die mit --history aufbewahrten Monate, 08/2026 bis 10/2026');
    expect(trendLines(trend)[3]).toBe('All sales revenue    ▁▄█           200.00 → 450.00');
    expect(trendLines(trend, 'de')[3]).toBe('Umsatz insgesamt           ▁▄█           200,00 → 450,00');
    expect(trendLines(trend, 'sv')[1]).toBe('ROI för sociala medier      ▂▁█           −43\u00a0% → 5\u00a0%');
  });
});
