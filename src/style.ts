// Colour is decided once: on for a terminal, off for pipes and files, off under NO_COLOR,
// forced by FORCE_COLOR. Business code never calls chalk directly. Without colour chalk is not
// loaded at all: the plain style returns every text as it is, as chalk does at level 0.
import type { ChalkInstance } from 'chalk';

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (flag === true) return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export async function makeStyle(color: boolean): Promise<ChalkInstance> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

/**
 * Any chain of styles (style.bold, style.bold.yellow) called on texts: the texts joined by a space,
 * unchanged. Not a thenable ("then" is undefined), so that it can be returned from an async function.
 */
const PLAIN: ChalkInstance = new Proxy((...texts: unknown[]) => (texts.length === 1 ? `${texts[0]}` : texts.join(' ')), {
  get: (_target, key) => (key === 'level' ? 0 : typeof key === 'symbol' || key === 'then' ? undefined : PLAIN),
}) as unknown as ChalkInstance;
