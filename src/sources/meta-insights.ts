// Meta Business Suite insights, one metric per file (formats.md §2.2):
//   sep=,                       (removed before this adapter sees the rows)
//   "Facebook follows"          the metric title
//   "Date","Primary"            further columns after Primary are ignored
//   "2026-09-01T00:00:00","20"
// The title decides the metric and, where it names one, the platform.
import { InputError } from '../errors.js';
import { formatDay } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord, type MetricName } from '../model/records.js';
import { CellReader, decideDecimal, missingColumnsError } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const TITLE = 'Meta Business Suite insights file';

type Platform = 'facebook' | 'instagram' | '';

/**
 * Metric title (as Meta writes it) → canonical metric and platform ('' = the title names none).
 * `title` is the English title [REAL]/[PARSER] (formats.md §2.2, §3); `localized` are the titles
 * of German, Swedish, French and Spanish accounts. None of those has been seen in an export (§7):
 * they are [GUESS]es, modelled on Meta's UI wording (and, for French, on the Ads Manager labels
 * of §1.4), several per metric where the wording is uncertain. Titles are folded before comparison.
 */
const METRICS: readonly { title: string; localized: readonly string[]; metric: MetricName; channel: Platform }[] = [
  {
    title: 'Facebook follows',
    localized: ['Facebook-Follower', 'Facebook-Follows', 'Follows auf Facebook', 'Facebook-följare', 'Följare på Facebook', 'Abonnés Facebook', 'Seguidores de Facebook'],
    metric: 'follows',
    channel: 'facebook',
  },
  {
    title: 'Instagram follows',
    localized: ['Instagram-Follower', 'Instagram-Follows', 'Follows auf Instagram', 'Instagram-följare', 'Följare på Instagram', 'Abonnés Instagram', 'Seguidores de Instagram'],
    metric: 'follows',
    channel: 'instagram',
  },
  {
    title: 'Facebook visits',
    localized: ['Facebook-Besuche', 'Besuche auf Facebook', 'Facebook-besök', 'Besök på Facebook', 'Visites Facebook', 'Visites sur Facebook', 'Visitas de Facebook', 'Visitas a Facebook'],
    metric: 'profileVisits',
    channel: 'facebook',
  },
  {
    title: 'Instagram profile visits',
    localized: [
      'Instagram-Profilaufrufe',
      'Instagram-Profilbesuche',
      'Profilaufrufe auf Instagram',
      'Instagram-profilbesök',
      'Besök på Instagramprofilen',
      'Visites du profil Instagram',
      'Visitas al perfil de Instagram',
    ],
    metric: 'profileVisits',
    channel: 'instagram',
  },
  {
    title: 'Facebook reach',
    localized: ['Facebook-Reichweite', 'Reichweite auf Facebook', 'Facebook-räckvidd', 'Räckvidd på Facebook', 'Couverture Facebook', 'Couverture sur Facebook', 'Alcance de Facebook', 'Alcance en Facebook'],
    metric: 'reach',
    channel: 'facebook',
  },
  {
    title: 'Instagram reach',
    localized: [
      'Instagram-Reichweite',
      'Reichweite auf Instagram',
      'Instagram-räckvidd',
      'Räckvidd på Instagram',
      'Couverture Instagram',
      'Couverture sur Instagram',
      'Alcance de Instagram',
      'Alcance en Instagram',
    ],
    metric: 'reach',
    channel: 'instagram',
  },
  { title: 'Reach', localized: ['Reichweite', 'Räckvidd', 'Couverture', 'Alcance'], metric: 'reach', channel: '' },
  {
    title: 'Facebook link clicks',
    localized: ['Facebook-Link-Klicks', 'Link-Klicks auf Facebook', 'Facebook-länkklick', 'Länkklick på Facebook', 'Clics sur un lien Facebook', 'Clics en el enlace de Facebook'],
    metric: 'linkClicks',
    channel: 'facebook',
  },
  {
    title: 'Instagram link clicks',
    localized: ['Instagram-Link-Klicks', 'Link-Klicks auf Instagram', 'Instagram-länkklick', 'Länkklick på Instagram', 'Clics sur un lien Instagram', 'Clics en el enlace de Instagram'],
    metric: 'linkClicks',
    channel: 'instagram',
  },
  {
    title: 'Content interactions',
    localized: ['Interaktionen mit Inhalten', 'Content-Interaktionen', 'Innehållsinteraktioner', 'Interaktioner med innehåll', 'Interactions avec le contenu', 'Interacciones con el contenido'],
    metric: 'engagements',
    channel: '',
  },
  { title: 'Views', localized: ['Aufrufe', 'Visningar', 'Vues', 'Visualizaciones'], metric: 'impressions', channel: '' },
  { title: 'Viewers', localized: ['Zuschauer', 'Betrachter', 'Tittare', 'Spectateurs', 'Espectadores'], metric: 'reach', channel: '' },
  {
    title: 'Facebook likes',
    localized: ['„Gefällt mir“-Angaben auf Facebook', 'Facebook-„Gefällt mir“-Angaben', 'Gilla-markeringar på Facebook', 'J’aime sur Facebook', 'Me gusta de Facebook'],
    metric: 'likes',
    channel: 'facebook',
  },
  { title: 'Page likes', localized: ['„Gefällt mir“-Angaben der Seite', 'Gilla-markeringar för sidan', 'J’aime la Page', 'Me gusta de la página'], metric: 'likes', channel: 'facebook' },
];
const BY_TITLE = new Map(METRICS.flatMap((entry) => [entry.title, ...entry.localized].map((title) => [foldHeader(title), entry] as const)));

/** Metrics whose files leave out days without a value: a missing day is 0, not a gap. */
const SPARSE_METRICS: ReadonlySet<MetricName> = new Set(['follows']);

/** File-name words that name the platform of a title without one (`Views`, `Content interactions`). */
const PLATFORM_WORDS: Readonly<Record<string, Platform>> = {
  facebook: 'facebook',
  fb: 'facebook',
  instagram: 'instagram',
  ig: 'instagram',
};

/** The header `"Date","Primary"` [REAL]; whether localized exports translate it is unknown (§2.2), so these are [GUESS]es. */
const HEADER = {
  date: new Set(['date', 'datum', 'fecha'].map(foldHeader)),
  primary: new Set(['primary', 'primär', 'primaire', 'principal', 'primario'].map(foldHeader)),
};

/** The title row and the header row: the first two non-blank rows. */
function leadingRows(rows: FileSample['rows']): { cells: string[]; line: number }[] {
  const found: { cells: string[]; line: number }[] = [];
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    found.push(row);
    if (found.length === 2) break;
  }
  return found;
}

/** The only non-empty cell of a row, or null when it has none or several. */
function singleCell(cells: readonly string[]): string | null {
  let value: string | null = null;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (value !== null) return null;
    value = cell.trim();
  }
  return value;
}

function isHeader(cells: readonly string[]): boolean {
  return cells.length >= 2 && HEADER.date.has(foldHeader(cells[0]!)) && HEADER.primary.has(foldHeader(cells[1]!));
}

/**
 * The platform a file name names as a word: `fb-views.csv`, `Instagram Reach (1).csv`,
 * `ShopFB_Views2025.csv` (camel case and digits split words). '' when none or both.
 */
export function platformOfFileName(fileName: string): Platform {
  const words = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  let found: Platform = '';
  for (const word of words) {
    const platform = PLATFORM_WORDS[word];
    if (!platform) continue;
    if (found && found !== platform) return '';
    found = platform;
  }
  return found;
}

export const metaInsights: Source = {
  kind: 'meta-insights',
  title: TITLE,
  family: 'insights',
  overlap: 'day',
  signature: 'a title row naming one metric ("Facebook follows", "Instagram reach", "Views" …), then the header "Date","Primary"; UTF-16 with a `sep=,` line as Meta writes it',

  detect(sample) {
    const [title, header] = leadingRows(sample.rows);
    if (!title || !header) return false;
    return singleCell(title.cells) !== null && isHeader(header.cells);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    const values = record.values;
    let state: 'title' | 'header' | 'data' = 'title';
    let slot = -1;
    let sparse = false;
    let channel: Platform = '';
    let read: CellReader | null = null;
    // Days seen (with or without a value) and days with a value, for the gap check.
    let firstDay = Infinity;
    let lastDay = -Infinity;
    const daysWithValue = new Set<number>();

    const openTitle = (cells: string[], line: number): void => {
      const title = singleCell(cells);
      if (title === null) {
        throw new InputError('MISSING_TITLE', context.file, line, `the ${TITLE} does not start with its metric title.`, 'Export the file again from Meta Business Suite > Insights.');
      }
      const entry = BY_TITLE.get(foldHeader(title));
      if (!entry) {
        throw new InputError(
          'UNKNOWN_METRIC',
          context.file,
          line,
          `the metric "${title}" is not one smroi reads.`,
          `Known metrics: ${METRICS.map((m) => m.title).join(', ')}.`,
        );
      }
      slot = M[entry.metric];
      sparse = SPARSE_METRICS.has(entry.metric);
      channel = entry.channel || platformOfFileName(context.sample.fileName);
      if (!channel) {
        context.warn({
          code: 'AMBIGUOUS_PLATFORM',
          message: `"${entry.title}" exists for Facebook and for Instagram and the file name does not say which; its numbers count for no channel. Put "Facebook" or "Instagram" in the file name.`,
          line,
        });
      }
      context.describe({
        dataset: `meta-insights:${channel || 'unknown'}:${entry.metric}`,
        daily: true,
        ...(sparse ? { notes: `days missing from a ${entry.metric} file count as 0` } : {}),
      });
    };

    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        if (state === 'title') {
          openTitle(cells, line);
          state = 'header';
          return;
        }
        if (state === 'header') {
          if (!isHeader(cells)) throw missingColumnsError(context.file, line, TITLE, ['Date', 'Primary']);
          // Every metric here is a count: a `1.234` (a spreadsheet re-save) groups thousands.
          const rows = context.sample.rows.filter((row) => row.line > line);
          read = new CellReader(context.file, cells.slice(), decideDecimal(context, rows, { counts: [1], amounts: [] }, line));
          state = 'data';
          return;
        }
        const reader = read!;
        const day = reader.date(cells, 0, line).day;
        if (day < firstDay) firstDay = day;
        if (day > lastDay) lastDay = day;
        let value = reader.number(cells, 1, line);
        if (value !== value) {
          if (!sparse) return; // counted as a missing day
          value = 0;
        }
        daysWithValue.add(day);
        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.channel = channel;
        record.line = line;
        values[slot] = value;
        context.emit(record);
      },
      end() {
        if (state !== 'data') {
          throw new InputError('EMPTY_FILE', context.file, null, `the ${TITLE} has no "Date","Primary" header.`, 'Export the file again from Meta Business Suite > Insights.');
        }
        if (sparse || firstDay > lastDay) return;
        const missing: number[] = [];
        let count = 0;
        for (let day = firstDay; day <= lastDay; day++) {
          if (daysWithValue.has(day)) continue;
          count++;
          if (missing.length < 3) missing.push(day);
        }
        if (count === 0) return;
        context.warn({
          code: 'MISSING_DAYS',
          message: `${count} day${count === 1 ? ' is' : 's are'} missing between ${formatDay(firstDay)} and ${formatDay(lastDay)} (${missing.map(formatDay).join(', ')}${count > 3 ? ', …' : ''}); totals of this file leave those days out. Export the full range again.`,
          details: { missingDays: count, firstMissing: missing.map(formatDay) },
        });
      },
    };
  },
};
