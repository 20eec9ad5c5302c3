/**
 * The formats of issue 9, timed in-process and in the same run as their
 * floors (`npm run bench` runs this after bench/run.mjs):
 *  - the 25-page Chromium PDF of fixtures/formats (a 200-row table): the
 *    whole extraction as a ratio to pdfjs-dist's own getTextContent +
 *    getOperatorList over all pages (median of 5 each, after a warm-up;
 *    target ≤ 1.5×);
 *  - a generated 5,000-row .xlsx: this project's reader (zip + saxes)
 *    against exceljs reading the same workbook (median of 3).
 * Results are merged into bench/results.json under `formats`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
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
const formats = {};
{
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
  formats.pdf = { ratio: Number((mOurs / mBase).toFixed(2)), target: 1.5, toolMs: Math.round(mOurs), floorMs: Math.round(mBase), tasks: pdfTasks };

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
  formats.xlsx = { ownMs: Math.round(median(tOwn)), exceljsMs: Math.round(median(tLib)), ratio: Number((median(tOwn) / median(tLib)).toFixed(2)) };

}
const resultsPath = join(ROOT, 'bench', 'results.json');
const results = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
results.formats = formats;
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);

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

