import { describe, expect, it } from 'vitest';
import { makeStyle } from '../src/style.js';

describe('makeStyle', () => {
  it('without colour returns every text as it is, for any chain of styles, as chalk at level 0 does', async () => {
    const style = await makeStyle(false);
    expect(style.bold('Total')).toBe('Total');
    expect(style.bold.yellow('Warnings')).toBe('Warnings');
    expect(style.dim(12)).toBe('12');
    expect(style.red('a', 'b')).toBe('a b');
    expect(style.level).toBe(0);
  });

  it('with colour is chalk at level 1', async () => {
    const style = await makeStyle(true);
    expect(style.bold('Total')).toBe('\u001b[1mTotal\u001b[22m');
    expect(style.level).toBe(1);
  });
});
