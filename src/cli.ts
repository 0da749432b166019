// The command line: options to AuditOptions, the report to stdout, everything else to stderr.
// The only place that decides how the process ends: 0 report written, 1 input problem, 2 usage.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { runAudit } from './audit.js';
import { parseMapOption } from './column-map.js';
import { formatError, InputError, UsageError } from './errors.js';
import { RENDERERS } from './render/index.js';
import { makeStyle, useColor } from './style.js';

const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

interface AuditFlags {
  json?: boolean;
  from?: string;
  to?: string;
  config?: string;
  map?: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

function buildProgram(): Command {
  const program = new Command('smroi')
    .description('Social-media ROI auditor: what Facebook, Instagram and your analytics claim, against what your sales ledger confirms. Works offline.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('audit')
    .description('Read every export below DIR and print the ROI report.')
    .argument('<dir>', 'folder holding the exports (searched recursively; hidden files ignored)')
    .option('--json', 'print the JSON report (smroi.report/1) instead of the table')
    .option('--from <date>', 'first day of the period, YYYY-MM-DD (default: first day in the inputs)')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (default: last day in the inputs)')
    .option('--map <pairs>', 'ledger columns by generic-ledger field, e.g. date=Belegdatum,order_id=Beleg,amount=Brutto')
    .option('--config <file>', 'configuration file (default: DIR/smroi.config.json when present)')
    .addOption(new Option('--no-color', 'no colour, even on a terminal (also: NO_COLOR=1)'))
    .option('-q, --quiet', 'no progress and no warning summary on stderr')
    .option('--debug', 'show internal details (stack traces) on unexpected errors')
    .addHelpText(
      'after',
      `
Matching: campaign names are compared by key: Unicode NFKC, URL-decoded, lower-cased, and runs of
spaces, underscores, dashes, dots and slashes made one "-" ("Herbst_Aktion 2026" = "herbst-aktion-2026").
A Meta campaign ID in a ledger or GA4 campaign field joins the campaign with that ID. Days are cut in the
configured time zone (default: the system's); timestamps with an offset are converted, plain dates kept.

Exit codes: 0 report written, 1 input problem (file and line named), 2 usage or configuration error.

Examples:
  smroi audit ./exports
  smroi audit ./exports --from 2026-09-01 --to 2026-09-30
  smroi audit ./exports --json | jq '.campaigns[] | {campaign, roi, verdict}'`,
    )
    .action(async (dir: string, flags: AuditFlags) => {
      const showProgress = !flags.quiet && process.stderr.isTTY === true;
      const report = await runAudit({
        dir,
        from: flags.from,
        to: flags.to,
        configPath: flags.config,
        map: flags.map === undefined ? undefined : parseMapOption(flags.map),
        onFile: showProgress ? (file, index, total) => process.stderr.write(`\rreading ${index + 1}/${total}: ${file.relativePath}\x1b[K`) : undefined,
      });
      if (showProgress) process.stderr.write('\r\x1b[K');
      const format = flags.json ? 'json' : 'table';
      const style = makeStyle(format === 'table' && useColor(process.stdout, process.env, flags.color === false ? false : undefined));
      await writeOut(RENDERERS[format](report, style));
      if (!flags.quiet && format === 'json' && report.warnings.length) {
        process.stderr.write(`smroi: ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'} (see "warnings" in the JSON)\n`);
      }
    });
  return program;
}

function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

export async function main(argv: string[]): Promise<number> {
  // `smroi audit ... | head` closes the pipe early: that is success, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const debug = argv.includes('--debug');
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage; // commander already printed the message
    }
    if (error instanceof InputError) {
      process.stderr.write(`${formatError(error)}\n`);
      return EXIT.input;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${formatError(error)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`smroi: internal error: ${message}. Rerun with --debug and report it.\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.input;
  }
}

process.exitCode = await main(process.argv);
