// Module customization hooks (run in the loader's thread): record each resolved URL.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  const file = process.env.SMROI_MODULE_TRACE;
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}
