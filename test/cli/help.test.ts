// `--help` of every command (found in `smroi --help`, so a new command is covered too) against its
// golden copy in test/cli/golden/help-<command>.txt; every option states its default and every
// help ends with examples. `smroi schema` prints the schema file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const top = runCli(['--help']).stdout;
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
      const run = runCli([...args, '--help']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expectGolden(`help-${name}.txt`, run.stdout);
      if (args.length) expect(runCli(['help', ...args]).stdout).toBe(run.stdout);
    });

    it(`${name}: every option states its default, the help ends with examples, lines fit 100 columns`, () => {
      const help = runCli([...args, '--help']).stdout;
      for (const entry of optionEntries(help)) {
        if (/^-h, --help|^-V, --version/.test(entry)) continue;
        expect(entry).toMatch(/\(.*default: [^)]+\)/);
      }
      expect(help).toMatch(/\nExamples:\n(  smroi .*\n)+$/);
      for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    });
  }

  it('smroi --help and audit --help document every exit code', () => {
    for (const help of [top, runCli(['audit', '--help']).stdout]) {
      for (const code of ['0  report written', '1  input problem', '2  usage or configuration error', '3  a threshold you set was breached', '4  report written but incomplete']) {
        expect(help).toContain(code);
      }
    }
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
