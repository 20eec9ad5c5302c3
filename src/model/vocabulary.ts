/**
 * The plan-document vocabulary, in one place (as chrono's
 * `locales/zh/hans/constants.ts` is for dates): role labels and role words,
 * numerals, numbering prefixes, brackets, and the blank and Han tests.
 *
 * Every detector and builder takes its words from here, so a synonym added
 * once reaches header roles, unit splitting and list items alike. Word lists
 * are written in Simplified characters; matching runs on the Simplified fold
 * of the text (`toSimplified`, one character for one).
 */

/** A regex alternation of words, longest first so a longer word wins (`牵头单位` before `牵头`). */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
}

/**
 * Pinyin a broken converter put after a character (`責(zé)任單位`): labels
 * are matched through it, and the text keeps it as written.
 */
/** One syllable of converter pinyin inside a word (`區(qū)`), as a pattern source. */
export const PINYIN = '\\([a-zü\\u00e0-\\u01dc]{1,6}\\)';
export const PINYIN_NOISE = `(?:${PINYIN})?`;
const PINYIN_NOISE_ALL = /\([a-zü\u00e0-\u01dc]{1,6}\)/gu;

/** An alternation of labels, each matched with pinyin noise after any of its characters. */
export function labelAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => [...w].map(escapeRegExp).join(PINYIN_NOISE))
    .join('|');
}

export function withoutPinyinNoise(s: string): string {
  return s.includes('(') ? s.replace(PINYIN_NOISE_ALL, '') : s;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// ---------------------------------------------------------------------------
// Plan kinds: the word a plan's name ends with (`…实施方案`, `…工作要点`)

/** The words a plan's own name ends with. */
export const PLAN_NAME_WORDS = ['规划', '方案', '意见', '计划', '要点', '办法', '细则', '清单', '纲要', '措施'] as const;
/** Further words a heading naming a plan or its task list may end with (`…任务分解`, `…分工`, `…台账`). */
export const PLAN_HEADING_WORDS = [...PLAN_NAME_WORDS, '决定', '表', '分工', '任务', '安排', '行动', '台账', '规定', '若干政策', '分解', '报告'] as const;

// ---------------------------------------------------------------------------
// Role labels (`牵头单位：`, `责任科室：`)

/** The nouns a unit label ends with. */
export const UNIT_NOUNS = ['单位', '部门', '科室', '股室', '处室', '机构'] as const;

/**
 * The class nouns a catch-all closes on (`等有关部门`, `及相关单位`), and the
 * catch-all itself at a text's end: the tail of an open run of units, no
 * unit of its own. Cell kinds and list clauses strip it alike.
 */
export const ETC_CLASS = '(?:部门|单位|机构)';
export const ETC_AT_END = new RegExp(`(?:等(?:[^、，,；;]{0,12}?${ETC_CLASS})?|及(?:其他|相关|有关)[^、，,；;]{0,8}?(?:部门|单位))$`, 'u');

/** Labels whose units lead the task. */
export const LEAD_LABELS = [
  '牵头单位', '牵头部门', '牵头科室', '牵头处室', '牵头股室', '牵头机构', '牵头责任单位', '牵头（承办）部门', '牵头(承办)部门',
  '主责单位', '主责部门', '主办单位', '主办部门', '总牵头单位', '总牵头部门', '牵头',
] as const;

/**
 * Labels of responsible units: leads, unless a lead label sits in the same
 * clause or header, when they list the partners (spec: 责任单位 beside 牵头).
 */
export const RESPONSIBLE_LABELS = [
  '责任单位', '责任部门', '责任科室', '责任股室', '责任处室', '责任机构', '负责单位', '负责部门', '承办单位', '承办部门',
  '责任主体', '实施单位', '落实单位', '业主单位', '部门分工', '责任分工', '任务分工',
  // An activity plan's organiser (`3.组织单位：各乡镇人民政府…`).
  '组织单位', '组织实施单位',
  // A problem list's body that must fix it (`主体责任：白茶村委会，监督责任：市工商局`).
  '主体责任单位', '主体责任',
] as const;

/** Labels whose units are partners. */
export const PARTNER_LABELS = [
  '配合单位', '配合部门', '配合科室', '协办单位', '协办部门', '协助单位', '协助部门', '参与单位', '参与部门', '参加单位',
  '协作单位', '主要协作单位', '协同单位', '协同部门', '协同责任单位', '共同责任单位', '共同责任部门', '相关责任单位', '相关单位', '相关部门', '配合', '协办', '协助', '参与',
  // …and the department that supervises a problem's fixing.
  '监督责任单位', '监督责任',
] as const;

/**
 * Labels of units that answer for no part of the task: who supplies a target's figures
 * (`牵头单位：市发改委；数据提供单位：市统计局`) reports on it, and is neither lead nor partner.
 */
export const SUPPLIER_LABELS = ['数据提供单位', '数据来源单位'] as const;

/** Labels that name persons, never units (`责任领导：张三`). */
export const PERSON_LABELS = [
  '牵头负责领导', '协同负责领导', '责任秘书长', '牵头秘书长', '分管秘书长', '协管责任人', '责任领导', '牵头领导', '分管领导', '联系领导', '包保领导', '牵头责任人', '具体责任人', '项目责任人', '项目负责人', '分管县领导', '分管区领导', '分管市领导',
  '责任人', '联系人', '负责人', '联系电话',
] as const;

/** Labels of a time limit that may share a responsibility clause (`完成时限：2021年底`). */
export const TIME_LABELS = [
  '完成时限要求', '时限要求', '时间要求', '完成时限', '办结时限', '完成期限', '完成年限', '完成时间', '时间节点', '时限', '期限', '年限', '整改时限', '时间安排', '进度安排',
] as const;

/** Any unit label, as a regex source (no groups). */
export const UNIT_LABEL = `(?:${alternation([...LEAD_LABELS, ...RESPONSIBLE_LABELS, ...PARTNER_LABELS].filter((l) => l.length > 2))})`;
/** Any time label, as a regex source. */
export const TIME_LABEL = `(?:${alternation(TIME_LABELS)})`;
/** Any supplier label, as a regex source. */
export const SUPPLIER_LABEL = `(?:${alternation(SUPPLIER_LABELS)})`;
/** Any person label, as a regex source. */
export const PERSON_LABEL = `(?:${alternation(PERSON_LABELS)})`;
/** Every label a unit list may be cut at, bare role words included (`牵头：A 配合：B`). */
export const ROLE_LABEL = `(?:${alternation([...LEAD_LABELS, ...RESPONSIBLE_LABELS, ...PARTNER_LABELS])})`;

// A label written with a semicolon for its colon, a slip of the keyboard: opening the text (`责任单位;住建局`, any
// role label, bare role words included), or after a separator (`…、社区；责任人；张三`): there only time and person
// labels, and unit labels of three characters or more that are no unit's name too (`区消防救援大队，相关部门；各乡镇党委` lists three units).
const LABEL_AFTER_SEPARATOR = alternation([...[...LEAD_LABELS, ...RESPONSIBLE_LABELS, ...PARTNER_LABELS].filter((l) => l.length > 2 && !l.startsWith('相关')), ...TIME_LABELS, ...PERSON_LABELS, ...SUPPLIER_LABELS]);
const LABEL_THEN_SEMICOLON = new RegExp(`(?:^\\s*${ROLE_LABEL}|(?<=[；;，,]\\s{0,2})(?:${LABEL_AFTER_SEPARATOR}))\\s{0,3}[;；](?=\\s*\\S)`, 'gu');

/** The text with each label's semicolon made the colon it stands for (same length: offsets hold). */
export function colonAfterLabels(text: string): string {
  return text.replace(LABEL_THEN_SEMICOLON, (m) => `${m.slice(0, -1)}：`);
}

// Labels, and the role words after units (`負(fù)責(zé)`): built on first use, once the word lists below exist.
let noisyWords: RegExp | null = null;
function noisyWordsPattern(): RegExp {
  noisyWords ??= new RegExp(
    `${labelAlternation([...LEAD_LABELS, ...RESPONSIBLE_LABELS, ...PARTNER_LABELS, ...PERSON_LABELS, ...TIME_LABELS, ...SUPPLIER_LABELS].filter((l) => l.length > 2))}|(?:${labelAlternation([...LEAD_WORDS, ...PARTNER_WORDS, ...RESPONSIBLE_WORDS])})${PINYIN_NOISE}`,
    'gu',
  );
  return noisyWords;
}
const HAS_NOISE = /\([a-zü\u00e0-\u01dc]{1,6}\)/u;

/**
 * Labels and role words written with pinyin noise (`責(zé)任單位`, `負(fù)責(zé)`) lose
 * it, so every matcher knows them; the rest of the text (task, unit names) keeps it as written.
 * Text without noise is returned as it is, at the cost of one test.
 */
export function denoiseLabels(text: string, simplified: (s: string) => string = (x) => x): string {
  if (!HAS_NOISE.test(text)) return text;
  // Matched on the Simplified fold (same length), cut from the text as written.
  const folded = simplified(text);
  const s = folded.length === text.length ? folded : text;
  let out = '';
  let from = 0;
  for (const m of s.matchAll(noisyWordsPattern())) {
    out += text.slice(from, m.index) + withoutPinyinNoise(text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

export type LabelRole = 'lead' | 'responsible' | 'partner' | 'person' | 'time' | 'supplier';

const LABEL_ROLE = new Map<string, LabelRole>();
for (const l of LEAD_LABELS) LABEL_ROLE.set(l, 'lead');
for (const l of RESPONSIBLE_LABELS) LABEL_ROLE.set(l, 'responsible');
for (const l of PARTNER_LABELS) LABEL_ROLE.set(l, 'partner');
for (const l of PERSON_LABELS) LABEL_ROLE.set(l, 'person');
for (const l of TIME_LABELS) LABEL_ROLE.set(l, 'time');
for (const l of SUPPLIER_LABELS) LABEL_ROLE.set(l, 'supplier');

/** The role of a label as matched (Simplified). */
export function labelRole(label: string): LabelRole {
  return LABEL_ROLE.get(label) ?? 'responsible';
}

// ---------------------------------------------------------------------------
// Role words written after units (`A牵头，B配合`, `A、B等按职责分工负责`)

/** Words that mark the units before them as leads. */
export const LEAD_WORDS = ['分别牵头落实', '分别牵头负责', '分别牵头', '牵头负责', '牵头抓总', '牵头督导', '牵头落实', '牵头组织实施', '牵头实施', '牵头办理', '牵头', '主责', '主办', '负总责', '总负责', '总牵头'] as const;
/** Words that mark the units before them as partners (after a lead). */
export const PARTNER_WORDS = ['参照落实', '参照执行', '配合', '协助', '协办', '参与', '参加'] as const;
/** Words that mark units as responsible without saying lead or partner. */
export const RESPONSIBLE_WORDS = ['按属地职责负责', '按属地负责', '属地负责', '分别负责落实', '分别落实', '按照职责分工负责', '按照职责分工分别负责', '按照职责负责', '按职能分工负责', '按职责分工负责', '按职责分工分别负责', '按职责负责', '按职责分工落实', '按职能分工落实', '按照职责分工落实', '按照职责分工', '按职责分工', '按职能分工', '分工负责', '分别负责', '具体负责', '负责落实', '负责组织实施', '负责实施', '组织实施', '组织落实', '负责办理', '负责', '落实', '实施', '办理'] as const;
/**
 * Words that join a lead to its partners inside one clause: in `A会同B办理`
 * (`A together with B`) A leads and B are partners.
 */
export const JOINT_LEAD_WORDS = ['会同'] as const;
/** Any role word, as a regex source (one group-free alternation for every reader of role words). */
export const ROLE_WORD = `(?:${alternation([...LEAD_WORDS, ...PARTNER_WORDS, ...RESPONSIBLE_WORDS])})`;
/**
 * A role word cut off at the end of a page (`市住建局按照职责分工负`): a proper
 * prefix of one, two characters or more, or the first of `牵头`, `负责`,
 * `配合` (no unit's name ends with those). Matched at the end of a piece.
 */
const CUT_ROLE_WORD_TAIL = new RegExp(
  `(?:${alternation([
    ...new Set(
      [...LEAD_WORDS, ...PARTNER_WORDS, ...RESPONSIBLE_WORDS].flatMap((w) => [...w].map((_, n) => w.slice(0, n)).filter((p) => p.length >= 2 || '牵负配'.includes(p) && p.length === 1)),
    ),
  ])})$`,
  'u',
);
/** The longest role word: a cut one is shorter, so only the text's last characters are matched. */
const MAX_ROLE_WORD = Math.max(...[...LEAD_WORDS, ...PARTNER_WORDS, ...RESPONSIBLE_WORDS].map((w) => w.length));

/** The length of a role word cut off at the end of `text` (`…市住建局按照职责分工负` → 7), or 0. */
export function cutRoleWordAtEnd(text: string): number {
  const m = CUT_ROLE_WORD_TAIL.exec(text.slice(-MAX_ROLE_WORD));
  return m ? m[0].length : 0;
}

/** A role word that places the units before it as leads or partners. */
export const PLACING_WORD = `(?:${alternation([...LEAD_WORDS, ...PARTNER_WORDS])})`;

/**
 * A rule the document states about its unit lists: the first unit named is
 * the lead (`首位单位为牵头单位`, `排名第一的部门为牵头单位`). `下同` after it, or
 * the rule in the body text, makes it govern the lists that follow.
 */
export const FIRST_UNIT_LEADS = /(?:首位|排名第一|排名首位|排在首位|排在第一位|排第一|列第一|列首位|第一个|第一)[^，,；;。）)]{0,4}?(?:为|是)[^，,；;。）)]{0,4}?牵头(?:单位|部门)?/u;
export const SAME_BELOW = /下同/u;

// ---------------------------------------------------------------------------
// Unit names

/**
 * What a unit's name ends with (`区发改局`, `各乡镇`, `县林业局`). Used to
 * tell a list of units from other bracketed text and to read unit columns.
 */
export const UNIT_SUFFIXES = [
  '局', '委', '办', '厅', '部', '院', '署', '会', '中心', '公司', '集团', '政府', '党委', '党组', '工委', '管委会', '街道', '街办',
  '办事处', '管理区', '镇', '乡', '村', '社区', '队', '大队', '支队', '所', '站', '处', '科', '股', '室', '组', '馆', '社', '团', '单位', '部门',
  '机构', '机关', '企业', '学校', '医院', '银行', '分行', '法院', '检察院', '分局', '支行', '园区', '工业园', '产业园', '科技园', '物流园', '开发区', '经开区', '高新区', '新区', '保税区', '综保区', '自贸区', '功能区', '片区',
  '示范区', '试验区', '实验区', '合作区', '景区', '基地', '协会', '联合会', '商会', '团委', '妇联', '总工会', '工会', '科协', '侨联', '残联', '文联', '电视台', '气象台', '党校',
  '红十字会', '海关', '港', '场', '司', '台', '监狱', '人武部', '武警', '消防', '气象', '电力', '供电', '邮政', '电信', '移动', '联通',
  '铁塔', '税务', '公安', '检疫', '街镇', '乡镇', '各区', '各县', '各市', '管理处', '服务中心', '指挥部', '领导小组', '专班', '班', '联',
] as const;

/** The levels of a place (`县`, `市`, `乡镇`, `县市区`), as a pattern source: `各县、市、区政府` lists one kind per level. */
/** Marks beside a unit that make it the lead of its cell (`★区发改委、统计局`, `区农业农村委*`). */
export const LEAD_MARKS = ['★', '☆', '▲', '△', '*', '＊'] as const;
// One mark alone: a run of stars (`****体育局`, `县**局`) is a name a site masked, not a mark.
const LEAD_MARK_EDGE = new RegExp(`^\\s*[${LEAD_MARKS.join('')}](?![${LEAD_MARKS.join('')}])\\s*|(?<![${LEAD_MARKS.join('')}])\\s*[${LEAD_MARKS.join('')}]\\s*$`, 'gu');

/** A unit's name marked as its cell's lead (`★区发改委`, `区农业农村委*`). */
export function hasLeadMark(name: string): boolean {
  LEAD_MARK_EDGE.lastIndex = 0;
  return LEAD_MARK_EDGE.test(name);
}

/** The name without its lead's mark, at either end. */
export function withoutLeadMark(name: string): string {
  return name.replace(LEAD_MARK_EDGE, '');
}

/** Two-character surnames, with which a person's name may have four characters (`欧阳晓明`). */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木', '南宫', '独孤', '呼延', '轩辕', '闻人', '赫连', '澹台', '申屠', '太史', '钟离'] as const;

/** `以及` opening the last names of a unit list (`…，以及各有关单位`): no part of them. */
export const LEADING_AND = /^以及(?=\p{Script=Han}{2})/u;

export const PLACE_LEVEL = '(?:县区|县市区|市县|县市|州市|乡镇|街道|县|市|区|州|盟|旗|乡|镇)';

/**
 * Names a bare unit takes in place of the unit before it: `各乡镇党委、政府`
 * → `各乡镇政府`, `各乡、街办` → `各街办`.
 */
/** The endings of a zone's name (`…经济开发区`, `高新区`, `…示范区`): a place whose bodies (`管委会`, `党工委`) are its units. */
export const ZONE_ENDINGS = ['开发区', '经开区', '高新区', '新区', '园区', '工业园', '产业园', '科技园', '保税区', '综保区', '自贸区', '功能区', '示范区', '试验区', '实验区', '合作区', '片区', '度假区', '景区'] as const;
/** The bodies of a zone, as one name or joined (`党工委和管委会`). */
export const ZONE_BODIES = ['党工委和管委会', '党工委、管委会', '党工委管委会', '管理委员会', '管委会', '党工委', '工委'] as const;

export const PLACE_TAKING_UNITS = [
  '政府', '人民政府', '党委', '党组', '党工委', '管委会', '街道办事处', '办事处', '街办', '街道', '管理处', '乡镇', '社区', '村',
  '村委会', '居委会', '人大', '政协', '纪委', '部门', '单位', '镇', '乡',
] as const;

// ---------------------------------------------------------------------------
// Numerals

export const CN_DIGITS = '零一二三四五六七八九';
/** Digits as printed in dates (`二〇二一年`): 〇 and ○ are zero too. */
// A typed Latin `O` (`二OO八年`) or a circle stands for 〇 in many signatures.
export const CN_DATE_DIGITS = '〇○◯OoＯ零一二三四五六七八九';
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The value of one Chinese digit (`〇`, `○` and `零` are 0), or -1. */
export function cnDigit(c: string): number {
  if ('〇○◯OoＯ'.includes(c)) return 0;
  return CN_DIGITS.indexOf(c);
}

/** `三` → 3, `十二` → 12, `二十` → 20, `25` → 25; null for anything else. */
export function chineseToInt(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? cnDigit(m[1]) : 1) * 10 + (m[2] ? cnDigit(m[2]) : 0);
  if (s.length === 1 && cnDigit(s) > 0) return cnDigit(s);
  return null;
}

/** 3 → `三`, 12 → `十二`, 20 → `二十` (1–99), else null. */
export function intToChinese(n: number): string | null {
  if (n < 1 || n > 99) return null;
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** `二〇二一` → 2021 (digit by digit), or null. */
export function cnYear(s: string): number | null {
  if (/^\d{4}$/u.test(s)) return Number(s);
  if (s.length !== 4) return null;
  let n = 0;
  for (const c of s) {
    const d = cnDigit(c);
    if (d < 0) return null;
    n = n * 10 + d;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Numbering prefixes of body paragraphs

/**
 * The numbering prefixes and the outline level each implies. Chinese plans
 * nest `第一章` > `一、` > `第一条` > `（一）` > `1.` > `（1）` > `①` > `一是`; a
 * document may skip levels, so only the relative order matters. Every
 * pattern is anchored and uses bounded repetition only, so a hostile line
 * costs a constant amount of work per pattern.
 */
// Number dots: `.`, full-width `．`, the small full stop `﹒` (U+FE52) some editors put after item numbers, and `。`.
export const NUMBERING: readonly (readonly [RegExp, number])[] = [
  [/^第([一二三四五六七八九十百零〇\d]{1,4})(?:章|部分|篇)/u, 0],
  // Articles (`第一条`) sit inside chapters and sections, above `（一）`.
  [/^第([一二三四五六七八九十百零〇\d]{1,4})条/u, 1.5],
  [/^([一二三四五六七八九十百零〇]{1,4})[、.．﹒]/u, 1],
  [/^[（(〔]([一二三四五六七八九十百零〇]{1,4})[）)〕]/u, 2],
  // `1.5万` is a quantity, not a number: the dot may be followed by a digit
  // only where a year starts (`2.2022年起…`).
  // (A full-width full stop after a line's first number, `1。在…`, numbers it too; never inside a line.)
  // …or a month (`10.9月中旬前完成…`: item 10, due in September; `2.5个月` stays a quantity).
  [/^(\d{1,3}) ?(?:[、]|[.．﹒。](?!\d)|[.．﹒](?=\d{4}\s?年|\d{1,2}\s?月))/u, 3],
  [/^[（(](\d{1,3})[）)]/u, 4],
  [/^(\d{1,3})[）)]/u, 4],
  [/^([①-⑳])/u, 5],
  [/^([一二三四五六七八九十]{1,3})是/u, 6],
];

/**
 * The numbering prefix of a table cell or a heading line (`1.`, `5. `,
 * `（1）`, `一、`, `821.`): group 1, 2 or 3 holds the number. A dot followed by
 * a digit is left to the caller (`6.70%的…` may be item 6, `0.01以内` is not).
 */
/** A cell or line that is an outline heading with its text (`（一）全面实施…`, `一、优化审批`), not a bare number. */
/** An outline number (`（一）`, `一、`): the prefix of an outline heading. */
export const OUTLINE_NUMBER = '(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])';
/** A part of the plan opening a line: an outline number, or `第一章` / `第二部分` / `第三篇`. */
export const SECTION_OPENING = new RegExp(`^(?:${OUTLINE_NUMBER}|第[一二三四五六七八九十]{1,3}[章部分篇])`, 'u');
export const OUTLINE_HEADING = new RegExp(`^\\s*${OUTLINE_NUMBER}\\s*\\p{Script=Han}{2}`, 'u');

export const CELL_NUMBERING = /^\s*(?:(\d{1,4})\s*[.．﹒、](?!\d)|[（(]\s*(\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[）)]|([一二三四五六七八九十百]{1,4})\s*[、.．﹒]|([①-⑳]))/u;

/** The number a `CELL_NUMBERING` prefix names, as written without its punctuation (`（3）` → `3`, `①` → `①`), or null. */
export function cellNumber(text: string): string | null {
  const m = CELL_NUMBERING.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : null;
}

/** The value of such a number: `3`, `三` and `③` are 3. */
export function cellNumberValue(text: string): number | null {
  const n = cellNumber(text);
  if (n === null) return null;
  return /^[①-⑳]$/u.test(n) ? n.charCodeAt(0) - 0x2460 + 1 : chineseToInt(n);
}

/** The level `①` prefixes take: its seq is the circled digit's value. */
export const CIRCLED_LEVEL = 5;

/**
 * A numbering prefix that may start an item inside a line a scraper
 * flattened (`… 1.加强…`, `…）（二）优化…`): the same forms, unanchored
 * (`一是` excluded: it enumerates inside sentences).
 */
export const INLINE_NUMBERING = /(?:第[一二三四五六七八九十]{1,3}(?:章|部分|条)|[一二三四五六七八九十]{1,3}、|[（(〔][一二三四五六七八九十]{1,3}[）)〕]|\d{1,3} ?(?:、|[.．﹒](?!\d)|[.．﹒](?=\d{4}年|\d{1,2}月))|[（(]\d{1,3}[）)]|[①-⑳])/uy;

// ---------------------------------------------------------------------------
// Brackets

export const OPEN_BRACKETS = '（([【〔［「『';
export const CLOSE_BRACKETS = '）)]】〕］」』';
const OPEN_SET = new Set(OPEN_BRACKETS);
const CLOSE_SET = new Set(CLOSE_BRACKETS);
// Every bracket is one UTF-16 unit, so the scans below read char codes: taking
// `text[i]` makes a new one-character string for each Han character.
const BRACKET_OF = new Int8Array(0x10000);
for (const c of OPEN_BRACKETS) BRACKET_OF[c.charCodeAt(0)] = 1;
for (const c of CLOSE_BRACKETS) BRACKET_OF[c.charCodeAt(0)] = -1;

export function isOpenBracket(c: string | undefined): boolean {
  return c !== undefined && OPEN_SET.has(c);
}
export function isCloseBracket(c: string | undefined): boolean {
  return c !== undefined && CLOSE_SET.has(c);
}

/** The index of the bracket closing the one at `open` (any kind, nesting counted), or -1. */
export function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const b = BRACKET_OF[text.charCodeAt(i)]!;
    if (b > 0) depth++;
    else if (b < 0) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The index of the bracket opening the one closing at `close`, or -1. */
export function matchingOpen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const b = BRACKET_OF[text.charCodeAt(i)]!;
    if (b < 0) depth++;
    else if (b > 0) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Bracket depth before each position (`out[i]` is the depth at which `text[i]` sits). */
export function depthProfile(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = depth;
    const b = BRACKET_OF[text.charCodeAt(i)]!;
    if (b > 0) depth++;
    else if (b < 0 && depth > 0) depth--;
  }
  out[text.length] = depth;
  return out;
}

/** How many brackets are still open at the end of the text. */
export function unclosedBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const b = BRACKET_OF[text.charCodeAt(i)]!;
    if (b > 0) depth++;
    else if (b < 0 && depth > 0) depth--;
  }
  return depth;
}

// ---------------------------------------------------------------------------
// Character classes

const HAN = /\p{Script=Han}/u;
const BLANK = /^[\s\u3000\u00a0\ufeff]*$/u;

/** Any Han character, Extension A and beyond included (one test for the whole project). */
export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** Nothing but white space (ASCII, ideographic, NBSP, BOM). */
export function isBlank(s: string): boolean {
  return BLANK.test(s);
}
