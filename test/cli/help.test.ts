// `--help` of every command (found in `smroi --help`, so a new command is covered too) against its
// golden copy in test/cli/golden/help-<command>.txt, taken at COLUMNS=100; every option states its
// default and every help ends with examples; at 80 columns (the default off a terminal) every line
// fits. `smroi schema` prints the schema file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const WIDE = { COLUMNS: '100' };
const top = runCli(['--help'], WIDE).stdout;
const commandNames = top
  .slice(top.indexOf('Commands:\n') + 'Commands:\n'.length)
  .split('\n\n')[0]!
  .split('\n')
  .map((line) => /^  ([a-z][\w-]*)/.exec(line)?.[1])
  .filter((name): name is string => name !== undefined && name !== 'help');
const COMMANDS: [string, string[]][] = [['smroi', []], ...commandNames.map((name): [string, string[]] => [name, [name]])];

/** The entries of the "Options:" section, one string per option (continuation lines joined). */
function optionEntries(help: string): string[] {
  const start = help.indexOf('Options:\n');
  if (start === -1) return [];
  const section = help.slice(start + 'Options:\n'.length).split('\n\n')[0]!;
  return section.split(/\n(?=  -)/).map((entry) => entry.replace(/\s+/g, ' ').trim());
}

describe('--help', () => {
  it('lists the commands audit and schema', () => {
    expect(commandNames).toEqual(expect.arrayContaining(['audit', 'schema']));
  });

  for (const [name, args] of COMMANDS) {
    it(`${name}: matches test/cli/golden/help-${name}.txt, exit 0, on stdout; "smroi help ${name}" is the same`, () => {
      const run = runCli([...args, '--help'], WIDE);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expectGolden(`help-${name}.txt`, run.stdout);
      if (args.length) expect(runCli(['help', ...args], WIDE).stdout).toBe(run.stdout);
    });

    it(`${name}: every option states its default, the help ends with examples, lines fit 100 columns`, () => {
      const help = runCli([...args, '--help'], WIDE).stdout;
      for (const entry of optionEntries(help)) {
        if (/^-h, --help|^-V, --version/.test(entry)) continue;
        expect(entry).toMatch(/\(.*default: [^)]+\)/);
      }
      expect(help).toMatch(/\nExamples:\n(  smroi .*\n)+$/);
      for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    });
  }

  it('smroi --help and audit --help document every exit code', () => {
    for (const help of [top, runCli(['audit', '--help'], WIDE).stdout]) {
      for (const code of ['0  report written', '1  input problem', '2  usage or configuration error', '3  a threshold you set was breached', '4  report written but incomplete']) {
        expect(help).toContain(code);
      }
    }
  });
});

describe('--help at the width of the terminal', () => {
  const words = (text: string) => text.replace(/\s+\\\n\s*/g, ' ').split(/\s+/).filter(Boolean);

  for (const [name, args] of COMMANDS) {
    it(`${name}: at COLUMNS=80 (and with no COLUMNS off a terminal) no line is wider than 80, and no word is lost`, () => {
      const narrow = runCli([...args, '--help'], { COLUMNS: '80' }).stdout;
      expect(runCli([...args, '--help']).stdout).toBe(narrow);
      const widest = Math.max(...narrow.split('\n').map((line) => [...line].length));
      expect(widest).toBeLessThanOrEqual(80);
      expect(widest).toBeGreaterThan(60);
      // The same text as at 100 columns, only wrapped differently (examples may continue with " \").
      expect(words(narrow)).toEqual(words(runCli([...args, '--help'], WIDE).stdout));
    });
  }

  it('re-wraps the option descriptions and the text after them: audit --help at 80 is longer than at 100', () => {
    const narrow = runCli(['audit', '--help'], { COLUMNS: '80' }).stdout.split('\n');
    const wide = runCli(['audit', '--help'], WIDE).stdout.split('\n');
    expect(narrow.length).toBeGreaterThan(wide.length + 10);
    expect(narrow).toContain('  smroi audit ./exports --month last --history ~/smroi-history \\');
    expect(narrow).toContain('  3  a threshold you set was breached (--fail-under-roi, --fail-on-warning);');
    expect(narrow).toContain('     report still written');
  });

  it('a nonsense COLUMNS is ignored (80), and a tiny one is raised to 40', () => {
    expect(runCli(['audit', '--help'], { COLUMNS: 'wide' }).stdout).toBe(runCli(['audit', '--help'], { COLUMNS: '80' }).stdout);
    const tiny = runCli(['audit', '--help'], { COLUMNS: '10' }).stdout;
    expect(tiny).toBe(runCli(['audit', '--help'], { COLUMNS: '40' }).stdout);
    const prose = tiny.split('\n').filter((line) => !/^\s/.test(line));
    expect(Math.max(...prose.map((line) => line.length))).toBeLessThanOrEqual(40);
  });
});

describe('smroi schema', () => {
  it('prints schema/report.schema.json as it is', () => {
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    expect(JSON.parse(run.stdout).properties.previous).toBeDefined();
  });
});
