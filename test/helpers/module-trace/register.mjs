// `node --import ./test/helpers/module-trace/register.mjs bin/smroi.js ...`: every module the run
// imports (its resolved URL, one a line) is appended to the file named by SMROI_MODULE_TRACE.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
