// The HTML renderer (src/render/html.ts) on the report of a real run: names from the inputs are
// escaped (a campaign or file name cannot become markup), the page loads nothing, and the charts
// draw the report's own figures (one hatched ad-spend bar per day with spend, one ROI bar per
// campaign with a known ROI, the ROI written as the table writes it).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import type { Report } from '../../src/report.js';
import { formatPercent } from '../../src/render/format.js';
import { renderHtml } from '../../src/render/html.js';

const WEEK = ['audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];

function report(extra: string[] = []): Report {
  return JSON.parse(runCli([...WEEK, ...extra, '--json']).stdout) as Report;
}

describe('renderHtml', () => {
  const byDay = report(['--by', 'day']);

  it('escapes names from the inputs: no markup, no script, no control character', () => {
    const hostile = structuredClone(byDay);
    hostile.campaigns[0]!.campaign = '<script>alert(1)</script>';
    hostile.sources[0]!.file = '"><img src=x onerror=alert(1)>\u001b[31m.csv';
    hostile.series!.campaigns[0]!.campaign = '<script>alert(1)</script>';
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|\u001b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\\u001b[31m.csv');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('cafe-week by day: the timeline draws a hatched bar for each of the four days with ad spend', () => {
    const html = renderHtml(byDay);
    const allChannels = html.slice(html.indexOf('<svg class="chart"'), html.indexOf('</svg>', html.indexOf('<svg class="chart"')));
    // 1, 2, 3 and 6 September: 30.00, 35.50, 30.00, 15.00 (fixtures/scenarios/cafe-week, the Meta export).
    const bars = [...allChannels.matchAll(/<rect [^>]*class="mark-hatch"><title>([^<]*)<\/title>/g)].map((match) => match[1]);
    expect(bars).toEqual(['2026-09-01: Ad spend (EUR) 30.00', '2026-09-02: Ad spend (EUR) 35.50', '2026-09-03: Ad spend (EUR) 30.00', '2026-09-06: Ad spend (EUR) 15.00']);
    expect(allChannels).toContain('Ad spend (EUR): total 110.50');
    expect(allChannels).toContain('Confirmed revenue (EUR): total 362.50');
  });

  it('the ROI chart: a bar per campaign with a known ROI, its ROI as the table writes it, unknown said so', () => {
    const html = renderHtml(byDay);
    const start = html.indexOf('aria-label="ROI per campaign against break-even"');
    const chart = html.slice(start, html.indexOf('</svg>', start));
    const bars = [...chart.matchAll(/class="mark-(solid|bad|unknown)"><title>([^<]*)<\/title>/g)].map((match) => `${match[1]} ${match[2]}`);
    // brunch 156 %, herbst-aktion −49 %, herbst-aktoin unknown (no cost), retargeting 20 % (the campaign table of cafe-week.txt).
    expect(bars.map((bar) => bar.split(': ')[1])).toEqual(['156 %', '-49 %', 'unknown', '20 %']);
    expect(bars).toEqual(byDay.campaigns.map((campaign) => (campaign.roi === null ? `unknown ${campaign.campaign}: unknown` : `${campaign.roi >= 0 ? 'solid' : 'bad'} ${campaign.campaign}: ${formatPercent(campaign.roi)}`)));
  });

  it('in German: the chart texts and numbers as a German reader writes them', () => {
    const html = renderHtml(byDay, { language: 'de' });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Werbeausgaben (EUR): gesamt 110,50');
    expect(html).toContain('Pro Tag: Werbeausgaben, Aufmerksamkeit und bestätigte Verkäufe im Zeitverlauf');
  });
});
