/**
 * The report in a real headless Chromium (Debian's package): it opens with no
 * console error and no request but its own file, draws a Chart.js chart per
 * plan whose bars add up to the plan's dated tasks, shows every plan of the
 * run in the timeline, the matrix and the task table, searches, and links
 * each task to its source line. Skipped, saying so, where Chromium is absent.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunOutput } from '../../src/model/records.js';
import { ROOT, runCli } from '../support/cli.js';
import { CHROMIUM, chromiumAvailable, openBrowser } from './browser.js';

if (!chromiumAvailable) {
  console.warn(`report.browser.test.ts: no Chromium at ${CHROMIUM} — the browser test of the HTML report is SKIPPED. Install it with \`apt-get install -y chromium\` (or set PLAN_EXTRACT_CHROMIUM to its path).`);
}

// The callbacks given to page.evaluate run in the page: its globals, declared
// here (module-scoped) so the project's type-check needs no DOM library.
declare const document: { querySelector(selector: string): any; querySelectorAll(selector: string): ArrayLike<any> & Iterable<any> };
declare const window: any;

const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
const realDir = join(ROOT, '..', 'shared', 'real');
const real = existsSync(realDir) ? readdirSync(realDir).filter((f) => /^\d.*\.txt$/.test(f)).sort().map((f) => `../shared/real/${f}`) : [];
const files = [...seeds, ...real];

describe.skipIf(!chromiumAvailable)('the HTML report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let records: RunOutput;
  const problems: string[] = [];
  const requests: string[] = [];
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-report-'));

  beforeAll(async () => {
    const out = join(dir, 'report.html');
    const run = runCli(['report', ...files, '-o', out, '-q']);
    records = JSON.parse(runCli(files).stdout);
    expect(run.code).toBe(records.errors.length ? 1 : 0);
    url = pathToFileURL(out).href;
    browser = await openBrowser();
    page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => { await browser?.close(); });

  it('opens with no error and requests nothing but its own file', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('shows every plan of the run in the plans table, the timeline, the matrix and the task filter', async () => {
    const docs = records.documents;
    expect(docs.length).toBe(files.length - records.errors.length);
    const titles = docs.map((d) => d.title ?? d.source);
    expect(await page.$$eval('table.plans tbody td.src', (tds) => tds.map((td) => td.textContent))).toEqual(docs.map((d) => d.source));
    const captions = await page.$$eval('figure.timeline figcaption', (fs) => fs.map((f) => f.textContent ?? ''));
    expect(captions).toHaveLength(docs.length);
    captions.forEach((c, i) => expect(c).toContain(titles[i]));
    expect(await page.$$eval('table.matrix thead th', (ths) => ths.slice(2).map((th) => th.getAttribute('title')))).toEqual(titles);
    expect(await page.$$eval('#task-plan option', (os) => os.length)).toBe(docs.length + 1);
    expect(await page.$$eval('#task-table tbody tr', (rs) => rs.length)).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
  });

  it('draws Chart.js bar charts per plan whose bars add up to its tasks: dated by month, the others apart', async () => {
    const charts = await page.evaluate(() => [...document.querySelectorAll('figure.timeline canvas')].map((canvas) => {
      const chart = window.Chart.getChart(canvas) as { data: { datasets: { data: number[] }[] } } | undefined;
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height) as { data: Uint8ClampedArray };
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return { id: canvas.id as string, values: chart ? chart.data.datasets.map((d) => d.data) : null, painted };
    }));
    expect(charts).toHaveLength(2 * records.documents.length);
    records.documents.forEach((doc, i) => {
      const [months, kinds] = [charts[2 * i]!, charts[2 * i + 1]!];
      expect([months.id, kinds.id]).toEqual([`timeline-${i}`, `kinds-${i}`]);
      const cls = (k: string) => doc.tasks.filter((t) => t.deadline && (t.deadline.kind === k || (k === 'unspecified' && !t.deadline.end && !['ongoing', 'recurring'].includes(t.deadline.kind)))).length;
      const dated = doc.tasks.filter((t) => t.deadline?.end && !['ongoing', 'recurring', 'unspecified'].includes(t.deadline.kind)).length;
      expect(months.values!.length).toBe(1);
      expect(months.values![0]!.reduce((a, b) => a + b, 0)).toBe(dated);
      expect(kinds.values).toEqual([[cls('ongoing'), cls('recurring'), cls('unspecified')]]);
      // Axes and labels are drawn even for a plan without tasks.
      expect(months.painted).toBeGreaterThan(100);
      expect(kinds.painted).toBeGreaterThan(100);
    });
    // A plan with dated tasks has its bars on the months they are due.
    const p1 = records.documents[0]!.tasks.filter((t) => t.deadline?.end).map((t) => t.deadline!.end!.slice(0, 7));
    const axis = await page.evaluate(() => window.Chart.getChart(document.querySelector('#timeline-0')).data.labels as string[]);
    const bars = charts[0]!.values![0]!;
    expect(Object.fromEntries(axis.map((m, k) => [m, bars[k]]).filter(([, v]) => v))).toEqual(p1.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {}));
  });

  it('filters the task table as one types', async () => {
    await page.fill('#task-search', '区安监局');
    const visible = await page.$$eval('#task-table tbody tr:not([hidden])', (rs) => rs.map((r) => r.textContent ?? ''));
    const expected = records.documents.flatMap((d) => d.tasks).filter((t) => [...t.leads, ...t.partners].includes('区安监局') || `${t.task}${t.content ?? ''}`.includes('区安监局'));
    expect(visible.length).toBe(expected.length);
    expect(visible.length).toBeGreaterThan(10);
    for (const text of visible) expect(text).toContain('区安监局');
    expect(await page.textContent('#task-count')).toBe(String(visible.length));
    await page.selectOption('#task-plan', 'P1');
    expect(await page.$$eval('#task-table tbody tr:not([hidden])', (rs) => rs.every((r) => r.getAttribute('data-plan') === 'P1'))).toBe(true);
    await page.fill('#task-search', '');
    await page.selectOption('#task-plan', '');
  });

  it('links a task to its source line', async () => {
    const task = records.documents[0]!.tasks[15]!;
    const link = page.locator('#task-table tbody tr[data-plan="P1"] td.line a').nth(15);
    expect(await link.textContent()).toBe(String(task.line));
    await link.click();
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return el ? { id: el.id, value: el.getAttribute('value'), text: el.textContent } : null;
    });
    expect(target).toMatchObject({ id: `P1-L${task.line}`, value: String(task.line) });
    expect(target!.text).toContain(task.task);
  });

  it('takes a screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const png = join(dir, 'report.png');
    await page.screenshot({ path: png, fullPage: false });
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});
