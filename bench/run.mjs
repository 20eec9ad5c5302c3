#!/usr/bin/env node
/**
 * Benchmark of plan-extract (run `npm run build` first; `npm run bench`).
 * Plain Node, no assertions: it prints a small table and exits 0. Measures:
 *
 *  1. throughput on the seeds (seeds/*.txt): each extracted 20× in-process
 *     through the library (dist/index.js) — documents/s and MB/s;
 *  2. the CLI end to end over 300 input files (copies of the seeds in a temp
 *     dir): wall time and peak RSS of the child process;
 *  3. memory follows the largest document, not the number of files: peak RSS
 *     of the CLI for 30 files and for 300 files, side by side;
 *  4. one large synthetic .txt (seed 004 × 20, ~7 MB): CLI time and peak RSS;
 *  5. a generated 16,000-row .docx task table (zip written here): CLI time and
 *     peak RSS;
 *  6. the 25-page Chromium PDF of fixtures/formats (a 200-row table): the
 *     whole extraction in-process, as a ratio to pdfjs-dist's own
 *     getTextContent + getOperatorList over all pages, measured in the same
 *     run (median of 5 each, after a warm-up; target ≤ 1.5×);
 *  7. a generated 5,000-row .xlsx: this project's reader (zip + saxes) against
 *     exceljs reading the same workbook, in-process (median of 3).
 *
 * Peak RSS of a child comes from `/usr/bin/time -f %M` when present, else the
 * child runs the CLI in-process and reports `process.resourceUsage().maxRSS`.
 * Temp files live in one directory under the OS temp dir, removed at the end.
 * The whole run takes well under two minutes on two cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const CLI_MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const SEEDS = join(ROOT, 'seeds');
const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.log('bench: dist/ is missing — run `npm run build` first');
  process.exit(0);
}
const { extractBytes } = await import('../dist/index.js');

const mb = (bytes) => bytes / 1e6;
const fmt = (n, digits = 1) => n.toFixed(digits);
const row = (what, value, note = '') => {
  console.log(`  ${what.padEnd(44)} ${String(value).padStart(14)}  ${note}`);
};

const work = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
try {
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const seeds = seedFiles.map((f) => ({ name: f, bytes: readFileSync(join(SEEDS, f)) }));

  // 1. In-process throughput on the seeds.
  console.log('1. seeds, in-process (each extracted 20×)');
  const REPEAT = 20;
  for (const s of seeds) await extractBytes(s.bytes, s.name); // warm-up: JIT, lazy imports
  let docs = 0;
  let bytes = 0;
  let tasks = 0;
  const t0 = performance.now();
  for (const s of seeds) {
    const ts = performance.now();
    for (let k = 0; k < REPEAT; k++) {
      const rec = await extractBytes(s.bytes, s.name);
      tasks += rec.tasks.length;
    }
    const ms = (performance.now() - ts) / REPEAT;
    docs += REPEAT;
    bytes += REPEAT * s.bytes.length;
    row(`   ${s.name} (${fmt(s.bytes.length / 1024, 0)} KB)`, `${fmt(ms, 1)} ms/doc`, `${fmt(mb(s.bytes.length) / (ms / 1000), 2)} MB/s`);
  }
  const secs = (performance.now() - t0) / 1000;
  row('   all seeds', `${fmt(docs / secs, 1)} docs/s`, `${fmt(mb(bytes) / secs, 2)} MB/s, ${tasks / REPEAT} tasks per pass`);

  // 2 and 3. The CLI over many files: wall time and peak RSS.
  console.log('2-3. CLI end to end over many files (copies of the seeds)');
  const manyDir = join(work, 'many');
  mkdirSync(manyDir);
  const copies = [];
  for (let i = 0; i < 300; i++) {
    const s = seeds[i % seeds.length];
    const path = join(manyDir, `${String(i).padStart(3, '0')}_${s.name}`);
    writeFileSync(path, s.bytes);
    copies.push(path);
  }
  const inputBytes = (files) => files.reduce((n, f) => n + statSync(f).size, 0);
  const run30 = runCli(copies.slice(0, 30), join(work, 'out30.json'));
  const run300 = runCli(copies, join(work, 'out300.json'));
  row('   CLI, 30 files', `${fmt(run30.seconds, 2)} s`, `${fmt(mb(inputBytes(copies.slice(0, 30))))} MB in, peak RSS ${rss(run30)}`);
  row('   CLI, 300 files', `${fmt(run300.seconds, 2)} s`, `${fmt(mb(inputBytes(copies)))} MB in, ${fmt(300 / run300.seconds, 1)} docs/s, peak RSS ${rss(run300)}`);
  if (run30.rssKb && run300.rssKb) {
    row('   peak RSS 300 files / 30 files', `${fmt(run300.rssKb / run30.rssKb, 2)}×`, 'memory should follow the largest document, not the file count');
  }

  // 4. One large synthetic text file.
  console.log('4. one large .txt (seed 004 × 20)');
  const big = seeds.find((s) => s.name.startsWith('004')) ?? seeds[seeds.length - 1];
  const bigPath = join(work, 'large.txt');
  writeFileSync(bigPath, Buffer.concat(Array.from({ length: 20 }, () => big.bytes)));
  const runBig = runCli([bigPath], join(work, 'large.json'));
  row(`   CLI, ${fmt(mb(statSync(bigPath).size))} MB .txt`, `${fmt(runBig.seconds, 2)} s`, `peak RSS ${rss(runBig)}, ${tasksIn(join(work, 'large.json'))} tasks`);

  // 5. A generated 16,000-row .docx.
  console.log('5. generated 16,000-row .docx');
  const docxPath = join(work, 'large.docx');
  const genStart = performance.now();
  writeFileSync(docxPath, bigDocx(16_000));
  const genSecs = (performance.now() - genStart) / 1000;
  const runDocx = runCli([docxPath], join(work, 'docx.json'));
  row(`   CLI, 16,000-row .docx (${fmt(mb(statSync(docxPath).size))} MB zipped)`, `${fmt(runDocx.seconds, 2)} s`, `peak RSS ${rss(runDocx)}, ${tasksIn(join(work, 'docx.json'))} tasks (generated in ${fmt(genSecs, 1)} s)`);

  // 6. PDF against pdf.js itself.
  console.log('6. 25-page PDF (200-row table), in-process, against pdfjs-dist');
  const pdfPath = join(ROOT, 'fixtures', 'formats', 'chromium-long-table.pdf');
  const pdfBytes = readFileSync(pdfPath);
  const pdfjsAlone = await pdfjsBaseline();
  const ours = async () => (await extractBytes(pdfBytes, 'long-table.pdf')).tasks.length;
  await ours();
  await pdfjsAlone(pdfBytes);
  const tOurs = [];
  const tBase = [];
  let pdfTasks = 0;
  for (let k = 0; k < 5; k++) {
    let t = performance.now();
    await pdfjsAlone(pdfBytes);
    tBase.push(performance.now() - t);
    t = performance.now();
    pdfTasks = await ours();
    tOurs.push(performance.now() - t);
  }
  const mOurs = median(tOurs);
  const mBase = median(tBase);
  row('   pdfjs getTextContent + getOperatorList', `${fmt(mBase, 0)} ms`, '25 pages');
  row('   plan-extract (read + extract)', `${fmt(mOurs, 0)} ms`, `${pdfTasks} tasks`);
  row('   ratio', `${fmt(mOurs / mBase, 2)}×`, 'target ≤ 1.5×');

  // 7. .xlsx: own reader against exceljs.
  console.log('7. generated 5,000-row .xlsx, in-process: own reader against exceljs');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务');
  ws.addRow(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  for (let i = 1; i <= 5000; i++) ws.addRow([String(i), `第${i}项重点任务：建立健全工作机制，落实主体责任。`, '县应急管理局', '县发改局、县财政局', `2023年${(i % 12) + 1}月底前`]);
  const xlsxBytes = Buffer.from(await wb.xlsx.writeBuffer());
  const { readDocument } = await import('../dist/read/index.js');
  const tOwn = [];
  const tLib = [];
  for (let k = 0; k < 4; k++) {
    let t = performance.now();
    await readDocument(xlsxBytes, 'big.xlsx');
    if (k) tOwn.push(performance.now() - t);
    t = performance.now();
    await new ExcelJS.Workbook().xlsx.load(xlsxBytes);
    if (k) tLib.push(performance.now() - t);
  }
  row('   own reader (zip + saxes) → document model', `${fmt(median(tOwn), 0)} ms`, `${fmt(mb(xlsxBytes.length), 2)} MB`);
  row('   exceljs xlsx.load (its workbook only)', `${fmt(median(tLib), 0)} ms`);

  for (const r of [run30, run300, runBig, runDocx]) if (r.status !== 0) console.log(`  note: a CLI run exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  console.log(`peak RSS measured with ${HAS_TIME ? `${TIME} -f %M` : 'process.resourceUsage().maxRSS inside the child'}; Node ${process.version}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** pdf.js alone: open the document as the reader does, then text content and operator list of every page. */
async function pdfjsBaseline() {
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return async (bytes) => {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), cMapUrl: join(root, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + '/',
      useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0,
    }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    await doc.destroy();
  };
}

/** Runs the CLI on `files` (quiet, JSON to `out`); wall time in seconds and the child's peak RSS in KB. */
function runCli(files, out) {
  const args = [...files, '-q', '-o', out];
  const t0 = performance.now();
  const r = HAS_TIME
    ? spawnSync(TIME, ['-f', 'maxrss_kb=%M', process.execPath, BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, ['--input-type=module', '-e', inProcessCli(), '--', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  return { seconds, rssKb: m ? Number(m[1]) : null, status: r.status, stderr: r.stderr ?? '' };
}

/** The CLI run inside a child that reports its own peak RSS on exit. */
function inProcessCli() {
  return `
    process.on('exit', () => process.stderr.write('maxrss_kb=' + process.resourceUsage().maxRSS + '\\n'));
    const { main } = await import(${JSON.stringify(pathToFileURL(CLI_MAIN).href)});
    await main(process.argv.slice(1));`;
}

function rss(run) {
  return run.rssKb ? `${fmt(run.rssKb / 1024, 0)} MB` : 'n/a';
}

function tasksIn(path) {
  try {
    const out = JSON.parse(readFileSync(path, 'utf8'));
    const docs = Array.isArray(out) ? out : out.documents ?? [];
    return docs.reduce((n, d) => n + (d.tasks?.length ?? 0), 0);
  } catch {
    return '?';
  }
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
