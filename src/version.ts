import { createRequire } from 'node:module';

// package.json sits beside src/ and dist/ alike, one folder up.
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
