import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/detect/metadata.js';
import type { Block } from '../../src/model/document.js';

const paras = (...texts: string[]): Block[] => texts.map((text, i) => ({ kind: 'paragraph', text, line: i + 1 }));

describe('readMeta', () => {
  it('reads title, 文号 and the signature date of a notice', () => {
    const meta = readMeta(paras('南京市高淳区人民政府办公室文件', '             高政办发〔2017〕28号', '关于印发《高淳区安全生产“十三五”规划》的通知', '各镇人民政府：', '2017年2月27日', '高淳区安全生产“十三五”规划'));
    expect(meta).toEqual({ title: '高淳区安全生产“十三五”规划', docNumber: '高政办发〔2017〕28号', issued: '2017-02-27', year: 2017 });
  });

  it('reads a web page header with labels', () => {
    const meta = readMeta(paras('  • 文 号:泉台委办发〔2019〕5号', '  • 发文日期:2019-06-19', '关于印发《泉州台商投资区推进城区安全发展实施方案》的通知'));
    expect(meta).toMatchObject({ docNumber: '泉台委办发〔2019〕5号', issued: '2019-06-19', year: 2019 });
  });

  it('never takes a cited document number from a sentence', () => {
    const meta = readMeta(paras('王益区关于推进安全生产领域改革发展的实施意见', '为认真贯彻落实《中共中央、国务院关于推进安全生产领域改革发展的意见》（中发〔2016〕32号）精神，制定本意见。'));
    expect(meta).toEqual({ title: '王益区关于推进安全生产领域改革发展的实施意见', docNumber: null, issued: null, year: null });
  });

  it('takes the plan year of the title before the issue year', () => {
    const meta = readMeta(paras('现将《2023年安全生产工作要点》印发给你们，请认真贯彻落实。', '二〇二二年十二月三十日'));
    expect(meta).toMatchObject({ title: '2023年安全生产工作要点', issued: '2022-12-30', year: 2023 });
  });

  it('never reports an impossible issue date', () => {
    expect(readMeta(paras('关于印发《工作方案》的通知', '2021年2月30日')).issued).toBeNull();
    expect(readMeta(paras('发文日期：2020-02-29')).issued).toBe('2020-02-29');
  });

  it('reads Traditional labels and a title without 《》', () => {
    const meta = readMeta(paras('關於印發安全生產三年行動方案的通知', '發文日期：2020年5月6日'));
    expect(meta).toMatchObject({ issued: '2020-05-06', year: 2020 });
  });
});
