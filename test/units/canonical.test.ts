/**
 * Canonical unit names: the hand-made variant table (drawn from the seeds and
 * ../shared/real, checked to still occur there), the must-not-merge pairs,
 * place prefixes, Traditional characters and user alias tables.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UnitNamer, SHIPPED_ALIASES } from '../../src/units/canonical.js';
import { CORPUS_VARIANTS, DISTINCT, MADE_VARIANTS } from './variants.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const REAL = fileURLToPath(new URL('../../../shared/real/', import.meta.url));

function corpusText(): string {
  const files = [
    ...readdirSync(SEEDS).map((f) => SEEDS + f),
    ...(realAvailable ? readdirSync(REAL).filter((f) => /^\d.*\.txt$/.test(f)).map((f) => REAL + f) : []),
  ];
  // Names may be wrapped over lines in a cell: compare without white space.
  return files.map((f) => readFileSync(f, 'utf8').replace(/\s+/gu, '')).join('\n');
}

const realAvailable = existsSync(REAL);
if (!realAvailable) console.warn(`canonical.test.ts: ${REAL} not found — the check that the variant table's names occur in the corpus is skipped`);

const namer = new UnitNamer();
const canon = (name: string) => namer.name(name).canonical;

describe('canonical unit names', () => {
  it('has at least 40 variant pairs', () => {
    expect(CORPUS_VARIANTS.length).toBeGreaterThanOrEqual(40);
  });

  it.skipIf(!realAvailable)('draws every name of the variant table from the seeds and ../shared/real', () => {
    const text = corpusText();
    const missing = CORPUS_VARIANTS.flat().filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
  });

  it.each(CORPUS_VARIANTS.map(([a, b]) => [a, b]))('folds %s and %s into one name', (a, b) => {
    expect(canon(a)).toBe(canon(b));
  });

  it.each(MADE_VARIANTS.map(([a, b]) => [a, b]))('folds %s and %s (full names, reform, Traditional)', (a, b) => {
    expect(canon(a)).toBe(canon(b));
  });

  it.each(DISTINCT.map(([a, b]) => [a, b]))('never merges %s and %s', (a, b) => {
    expect(canon(a)).not.toBe(canon(b));
  });

  it('keeps the place prefix apart and the name as written', () => {
    expect(namer.name('高淳区安全生产监督管理局')).toEqual({ name: '高淳区安全生产监督管理局', canonical: '应急管理局', prefix: '高淳区' });
    expect(namer.name('南京市高淳区应急管理局')).toEqual({ name: '南京市高淳区应急管理局', canonical: '应急管理局', prefix: '南京市高淳区' });
    expect(namer.name('区安监局')).toEqual({ name: '区安监局', canonical: '应急管理局', prefix: '区' });
    expect(namer.name('安监局')).toEqual({ name: '安监局', canonical: '应急管理局', prefix: null });
    expect(namer.name('区直相关部门')).toMatchObject({ canonical: '相关部门', prefix: '区直' });
    expect(namer.name('镇江市应急管理局').prefix).toBe('镇江市');
  });

  it('does not take words beginning with a level character for a place', () => {
    expect(namer.name('市场监督管理局')).toMatchObject({ canonical: '市场监督管理局', prefix: null });
    expect(namer.name('市政公司')).toMatchObject({ canonical: '市政公司', prefix: null });
    expect(namer.name('区市政公司')).toMatchObject({ canonical: '市政公司', prefix: '区' });
    expect(namer.name('乡镇人民政府')).toMatchObject({ canonical: '乡镇政府', prefix: null });
    expect(namer.name('百崎市场监督管理所')).toMatchObject({ canonical: '百崎市场监督管理所', prefix: null });
    expect(namer.name('城市管理分局')).toMatchObject({ canonical: '城市管理分局', prefix: null });
    expect(namer.name('医药高新区管委会')).toMatchObject({ canonical: '医药高新区管委会', prefix: null });
    expect(namer.name('各区县市')).toMatchObject({ canonical: '区县市', prefix: null });
    expect(namer.name('县市场监管局')).toMatchObject({ canonical: '市场监督管理局', prefix: '县' });
    expect(namer.name('各縣市人民政府')).toMatchObject({ canonical: '县市政府', prefix: null });
  });

  it('keeps the level of a whole-level body (政府, 党委)', () => {
    expect(namer.name('惠安县人民政府')).toEqual({ name: '惠安县人民政府', canonical: '县政府', prefix: '惠安县' });
    expect(canon('区委')).toBe('区委');
    expect(canon('政府')).toBe('政府');
    expect(canon('区委宣传部')).toBe('党委宣传部');
  });

  it('folds Traditional characters and pinyin glosses for matching only', () => {
    expect(namer.name('區安監局')).toEqual({ name: '區安監局', canonical: '应急管理局', prefix: '区' });
    expect(namer.name('省工(gōng)業和信息化廳')).toMatchObject({ name: '省工(gōng)業和信息化廳', canonical: '工业和信息化厅', prefix: '省' });
    expect(canon('湘西經(jīng)開區(qū)管委會')).toBe('湘西经开区管委会');
  });

  it('drops bracketed annotations and leftover role tails from the canonical name', () => {
    expect(canon('区环境与国土资源局(环保）')).toBe('环境与国土资源局');
    expect(canon('区科技经济发展局（发改、安监')).toBe('科技经济发展局');
    expect(canon('县医疗保障局等有关部门参加')).toBe('医疗保障局');
  });

  it('ships a well-formed alias table where no alias names two units', () => {
    const seen = new Map<string, string>();
    for (const entry of SHIPPED_ALIASES.units) {
      expect(entry.canonical).toMatch(/^\p{Script=Han}+$/u);
      expect(entry.note).toBeTruthy();
      for (const alias of entry.aliases) {
        expect(seen.get(alias) ?? entry.canonical, `${alias} is listed under two units`).toBe(entry.canonical);
        seen.set(alias, entry.canonical);
      }
    }
  });

  it('extends the table with a user table, which wins where both name an alias', () => {
    const user = new UnitNamer([SHIPPED_ALIASES, { units: [
      { canonical: '区建筑工地安全监控中心', aliases: ['监控中心'] },
      { canonical: '住房和城乡建设委员会', aliases: ['建设局'] },
    ] }]);
    expect(user.name('区监控中心').canonical).toBe('区建筑工地安全监控中心');
    expect(user.name('区建设局').canonical).toBe('住房和城乡建设委员会');
    expect(namer.name('区建设局').canonical).toBe('住房和城乡建设局');
  });
});
