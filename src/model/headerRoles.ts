/**
 * Header cell → column role. The spec lists the synonyms; exact synonyms win,
 * then a keyword match for compound headers (`牵头（承办）部门`,
 * `完成时限（年）`). Traditional headers (`牽頭單位`, `完成時限`) are matched
 * through their Simplified form.
 */
import { toSimplified } from './traditional.js';
import { LEAD_LABELS, PARTNER_LABELS, PERSON_LABELS, RESPONSIBLE_LABELS, SUPPLIER_LABELS, TIME_LABELS, withoutPinyinNoise } from './vocabulary.js';

export type ColumnRole = 'seq' | 'group' | 'task' | 'content' | 'lead' | 'partners' | 'deadline' | 'note';

const EXACT: Record<Exclude<ColumnRole, 'note'>, string[]> = {
  seq: ['序号', '编号', '序', '号'],
  group: ['专项', '专题', '专题项目', '专项项目', '项目名称', '工作项目', '大项', '小项', '类别', '领域', '项目', '分类', '类型', '重点领域', '专项行动', '工作类别', '分块'],
  task: ['任务', '主要任务', '重点任务', '重点项目任务', '目标任务', '工作任务', '任务名称', '整治内容', '工作内容', '任务内容', '工作事项', '事项', '重点工作', '工作重点', '改革任务', '任务事项', '具体任务'],
  content: ['主要内容', '具体内容', '具体要求', '工作措施', '具体措施', '主要措施', '工作举措', '具体举措', '措施', '工作目标', '整改目标', '整改措施', '目标', '工作要求', '完成标准', '预期成果'],
  lead: ['牵头单位', '牵头部门', '牵头（承办）部门', '牵头(承办)部门', '责任单位', '责任部门', '主责单位', '承办单位', '牵头', '责任主体', '负责单位', '负责部门', '主办单位', '牵头责任单位'],
  partners: ['配合单位', '协办单位', '参与单位', '配合部门', '协助单位', '协办部门', '参与部门'],
  deadline: ['完成时限', '完成年限', '完成时间', '完成期限', '时间节点', '时限', '时间', '进度安排', '时间安排', '完成时限要求'],
};

const EXACT_INDEX = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(EXACT)) for (const n of names) EXACT_INDEX.set(n, role as ColumnRole);
// The labels a list item knows name the same columns in a table (one vocabulary:
// a label added there reaches headers too). `责任分工` spans sub-headers and stays out.
for (const n of [...LEAD_LABELS, ...RESPONSIBLE_LABELS]) if (!EXACT_INDEX.has(n) && !n.endsWith('分工')) EXACT_INDEX.set(n, 'lead');
for (const n of PARTNER_LABELS) if (!EXACT_INDEX.has(n)) EXACT_INDEX.set(n, 'partners');
for (const n of [...PERSON_LABELS, ...SUPPLIER_LABELS]) if (!EXACT_INDEX.has(n)) EXACT_INDEX.set(n, 'note');
for (const n of TIME_LABELS) if (!EXACT_INDEX.has(n)) EXACT_INDEX.set(n, 'deadline');

/** A level of an outline named as a column: `一级要点`, `二级任务`, `三级指标`. */
export const OUTLINE_LEVEL = /^[一二三四]级(?:要点|任务|事项|目录|工作)$/u;

// Keyword rules for headers that are not verbatim synonyms, in priority order.
const KEYWORDS: [ColumnRole, RegExp][] = [
  ['seq', /^(?:序号|编号)|^\p{Script=Han}{1,4}序号$/u],
  // People, not units: a 责任领导 or 联系人 column names who answers for the
  // task; its names must never be read as lead units.
  // (`加强组织领导`, `明确工作机构及领导职责` are work, not a column of persons.)
  ['note', /^(?!.*组织领导).{0,6}领导(?:姓名|及联系电话)?$|责任人|联系人|联系电话|电话|签字/],
  // A schedule is a deadline even where it says 进度 (`工作进度安排`).
  // So is a year's target progress (`2023年目标进度`, `计划进度`).
  ['deadline', /(?:进度|时间|节点)安排$|时间表$|^(?:\d{4}年度?)?(?:目标|计划)进度$/],
  // Where a task comes from or how far it got is no part of the task.
  ['note', /来源|依据|进展|情况$|情况说明|当前进度|工作进度|完成进度|完成率/],
  // A count or an amount (`区民生实事项目数量`, `总投资`) is no task, whatever words it holds.
  ['note', /(?:数量|个数|总数|金额|总投资|投资额)$/],
  ['deadline', /时限|年限|期限|时间|节点|完成时/],
  ['partners', /配合|协办|参与|协助|协同|共同责任|相关(?:责任)?(?:单位|部门)/],
  ['lead', /牵头|主责|承办|主办|(?:责任|实施)主体|(?:责任|负责|落实|实施)(?:单位|部门|科室|股室|处室|机构)/],
  ['note', /^备注|^说明/],
  ['task', /任务|事项|整治内容|工作内容/],
  ['content', /内容|措施|举措/],
  ['group', /专项|专题|项目|大项|小项|类别|领域|板块/],
  // Levels of an outline (`一级要点`, `二级要点`): each groups the next; the deepest is the task (detect/taskTables).
  ['group', OUTLINE_LEVEL],
];


/** A note in brackets closing a header cell (`责任部门（加*号为牵头部门，其余为参与部门）`). */
export const HEADER_NOTE = /[（(][^（）()]{2,30}[）)]$/u;

export function normalizeHeader(text: string): string {
  // Pinyin a broken converter inserted (`工作進(jìn)度安排`) is no part of a header's meaning.
  return withoutPinyinNoise(toSimplified(text)).replace(/[\s\u3000]+/gu, '').replace(/[:：]$/u, '');
}

/** A label of a task's own text or its measures (`任务目标`, `整改措施`): what a list item carries after its clause. */
/** A column's name as the vocabulary writes it (`整改措施`, `完成时限`), not one read by its keywords. */
export function isColumnName(text: string): boolean {
  return EXACT_INDEX.has(normalizeHeader(text));
}

/**
 * A rectification record's problem (`整改问题`, `存在问题`, `反馈问题`): what its
 * measures fix, so the record's task. (No column role: a table's problem column
 * is confirmed by its cells.)
 */
const RECORD_PROBLEM = /^(?:整改|存在|反馈|突出|具体)?问题(?:描述|内容|清单)?$/u;

export function isRecordProblem(label: string): boolean {
  return RECORD_PROBLEM.test(normalizeHeader(label));
}

export function namesItemText(label: string): boolean {
  const role = headerRole(label);
  return role === 'content' || role === 'task';
}

export function headerRole(text: string): ColumnRole | null {
  const full = normalizeHeader(text);
  // A long note in brackets after the name (`责任部门（加*号为牵头部门，其余为参与部门）`) is no part of it.
  const h = full.length > 16 ? full.replace(HEADER_NOTE, '') : full;
  if (!h || h.length > 16) return null;
  // A count or share column of a statistics form: `现有数量（个）`, `完成率（%）`.
  // An amount (`总投资（万元）`) is a note like its bare name; a count of a statistics form has no role.
  const measured = /[（(](?:个|家|处|人|%|％|万元|元|份|次|台|辆|条|座|户)[）)]$/u.exec(h);
  if (measured) return /元[）)]$/u.test(h) && headerRole(h.slice(0, measured.index)) === 'note' ? 'note' : null;
  const exact = EXACT_INDEX.get(h) ?? EXACT_INDEX.get(h.replace(/[（(][^）)]*[）)]$/u, ''));
  if (exact) return exact;
  for (const [role, re] of KEYWORDS) if (re.test(h)) return role;
  return null;
}
