#!/usr/bin/env node
/**
 * Benchmark of plan-extract (`npm run bench`; builds dist/ first if missing).
 * Every case is timed against its floor in the same run — the least any tool
 * must do with the same bytes (bench/floor.mjs) — and reported as a ratio,
 * because the machines are shared and noisy: seconds mean little, ratios
 * measured side by side do. Each case runs several times, floor and tool
 * interleaved, and the median of each is kept. Peak RSS comes from
 * /usr/bin/time when present, else from the child's own resourceUsage.
 *
 * Corpora are built in a temporary folder and removed at the end:
 *  - the seeds copied 200 times under distinct names (1,000 text files);
 *  - a 16,000-row .docx task table and a 16,000-row HTML task table;
 * (no PDF case: PDF input is refused, there is nothing to time).
 * The results go to bench/results.json. `BENCH_RUNS=N` changes the runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const FLOOR = join(ROOT, 'bench', 'floor.mjs');
const SEEDS = join(ROOT, 'seeds');
const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const node = (args) => [process.execPath, ...args];
const cli = (args) => node([BIN, ...args]);
/** The output is thrown away (to /dev/null, opened write-only as a shell's `>` does). */
const DEVNULL = openSync('/dev/null', 'w');

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
const results = { node: process.version, cores: availableParallelism(), runs: RUNS, date: new Date().toISOString(), cases: [] };
try {
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  const files = [];
  for (let i = 0; i < 200; i++) {
    for (const f of seedFiles) {
      const path = join(corpus, `${String(i).padStart(3, '0')}_${f}`);
      writeFileSync(path, readFileSync(join(SEEDS, f)));
      files.push(path);
    }
  }
  const list = join(work, 'files.txt');
  writeFileSync(list, files.join('\n'));
  const corpusMb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  const docx = join(work, 'large.docx');
  writeFileSync(docx, bigDocx(16_000));
  const html = join(work, 'large.html');
  writeFileSync(html, bigHtml(16_000));
  const seed = join(SEEDS, seedFiles[0]);

  console.log(`plan-extract benchmark: Node ${process.version}, ${results.cores} cores, median of ${RUNS} runs (ratio = tool / floor, measured side by side)`);
  bench(`${files.length} text files (${corpusMb.toFixed(0)} MB), --format ndjson, --jobs 1`, 4,
    null, node([FLOOR, 'text', list]), { files, extra: ['--format', 'ndjson', '--jobs', '1'], runs: Math.min(RUNS, 3) });
  bench(`the same, --jobs 2`, 2.5,
    null, node([FLOOR, 'text', list]), { files, extra: ['--format', 'ndjson', '--jobs', '2'], runs: Math.min(RUNS, 3) });
  bench('--version against bare `node -e 0`', 1.6, cli(['--version']), node(['-e', '0']), { runs: RUNS * 2 });
  bench('one seed to JSON against bare `node -e 0`', 2.5, cli([seed]), node(['-e', '0']), { runs: RUNS * 2 });
  bench(`16,000-row .docx (${(statSync(docx).size / 1e6).toFixed(1)} MB zipped) against unzip + one tag scan`, 3, cli([docx]), node([FLOOR, 'docx', docx]), { runs: RUNS });
  bench(`16,000-row .html (${(statSync(html).size / 1e6).toFixed(1)} MB) against read + one tag scan`, null, cli([html]), node([FLOOR, 'html', html]), { runs: RUNS });
  const peak = Math.max(...results.cases.slice(0, 2).map((c) => c.peakRssMb ?? 0));
  results.peakRssTextCorpusMb = peak;
  console.log(`peak RSS over the text corpus: ${peak.toFixed(0)} MB (target ≤ 300 MB)${HAS_TIME ? '' : ' (from resourceUsage)'}`);
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('written: bench/results.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Times `tool` and `floor` alternately `runs` times, keeps the medians,
 * prints and records the ratio. With `files`, the tool reads them as
 * arguments (after `extra`), exactly as a user would pass them.
 */
function bench(name, target, tool, floor, { files, extra = [], runs = RUNS } = {}) {
  const args = files ? cli([...extra, '-q', ...files]) : tool;
  const toolTimes = [];
  const floorTimes = [];
  let peakKb = 0;
  let status = 0;
  for (let r = 0; r < runs; r++) {
    const f = timed(floor);
    floorTimes.push(f.seconds);
    const t = timed(args);
    toolTimes.push(t.seconds);
    peakKb = Math.max(peakKb, t.rssKb ?? 0);
    if (t.status !== 0) status = t.status;
  }
  const toolS = median(toolTimes);
  const floorS = median(floorTimes);
  const ratio = toolS / floorS;
  const ok = target === null ? '' : ratio <= target ? `  ok (≤ ${target}×)` : `  OVER the ${target}× target`;
  console.log(`  ${name}\n    ${ratio.toFixed(2)}×  (tool ${toolS.toFixed(3)} s, floor ${floorS.toFixed(3)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB${status ? `, exit ${status}` : ''})${ok}`);
  results.cases.push({ name, ratio: round(ratio), target, toolSeconds: round(toolS), floorSeconds: round(floorS), peakRssMb: Math.round(peakKb / 1024), exit: status });
}

function timed(argv) {
  const t0 = performance.now();
  const stdio = ['ignore', DEVNULL, 'pipe'];
  const r = HAS_TIME
    ? spawnSync(TIME, ['-f', 'maxrss_kb=%M', ...argv], { encoding: 'utf8', stdio })
    : spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio });
  const seconds = (performance.now() - t0) / 1000;
  const m = /maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  return { seconds, rssKb: m ? Number(m[1]) : null, status: r.status };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

/** A 16,000-row HTML task table with rowspans (the docx case's shape, as a web page). */
function bigHtml(n) {
  const han = '安全生产责任体系建设完善健全落实监管执法隐患排查治理应急救援能力提升区发改局经信局住建局交通运输局';
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const text = (len) => Array.from({ length: len }, () => han[rnd() % han.length]).join('');
  const rows = ['<table><tr><th>专项</th><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>'];
  for (let i = 1; i <= n; i++) {
    const group = i % 10 === 1 ? `<td rowspan="10">专项${i}</td>` : '';
    rows.push(`<tr>${group}<td>${i}</td><td>${text(40)}</td><td>${text(6)}</td><td>${2018 + (i % 5)}年底前</td></tr>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>重点任务分工表</title></head><body><h1>重点任务分工表</h1>${rows.join('')}</table></body></html>`;
}

/** A Word-like 16,000-row task table (same shape as test/read/docx-large.test.ts), zipped. */
function bigDocx(n) {
  const han = '安全生产责任体系建设完善健全落实监管执法隐患排查治理应急救援能力提升区发改局经信局住建局交通运输局';
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const text = (len) => Array.from({ length: len }, () => han[rnd() % han.length]).join('');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rPr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="24"/></w:rPr>';
  const cell = (t, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p>${t ? `<w:r>${rPr}<w:t>${esc(t)}</w:t></w:r>` : ''}</w:p></w:tc>`;
  const parts = ['<w:tbl>'];
  parts.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('专项')}${cell('序号')}${cell('重点任务')}${cell('牵头单位')}${cell('完成时限')}</w:tr>`);
  for (let i = 1; i <= n; i++) {
    const group = i % 10 === 1 ? cell(`专项${i}`, '<w:vMerge w:val="restart"/>') : cell('', '<w:vMerge/>');
    parts.push(`<w:tr>${group}${cell(String(i))}${cell(text(40))}${cell(text(6))}${cell(`${2018 + (i % 5)}年底前`)}</w:tr>`);
  }
  parts.push('</w:tbl>');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>重点任务分工表</w:t></w:r></w:p>${parts.join('')}<w:sectPr/></w:body></w:document>` },
  ]);
}

/** A minimal zip writer (deflate; local headers, central directory, end record). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.from(e.data, 'utf8');
    const body = deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
