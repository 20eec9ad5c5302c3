import type { Deadline, Every, Precision } from '../model/records.js';

export function unspecified(text: string): Deadline {
  return { text, kind: 'unspecified', start: null, end: null, precision: null, every: null, ongoing: false };
}

export function ongoing(text: string): Deadline {
  return { text, kind: 'ongoing', start: null, end: null, precision: null, every: null, ongoing: true };
}

export function recurring(text: string, every: Every): Deadline {
  return { text, kind: 'recurring', start: null, end: null, precision: null, every, ongoing: false };
}

export function dated(
  text: string,
  kind: 'date' | 'range' | 'multiple',
  start: string | null,
  end: string,
  precision: Precision,
  isOngoing: boolean,
): Deadline {
  return { text, kind, start, end, precision, every: null, ongoing: isOngoing };
}
