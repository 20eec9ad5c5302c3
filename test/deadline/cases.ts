import type { Deadline, Every, Precision } from '../../src/model/records.js';

/** Expected records without their text (the text is the input, lines joined, unless a case says otherwise). */
export type Expected = Omit<Deadline, 'text'>;

export const date = (end: string, precision: Precision, ongoing = false): Expected =>
  ({ kind: 'date', start: null, end, precision, every: null, ongoing });
export const range = (start: string, end: string, precision: Precision, ongoing = false): Expected =>
  ({ kind: 'range', start, end, precision, every: null, ongoing });
export const multiple = (end: string, precision: Precision, ongoing = false): Expected =>
  ({ kind: 'multiple', start: null, end, precision, every: null, ongoing });
export const every = (e: Every): Expected =>
  ({ kind: 'recurring', start: null, end: null, precision: null, every: e, ongoing: false });
export const ongoing = (): Expected =>
  ({ kind: 'ongoing', start: null, end: null, precision: null, every: null, ongoing: true });
export const unspecified = (): Expected =>
  ({ kind: 'unspecified', start: null, end: null, precision: null, every: null, ongoing: false });
