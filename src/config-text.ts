// Checks of a configuration's text that JSON.parse does not make: nesting deeper than any
// configuration needs (a file nested 100,000 deep would overflow the stack of what reads it next),
// and a key written twice in one object (JSON.parse silently keeps the last one, so a "margin"
// written twice would be used as the user may not expect). Each becomes a ConfigError (exit 2).
import { ConfigError, formatPath, problem, type ConfigProblem } from './config-errors.js';
import { say } from './errors.js';

/** Deeper than any configuration needs (the deepest key, fx.USD["2026-09-01"], is 3 levels). */
export const MAX_CONFIG_DEPTH = 64;

/** Throws a ConfigError when the text nests deeper than MAX_CONFIG_DEPTH; works on any text, valid JSON or not. */
export function checkConfigDepth(text: string, file: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) i = stringEnd(text, i);
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > MAX_CONFIG_DEPTH) {
        const { line, column } = lineAndColumn(text, i);
        throw new ConfigError(file, [
          problem({
            code: 'CONFIG_TOO_DEEP',
            path: '',
            found: `more than ${MAX_CONFIG_DEPTH} nested objects or lists`,
            expected: 'a configuration object a few levels deep',
            text: say('CONFIG_TOO_DEEP', { depth: MAX_CONFIG_DEPTH, line, column }),
          }),
        ]);
      }
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
}

type Frame = { kind: 'object'; keys: Set<string>; key: string | null } | { kind: 'array'; index: number };

/** Every key written twice in one object, with its JSON path. `text` must be valid JSON (JSON.parse accepted it). */
export function duplicateKeys(text: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const stack: Frame[] = [];
  const pathOf = (frames: readonly Frame[]) => frames.map((frame) => (frame.kind === 'object' ? frame.key ?? '' : frame.index));
  // After a value inside an array the next comma moves to the next index; `expectKey` is true where an object expects a key.
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.key = key;
        if (top.keys.has(key)) {
          const path = formatPath(pathOf(stack));
          problems.push(
            problem({ code: 'CONFIG_DUPLICATE', path, found: 'the key written twice', expected: 'each key once in an object', text: say('CONFIG_DUPLICATE.key', { path, key: shortKey(key) }) }),
          );
        } else top.keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (char === '{') {
      stack.push({ kind: 'object', keys: new Set(), key: null });
      expectKey = true;
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
      expectKey = false;
    } else if (char === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top?.kind === 'object') expectKey = true;
    }
  }
  return problems;
}

/** A key as the message shows it: quoted, and cut when long (a key may be a campaign name). */
function shortKey(key: string): string {
  const text = JSON.stringify(key);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}

/** The index of the quote that closes the string opening at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5c) i++;
    else if (char === 0x22) return i;
  }
  return text.length;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < position; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: position - start + 1 };
}
