// Meta Business Suite content export, Facebook posts (formats.md §2.3): one row per post with
// lifetime totals as of the export day. The Instagram posts export (instagram-posts.ts) has the
// same shape, so both are built by postsSource() below.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { foldHeader } from '../read/headers.js';
import { M, newRecord, resetRecord, type Channel } from '../model/records.js';
import { CellReader, checkDuplicateColumns, checkWidth, decideDecimal, hasColumns, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec } from './columns.js';
import type { FileSample, RequiredColumn, RowParser, Source, SourceContext } from './types.js';

/** Columns every posts export needs; the rest are metric columns of the platform. */
export interface PostColumns {
  postId: readonly string[];
  publishTime: readonly string[];
}

export interface PostsSourceSpec<F extends string> {
  kind: string;
  title: string;
  channel: Channel;
  columns: ColumnSpec<F> & PostColumns;
  detect(header: readonly string[]): boolean;
  /** The columns detect() needs (Source.required). */
  required: readonly RequiredColumn[];
  /** Fills likes and engagements of one row into `values` (the rest stay NaN). */
  metrics(values: Float64Array, cells: string[], line: number, read: CellReader, columns: ColumnIndex<F>): void;
}

/** Excel turns long IDs into `1.22158E+17`: the post still counts, but cannot be matched to itself elsewhere. */
const MANGLED_ID = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/**
 * Meta writes a row it could not export as its error text instead of the post (the brief of issue 9
 * saw `An error occurred` rows in real Facebook posts exports). The English text is [REAL] by that
 * report; the other languages are [GUESS]es (formats.md has no localized sample). Folded, prefixes.
 */
const ERROR_TEXTS = [
  'an error occurred',
  'an error has occurred',
  'ein fehler ist aufgetreten',
  'es ist ein fehler aufgetreten',
  'ett fel uppstod',
  'ett fel har uppstatt',
  "une erreur s'est produite",
  'une erreur est survenue',
  'se produjo un error',
  'ocurrio un error',
  'ha ocurrido un error',
].map(foldHeader);

/** True when a cell of the row is Meta's error text. Runs only for rows that cannot be read otherwise. */
function isErrorRow(cells: readonly string[]): boolean {
  for (const cell of cells) {
    if (cell.length < 10) continue;
    const folded = foldHeader(cell);
    if (ERROR_TEXTS.some((text) => folded.startsWith(text))) return true;
  }
  return false;
}

/** Fields of the column tables that hold no count (the rest are metrics). */
const NOT_COUNTS = new Set(['postId', 'publishTime', 'permalink', 'pageId', 'accountUsername', 'accountId']);

export function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export function postsSource<F extends string>(spec: PostsSourceSpec<F>): Source {
  return {
    kind: spec.kind,
    title: spec.title,
    family: 'posts',
    // A post's text keeps its paragraphs (en.csv: 4 lines).
    recordLines: 30,
    overlap: 'none',
    required: spec.required,

    detect(sample) {
      const header = headerRow(sample);
      if (!header || header.cells.length < 4) return false;
      return spec.detect(header.cells);
    },

    open(context: SourceContext): RowParser {
      const record = newRecord();
      let columns: ColumnIndex<F | 'postId' | 'publishTime'> | null = null;
      let reader: CellReader | null = null;
      let width = 0;
      let mangled = 0;
      let firstMangledLine = 0;
      /** Lines of rows that hold Meta's error text instead of a post. */
      const errorLines: number[] = [];
      context.describe({ dataset: spec.kind, daily: true });

      return {
        row(cells, line) {
          if (columns === null) {
            if (isBlankRow(cells)) return;
            const mapped = mapColumns(cells, spec.columns as ColumnSpec<F | 'postId' | 'publishTime'>);
            const missing = (['postId', 'publishTime'] as const).filter((field) => mapped[field] === -1);
            if (missing.length) throw missingColumnsError(context.file, line, spec.title, missing.map((m) => spec.columns[m][0]!));
            checkDuplicateColumns(context.file, line, cells, mapped);
            columns = mapped;
            width = cells.length;
            const timeIndex = mapped.publishTime;
            // Every metric of a posts export is a count: `12.400` (German) or `"12,400"` groups thousands.
            const metricColumns = Object.keys(spec.columns)
              .filter((field) => !NOT_COUNTS.has(field))
              .map((field) => mapped[field as F]);
            const decimal = decideDecimal(
              context,
              context.sample.rows.filter((r) => r.line > line),
              { counts: metricColumns.filter((index) => index !== -1), amounts: [] },
              line,
            );
            reader = new CellReader(context.file, cells.slice(), decimal, slashOrderOf(context, context.sample.rows.map((r) => r.cells[timeIndex] ?? '')));
            return;
          }
          if (isBlankRow(cells)) return;
          checkWidth(context.file, line, cells, width);
          const c = columns;
          const read = reader!;
          const postId = read.text(cells, c.postId);
          if (postId === '' && isErrorRow(cells)) {
            errorLines.push(line);
            return;
          }
          if (postId === '') {
            throw new InputError(context.file, line, say('MISSING_POST_ID'));
          }
          // A row with its post ID but the error text in place of its numbers is left out too.
          let day: number;
          resetRecord(record);
          try {
            day = context.cutter.dayOfParsed(read.date(cells, c.publishTime, line));
            spec.metrics(record.values, cells, line, read, c as ColumnIndex<F>);
            record.values[M.posts] = 1;
          } catch (error) {
            if (error instanceof InputError && isErrorRow(cells)) {
              errorLines.push(line);
              return;
            }
            throw error;
          }
          if (MANGLED_ID.test(postId)) {
            if (mangled++ === 0) firstMangledLine = line;
          } else if (!context.firstSighting(spec.kind, postId)) {
            // Lifetime totals: the same post in two exports (or twice in one) counts once.
            context.exclude('duplicateRowsDropped');
            return;
          }
          record.day = day;
          record.dayTo = day;
          record.channel = spec.channel;
          record.ref = '';
          record.line = line;
          context.emit(record);
        },
        end() {
          if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: spec.title, again: 'exportHeaders' }));
          if (errorLines.length > 0) {
            const count = errorLines.length;
            const shown = errorLines.slice(0, 10);
            context.warn({
              code: 'POSTS_EXPORT_ERROR_ROWS',
              params: { title: spec.title, count, lines: shown },
              line: errorLines[0]!,
              details: { count, lines: shown },
            });
          }
          if (mangled > 0) {
            context.warn({
              code: 'MANGLED_ID',
              variant: 'postIds',
              params: { count: mangled },
              line: firstMangledLine,
              details: { count: mangled },
            });
          }
        },
      };
    },
  };
}

/** Sum of the cells that hold a number; NaN when none does. */
export function sumPresent(...values: number[]): number {
  let total = NaN;
  for (const value of values) {
    if (value !== value) continue;
    total = total !== total ? value : total + value;
  }
  return total;
}

// English names [REAL] (formats.md §2.3); the German ones are [GUESS], modelled on the Instagram
// German header of §3 (Beitrags-ID, Veröffentlichungszeitpunkt, Kommentare, Geteilte Inhalte).
const FACEBOOK_COLUMNS = {
  postId: ['post id', 'beitrags-id'],
  publishTime: ['publish time', 'veröffentlichungszeitpunkt', 'veröffentlichungszeit'],
  permalink: ['permalink'],
  pageId: ['page id', 'seiten-id'],
  accountUsername: ['account username', 'konto-benutzername', 'kontobenutzername'],
  accountId: ['account id', 'konto-id'],
  reactionsCommentsShares: [
    'reactions, comments and shares',
    'reaktionen, kommentare und geteilte inhalte',
    'reaktionen, kommentare und teilungen',
  ],
  reactions: ['reactions', 'reaktionen'],
  comments: ['comments', 'kommentare'],
  shares: ['shares', 'geteilte inhalte', 'teilungen', 'mal geteilt'],
} satisfies ColumnSpec<string>;

export const facebookPosts: Source = postsSource({
  kind: 'facebook-posts',
  title: 'Facebook posts export',
  channel: 'facebook',
  columns: FACEBOOK_COLUMNS,
  required: [
    { field: 'postId', aliases: FACEBOOK_COLUMNS.postId },
    { field: 'publishTime', aliases: FACEBOOK_COLUMNS.publishTime },
    { field: 'permalink', aliases: FACEBOOK_COLUMNS.permalink },
    { field: 'pageId', aliases: FACEBOOK_COLUMNS.pageId },
  ],
  detect(header) {
    const f = FACEBOOK_COLUMNS;
    if (!hasColumns(header, f.postId, f.publishTime, f.permalink, f.pageId)) return false;
    // An Instagram export names its account instead of a page.
    return !hasColumns(header, f.accountUsername) && !hasColumns(header, f.accountId);
  },
  metrics(values, cells, line, read, c) {
    // Posts add only likes and engagements: reach, views and clicks are already counted by the account insights and ad exports.
    const reactions = read.number(cells, c.reactions, line);
    values[M.likes] = reactions;
    const combined = read.number(cells, c.reactionsCommentsShares, line);
    values[M.engagements] =
      combined === combined ? combined : sumPresent(reactions, read.number(cells, c.comments, line), read.number(cells, c.shares, line));
  },
});
