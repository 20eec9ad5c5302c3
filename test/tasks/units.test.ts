import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/tasks/units.js';

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
    ['各乡镇党委、政府', ['各乡镇党委', '各乡镇政府'], []],
    ['张坂镇政府、党委', ['张坂镇政府', '张坂镇党委'], []],
    ['各县区政府、管委会', ['各县区政府', '各县区管委会'], []],
    ['各乡、街办、管理处', ['各乡', '各街办', '各管理处'], []],
    ['各县、市、区政府', ['各县政府', '各市政府', '各区政府'], []],
    // A run of bare places takes the level and kind of the name that ends it.
    ['省交通运输厅、相关市、县政府负责', ['省交通运输厅', '相关市政府', '相关县政府'], []],
    ['有关县、市、区政府', ['有关县政府', '有关市政府', '有关区政府'], []],
    ['机场建设指挥部、洛阳、开封市政府、省文旅厅', ['机场建设指挥部', '洛阳市政府', '开封市政府', '省文旅厅'], []],
    ['市人行、高新区管委会', ['市人行', '高新区管委会'], []],
    // 办理 is a role word; 以及 before the last names is no part of them (和平区 keeps its 和).
    ['区发改局、市自然资源局分局，以及各有关单位、各镇（街）办理', ['区发改局', '市自然资源局分局', '各有关单位', '各镇（街）'], []],
    ['区发改局、区市场监管局牵头办理', ['区发改局', '区市场监管局'], []],
    ['和平区政府', ['和平区政府'], []],
    // One 牵头 closing runs that carry no role word of their own, where no partner is named, leads them all.
    ['合肥市，省发展改革委牵头', ['合肥市', '省发展改革委'], []],
    ['合肥市，省发改委牵头，省财政厅配合', ['省发改委'], ['合肥市', '省财政厅']],
    // A role phrase cut short (`按职责分工` without its 负责) still closes the list.
    ['应急处、监督处、疾控处等按职责分工', ['应急处', '监督处', '疾控处'], []],
    // The annotation after the kind belongs to every level of the run.
    ['各县、区人民政府（管委会）', ['各县人民政府（管委会）', '各区人民政府（管委会）'], []],
    // The last level may carry its own bracket, and the last name a tail of its own.
    ['市财政局、各区、县(市)政府及开发区管委会', ['市财政局', '各区政府', '各县(市)政府及开发区管委会'], []],
    ['省安监局牵头，省各行业主管、监管部门分工负责', ['省安监局'], ['省各行业主管部门', '监管部门']],
    ['市统计局牵头，各乡镇人民政府，大垸、荒湖管理区配合', ['市统计局'], ['各乡镇人民政府', '大垸管理区', '荒湖管理区']],
    ['有关设区市、省有关部门和单位', ['有关设区市', '省有关部门和单位'], []],
    ['各县、区人民政府', ['各县人民政府', '各区人民政府'], []],
    ['区财政局、政府', ['区财政局'], []],
    ['县医疗保障局等有关部门参加', ['县医疗保障局'], []],
    ['区甲局（牵头），区乙局', ['区甲局'], ['区乙局']],
    ['区住建局/区自然资源局', ['区住建局', '区自然资源局'], []],
    ['区发改局 区财政局', ['区发改局', '区财政局'], []],
    ['市防汛办负总责，区城管局、区水务局具体落实', ['市防汛办', '区城管局', '区水务局'], []],
    ['县应急局，2022年底前完成', ['县应急局'], []],
    ['区教育局，每季度开展一次', ['区教育局'], []],
    ['区发改局(牵头)、区财政局（配合）', ['区发改局'], ['区财政局']],
    ['县发改局（牵头）、县财政局', ['县发改局'], ['县财政局']],
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
    // The page's end cut the next label before its colon: it is no part of the last unit.
    ['牵头单位：市发展和改革局 责任单位', ['市发展和改革局'], []],
    ['牵头单位：市发展和改革局责任单位', ['市发展和改革局'], []],
    ['牽頭單位：市財政局 責任單位', ['市財政局'], []],
    // …but a name that only ends in a label's words stays whole.
    ['各主要经济指标牵头单位', ['各主要经济指标牵头单位'], []],
  ])('%s', (input, leads, partners) => {
    expect(splitUnits(input as string | string[], { dropConjoinedTail: true })).toEqual({ leads, partners });
  });
});

describe('splitUnits: counts of units and bare levels', () => {
  it('a count of units is a unit (13个街道); a bare level after a level takes its place, never a government’s', () => {
    expect(splitUnits('13个街道、镇').leads).toEqual(['13个街道', '13个镇']);
    expect(splitUnits('各乡、镇人民政府').leads).toEqual(['各乡人民政府', '各镇人民政府']);
    expect(splitUnits('各乡、镇').leads).toEqual(['各乡', '各镇']);
    expect(splitUnits('县政府、镇').leads).toEqual(['县政府', '镇']);
  });
});

describe('splitUnits: 会同 (together with)', () => {
  it.each([
    ['县农业局会同县财政局、各乡镇办理。', ['县农业局'], ['县财政局', '各乡镇']],
    ['市商务局会同市发改委等部门负责', ['市商务局'], ['市发改委']],
    ['区卫健局牵头，会同区医保局组织实施', ['区卫健局'], ['区医保局']],
    ['縣農業局會同縣財政局辦理', ['縣農業局'], ['縣財政局']],
  ])('%s: the units before 会同 lead, the units after it are partners', (input, leads, partners) => {
    expect(splitUnits(input)).toEqual({ leads, partners });
  });

  it('会 for 会同 right after 牵头 (`A牵头会B、C负责`)', () => {
    expect(splitUnits('区数据局牵头会区各单位、各镇街负责。')).toEqual({ leads: ['区数据局'], partners: ['区各单位', '各镇街'] });
    expect(splitUnits('区管委会、区工商联合会牵头')).toEqual({ leads: ['区管委会', '区工商联合会'], partners: [] });
  });

  it('reads 会同 in a sentence with no unit before it, or inside a bracket, as written', () => {
    expect(splitUnits('要会同有关部门研究').leads).toEqual(['要会同有关部门研究']);
    expect(splitUnits('县农业局（会同县林业局）').leads).toEqual(['县农业局（会同县林业局）']);
  });
});

describe('splitUnits: 牵头 glued to the next units', () => {
  it.each([
    ['县司法局牵头各行政机关负责', ['县司法局'], ['各行政机关']],
    ['縣司法局牽頭各行政機關負責', ['縣司法局'], ['各行政機關']],
    ['区教育局牵头区财政局配合', ['区教育局'], ['区财政局']],
  ])('%s', (input, leads, partners) => {
    expect(splitUnits(input)).toEqual({ leads, partners });
  });

  it('leaves 牵头负责 and 牵头 before work as written', () => {
    expect(splitUnits('区发改局牵头负责').leads).toEqual(['区发改局']);
    expect(splitUnits('县发改局牵头抓好落实').partners).toEqual([]);
  });
});

describe('splitUnits: a starred lead', () => {
  it('★ before a unit makes it the lead of its cell and the others partners', () => {
    expect(splitUnits('★区发改委、统计局')).toEqual({ leads: ['区发改委'], partners: ['统计局'] });
    expect(splitUnits('人社局、★区发改委、统计局')).toEqual({ leads: ['区发改委'], partners: ['人社局', '统计局'] });
    // After the name too, as a header may define it (`加*号为牵头部门`).
    expect(splitUnits('区农业农村委*、区规划资源局')).toEqual({ leads: ['区农业农村委'], partners: ['区规划资源局'] });
  });
});

describe('splitUnits: a due phrase among the units', () => {
  it('is no unit (`国务院各部门分别负责，年内持续推进`); a unit named for its work (`区推进办`) is one', () => {
    expect(splitUnits('国务院各部门分别负责,年内持续推进')).toEqual({ leads: ['国务院各部门'], partners: [] });
    expect(splitUnits('县重点项目推进办')).toEqual({ leads: ['县重点项目推进办'], partners: [] });
  });
});

describe('a person named after a unit in the same cell', () => {
  it('`市民政局 伍泽国`: the name after the space is who answers for the unit, no unit of its own', () => {
    expect(splitUnits('市民政局 伍泽国')).toEqual({ leads: ['市民政局'], partners: [] });
    expect(splitUnits('市民政局 伍泽国、市财政局 李明')).toEqual({ leads: ['市民政局', '市财政局'], partners: [] });
    // Units separated by a space stay units.
    expect(splitUnits('区发改局 区财政局')).toEqual({ leads: ['区发改局', '区财政局'], partners: [] });
    expect(splitUnits('区委组织部 团委')).toEqual({ leads: ['区委组织部', '团委'], partners: [] });
  });
});

describe('splitUnits: units joined by 和, and a label with a semicolon for its colon', () => {
  it.each([
    // Two whole names: two units (the right opens with a place or 各).
    ['省直各部门和各市人民政府', ['省直各部门', '各市人民政府']],
    ['区委宣传部和区文明办', ['区委宣传部', '区文明办']],
    // 分别 (each): two units, whatever the right opens with.
    ['经济投资局和航空口岸局分别牵头', ['经济投资局', '航空口岸局']],
    ['区住房和城乡建设局分别负责', ['区住房和城乡建设局']],
    // One name with 和 inside it, a catch-all tail and a described class stay as they are.
    ['市自然资源和规划局', ['市自然资源和规划局']],
    ['区住房和城乡建设局', ['区住房和城乡建设局']],
    ['公安分局和区直负有安全生产监管职责的部门', ['公安分局和区直负有安全生产监管职责的部门']],
  ])('%s', (input, leads) => {
    expect(splitUnits(input).leads).toEqual(leads);
  });

  it('`各乡镇人民政府、街道办事处`: a unit of a level of its own takes the class\'s 各, not its level', () => {
    expect(splitUnits('各乡镇人民政府、街道办事处').leads).toEqual(['各乡镇人民政府', '各街道办事处']);
    expect(splitUnits('相关县区政府、社区').leads).toEqual(['相关县区政府', '相关社区']);
    // A named place is taken whole; a unit with no level of its own takes the class with its level.
    expect(splitUnits('张坂镇政府、党委').leads).toEqual(['张坂镇政府', '张坂镇党委']);
    expect(splitUnits('各乡镇党委、政府').leads).toEqual(['各乡镇党委', '各乡镇政府']);
  });

  it('`A、B（A为牵头单位）`: a note closing the list names which units lead', () => {
    expect(splitUnits('区大数据局、区政务服务局（区大数据局为牵头单位）')).toEqual({ leads: ['区大数据局'], partners: ['区政务服务局'] });
    expect(splitUnits('市发改委、市财政局、市工信局(市发改委、市财政局为牵头部门)')).toEqual({ leads: ['市发改委', '市财政局'], partners: ['市工信局'] });
    expect(splitUnits('責任單位：區發改局、區財政局（區財政局為牽頭單位）')).toEqual({ leads: ['區財政局'], partners: ['區發改局'] });
  });

  it('`宣传处会办公室`: 会 after an office\'s name joins the next unit as a partner (会办), never the 会 of a name or of 会议', () => {
    expect(splitUnits('宣传处会办公室')).toEqual({ leads: ['宣传处'], partners: ['办公室'] });
    expect(splitUnits('省发展改革委、省教育厅会省财政厅')).toEqual({ leads: ['省发展改革委', '省教育厅'], partners: ['省财政厅'] });
    expect(splitUnits('管委会办公室').leads).toEqual(['管委会办公室']);
    expect(splitUnits('区教育局会议室').leads).toEqual(['区教育局会议室']);
    expect(splitUnits('区科协会员服务中心').leads).toEqual(['区科协会员服务中心']);
  });

  it('`各镇街按属地负责`: the duty after a unit is no part of its name', () => {
    expect(splitUnits('区应急局牵头，各镇街按属地负责')).toEqual({ leads: ['区应急局'], partners: ['各镇街'] });
  });

  it('`镇江新区、高新区管委会`: bare zones before the zone that ends their run take its body', () => {
    expect(splitUnits('镇江新区、高新区管委会').leads).toEqual(['镇江新区管委会', '高新区管委会']);
    expect(splitUnits('市发展改革委、城乡一体化示范区、高新区党工委和管委会').leads).toEqual(['市发展改革委', '城乡一体化示范区党工委和管委会', '高新区党工委和管委会']);
    expect(splitUnits('各县区政府、经开區、高新区管委會').leads).toEqual(['各县区政府', '经开區管委會', '高新区管委會']);
    // Named alone, or after its body, a zone stays as written.
    expect(splitUnits('高新区、经开区').leads).toEqual(['高新区', '经开区']);
    expect(splitUnits('经开区管委会、高新区').leads).toEqual(['经开区管委会', '高新区']);
  });

  it('`荔湾区、黄埔区政府`: a named place that gives its body to the last of its run takes it once', () => {
    expect(splitUnits('荔湾区、黄埔区政府').leads).toEqual(['荔湾区政府', '黄埔区政府']);
    expect(splitUnits('哈尔滨、黑河、绥芬河市政府').leads).toEqual(['哈尔滨市政府', '黑河市政府', '绥芬河市政府']);
  });

  it('`海东市、兰州市、临夏州发展改革部门`: a class of departments ending a run of named places is each place\'s', () => {
    expect(splitUnits('海东市、兰州市、临夏州发展改革部门').leads).toEqual(['海东市发展改革部门', '兰州市发展改革部门', '临夏州发展改革部门']);
    expect(splitUnits('西宁市、海东市相关部门').leads).toEqual(['西宁市相关部门', '海东市相关部门']);
    // After a class of places, or as one unit's own name, it is one unit.
    expect(splitUnits('各街道、区直各部门').leads).toEqual(['各街道', '区直各部门']);
    expect(splitUnits('海东市、兰州市直各部门').leads).toEqual(['海东市', '兰州市直各部门']);
  });

  it('`A牵头、B、C` (a label or none): the units after the lead\'s mark are partners', () => {
    expect(splitUnits('区商务局牵头、区发改局、区财政局')).toEqual({ leads: ['区商务局'], partners: ['区发改局', '区财政局'] });
    expect(splitUnits('责任单位：经济投资局和航空口岸局分别牵头、区发改局')).toEqual({ leads: ['经济投资局', '航空口岸局'], partners: ['区发改局'] });
  });

  it('`数据提供单位：` cuts the cell, and the unit that supplies the figures is none of the task\'s', () => {
    expect(splitUnits('牵头单位：市发改委；数据提供单位：市统计局')).toEqual({ leads: ['市发改委'], partners: [] });
    expect(splitUnits('市农业农村局；数据提供单位：市统计局')).toEqual({ leads: ['市农业农村局'], partners: [] });
  });

  it('`责任单位;住建局、畜牧局`: the label is no unit', () => {
    expect(splitUnits('责任单位;住建局、畜牧局、各乡镇场')).toEqual({ leads: ['住建局', '畜牧局', '各乡镇场'], partners: [] });
    expect(splitUnits('牵头单位；县发改局')).toEqual({ leads: ['县发改局'], partners: [] });
  });
});

describe('splitUnits: a bare generic noun takes the qualifier of the name before it', () => {
  it.each([
    ['各科室、单位', ['各科室', '各单位']],
    ['各有关处室、单位', ['各有关处室', '各有关单位']],
    ['相关科室、部门', ['相关科室', '相关部门']],
    // With no qualifier before it, nothing to take.
    ['区发改局、单位', ['区发改局', '单位']],
  ])('%s', (input, leads) => {
    expect(splitUnits(input).leads).toEqual(leads);
  });
});

describe('splitUnits: stars', () => {
  it('one star marks the lead; a run of stars is a name a site masked', () => {
    expect(splitUnits('★区发改委、区财政局')).toEqual({ leads: ['区发改委'], partners: ['区财政局'] });
    expect(splitUnits('****体育局、县**局、县财政局')).toEqual({ leads: ['****体育局', '县**局', '县财政局'], partners: [] });
  });
});
