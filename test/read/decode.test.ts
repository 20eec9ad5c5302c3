import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBytes, normaliseCharset } from '../../src/read/decode.js';
import { readDocument } from '../../src/read/index.js';
import { fixture, tables, texts } from './helpers.js';

const SIMPLIFIED = '附件\n主要任务及分工情况一览表\n\t序号\n\t任务\n\t牵头（承办）部门\n\t完成时限\n\n\t1\n\t亿元GDP生产安全事故死亡率控制在0.01以内\n\t区安监局\n\t2018年底前\n';
const TRADITIONAL = '重點工作任務分工表\n\t序號\n\t工作任務\n\t牽頭單位\n\t完成時限\n\n\t1\n\t推動產業轉型升級，完善長期照顧服務體系\n\t經濟發展局\n\t2021年底前\n';

describe('decodeBytes', () => {
  it('UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from(SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE/BE with BOM, and without BOM when unambiguous', () => {
    const le = Buffer.from(SIMPLIFIED, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: SIMPLIFIED, encoding: 'utf-16be' });
    expect(decodeBytes(le)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('GBK / GB2312 / GB18030 bytes decode as gb18030, never as UTF-8 with replacements', () => {
    for (const enc of ['gbk', 'gb2312', 'gb18030']) {
      const d = decodeBytes(iconv.encode(SIMPLIFIED, enc));
      expect(d).toEqual({ text: SIMPLIFIED, encoding: 'gb18030' });
    }
    // GB18030 four-byte characters (㐀, 䶮) and the euro sign survive.
    const rare = '刘䶮与㐀字，价格€5\n';
    expect(decodeBytes(iconv.encode(rare, 'gb18030'))).toEqual({ text: rare, encoding: 'gb18030' });
  });

  it('a UTF-8 file with one broken byte at the end stays UTF-8', () => {
    const cut = Buffer.from(SIMPLIFIED + '完成').subarray(0, -1);
    const d = decodeBytes(cut);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith(SIMPLIFIED)).toBe(true);
  });

  it('Big5 (Traditional) is told apart from GB18030, which accepts almost any bytes', () => {
    const d = decodeBytes(iconv.encode(TRADITIONAL, 'big5'));
    expect(d).toEqual({ text: TRADITIONAL, encoding: 'big5' });
    // Traditional text in GB18030 stays GB18030.
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'gb18030'))).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
  });

  it('a declared charset is used when it decodes cleanly; UTF-8 bytes beat a stale GB label', () => {
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'big5'), 'big5').encoding).toBe('big5');
    expect(decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'), 'gb2312')).toEqual({ text: SIMPLIFIED, encoding: 'gb18030' });
    expect(decodeBytes(Buffer.from(SIMPLIFIED), 'gb2312')).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
    expect(normaliseCharset('GB2312')).toBe('gb18030');
    expect(normaliseCharset('x-gbk')).toBe('gb18030');
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('nonsense')).toBeNull();
  });

  it('property: Chinese text round-trips through UTF-8, UTF-16 (BOM) and GB18030 with no U+FFFD', () => {
    const han = fc.constantFrom(...'安全生产责任体系建设完善健全落实监管执法隐患排查治理应急救援能力提升区发改局经信局住建局，。、；：（）“”0123456789年月日\n\t ');
    fc.assert(
      fc.property(fc.array(han, { minLength: 8, maxLength: 200 }), (chars) => {
        const s = `任务${chars.join('')}`;
        for (const bytes of [Buffer.from(s), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), iconv.encode(s, 'gb18030')]) {
          const d = decodeBytes(bytes);
          expect(d.text).toBe(s);
          expect(d.text).not.toContain('\uFFFD');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('.txt through readDocument', () => {
  it('GBK task table (a few rows of seeds/000, re-encoded)', async () => {
    const m = await readDocument(fixture('txt/gbk-table.txt'), 'gbk-table.txt');
    expect(m.encoding).toBe('gb18030');
    expect(m.warnings).toEqual([]);
    const [t] = tables(m);
    expect(texts(t!)[0]).toEqual(['序号', '专项', '任务', '主要内容', '牵头（承办）部门', '完成时限']);
    expect(texts(t!)[1]).toEqual(['1', '约束性指标及考核', '亿元GDP生产安全事故死亡率', '控制在0.01以内', '区安监局', '2018']);
    expect(t!.caption).toBe('主要任务及分工情况一览表');
  });

  it('UTF-16 LE text, with and without BOM', async () => {
    const seed = new TextDecoder().decode(fixture('../seeds/000_2439c07fcf6e2db5.txt')).split('\n').slice(0, 40).join('\r\n');
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]), Buffer.from(seed, 'utf16le')]) {
      const m = await readDocument(bytes, 'u16.txt');
      expect(m.encoding).toBe('utf-16le');
      expect(texts(tables(m)[0]!)[0]![0]).toBe('序号');
    }
  });

  it('Big5 text', async () => {
    const m = await readDocument(iconv.encode(TRADITIONAL.replace(/\n/g, '\r\n'), 'big5'), 'trad.txt');
    expect(m.encoding).toBe('big5');
    expect(texts(tables(m)[0]!)[0]).toEqual(['序號', '工作任務', '牽頭單位', '完成時限']);
  });
});
