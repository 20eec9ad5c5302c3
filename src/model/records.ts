/** The records of the data contract (`docs/spec.md`), as written to JSON. */
import type { InputErrorCode, Warning } from './diagnostics.js';
import type { UnitName } from '../units/canonical.js';

export type { Warning } from './diagnostics.js';
export type { UnitName } from '../units/canonical.js';

export type DeadlineKind = 'date' | 'range' | 'recurring' | 'ongoing' | 'multiple' | 'unspecified';
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type Every = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

export interface Deadline {
  /** The phrase as found, its line breaks joined. */
  text: string;
  kind: DeadlineKind;
  /** First day of a range (ISO date), else null. */
  start: string | null;
  /** Last day on which the task is due (ISO date), else null. */
  end: string | null;
  precision: Precision | null;
  every: Every | null;
  ongoing: boolean;
}

export type TaskOrigin = 'table' | 'list';

export interface Task {
  id: string;
  origin: TaskOrigin;
  /** Index of the task table in the document (table tasks only, else null). */
  table: number | null;
  seq: string | null;
  path: string[];
  task: string;
  content: string | null;
  leads: string[];
  partners: string[];
  /** One unit record per name of `leads`, in the same order (see `src/units`). */
  leadUnits: UnitName[];
  /** One unit record per name of `partners`, in the same order. */
  partnerUnits: UnitName[];
  deadline: Deadline | null;
  line: number;
  /** Page the row or item starts on (PDF), else null. */
  page: number | null;
  /** The attachment or sub-plan the task sits in, when the document bundles several; else null. */
  part: string | null;
}

/** A task as the builders make it, before its id and unit records are added. */
export type BuiltTask = Omit<Task, 'id' | 'leadUnits' | 'partnerUnits' | 'part' | 'page'>;

export interface TableRecord {
  index: number;
  title: string;
  columns: string[];
  /** Number of task rows (tasks) the table yielded. */
  rows: number;
  line: number;
}

export interface DocumentRecord {
  source: string;
  format: string;
  encoding: string;
  lineBase: 'line' | 'block';
  title: string | null;
  docNumber: string | null;
  issued: string | null;
  tables: TableRecord[];
  tasks: Task[];
  warnings: Warning[];
}

export interface InputError {
  source: string;
  /** Stable machine-readable code, e.g. `ENOENT`, `UNSUPPORTED_PDF`. */
  code: InputErrorCode;
  message: string;
}

export interface RunOutput {
  schemaVersion: 1;
  documents: DocumentRecord[];
  errors: InputError[];
}
