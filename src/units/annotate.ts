/**
 * The hook into the records: a `leadUnits`/`partnerUnits` entry beside each
 * name of `leads`/`partners`, in the same order, placed right after them.
 */
import type { BuiltTask, Task } from '../model/records.js';
import { UnitNamer } from './canonical.js';

let shipped: UnitNamer | null = null;

/** The namer of the shipped alias table, shared so each distinct name is folded once per process. */
export function defaultUnitNamer(): UnitNamer {
  return (shipped ??= new UnitNamer());
}

/** The members that follow the unit records, in this order. */
const AFTER_UNITS = new Set(['deadline', 'line', 'page', 'part']);

export function withUnits(task: BuiltTask & { id: string; page: number | null; part: string | null }, namer: UnitNamer): Task {
  // The task's members in their order, the unit records after `partners`, then
  // AFTER_UNITS: what `{ ...rest, leadUnits, partnerUnits, deadline, line, page, part }`
  // gives, built member by member (V8's object rest was ~8% of a run).
  const out: Record<string, unknown> = {};
  const from = task as unknown as Record<string, unknown>;
  for (const key of Object.keys(from)) if (!AFTER_UNITS.has(key)) out[key] = from[key];
  out.leadUnits = namer.names(task.leads);
  out.partnerUnits = namer.names(task.partners);
  out.deadline = task.deadline;
  out.line = task.line;
  out.page = task.page;
  out.part = task.part;
  return out as unknown as Task;
}
