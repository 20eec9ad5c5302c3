import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDocument } from '../../src/extract.js';
import { PDF_LIMITS } from '../../src/read/pdf.js';
import { isInputFailure } from '../../src/model/errors.js';
import type { DocumentModel, TableBlock } from '../../src/model/document.js';
import { ROOT } from '../support/cli.js';
import { fixture, paragraphs, tables, codeOf } from './helpers.js';

const read = (name: string) => readDocument(fixture(`formats/${name}`), `fixtures/formats/${name}`);

const texts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => (c.covered ? (c.coveredFrom === 'above' ? '^' : '<') : c.text)));

// pdf.js parses fonts and pages: seconds each on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

describe('readPdf: LibreOffice PDF of a .docx', () => {
  let m: DocumentModel;
  it('paragraphs in reading order; no spaces between Han and digits', async () => {
    m = await read('lo-corpus-01-anquan-vmerge.pdf');
    expect(m.format).toBe('pdf');
    expect(m.lineBase).toBe('block');
    const ps = paragraphs(m).map((p) => p.text);
    expect(ps[0]).toBe('青山县人民政府办公室关于印发青山县2022年安全生产专项整治重点任务分工方案的通知');
    expect(ps[1]).toBe('青政办发〔2022〕17号');
    expect(ps.every((p) => !/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/u.test(p))).toBe(true);
  });

  it('lattice: the grid from the rules, a missing rule is a vertical merge, wrapped cell lines rejoined', () => {
    const [t] = tables(m);
    expect(t!.width).toBe(6);
    expect(texts(t!)[0]).toEqual(['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(texts(t!)[1]).toEqual(['1', '危险化学品', '开展危险化学品企业安全风险隐患排查治理，建立问题隐患和制度措施“两个清单”。', '县应急管理局', '县工信局、县市场监管局', '2022年6月底前']);
    // 危险化学品 spans four rows: no rule under it.
    expect(t!.rows[1]!.cells[1]!.rowSpan).toBe(4);
    expect(texts(t!).slice(2, 5).map((r) => r[1])).toEqual(['^', '^', '^']);
    expect(t!.caption).toBe('青山县2022年安全生产专项整治重点任务分工表');
  });

  it('the table goes on over the page break; every row and paragraph keeps its page', () => {
    const [t] = tables(m);
    expect(new Set(t!.rows.map((r) => r.page))).toEqual(new Set([1, 2]));
    const last = paragraphs(m).at(-1)!;
    expect(last).toMatchObject({ text: '2022年3月8日', page: 2 });
  });

  it('tasks carry their page', async () => {
    const doc = extractDocument(m);
    expect(doc.tasks.length).toBe(12);
    expect(doc.tasks[0]!.page).toBe(1);
    expect(doc.tasks.at(-1)!.page).toBe(2);
  });
});

describe('readPdf: a row LibreOffice breaks over a page', () => {
  it('is one row (one task) with its whole text, on the page it starts on', async () => {
    const m = await read('lo-split-row.pdf');
    const [t] = tables(m);
    expect(t!.rows.length).toBe(9);
    const six = t!.rows[6]!;
    expect(six.cells[0]!.text).toBe('6');
    expect(six.cells[1]!.text).toMatch(/^第6项任务：围绕第1个重点行业领域.*围绕第25个重点行业领域.*确保全部整改到位。$/u);
    expect(six.page).toBe(1);
    expect(t!.rows[7]!.cells[0]!.text).toBe('7');
    const doc = extractDocument(m);
    expect(doc.tasks.map((x) => x.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe('readPdf: Chromium PDFs', () => {
  it('a 25-page table whose header repeats on every page is one table of 200 rows', async () => {
    const m = await read('chromium-long-table.pdf');
    const ts = tables(m);
    expect(ts.length).toBe(1);
    expect(ts[0]!.rows.length).toBe(201);
    expect(new Set(ts[0]!.rows.map((r) => r.page)).size).toBeGreaterThanOrEqual(25);
    const doc = extractDocument(m);
    expect(doc.tables.length).toBe(1);
    expect(doc.tasks.length).toBe(200);
    expect(doc.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 200 }, (_, i) => String(i + 1)));
  });

  it('running headers and footers (date, title, file URL, page x/y) are dropped', async () => {
    const m = await read('chromium-footers-04-daqi-portal.pdf');
    const ps = paragraphs(m).map((p) => p.text);
    expect(ps.some((p) => /file:\/\/|^\d+\/\d+$/.test(p))).toBe(false);
    const plain = paragraphs(await read('chromium-corpus-04-daqi-portal.pdf')).map((p) => p.text);
    expect(ps).toEqual(plain);
  });

  it('Kangxi radicals in the text layer fold to the ideographs they stand for', async () => {
    const m = await read('chromium-corpus3-06-trs-gbk.pdf');
    const all = m.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('')).join(''))).join('');
    expect(all).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(all).toContain('县水利局');
  });

  it('stream: a table without rules is rebuilt from the text positions', async () => {
    const m = await read('chromium-noborder.pdf');
    const [t] = tables(m);
    expect(texts(t!)[0]).toEqual(['序号', '工作任务', '责任单位', '完成时限']);
    expect(texts(t!)[4]).toEqual(['4', '组织开展防汛应急演练。', '县水利局', '每年']);
  });
});

describe('readPdf: what cannot be read', () => {
  it('a scan (no text layer) → SCANNED_PDF naming ocrmypdf', async () => {
    try {
      await read('scanned.pdf');
      expect.unreachable();
    } catch (e) {
      expect(isInputFailure(e) && e.code).toBe('SCANNED_PDF');
      expect(isInputFailure(e) && e.hint).toMatch(/ocrmypdf/);
    }
  });

  it('over the page limit → TOO_MANY_PAGES (limit lowered for the test)', async () => {
    const saved = PDF_LIMITS.maxPages;
    PDF_LIMITS.maxPages = 1;
    try {
      expect(await codeOf(read('lo-corpus-01-anquan-vmerge.pdf'))).toBe('TOO_MANY_PAGES');
    } finally {
      PDF_LIMITS.maxPages = saved;
    }
    expect(await codeOf(read('lo-corpus-01-anquan-vmerge.pdf'))).toBe('ok');
  });

  it('password-protected → ENCRYPTED; damaged → CORRUPT_PDF', async () => {
    expect(await codeOf(read('encrypted.pdf'))).toBe('ENCRYPTED');
    const whole = fixture('formats/lo-corpus-01-anquan-vmerge.pdf');
    expect(await codeOf(readDocument(whole.subarray(0, 2000), 'cut.pdf'))).toBe('CORRUPT_PDF');
    expect(await codeOf(readDocument(Buffer.from('%PDF-1.7\ngarbage'), 'bad.pdf'))).toBe('CORRUPT_PDF');
  });
});

describe('pdfjs-dist is loaded only when a PDF is read', () => {
  it('reading a .txt, a .docx and an .html never loads it; reading a PDF does', () => {
    // A module hook (off-thread) reports every module that resolves into pdfjs-dist.
    const hook = 'let port; export function initialize(d) { port = d.port; } export async function resolve(s, c, n) { const r = await n(s, c); if (r.url.includes("pdfjs-dist")) port.postMessage(r.url); return r; }';
    const script = `
      import { register } from 'node:module';
      import { MessageChannel } from 'node:worker_threads';
      import { readFileSync } from 'node:fs';
      const { port1, port2 } = new MessageChannel();
      let loaded = false;
      port1.on('message', () => { loaded = true; });
      port1.unref();
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), { data: { port: port2 }, transferList: [port2] });
      const { readDocument } = await import('./dist/read/index.js');
      await readDocument(Buffer.from('附件\\n\\t序号\\n'), 'a.txt');
      await readDocument(readFileSync('fixtures/corpus/01-anquan-vmerge.docx'), 'a.docx');
      await readDocument(Buffer.from('<html><body><p>正文</p></body></html>'), 'a.html');
      await new Promise((r) => setTimeout(r, 200));
      console.log(loaded ? 'PDFJS' : 'READ');
      if (process.argv[1] === 'pdf') {
        await readDocument(readFileSync('fixtures/formats/lo-corpus-01-anquan-vmerge.pdf'), 'a.pdf');
        await new Promise((r) => setTimeout(r, 200));
        console.log(loaded ? 'PDFJS' : 'NONE');
      }
    `;
    const run = (arg: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script, arg], { cwd: ROOT, encoding: 'utf8' });
    const plain = run('none');
    expect(plain.stdout).toBe('READ\n');
    expect(run('pdf').stdout).toBe('READ\nPDFJS\n');
  });
});
