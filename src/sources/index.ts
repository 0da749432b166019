// The registry: every export kind smroi reads. Adding a kind means one new file and one line here.
import { genericLedger } from './generic-ledger.js';
import type { Source } from './types.js';

export const SOURCES: readonly Source[] = [genericLedger];
