// Bytes to text: Meta writes UTF-16LE with a BOM, German Excel writes Windows-1252, the rest is
// UTF-8 with or without a BOM.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { containsBinary, decodeSample, isValidUtf8, sniffEncoding } from '../../src/read/decode.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const MBS_TEXT = 'sep=,\r\n"Facebook follows"\r\n"Date","Primary"\r\n"2026-09-01T00:00:00","2"\r\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('sniffEncoding', () => {
  it('UTF-16LE with a BOM (Meta Business Suite)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MBS_TEXT, 'utf16le')]);
    const guess = sniffEncoding(bytes);
    expect(guess).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(decodeSample(bytes, guess)).toBe(MBS_TEXT);
    expect(containsBinary(bytes, guess.encoding)).toBe(false);
  });

  it('UTF-16BE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(MBS_TEXT)]);
    const guess = sniffEncoding(bytes);
    expect(guess).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(decodeSample(bytes, guess)).toBe(MBS_TEXT);
  });

  it('UTF-16 without a BOM, from the NUL bytes of ASCII text', () => {
    const text = 'Date\tSessions\r\n20260901\t41\r\nKaffeerösterei\t3\r\n';
    const le = Buffer.from(text, 'utf16le');
    expect(sniffEncoding(le)).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(decodeSample(le, sniffEncoding(le))).toBe(text);
    const be = utf16be(text);
    expect(sniffEncoding(be)).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    expect(decodeSample(be, sniffEncoding(be))).toBe(text);
  });

  it('UTF-8 with a BOM: the BOM is skipped and not left on the first header', () => {
    const bytes = Buffer.from('\ufeffTag;Kampagnenname;Ausgegebener Betrag (EUR)\r\n2026-09-01;Brunch am Sonntag – Familien;9,50\r\n');
    const guess = sniffEncoding(bytes);
    expect(guess).toEqual({ encoding: 'utf-8', bomLength: 3 });
    const text = decodeSample(bytes, guess);
    expect(text.startsWith('Tag;')).toBe(true);
    expect(text).toContain('Sonntag – Familien;9,50');
  });

  it('UTF-8 without a BOM', () => {
    const bytes = Buffer.from('date,amount,note\n2026-09-05,29.90,Paket beschädigt €\n');
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(decodeSample(bytes, sniffEncoding(bytes))).toBe('date,amount,note\n2026-09-05,29.90,Paket beschädigt €\n');
  });

  it('Windows-1252 from German Excel: ä is the single byte 0xE4', () => {
    const bytes = Buffer.from([...Buffer.from('Datum;Notiz\r\n01.09.2026;Paket besch'), 0xe4, ...Buffer.from('digt;12,50 '), 0x80, 0x0d, 0x0a]);
    const guess = sniffEncoding(bytes);
    expect(guess).toEqual({ encoding: 'windows-1252', bomLength: 0 });
    expect(decodeSample(bytes, guess)).toBe('Datum;Notiz\r\n01.09.2026;Paket beschädigt;12,50 €\r\n');
  });

  it('Windows-1252 even when the odd byte sits in the last bytes of the sample', () => {
    // `Café` + LF: 0xE9 would open a three-byte UTF-8 sequence, but LF is no continuation byte.
    expect(sniffEncoding(Buffer.from([...Buffer.from('name\nCaf'), 0xe9, 0x0a])).encoding).toBe('windows-1252');
    // `ä` + `x`: 0xE4 would open a three-byte sequence, `x` cannot continue it.
    expect(sniffEncoding(Buffer.from([...Buffer.from('name\nS'), 0xe4, 0x78])).encoding).toBe('windows-1252');
    expect(isValidUtf8(Buffer.from([0x41, 0xe4, 0x78]))).toBe(false);
  });

  it('UTF-8 cut inside a character at the end of the sample is still UTF-8', () => {
    const full = Buffer.from('Kampagne,Umsatz\nFrühling 😀,12€');
    // Cut inside the euro sign (3 bytes) and inside the emoji (4 bytes).
    const cutEuro = full.subarray(0, full.length - 1);
    expect(isValidUtf8(cutEuro)).toBe(true);
    expect(sniffEncoding(cutEuro)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(decodeSample(cutEuro, sniffEncoding(cutEuro))).toBe('Kampagne,Umsatz\nFrühling 😀,12'); // the partial € is dropped
    const emojiAt = full.indexOf(Buffer.from('😀'));
    for (const keep of [1, 2, 3]) {
      const cut = full.subarray(0, emojiAt + keep);
      expect(sniffEncoding(cut).encoding, `cut after ${keep} emoji bytes`).toBe('utf-8');
      expect(decodeSample(cut, sniffEncoding(cut))).toBe('Kampagne,Umsatz\nFrühling ');
    }
  });

  it('isValidUtf8 rejects bytes that never occur in UTF-8', () => {
    expect(isValidUtf8(Buffer.from([0xc0, 0x80]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0x80]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xfc, 0x41, 0x41]))).toBe(false); // ü in Windows-1252
    expect(isValidUtf8(Buffer.from([0xc3, 0xbc]))).toBe(true); // ü in UTF-8
    expect(isValidUtf8(new Uint8Array(0))).toBe(true);
  });

  it('the fixtures: MBS files are UTF-16LE with a BOM, the German ledger is Windows-1252', () => {
    const mbs = readFileSync(`${FIXTURES}meta-insights/facebook-follows.csv`);
    expect(sniffEncoding(mbs)).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(decodeSample(mbs, sniffEncoding(mbs)).startsWith('sep=,\r\n"Facebook follows"\r\n')).toBe(true);
    const de = readFileSync(`${FIXTURES}generic-ledger/de.csv`);
    expect(de.includes(0xe4) || de.includes(0xf6) || de.includes(0xfc)).toBe(true);
    expect(sniffEncoding(de)).toEqual({ encoding: 'windows-1252', bomLength: 0 });
    expect(decodeSample(de, sniffEncoding(de))).not.toContain('\ufffd');
  });
});

describe('containsBinary', () => {
  it('finds NUL bytes in 8-bit text (a PNG renamed to .csv) but not in UTF-16', () => {
    const png = readFileSync(`${FIXTURES}broken/not-a-csv.csv`);
    expect(containsBinary(png, sniffEncoding(png).encoding)).toBe(true);
    expect(containsBinary(Buffer.from('a,b\n1,2\n'), 'utf-8')).toBe(false);
    expect(containsBinary(Buffer.from('a\u0000b'), 'windows-1252')).toBe(true);
    expect(containsBinary(Buffer.from('a,b', 'utf16le'), 'utf-16le')).toBe(false);
  });
});
