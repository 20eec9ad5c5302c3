import type { Precision } from '../model/records.js';

/**
 * Plan documents of this corpus were written between the 1990s and now; a
 * four-digit number outside this window is a code or a quantity, not a year.
 */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2099;

export function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

/** Without a year, any day a leap February can hold is accepted. */
export function isDay(year: number | null, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

/** ISO date built from components: Date objects would drag the local time zone in. */
export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A period as the parsers store it: `month` is the LAST month of a quarter or
 * half, so the due date (its last day) needs no further lookup.
 */
export interface Period {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
}

export function firstDay(p: Period): string {
  switch (p.precision) {
    case 'year': return iso(p.year, 1, 1);
    case 'half': return iso(p.year, (p.month ?? 12) - 5, 1);
    case 'quarter': return iso(p.year, (p.month ?? 12) - 2, 1);
    case 'month': return iso(p.year, p.month ?? 12, 1);
    case 'day': return iso(p.year, p.month ?? 12, p.day ?? 31);
  }
}

export function lastDay(p: Period): string {
  if (p.precision === 'year') return iso(p.year, 12, 31);
  const month = p.month ?? 12;
  if (p.precision === 'day') return iso(p.year, month, p.day ?? daysInMonth(p.year, month));
  return iso(p.year, month, daysInMonth(p.year, month));
}
