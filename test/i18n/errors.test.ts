// The error catalogue (src/i18n/errors*.ts): every key an error is made with in src/ exists in
// English, German and Swedish, each language reads the same parameters and shows each one the English
// shows, and English is exactly what the errors always said.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, InputError, say, UsageError, describeProblem } from '../../src/errors.js';
import { ERROR_TEXTS, errorCode, type ErrorKey } from '../../src/i18n/errors.js';
import { LANGUAGES } from '../../src/i18n/language.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SRC = join(import.meta.dirname, '..', '..', 'src');
const used = new Set<string>();
for (const file of sourceFiles(SRC)) {
  for (const match of readFileSync(file, 'utf8').matchAll(/\bsay\(\s*'([A-Z0-9_]+(?:\.[A-Za-z0-9]+)?)'/g)) used.add(match[1]!);
  // A ConfigProblem names its code, and the error says it under that code.
  for (const match of readFileSync(file, 'utf8').matchAll(/code: '(CONFIG_[A-Z_]+)'/g)) used.add(match[1]!);
}

/** Calls a text with parameters that record which of them it reads; each string shows as ⟨name⟩. */
function render(key: ErrorKey, language: (typeof LANGUAGES)[number]) {
  const read = new Set<string>();
  const params = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? (read.add(name), `⟨${name}⟩`) : undefined) });
  const words = (ERROR_TEXTS[key][language] as (p: unknown) => { problem: string; hint?: string })(params);
  return { read, text: `${words.problem} ${words.hint ?? ''}` };
}

describe('the error catalogue', () => {
  it('has every key used in src/, and the scan finds the errors there (about 90 sites)', () => {
    expect(used.size).toBeGreaterThan(70);
    const codes = new Set(Object.keys(ERROR_TEXTS).map((key) => errorCode({ key: key as ErrorKey, params: {} })));
    for (const key of used) expect(key in ERROR_TEXTS || codes.has(key), `${key} has no text`).toBe(true);
    for (const key of Object.keys(ERROR_TEXTS)) expect(used.has(key) || /^CONFIG_/.test(key), `${key} is never used`).toBe(true);
  });

  it('gives every text in every language, reading the same parameters and showing those English shows', () => {
    for (const key of Object.keys(ERROR_TEXTS) as ErrorKey[]) {
      const english = render(key, 'en');
      for (const language of LANGUAGES) {
        const { read, text } = render(key, language);
        expect(text.trim().length, `${key} ${language}`).toBeGreaterThan(10);
        expect([...read].sort(), `${key} ${language} reads other parameters`).toEqual([...english.read].sort());
        for (const name of english.read) {
          if (english.text.includes(`⟨${name}⟩`)) expect(text, `${key} ${language} does not show ${name}`).toContain(`⟨${name}⟩`);
        }
        if (language !== 'en') expect(text, `${key} ${language} is English`).not.toBe(english.text);
      }
    }
  });

  it('keeps code and English as before; German and Swedish name the line their way', () => {
    const error = new InputError('kasse.csv', 12, say('MISSING_AMOUNT.ledger'));
    expect(error.code).toBe('MISSING_AMOUNT');
    expect(error.problem).toBe('this order row has no amount.');
    expect(error.message).toBe('kasse.csv:12: this order row has no amount.');
    expect(formatError(error)).toBe('smroi: kasse.csv, line 12: this order row has no amount. Fill in the amount, or mark the order as cancelled. [MISSING_AMOUNT]');
    expect(formatError(error, 'de')).toBe('smroi: kasse.csv, Zeile 12: diese Bestellzeile hat keinen Betrag. Tragen Sie den Betrag ein oder markieren Sie die Bestellung als storniert. [MISSING_AMOUNT]');
    expect(formatError(error, 'sv')).toBe('smroi: kasse.csv, rad 12: den här orderraden saknar belopp. Fyll i beloppet, eller markera ordern som avbruten. [MISSING_AMOUNT]');
    expect(describeProblem(error, 'sv')).toBe('den här orderraden saknar belopp. Fyll i beloppet, eller markera ordern som avbruten.');
  });

  it('puts system errors in words in each language, with their errno code', () => {
    const error = new UsageError(say('HISTORY_NOT_WRITTEN', { dir: '/h', system: 'EACCES' }));
    expect(error.message).toBe('--history /h could not be created: permission denied (EACCES).');
    expect(formatError(error, 'de')).toBe('smroi: --history /h ließ sich nicht anlegen: Zugriff verweigert (EACCES). Wählen Sie einen Ordner, in den Sie schreiben dürfen. [HISTORY_NOT_WRITTEN]');
    expect(formatError(error, 'sv')).toBe('smroi: --history /h gick inte att skapa: åtkomst nekad (EACCES). Välj en mapp som du får skriva i. [HISTORY_NOT_WRITTEN]');
  });
});
