/**
 * .html / .htm → document model. Government pages wrap the plan in site
 * chrome (navigation, breadcrumbs, footers); the article body is found first
 * and only it yields blocks.
 *
 *  - Bytes: a BOM, else `<meta charset>` / `<meta http-equiv content="…;
 *    charset=gb2312">` (GB labels decode as GB18030), else the bytes decide —
 *    see decode.ts (valid UTF-8 wins over a GB label: CMS migrations leave
 *    stale labels, and GBK text is never valid UTF-8 by chance).
 *  - Parsing: cheerio's htmlparser2 build (`cheerio/slim`), imported here only, and this module is itself
 *    imported only for HTML files. Every walk over the tree below is
 *    iterative (explicit stacks), so 10,000 nested `<div>`s cannot exhaust
 *    the call stack.
 *  - Article body: the first of the usual content containers (`.TRS_Editor`,
 *    `#zoom`, `.article`, `.content`, `#content`, `<article>`,
 *    `.pages_content`, …) holding a fair share of the page's Chinese text;
 *    otherwise, from `<body>` down, the child holding most (≥ 70%) of its
 *    parent's Chinese text, while there is one. Nav, header, footer, aside,
 *    script, style and elements named like chrome (breadcrumb, menu,
 *    share, …) never count and never yield text. When the body found has no
 *    heading of its own, the nearest `<h1>`–`<h3>` above it (the article
 *    title) is kept as its first paragraph.
 *  - Blocks: every `<p>`, `<div>` text leaf, `<h1>`–`<h6>`, `<li>` and
 *    `<br>`-separated line → a paragraph block; every `<table>` → a table
 *    block with `rowspan`/`colspan` expanded into the grid (origin cell keeps
 *    its spans, covered positions are `covered: true`), `<th>` like `<td>`,
 *    rows of `<thead>`, `<tbody>`, `<tfoot>` in display order; a nested table
 *    is flattened into its cell's lines, and `<p>`/`<br>` split a cell into
 *    lines. A table of at most two columns whose cells hold paragraphs or
 *    tables of their own is page layout, not data: it is descended into.
 *  - `line` is the block order index (`lineBase: 'block'`): each paragraph
 *    and each table row takes the next index (see blocks.ts).
 */
import type { Warning } from '../model/diagnostics.js';
import type { Block, DocumentModel, ParagraphBlock, TableBlock } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { GridBuilder } from './grid.js';

// Minimal structural view of the domhandler nodes cheerio builds.
interface DomNode {
  type: string;
  parent: DomNode | null;
}
interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}
interface DomText extends DomNode {
  data: string;
}

const isElement = (n: DomNode): n is DomElement => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: DomNode): n is DomText => n.type === 'text';

/** Never text: scripts, styles, form controls, embedded objects. */
const NEVER = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'option', 'button', 'input', 'textarea', 'map', 'canvas', 'video', 'audio']);
/** Page chrome by tag. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
/** Page chrome by class or id. */
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|bread|footer|foot|sidebar|share|copyright|position|location|dqwz|topbar|toolbar|header-nav|logo|banner|friendlink|links)(?:$|[\s_-])/i;

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main',
  'header', 'blockquote', 'pre', 'center', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'body', 'html', 'legend', 'details', 'summary',
]);
const HEADING = /^h[1-6]$/;

/** Content containers, in order of preference. */
const CONTAINERS: ((e: DomElement) => boolean)[] = [
  hasClass('TRS_Editor'),
  hasClass('TRS_UEDITOR'),
  hasId('zoom'),
  hasId('UCAP-CONTENT'),
  hasClass('pages_content'),
  hasClass('article-content'),
  hasClass('article_content'),
  hasClass('article'),
  hasId('article'),
  (e) => e.name === 'article',
  hasId('content'),
  hasClass('content'),
  hasClass('wzy_content'),
  hasClass('zw'),
  hasId('zw'),
  hasClass('detail'),
  hasClass('main-content'),
];

function hasClass(c: string) {
  const re = new RegExp(`(?:^|\\s)${c}(?:\\s|$)`, 'i');
  return (e: DomElement) => re.test(e.attribs?.['class'] ?? '');
}
function hasId(id: string) {
  const low = id.toLowerCase();
  return (e: DomElement) => (e.attribs?.['id'] ?? '').toLowerCase() === low;
}

export async function readHtml(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const { text, encoding } = decodeBytes(bytes, declaredCharset(bytes));
  const warnings: Warning[] = [];
  // cheerio's htmlparser2 build: linear on deep nesting (parse5's scope
  // checks are quadratic there) and lenient with the markup of old CMSs.
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) {
    throw new InputFailure('TOO_DEEP', `the page nests elements ${depth.toLocaleString('en-US')} deep, over the ${MAX_DEPTH.toLocaleString('en-US')} limit`, 'no real page nests that deep: check where the file came from');
  }
  const { load } = await import('cheerio/slim');
  let root: DomElement;
  try {
    root = load(text).root()[0] as unknown as DomElement;
  } catch (e) {
    throw new InputFailure('CORRUPT_HTML', `the page could not be parsed (${e instanceof Error ? e.message : String(e)})`, 'save the page again from a browser, or copy its text into a .txt file');
  }
  const blocks = htmlBlocks(root);
  return { source, format: 'html', encoding, lineBase: 'block', blocks, warnings };
}

/**
 * htmlparser2 keeps its element stack with `unshift`/`shift`, so parsing
 * costs time quadratic in the nesting depth; pages nest a few dozen deep.
 * The depth of that stack is worked out first, in one linear pass over the
 * tags that closes elements as htmlparser2 does (an open `<p>`, `<li>`,
 * `<td>`, `<tr>` … is closed by the next one; void elements never open), so
 * an old page with ten thousand unclosed `<p>`s is not refused.
 */
const MAX_DEPTH = 20_000;
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P_CLOSERS = ['p', 'div', 'ul', 'ol', 'dl', 'table', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'address', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'fieldset', 'hr', 'li', 'menu', 'figure', 'figcaption', 'main', 'details', 'summary', 'center'];
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dt', 'dd'])],
  ['dt', new Set(['dt', 'dd'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
]);
for (const t of P_CLOSERS) IMPLIES_CLOSE.set(t, new Set([...(IMPLIES_CLOSE.get(t) ?? []), 'p']));

export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (m[1]) {
      // A closing tag closes everything above its element, if it is open.
      if (!open.get(name)) continue;
      for (;;) {
        const top = stack.pop()!;
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1]!)) {
      const top = stack.pop()!;
      open.set(top, open.get(top)! - 1);
    }
    if (m[3]) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > max) max = stack.length;
  }
  return max;
}

/** The charset a page declares in its first 4 KB: `<meta charset>`, `http-equiv`, or the XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? xml[1]! : null;
}

/** The article's blocks, for a parsed page. */
export function htmlBlocks(root: DomElement): Block[] {
  const body = findFirst(root, (e) => e.name === 'body') ?? root;
  const han = hanCounts(body);
  const content = findContent(body, han);
  const walker = new BlockWalker();
  if (!hasHeading(content)) {
    const title = headingBefore(body, content);
    if (title) walker.paragraph(title);
  }
  if (content !== body) for (const line of infoBarLines(body, content)) walker.paragraph(line);
  walker.walk(content);
  return walker.finish();
}

function isChrome(e: DomElement): boolean {
  if (NEVER.has(e.name) || CHROME_TAGS.has(e.name)) return true;
  // A page header is chrome; an article's <header> holding its title is not.
  if (e.name === 'header' && !holdsHeading(e)) return true;
  const label = `${e.attribs?.['class'] ?? ''} ${e.attribs?.['id'] ?? ''}`;
  return label.length > 1 && CHROME_NAME.test(label) && !CONTAINERS.some((c) => c(e));
}

/**
 * Whether a <header> holds an <h1>–<h3>. The answer is worked out for every
 * <header> of the subtree in one walk and kept: searching again from each of
 * 10,000 nested headers is quadratic.
 */
const headerHolds = new WeakMap<DomElement, boolean>();
function holdsHeading(header: DomElement): boolean {
  const known = headerHolds.get(header);
  if (known !== undefined) return known;
  // Iterative post-order: an element holds a heading when a child is one or holds one.
  const holds = new Map<DomElement, boolean>();
  const stack: DomElement[] = [header];
  const exit: boolean[] = [false];
  while (stack.length) {
    const e = stack.pop()!;
    if (exit.pop()) {
      const h = children(e).some((c) => /^h[1-3]$/.test(c.name) || holds.get(c) === true);
      holds.set(e, h);
      if (e.name === 'header') headerHolds.set(e, h);
      continue;
    }
    const cached = e !== header && e.name === 'header' ? headerHolds.get(e) : undefined;
    if (cached !== undefined) {
      holds.set(e, cached);
      continue;
    }
    stack.push(e);
    exit.push(true);
    for (const c of children(e)) {
      stack.push(c);
      exit.push(false);
    }
  }
  return holds.get(header) === true;
}

/** Text directly inside an element (not its descendants), for cheap checks. */
function shallowText(e: DomElement): string {
  let s = '';
  for (const c of e.children) if (isText(c)) s += c.data;
  return s;
}

function children(e: DomElement): DomElement[] {
  return e.children.filter(isElement);
}

/** Pre-order search, iterative. */
function findFirst(root: DomElement, pred: (e: DomElement) => boolean): DomElement | null {
  const stack: DomElement[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (pred(e)) return e;
    const kids = children(e);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

/**
 * Chinese characters under each element, chrome excluded; iterative
 * post-order. A data table is counted as a whole (its cells are never
 * candidates for the article body), which keeps long tables cheap.
 */
function hanCounts(root: DomElement): Map<DomElement, number> {
  const counts = new Map<DomElement, number>();
  const stack: DomElement[] = [root];
  const done: boolean[] = [false];
  while (stack.length) {
    const e = stack.pop()!;
    if (done.pop()) {
      let n = 0;
      for (const c of e.children) {
        if (isText(c)) n += countHan(c.data);
        else if (isElement(c)) n += counts.get(c) ?? 0;
      }
      counts.set(e, n);
      continue;
    }
    if (e !== root && isChrome(e)) {
      counts.set(e, 0);
      continue;
    }
    if (e.name === 'table' && !isLayoutTable(e)) {
      counts.set(e, countHan(textOf(e)));
      continue;
    }
    stack.push(e);
    done.push(true);
    for (const c of e.children) {
      if (isElement(c)) {
        stack.push(c);
        done.push(false);
      }
    }
  }
  return counts;
}

function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** Elements that hold a paragraph's text, not paragraphs: the body is never found inside one. */
const TEXT_LEVEL = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'font', 'strong', 'b', 'em', 'i', 'a', 'label', 'pre', 'blockquote']);

function findContent(body: DomElement, han: Map<DomElement, number>): DomElement {
  const total = han.get(body) ?? 0;
  if (total === 0) return body;
  // Candidates: named elements (or <article>) that hold Chinese text.
  const all: DomElement[] = [];
  const stack: DomElement[] = [body];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.attribs?.['class'] || e.attribs?.['id'] || e.name === 'article') all.push(e);
    if (e !== body && !han.get(e)) continue;
    if (e.name === 'table' && !isLayoutTable(e)) continue;
    for (const c of children(e)) stack.push(c);
  }
  for (const pred of CONTAINERS) {
    let best: DomElement | null = null;
    for (const e of all) if (pred(e) && (!best || (han.get(e) ?? 0) > (han.get(best) ?? 0))) best = e;
    if (best && (han.get(best) ?? 0) >= Math.max(10, 0.25 * total)) return best;
  }
  let cur = body;
  for (;;) {
    const n = han.get(cur) ?? 0;
    let next: DomElement | null = null;
    for (const c of children(cur)) if ((han.get(c) ?? 0) >= 0.7 * n && (!next || (han.get(c) ?? 0) > (han.get(next) ?? 0))) next = c;
    if (!next) return cur;
    // Nor into one paragraph or run of text: a page of bare `<p>`s (a CMS fragment) is all content.
    if (TEXT_LEVEL.has(next.name)) return cur;
    // Do not walk into the rows of a data table: the table is content.
    if (next.name === 'table' && !isLayoutTable(next)) return cur;
    cur = next;
  }
}

function hasHeading(e: DomElement): boolean {
  return findFirst(e, (x) => /^h[1-3]$/.test(x.name) && /[\u4e00-\u9fff]/.test(textOf(x))) !== null;
}

/** The last `<h1>`–`<h3>` (or title-classed element) before `content` in document order, outside chrome. */
function headingBefore(body: DomElement, content: DomElement): string | null {
  let found: string | null = null;
  const stack: DomElement[] = [body];
  while (stack.length) {
    const e = stack.pop()!;
    if (e === content) break;
    if (e !== body && isChrome(e)) continue;
    const titled = /^h[1-3]$/.test(e.name) || /(?:^|[\s_-])(?:title|article-title|tit|bt)(?:$|[\s_-])/i.test(e.attribs?.['class'] ?? '');
    if (titled) {
      const t = collapse(textOf(e));
      if (t && t.length <= 100 && /[\u4e00-\u9fff]/.test(t)) found = t;
      continue;
    }
    const kids = children(e);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

/** What an info bar or metadata table above the article says: its 文号, issuer, dates of writing. */
const INFO_BAR = /文\s*号|发文字号|文件编号|索引号|成文日期|发文日期|印发日期|发文机关|发布机构/u;
const INFO_BAR_MAX = 300;

/**
 * The lines of the info bars and metadata tables that CMS pages put above the
 * article, outside the content container (`发布时间：… 文号：柳政办发〔2023〕8号`):
 * they hold the 文号 and the date of writing the article itself may not
 * repeat. Only short lines naming such a field are kept; a metadata table's
 * row becomes one line, its cells joined by ` | `. One walk over what comes
 * before the content (the earlier siblings of it and of its ancestors).
 */
function infoBarLines(body: DomElement, content: DomElement): string[] {
  const chain: DomElement[] = [];
  for (let e: DomElement | null = content; e && e !== body; e = e.parent as DomElement | null) chain.unshift(e);
  const lines: string[] = [];
  const keep = (line: string) => {
    if (line.length <= INFO_BAR_MAX && INFO_BAR.test(line)) lines.push(line);
  };
  const rows = (table: DomElement) => {
    for (const row of tableRows(table).rows) keep(children(row).filter((c) => c.name === 'td' || c.name === 'th').map((c) => collapse(textOf(c))).filter(Boolean).join(' | '));
    return true;
  };
  const collector = new LineCollector(keep, rows);
  let parent = body;
  for (const next of chain) {
    for (const c of children(parent)) {
      if (c === next) break;
      if (isChrome(c)) continue;
      if (c.name === 'table') rows(c);
      else collector.walk(c);
    }
    parent = next;
  }
  return lines;
}

/** All text under an element (iterative), scripts excluded. */
function textOf(e: DomElement): string {
  let s = '';
  const stack: DomNode[] = [e];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) s += n.data;
    else if (isElement(n) && !NEVER.has(n.name)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return s;
}

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');

/**
 * Walks an element's subtree and turns it into lines: block elements and
 * `<br>` end a line. `onTable` may take a table (the article walker makes a
 * table block of it); otherwise the table's rows and cells are walked like
 * blocks, which flattens it into lines.
 */
class LineCollector {
  protected buf = '';
  private pre = 0;

  constructor(
    protected readonly onLine: (line: string) => void,
    protected readonly onTable: (table: DomElement) => boolean = () => false,
  ) {}

  walk(root: DomElement): void {
    type Frame = { node: DomNode; exit: boolean };
    const stack: Frame[] = [{ node: root, exit: false }];
    while (stack.length) {
      const { node, exit } = stack.pop()!;
      if (isText(node)) {
        this.buf += this.pre ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' ');
        if (this.pre && this.buf.includes('\n')) {
          const parts = this.buf.split(/\r\n|\n|\r/);
          this.buf = parts.pop()!;
          for (const p of parts) this.emit(p);
        }
        continue;
      }
      // A fragment with no <body> (a CMS's bare `<p>`s) is walked from the document itself.
      if (node === root && !isElement(node)) {
        const kids = (root as DomElement).children ?? [];
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
        continue;
      }
      if (!isElement(node)) continue;
      const e = node;
      if (exit) {
        if (e.name === 'pre') this.pre--;
        if (BLOCK.has(e.name)) this.flush();
        continue;
      }
      if (e !== root && isChrome(e)) continue;
      if (e.name === 'br') { this.flush(); continue; }
      if (e.name === 'table' && e !== root) {
        this.flush();
        if (this.onTable(e)) continue;
      }
      if (BLOCK.has(e.name)) this.flush();
      if (e.name === 'pre') this.pre++;
      stack.push({ node: e, exit: true });
      for (let i = e.children.length - 1; i >= 0; i--) stack.push({ node: e.children[i]!, exit: false });
    }
    this.flush();
  }

  flush(): void {
    const s = this.buf;
    this.buf = '';
    this.emit(s);
  }

  private emit(s: string): void {
    const t = s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
    if (t) this.onLine(t);
  }
}

/** Lines of a table cell: paragraphs, `<br>` lines, and nested tables flattened. */
function cellLines(cell: DomElement): string[] {
  const lines: string[] = [];
  new LineCollector((l) => lines.push(l)).walk(cell);
  return lines;
}

class BlockWalker {
  private readonly blocks: Block[] = [];
  private nextLine = 1;
  private readonly collector = new LineCollector(
    (line) => this.paragraph(line),
    (table) => this.table(table),
  );

  walk(root: DomElement): void {
    if (root.name === 'table' && !isLayoutTable(root)) {
      this.table(root);
      return;
    }
    this.collector.walk(root);
  }

  paragraph(text: string): void {
    this.blocks.push({ kind: 'paragraph', text, line: this.nextLine++ } satisfies ParagraphBlock);
  }

  /** Makes a table block of a data table; declines (returns false) for a layout table. */
  table(el: DomElement): boolean {
    if (isLayoutTable(el)) return false;
    const built = buildTable(el, () => this.nextLine++);
    if (built) {
      // A `<caption>` of its own is the table's caption (the finisher keeps it).
      built.table.caption = built.caption;
      this.blocks.push(built.table);
    }
    return true;
  }

  finish(): Block[] {
    return this.blocks;
  }
}

/** The `<tr>`s of a table in display order: thead, body rows, tfoot; not those of nested tables. */
function tableRows(table: DomElement): { rows: DomElement[]; caption: string } {
  const head: DomElement[] = [];
  const body: DomElement[] = [];
  const foot: DomElement[] = [];
  let caption = '';
  for (const c of children(table)) {
    if (c.name === 'tr') body.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') {
      // Row by row: push(...rows) with 125,000 rows overflows the stack.
      const into = c.name === 'thead' ? head : c.name === 'tbody' ? body : foot;
      for (const r of children(c)) if (r.name === 'tr') into.push(r);
    }
    else if (c.name === 'caption') caption = collapse(cellLines(c).join(''));
  }
  return { rows: [...head, ...body, ...foot], caption };
}

const rowCells = (tr: DomElement) => children(tr).filter((c) => c.name === 'td' || c.name === 'th');

function spanAttr(e: DomElement, name: string, min: number, max: number, dflt = 1): number {
  const raw = e.attribs?.[name];
  if (raw === undefined) return dflt;
  const v = Number.parseInt(raw, 10);
  if (!Number.isFinite(v)) return dflt;
  return Math.min(max, Math.max(min, v));
}

/**
 * A table of at most two columns whose cells hold block content of their own
 * (a nested table, a heading, or three or more paragraphs) lays out the page.
 */
function isLayoutTable(table: DomElement): boolean {
  const { rows } = tableRows(table);
  let cols = 0;
  for (const tr of rows.slice(0, 50)) {
    let n = 0;
    for (const td of rowCells(tr)) n += spanAttr(td, 'colspan', 1, MAX_COLSPAN);
    cols = Math.max(cols, n);
  }
  if (cols > 2) return false;
  for (const tr of rows) {
    for (const td of rowCells(tr)) {
      let blocks = 0;
      const found = findFirst(td, (e) => {
        if (e === td) return false;
        if (e.name === 'table' || HEADING.test(e.name)) return true;
        if ((e.name === 'p' || e.name === 'div' || e.name === 'li') && /\S/.test(shallowText(e))) blocks++;
        return blocks >= 3;
      });
      if (found) return true;
    }
  }
  return false;
}

// No plan table has a hundred columns; the HTML table model allows 1,000.
const MAX_COLSPAN = 100;

/** Expands rowspan/colspan into the full grid (the HTML table model), on the grid builder. */
function buildTable(table: DomElement, nextLine: () => number): { table: TableBlock; caption: string } | null {
  const { rows: trs, caption } = tableRows(table);
  const n = trs.length;
  const grid = new GridBuilder(n);
  for (let r = 0; r < n; r++) {
    grid.startRow();
    for (const td of rowCells(trs[r]!)) {
      const colSpan = spanAttr(td, 'colspan', 1, MAX_COLSPAN);
      // rowspan="0" reaches to the end of the table (the builder clamps every span to it).
      let rowSpan = spanAttr(td, 'rowspan', 0, 65534);
      if (rowSpan === 0) rowSpan = n - r;
      grid.add({ lines: cellLines(td), colSpan, rowSpan });
    }
  }
  const built = grid.finish({ dropEmptyRows: true, nextLine });
  return built ? { table: built, caption } : null;
}
