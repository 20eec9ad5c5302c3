/**
 * .pdf → document model, with pdfjs-dist (Mozilla's pdf.js, legacy build
 * for Node 20), imported only when a PDF is read.
 *
 *  - Text: each page's `getTextContent` runs, with the package's own CMaps
 *    and standard fonts (without them CJK fonts with predefined CMaps lose
 *    their text). Lines are rebuilt from the runs' positions: runs on one
 *    baseline band, left to right, a space where the gap is wide; a space
 *    next to a Han character is dropped (`2021 年 4 月` → `2021年4月`: PDF
 *    producers set digits in another font and pdf.js reads the seam as a
 *    space). Latin words keep theirs.
 *  - Running headers and footers: lines in the top or bottom tenth of the
 *    page that repeat on half the pages or more (digits aside), and page
 *    numbers there (`— 3 —`, `- 3 -`, `第3页`, `3/25`), are dropped.
 *  - Paragraphs: a line that runs to the right margin continues into the next
 *    line when that one is not indented and starts no numbered heading, also
 *    across a page break.
 *  - Tables (lattice, as tabula's lattice mode): the ruling lines of the
 *    page's drawing operators (`getOperatorList`: stroked segments, thin
 *    filled rectangles, under the current transformation matrix) are merged
 *    and grouped into tables by intersection; cells are the grid between the
 *    rules, a missing inner rule between two grid cells merges them (colSpan
 *    / rowSpan), and each run goes to the cell holding its centre.
 *  - Tables without rules (stream, as camelot's stream mode), only on pages
 *    where lattice finds none: three or more consecutive lines of two or more
 *    runs separated by wide gaps; the columns are the x positions where
 *    segments start in most rows; a line with a single segment continues the
 *    cell above it.
 *  - A table continued on the next page (same columns) is one table: a
 *    repeated header row is dropped, and a row split by the page break (the
 *    continuation has nothing in the first column and the row above does not
 *    end a sentence) is joined back into one row.
 *  - `line` counts blocks (each paragraph and table row, `lineBase: 'block'`);
 *    each block keeps its page (`page`).
 *  - A PDF with no text layer (a scan) is refused, naming OCR (`ocrmypdf`);
 *    so are encrypted, damaged and huge (over 2,000 pages) files.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Block, DocumentModel, ParagraphBlock, Row, TableBlock } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { GridBuilder } from './grid.js';

export const PDF_LIMITS = { maxPages: 2_000 };

interface Run {
  s: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Font size. */
  h: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  h: number;
  runs: Run[];
}

interface HRule { y: number; x1: number; x2: number }
interface VRule { x: number; y1: number; y2: number }

interface PageTable {
  top: number;
  /** Grid columns (x positions of the vertical rules), left to right. */
  xs: number[];
  rows: { cells: { lines: string[]; colSpan: number; rowSpan: number; col: number }[] }[];
}

type PageItem = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable };

interface PageContent {
  items: PageItem[];
  height: number;
  textRuns: number;
  images: number;
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_NEAR_HAN = new RegExp(`(?<=[${HAN}]) +| +(?=[${HAN}])`, 'gu');
const NUMBERED_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．]|第[一二三四五六七八九十\d]+[条章节]|附\s*件)/u;
const PAGE_NUMBER = /^(?:[-—–－―\s]*\d{1,4}[-—–－―\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/iu;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<{ pdfjs: PdfJs; root: string }> | null = null;
function loadPdfJs() {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return { pdfjs, root };
  })();
  return loaded;
}

export async function readPdf(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const { pdfjs, root } = await loadPdfJs();
  // pdf.js takes the buffer over (detaches it): give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    throw openFailure(e);
  }
  try {
    if (doc.numPages > PDF_LIMITS.maxPages) {
      throw new InputFailure('TOO_MANY_PAGES', `the PDF has ${doc.numPages} pages, over the ${PDF_LIMITS.maxPages}-page limit`, 'split it (`qpdf --split-pages`) or pass the attachment that holds the plan');
    }
    const pages: PageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      try {
        pages.push(await readPage(pdfjs, await doc.getPage(p)));
      } catch (e) {
        if (e instanceof InputFailure) throw e;
        throw corrupt(`page ${p}: ${describe(e)}`);
      }
    }
    const runs = pages.reduce((n, p) => n + p.textRuns, 0);
    if (runs === 0 || (runs < pages.length * 2 && pages.some((p) => p.images > 0))) {
      throw new InputFailure(
        'SCANNED_PDF',
        'the PDF has no text layer (a scanned document)',
        'run OCR on it first, e.g. `ocrmypdf -l chi_sim FILE.pdf FILE-ocr.pdf`, and run again on the result',
      );
    }
    return { source, format: 'pdf', encoding: 'utf-8', lineBase: 'block', blocks: assemble(pages), warnings: [] };
  } finally {
    await doc.destroy();
  }
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
}

function corrupt(detail: string): InputFailure {
  return new InputFailure('CORRUPT_PDF', `the PDF is damaged or incomplete (${detail})`, 'download it again, or open it in a PDF viewer and print it to a new PDF');
}

function openFailure(e: unknown): InputFailure {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new InputFailure('ENCRYPTED', 'the PDF is password-protected', 'open it with its password and save a copy without one (`qpdf --decrypt --password=… FILE.pdf OUT.pdf`)');
  }
  return corrupt(describe(e));
}

// ---- one page ---------------------------------------------------------------

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

async function readPage(pdfjs: PdfJs, page: PdfPage): Promise<PageContent> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const height = y1 - y0;
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, , d, e, f] = item.transform as number[];
    // Horizontal text only; rotated runs (stamps, side notes) are skipped.
    if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
    runs.push({ s: item.str, x: e!, y: f!, w: item.width, h: Math.abs(d!) || item.height || 10 });
  }
  const ops = await page.getOperatorList();
  const { h, v, images } = rules(pdfjs, ops, { w: x1 - x0, h: height });
  page.cleanup();
  const tables = latticeTables(h, v, x1 - x0);
  const inTable = new Map<PageTable, Run[]>();
  const body: Run[] = [];
  for (const r of runs) {
    const t = tables.find((t) => t.contains(r));
    if (t) {
      const list = inTable.get(t.table) ?? [];
      list.push(r);
      inTable.set(t.table, list);
    } else body.push(r);
  }
  const items: PageItem[] = [];
  for (const t of tables) {
    t.fill(inTable.get(t.table) ?? []);
    if (t.table.rows.length) items.push({ kind: 'table', table: t.table });
  }
  let lines = buildLines(body);
  if (!tables.length) {
    const stream = streamTables(lines);
    for (const t of stream.tables) items.push({ kind: 'table', table: t });
    lines = stream.rest;
  }
  for (const line of lines) items.push({ kind: 'line', line });
  // Reading order: top to bottom.
  items.sort((a, b) => topOf(b) - topOf(a));
  return { items, height, textRuns: runs.length, images };
}

const topOf = (i: PageItem) => (i.kind === 'line' ? i.line.y + i.line.h * 0.8 : i.table.top);

/** Runs → lines: runs whose baselines lie within half a font size, left to right. */
function buildLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.y - r.y) <= Math.max(g[0]!.h, r.h) * 0.45) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    return { text: joinRuns(g), x: g[0]!.x, right: Math.max(...g.map((r) => r.x + r.w)), y: g[0]!.y, h: Math.max(...g.map((r) => r.h)), runs: g };
  });
}

/** Runs of one line → text: a space where the gap is over a fifth of the font size, none next to Han. */
function joinRuns(runs: Run[]): string {
  let s = '';
  let end = -Infinity;
  for (const r of runs) {
    // A gap of a character or more separates (`来源：县政府办   文号：…`) and survives tidying as a space.
    if (s && r.x - end > r.h * 1.0) s += WIDE;
    else if (s && r.x - end > r.h * 0.2) s += ' ';
    s += r.s;
    end = Math.max(end, r.x + r.w);
  }
  return tidy(s);
}

/**
 * Some producers (Chromium with Noto CJK) map ideographs to their look-alike
 * Kangxi radicals (`⽉` U+2F49 for 月, `⽔` for 水) in the text layer; these
 * fold to the ideograph they stand for (NFKC, for these blocks only — the
 * full-width punctuation of the text stays as written).
 */
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;
/** Radicals-supplement forms NFKC leaves alone, to the simplified ideographs they stand for. */
const SUPPLEMENT: Record<string, string> = {
  '\u2e81': '厂', '\u2e8c': '小', '\u2e97': '心', '\u2ea0': '民', '\u2eae': '竹', '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝',
  '\u2eca': '足', '\u2ecb': '车', '\u2ed1': '長', '\u2ed3': '长', '\u2ed4': '门', '\u2ed8': '青', '\u2eda': '页', '\u2edb': '风',
  '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee9': '黄', '\u2eec': '齐', '\u2eee': '齿',
  '\u2ef0': '龙', '\u2ef3': '龟', '\u2ec4': '西', '\u2ebc': '月',
};
const WIDE = '\u2003';
const tidy = (s: string) =>
  s.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC')).replace(/[ \t\r\n\u00a0]+/g, ' ').replace(SPACE_NEAR_HAN, '').replace(/\s*\u2003[\s\u2003]*/g, ' ').trim();

// ---- rules ------------------------------------------------------------------

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const mul = (m: Matrix, n: number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Thin filled rectangles are rules too (Word, LibreOffice and browsers draw borders so). */
const THIN = 2.5;

function rules(pdfjs: PdfJs, ops: { fnArray: number[]; argsArray: unknown[][] }, page: { w: number; h: number }): { h: HRule[]; v: VRule[]; images: number } {
  const OPS = pdfjs.OPS;
  const D = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
  const stroke = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const h: HRule[] = [];
  const v: VRule[] = [];
  let images = 0;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 2) h.push({ y: (ay + by) / 2, x1: Math.min(ax, bx), x2: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 2) v.push({ x: (ax + bx) / 2, y1: Math.min(ay, by), y2: Math.max(ay, by) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = mul(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as number[] | null;
      if (m) ctm = mul(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject || fn === OPS.paintImageXObjectRepeat) images++;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const isStroke = stroke.has(op);
      const isFill = fill.has(op);
      if (!isStroke && !isFill) continue;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== 'number') continue;
      // Points of the current subpath, in page space.
      let pts: [number, number][] = [];
      const flush = () => {
        if (isFill && pts.length >= 3 && pts.length <= 6 && pts.every((p) => Number.isFinite(p[0]))) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
          // A thin filled shape is a rule, whatever its corners (browsers bevel them).
          if (maxY - minY <= THIN && maxX - minX > THIN) segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
          else if (maxX - minX <= THIN && maxY - minY > THIN) segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
          else if (pts.length >= 4 && maxX - minX < page.w * 0.5 && maxY - minY < page.h * 0.2 && pts.every((p) => (Math.abs(p[0] - minX) < 1 || Math.abs(p[0] - maxX) < 1) && (Math.abs(p[1] - minY) < 1 || Math.abs(p[1] - maxY) < 1))) {
            // A filled box the size of a cell (its shading): its edges are rules, as in
            // tabula. Larger ones are page backgrounds and layout boxes, never cells.
            segment(minX, minY, maxX, minY);
            segment(minX, maxY, maxX, maxY);
            segment(minX, minY, minX, maxY);
            segment(maxX, minY, maxX, maxY);
          }
        }
        pts = [];
      };
      let k = 0;
      let start: [number, number] | null = null;
      while (k < data.length) {
        const d = data[k++]!;
        if (d === D.moveTo) {
          flush();
          const p = apply(ctm, data[k]!, data[k + 1]!);
          k += 2;
          pts.push(p);
          start = p;
        } else if (d === D.lineTo) {
          const p = apply(ctm, data[k]!, data[k + 1]!);
          k += 2;
          const prev = pts[pts.length - 1];
          if (prev && isStroke) segment(prev[0], prev[1], p[0], p[1]);
          pts.push(p);
        } else if (d === D.curveTo) {
          k += 6;
          pts.push([Number.NaN, Number.NaN]);
        } else if (d === D.quadraticCurveTo) {
          k += 4;
          pts.push([Number.NaN, Number.NaN]);
        } else if (d === D.closePath) {
          const prev = pts[pts.length - 1];
          if (prev && start && isStroke) segment(prev[0], prev[1], start[0], start[1]);
        } else break;
      }
      flush();
    }
  }
  return { h, v, images };
}

/**
 * Collinear rules that overlap or touch become one: rules are grouped by
 * their coordinate first (a border drawn twice, 0.4 pt apart, is one line),
 * then the intervals of each group are merged in order.
 */
function mergeRules(rs: { at: number; lo: number; hi: number }[]): { at: number; lo: number; hi: number }[] {
  const byAt = [...rs].sort((a, b) => a.at - b.at);
  const out: { at: number; lo: number; hi: number }[] = [];
  for (let i = 0; i < byAt.length; ) {
    let j = i + 1;
    while (j < byAt.length && byAt[j]!.at - byAt[j - 1]!.at <= 1.5) j++;
    const group = byAt.slice(i, j).sort((a, b) => a.lo - b.lo);
    const at = group.reduce((sum, r) => sum + r.at, 0) / group.length;
    let cur = { at, lo: group[0]!.lo, hi: group[0]!.hi };
    for (const r of group.slice(1)) {
      if (r.lo <= cur.hi + 2) cur.hi = Math.max(cur.hi, r.hi);
      else { out.push(cur); cur = { at, lo: r.lo, hi: r.hi }; }
    }
    out.push(cur);
    i = j;
  }
  return out;
}
const mergeH = (rs: HRule[]): HRule[] => mergeRules(rs.map((r) => ({ at: r.y, lo: r.x1, hi: r.x2 }))).map((r) => ({ y: r.at, x1: r.lo, x2: r.hi }));
const mergeV = (rs: VRule[]): VRule[] => mergeRules(rs.map((r) => ({ at: r.x, lo: r.y1, hi: r.y2 }))).map((r) => ({ x: r.at, y1: r.lo, y2: r.hi }));

function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (!out.length || v - out[out.length - 1]! > tol) out.push(v);
  return out;
}

/**
 * Two tables drawn one right under the other (or inside one frame) touch, so
 * their rules form one component; they are cut apart at a horizontal rule
 * that no inner vertical rule crosses and where the inner vertical rules
 * above and below stand at different x positions (different columns). Rules
 * spanning the whole component (a frame, shared outer borders) do not count,
 * and a full-width row inside one table (a section row) keeps its columns on
 * both sides, so it is no cut.
 */
function splitBands(g: { h: HRule[]; v: VRule[] }): { h: HRule[]; v: VRule[] }[] {
  const ys = cluster(g.h.map((r) => r.y), 2);
  const T = 2;
  const top = ys[ys.length - 1]!, bottom = ys[0]!;
  const inner = g.v.filter((r) => !(r.y1 <= bottom + T && r.y2 >= top - T));
  const columns = (rs: VRule[]) => cluster(rs.map((r) => r.x), 3);
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);
  const cuts = ys.filter((y, i) => {
    if (i === 0 || i === ys.length - 1) return false;
    if (inner.some((r) => r.y1 < y - T && r.y2 > y + T)) return false;
    const above = columns(inner.filter((r) => r.y1 >= y - T));
    const below = columns(inner.filter((r) => r.y2 <= y + T));
    return above.length > 0 && below.length > 0 && !same(above, below);
  });
  if (!cuts.length) return [g];
  const edges = [ys[0]!, ...cuts, ys[ys.length - 1]!];
  const out: { h: HRule[]; v: VRule[] }[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const lo = edges[k]!, hi = edges[k + 1]!;
    out.push({
      h: g.h.filter((r) => r.y >= lo - T && r.y <= hi + T),
      v: g.v
        .filter((r) => r.y2 > lo + T && r.y1 < hi - T)
        .map((r) => ({ x: r.x, y1: Math.max(r.y1, lo), y2: Math.min(r.y2, hi) })),
    });
  }
  return out;
}

interface LatticeTable {
  table: PageTable;
  contains(r: Run): boolean;
  fill(runs: Run[]): void;
}

/** Tables from the page's rules (tabula's lattice): cells between rules, merged where an inner rule is missing. */
function latticeTables(hRaw: HRule[], vRaw: VRule[], pageWidth: number): LatticeTable[] {
  const h = mergeH(hRaw).filter((r) => r.x2 - r.x1 >= 3 && r.x2 - r.x1 < pageWidth * 1.5);
  const v = mergeV(vRaw).filter((r) => r.y2 - r.y1 >= 3);
  if (h.length < 2 || v.length < 2) return [];
  // Components of rules that touch.
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const T = 2;
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!, b = v[j]!;
      if (b.x >= a.x1 - T && b.x <= a.x2 + T && a.y >= b.y1 - T && a.y <= b.y2 + T) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((r, i) => { const g = groups.get(find(i)) ?? { h: [], v: [] }; g.h.push(r); groups.set(find(i), g); });
  v.forEach((r, j) => { const g = groups.get(find(h.length + j)) ?? { h: [], v: [] }; g.v.push(r); groups.set(find(h.length + j), g); });
  const out: LatticeTable[] = [];
  const bands: { h: HRule[]; v: VRule[] }[] = [];
  for (const g of groups.values()) if (g.h.length >= 2 && g.v.length >= 2) for (const band of splitBands(g)) bands.push(band);
  for (const g of bands) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = cluster(g.v.map((r) => r.x), 2);
    const ys = cluster(g.h.map((r) => r.y), 2).reverse();
    const nC = xs.length - 1;
    const nR = ys.length - 1;
    if (nC < 2 || nR < 1) continue;
    const coverV = (x: number, lo: number, hi: number) => {
      let covered = 0;
      for (const r of g.v) if (Math.abs(r.x - x) <= 2) covered += Math.max(0, Math.min(hi, r.y2) - Math.max(lo, r.y1));
      return covered >= (hi - lo) * 0.6;
    };
    const coverH = (y: number, lo: number, hi: number) => {
      let covered = 0;
      for (const r of g.h) if (Math.abs(r.y - y) <= 2) covered += Math.max(0, Math.min(hi, r.x2) - Math.max(lo, r.x1));
      return covered >= (hi - lo) * 0.6;
    };
    // Grid cells merged where a rule is missing between them.
    const id = (i: number, j: number) => i * nC + j;
    const cp = Array.from({ length: nR * nC }, (_, i) => i);
    const cf = (i: number): number => {
      while (cp[i] !== i) i = cp[i] = cp[cp[i]!]!;
      return i;
    };
    for (let i = 0; i < nR; i++) {
      for (let j = 0; j < nC; j++) {
        if (j + 1 < nC && !coverV(xs[j + 1]!, ys[i + 1]!, ys[i]!)) cp[cf(id(i, j + 1))] = cf(id(i, j));
        if (i + 1 < nR && !coverH(ys[i + 1]!, xs[j]!, xs[j + 1]!)) cp[cf(id(i + 1, j))] = cf(id(i, j));
      }
    }
    const regions = new Map<number, { r0: number; c0: number; r1: number; c1: number; runs: Run[] }>();
    for (let i = 0; i < nR; i++) {
      for (let j = 0; j < nC; j++) {
        const root = cf(id(i, j));
        const reg = regions.get(root);
        if (!reg) regions.set(root, { r0: i, c0: j, r1: i, c1: j, runs: [] });
        else {
          reg.r1 = Math.max(reg.r1, i);
          reg.c1 = Math.max(reg.c1, j);
          reg.c0 = Math.min(reg.c0, j);
        }
      }
    }
    // A box around a paragraph (one merged region) is no table.
    if (regions.size < 2) continue;
    const left = xs[0]!, right = xs[nC]!, top = ys[0]!, bottom = ys[nR]!;
    const locate = (vals: number[], x: number, desc: boolean) => {
      for (let k = 0; k + 1 < vals.length; k++) {
        const a = vals[k]!, b = vals[k + 1]!;
        if (desc ? x <= a && x >= b : x >= a && x <= b) return k;
      }
      return -1;
    };
    const table: PageTable = { top, xs, rows: [] };
    out.push({
      table,
      contains: (r) => {
        const cx = r.x + Math.min(r.w, r.h) / 2;
        const cy = r.y + r.h * 0.3;
        return cx >= left && cx <= right && cy <= top && cy >= bottom;
      },
      fill: (runs) => {
        for (const r of runs) {
          const cx = r.x + Math.min(r.w, r.h) / 2;
          const cy = r.y + r.h * 0.3;
          const j = locate(xs, cx, false);
          const i = locate(ys, cy, true);
          if (i < 0 || j < 0) continue;
          regions.get(cf(id(i, j)))!.runs.push(r);
        }
        const byRow: PageTable['rows'] = Array.from({ length: nR }, () => ({ cells: [] }));
        for (const reg of [...regions.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
          const lines = unwrap(buildLines(reg.runs), xs[reg.c1 + 1]!);
          byRow[reg.r0]!.cells.push({ lines, colSpan: reg.c1 - reg.c0 + 1, rowSpan: reg.r1 - reg.r0 + 1, col: reg.c0 });
        }
        table.rows = byRow;
      },
    });
  }
  return out;
}

/**
 * A cell's visual lines → its paragraphs: a line that ends within about one
 * and a half characters of the cell's right edge was wrapped by the
 * producer, and the next line goes on with it; a shorter line ends its
 * paragraph (`区甲局` / `区乙局` stacked in a wide cell stay two lines).
 */
const ENDS_ITEM = /(?:[局委办室院会府队心司所站部厅处科组镇街。；;！!？?：:）)]|牵头|配合|负责|参与|协助)$/u;

const UNIT_START = /^(?:[县区市省州镇乡村各]|街道|自治|国家|中共|共青团)/u;

function unwrap(lines: Line[], cellRight: number): string[] {
  const out: string[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    const room = prev ? (cellRight - prev.right) / prev.h : Infinity;
    // Line-breaking rules (`、` may not start a line) can push two characters down.
    // A line ending a unit or a sentence ends its paragraph (a unit list that
    // goes on ends the line with `、`) — unless the line is full and the next
    // one does not start a unit of its own (`县公安局` / `交警大队`).
    const wrapped = room < 3.2 && !ENDS_ITEM.test(prev?.text ?? '');
    const fullUnit = room < 1.6 && !UNIT_START.test(l.text);
    if (prev && out.length && (wrapped || fullUnit)) out[out.length - 1] = tidy(out[out.length - 1]! + l.text);
    else out.push(l.text);
    prev = l;
  }
  return out;
}

// ---- stream tables ----------------------------------------------------------

/** A line's segments: runs separated by gaps wider than one and a half font sizes. */
function segments(line: Line): { x: number; text: string }[] {
  const out: { x: number; runs: Run[] }[] = [];
  let end = -Infinity;
  for (const r of line.runs) {
    if (!out.length || r.x - end > r.h * 1.5) out.push({ x: r.x, runs: [r] });
    else out[out.length - 1]!.runs.push(r);
    end = Math.max(end, r.x + r.w);
  }
  return out.map((s) => ({ x: s.x, text: joinRuns(s.runs) }));
}

/** Tables without rules (camelot's stream): runs of lines with several aligned segments. */
function streamTables(lines: Line[]): { tables: PageTable[]; rest: Line[] } {
  const tables: PageTable[] = [];
  const rest: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const segs = segments(lines[i]!);
    if (segs.length < 2) { rest.push(lines[i]!); i++; continue; }
    // Collect the run: lines of ≥2 segments, and single-segment lines inside it (continuations).
    const run: { line: Line; segs: { x: number; text: string }[] }[] = [];
    let j = i;
    let multi = 0;
    while (j < lines.length) {
      const s = segments(lines[j]!);
      const gap = run.length ? run[run.length - 1]!.line.y - lines[j]!.y : 0;
      if (run.length && gap > lines[j]!.h * 3) break;
      if (s.length >= 2) multi++;
      else if (!run.length || s[0]!.x < run[0]!.segs[0]!.x + lines[j]!.h) break;
      run.push({ line: lines[j]!, segs: s });
      j++;
    }
    if (multi < 3) { rest.push(lines[i]!); i++; continue; }
    const starts = cluster(run.filter((r) => r.segs.length >= 2).flatMap((r) => r.segs.map((s) => s.x)), run[0]!.line.h * 1.2);
    const cols = starts.filter((x) => run.filter((r) => r.segs.some((s) => Math.abs(s.x - x) <= r.line.h * 1.2)).length >= multi * 0.3);
    if (cols.length < 2) { rest.push(lines[i]!); i++; continue; }
    const colOf = (x: number) => {
      let best = 0;
      for (let k = 0; k < cols.length; k++) if (x >= cols[k]! - run[0]!.line.h) best = k;
      return best;
    };
    const table: PageTable = { top: run[0]!.line.y + run[0]!.line.h, xs: cols, rows: [] };
    let cur: string[][] | null = null;
    for (const r of run) {
      if (r.segs.length >= 2 || !cur) {
        cur = cols.map(() => []);
        table.rows.push({ cells: [] });
        for (const s of r.segs) cur[colOf(s.x)]!.push(s.text);
        table.rows[table.rows.length - 1]!.cells = cur.map((l, c) => ({ lines: l, colSpan: 1, rowSpan: 1, col: c }));
      } else {
        cur[colOf(r.segs[0]!.x)]!.push(r.segs[0]!.text);
      }
    }
    tables.push(table);
    i = j;
  }
  return { tables, rest };
}

// ---- the document -------------------------------------------------------------

function furnitureKeys(pages: PageContent[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const it of p.items) {
      if (it.kind !== 'line' || !inMargin(it.line, p.height)) continue;
      const key = it.line.text.replace(/\d+/g, '#');
      if (!seen.has(key)) { seen.add(key); counts.set(key, (counts.get(key) ?? 0) + 1); }
    }
  }
  const keys = new Set<string>();
  if (pages.length >= 2) for (const [k, n] of counts) if (n >= Math.max(2, pages.length / 2)) keys.add(k);
  return keys;
}

const inMargin = (l: Line, height: number) => l.y > height * 0.9 || l.y < height * 0.1;

interface Flow { kind: 'line'; line: Line; page: number; pageBreak: boolean }
interface FlowTable { kind: 'table'; table: PageTable; page: number; rowPages: number[] }

function assemble(pages: PageContent[]): Block[] {
  const furniture = furnitureKeys(pages);
  const flow: (Flow | FlowTable)[] = [];
  pages.forEach((p, pi) => {
    let first = true;
    for (const it of p.items) {
      if (it.kind === 'line') {
        if (inMargin(it.line, p.height) && (furniture.has(it.line.text.replace(/\d+/g, '#')) || PAGE_NUMBER.test(it.line.text))) continue;
        flow.push({ kind: 'line', line: it.line, page: pi + 1, pageBreak: first });
      } else {
        const prev = flow[flow.length - 1];
        if (first && prev?.kind === 'table' && continues(prev.table, it.table)) joinTable(prev, it.table, pi + 1);
        else flow.push({ kind: 'table', table: it.table, page: pi + 1, rowPages: it.table.rows.map(() => pi + 1) });
      }
      first = false;
    }
  });
  // Body margins, for paragraph joins.
  const bodyLines = flow.filter((f): f is Flow => f.kind === 'line').map((f) => f.line);
  const left = bodyLines.length ? percentile(bodyLines.map((l) => l.x), 0.1) : 0;
  const right = bodyLines.length ? percentile(bodyLines.map((l) => l.right), 0.9) : 0;
  const blocks: Block[] = [];
  let next = 1;
  let open: { block: ParagraphBlock; line: Line } | null = null;
  for (const f of flow) {
    if (f.kind === 'table') {
      open = null;
      blocks.push(tableBlock(f, () => next++));
      continue;
    }
    const l = f.line;
    if (open && joins(open.line, l, left, right)) {
      open.block.text = tidy(`${open.block.text} ${l.text}`);
      open.line = l;
      continue;
    }
    const block: ParagraphBlock = { kind: 'paragraph', text: l.text, line: next++, page: f.page };
    blocks.push(block);
    open = { block, line: l };
  }
  return blocks;
}

function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** A line that runs to the right margin continues into an unindented next line that starts no numbered heading. */
function joins(prev: Line, next: Line, left: number, right: number): boolean {
  const fs = Math.max(prev.h, 1);
  // A centred line (a title) stands alone.
  const indent = prev.x - left;
  if (indent > fs * 2.5 && Math.abs(indent - (right - prev.right)) < fs * 2) return false;
  if (prev.right < right - fs * 1.5) return false;
  if (next.x > left + fs * 0.8) return false;
  if (Math.abs(next.h - prev.h) > fs * 0.25) return false;
  return !NUMBERED_START.test(next.text);
}

/** The table on the next page goes on from this one: the same columns. */
function continues(a: PageTable, b: PageTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= 3);
}

const rowTexts = (r: PageTable['rows'][number]) => r.cells.map((c) => c.lines.join('')).join('|');

function joinTable(prev: FlowTable, next: PageTable, page: number): void {
  const header = prev.table.rows[0];
  let rows = next.rows;
  // The header repeated on the new page.
  if (header && rows[0] && rowTexts(rows[0]) === rowTexts(header)) rows = rows.slice(1);
  // A row split by the page break: the continuation has nothing in the first column.
  const last = prev.table.rows[prev.table.rows.length - 1];
  const first = rows[0];
  if (last && first && !first.cells.some((c) => c.col === 0 && c.lines.length) && first.cells.every((c) => c.rowSpan === 1) && splitRow(last, first)) {
    for (const c of first.cells) {
      const target = last.cells.find((t) => t.col === c.col);
      if (target) for (const l of c.lines) target.lines.push(l);
    }
    rows = rows.slice(1);
  }
  for (const r of rows) {
    prev.table.rows.push(r);
    prev.rowPages.push(page);
  }
}

/**
 * Whether `next` (the first row on a page) is the rest of `last` (the last
 * row on the page before) rather than a row of its own under a merged first
 * column: some cell of `last` that goes on in `next` stops mid-sentence.
 */
function splitRow(last: PageTable['rows'][number], next: PageTable['rows'][number]): boolean {
  return next.cells.some((c) => {
    if (!c.lines.length) return false;
    const above = last.cells.find((t) => t.col === c.col)?.lines.join('') ?? '';
    // Dates (`…30日前`) and units (`…局`) end where they stand; sentences end with `。`.
    return above.length > 8 && !/[。；;！!？?）)前底内年月日]$/u.test(above.trim()) && !ENDS_ITEM.test(above.trim());
  });
}

function tableBlock(f: FlowTable, nextLine: () => number): TableBlock {
  const rows = f.table.rows;
  const grid = new GridBuilder(rows.length);
  grid.reserveWidth(f.table.xs.length - 1);
  for (const r of rows) {
    grid.startRow();
    for (const c of r.cells) grid.place(c.col, { lines: c.lines, colSpan: c.colSpan, rowSpan: c.rowSpan });
  }
  const t = grid.finish({ nextLine })!;
  t.rows.forEach((r: Row, i) => { r.page = f.rowPages[i]; });
  return t;
}
