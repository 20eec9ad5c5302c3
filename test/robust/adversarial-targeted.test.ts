/**
 * The stage-by-stage adversarial suite (see stages.ts) on shapes aimed at the
 * table, list and unit code: each of them found a quadratic loop or a stack
 * overflow before it was fixed — lone TAB cells (a spread of 250,000
 * arguments; `rows.every` per group), TAB rows of differing length
 * (re-slicing the pending cells), distinct units (`includes` per unit),
 * a first sentence over many lines (re-testing the growing head), labelled
 * and Traditional clauses (`includes`, `indexOf` from the start).
 *
 * `ROBUST_TIMINGS=1 npx vitest run test/robust` prints the time of every stage and shape.
 */
import { afterAll } from 'vitest';
import { targetedShapes } from './shapes.js';
import { describeStages, printTimings } from './stages.js';

afterAll(printTimings);

describeStages(targetedShapes());
