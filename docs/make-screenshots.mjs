// Makes docs/report.png and docs/report-tasks.png: the report of the seeds in
// Debian's headless Chromium (playwright-core, a dev dependency), after `npm run build`.
//   node docs/make-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'plan-extract-shots-'));
const report = join(work, 'report.html');
const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join('seeds', f));
execFileSync(process.execPath, [join(root, 'bin/plan-extract.js'), 'report', ...seeds, '-o', report, '-q'], { cwd: root, stdio: 'inherit' });

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.PLAN_EXTRACT_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  offline: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 1500 },
});
const page = await context.newPage();
await page.goto(pathToFileURL(report).href);
await page.waitForSelector('body[data-ready="true"]');
await page.screenshot({ path: join(root, 'docs/report.png') });
await page.fill('#task-search', '区安监局 2018');
await page.locator('#tasks').scrollIntoViewIfNeeded();
await page.evaluate(() => document.getElementById('matrix').scrollIntoView());
await page.screenshot({ path: join(root, 'docs/report-tasks.png') });
await context.close();
rmSync(work, { recursive: true, force: true });
