/**
 * What a plan asks of whom by when, counted from the task records alone: so
 * every number here can be recounted from the extraction's own JSON.
 */
import type { DocumentRecord, InputError, Task } from '../model/records.js';

/** Every task falls in exactly one class, by its deadline record. */
export const DEADLINE_CLASSES = ['dated', 'ongoing', 'recurring', 'unspecified', 'none'] as const;
export type DeadlineClass = (typeof DEADLINE_CLASSES)[number];

export interface YearDue {
  year: string;
  /** Dated tasks whose `end` falls in this year: q1 + q2 + q3 + q4 + yearOnly. */
  tasks: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  /** Due "by the end of the year" (precision `year`): no quarter is named. */
  yearOnly: number;
}

export interface UnitCount {
  canonical: string;
  /** Tasks naming the unit (once per task, whatever the number of its variants there). */
  tasks: number;
  /** The names as written that folded into it. */
  names: string[];
}

export interface PlanSummary {
  /** `source` of the document; null for the overall summary. */
  source: string | null;
  title: string | null;
  tasks: number;
  tables: number;
  tableTasks: number;
  listTasks: number;
  deadlines: Record<DeadlineClass, number>;
  dueByYear: YearDue[];
  leads: UnitCount[];
  partners: UnitCount[];
}

export interface RunSummary {
  schemaVersion: 1;
  documents: PlanSummary[];
  overall: PlanSummary & { documents: number };
  errors: InputError[];
}

export function deadlineClass(task: Task): DeadlineClass {
  const d = task.deadline;
  if (!d) return 'none';
  switch (d.kind) {
    case 'ongoing': return 'ongoing';
    case 'recurring': return 'recurring';
    case 'unspecified': return 'unspecified';
    default: return d.end ? 'dated' : 'unspecified';
  }
}

/** Running counts over documents, so a run over many files keeps only numbers. */
export class SummaryBuilder {
  private readonly plans: PlanSummary[] = [];
  private readonly total = emptyPlan(null, null);
  private readonly totalLeads = new Map<string, Tally>();
  private readonly totalPartners = new Map<string, Tally>();

  add(doc: DocumentRecord): PlanSummary {
    const plan = emptyPlan(doc.source, doc.title);
    const leads = new Map<string, Tally>();
    const partners = new Map<string, Tally>();
    const years = new Map<string, YearDue>();
    plan.tables = doc.tables.length;
    for (const task of doc.tasks) {
      plan.tasks++;
      if (task.origin === 'table') plan.tableTasks++;
      else plan.listTasks++;
      const cls = deadlineClass(task);
      plan.deadlines[cls]++;
      if (cls === 'dated') addDue(years, task);
      tallyUnits(leads, task.leadUnits);
      tallyUnits(partners, task.partnerUnits);
    }
    plan.dueByYear = sortedYears(years);
    plan.leads = ranked(leads);
    plan.partners = ranked(partners);
    this.plans.push(plan);
    this.merge(plan, leads, partners);
    return plan;
  }

  result(errors: InputError[]): RunSummary {
    const overall = { ...this.total, leads: ranked(this.totalLeads), partners: ranked(this.totalPartners), documents: this.plans.length };
    return { schemaVersion: 1, documents: this.plans, overall, errors };
  }

  private merge(plan: PlanSummary, leads: Map<string, Tally>, partners: Map<string, Tally>): void {
    const t = this.total;
    t.tasks += plan.tasks;
    t.tables += plan.tables;
    t.tableTasks += plan.tableTasks;
    t.listTasks += plan.listTasks;
    for (const c of DEADLINE_CLASSES) t.deadlines[c] += plan.deadlines[c];
    const years = new Map(t.dueByYear.map((y) => [y.year, { ...y }]));
    for (const y of plan.dueByYear) {
      const into = years.get(y.year) ?? { year: y.year, tasks: 0, q1: 0, q2: 0, q3: 0, q4: 0, yearOnly: 0 };
      into.tasks += y.tasks; into.q1 += y.q1; into.q2 += y.q2; into.q3 += y.q3; into.q4 += y.q4; into.yearOnly += y.yearOnly;
      years.set(y.year, into);
    }
    t.dueByYear = sortedYears(years);
    mergeTallies(this.totalLeads, leads);
    mergeTallies(this.totalPartners, partners);
  }
}

export function summarize(docs: readonly DocumentRecord[], errors: InputError[] = []): RunSummary {
  const b = new SummaryBuilder();
  for (const d of docs) b.add(d);
  return b.result(errors);
}

/** A class's share of the tasks, rounded to 4 places (0 when there are no tasks). */
export function share(count: number, of: number): number {
  return of === 0 ? 0 : Math.round((count / of) * 10_000) / 10_000;
}

interface Tally { tasks: number; names: Set<string> }

function emptyPlan(source: string | null, title: string | null): PlanSummary {
  return {
    source, title, tasks: 0, tables: 0, tableTasks: 0, listTasks: 0,
    deadlines: { dated: 0, ongoing: 0, recurring: 0, unspecified: 0, none: 0 },
    dueByYear: [], leads: [], partners: [],
  };
}

function addDue(years: Map<string, YearDue>, task: Task): void {
  const d = task.deadline!;
  const year = d.end!.slice(0, 4);
  const y = years.get(year) ?? { year, tasks: 0, q1: 0, q2: 0, q3: 0, q4: 0, yearOnly: 0 };
  y.tasks++;
  if (d.precision === 'year' || d.precision === null) y.yearOnly++;
  else {
    const quarter = Math.ceil(Number(d.end!.slice(5, 7)) / 3) as 1 | 2 | 3 | 4;
    y[`q${quarter}`]++;
  }
  years.set(year, y);
}

function tallyUnits(into: Map<string, Tally>, units: Task['leadUnits']): void {
  const seen = new Set<string>();
  for (const u of units) {
    let t = into.get(u.canonical);
    if (!t) into.set(u.canonical, (t = { tasks: 0, names: new Set() }));
    t.names.add(u.name);
    if (!seen.has(u.canonical)) { t.tasks++; seen.add(u.canonical); }
  }
}

function mergeTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
  for (const [k, v] of from) {
    const t = into.get(k);
    if (!t) into.set(k, { tasks: v.tasks, names: new Set(v.names) });
    else { t.tasks += v.tasks; for (const n of v.names) t.names.add(n); }
  }
}

// Code-point order, never the locale's, so output is the same on every machine.
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ranked(tallies: Map<string, Tally>): UnitCount[] {
  return [...tallies]
    .map(([canonical, t]) => ({ canonical, tasks: t.tasks, names: [...t.names].sort(byCodePoint) }))
    .sort((a, b) => b.tasks - a.tasks || byCodePoint(a.canonical, b.canonical));
}

function sortedYears(years: Map<string, YearDue>): YearDue[] {
  return [...years.values()].sort((a, b) => byCodePoint(a.year, b.year));
}
