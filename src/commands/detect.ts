// `smroi detect DIR`: what smroi makes of every file below DIR, without auditing. Each file is read
// exactly as the audit reads it (readFolder in src/audit.ts): the kind it was recognised as, its
// encoding, delimiter, number and date format, the rows and days it holds and its warnings; a file
// that cannot be read is listed with its problem. For a skipped file: why, and the kind its header
// comes closest to with the columns it lacks. No cell of a skipped file is shown: a file without a
// header would show a customer's row; only header cells that match a known column name are named.
// Table (stdout, 100 columns) or JSON (`smroi.detect/1`, see README). Exit 0 when the listing was
// written, also when files were skipped or unreadable; usage problems are thrown (exit 2).
import { escapeStrings, safeJson, safeOutput } from '../safe-text.js';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { dialectOverrides, readFolder, type FileOutcome } from '../audit.js';
import { parseMapOption } from '../column-map.js';
import { loadConfig, type DecimalName } from '../config-file.js';
import { closestKind } from '../detect.js';
import { Dictionary } from '../join/aggregate.js';
import { DayCutter, formatDay, systemTimeZone } from '../read/dates.js';
import { describeDateFormat, describeNumberFormat } from '../read/formats.js';
import { formatCount } from '../render/table.js';
import type { Warning } from '../report.js';
import { warningOf } from '../i18n/warnings.js';
import { skipReasonText } from '../i18n/skips.js';
import { slashOrderEvidence } from '../sources/columns.js';
import { SOURCES } from '../sources/index.js';
import type { SlashOrder, Source } from '../sources/types.js';
import { makeStyle, useColor } from '../style.js';
import { VERSION } from '../version.js';

export const DETECT_SCHEMA = 'smroi.detect/1';


export interface DetectFlags {
  json?: boolean;
  config?: string;
  map?: string;
  decimal?: DecimalName;
  dateOrder?: SlashOrder;
  color?: boolean;
}

/** A warning as the listing shows it (the file is the entry's own). */
export interface ListedWarning {
  code: string;
  message: string;
  line?: number;
  details?: Record<string, unknown>;
}

export interface DetectedFile {
  file: string;
  kind: string;
  title: string;
  family: Source['family'];
  encoding: string;
  /** Whether the file starts with a byte-order mark. */
  bom: boolean;
  delimiter: string;
  /** Whether the first line is a `sep=` line (as Meta and Excel write it). */
  sepLine: boolean;
  /** `1234.56`, `1,234.56`, `1.234,56`, `1 234,56` or `1234,56`. */
  numberFormat: string;
  decimalMark: '.' | ',';
  /** `YYYY-MM-DD`, `DD.MM.YYYY`, `MM/DD/YYYY`, `DD/MM/YYYY`, `YYYYMMDD`, ...; null when the file shows no date. */
  dateFormat: string | null;
  /** Rows read as the audit counts them (records and rows left out); null when the file could not be read. */
  rows: number | null;
  from: string | null;
  to: string | null;
  warnings: ListedWarning[];
  /** What stopped reading the file (the audit leaves it out, exit code 4; --strict stops there, exit 1); null when it was read. */
  error: { code: string; line: number | null; message: string } | null;
}

export interface SkippedFile {
  file: string;
  reason: string;
  /** Number of columns of the first row; null when the file has no text rows. */
  columns: number | null;
  closest: {
    kind: string;
    title: string;
    /** Header cells of the file that match a column of that kind (no other cell is ever shown). */
    found: string[];
    /** Columns of that kind the header lacks, by their English name. */
    missing: string[];
    /** What the kind needs besides its columns, when detection looks for more than a header. */
    signature: string | null;
  } | null;
}

export interface DetectListing {
  schema: typeof DETECT_SCHEMA;
  tool: { name: 'smroi'; version: string };
  dir: string;
  timezone: string;
  overrides: { decimal: DecimalName | null; dateOrder: SlashOrder | null };
  files: DetectedFile[];
  skipped: SkippedFile[];
  /** Warnings about no single file (payments counted from a shop ledger). */
  warnings: ListedWarning[];
}

export interface DetectOptions {
  dir: string;
  configPath?: string;
  map?: Record<string, string>;
  decimal?: DecimalName;
  dateOrder?: SlashOrder;
  sources?: readonly Source[];
}

/** Reads every file below the folder as the audit does and lists what became of it. */
export async function runDetect(options: DetectOptions): Promise<DetectListing> {
  const { config } = await loadConfig(options.dir, options.configPath);
  const timezone = config.timezone ?? systemTimeZone();
  const sources = options.sources ?? SOURCES;
  const read = await readFolder({
    dir: options.dir,
    cutter: new DayCutter(timezone),
    dictionary: new Dictionary(new Map()),
    columnMap: config.map || options.map ? { ...config.map, ...options.map } : undefined,
    ...dialectOverrides(config, options),
    sources,
    keepGoing: true,
  });
  const byFile = new Map<string, ListedWarning[]>();
  const general: ListedWarning[] = [];
  for (const warning of read.warnings) {
    const listed = listedWarning(warningOf(warning, 'en'));
    if (warning.file === undefined) general.push(listed);
    else byFile.set(warning.file, [...(byFile.get(warning.file) ?? []), listed]);
  }
  const files: DetectedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const outcome of read.outcomes) {
    if ('skip' in outcome) skipped.push(skippedFile(outcome, sources));
    else files.push(detectedFile(outcome, byFile.get(outcome.found.relativePath) ?? []));
  }
  return {
    schema: DETECT_SCHEMA,
    tool: { name: 'smroi', version: VERSION },
    dir: options.dir,
    timezone,
    overrides: { decimal: options.decimal ?? config.decimal ?? null, dateOrder: options.dateOrder ?? config.dateOrder ?? null },
    files,
    skipped,
    warnings: general,
  };
}

function listedWarning(warning: Warning): ListedWarning {
  return {
    code: warning.code,
    message: warning.message,
    ...(warning.line !== undefined ? { line: warning.line } : {}),
    ...(warning.details !== undefined ? { details: warning.details } : {}),
  };
}

function detectedFile(outcome: Extract<FileOutcome, { source: Source }>, warnings: ListedWarning[]): DetectedFile {
  const { found, source, sample, encoding, dialect, parsed, error } = outcome;
  const cells = sample.rows.flatMap((row) => row.cells);
  // Slashed dates: as the source read them; else as the cells show; else as the user set; else month first.
  const order = dialect.dateOrder ?? slashOrderEvidence(cells) ?? sample.dateOrderOverride;
  const aggregate = parsed.aggregate;
  const excluded = Object.values(parsed.exclusions).reduce((sum, count) => sum + (count ?? 0), 0);
  return {
    file: found.relativePath,
    kind: source.kind,
    title: source.title,
    family: source.family,
    encoding: encoding.encoding,
    bom: encoding.bomLength > 0,
    delimiter: sample.delimiter,
    sepLine: sample.hasSepLine,
    numberFormat: describeNumberFormat(cells, dialect.decimal),
    decimalMark: dialect.decimal,
    dateFormat: describeDateFormat(cells, order ?? undefined),
    rows: error ? null : aggregate.rows + excluded,
    from: !error && Number.isFinite(aggregate.firstDay) ? formatDay(aggregate.firstDay) : null,
    to: !error && Number.isFinite(aggregate.lastDay) ? formatDay(aggregate.lastDay) : null,
    warnings,
    error: error ? { code: error.code, line: error.line, message: `${error.problem}${error.hint ? ` ${error.hint}` : ''}` } : null,
  };
}

function skippedFile(outcome: Extract<FileOutcome, { skip: unknown }>, sources: readonly Source[]): SkippedFile {
  const { found, skip, sample } = outcome;
  const header = sample?.rows.find((row) => row.cells.some((cell) => cell.trim() !== '' && !cell.startsWith('#')));
  // A file a kind recognised and declined (Source.declines) is no near miss: no closest kind to fix it towards.
  const declined = sample !== null && sources.some((source) => source.declines?.(sample));
  const closest = sample && !declined ? closestKind(sample, sources) : null;
  return {
    file: found.relativePath,
    reason: skipReasonText(skip, 'en'),
    columns: header ? header.cells.length : null,
    closest: closest && {
      kind: closest.source.kind,
      title: closest.source.title,
      found: closest.found,
      missing: closest.missing,
      signature: closest.source.signature ?? null,
    },
  };
}

/** `smroi detect DIR`: the listing to stdout as a table or JSON. Returns the exit code (0). */
export async function detectCommand(
  dir: string,
  flags: DetectFlags,
  terminal: { stdout: NodeJS.WriteStream; env: NodeJS.ProcessEnv },
): Promise<number> {
  const listing = await runDetect({
    dir,
    configPath: flags.config,
    map: flags.map === undefined ? undefined : parseMapOption(flags.map),
    decimal: flags.decimal,
    dateOrder: flags.dateOrder,
  });
  const text = flags.json
    ? `${safeJson(JSON.stringify(listing, null, 2))}\n`
    : await (async () => {
        const style = await makeStyle(useColor(terminal.stdout, terminal.env, flags.color === false ? false : undefined));
        return safeOutput(renderDetectTable(listing, style), style.level > 0);
      })();
  await new Promise<void>((resolve) => terminal.stdout.write(text, () => resolve()));
  return 0;
}

const WIDTH = 100;

/** The listing as tables at most 100 columns wide: files read, then warnings and problems, then skipped files. */
export function renderDetectTable(given: DetectListing, style: ChalkInstance): string {
  // File names, reasons and warnings as text: their control characters escaped before the table lays them out.
  const listing = escapeStrings(given);
  const out: string[] = [];
  const unreadable = listing.files.filter((file) => file.error !== null).length;
  const count = listing.files.length + listing.skipped.length;
  out.push(
    style.bold(
      `smroi detect · ${listing.dir} · ${count} file${count === 1 ? '' : 's'}: ${listing.files.length - unreadable} read${unreadable ? `, ${unreadable} unreadable` : ''}, ${listing.skipped.length} skipped`,
    ),
  );
  const set = [
    listing.overrides.decimal && `--decimal ${listing.overrides.decimal}`,
    listing.overrides.dateOrder && `--date-order ${listing.overrides.dateOrder}`,
  ].filter(Boolean);
  if (set.length) out.push(style.dim(`Where a file's own cells leave it open: ${set.join(', ')}.`));

  if (listing.files.length) {
    out.push('');
    out.push(
      table(
        ['File, kind', 'Encoding', 'Delim', 'Numbers', 'Dates', 'Rows', 'Days'],
        listing.files.map((file) => [
          [...wrapHard(file.file, 24), `  ${file.kind}`, ...(file.error ? ['  (not read)'] : [])].join('\n'),
          `${file.encoding}${file.bom ? ' BOM' : ''}`,
          file.sepLine ? `sep=${file.delimiter}` : delimiterName(file.delimiter),
          file.numberFormat,
          file.dateFormat === null ? '–' : wrapWords(file.dateFormat, 11).join('\n'),
          file.rows === null ? '–' : formatCount(file.rows),
          file.from === null ? '–' : file.from === file.to ? file.from : `${file.from}\n${file.to}`,
        ]),
        [false, false, false, false, false, true, false],
      ),
    );
  }

  const problems = listing.files.filter((file) => file.error !== null);
  if (problems.length) {
    out.push('');
    out.push(style.bold(style.red(`Not readable (${problems.length}): the audit leaves these out (--strict stops at the first)`)));
    for (const file of problems) out.push(wrap(`- ${file.file}${file.error!.line ? `, line ${file.error!.line}` : ''}: ${file.error!.message} [${file.error!.code}]`));
  }

  const warnings = [...listing.files.flatMap((file) => file.warnings.map((warning) => ({ file: file.file, warning }))), ...listing.warnings.map((warning) => ({ file: '', warning }))];
  if (warnings.length) {
    out.push('');
    out.push(style.bold(style.yellow(`Warnings (${warnings.length})`)));
    for (const { file, warning } of warnings) {
      const where = file && !warning.message.includes(file) ? ` (${file}${warning.line ? `:${warning.line}` : ''})` : '';
      out.push(wrap(`- ${warning.message}${where} [${warning.code}]`));
    }
  }

  if (listing.skipped.length) {
    out.push('');
    out.push(style.bold(`Skipped (${listing.skipped.length})`));
    out.push(
      table(
        ['File', 'Why', 'Closest kind'],
        listing.skipped.map((skipped) => [wrapHard(skipped.file, 24).join('\n'), wrapWords(skipped.reason, 32).join('\n'), closestText(skipped).flatMap((part) => wrapWords(part, 34)).join('\n')]),
        [false, false, false],
      ),
    );
    if (listing.skipped.some((skipped) => skipped.closest?.kind === 'generic-ledger' && skipped.closest.missing.length)) {
      out.push('A sales ledger with its own column names is read once they are named (or with "map" in the config):');
      out.push(`  smroi detect ${listing.dir} --map date=<column>,order_id=<column>,amount=<column>`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The closest kind, one part per paragraph: the kind and its score, the columns found, those lacking (or what else it needs). */
function closestText(skipped: SkippedFile): string[] {
  const closest = skipped.closest;
  if (closest === null) return [skipped.columns === null ? '–' : 'none: the header names no column a known kind needs'];
  const total = closest.found.length + closest.missing.length;
  const parts = [`${closest.kind} (${closest.found.length} of ${total} column${total === 1 ? '' : 's'})`, `Has: ${closest.found.join(', ')}.`];
  if (closest.missing.length) parts.push(`Lacks: ${closest.missing.join(', ')}.`);
  else if (closest.signature) parts.push(`Needs: ${closest.signature}.`);
  return parts;
}

function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

function table(head: string[], body: string[][], right: boolean[]): string {
  const result = new Table({
    head,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    colAligns: right.map((flag) => (flag ? 'right' : 'left')),
  });
  for (const row of body) result.push(row);
  return result.toString();
}

/** Text in lines of at most `width` characters, broken at spaces (a longer word is cut, see wrapHard). */
function wrapWords(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const pieces = wrapHard(word, width - indent.length);
    pieces.forEach((piece, index) => {
      if (current && (index > 0 || current.length + 1 + piece.length > width)) {
        lines.push(current);
        current = `${indent}${piece}`;
      } else current = current ? `${current} ${piece}` : piece;
    });
  }
  lines.push(current);
  return lines;
}

/** A path or word in lines of at most `width` characters, broken after a `/`, `-` or `_` where one is near. */
function wrapHard(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const cut = Math.max(rest.lastIndexOf('/', width - 1), rest.lastIndexOf('-', width - 1), rest.lastIndexOf('_', width - 1));
    const at = cut >= width / 2 ? cut + 1 : width;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  lines.push(rest);
  return lines;
}

/** Prose at 100 columns, continuation lines indented under the bullet. */
function wrap(text: string): string {
  return wrapWords(text, WIDTH, '  ').join('\n');
}
