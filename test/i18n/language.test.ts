import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageFromEnv } from '../../src/i18n/language.js';
import { dashed, numberStyle } from '../../src/i18n/numbers.js';
import { plural } from '../../src/i18n/texts.js';

describe('languageFromEnv', () => {
  it('reads LC_ALL before LC_MESSAGES before LANG, as setlocale does', () => {
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageFromEnv({ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8', LC_ALL: 'de_AT.UTF-8' })).toBe('de');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' })).toBe('en');
  });
  it('skips variables that are set but empty', () => {
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'sv_FI.UTF-8' })).toBe('sv');
  });
  it('is English for POSIX, other languages and no locale', () => {
    expect(languageFromEnv({})).toBe('en');
    expect(languageFromEnv({ LANG: 'POSIX' })).toBe('en');
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'de' })).toBe('de');
    expect(languageFromEnv({ LANG: 'de_DE@euro' })).toBe('de');
  });
  it('lets the flag win over the config, and the config over the environment', () => {
    const env = { LANG: 'de_DE.UTF-8' };
    expect(chooseLanguage({ flag: 'sv', config: 'en', env })).toBe('sv');
    expect(chooseLanguage({ config: 'en', env })).toBe('en');
    expect(chooseLanguage({ env })).toBe('de');
  });
});

describe('numberStyle', () => {
  it('keeps the English figures exactly as the report has always printed them', () => {
    const en = numberStyle('en');
    expect([en.money(-1234.565), en.count(5350), en.ratio(2.445), en.percent(-0.4666), en.day('2026-10-31')]).toEqual(['−1,234.57', '5,350', '2.45', '-47 %', '2026-10-31']);
  });
  it('writes German and Swedish numbers as their readers do, rounded half up like the JSON', () => {
    const de = numberStyle('de');
    const sv = numberStyle('sv');
    expect([de.money(-1234.565), de.count(5350), de.ratio(2.445), de.percent(-0.4666), de.day('2026-10-31')]).toEqual(['−1.234,57', '5.350', '2,45', '−47\u00a0%', '31.10.2026']);
    expect([sv.money(1234.56), sv.count(5350), sv.percent(0.47), sv.day('2026-10-31')]).toEqual(['1\u00a0234,56', '5\u00a0350', '47\u00a0%', '2026-10-31']);
    expect(de.money(-0.001)).toBe('0,00');
  });
});

describe('plural', () => {
  it('follows the plural rules of each language', () => {
    const forms = { one: 'Bestellung', other: 'Bestellungen' };
    expect([plural('de', 1, forms), plural('de', 0, forms), plural('de', 2, forms)]).toEqual(['Bestellung', 'Bestellungen', 'Bestellungen']);
  });
});

describe('numberStyle: amounts in sentences, rates and months', () => {
  it('writes an amount with the currency as the reader does: its sign where there is one, the code otherwise', () => {
    const [en, de, sv] = (['en', 'de', 'sv'] as const).map(numberStyle);
    expect([en!.amount(-1234.565, 'EUR'), en!.amount(1313.4, 'SEK')]).toEqual(['−1,234.57 EUR', '1,313.40 SEK']);
    expect([de!.amount(1313.4, 'EUR'), de!.amount(-55.5, 'EUR'), de!.amount(6566.5, 'SEK')]).toEqual(['1.313,40\u00a0€', '−55,50\u00a0€', '6.566,50\u00a0SEK']);
    expect([sv!.amount(6566.5, 'SEK'), sv!.amount(75, 'EUR')]).toEqual(['6\u00a0566,50\u00a0kr', '75,00\u00a0€']);
  });
  it('keeps every decimal of a rate, and writes months and the dashes for unknown figures', () => {
    expect([numberStyle('en').decimal(11.5), numberStyle('de').decimal(11.5), numberStyle('sv').decimal(0.0871)]).toEqual(['11.5', '11,5', '0,0871']);
    expect([numberStyle('en').month('2026-08'), numberStyle('de').month('2026-08'), numberStyle('sv').month('2026-08')]).toEqual(['2026-08', '08/2026', '2026-08']);
    const de = dashed(numberStyle('de'));
    expect([de.money(null), de.money(5146.7), de.count(17760), de.ratio(24.5081), de.percent(31.3267)]).toEqual(['–', '5.146,70', '17.760', '24,51', '3.133\u00a0%']);
  });
});
