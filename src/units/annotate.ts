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

export function withUnits(task: BuiltTask & { id: string; page: number | null; part: string | null }, namer: UnitNamer): Task {
  const { deadline, line, page, part, ...rest } = task;
  return { ...rest, leadUnits: namer.names(task.leads), partnerUnits: namer.names(task.partners), deadline, line, page, part };
}
