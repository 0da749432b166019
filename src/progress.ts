// A progress bar on stderr by bytes read, for inputs that take more than a second. Only on a
// terminal, never under NO_COLOR, --no-color, --quiet or TERM=dumb; it erases itself when done, so
// nothing of it is left in the scrollback or in a file that stderr was redirected to.
import type { Language } from './i18n/language.js';
import { STATUS } from './i18n/status.js';
import { escapeControls } from './safe-text.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  color?: boolean;
  /** Milliseconds before the bar first appears. */
  delay?: number;
  /** Milliseconds between redraws. */
  interval?: number;
  clock?: () => number;
}

export function progressWanted(options: Pick<ProgressOptions, 'stream' | 'env' | 'quiet' | 'color'>): boolean {
  if (options.quiet || options.color === false) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  if (options.env.TERM === 'dumb') return false;
  return options.stream.isTTY === true;
}

export class ProgressBar {
  private total = 0;
  private done = 0;
  private file = '';
  private readonly started: number;
  private lastDraw = -Infinity;
  private shown = false;
  private readonly delay: number;
  private readonly interval: number;
  private readonly clock: () => number;

  private readonly language: Language;

  constructor(private readonly stream: ProgressStream, options: { delay?: number; interval?: number; clock?: () => number; language?: Language } = {}) {
    this.language = options.language ?? 'en';
    this.delay = options.delay ?? 1000;
    this.interval = options.interval ?? 100;
    this.clock = options.clock ?? (() => performance.now());
    this.started = this.clock();
  }

  start(totalBytes: number): void {
    this.total = totalBytes;
  }

  fileStarted(name: string): void {
    this.file = escapeControls(name);
    this.tick();
  }

  add(bytes: number): void {
    this.done += bytes;
    this.tick();
  }

  /** Erases the bar (when it was drawn). */
  finish(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  private tick(): void {
    const now = this.clock();
    if (now - this.started < this.delay || now - this.lastDraw < this.interval) return;
    this.lastDraw = now;
    this.shown = true;
    this.stream.write(`\r${renderBar(this.done, this.total, this.file, this.stream.columns || 80, this.language)}\x1b[K`);
  }
}

/** `reading  42 % [########............]  12.3 of 29.0 MB  orders.csv`, cut to the terminal's width. */
export function renderBar(done: number, total: number, file: string, columns: number, language: Language = 'en'): string {
  const words = STATUS[language];
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const width = 20;
  const filled = Math.round(fraction * width);
  const percent = `${Math.floor(fraction * 100)}`.padStart(3);
  const text = `${words.reading} ${percent} % [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${megabytes(done, language)} ${words.of} ${megabytes(total, language)} MB  ${file}`;
  const max = Math.max(10, columns - 1);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function megabytes(bytes: number, language: Language): string {
  const text = (bytes / 1_000_000).toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}
