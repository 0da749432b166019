import { describe, expect, it } from 'vitest';
import { describeDateFormat, describeNumberFormat } from '../../src/read/formats.js';

describe('describeDateFormat', () => {
  it('names the most common date form in the cells', () => {
    expect(describeDateFormat(['date', '2026-09-01', '2026-09-02', 'x'])).toBe('YYYY-MM-DD');
    expect(describeDateFormat(['05.09.2026', '31.01.2026 13:23'])).toBe('DD.MM.YYYY');
    expect(describeDateFormat(['20260901', '20260902'])).toBe('YYYYMMDD');
    expect(describeDateFormat(['2026-09-05 14:23:17 +0200'])).toBe('YYYY-MM-DD HH:MM ±HHMM');
    expect(describeDateFormat(['2026-09-30 22:30'])).toBe('YYYY-MM-DD HH:MM');
    expect(describeDateFormat(['2025/12/31 11:23', '2026/1/2 09:05:00'])).toBe('YYYY/MM/DD HH:MM');
    expect(describeDateFormat(['2025/12/31', '2026/01/02'])).toBe('YYYY/MM/DD');
  });

  it('decides slashed dates from the whole column', () => {
    expect(describeDateFormat(['10/01/2026', '13/01/2026'])).toBe('DD/MM/YYYY');
    expect(describeDateFormat(['10/01/2026', '01/31/2026'])).toBe('MM/DD/YYYY');
    expect(describeDateFormat(['09/05/2026 18:30'])).toBe('MM/DD/YYYY');
  });

  it('is null without dates; amounts and IDs are not dates', () => {
    expect(describeDateFormat(['12.50', '1.250,00', '120246849180540596', '2026'])).toBe(null);
  });
});

describe('describeNumberFormat', () => {
  it('tells grouping and decimal mark apart', () => {
    expect(describeNumberFormat(['12.50', '1400.00'], '.')).toBe('1234.56');
    expect(describeNumberFormat(['"1,500.00"', '1,500.00'], '.')).toBe('1,234.56');
    expect(describeNumberFormat(['1.250,00', '49,90'], ',')).toBe('1.234,56');
    expect(describeNumberFormat(['1\u00a0234,50', '99,00'], ',')).toBe('1 234,56');
    expect(describeNumberFormat(['49,90'], ',')).toBe('1234,56');
  });
});
