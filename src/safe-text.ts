// Text from the inputs (file names, campaign names, column headers, config keys) shown without the
// characters that act on a terminal or a reader instead of being read: C0 and C1 controls (ESC
// starts sequences that recolour the screen or set the window title), DEL, bidirectional
// overrides and isolates (they reorder what is shown), zero-width characters and the line and
// paragraph separators. Each is shown as an escape (`\n`, `\t`, `\u001b`, `\u202e`), so that a
// name still says what it holds and can be found in the file. Applied once, where text leaves
// smroi: the report's sections, the CSV cells, the JSON text and every message on stderr.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// What JSON.stringify leaves raw in a string (it escapes C0 itself).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/y;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** True when the text holds a character escapeControls would escape. */
export function hasControls(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** One line of display text: every control, bidi, zero-width or separator character escaped, line breaks too. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * Text as it is written to a stream or file: the same characters escaped, but the line breaks
 * (the output's own) kept and, with `keepColour`, the colour codes (SGR, `ESC [ ... m`) that chalk
 * added. Input text is escaped before it is coloured, so every ESC left here is smroi's own.
 */
export function safeOutput(text: string, keepColour = false): string {
  return text.replace(UNSAFE_BUT_NEWLINE, (char, offset: number) => {
    if (keepColour && char === '\x1b') {
      SGR.lastIndex = offset;
      if (SGR.test(text)) return char;
    }
    return escapeOne(char);
  });
}

/** JSON text with what JSON.stringify leaves raw in strings (C1, bidi, zero-width, separators) as \uXXXX: the same values, still valid JSON. */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeOne);
}

/** A copy of plain data (objects, arrays) with every string in it escaped as escapeControls does. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)])) as T;
  }
  return value;
}
