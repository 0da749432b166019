// End to end: spellings that mean one campaign join (Kürbiswochen / kuerbiswochen / kurbiswochen),
// never silently, and `smroi init` writes such spellings as aliases to confirm. Figures from
// fixtures/scenarios/expected/kuerbis-spellings.WORKED.md.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIO = 'fixtures/scenarios/kuerbis-spellings';
const ADS_HEADER = '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",Impressions';
const LEDGER_HEADER = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code';

type Row = Record<string, any>;

describe('smroi audit on kuerbis-spellings', () => {
  const report = JSON.parse(runCli(['audit', SCENARIO, '--json', '--quiet']).stdout);
  const byKey: Record<string, Row> = Object.fromEntries(report.campaigns.map((c: Row) => [c.campaign, c]));

  it('joins the transliterated spellings into the Meta campaign and lists them under names', () => {
    expect(Object.keys(byKey)).toEqual(['brot-abo', 'herbstmarkt-teaser', 'kürbiswochen']);
    const kuerbis = byKey['kürbiswochen']!;
    expect(kuerbis.names).toEqual(['Kürbiswochen', 'kuerbiswochen', 'kurbiswochen']);
    expect(kuerbis.channels).toEqual(['facebook', 'instagram']);
    expect([kuerbis.confirmed, kuerbis.cost.adSpend, kuerbis.roi, kuerbis.verdict]).toEqual([{ orders: 3, revenue: 75, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } }, 50, -0.25, 'loss-making']);
    expect([byKey['brot-abo']!.confirmed.orders, byKey['brot-abo']!.roi]).toEqual([1, -0.4]);
  });

  it('says so in one note with a stable code, and no UNMATCHED_CAMPAIGN', () => {
    expect(report.warnings.map((w: Row) => w.code)).toEqual(['CAMPAIGN_SPELLINGS_JOINED', 'TIME_NOT_CONFIGURED']);
    expect(report.warnings[0].details).toEqual({ joined: [{ from: 'kuerbiswochen', to: 'kürbiswochen' }, { from: 'kurbiswochen', to: 'kürbiswochen' }] });
    expect(report.warnings[0].message).toContain('"kuerbiswochen" and "kurbiswochen" into "kürbiswochen"');
  });

  it('the headline credits the joined orders', () => {
    expect(report.totals.attributed).toEqual({ orders: 4, revenue: 87, roi: -0.275, roas: 1.45, costPerOrder: 15, notCredited: { orders: 1, revenue: 20 } });
    expect(report.totals.confirmed).toEqual({ orders: 5, revenue: 107, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
  });
});

describe('no join when the fold is ambiguous or the spelling is configured', () => {
  it('"bar-tage" matches both "Bär Tage" and "Bår Tage": two campaigns stay apart, with a did-you-mean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-spellings-'));
    writeFileSync(join(dir, 'ads.csv'), `${ADS_HEADER}\n2026-10-01,2026-10-01,"Bär Tage",120246849180549911,10.00,100\n2026-10-01,2026-10-01,"Bår Tage",120246849180549912,10.00,100\n`);
    writeFileSync(join(dir, 'ledger.csv'), `${LEDGER_HEADER}\n2026-10-01,L-1,30.00,EUR,paid,,fb,paid,bar-tage,\n`);
    const report = JSON.parse(runCli(['audit', dir, '--json', '--quiet']).stdout);
    expect(report.campaigns.map((c: Row) => c.campaign)).toEqual(['bar-tage', 'bär-tage', 'bår-tage']);
    const codes = report.warnings.map((w: Row) => w.code);
    expect(codes).not.toContain('CAMPAIGN_SPELLINGS_JOINED');
    expect(codes).toContain('UNMATCHED_CAMPAIGN');
  });

  it('after `smroi init` the spellings are confirmed aliases: same figures, no note', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'smroi-spellings-')), 'kuerbis');
    cpSync(join(ROOT, SCENARIO), dir, { recursive: true });
    rmSync(join(dir, 'smroi.config.json'));
    const init = runCli(['init', dir]);
    expect(init.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'smroi.config.json'), 'utf8')).campaigns).toEqual({
      'Brot-Abo': { channel: 'facebook' },
      Kürbiswochen: { aliases: ['kuerbiswochen', 'kurbiswochen'], channel: 'facebook' },
    });
    expect(init.stderr).toContain('Check: "kuerbiswochen" is "kürbiswochen" with umlauts written out; written as its alias, to confirm (remove it there if it is another campaign).');
    expect(init.stderr).toContain('Not proposed (no spend, no order): "Herbstmarkt Teaser".');
    expect(readFileSync(join(dir, 'smroi.config.md'), 'utf8')).toContain('- Not proposed as campaigns (no ad spend and no order in the exports): "Herbstmarkt Teaser".');
    const report = JSON.parse(runCli(['audit', dir, '--json', '--quiet']).stdout);
    const kuerbis = report.campaigns.find((c: Row) => c.campaign === 'kürbiswochen');
    expect([kuerbis.names, kuerbis.confirmed.orders, kuerbis.confirmed.revenue]).toEqual([['Kürbiswochen', 'kuerbiswochen', 'kurbiswochen'], 3, 75]);
    expect(report.warnings.map((w: Row) => w.code)).not.toContain('CAMPAIGN_SPELLINGS_JOINED');
  });
});
