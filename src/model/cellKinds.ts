/**
 * What a cell's text is, read from the text alone: unit names, a date
 * phrase, a person's name, a seq number, or a sentence of work. Readers use
 * it to place the cells of a scraped table in their columns, and detection
 * to let a column's cells confirm (or give) its header's role.
 */
import { toSimplified } from './traditional.js';
import {
  alternation,
  COMPOUND_SURNAMES,
  depthProfile,
  hasHan,
  isCloseBracket,
  JOINT_LEAD_WORDS,
  LEADING_AND,
  matchingOpen,
  PLACE_LEVEL,
  PARTNER_WORDS,
  ROLE_WORD,
  UNIT_SUFFIXES,
  withoutLeadMark,
  withoutPinyinNoise,
  ETC_AT_END,
} from './vocabulary.js';

export type CellKind = 'seq' | 'units' | 'date' | 'person' | 'text' | 'empty';

const UNIT_END = new RegExp(`(?:${alternation(UNIT_SUFFIXES)})$`, 'u');
// A name never starts with a digit, but a count of units does (`13个街道`).
const NOT_A_NAME = /[。：:？！?!“”"《》]|\d{4}|\d+(?:\.\d+)?%|[年月]底|^\d(?!\d{0,2}个)/u;
const MAX_NAME = 40;
const WORK_OPENING = /^(?:建成|新增|新建|开展|完成|推进|实施|加强|改造|提升|推动|启用|打造|建立|健全|完善|举办|扩建|续建|筹建)/u;
/** Shorter names that open so (`推进办`) may be units. */
const MIN_WORK_NAME = 6;

/** A name that ends like a unit (`局`, `委`, `政府`), its annotation aside: stricter than `isUnitName`, which lets any `各…` pass. */
export function endsLikeUnit(name: string): boolean {
  return isUnitName(name) && UNIT_END.test(name.replace(/[（(][^（）()]*[）)]$/u, ''));
}

/**
 * Clauses that join a lead to its partners with no comma between, written
 * with one: `A会同B、C办理` → `A牵头，B、C办理`; `A牵头会B负责` (会 for 会同)
 * → `A牵头，B负责`; `县司法局牵头各行政机关负责` → `…牵头，各行政机关负责`.
 * Only where units stand on both sides and outside brackets: `会同有关部门研究…`
 * in a sentence, `牵头负责…` and `牵头抓好…` are left as written. Matched on
 * the Simplified form; what is returned keeps the text as written.
 */
export function separateJointLeads(text: string): string {
  const fold = toSimplified(text);
  if (!fold.includes('牵头') && !fold.includes('会')) return text;
  const depth = depthProfile(fold);
  const edits: { at: number; length: number; insert: string }[] = [];
  const unitBefore = (at: number) => {
    const piece = fold.slice(0, at).replace(/^.*[、，,；;：:（(]/u, '').replace(/^由/u, '').replace(/牵头$/u, '').replace(/分别$/u, '');
    return endsLikeUnit(piece);
  };
  const unitsAfter = (at: number) => /^[^，,；;。）)]{2,}/u.test(fold.slice(at));
  for (const m of fold.matchAll(JOINT_WORD)) {
    if (depth[m.index] !== 0 || !unitsAfter(m.index + m[0].length)) continue;
    // `会` alone after an office's name (`宣传处会办公室`: 会办, done with) only before a whole unit's name.
    if (m[0] === '会' && !fold.slice(0, m.index).endsWith('牵头') && !endsLikeUnit(fold.slice(m.index + 1).replace(/[，,；;、。（(].*$/u, ''))) continue;
    // Opening a clause after the lead's (`区教育局牵头，会同区财政局实施`): the word alone goes.
    if (/(?:^|[，,；;])\s*$/u.test(fold.slice(0, m.index))) { if (m[0] !== '会') edits.push({ at: m.index, length: m[0].length, insert: '' }); continue; }
    if (!unitBefore(m.index)) continue;
    const ledAlready = fold.slice(0, m.index).endsWith('牵头');
    edits.push({ at: m.index, length: m[0].length, insert: ledAlready ? '，' : '牵头，' });
  }
  // `A牵头、B、C`: the units after the lead's mark are not of its run (a 、-run shares the mark at its end).
  for (const m of fold.matchAll(LEAD_THEN_COMMA)) {
    const at = m.index + m[0].length - 1;
    if (depth[at] !== 0 || !unitBefore(m.index) || !unitsAfter(at + 1)) continue;
    edits.push({ at, length: 1, insert: '，' });
  }
  for (const m of fold.matchAll(GLUED_LEAD)) {
    const before = m[1]!;
    const at = m.index + before.length + 2;
    if (depth[at] !== 0 || !endsLikeUnit(before.replace(/^.*[、，,；;]/u, '')) || !endsLikeUnit(m[2]!)) continue;
    edits.push({ at, length: 0, insert: '，' });
  }
  if (!edits.length) return text;
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of edits) {
    if (e.at < from) continue;
    out += text.slice(from, e.at) + e.insert;
    from = e.at + e.length;
  }
  return out + text.slice(from);
}
const LEAD_THEN_COMMA = /牵头、/gu;
/**
 * `会同`, and `会` for it right after 牵头 (`牵头会区各单位`) or after an office's
 * name (`宣传处会办公室`, `省发展改革委会省财政厅`…: not the 会 of `委员会`, `协会`,
 * `管委会`, nor of `会议`, `会商`, `会签`).
 */
const JOINT_WORD = new RegExp(`${alternation([...JOINT_LEAD_WORDS])}|(?<=牵头|[处局厅科室院所]|中心)会(?![同议计展商员签审谈晤考诊务期上场所])`, 'gu');
const GLUED_LEAD = new RegExp(`([^，,；;（）()]{2,40}?)牵头(?!${'(?:负责|落实|实施|办理|抓总|督导|组织|会)'})([^，,；;、（）()]{2,30}?)(?=(?:${alternation([...PARTNER_WORDS, '负责', '落实'])})(?:[，,；;。）)]|$))`, 'gu');

/** A unit's name: short, no sentence marks or dates, ending like a unit (`局`, `委`, `各乡镇`, `各乡（街道）`). Simplified text. */
export function isUnitName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME || !hasHan(name) || NOT_A_NAME.test(name)) return false;
  // Work that ends in a unit's word (`建成启用区级老年活动中心`, `新建社区服务中心`) is no unit: a unit's name never opens with a verb of work.
  if (name.length >= MIN_WORK_NAME && WORK_OPENING.test(name)) return false;
  // An annotation after the name (`区科技经济发展局（安监）`, `各乡（街道）`) is part of it.
  let bare = name;
  if (isCloseBracket(bare[bare.length - 1])) {
    const open = matchingOpen(bare, bare.length - 1);
    if (open <= 0) return false;
    bare = bare.slice(0, open);
  }
  return UNIT_END.test(bare) || bare.startsWith('各');
}

const ROLE_TAIL = new RegExp(`${ROLE_WORD}$`, 'u');
const LEVEL_OPENING = new RegExp(`^(?:省|各|${PLACE_LEVEL})`, 'u');
const LABEL_HEAD = /^(?:牵头|配合|责任|协办|参与)(?:单位|部门)?[:：]/u;

// By char code: `s[i]` would make a string of each Han character.
const PIECE_SEPARATORS = new Set([...'、，,；;/／ \n'].map((c) => c.charCodeAt(0)));

/** Pieces of a unit list between separators (outside brackets), role words and catch-all tails removed. */
function unitPieces(s: string): string[] {
  const depth = depthProfile(s);
  const out: string[] = [];
  let from = 0;
  const push = (piece: string) => {
    // `以及各有关单位`: the conjunction before the last names is no part of them.
    // A lead's mark (`★区发改委`, `区农业农村委*`) is no part of its name.
    let p = piece.trim().replace(LABEL_HEAD, '').replace(LEADING_AND, '');
    p = withoutLeadMark(p);
    for (let k = 0; k < 3; k++) {
      const before = p;
      p = p.replace(ROLE_TAIL, '').replace(ETC_AT_END, '').trim();
      if (p === before) break;
    }
    if (p) out.push(p);
  };
  for (let i = 0; i < s.length; i++) {
    if (depth[i] === 0 && PIECE_SEPARATORS.has(s.charCodeAt(i))) {
      push(s.slice(from, i));
      from = i + 1;
    }
  }
  push(s.slice(from));
  return out;
}

/** Every piece of the text is a unit's name (`市住建局、市城管局`, `区发改局牵头，区财政局配合`). */
export function isUnitList(text: string): boolean {
  // A space before a name's bracketed annotation (`省编办 (省审改办)`) is layout, not a separator.
  // A unit cell may close its list with a full stop (`区数据局负责。`, `区政府有关部门，各乡镇人民政府。`,
  // `区投资促进中心。`); one name closed so that opens with no level is a sentence (`迁建县政务服务中心。`).
  let s = separateJointLeads(toSimplified(text).trim().replace(/\s+(?=[（(])/gu, ''));
  if (s.endsWith('。')) {
    const stop = s.slice(0, -1);
    if (ROLE_TAIL.test(stop) || /[、，,；;]/u.test(stop) || LEVEL_OPENING.test(stop)) s = stop;
  }
  if (!s || s.length > 400) return false;
  const pieces = unitPieces(s);
  // A bare place word after a unit (`13个街道、镇`) takes the place of the one before it.
  // …and a named place before the body it leaves to the last of its run (`荔湾区、黄埔区政府`).
  const bodyAfter = (i: number) => pieces.slice(i + 1, i + 1 + MAX_PLACE_RUN).some((q) => PLACE_BODY_END.test(q));
  return pieces.length > 0 && pieces.every((p, i) => isUnitName(p) || (i > 0 && BARE_PLACE.has(p)) || (NAMED_PLACE.test(p) && bodyAfter(i)));
}
const NAMED_PLACE = new RegExp(`^\\p{Script=Han}{1,6}${PLACE_LEVEL}$`, 'u');
const PLACE_BODY_END = /(?:人民政府|政府|党委|管委会)$/u;

const BARE_PLACE = new Set(['镇', '乡', '村', '街道', '社区']);

const DATE_WORD =
  /\d+\s*个?月(?:内|后|完成)|\d+\s*个?工作日|完成$|\d{4}\s*年|\d{4}[-—–~至到]\d{4}|\d{1,2}\s*月|年底|年内|年初|年末|季度|半年|长期|持续|常态|全年|每[年季月周日]|底前|月底|立即|及时|日前|前完成|工作日|按期|按时|按要求|分阶段|逐年|年度|\d{4}(?:\.\d{1,2})?$|^\d{6,8}$/u;
const STATUS = /^(?:已|未|尚未|正在|基本|全部|均已|已经)(?:完成|开工|竣工|启动|实施|推进|办结|落实|整改|验收|投用|运行)(?:到位)?$/u;
const PERSON_TITLE = /(?:县长|区长|市长|书记|主任|局长|部长|镇长|乡长|秘书长|委员|主席|组长|副[^\s、，]{0,4}长|同志)$/u;
const SEQ = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(]\d{1,3}[）)]|[（(][一二三四五六七八九十]{1,3}[）)])[.、．]?$/u;

const NOUN = /部门|单位|机构|管理区/u;

/**
 * The noun a name lacking its own takes from the name after it
 * (`省各行业主管、监管部门` → `省各行业主管部门`): where it stands in `next`, or
 * null. Only a short qualifier before the noun shares it; `省有关部门和单位`
 * names its own.
 */
export function sharedNoun(name: string, next: string): { index: number; length: number } | null {
  const noun = NOUN.exec(toSimplified(next));
  if (!noun || noun.index > 3 || NOUN.test(name) || isUnitName(name) || !isUnitName(name + noun[0])) return null;
  return { index: noun.index, length: noun[0].length };
}

const QUALIFIED_LEVEL = new RegExp(`^(各|相关|有关)${PLACE_LEVEL}$`, 'u');
const BARE_LEVEL = new RegExp(`^${PLACE_LEVEL}$`, 'u');
// A place's name alone (`哈尔滨`, `黑河`): not a unit's short name, which opens with its level (`市人行`).
const BARE_PLACE_NAME = /^(?![省市县区镇乡])\p{Script=Han}{2,4}$/u;
// The kind the run leaves to its last name: a body of the place (`政府`, `党委`, `管委会`) or a class of its
// departments (`发展改革部门`, `相关部门`: a kind, never one unit's name).
const RUN_END = new RegExp(`^(\\p{Script=Han}{0,6}?)(${PLACE_LEVEL})((?:人民)?政府|党委|管委会|(?![直各])[^各]{0,6}?部门)$`, 'u');
/** The most bare places a run holds before its last name (callers pass no more than this many after a piece: linear). */
export const MAX_PLACE_RUN = 8;

/**
 * A run of bare places that leaves its level and kind to the name ending it
 * (Simplified pieces, role words taken off): `相关市、县政府` (a qualified level,
 * then levels) or `哈尔滨、黑河、绥芬河市政府` (place names, then a place with
 * its level). Returns how many bare pieces the run has (`piece` the first),
 * the kind each takes (`政府`, `市政府`) and the qualifier opening it, which
 * the later names take too; null when `piece` opens no such run.
 */
export function ellipticalPlace(piece: string, rest: readonly string[]): { count: number; kind: string; level: string; qualifier: string | null } | null {
  const qualified = QUALIFIED_LEVEL.exec(piece);
  const named = !qualified && BARE_PLACE_NAME.test(piece) && !isUnitName(piece) && !BARE_LEVEL.test(piece);
  if (!qualified && !named) return null;
  const bare = [piece];
  for (const next of rest.slice(0, MAX_PLACE_RUN)) {
    const end = RUN_END.exec(next.replace(ROLE_TAIL, ''));
    if (end) {
      // Levels after a qualified level (`相关市、县政府`) end in a level alone; place names end in a place (`绥芬河市政府`).
      // (A class of departments ends a run of place names only: `各街道、区直各部门` are two units.)
      if (qualified ? end[1] !== '' || end[3]!.endsWith('部门') : end[1] === '' || end[3] === '管委会') return null;
      const kind = qualified ? end[3]! : end[2]! + end[3]!;
      return { count: bare.length, kind, level: qualified ? '' : end[2]!, qualifier: qualified ? qualified[1]! : null };
    }
    if (qualified ? !BARE_LEVEL.test(next) : !(BARE_PLACE_NAME.test(next) && !isUnitName(next) && !BARE_LEVEL.test(next))) return null;
    bare.push(next);
  }
  return null;
}

/** A person named by a title (`分管副省长`, `协管副秘书长`, `王县长`): never a unit, whatever its length. */
export function isPersonTitle(text: string): boolean {
  const s = toSimplified(text).trim();
  return s.length > 0 && s.length <= 12 && PERSON_TITLE.test(s) && !isUnitName(s);
}

/** A person's name or names (`张三`, `李四、王五`, `王副县长`). */
export function isPersonList(text: string): boolean {
  // Names are often spaced out to justify them (`俞 悦`): spaces between Han characters are layout.
  const s = toSimplified(text).trim().replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '');
  if (!s || s.length > 60) return false;
  const names = s.split(/[、，,；;\s]+/u).filter(Boolean);
  return names.length > 0 && names.every((n) => (isPersonalName(n) && !isUnitName(n)) || PERSON_TITLE.test(n));
}

/**
 * A person's name: two or three Han characters, or four under a compound
 * surname (`欧阳晓明`). Other four-character words are phrases (`文化产业`, `非遗保护`).
 */
function isPersonalName(n: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(n) || (/^\p{Script=Han}{4}$/u.test(n) && COMPOUND_SURNAME.test(n));
}
const COMPOUND_SURNAME = new RegExp(`^(?:${COMPOUND_SURNAMES.join('|')})`, 'u');

const DATE_WORDS = new RegExp(DATE_WORD.source, 'gu');
/** More Han characters than this left once the date words are taken out make a sentence of work, not a date cell. */
const DATE_CELL_REST = 10;

/**
 * A sentence of work that happens to hold a date word (`全年组织开展文化下乡等惠民
 * 演出不少于100场。`): once its date words are taken out, much is left.
 */
function isWorkSentence(s: string): boolean {
  if (s.length <= DATE_CELL_REST) return false;
  let han = 0;
  for (const ch of s.replace(DATE_WORDS, '')) if (/\p{Script=Han}/u.test(ch)) han++;
  return han > DATE_CELL_REST;
}

// A milestone's date opening its part: `2021年2月`, `2021年8月底前`, `6月底前`.
const MILESTONE_DATE = /^(?:\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?|\d{1,2}\s*月(?:\d{1,2}\s*日)?)(?:上旬|中旬|下旬|底|末)?(?:前|以前|之前)?/u;
const MAX_MILESTONES_CELL = 80;

/**
 * A deadline cell of milestones (`2021年2月公布预算信息，2021年8月公布决算信息`):
 * two parts or more, each opening with its date and saying little more. A
 * sentence of work says much more after its date (`2020年完成…建设，…`).
 */
function isMilestones(s: string): boolean {
  if (s.length > MAX_MILESTONES_CELL || !/^\d/u.test(s)) return false;
  const parts = s.split(/[，,；;]/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const date = MILESTONE_DATE.exec(p);
    if (!date || !/[年月]/u.test(date[0])) return false;
    let han = 0;
    for (const ch of p.slice(date[0].length)) if (/\p{Script=Han}/u.test(ch)) han++;
    return han <= DATE_CELL_REST;
  });
}

/**
 * Tables repeat the same cells (`区应急局`, `2022年底前`) down their rows and
 * across a collection, and detection reads each sampled cell's kind for
 * several header candidates: each distinct text is read once, bounded
 * (cleared when full) so that memory stays flat over a long run.
 */
const KIND_CACHE = new Map<string, CellKind>();
const KIND_CACHE_ENTRIES = 20_000;
const KIND_CACHE_KEY_LIMIT = 400;

/** The kind of a cell's text (one line or a whole cell). */
export function cellKind(text: string): CellKind {
  let kind = KIND_CACHE.get(text);
  if (kind === undefined) {
    kind = kindOf(text);
    if (text.length <= KIND_CACHE_KEY_LIMIT) {
      if (KIND_CACHE.size >= KIND_CACHE_ENTRIES) KIND_CACHE.clear();
      KIND_CACHE.set(text, kind);
    }
  }
  return kind;
}

function kindOf(text: string): CellKind {
  const t = text.trim();
  if (!t) return 'empty';
  if (SEQ.test(t)) return 'seq';
  // Pinyin a broken converter put inside words (`區(qū)財政局`) is no part of them.
  const s = withoutPinyinNoise(toSimplified(t));
  // A progress table's status (`已完成`, `未开工`) reports the work: no due date, and no person.
  if (STATUS.test(s)) return 'text';
  if (s.length <= 40 && DATE_WORD.test(s) && !/[。；;]/u.test(s.slice(0, -1)) && !isWorkSentence(s)) return 'date';
  if (isMilestones(s)) return 'date';
  if (isUnitList(s)) return 'units';
  if (isPersonList(s)) return 'person';
  return 'text';
}
