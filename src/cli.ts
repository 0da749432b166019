// The command line: options to AuditOptions, the report to stdout, everything else to stderr.
// The only place that decides how the process ends: 0 report written, 1 input problem, 2 usage,
// 3 a threshold the user set was breached, 4 some files could not be read (the report is written
// all the same in both cases).
import { commanderMessage, languageInArgv } from './i18n/commander.js';
import { isLanguage, languageFromEnv, LANGUAGES, type Language } from './i18n/language.js';
import { STATUS } from './i18n/status.js';
import { escapeControls, safeOutput } from './safe-text.js';
//
// Start-up: a command's module (and so the audit, zod, the renderers) is imported only when that
// command runs, and help texts are laid out only when help is shown (test/cli/startup.test.ts).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { AuditFlags } from './commands/audit.js';
import { EXIT, exitCodeOnClosedPipe, parseRatio } from './commands/audit-flags.js';
import type { DetectFlags } from './commands/detect.js';
import type { EvidenceFlags } from './commands/evidence.js';
import type { ExplainFlags } from './commands/explain.js';
import { DATE_ORDERS, DECIMAL_NAMES } from './config-file.js';
import { formatError, InputError, UsageError } from './errors.js';
import { outputWidth, wrapHelp } from './render/grid.js';
import { CSV_DIALECTS } from './render/csv-dialects.js';
import { FORMATS } from './render/index.js';
import { VERSION } from './version.js';

export { EXIT };

// The channels `smroi explain --channel` accepts (src/model/records.ts CHANNELS; not imported, to keep start-up lean).
const CHANNEL_NAMES = ['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other', 'unknown'];

const EXIT_CODES = `Exit codes:
  0  report written (also when the reader of a pipe closes early, as \`| head\` does)
  1  input problem: the message names the file, the line, what was expected and what to do
  2  usage or configuration error: unknown option, bad date, missing folder, invalid config
  3  a threshold you set was breached (--fail-under-roi, --fail-on-warning); report still written
  4  report written but incomplete: some files could not be read (listed first in it, and on
     stderr); wins over 3. With --strict such a file stops the audit with 1 instead`;

function buildProgram(language: Language): Command & { exitCode: () => number } {
  // Help fits the terminal as the report does: COLUMNS, else the terminal's width, else 80 (the golden
  // copies in test/cli are taken with COLUMNS=100). The text after the options is re-flowed to it.
  const width = outputWidth(process.stdout, process.env);
  const program = new Command('smroi')
    .description('Social-media ROI auditor: what Facebook, Instagram and your analytics claim, against what your sales ledger confirms. Works offline.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'Show help for a command.')
    .configureHelp({ helpWidth: width })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(safeOutput(text)), outputError: (text, write) => write(commanderMessage(text, language)) });

  let exitCode: number = EXIT.ok;
  program
    .command('audit')
    .description('Read every export below DIR and print the ROI report.')
    .argument('<dir>', 'folder holding the exports (searched recursively; hidden files ignored)')
    .addOption(
      new Option('--month <month>', 'the calendar month YYYY-MM, or "last" for the month before today in the configured time zone (default: the days the inputs cover)').conflicts([
        'from',
        'to',
      ]),
    )
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (default: first day in the inputs)')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: last day in the inputs)')
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('table'))
    .addOption(new Option('--json', 'short for --format json (default: off)').conflicts('format'))
    .addOption(new Option('--by <bucket>', 'add a time series per channel and campaign, by day, ISO week (Monday to Sunday) or calendar month, to every format (default: none; the HTML chooses for its timeline)').choices(['day', 'week', 'month']))
    .option('-o, --output <file>', 'write the report to FILE, atomically: a failed run leaves an existing file as it was (default: stdout)')
    .option('--history <dir>', "keep this run's JSON as DIR/YYYY-MM.json (month of the period's last day) and show the trend of the kept months (default: off)")
    .option('--fail-under-roi <ratio>', "exit 3 when social media's ROI (the headline) is below RATIO (0 = break even, -0.2 or -20% = a fifth lost) or unknown (default: off)", parseRatio)
    .addOption(new Option('--roi-basis <basis>', 'the ROI --fail-under-roi judges: social (orders a campaign or a social channel brought), or blended (every sale of the ledgers, as before)').choices(['social', 'blended']).default('social'))
    .option('--fail-on-warning', 'exit 3 when the report has any warning (default: off)')
    .option('--strict', 'stop at the first file that cannot be read, with exit 1 (default: leave it out, list it, exit 4)')
    .option('--timestamp', 'state the generation time in the report as "generatedAt" (default: off; SOURCE_DATE_EPOCH fixes it)')
    .option('--config <file>', 'configuration file (default: DIR/smroi.config.json when present)')
    .option('--map <pairs>', 'ledger columns by generic-ledger field, e.g. date=Belegdatum,order_id=Beleg,amount=Brutto (default: none)')
    .addOption(new Option('--revenue-basis <basis>', 'revenue for profit, ROI on profit and the plan: gross, or net of the VAT the ledgers state (default: "revenueBasis" in the config, else gross)').choices(['gross', 'net']))
    .option('--paid-only', 'count paid orders only: orders still awaiting payment (cash on delivery, invoice, bank transfer) are left out of every figure (default: "paidOnly" in the config, else off: they count and are shown as awaiting payment)')
    .option('--no-paid-only', 'count orders awaiting payment too, also when the config says "paidOnly": true (default: off)')
    .addOption(new Option('--lang <language>', 'language of the report, its warnings and terms: en, de or sv (default: "language" in the config, else LC_ALL, LC_MESSAGES or LANG, else en)').choices(LANGUAGES))
    .addOption(
      new Option(
        '--csv-dialect <dialect>',
        'CSV layout for --format csv: rfc4180 (comma, decimal point), excel-de or excel-sv (semicolon, decimal comma, UTF-8 with BOM, CRLF: opens in columns in German or Swedish Excel) (default: excel-de in German, excel-sv in Swedish, else rfc4180)',
      ).choices(CSV_DIALECTS),
    )
    .addOption(decimalOption())
    .addOption(dateOrderOption())
    .addOption(new Option('--no-color', 'no colour, even on a terminal (default: colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)'))
    .option('-q, --quiet', 'no progress bar and no warning summary on stderr (default: off)')
    .option('--debug', 'timings per file on stderr, and stack traces on unexpected errors (default: off)')
    .addHelpText(
      'after',
      () => wrapHelp(`
Periods: --month 2026-10 is 1 to 31 October; --month last is the month before today in the
configured time zone (SMROI_NOW=YYYY-MM-DD pretends another today). When the inputs also cover
the period of the same length just before (the month before, for whole months), the report
compares the two.

Output: the report goes to stdout, or to --output FILE; a progress bar (on a terminal, after a
second), warnings and errors go to stderr. The same inputs and options give byte-identical output:
the JSON lists each input file's SHA-256, size and rows, and a time only with SOURCE_DATE_EPOCH or
--timestamp. The table report (and this help) fits the terminal's width, or COLUMNS
when set, else 80: a table too wide for it continues, its later columns under the first ones.

Dialects: each file's decimal mark and date order are decided from its own cells. Where they
leave it open (amounts like 1.000 only, dates like 10/01/2026 only), a warning says what was
assumed; --decimal and --date-order (or "decimal" and "dateOrder" in the config) decide instead.
A file whose cells show the other reading keeps it. \`smroi detect DIR\` shows how each file
was read.

Sales: an order placed counts, also while its money is still on its way (Shopify pending,
authorized, partially paid; WooCommerce on-hold; unpaid, invoiced or prepayment orders of a
ledger): the report shows how much of it is awaiting payment. --paid-only leaves those orders
out. Cancelled, voided and failed orders and unfinished checkouts are no sales.
Headline: "Social media" counts the orders a campaign or a social channel (Facebook, Instagram,
TikTok, other social) brought, against every cost; "All sales (blended)" counts every order of
the ledgers, walk-in customers and search included, and is never social media's ROI.

Matching: campaign names are compared by key: Unicode NFKC, URL-decoded, lower-cased, and runs of
spaces, underscores, dashes, dots and slashes made one "-" ("Herbst_Aktion 2026" is
"herbst-aktion-2026"). A Meta campaign ID in a ledger or GA4 campaign field joins the campaign with
that ID. A name no ad export or configuration knows also joins the one known campaign it equals
with German and Nordic letters folded (kuerbiswochen, kurbiswochen: Kürbiswochen), with a
CAMPAIGN_SPELLINGS_JOINED warning. Days are cut in the configured time zone (default: the
system's); timestamps with an offset are converted, plain dates kept.

Coverage: a figure whose exports cover no day of the period is unknown ("–", null in the JSON),
never 0, and --history does not store such a month.

${EXIT_CODES}

Examples:
  smroi audit ./exports
  smroi audit ./exports --month 2026-10
  smroi audit ./exports --from 2026-09-01 --to 2026-09-30 --format markdown -o september.md
  smroi audit ./exports --month last --history ~/smroi-history --fail-under-roi 0 --quiet
  smroi audit ./exports --format csv -o report.csv
  smroi audit ./exports --paid-only
  smroi audit ./exports --json | jq '.campaigns[] | {campaign, roi, verdict}'`, width))
    .action(async (dir: string, flags: AuditFlags) => {
      const { auditCommand } = await import('./commands/audit.js');
      exitCode = await auditCommand(dir, flags, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    });

  program
    .command('detect')
    .description('List every file below DIR as the audit reads it: its kind, encoding, delimiter, number and date format, rows and days; and why a file was skipped.')
    .argument('<dir>', 'folder holding the exports (searched recursively; hidden files ignored)')
    .option('--json', 'print the listing as JSON following smroi.detect/1 (default: a table)')
    .option('--config <file>', 'configuration file: its "map", "decimal", "dateOrder" and "timezone" apply (default: DIR/smroi.config.json when present)')
    .option('--map <pairs>', 'ledger columns by generic-ledger field, as for audit (default: none)')
    .addOption(decimalOption())
    .addOption(dateOrderOption())
    .addOption(new Option('--no-color', 'no colour, even on a terminal (default: colour on a terminal, unless NO_COLOR is set)'))
    .addHelpText(
      'after',
      () => wrapHelp(`
Each file is sampled, recognised and read exactly as \`smroi audit\` does, without a report. Files
read: kind, encoding (BOM when there is one), delimiter, number format (the decimal mark decided),
date format, rows (as the audit counts them), first and last day, and each file's warnings. A
file that cannot be read is listed with its problem (the audit leaves it out). Skipped files: why,
and the kind whose columns the header comes closest to, with the columns it lacks. No cell of a
skipped file is shown: only header cells that match a column name smroi knows.

Exit codes:
  0  listing written (also when files were skipped or cannot be read)
  2  usage or configuration error: unknown option, missing folder, invalid config

Examples:
  smroi detect ./exports
  smroi detect ./exports --json | jq '.skipped[] | {file, closest}'
  smroi detect ./exports --decimal comma --date-order dmy
  smroi detect ./exports --map date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto`, width))
    .action(async (dir: string, flags: DetectFlags) => {
      const { detectCommand } = await import('./commands/detect.js');
      exitCode = await detectCommand(dir, flags, { stdout: process.stdout, env: process.env });
    });

  program
    .command('explain')
    .description("List what one campaign's (or channel's) figures are made of: each order with its file, line and why it belongs, the orders left out, each file and day of ad spend and attention, the costs shared out, and totals equal to the audit's.")
    .argument('<dir>', 'folder holding the exports (searched recursively; hidden files ignored)')
    .option('--campaign <name>', 'the campaign: its name as the report shows it, a spelling the files write, a configured alias or a Meta campaign ID (default: none; give it or --channel)')
    .addOption(new Option('--channel <channel>', 'the channel instead of a campaign (default: none; give it or --campaign)').choices(CHANNEL_NAMES).conflicts('campaign'))
    .addOption(new Option('--month <month>', 'the calendar month YYYY-MM, or "last" (default: the days the inputs cover)').conflicts(['from', 'to']))
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (default: first day in the inputs)')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: last day in the inputs)')
    .option('--config <file>', 'configuration file (default: DIR/smroi.config.json when present)')
    .option('--map <pairs>', 'ledger columns by generic-ledger field, as for audit (default: none)')
    .addOption(decimalOption())
    .addOption(dateOrderOption())
    .option('--paid-only', 'count paid orders only, as for audit (default: "paidOnly" in the config, else off)')
    .option('--strict', 'the first file that cannot be read stops with exit 1 (default: off: such a file is left out, named on stderr, exit 4)')
    .option('--json', 'print the listing as JSON following smroi.explain/1 (default: text)')
    .addOption(new Option('--lang <language>', 'language of the listing (default: "language" in the config, else LC_ALL / LC_MESSAGES / LANG, else en)').choices(LANGUAGES))
    .addHelpText(
      'after',
      () => wrapHelp(`
The folder is audited exactly as \`smroi audit\` audits it, with the same options, and the listing
shows where the campaign's figures come from: each ledger row counted (order reference, date,
amount, refund, file and line) and why it belongs (the campaign the row names, a coupon, a Meta
campaign ID, a configured alias, a spelling joined by folding letters; the channel the file
states or its source), the orders left out (awaiting payment with --paid-only, a copy counted from
a more recent download, which is named; cancelled and failed orders), each file and day
of ad spend, attention and claimed conversions, the configured costs shared out, and the totals,
which equal the audit's figures for the campaign. No customer name, e-mail, phone or address is
shown: a row is named by its file, line and order reference.

Exit codes:
  0  listing written
  1  input problem, as for audit
  2  usage error: no --campaign or --channel, an unknown campaign or a channel without figures
     (the known ones are listed)
  4  listing written, but some files could not be read: left out as the audit leaves them out
     (named on stderr)

Examples:
  smroi explain ./exports --campaign "Herbst Aktion"
  smroi explain ./exports --channel instagram --month 2026-10
  smroi explain ./exports --campaign kuerbiswochen --json | jq '.orders[] | {ref, file, line}'`, width))
    .action(async (dir: string, flags: ExplainFlags) => {
      const { explainCommand } = await import('./commands/explain.js');
      exitCode = await explainCommand(dir, flags, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    });

  program
    .command('evidence')
    .description('Only the evidence section of the audit: did sales move with the ad spend and the reach over time, per channel and per campaign? For shops whose ledger knows no campaigns.')
    .argument('<dir>', 'folder holding the exports (searched recursively; hidden files ignored)')
    .addOption(new Option('--month <month>', 'the calendar month YYYY-MM, or "last" (default: the days the inputs cover)').conflicts(['from', 'to']))
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (default: first day in the inputs)')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: last day in the inputs)')
    .option('--config <file>', 'configuration file: its "margin" sets break-even (default: DIR/smroi.config.json when present)')
    .option('--json', 'print the evidence as JSON following smroi.evidence/1 (default: text)')
    .addOption(new Option('--lang <language>', 'language of the text: en, de or sv (default: "language" in the config, else LC_ALL, LC_MESSAGES or LANG, else en)').choices(LANGUAGES))
    .addHelpText(
      'after',
      () => wrapHelp(`
Daily sales (weekly when most days sell nothing) are set against ad spend that carries over,
allowing for the weekday and a trend, with 95 % intervals from a bootstrap over whole weeks; each
campaign's days against what the weeks before predict. Verdicts: evidence of an effect, no
evidence of an effect that pays back, or too little data (and how many more weeks would tell).
The more weeks of daily data, and the more the spend varies (weeks with and without ads), the
better. Correlation over time is not proof: seasons, weather and holidays are not controlled.

Examples:
  smroi evidence ./exports
  smroi evidence ./exports --json | jq '.channels[] | {channel, effect, interval, verdict}'`, width),
    )
    .action(async (dir: string, flags: EvidenceFlags) => {
      const { evidenceCommand } = await import('./commands/evidence.js');
      exitCode = await evidenceCommand(dir, flags, { stdout: process.stdout, env: process.env });
    });

  program
    .command('init')
    .description('Write a starter DIR/smroi.config.json filled from the exports in DIR, every key explained in DIR/smroi.config.md.')
    .argument('<dir>', 'folder holding the exports')
    .option('--force', 'replace an existing smroi.config.json and smroi.config.md (default: never overwrite)')
    .addOption(new Option('--lang <language>', 'language of the questions and of smroi.config.md: en, de or sv; not en, it is written as "language" too (default: LC_ALL, LC_MESSAGES or LANG, else en)').choices(LANGUAGES))
    .addHelpText('after', () => wrapHelp(`
Fills in what the exports show: campaign names, report currency, time zone. On a terminal it asks
for your margin, hourly rate, hours per channel and an outsourcing quote (Enter skips); with stdin
not a terminal it asks nothing. A summary goes to stderr.

Examples:
  smroi init ./exports
  smroi init ./exports --force < /dev/null`, width))
    .action(async (dir: string, flags: { force?: boolean; lang?: 'en' | 'de' | 'sv' }) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = await initCommand(dir, flags, { stdin: process.stdin, stderr: process.stderr, env: process.env });
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the report (smroi.report/1) that --format json follows.')
    .addHelpText(
      'after',
      () => wrapHelp(`
Examples:
  smroi schema > report.schema.json
  smroi schema | jq '.properties | keys'`, width))
    .action(() => {
      process.stdout.write(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    });

  program.addHelpText(
    'after',
    () => wrapHelp(`
${EXIT_CODES}

Examples:
  smroi audit ./exports
  smroi audit ./exports --month last --format markdown -o report.md
  smroi detect ./exports
  smroi audit --help
  smroi schema`, width));
  return Object.assign(program, { exitCode: () => exitCode });
}

function decimalOption(): Option {
  return new Option(
    '--decimal <mark>',
    'decimal mark for files whose numbers do not show it (amounts like 1.000 only): comma or point (default: "decimal" in the config, else per file: comma in ";" files, else point, with a warning)',
  ).choices(DECIMAL_NAMES);
}

function dateOrderOption(): Option {
  return new Option(
    '--date-order <order>',
    'order of slashed dates for files whose dates do not show it (10/01/2026, no day after the 12th): dmy or mdy (default: "dateOrder" in the config, else mdy, with a warning)',
  ).choices(DATE_ORDERS);
}

export async function main(argv: string[]): Promise<number> {
  // `smroi audit ... | head` closes the pipe early: that is success, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodeOnClosedPipe);
    throw error;
  });
  const debug = argv.includes('--debug');
  // Errors before the configuration is read (commander's, a missing folder) speak --lang, else the
  // locale; an error raised once it was read carries the run's language (InputError.language).
  const language = languageInArgv(argv.slice(2), isLanguage) ?? languageFromEnv(process.env);
  const program = buildProgram(language);
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv);
    return program.exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage; // commander already printed the message
    }
    if (error instanceof InputError) {
      process.stderr.write(`${formatError(error, error.language ?? language)}\n`);
      return EXIT.input;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${formatError(error, error.language ?? language)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${STATUS[language].internal(escapeControls(message))}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${safeOutput(error.stack)}\n`);
    return EXIT.input;
  }
}

process.exitCode = await main(process.argv);
