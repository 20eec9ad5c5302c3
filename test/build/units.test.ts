import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/build/units.js';

const table = { dropConjoinedTail: true };

describe('splitUnits', () => {
  it.each([
    ['区安监局', ['区安监局'], []],
    ['区编办、区安监局、各镇办', ['区编办', '区安监局', '各镇办'], []],
    ['乡安办，乡安委会各成员单位；各村', ['乡安办', '乡安委会各成员单位', '各村'], []],
    ['规划建设与交通运输局（住建、交通）、公安分局', ['规划建设与交通运输局（住建、交通）', '公安分局'], []],
    ['区环境与国土资源局(海洋)、公安分局，丰泽海事处、海警局按职责分工负责', ['区环境与国土资源局(海洋)', '公安分局', '丰泽海事处', '海警局'], []],
    ['各行业主管部门按照职责分工牵头负责，各乡镇政府具体负责', ['各行业主管部门'], ['各乡镇政府']],
    ['区规划建设与交通运输局牵头，区直部相关门按职责分工负责', ['区规划建设与交通运输局'], ['区直部相关门']],
    ['区安监局、区发改局牵头，区教育局配合', ['区安监局', '区发改局'], ['区教育局']],
    ['保险公司等部门', ['保险公司'], []],
    ['区邮政公司负责与市邮政局对接', ['区邮政公司'], []],
    ['区渣土办及成员单位', ['区渣土办'], []],
    ['公安分局及相关行业主管部门', ['公安分局'], []],
    ['区环境与国土资源局（环保）、科技经济发展局（安监）、各乡镇党委和政府。以下均需各乡镇党委和政府负责，不再列出。',
      ['区环境与国土资源局（环保）', '科技经济发展局（安监）', '各乡镇党委和政府'], []],
    ['区科技经济发展局（发改、安监、环境与国土资源局（国土、环境），各相关部门；各乡镇政府',
      ['区科技经济发展局（发改、安监', '环境与国土资源局（国土、环境）', '各相关部门', '各乡镇政府'], []],
    ['各乡镇党委、政府', ['各乡镇党委', '政府'], []],
  ])('%s', (input, leads, partners) => {
    expect(splitUnits(input, table)).toEqual({ leads, partners });
  });

  it('keeps every unit of item-scoped lead cells, without the item numbers', () => {
    expect(splitUnits(['（1）-（3）区经贸局、区发改局', '', '（3）区科技局'], table)).toEqual({
      leads: ['区经贸局', '区发改局', '区科技局'],
      partners: [],
    });
    expect(splitUnits(['（1）（3）区运管所', '（2）（4）-（9）公安分局', '（10）海沧海事局及相关行业主管部门'], table).leads).toEqual([
      '区运管所', '公安分局', '海沧海事局',
    ]);
  });

  it('joins a line that starts with a bracketed annotation to the unit before it', () => {
    expect(splitUnits(['区规划建设与交通运输住建局', '', '（住建、交通）、区环境与国土资源局（水利）'], table).leads).toEqual([
      '区规划建设与交通运输住建局（住建、交通）', '区环境与国土资源局（水利）',
    ]);
  });

  it('drops a catch-all line such as 及相关部门 in tables but keeps 及 tails in body text', () => {
    expect(splitUnits(['区经贸局、区建设局', '', '及相关部门'], table).leads).toEqual(['区经贸局', '区建设局']);
    expect(splitUnits('环境与国土资源局（环保）及相关部门').leads).toEqual(['环境与国土资源局（环保）及相关部门']);
  });
});

describe('splitUnits: role labels', () => {
  it.each([
    [['牵头：', '区司法局', '区人社局'], ['区司法局', '区人社局'], []],
    ['牵头单位：区应急局、区住建局；配合单位：区财政局', ['区应急局', '区住建局'], ['区财政局']],
    ['牵头单位：区应急局 责任单位：各镇街', ['区应急局'], ['各镇街']],
    ['责任单位：区教育局、区公安分局', ['区教育局', '区公安分局'], []],
    ['牽頭單位：區應急局', ['區應急局'], []],
  ])('%s', (input, leads, partners) => {
    expect(splitUnits(input as string | string[], { dropConjoinedTail: true })).toEqual({ leads, partners });
  });
});
