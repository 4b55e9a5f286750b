import {fileURLToPath} from 'node:url';

/** A hand-made shop whose board at 2026-11-22 14:00 Shanghai is worked out in triage.test.ts. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/shop', import.meta.url));
export const FIXTURE_NOW = '2026-11-22T14:00:00+08:00';
