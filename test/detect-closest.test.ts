// Source.required and Source.signature (data only, for `smroi detect`) and closestKind: every kind
// says what detection needs; the columns it lists are all found in every fixture of that kind (the
// data agrees with detect()); and a skipped file's header is scored against them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestKind } from '../src/detect.js';
import { sampleFile } from '../src/read/sample.js';
import { SOURCES } from '../src/sources/index.js';
import type { FileSample } from '../src/sources/types.js';
import { FIXTURES } from './helpers/run-source.js';

function sample(text: string, columnMap?: Record<string, string>): FileSample {
  const rows = text.split('\n').filter((line) => line !== '').map((line, index) => ({ cells: line.split(','), line: index + 1 }));
  return { fileName: 'x.csv', text, rows, delimiter: ',', hasSepLine: false, encoding: 'utf-8', ...(columnMap ? { columnMap } : {}) };
}

describe('Source.required and Source.signature', () => {
  it('every kind describes what its detection needs: columns with their English name first, or a signature', () => {
    for (const source of SOURCES) {
      expect((source.required?.length ?? 0) > 0 || source.signature !== undefined, source.kind).toBe(true);
      for (const column of source.required ?? []) {
        expect(column.aliases.length, `${source.kind}.${column.field}`).toBeGreaterThan(0);
        expect(column.aliases[0], `${source.kind}.${column.field}`).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    expect(SOURCES.filter((source) => !source.required).map((source) => source.kind).sort()).toEqual(['datev-buchungsstapel', 'google-ads', 'meta-insights']);
  });

  // Folders of one kind; woocommerce-orders lists WebToffee's columns and describes its other shapes in the signature.
  const kinds = SOURCES.filter((source) => source.required && source.kind !== 'woocommerce-orders');
  for (const source of kinds) {
    const dir = join(FIXTURES, source.kind);
    const files = readdirSync(dir).filter((name) => !name.endsWith('.md') && statSync(join(dir, name)).isFile());
    it(`${source.kind}: each fixture has every required column (${files.length} files)`, async () => {
      for (const name of files) {
        const sampled = await sampleFile(join(dir, name));
        if ('skip' in sampled || !source.detect(sampled.sample)) continue;
        expect(closestKind(sampled.sample, [source])?.missing, name).toEqual([]);
      }
    });
  }
});

describe('closestKind', () => {
  it('picks the kind with the most required columns found, naming the missing ones by their first alias', () => {
    const closest = closestKind(sample('Datum,Betrag,Kunde\n05.09.2026,"12,50",Anna\n'), SOURCES)!;
    expect(closest.source.kind).toBe('generic-ledger');
    expect(closest.found).toEqual(['Datum', 'Betrag']);
    expect(closest.missing).toEqual(['order_id']);
  });

  it('picks by columns found first, then by the fewest missing', () => {
    // Date, order number and net sales: 3 of WooCommerce Analytics' 4 beat 2 of the ledger's 3.
    expect(closestKind(sample('Date,Order #,Net sales\n'), SOURCES)).toMatchObject({ source: { kind: 'woocommerce-analytics' }, missing: ['Customer type'] });
    // order_id and order_date: 2 found for the WooCommerce plugin export (listed first, 3 missing) and the ledger (1 missing).
    expect(closestKind(sample('order_id,order_date\n'), SOURCES)).toMatchObject({ source: { kind: 'generic-ledger' }, missing: ['amount'] });
  });

  it('ignores a currency after the header and counts the names given with --map', () => {
    expect(closestKind(sample('Belegdatum,Beleg-Nr.,Brutto EUR\n'), SOURCES)).toMatchObject({ found: ['Brutto EUR'], missing: ['date', 'order_id'] });
    const mapped = closestKind(sample('Belegdatum,Beleg,Brutto EUR\n', { date: 'Belegdatum' }), SOURCES)!;
    expect(mapped).toMatchObject({ found: ['Belegdatum', 'Brutto EUR'], missing: ['order_id'] });
    expect(closestKind(sample('Amount spent (USD),Day\n'), SOURCES)).toMatchObject({ found: ['Amount spent (USD)', 'Day'], missing: ['campaign name'] });
  });

  it('is null when no header cell is a column any kind needs, or there is no header', () => {
    expect(closestKind(sample('sku,product_name,warehouse\nKL-1,Kaffee,Ost\n'), SOURCES)).toBe(null);
    expect(closestKind(sample('Greta Winter,greta.winter@example.org,Berlin\n'), SOURCES)).toBe(null);
    expect(closestKind(sample(''), SOURCES)).toBe(null);
  });
});
