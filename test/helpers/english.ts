// Warnings and skip reasons as the English report writes them: adapters and join steps raise
// findings (code, variant, params), the report writes their texts; unit tests read the English ones.
import { skipReasonText, type SkipReason } from '../../src/i18n/skips.js';
import { warningOf, type Finding } from '../../src/i18n/warnings.js';
import type { Warning } from '../../src/report.js';

export function inEnglish(finding: Finding): Warning {
  return warningOf(finding, 'en');
}

export function allInEnglish(findings: readonly Finding[]): Warning[] {
  return findings.map(inEnglish);
}

export function reasonInEnglish(reason: SkipReason): string {
  return skipReasonText(reason, 'en');
}
