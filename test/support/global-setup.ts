/**
 * Says, at the start and again at the end of `npm test`, whether the
 * gold-based tests ran: without the shared folder they are skipped, and a
 * green run must not pass for a scored one.
 */
import { HAS_SHARED, SHARED } from './paths.js';

const SKIPPED = [
  'the seeds scored against the gold (test/e2e/gold.test.ts)',
  'the list and deadline gold tests (test/detect/lists.gold.test.ts, test/deadline/gold.test.ts)',
  'the scoring of the blind corpora (test/e2e/corpora.test.ts)',
  'the schema check of the real pages (test/write/schema.test.ts)',
];

function banner(): string {
  if (HAS_SHARED) return `gold-based tests: run against ${SHARED}\n`;
  return [
    '',
    `!! SKIPPED gold-based tests: ${SHARED} not found.`,
    ...SKIPPED.map((s) => `!!   - ${s}`),
    '!! Put the shared folder beside the checkout, or set PLAN_EXTRACT_SHARED=/path/to/shared.',
    '',
  ].join('\n');
}

export function setup(): () => void {
  process.stdout.write(banner());
  return () => process.stdout.write(banner());
}
