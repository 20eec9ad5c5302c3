import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { sniff } from '../../src/read/sniff.js';
import type { TableBlock } from '../../src/model/document.js';
import { fixture, makeZip, paragraphs, tables, codeOf } from './helpers.js';

const texts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => (c.covered ? (c.coveredFrom === 'above' ? '^' : '<') : c.text)));

const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const odt = (body: string) => makeZip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
  { name: 'content.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>` },
]);
const p = (t: string) => `<text:p>${t}</text:p>`;
const td = (t: string, attrs = '') => `<table:table-cell ${attrs}>${p(t)}</table:table-cell>`;
const covered = '<table:covered-table-cell/>';

describe('readOdt', () => {
  it('LibreOffice .odt of a .docx: spans and covered cells, paragraphs in order', async () => {
    const m = await readDocument(fixture('formats/lo-corpus-01-anquan-vmerge.odt'), 'a.odt');
    expect(m.format).toBe('odt');
    expect(paragraphs(m)[0]!.text).toBe('青山县人民政府办公室关于印发青山县2022年安全生产专项整治重点任务分工方案的通知');
    const [t] = tables(m);
    expect(texts(t!)[0]).toEqual(['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(t!.rows[1]!.cells[1]).toMatchObject({ text: '危险化学品', rowSpan: 4 });
    expect(texts(t!).slice(2, 5).map((r) => r[1])).toEqual(['^', '^', '^']);
  });

  it('number-columns-spanned, number-rows-spanned, repeated rows and columns, lists, text:s / line breaks', async () => {
    const body = `${p('标题<text:s text:c="3"/>一')}<text:list><text:list-item>${p('第一项')}</text:list-item><text:list-item>${p('第二项<text:line-break/>续行')}</text:list-item></text:list>
      <table:table>
        <table:table-row>${td('序号')}${td('任务')}${td('牵头单位')}</table:table-row>
        <table:table-row>${td('一、总体', 'table:number-columns-spanned="3"')}${covered}${covered}</table:table-row>
        <table:table-row>${td('1')}${td('甲', 'table:number-rows-spanned="2"')}${td('区发改局')}</table:table-row>
        <table:table-row>${td('2')}${covered}${td('区财政局')}</table:table-row>
        <table:table-row table:number-rows-repeated="2">${td('同')}${td('', 'table:number-columns-repeated="2"')}</table:table-row>
        <table:table-row table:number-rows-repeated="1048000">${td('', 'table:number-columns-repeated="1024"')}</table:table-row>
      </table:table>${p('正文')}`;
    const m = await readDocument(odt(body), 'b.odt');
    expect(paragraphs(m).map((x) => x.text)).toEqual(['标题 一', '第一项', '第二项', '续行', '正文']);
    const [t] = tables(m);
    expect(texts(t!)).toEqual([
      ['序号', '任务', '牵头单位'],
      ['一、总体', '<', '<'],
      ['1', '甲', '区发改局'],
      ['2', '^', '区财政局'],
      ['同', '', ''],
      ['同', '', ''],
      ['', '', ''],
    ]);
  });

  it('automatic list numbers from the list style (styles.xml), nested levels, wrapper items, continued lists', async () => {
    const styles = `<office:document-styles ${ODF_NS} xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"><office:styles>
      <text:list-style style:name="L1">
        <text:list-level-style-number text:level="1" loext:num-list-format="%1%、" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
        <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
        <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>
      </text:list-style></office:styles></office:document-styles>`;
    const item = (depth: number, text: string) => `${'<text:list-item><text:list>'.repeat(depth - 1)}<text:list-item>${p(text)}</text:list-item>${'</text:list></text:list-item>'.repeat(depth - 1)}`;
    const list = (depth: number, text: string, cont = true) => `<text:list text:style-name="L1"${cont ? ' text:continue-numbering="true"' : ''}>${item(depth, text)}</text:list>`;
    const body = list(1, '重点任务', false) + list(2, '蓝天保卫战') + list(3, '推进深度治理。') + list(3, '加强移动源防治。') + list(2, '碧水保卫战') + list(3, '整治排污口。') + list(1, '保障措施') + list(1, '另起一表', false);
    const zip = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'styles.xml', data: styles },
      { name: 'content.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>` },
    ]);
    const m = await readDocument(zip, 'n.odt');
    expect(paragraphs(m).map((x) => x.text)).toEqual(['一、重点任务', '（一）蓝天保卫战', '1.推进深度治理。', '2.加强移动源防治。', '（二）碧水保卫战', '1.整治排污口。', '二、保障措施', '一、另起一表']);
  });

  it('sniffed by its mimetype whatever the name; a damaged one is CORRUPT_ODT, not "a zip to unpack"', async () => {
    expect(sniff(odt(p('x')), 'download.bin')).toBe('odt');
    const broken = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }, { name: 'content.xml', data: '<office:document-content><office:body><office:text><text:p>' }]);
    expect(await codeOf(readDocument(broken, 'c.odt'))).toBe('CORRUPT_ODT');
  });
});

describe('readXlsx / readXls', () => {
  it('exceljs .xlsx: a title row merged across the sheet is the caption, merges are spans', async () => {
    const m = await readDocument(fixture('formats/exceljs-anquan.xlsx'), 'a.xlsx');
    expect(m.format).toBe('xlsx');
    const [t] = tables(m);
    expect(t!.caption).toBe('青山县2022年安全生产专项整治重点任务分工表');
    expect(texts(t!)[0]).toEqual(['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(t!.rows[1]!.cells[1]).toMatchObject({ text: '危险化学品', rowSpan: 4 });
  });

  it('LibreOffice Calc .xlsx and .xls give the same grid', async () => {
    const a = tables(await readDocument(fixture('formats/exceljs-anquan.xlsx'), 'a.xlsx'))[0]!;
    const b = tables(await readDocument(fixture('formats/calc-anquan.xlsx'), 'b.xlsx'))[0]!;
    const c = await readDocument(fixture('formats/calc-anquan.xls'), 'c.xls');
    expect(c.format).toBe('xls');
    expect(texts(b)).toEqual(texts(a));
    expect(texts(tables(c)[0]!)).toEqual(texts(a));
  });

  it('inline strings, shared rich text without phonetics, a date-formatted number', async () => {
    const zip = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="H" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>' },
      { name: 'xl/sharedStrings.xml', data: '<sst><si><t>序号</t></si><si><r><t>任</t></r><r><t>务</t></r><rPh><t>にん</t></rPh></si><si><t>完成时限</t></si></sst>' },
      { name: 'xl/styles.xml', data: '<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs></styleSheet>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>建立台账</t></is></c><c r="C2" s="1"><v>44742</v></c></row></sheetData></worksheet>' },
      { name: 'xl/worksheets/sheet2.xml', data: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏</t></is></c></row></sheetData></worksheet>' },
    ]);
    expect(sniff(zip, 'plan.et')).toBe('xlsx');
    const m = await readDocument(zip, 'plan.et');
    expect(tables(m).map(texts)).toEqual([[['序号', '任务', '完成时限'], ['1', '建立台账', '2022年6月30日']]]);
  });

  it('a damaged .xlsx is CORRUPT_XLSX', async () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: '<workbook><sheets/></workbook>' }]);
    expect(await codeOf(readDocument(zip, 'x.xlsx'))).toBe('CORRUPT_XLSX');
  });
});

describe('other formats by the registry', () => {
  it('a .wps (Word-like binary) is read on the .doc path, with the merged-cell warning', async () => {
    const m = await readDocument(fixture('doc/vmerge.doc'), 'plan.wps');
    expect(m.format).toBe('wps');
    expect(tables(m).length).toBeGreaterThan(0);
    expect(m.warnings.map((w) => w.message).join(' ')).toMatch(/merged cells.*libreoffice --headless --convert-to docx/);
  });

  it('OFD, .ods and other zips get their own advice', async () => {
    const ofd = makeZip([{ name: 'OFD.xml', data: '<ofd:OFD/>' }]);
    expect(await codeOf(readDocument(ofd, 'a.ofd'))).toBe('UNSUPPORTED_OFD');
    const ods = makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }]);
    expect(await codeOf(readDocument(ods, 'a.ods'))).toBe('UNSUPPORTED_ODS');
    expect(await codeOf(readDocument(makeZip([{ name: 'a.txt', data: 'x' }]), 'a.zip'))).toBe('UNSUPPORTED_ZIP');
  });
});
