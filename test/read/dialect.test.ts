// The delimiter of a file: a `sep=` line decides, otherwise the candidate that splits the lines
// most consistently.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeSample, sniffEncoding } from '../../src/read/decode.js';
import { sniffDialect } from '../../src/read/dialect.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const fixtureText = (path: string) => {
  const bytes = readFileSync(FIXTURES + path);
  return decodeSample(bytes, sniffEncoding(bytes));
};

describe('sniffDialect', () => {
  it('a `sep=` first line decides, quoted or not, LF or CRLF', () => {
    expect(sniffDialect('sep=;\nDatum;Betrag\n01.09.2026;12,50\n')).toEqual({ delimiter: ';', hasSepLine: true });
    expect(sniffDialect('sep=,\r\n"Facebook follows"\r\n"Date","Primary"\r\n')).toEqual({ delimiter: ',', hasSepLine: true });
    expect(sniffDialect('"sep=\t"\r\na\tb\r\n')).toEqual({ delimiter: '\t', hasSepLine: true });
    expect(sniffDialect('SEP=|\na|b\n')).toEqual({ delimiter: '|', hasSepLine: true });
    // The sep line wins even against what the rows look like.
    expect(sniffDialect('sep=;\na,b,c\n1,2,3\n4,5,6\n')).toEqual({ delimiter: ';', hasSepLine: true });
  });

  it('semicolon files with decimal commas are semicolon files', () => {
    const text = [
      'Datum;Bestellnummer;Betrag;Erstattet;Kampagne',
      '01.09.2026;LK-5001;34,90;;Herbst Aktion 2026',
      '02.09.2026;LK-5002;1.234,56;0,00;Herbst Aktion 2026',
      '03.09.2026;LK-5003;12,50;12,50;Brunch am Sonntag – Familien',
      '04.09.2026;LK-5004;9,95;;',
      '',
    ].join('\r\n');
    expect(sniffDialect(text)).toEqual({ delimiter: ';', hasSepLine: false });
  });

  it('comma files with quoted commas in values are comma files', () => {
    const text = [
      'Campaign name,Day,Amount spent (EUR),CPM (cost per 1,000 impressions) (EUR)',
      '"Promo, Lima",2026-09-01,18.42,7.96',
      '"Herbst Aktion 2026",2026-09-02,"1,250.50",8.10',
      'Brunch am Sonntag – Familien,2026-09-02,9.50,6.42',
      '',
    ].join('\n');
    expect(sniffDialect(text).delimiter).toBe(',');
  });

  it('tab files (UA "TSV for Excel") are tab files', () => {
    const text = 'Day Index\tSessions\tUsers\tBounce Rate\n9/1/26\t41\t37\t45,12%\n9/2/26\t38\t30\t50,00%\n9/3/26\t3,215\t3,001\t48,00%\n';
    expect(sniffDialect(text)).toEqual({ delimiter: '\t', hasSepLine: false });
  });

  it('skips the GA4 `#` preamble and blank lines', () => {
    const text = [
      '# ----------------------------------------',
      '# Traffic acquisition: Session source / medium',
      '# Account: Kaffeerösterei Lindner; Property: lindner-kaffee.de',
      '# Start date: 20260901',
      '# End date: 20260930',
      '# ----------------------------------------',
      '',
      'Session source / medium,Sessions,Engaged sessions,Key events,Total revenue',
      'google / organic,120,80,3,250.5',
      'l.facebook.com / referral,41,27,1,34.9',
      'ig / social,12,9,0,0',
      '',
    ].join('\r\n');
    expect(sniffDialect(text)).toEqual({ delimiter: ',', hasSepLine: false });
  });

  it('ignores a last line the sample may have cut short', () => {
    const text = 'a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11,12,13,14';
    expect(sniffDialect(text).delimiter).toBe(';');
  });

  it('defaults to a comma for a single column', () => {
    expect(sniffDialect('Date\n2026-09-01\n2026-09-02\n')).toEqual({ delimiter: ',', hasSepLine: false });
    expect(sniffDialect('')).toEqual({ delimiter: ',', hasSepLine: false });
  });

  it('the fixtures', () => {
    expect(sniffDialect(fixtureText('meta-insights/facebook-follows.csv'))).toEqual({ delimiter: ',', hasSepLine: true });
    expect(sniffDialect(fixtureText('meta-ads/extra-de-semikolon-tag.csv'))).toEqual({ delimiter: ';', hasSepLine: false });
    expect(sniffDialect(fixtureText('ga4/french-preamble.csv'))).toEqual({ delimiter: ',', hasSepLine: false });
    expect(sniffDialect(fixtureText('ga4/extra-de-semicolon.csv'))).toEqual({ delimiter: ';', hasSepLine: false });
    expect(sniffDialect(fixtureText('generic-ledger/de.csv')).delimiter).toBe(';');
    expect(sniffDialect(fixtureText('shopify-orders/orders-2026-79col.csv')).delimiter).toBe(',');
  });
});
