// What the command line needs of `smroi audit` before it runs one: the exit codes, the code to end
// with when the reader of stdout goes away, and the parser of --fail-under-roi. Kept apart from
// src/commands/audit.ts so that `smroi --help`, `schema` or `detect` do not load the audit.
import { InvalidArgumentError } from 'commander';

export const EXIT = { ok: 0, input: 1, usage: 2, threshold: 3, incomplete: 4 } as const;

/** Set before the report is written: the exit code to use if the reader of stdout goes away early. */
export let exitCodeOnClosedPipe: number = EXIT.ok;

export function setExitCodeOnClosedPipe(code: number): void {
  exitCodeOnClosedPipe = code;
}

/** `--fail-under-roi 0`, `-0.2` or `10%`: a ratio as in the JSON (0.1 = 10 %). */
export function parseRatio(value: string): number {
  const match = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError('Write a ratio such as 0 or -0.2, or a percentage such as 10%.');
  const number = Number(match[1]);
  return match[2] ? number / 100 : number;
}
