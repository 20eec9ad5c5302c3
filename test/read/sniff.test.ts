import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { sniff } from '../../src/read/sniff.js';
import { fixture, makeZip } from './helpers.js';

describe('sniff: content before extension', () => {
  it('HTML saved as .txt, with a BOM, a leading comment, an XML declaration, in UTF-16', () => {
    expect(sniff(Buffer.from('<!DOCTYPE html><html><body><p>正文</p></body></html>'), 'page.txt')).toBe('html');
    expect(sniff(Buffer.from('\uFEFF<html><head><meta charset="utf-8"></head></html>'), 'x.txt')).toBe('html');
    expect(sniff(Buffer.from('<!-- saved from url=(0044)http://www.example.gov.cn/ -->\n<html><body></body></html>'), 'x.txt')).toBe('html');
    expect(sniff(Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html xmlns="http://www.w3.org/1999/xhtml">'), 'x.txt')).toBe('html');
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>正文</body></html>', 'utf16le')]), 'x.txt')).toBe('html');
    expect(sniff(iconv.encode('<html><head><meta charset="gb2312"></head><body>正文</body></html>', 'gbk'), 'x.doc')).toBe('html');
    expect(sniff(fixture('html/gbk-meta.html'), 'noext')).toBe('html');
  });

  it('a text plan stays text (angle brackets in prose are not markup)', () => {
    expect(sniff(Buffer.from('《高淳区安全生产“十三五”规划》\n<一>总体要求\n'), 'plan.txt')).toBe('txt');
    expect(sniff(iconv.encode('附件\n\n\t序号\n\t任务\n', 'gbk'), 'plan.txt')).toBe('txt');
    expect(sniff(Buffer.from('附件\n\t序号\n', 'utf16le'), 'plan.txt')).toBe('txt');
  });

  it('Word files by their bytes: .docx renamed .doc, .doc renamed .docx, a zip without Word parts', () => {
    expect(sniff(fixture('docx/vmerge.docx'), 'a.doc')).toBe('docx');
    expect(sniff(fixture('docx/vmerge.docx'), 'a.bin')).toBe('docx');
    expect(sniff(fixture('doc/vmerge.doc'), 'a.docx')).toBe('doc');
    expect(sniff(makeZip([{ name: 'readme.txt', data: 'x' }]), 'a.zip')).toBe('zip');
  });

  it('a truncated .docx (no central directory) under another name is still a .docx', () => {
    const whole = fixture('docx/vmerge.docx');
    expect(sniff(whole.subarray(0, Math.floor(whole.length * 0.8)), 'download.bin')).toBe('docx');
  });

  it('other formats keep their values', () => {
    expect(sniff(Buffer.alloc(0), 'x.txt')).toBe('empty');
    expect(sniff(Buffer.from('%PDF-1.7\n'), 'x.docx')).toBe('pdf');
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'x.txt')).toBe('image');
    expect(sniff(Buffer.from('{\\rtf1\\ansi'), 'x.doc')).toBe('rtf');
    expect(sniff(Buffer.from([1, 2, 3, 0x41, 0x42]), 'x.txt')).toBe('binary');
  });
});

describe('sniff: the formats of the reader registry', () => {
  it('PDF, xlsx (also as .et), odt, OFD, old Office binaries by their streams', () => {
    expect(sniff(fixture('formats/lo-corpus-01-anquan-vmerge.pdf'), 'x.bin')).toBe('pdf');
    expect(sniff(fixture('formats/exceljs-anquan.xlsx'), 'x.et')).toBe('xlsx');
    expect(sniff(fixture('formats/calc-anquan.xlsx'), 'noext')).toBe('xlsx');
    expect(sniff(fixture('formats/lo-corpus-01-anquan-vmerge.odt'), 'x.zip')).toBe('odt');
    expect(sniff(makeZip([{ name: 'OFD.xml', data: '<ofd:OFD/>' }]), 'plan.ofd')).toBe('ofd');
    expect(sniff(fixture('formats/calc-anquan.xls'), 'plan.et')).toBe('xls');
    expect(sniff(fixture('doc/vmerge.doc'), 'plan.wps')).toBe('wps');
    expect(sniff(fixture('doc/vmerge.doc'), 'plan.doc')).toBe('doc');
  });
});
