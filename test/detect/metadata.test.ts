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

  it('a table header scraped one cell a line names no plan: the page\'s report heading does', () => {
    const meta = readMeta(paras('网站首页 > 政务公开', '县农业农村局2023年重点工作任务第二季度进展情况', '序号', '目标任务', '牵头负责', '领导', '工作进展', '下一步工作安排', '一、 约束性任务', '1'));
    expect(meta.title).toBe('县农业农村局2023年重点工作任务第二季度进展情况');
  });

  it('a 公示 heading is the page\'s title where nothing else names a plan', () => {
    const meta = readMeta(paras('首页 > 通知公告', '某区2022年民生实事农贸市场提升项目完成情况公示', '根据工作安排，现将项目完成情况公示如下：'));
    expect(meta.title).toBe('某区2022年民生实事农贸市场提升项目完成情况公示');
  });

  it('a heading wrapped after its issuer is joined; converter pinyin does not make a title too long; 若干政策 ends a title', () => {
    const pinyin = readMeta(paras('某某市', '關于進(jìn)一步激發(fā)民營企業創業熱情推進(jìn)民營經(jīng)濟高質量發(fā)展促進(jìn)產業集群壯大的實施細則', '爲深入貫徹落實…'));
    expect(pinyin.title).toBe('某某市關于進(jìn)一步激發(fā)民營企業創業熱情推進(jìn)民營經(jīng)濟高質量發(fā)展促進(jìn)產業集群壯大的實施細則');
    const policy = readMeta(paras('您当前的位置：首页 >> 投资政策', '加快推进工业经济高质量发展若干政策', '发布日期:2022-12-19'));
    expect(policy.title).toBe('加快推进工业经济高质量发展若干政策');
    // Site chrome that ends with 政策 names no plan.
    expect(readMeta(paras('国内政策【切换】 国际政策', '首页人才政策一网通查')).title).toBeNull();
  });

  it('converter pinyin inside the letter\'s sentence (`已經(jīng)…現(xiàn)印發(fā)`): the name in 《》 as written', () => {
    const meta = readMeta(paras('某辦〔2022〕5號(hào)', '《關(guān)于支持小微企業穩(wěn)崗若干措施》已經(jīng)市政府同意,現(xiàn)印發(fā)給你們,請(qǐng)認(rèn)真貫徹落實(shí)。'));
    expect(meta.title).toBe('關(guān)于支持小微企業穩(wěn)崗若干措施');
  });

  it('an info bar: 名称 names the page, its value ends at the next known label; a line of labels is no title; a site name after a dash is cut', () => {
    const bar = readMeta(paras('网站首页 > 政务公开 > 年度重点工作分解情况', '索  引 号: 0031/2019-00164 信息分类: 年度重点工作分解情况', '名       称: 某市人民政府关于2019年重点工作及责任分解的通知 信息来源:', '某市人民政府关于2019年重点工作及责任分解的通知'));
    expect(bar.title).toBe('某市人民政府关于2019年重点工作及责任分解的通知');
    const glued = readMeta(paras('名称: 某区教育局2025年重点工作任务分解表 文号:', '发文日期: 2025-06-13'));
    expect(glued.title).toBe('某区教育局2025年重点工作任务分解表');
    const site = readMeta(paras('某市人民政府关于2021年重点工作及责任分解的通知-某某网络平台', '字号:', '各县区人民政府：'));
    expect(site.title).toBe('某市人民政府关于2021年重点工作及责任分解的通知');
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

  it('finds the 文号 in an info bar, whatever surrounds it, in Simplified and Traditional', () => {
    expect(readMeta(paras('发布机构区人民政府办公室文号蔡政办〔2023〕1号')).docNumber).toBe('蔡政办〔2023〕1号');
    expect(readMeta(paras('發文機構某市人民政府辦公廳發文字號某政辦〔2020〕1號')).docNumber).toBe('某政辦〔2020〕1號');
    expect(readMeta(paras('文 号:泉台委办发〔2019〕5号 发布机关: 市政府')).docNumber).toBe('泉台委办发〔2019〕5号');
    expect(readMeta(paras('鄂政發〔2018〕26號', '某省人民政府關於印發某方案的通知'))).toMatchObject({ docNumber: '鄂政發〔2018〕26號', year: 2018 });
    expect(readMeta(paras('州政發(fā)〔2020〕5號')).docNumber).toBe('州政發(fā)〔2020〕5號');
  });

  it('reads a metadata table and a 文号 bracketed after the title', () => {
    const table: Block = {
      kind: 'table', line: 1, width: 4, caption: '',
      rows: [['文件编号:', '某政办发〔2022〕16号', '成文日期:', '2022-04-18']].map((texts, r) => ({
        line: r + 1, cells: texts.map((text) => ({ text, lines: [text], line: r + 1, colSpan: 1, rowSpan: 1, covered: false })),
      })),
    };
    expect(readMeta([table])).toMatchObject({ docNumber: '某政办发〔2022〕16号', issued: '2022-04-18' });
    expect(readMeta(paras('某市人民政府关于优化营商环境的实施意见(某政〔2017〕101号)'))).toMatchObject({
      title: '某市人民政府关于优化营商环境的实施意见', docNumber: '某政〔2017〕101号',
    });
  });

  it('takes the signature date, never the site\'s publishing date', () => {
    expect(readMeta(paras('关于印发《工作要点》的通知', '发布时间:2024-03-28 09:30', '某市教育局', '2024327')).issued).toBe('2024-03-27');
    expect(readMeta(paras('关于印发《工作要点》的通知', '发布日期:2016-03-01')).issued).toBeNull();
    expect(readMeta(paras('某局2023年普法工作计划  成文日期  2023-08-08')).issued).toBe('2023-08-08');
  });

  it('reads an info bar that says 文件号 and 制发日期 (`| 文件号 | 某政办发〔2025〕45号 | 制发日期 | 2025-12-23 |`)', () => {
    const meta = readMeta(paras('| 发布机构 | 某省人民政府 | ||', '| 文件号 | 某政办发〔2025〕45号 | 制发日期 | 2025-12-23 |', '各市、县人民政府：'));
    expect([meta.docNumber, meta.issued]).toEqual(['某政办发〔2025〕45号', '2025-12-23']);
  });

  it('reads the letter past the short name it gives the plan (`《X》（以下简称《方案》）印发给你们`)', () => {
    const letter = '为深入贯彻落实《某省人民政府关于支持某市发展的意见》和《某省人民政府办公厅关于印发<某省发展规划>分工方案的通知》，经市政府同意，现将《某市推动高质量发展分工落实方案》(以下简称《方案》)印发给你们，请认真贯彻实施。';
    expect(readMeta(paras('某政办字〔2023〕1号', '各县区人民政府，市政府各部门：', letter)).title).toBe('某市推动高质量发展分工落实方案');
    expect(readMeta(paras('现将《某区2024年重点工作任务分解》（以下简称《任务分解》）印发给你们。')).title).toBe('某区2024年重点工作任务分解');
  });

  it('a table header whose cells a scraper glued into one line is no title; a plan named with such words is', () => {
    expect(readMeta(paras('主题：', '教育惠民', '实事内容工作任务责任单位进展情况', '一季度二季度三季度四季度')).title).toBeNull();
    expect(readMeta(paras('序号牵头单位配合单位完成时限工作任务')).title).toBeNull();
    expect(readMeta(paras('某区2020年民生实事项目进展情况')).title).toBe('某区2020年民生实事项目进展情况');
    expect(readMeta(paras('重点工作任务责任分工方案')).title).toBe('重点工作任务责任分工方案');
  });

  it('a document-sharing banner names the file where the page prints no heading of its own on a line', () => {
    const banner = '《某镇环境整治百日攻坚行动方案.docx》由会员分享，可在线阅读，更多相关《某镇环境整治百日攻坚行动方案.docx(5页珍藏版)》请在本站上搜索。';
    expect(readMeta(paras(banner, '1、某镇环境整治百日攻坚行动方案根据上级工作要求，决定开展百日攻坚行动。一、工作目标…')).title).toBe('某镇环境整治百日攻坚行动方案');
    // The page's own heading wins over the file's name.
    expect(readMeta(paras(banner, '某镇2023年环境整治百日攻坚行动方案', '一、工作目标')).title).toBe('某镇2023年环境整治百日攻坚行动方案');
    // A file that names no plan names no title.
    expect(readMeta(paras('《会议纪要.docx》由会员分享，可在线阅读。')).title).toBeNull();
  });

  it('a news headline that announces the plan (`某市发布《X》——…`) names it; a sentence citing one does not', () => {
    expect(readMeta(paras('某市8大行动提升城市品质', '某市发布《某市城市品质提升三年行动计划》——8大行动36项工程提升城市品质', '为进一步提高城市建设管理水平，制定本行动计划。')).title).toBe('某市城市品质提升三年行动计划');
    expect(readMeta(paras('按照国务院发布《某某规划》要求，结合实际，制定本方案。')).title).toBeNull();
  });

  it('names the plan, not a section heading, an addressee, a banner or 政府工作报告 alone', () => {
    expect(readMeta(paras('《2022年重点工作责任分解》和《2022年民生实事项目责任分解》已经县政府同意，现印发给你们。')).title).toBe('2022年重点工作责任分解');
    expect(readMeta(paras('2022年重点工作责任分解》和《2022年民生实事项目责任分解》已经县政府同意，现印发给你们。')).title).toBe('2022年重点工作责任分解');
    expect(readMeta(paras('某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知')).title).toBe('2021年省《政府工作报告》重点任务分工方案');
    expect(readMeta(paras('【重点工作】某市人民政府关于2020年市政府重点工作及责任分解的通知')).title).toBe('某市人民政府关于2020年市政府重点工作及责任分解的通知');
    expect(readMeta(paras('- 1 - 某县2022年法治政府建设工作计划')).title).toBe('某县2022年法治政府建设工作计划');
    expect(readMeta(paras('附件:某市2022年政务公开任务分解责任清单')).title).toBe('某市2022年政务公开任务分解责任清单');
    expect(readMeta(paras('各县(市、区)人民政府,市人民政府各部门:', '一、提高投资项目审批效率', '政府工作报告')).title).toBeNull();
  });

  it('prefers the plan\'s own heading (an attachment\'s name too) to the heading of the notice that sends it', () => {
    expect(readMeta(paras('某区人民政府关于分解落实2023年区政府工作目标任务的通知', '附件', '2023年区政府工作目标任务落实责任分解表')).title).toBe('2023年区政府工作目标任务落实责任分解表');
    expect(readMeta(paras('某区人民政府办公室', '附件:1. 2019年《政府工作报告》目标任务分解表', '2. 2019年民生实事项目目标任务分解表')).title).toBe('2019年《政府工作报告》目标任务分解表');
    expect(readMeta(paras('某县人民政府关于做好春季防火工作的通知', '各乡镇人民政府：')).title).toBe('某县人民政府关于做好春季防火工作的通知');
    expect(readMeta(paras('某市1至8月份民生工程实施进度通报')).title).toBe('某市1至8月份民生工程实施进度通报');
  });

  it('names a progress report by its heading, a page explaining a plan by the plan, and reads through converter pinyin', () => {
    expect(readMeta(paras('当前位置: > 政务公开 > 重点工作落实情况', '某区2024年重点工作任务推进情况(1-8月)')).title).toBe('某区2024年重点工作任务推进情况(1-8月)');
    // A breadcrumb is never the title, however it is worded or joined (`您当前的位置: 首页 - 政务公开 - …`).
    expect(readMeta(paras('您当前的位置: 首页 - 政务公开 - 公告公示', '', '某局督察反馈意见整改任务整改验收公示')).title).toBe('某局督察反馈意见整改任务整改验收公示');
    expect(readMeta(paras('首页 - 信息公开 - 通知公告', '某县整改销号公示')).title).toBe('某县整改销号公示');
    expect(readMeta(paras('某区2024年重点工作推进情况', '2024年重点工作任务分工方案')).title).toBe('2024年重点工作任务分工方案');
    expect(readMeta(paras('《2024年重点工作任务分工方案》政策解读')).title).toBe('2024年重点工作任务分工方案');
    expect(readMeta(paras('2023年民生實(shí)事項(xiàng)目實(shí)施計(jì)劃(截至4月10日)')).title).toBe('2023年民生實(shí)事項(xiàng)目實(shí)施計(jì)劃(截至4月10日)');
  });

  it('an empty 成文日期 label takes nothing from the label after it; a milestone\'s 印发《X》 in a table row is no title', () => {
    expect(readMeta(paras('成文日期: 发布日期: 2020-06-04')).issued).toBeNull();
    expect(readMeta([{ kind: 'table', line: 1, width: 2, caption: '', rows: [{ line: 1, cells: [
      { text: '年度目标:', lines: ['年度目标:'], line: 1, colSpan: 1, rowSpan: 1, covered: false },
      { text: '第一季度:印发《某市2023年违法建设治理工作方案》', lines: ['第一季度:印发《某市2023年违法建设治理工作方案》'], line: 1, colSpan: 1, rowSpan: 1, covered: false },
    ] }] }]).title).toBeNull();
  });

  it('a metadata table names the file and its 文号 as written; a labelled notice still gives the plan it sends', () => {
    const row = (...cells: string[]) => ({ line: 1, cells: cells.map((text) => ({ text, lines: [text], line: 1, colSpan: 1, rowSpan: 1, covered: false })) });
    const meta = readMeta([{ kind: 'table', line: 1, width: 4, caption: '', rows: [row('文件名称', '2022年第八次县政府常务会议确定事项落实情况的通报', '', ''), row('文号', '督察通报第十七期', '成文日期:', '2022年09月14日')] }]);
    expect(meta).toMatchObject({ title: '2022年第八次县政府常务会议确定事项落实情况的通报', docNumber: '督察通报第十七期', issued: '2022-09-14' });
    expect(readMeta(paras('标题: 某旗安委会关于印发《某旗安全生产委员会2024年工作要点》的通知')).title).toBe('某旗安全生产委员会2024年工作要点');
    expect(readMeta(paras('文号: | 成文日期: | 2022-09-14')).docNumber).toBeNull();
  });

  it('a bulleted 标题 label names the page; a table\'s header row is never a title', () => {
    expect(readMeta(paras('- 标题:某市人民政府办公室关于2025年目标任务责任分解的通知', '- 发布日期:2025-01-26')).title).toBe('某市人民政府办公室关于2025年目标任务责任分解的通知');
    expect(readMeta(paras('序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况')).title).toBeNull();
  });

  it('a 文号 keeps the pinyin a converter put after its 號', () => {
    expect(readMeta(paras('湘政辦發(fā)〔2019〕25號(hào)')).docNumber).toBe('湘政辦發(fā)〔2019〕25號(hào)');
  });

  it('reads a signature date typed with Latin O for 〇', () => {
    expect(readMeta(paras('关于印发《工作要点》的通知', '(二OO八年二月二十六日)')).issued).toBe('2008-02-26');
  });
});

describe('文号 beside the notice heading, and more info-bar labels', () => {
  it('a 文号 before the heading on its line, or right after it on a flattened page, or after 发文序号', () => {
    const doc = (lines: string[]) => readMeta(lines.map((text, k) => ({ kind: 'paragraph' as const, text, line: k + 1 })));
    expect(doc(['津政办规[2023]4号 天津市人民政府办公厅关于印发天津市推动制造业发展若干措施的通知', '各区人民政府：']).docNumber).toBe('津政办规[2023]4号');
    expect(doc(['河南省人民政府 关于明确2023年重点工作责任单位的通知 豫政〔2023〕5号 现将重点工作任务予以分解。']).docNumber).toBe('豫政〔2023〕5号');
    expect(doc(['• 发文序号:京兴政办发〔2023〕1 号', '关于印发某某方案的通知']).docNumber).toBe('京兴政办发〔2023〕1号');
    expect(doc(['根据《关于印发某某方案的通知》（某政发〔2020〕3号）要求，制定本方案。']).docNumber).toBeNull();
  });
});

describe('titles of pages with field labels, header rows and wrapped headings', () => {
  const meta = (lines: string[]) => readMeta(lines.map((text, k) => ({ kind: 'paragraph' as const, text, line: k + 1 })));
  it('a field label before the name is cut; a table header row or a bare header word is no title', () => {
    expect(meta(['信息名称:某区2020年政务公开工作要点', '一、总体要求']).title).toBe('某区2020年政务公开工作要点');
    expect(meta(['序号 | 重点任务 |', '完成时间 | 责任人 |']).title).toBeNull();
    expect(meta(['具体任务', '1.推进道路建设。']).title).toBeNull();
  });

  it('a 文号 after the letterhead on a flattened line holds no part of the letterhead', () => {
    expect(meta(['某市人民政府办公室文件 某政办发〔2018〕32号 市政府办公室关于分解落实2018年政府工作任务的通知 各镇人民政府：']).docNumber).toBe('某政办发〔2018〕32号');
  });

  it('a plan named by its year alone takes the unit on the line above; a plan naming its subject does not', () => {
    expect(meta(['某省文化和旅游厅', '2021年工作计划', '一、坚持政治建设']).title).toBe('某省文化和旅游厅2021年工作计划');
    expect(meta(['某区城市管理局', '2024年区政府重点工作任务落实清单推进情况', '一、重点工作']).title).toBe('2024年区政府重点工作任务落实清单推进情况');
  });

  it('a notice heading wrapped after its issuing unit is one title; converter pinyin before the name is no part of it', () => {
    expect(meta(['某省人民政府办公厅', '关于实施城市更新行动的指导意见', '各市人民政府：']).title).toBe('某省人民政府办公厅关于实施城市更新行动的指导意见');
    expect(meta(['某縣人民政府辦公室 關于印發(fā)某縣促進專業(yè)鎮(zhèn)發展實施方案的通知']).title).toBe('某縣促進專業(yè)鎮(zhèn)發展實施方案');
  });

  it('a notice heading wrapped after its 的 is one title; a 文号 beside its 签发人 is read', () => {
    const m = meta(['某区人民政府督查通知单', '某铁西政督字〔2019〕7 号    签发人:某某', '关于对城区环境卫生检查情况的', '整改通知', '各街道办事处：']);
    expect(m.title).toBe('关于对城区环境卫生检查情况的整改通知');
    expect(m.docNumber).toBe('某铁西政督字〔2019〕7号');
  });

  it('an info bar\'s 信息名称 names the page, spaced from its value with no colon', () => {
    expect(meta([' 信息名称  2020年某市政府工作报告责任分工-市交通运输局', '2020年某市政府工作报告责任分工-市交通运输局']).title).toBe('2020年某市政府工作报告责任分工-市交通运输局');
    expect(meta([' 信息名称  某区司法局2023年普法工作计划  成文日期  2023-08-08']).title).toBe('某区司法局2023年普法工作计划');
  });

  it('a boxed 【字号】 label of an info bar gives the 文号', () => {
    expect(meta(['某市人民政府办公厅关于印发若干措施的通知•【制定机关】某市人民政府办公厅•【字号】某府办发〔2022〕122号•【效力等级】地方规范性文件']).docNumber).toBe('某府办发〔2022〕122号');
  });

  it('the letter names the plan after 业经…同意 as after 已经…同意', () => {
    expect(meta(['各镇街，市各有关单位：', '《某市2021年政务公开工作要点分工方案》业经市人民政府同意,现印发给你们,请认真贯彻执行。', '某市2021年政务公开', '工作要点分工方案']).title).toBe('某市2021年政务公开工作要点分工方案');
  });

  it('a headline that opens with its year and no 年 gives the document year', () => {
    expect(meta(['2020消费促进月重点工作安排', '（一）发放消费券。（责任单位：市商务局）']).year).toBe(2020);
    expect(meta(['2035远景目标纲要', '到2035年基本实现']).year).toBe(2035);
    expect(meta(['消费促进月重点工作安排']).year).toBeNull();
  });

  it('a heading wrapped before its connective is one title', () => {
    expect(meta(['各乡镇人民政府：', '《政府工作报告》2022年重点工作', '及民生实事项目任务分解方案', '一、重点工作']).title).toBe('《政府工作报告》2022年重点工作及民生实事项目任务分解方案');
  });
});

describe('pages flattened into one line, file-name banners and region tags', () => {
  it('a page that opens with its file\'s name takes it as the title; a 文号 between the plan\'s heading and the body on the flattened line is read, its break spaces dropped', () => {
    const m = readMeta(paras('5.某某市2024年促进消费若干措施清单.docx', '某某市 2024 年促进消费若 干措施清单 某政发〔2024〕7 号 为进一步扩大消费，提出如下措施。 一、发放消费券'));
    expect(m).toMatchObject({ title: '某某市2024年促进消费若干措施清单', docNumber: '某政发〔2024〕7号', year: 2024 });
    // A file name later on the page (an attachment's link) is no banner; a 文号 cited inside a sentence stays unread.
    expect(readMeta(paras('各乡镇：', '附件：1.某县重点任务清单.docx')).docNumber).toBeNull();
    expect(readMeta(paras('某县工作方案', '根据某政发〔2024〕7号文件精神，制定本方案。')).docNumber).toBeNull();
  });

  it('a 文号 bracketed after the notice heading on a line that runs on into the body', () => {
    const m = readMeta(paras('|', '某市人民政府办公室关于印发《某市重点工作目标分解落实意见》的通知 (某政办发〔2010〕10号) 各区人民政府，市政府各部门：现印发给你们。'));
    expect(m).toMatchObject({ title: '某市重点工作目标分解落实意见', docNumber: '某政办发〔2010〕10号' });
    // In a sentence, a bracketed 文号 is a citation.
    expect(readMeta(paras('按照《某市实施意见》的要求 (某政办发〔2010〕10号) ，各区要落实。')).docNumber).toBeNull();
  });

  it('a reposting site\'s region tag before the heading is no part of the title', () => {
    expect(readMeta(paras('导航菜单', '（湖南省）某市2023年政府工作报告目标任务分解方案', '一、目标')).title).toBe('某市2023年政府工作报告目标任务分解方案');
    expect(readMeta(paras('(某某市)2023年重点工作安排', '一、目标')).title).toBe('2023年重点工作安排');
  });
});

describe('a notice that 下达 or 公布 a plan', () => {
  it('names the plan it sends, as 印发 does', () => {
    expect(readMeta(paras('某区住房和城乡建设委员会关于下达2022年第二批危房改造计划的通知', '各镇人民政府：', '附件2022 第二批危房改造计划表')).title).toBe('2022年第二批危房改造计划');
    expect(readMeta(paras('某市人民政府关于公布2023年民生实事项目实施计划的通知', '附件：2023年民生实事项目实施计划表')).title).toBe('2023年民生实事项目实施计划');
  });
});

describe('a 文号 that lost characters', () => {
  it('alone on its line under the heading, with its year bracket, it is kept as written; in a sentence it is not read', () => {
    expect(readMeta(paras('某县人民政府关于印发《2023年重点任务分解表》的通知', '某政发〔20233', '各镇人民政府：')).docNumber).toBe('某政发〔20233');
    expect(readMeta(paras('某县工作方案', '根据某政发〔20233文件，制定本方案。')).docNumber).toBeNull();
  });
});

describe('a 文号 that opens the heading\'s line', () => {
  it('before a notice heading (after a dash) or a plan heading, it is the 文号, and no part of the title', () => {
    const notice = readMeta(paras('某政办〔2019〕1号—区人民政府办公室关于印发2019年区《政府工作报告》确定的目标任务责任分解方案的通知', '各街道办事处：'));
    expect(notice.docNumber).toBe('某政办〔2019〕1号');
    const plan = readMeta(paras('某营办发〔2021〕3号 某某市贯彻《优化营商环境条例》责任分工方案', '为落实优化营商环境的要求，制定本方案。'));
    expect(plan.docNumber).toBe('某营办发〔2021〕3号');
    expect(plan.title).toBe('某某市贯彻《优化营商环境条例》责任分工方案');
  });

  it('in a sentence it is a cited paper\'s, not the page\'s', () => {
    expect(readMeta(paras('根据某政办〔2019〕1号文件要求，制定本方案。')).docNumber).toBeNull();
  });
});

describe('a sentence is no title', () => {
  it('a line with a comma, or one the page\'s end cut in a bracket, is not the plan\'s heading even when it ends in 计划', () => {
    const meta = readMeta(paras('关于某某开发区重点工作任务分工方案的通知', '各单位：', '各牵头单位要组织相关责任单位,认真研究制定具体工作计划(工作计划'));
    expect(meta.title).toBe('关于某某开发区重点工作任务分工方案的通知');
  });
});

describe('an info bar\'s title label alone on its line', () => {
  it('`标 题:` then the value on the next line, up to the next label', () => {
    const meta = readMeta(paras('- 索 引 号:0000-4/2024-00001 主题分类:环境保护', '标 题:', '某某市督察反馈问题整改落实情况 - 文 号:发布日期: 2024-05-31', '某某市督察反馈', '问题整改落实情况'));
    expect(meta.title).toBe('某某市督察反馈问题整改落实情况');
  });
});

describe('more title forms', () => {
  it('the letter names plans one after another with no word between (`《A》《B》和《C》已经…印发`): the first', () => {
    const meta = readMeta(paras('关于印发2021年重点工作责任分解的通知', '各县（市、区）人民政府：', '《“十四五”时期重点工作责任分解》《2021年重点工作责任分解》和《2021年民生实事项目责任分解》已经市政府同意，现印发给你们。'));
    expect(meta.title).toBe('“十四五”时期重点工作责任分解');
  });

  it('a heading wrapped after its issuer and 关于 (`省人民政府关于` / `进一步…的若干意见`) is joined', () => {
    expect(readMeta(paras('省人民政府关于', '进一步优化营商环境的若干意见', '某政发〔2018〕26号', '各市、州、县人民政府：')).title).toBe('省人民政府关于进一步优化营商环境的若干意见');
  });
});

describe('a signature date that lost its 年/月/日 with two readings', () => {
  it('`2019114` (1月14日 or 11月4日): the reading not after the page\'s publication date; with no such date, none', () => {
    const letter = ['关于印发2019年目标任务责任分解方案的通知', '发布于:2019-01-14 04:42', '各街道办事处：', '现将方案印发给你们。', '某区人民政府办公室', '2019114'];
    expect(readMeta(paras(...letter)).issued).toBe('2019-01-14');
    expect(readMeta(paras(...letter.filter((l) => !l.startsWith('发布于')))).issued).toBeNull();
    // Both readings before it: no telling.
    expect(readMeta(paras(...letter.map((l) => l.replace('2019-01-14', '2019-12-30')))).issued).toBeNull();
  });
});

describe('the report a plan carries out is not its title', () => {
  it('`印发通知，落实国务院《政府工作报告》`: the plan\'s own heading, wrapped inside its 关于 phrase, is', () => {
    const meta = readMeta(paras('刚刚，某市人民政府印发通知，落实国务院《政府工作报告》。', '关于落实国务院《政府工作报告》', '重点工作的任务分工', '为全面贯彻落实，切实做好2020年政府工作，现提出如下分工。'));
    expect(meta.title).toBe('关于落实国务院《政府工作报告》重点工作的任务分工');
  });
});

describe('markup a scraper left in the text', () => {
  it('`<br/>` inside a 《》 name is no part of the title', () => {
    const meta = readMeta(paras('某市门户网站 文件通知 某市安委办关于印发《某市安全生产三年行动<br/>任务分工清单》的通知', '某安办〔2024〕3号', '各县安委会：'));
    expect(meta.title).toBe('某市安全生产三年行动任务分工清单');
    expect(meta.docNumber).toBe('某安办〔2024〕3号');
  });
});

describe('a signature date that lost some of its 年/月/日', () => {
  it('`2022121日`: read as `2022121`, the reading not after the page\'s publication date', () => {
    const letter = ['关于印发2022年目标任务的通知', '发布日期:2022-01-21', '各镇人民政府：', '现印发给你们。', '某区人民政府办公室', '2022121日'];
    expect(readMeta(paras(...letter)).issued).toBe('2022-01-21');
    expect(readMeta(paras(...letter.slice(0, 5), '2022年327日')).issued).toBe('2022-03-27');
    // Whole, it is read as written.
    expect(readMeta(paras(...letter.slice(0, 5), '2022年12月1日')).issued).toBe('2022-12-01');
  });
});

describe('a page title that leaves out the issuer', () => {
  it('the plan\'s own heading below that names it (wrapped inside its 《》) is the title', () => {
    const meta = readMeta(paras('贯彻落实《关于加强社区工作的意见》的任务分解方案', '栏目:方案 发布:2019-04-17', '某区委办公室', '2019年4月16日', '某某区贯彻落实《关于加强', '社区工作的意见》的任务分解方案', '为贯彻落实会议精神，制定如下方案。'));
    expect(meta.title).toBe('某某区贯彻落实《关于加强社区工作的意见》的任务分解方案');
    // A heading below that adds no issuer leaves the title as it was.
    const other = readMeta(paras('贯彻落实《关于加强社区工作的意见》的任务分解方案', '一、贯彻落实《关于加强社区工作的意见》的任务分解方案的要求'));
    expect(other.title).toBe('贯彻落实《关于加强社区工作的意见》的任务分解方案');
    // A file's name that leaves out the year: the heading that says it whole.
    expect(readMeta(paras('某市政务公开工作要点实施方案.docx', '上传时间:2022-12-15', '某市政务公开工作要点实施方案', '某市2017年政务公开工作要点实施方案', '一、以政务公开助力稳增长')).title).toBe('某市2017年政务公开工作要点实施方案');
  });
});

describe('a notice that sends a plan `经…同意`', () => {
  it('`研究制定了《X》，经局领导同意，现印发给你们`: X is the title', () => {
    expect(readMeta(paras('机关各处室：', '局办公室研究制定了《某市农业农村局2021年政务公开工作要点分工方案》，经局领导同意，现印发给你们，请认真执行。')).title).toBe('某市农业农村局2021年政务公开工作要点分工方案');
  });
});

describe('the number of a 公告 or 令', () => {
  it('`第16号` under the heading is the 文号; a `第3号` elsewhere is not', () => {
    expect(readMeta(paras('某省人民代表大会公告', '第16號', '某省人民代表大会于2025年1月18日票决确定民生实事项目。')).docNumber).toBe('第16號');
    expect(readMeta(paras('某市人民政府令', '（第3号）', '《某市管理办法》已经市政府常务会议通过。')).docNumber).toBe('第3号');
    expect(readMeta(paras('某市工作要点', '第3号', '一、加强领导')).docNumber).toBeNull();
  });
});

describe('a notice heading wrapped after its issuer inside its 关于 phrase, a cited 《》, a flattened page', () => {
  it('`某省人民政府办公厅关于落实` / `…规划任务分工的通知` is joined; `…印发的《X》` cites X, no title', () => {
    const meta = readMeta(paras('某政办发〔2012〕53号', '某省人民政府办公厅关于落实', '东北振兴“十二五”规划任务分工的通知', '各市人民政府：', '为贯彻落实国家发展改革委印发的《东北振兴“十二五”规划》，现就有关事项通知如下：'));
    expect(meta.title).toBe('某省人民政府办公厅关于落实东北振兴“十二五”规划任务分工的通知');
    expect(meta.docNumber).toBe('某政办发〔2012〕53号');
  });

  it('a page on one line that opens with the notice\'s heading and its 文号: the heading', () => {
    const meta = readMeta(paras('某省人民政府 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 现将重点工作任务予以分解。一、加强领导。（省发展改革委负责）'));
    expect(meta.title).toBe('某省人民政府关于明确2023年重点工作责任单位的通知');
    expect(meta.docNumber).toBe('某政〔2023〕5号');
  });
});

describe('a numbered heading spaced out', () => {
  it('`一 、 承担的…责任分解` is a section heading, never the title', () => {
    const meta = readMeta(paras('某市人民政府办公室 关于认真做好2021年重点工作任务落实的通知', '各乡镇人民政府：', '现将有关事宜通知如下：', '一 、 承担的 20 21 年重点工作任务及责任分解'));
    expect(meta.title).toBe('某市人民政府办公室关于认真做好2021年重点工作任务落实的通知');
  });
});

describe('a title candidate that cleaning leaves empty', () => {
  it('a banner alone (`【责任单位】`) in a table row is no title, never an empty one', () => {
    const cell = (text: string, covered = false) => ({ text, lines: text ? [text] : [], line: 1, colSpan: 1, rowSpan: 1, covered });
    const blocks: Block[] = [{ kind: 'table', line: 1, width: 4, caption: '', rows: [
      { line: 1, cells: [cell('', true), cell('【责任单位】'), cell('工作任务'), cell('序号')] },
      { line: 2, cells: [cell('序号'), cell('一、'), cell('一、'), cell('')] },
    ] }];
    expect(readMeta(blocks).title).toBeNull();
  });
});

describe('a page flattened into one line (its paragraphs joined by spaces)', () => {
  const body = '为推动全县经济社会高质量发展，确保各项重点工作落到实处，结合我县实际，制定本方案。 一、总体要求 坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，扎实推进各项重点工作。 二、重点任务 1.加快重点项目建设。全年实施重点项目一百个以上，完成投资二百亿元。（牵头单位：县发改局；配合单位：县财政局） 2.持续优化营商环境。深化放管服改革，压缩审批时限，提升政务服务水平。（牵头单位：县政务服务中心） 3.推进乡村全面振兴。稳定粮食播种面积，建设高标准农田，发展特色产业，改善农村人居环境。（牵头单位：县农业农村局；配合单位：各乡镇人民政府） 4.加强生态环境保护。深入打好污染防治攻坚战，持续改善空气和水环境质量。（牵头单位：县生态环境分局）';
  it('reads its heading, 文号 and signature date as if each stood on its line', () => {
    const line = `某县人民政府办公室 关于印发某县2023年重点工作任务分解方案的通知 某政办〔2023〕5号 各乡镇人民政府，县政府各部门： 现将《某县2023年重点工作任务分解方案》印发给你们，请认真贯彻执行。 某县人民政府办公室 2023年3月1日 （此件公开发布） 某县2023年重点工作任务分解方案 ${body}`;
    expect(readMeta(paras(line))).toEqual({ title: '某县2023年重点工作任务分解方案', docNumber: '某政办〔2023〕5号', issued: '2023-03-01', year: 2023 });
  });

  it('a 文号 opening the page, the notice\'s heading after it', () => {
    const line = `某政办〔2020〕20号 某县人民政府办公室 关于印发某县2020年度法治政府建设工作安排的通知 各乡镇人民政府，县政府各部门： 《某县2020年度法治政府建设工作安排》已经县政府同意，现印发给你们，请认真组织实施。 ${body}`;
    expect(readMeta(paras(line))).toMatchObject({ docNumber: '某政办〔2020〕20号', title: '某县2020年度法治政府建设工作安排' });
  });

  it('a paragraph of ordinary length is read whole', () => {
    // Under 400 characters a line is never cut: `文    号` stays one label.
    expect(readMeta(paras('发布机构 某区人民政府办公室 文    号 某政办〔2023〕1号', '某区2023年重点工作责任分解方案'))).toMatchObject({ docNumber: '某政办〔2023〕1号', title: '某区2023年重点工作责任分解方案' });
  });
});
