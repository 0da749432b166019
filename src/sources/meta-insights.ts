// Meta Business Suite insights, one metric per file (formats.md §2.2):
//   sep=,                       (removed before this adapter sees the rows)
//   "Facebook follows"          the metric title
//   "Date","Primary"            further columns after Primary are ignored
//   "2026-09-01T00:00:00","20"
// The title decides the metric and, where it names one, the platform.
import { InputError, say } from '../errors.js';
import { formatDay } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord, type MetricName } from '../model/records.js';
import { CellReader, checkWidth, decideDecimal, missingColumnsError } from './columns.js';
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
interface MetricEntry {
  title: string;
  localized: readonly string[];
  metric: MetricName;
  channel: Platform;
}

const METRICS: readonly MetricEntry[] = [
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
  // Bare titles, as Business Suite writes them into `Follows (1).csv`, `Visits (1).csv`, … (the
  // download names of formats.md §2.2; the brief of issue 9 saw `"Follows"` as the whole title line
  // in real exports). The German and Swedish ones are [GUESS]es, the same words as the Meta Ads and
  // posts headers of §1.4 and §3 (Reichweite/Räckvidd, Aufrufe/Visningar, Link-Klicks/Länkklick).
  { title: 'Follows', localized: ['Follower', 'Follows', 'Följare', 'Abonnés', 'Seguidores'], metric: 'follows', channel: '' },
  { title: 'Visits', localized: ['Besuche', 'Besök', 'Visites', 'Visitas'], metric: 'profileVisits', channel: '' },
  { title: 'Profile visits', localized: ['Profilaufrufe', 'Profilbesuche', 'Profilbesök', 'Visites du profil', 'Visitas al perfil'], metric: 'profileVisits', channel: '' },
  { title: 'Interactions', localized: ['Interaktionen', 'Interaktioner', 'Interacciones'], metric: 'engagements', channel: '' },
  { title: 'Link clicks', localized: ['Link-Klicks', 'Linkklicks', 'Länkklick', 'Clics sur un lien', 'Clics sur le lien', 'Clics en el enlace'], metric: 'linkClicks', channel: '' },
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

/**
 * One block of a file: a title, the `"Date","Primary"` header and its rows. Meta stacks blocks in
 * one download (a Facebook block, then an Instagram block, each with its own title and header), so
 * a file holds one or more. The values are kept until the end of the file, because a title without
 * a platform (`Reach`) takes it from the order of the blocks, known only then; an insights file
 * holds one number per day and block, so this is a few hundred numbers.
 */
interface Section {
  entry: MetricEntry;
  /** The title as written and its line. */
  title: string;
  line: number;
  channel: Platform;
  days: number[];
  values: number[];
  lines: number[];
  /** Days seen, with or without a value, for the gap check. */
  firstDay: number;
  lastDay: number;
}

const PLATFORM_NAMES: Record<Exclude<Platform, ''>, string> = { facebook: 'Facebook', instagram: 'Instagram' };

/**
 * The platform of each block whose title names none. A file of one such block takes it from the
 * file name. Several blocks of one metric are Meta's stacked download: Facebook first, then
 * Instagram (the order of Business Suite's platform switch; seen in real downloads, formats.md has
 * no sample), less the platforms that titled blocks of that metric already name.
 */
function assignPlatforms(sections: Section[], fileName: string): void {
  for (const section of sections) {
    if (section.entry.channel) section.channel = section.entry.channel;
  }
  const metrics = new Set(sections.map((section) => section.entry.metric));
  for (const metric of metrics) {
    const ofMetric = sections.filter((section) => section.entry.metric === metric);
    const untitled = ofMetric.filter((section) => !section.entry.channel);
    if (untitled.length === 0) continue;
    const named = new Set(ofMetric.map((section) => section.entry.channel).filter(Boolean));
    if (ofMetric.length === 1) {
      untitled[0]!.channel = platformOfFileName(fileName);
      continue;
    }
    const free = (['facebook', 'instagram'] as const).filter((platform) => !named.has(platform));
    untitled.forEach((section, index) => {
      section.channel = free[index] ?? '';
    });
  }
}

export const metaInsights: Source = {
  kind: 'meta-insights',
  title: TITLE,
  family: 'insights',
  overlap: 'day',
  signature:
    'a title row naming one metric ("Follows", "Facebook follows", "Reach", "Views" …), then the header "Date","Primary"; UTF-16 with a `sep=,` line as Meta writes it; a Facebook and an Instagram block may follow each other',

  detect(sample) {
    const [title, header] = leadingRows(sample.rows);
    if (!title || !header) return false;
    return singleCell(title.cells) !== null && isHeader(header.cells);
  },

  open(context: SourceContext): RowParser {
    let state: 'title' | 'header' | 'data' = 'title';
    let width = 0;
    let decimal: ReturnType<typeof decideDecimal> | null = null;
    let read: CellReader | null = null;
    let section: Section | null = null;
    const sections: Section[] = [];

    const openTitle = (cells: string[], line: number): void => {
      const title = singleCell(cells);
      if (title === null) {
        throw new InputError(context.file, line, say('MISSING_TITLE', { title: TITLE }));
      }
      const entry = BY_TITLE.get(foldHeader(title));
      if (!entry) {
        throw new InputError(context.file, line, say('UNKNOWN_METRIC', { metric: title, known: METRICS.map((m) => m.title).join(', ') }));
      }
      section = { entry, title, line, channel: '', days: [], values: [], lines: [], firstDay: Infinity, lastDay: -Infinity };
      sections.push(section);
    };

    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        const first = cells[0]!.trim();
        if (state === 'data') {
          // Data rows start with a date, so with a digit; a row of one cell that does not is the
          // title of the next block (a `sep=` line may come before it). Any other row is data, and a
          // bad date in it stops with BAD_DATE.
          const code = first.charCodeAt(0);
          if (!(code >= 48 && code <= 57) && (/^sep=/i.test(first) || singleCell(cells) !== null)) state = 'title';
        }
        if (state === 'title') {
          if (/^sep=/i.test(first)) return;
          openTitle(cells, line);
          state = 'header';
          return;
        }
        if (state === 'header') {
          if (!isHeader(cells)) throw missingColumnsError(context.file, line, TITLE, ['Date', 'Primary']);
          // Every metric here is a count: a `1.234` (a spreadsheet re-save) groups thousands.
          decimal ??= decideDecimal(context, context.sample.rows.filter((row) => row.line > line), { counts: [1], amounts: [] }, line);
          read = new CellReader(context.file, cells.slice(), decimal);
          width = cells.length;
          state = 'data';
          return;
        }
        // Each block's rows against its own header (the blocks of one file may differ in width).
        checkWidth(context.file, line, cells, width);
        const block = section!;
        const reader = read!;
        const day = reader.date(cells, 0, line).day;
        if (day < block.firstDay) block.firstDay = day;
        if (day > block.lastDay) block.lastDay = day;
        let value = reader.number(cells, 1, line);
        if (value !== value) {
          if (!SPARSE_METRICS.has(block.entry.metric)) return; // counted as a missing day
          value = 0;
        }
        block.days.push(day);
        block.values.push(value);
        block.lines.push(line);
      },
      end() {
        if (state !== 'data') {
          throw new InputError(context.file, section ? section.line : null, say('EMPTY_FILE.insights', { title: TITLE, section: sections.length > 1 ? section!.title : '' }));
        }
        assignPlatforms(sections, context.sample.fileName);
        const stacked = sections.length > 1;
        const record = newRecord();
        const descriptors: string[] = [];
        const notes = new Set<string>();
        for (const block of sections) {
          const { entry, channel } = block;
          const sparse = SPARSE_METRICS.has(entry.metric);
          const descriptor = `${channel || 'unknown'}:${entry.metric}`;
          if (!descriptors.includes(descriptor)) descriptors.push(descriptor);
          if (sparse) notes.add(`days missing from a ${entry.metric} file count as 0`);
          if (!channel) {
            context.warn({
              code: 'AMBIGUOUS_PLATFORM',
              ...(stacked ? { variant: 'block', params: { title: block.title, line: block.line } } : { variant: 'file', params: { title: entry.title } }),
              line: block.line,
            });
          }
          const slot = M[entry.metric];
          const values = record.values;
          for (let i = 0; i < block.days.length; i++) {
            resetRecord(record);
            record.day = block.days[i]!;
            record.dayTo = record.day;
            record.channel = channel;
            record.line = block.lines[i]!;
            values[slot] = block.values[i]!;
            context.emit(record);
          }
          if (sparse || block.firstDay > block.lastDay) continue;
          const withValue = new Set(block.days);
          const missing: number[] = [];
          let count = 0;
          for (let day = block.firstDay; day <= block.lastDay; day++) {
            if (withValue.has(day)) continue;
            count++;
            if (missing.length < 3) missing.push(day);
          }
          if (count === 0) continue;
          context.warn({
            code: 'MISSING_DAYS',
            variant: 'insights',
            params: { block: stacked ? { title: block.title, line: block.line } : null, count, first: block.firstDay, last: block.lastDay, missing },
            ...(stacked ? { line: block.line } : {}),
            details: { missingDays: count, firstMissing: missing.map(formatDay) },
          });
        }
        if (stacked) {
          notes.add(
            `blocks: ${sections.map((block) => `${block.title} (${block.channel ? PLATFORM_NAMES[block.channel] : 'no platform'}, line ${block.line})`).join('; ')}`,
          );
        }
        context.describe({ dataset: `meta-insights:${descriptors.join('|')}`, daily: true });
        for (const note of notes) context.describe({ notes: note });
      },
    };
  },
};
