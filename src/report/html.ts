/**
 * `plan-extract report`: one static HTML file. Chart.js (MIT) and the
 * report's script are inlined, a Content-Security-Policy forbids every
 * request, so the page opens offline and nothing leaves the machine.
 * Deterministic: no dates, no random ids — the same inputs give the same bytes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentRecord, InputError, Task } from '../model/records.js';
import { anchorLine, timeline, unitMatrix, type SourceLine } from './data.js';
import { CLIENT_SCRIPT } from './client.js';
import { summarize, share } from '../summary/summarize.js';

export interface ReportInput {
  doc: DocumentRecord;
  lines: SourceLine[];
}

export interface ReportOptions {
  /** Units shown in the units × plans matrix (0: all). */
  top: number;
}

const COLOURS = { dated: '#2f6db3', ongoing: '#e08a1e', recurring: '#3a9d5d', unspecified: '#9a9a9a' };
const LABELS = { dated: '按期 dated', ongoing: '持续 ongoing', recurring: '定期 recurring', unspecified: '未定 unspecified' };
// Chart.js draws the kinds' labels under their bars: short forms fit.
const KIND_LABELS = { ...LABELS, ongoing: '持续', recurring: '定期', unspecified: '未定' };

/** The bundled Chart.js, read from its package (its UMD build defines `Chart`). */
export async function chartJsSource(): Promise<string> {
  const main = createRequire(import.meta.url).resolve('chart.js');
  return readFile(join(dirname(main), 'chart.umd.min.js'), 'utf8');
}

export async function renderReport(inputs: readonly ReportInput[], errors: readonly InputError[], options: ReportOptions): Promise<string> {
  const docs = inputs.map((i) => i.doc);
  const summary = summarize(docs);
  const time = timeline(docs);
  const matrix = unitMatrix(docs, options.top);
  const data = { timeline: time, colours: COLOURS, labels: KIND_LABELS };
  const chart = await chartJsSource();
  const label = (i: number) => `P${i + 1}`;
  const titleOf = (d: DocumentRecord) => d.title ?? d.source;

  const plansTable = `<table class="plans"><thead><tr><th>#</th><th>plan</th><th>source</th><th>tasks</th><th>tables</th><th>table tasks</th><th>list tasks</th><th>dated</th><th>ongoing</th><th>recurring</th><th>unspecified</th><th>no deadline</th></tr></thead><tbody>${
    summary.documents.map((p, i) => `<tr data-plan="${label(i)}"><td>${label(i)}</td><td>${esc(titleOf(docs[i]!))}</td><td class="src">${esc(p.source ?? '')}</td><td>${p.tasks}</td><td>${p.tables}</td><td>${p.tableTasks}</td><td>${p.listTasks}</td>${
      (['dated', 'ongoing', 'recurring', 'unspecified', 'none'] as const).map((k) => `<td>${p.deadlines[k]}<small> ${pct(p.deadlines[k], p.tasks)}</small></td>`).join('')}</tr>`).join('')
  }</tbody></table>`;

  const timelines = docs.map((d, i) => {
    const p = time.plans[i]!;
    const dated = Object.values(p.months).reduce((a, b) => a + b, 0);
    return `<figure class="timeline" data-plan="${label(i)}"><figcaption><b>${label(i)}</b> ${esc(titleOf(d))} <small>${dated} dated · ${p.ongoing} ongoing · ${p.recurring} recurring · ${p.unspecified} unspecified · ${p.none} no deadline</small></figcaption><div class="charts"><div class="chart"><canvas id="timeline-${i}" role="img" aria-label="${esc(`${label(i)} dated tasks by due month`)}"></canvas></div><div class="chart"><canvas id="kinds-${i}" role="img" aria-label="${esc(`${label(i)} ongoing, recurring and unspecified tasks`)}"></canvas></div></div></figure>`;
  }).join('\n');

  const max = Math.max(1, ...matrix.flatMap((r) => r.cells.map((c) => c.tasks)));
  const matrixTable = `<table class="matrix"><thead><tr><th>unit</th><th>all</th>${docs.map((d, i) => `<th title="${esc(titleOf(d))}">${label(i)}</th>`).join('')}</tr></thead><tbody>${
    matrix.map((r) => `<tr><th scope="row" title="${esc(r.names.join('、'))}">${esc(r.canonical)}</th><td class="total">${r.total}</td>${
      r.cells.map((c) => c.tasks
        ? `<td style="--v:${(c.tasks / max).toFixed(3)}" title="${c.lead} lead, ${c.partner} partner">${c.tasks}</td>`
        : '<td class="zero"></td>').join('')}</tr>`).join('')
  }</tbody></table>`;

  const taskRows = docs.map((d, i) => d.tasks.map((t) => taskRow(t, i, label(i), inputs[i]!.lines)).join('')).join('');
  const taskTable = `<div class="filters"><input type="search" id="task-search" placeholder="search tasks, units, deadlines… 搜索" aria-label="search tasks"> <select id="task-plan" aria-label="plan"><option value="">all plans</option>${
    docs.map((d, i) => `<option value="${label(i)}">${label(i)} ${esc(truncate(titleOf(d), 40))}</option>`).join('')}</select> <span><b id="task-count">${summary.overall.tasks}</b> tasks</span></div>
<table id="task-table"><thead><tr><th>plan</th><th>seq</th><th>task</th><th>leads</th><th>partners</th><th>deadline</th><th>line</th></tr></thead><tbody>${taskRows}</tbody></table>`;

  const sources = inputs.map(({ doc, lines }, i) => `<section class="source" id="source-${label(i)}"><h3>${label(i)} ${esc(titleOf(doc))} <small>${esc(doc.source)} · ${doc.lineBase === 'line' ? 'lines of the text' : 'blocks of the document'}</small></h3><ol>${
    lines.map((l) => `<li id="${label(i)}-L${l.line}" value="${l.line}">${esc(l.text)}</li>`).join('')}</ol></section>`).join('\n');

  const failed = errors.length ? `<p class="errors">Not read: ${errors.map((e) => `${esc(e.source)} (${esc(e.code)}: ${esc(e.message)})`).join('; ')}</p>` : '';

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-extract">
<title>plan-extract report: ${docs.length} plans</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>Plans report <small>plan-extract</small></h1><p>${docs.length} plans · ${summary.overall.tasks} tasks · ${summary.overall.tables} task tables</p>
<nav><a href="#plans">plans</a> · <a href="#timeline">deadline timeline</a> · <a href="#matrix">units × plans</a> · <a href="#tasks">tasks</a> · <a href="#sources">sources</a></nav></header>
<main>
<section id="plans"><h2>Plans</h2>${failed}${plansTable}</section>
<section id="timeline"><h2>Deadlines by month</h2><p class="note">Dated tasks by the month they are due (a deadline “by the end of 2020” counts in 2020-12), all plans on one axis; at the right, apart, the tasks with no due date: 持续 ongoing, 定期 recurring, 未定 unspecified.</p>
${timelines}</section>
<section id="matrix"><h2>Units × plans</h2><p class="note">Tasks naming each unit as lead or partner, by canonical name (hover a name for the names as written, a cell for lead/partner).${options.top > 0 && matrix.length === options.top ? ` The ${options.top} units with the most tasks.` : ''}</p><div class="scroll">${matrixTable}</div></section>
<section id="tasks"><h2>Tasks</h2>${taskTable}</section>
<section id="sources"><h2>Sources</h2>${sources}</section>
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${scriptText(chart)}</script>
<script>${scriptText(CLIENT_SCRIPT)}</script>
</body>
</html>
`;
}

function taskRow(t: Task, plan: number, label: string, lines: readonly SourceLine[]): string {
  const anchor = anchorLine(lines, t.line);
  // The name as written (as in the source), and the canonical name it is counted under when they differ.
  const units = (us: Task['leadUnits']) => us.map((u) => `<span class="unit">${esc(u.name)}${
    u.canonical === u.name ? '' : `<small class="canon"> → ${esc(u.canonical)}</small>`}</span>`).join('');
  const d = t.deadline;
  const deadline = d ? `${esc(d.text || '—')}<small class="kind k-${d.kind}">${d.kind}${d.end ? ` ${d.end}` : ''}</small>` : '<small class="kind">none</small>';
  // The whole content, clamped by CSS, so the search sees all of it.
  const content = t.content ? `<div class="content">${esc(t.content)}</div>` : '';
  const link = anchor === null ? String(t.line) : `<a href="#${label}-L${anchor}">${t.line}</a>`;
  return `<tr data-plan="${label}" data-doc="${plan}"><td>${label}</td><td>${esc(t.seq ?? '')}</td><td>${esc(t.task)}${content}</td><td>${units(t.leadUnits)}</td><td>${units(t.partnerUnits)}</td><td>${deadline}</td><td class="line">${link}</td></tr>`;
}

const pct = (n: number, of: number) => `${(share(n, of) * 100).toFixed(0)}%`;

function truncate(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : s;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside `<script>`: `<` escaped so no text can close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

function scriptText(js: string): string {
  return js.replace(/<\/(script)/giu, '<\\/$1');
}

const CSS = `
:root{--ink:#1d2330;--muted:#5b6475;--line:#dde2ea;--accent:#2f6db3;--bg:#fff;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif}
body{margin:0;color:var(--ink);background:var(--bg);font-size:14px;line-height:1.45}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:#f6f8fb}
h1{margin:0;font-size:22px}h1 small{color:var(--muted);font-weight:normal;font-size:14px}
h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 6px}
header p{margin:4px 0}nav a{color:var(--accent)}
main{padding:0 24px 48px}
small{color:var(--muted)}
table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}
thead th{background:#f0f3f8;position:sticky;top:0}
table.plans td:nth-child(n+4){text-align:right}
td.src{color:var(--muted);font-size:12px}
.note{color:var(--muted);margin:0 0 8px}
figure.timeline{margin:8px 0 14px;border:1px solid var(--line);border-radius:4px;padding:6px 8px}
figcaption{font-size:13px}
.charts{display:grid;grid-template-columns:1fr 230px;gap:12px}
.chart{position:relative;height:150px}
.scroll{overflow:auto;max-height:560px}
table.matrix td{text-align:right;min-width:2.2em;background:rgba(47,109,179,calc(var(--v,0)*0.85));color:var(--ink)}
table.matrix td.total{background:#f6f8fb;font-weight:bold}
table.matrix th[scope=row]{white-space:nowrap;font-weight:normal}
.filters{position:sticky;top:0;background:var(--bg);padding:6px 0;z-index:2}
#task-search{width:24em;padding:4px 6px;font-size:14px}
#task-table{width:100%}
#task-table td:nth-child(3){min-width:22em;max-width:40em}
.content{color:var(--muted);font-size:12px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;line-clamp:4;overflow:hidden}
#task-table tr:hover .content{-webkit-line-clamp:unset;line-clamp:unset}
.canon{color:#47689a}
.unit{display:inline-block;background:#eef3fa;border-radius:3px;padding:0 4px;margin:1px 2px;font-size:12px;white-space:nowrap}
.kind{display:block}.k-ongoing{color:#b86b0c}.k-recurring{color:#2c7a47}.k-unspecified{color:#888}
td.line a{color:var(--accent)}
section.source ol{max-height:320px;overflow:auto;border:1px solid var(--line);margin:0;padding:4px 4px 4px 4.5em;font-size:12px;white-space:pre-wrap}
section.source li:target{background:#fff3c4;outline:2px solid #e0b400}
.errors{color:#a33}
`;
