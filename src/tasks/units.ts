/**
 * Responsible units: `区安监局、区发改局牵头，区教育局配合` → leads and partners.
 *
 * Units are split on 、，,；; and line breaks, never inside brackets
 * (`规划建设与交通运输局（住建、交通）` stays whole). A run of units joined by
 * 、 shares the marker at its end (`A、B牵头` marks both). When any unit is
 * marked 牵头, the marked units are leads and every other unit is a partner;
 * with no 牵头 anywhere every unit is a lead.
 */

import { cellKind, ellipticalPlace, endsLikeUnit, isPersonTitle, MAX_PLACE_RUN, separateJointLeads, sharedNoun } from '../model/cellKinds.js';
import { toSimplified } from '../model/traditional.js';
import { isSpaceCode } from '../model/text.js';
import { alternation, colonAfterLabels, ETC_CLASS, hasHan, hasLeadMark, isCloseBracket, isOpenBracket, labelRole, LEAD_WORDS, LEADING_AND, PARTNER_WORDS, PLACE_LEVEL, PLACE_TAKING_UNITS, RESPONSIBLE_WORDS, ZONE_BODIES, ZONE_ENDINGS, ROLE_LABEL, ROLE_WORD, SUPPLIER_LABEL, UNIT_LABEL, withoutLeadMark } from '../model/vocabulary.js';

export interface Units {
  leads: string[];
  partners: string[];
}

export interface UnitOptions {
  /**
   * Drop catch-all tails joined by 及 (`公安分局及相关行业主管部门` → `公安分局`).
   * Table cells list units tersely and the tail is noise there; in body text
   * `X及相关部门` is read as written.
   */
  dropConjoinedTail?: boolean;
}

const UNIT_SEP = new Set(['、', '/', '／']);
const CLAUSE_SEP = new Set(['，', ',', '；', ';', '\n']);
const ALL_SEP = new Set([...UNIT_SEP, ...CLAUSE_SEP]);
export const UNIT_SEPARATORS: ReadonlySet<string> = ALL_SEP;

// An item prefix in a lead cell scopes the units to numbered items of the
// task: `（1）-（3）区经贸局`, `（2）（4）-（9）公安分局`.
const ITEM_PREFIX = /^(?:\s*[（(][\d一二三四五六七八九十]{1,3}[）)]\s*(?:[-—–~～至、,，]\s*)?)+/u;
// 牵头 or 主办 marks its run as the lead (`A主办，B协办`); `负总责` alone does not make the others partners.
const LEAD_MARK = /牵头|主办/u;
// `区甲局（牵头）`, `区乙局（配合）`: the mark in brackets after a unit.
const BRACKETED_MARK_TAIL = /[（(]\s*(?:牵头|主责|配合|协办|协助|参与)[^（()）]{0,4}[）)]$/u;
const BRACKETED_LEAD = /[（(]\s*(?:牵头|主责)[^（()）]{0,4}[）)]/u;
// Role phrases that close a clause; removed from the unit's name.
const THEN = '(?:并[^、，；]{0,40})?';
const ROLE_TAIL = new RegExp(
  `(?:${[
    `(?:按照?|根据)?(?:各自)?(?:职责|职能)(?:分工)?(?:分别|对口)?(?:牵头)?(?:负责|落实)?${THEN}`,
    `(?:分工|对口)?(?:${alternation(LEAD_WORDS)})${THEN}`,
    '具体(?:负责|指导督导|指导|督导|落实|实施)',
    `(?:积极)?(?:${alternation(PARTNER_WORDS)})(?:落实|实施)?`,
    '(?:分工|分别)?负责(?:[^、，；]{0,20}对接|落实|实施|办理)?',
    // Every responsible word of the vocabulary (`组织落实`, `负责组织实施`, `办理`).
    alternation(RESPONSIBLE_WORDS),
  ].join('|')})$`,
  'u',
);
const UNIT_LEADER_TAIL = /(?:主要领导|主要负责人|主要负责同志|负责同志|分管领导|一把手)$/u;
// Unlike ETC_AT_END, a unit cell's `等` may run on into its duty (`等按职责分工负责`).
const ETC_TAIL = new RegExp(`等(?:按[^、，；]{0,60}|[^、，；]{0,12}?${ETC_CLASS})?$`, 'u');
const NOT_A_UNIT = /\d{1,4}\s*[年月日]|[一二三四五六七八九十]{1,3}季度|季度|^每[年季月周日天半]|^(?:长期|持续|常态化|立即|即时|年内|年底|全年)|完成$|推进$|^(?:完成)?时限/u;
// A catch-all tail (`及有关部门`, `和各成员单位`); `其他股室及属下单位` names units of its own and stays whole.
// A catch-all class of units (`相关部门`, `各成员单位`): after 及/和 it is a tail, not a unit of its own.
const CATCH_ALL_CLASS = '(?:(?:其他|相关|有关|各)[^、，；]{0,10}?(?:部门|单位|成员单位)|成员单位)';
const CONJOINED_TAIL = new RegExp(`(?:及|和)${CATCH_ALL_CLASS}$`, 'u');
// A note also starts at `以下…` after a separator (`…，以下均需各县市区落实，不再逐一列出`).
// A full stop before another label (`…负责。责任单位：…`) goes on with the units.
// …and so does a note in brackets after the units (`…各市、区人民政府〔以下均需各市、区人民政府落实，不再列出〕`),
// closed or cut off by the text's end.
const NOTE_BRACKET = /[〔（(【]\s*(?:以下|以上|上述|下同|均需|均由|不再)[^〔〕（）()【】]*(?:[〕）)】]|$)/gu;
const NOTE_SENTENCE = new RegExp(`(?:。(?!\\s*${ROLE_LABEL}\\s*[:：])|[，,；;]\\s*(?=以下))[\\s\\S]*$`, 'u');

/**
 * Plans repeat the same unit cell down hundreds of rows (`区应急局`, `各乡镇
 * （街道）`), so each distinct cell is split once: results by input, bounded
 * (cleared when full) so that memory stays flat over a long run.
 */
const SPLIT_CACHE = new Map<string, Readonly<Units>>();
const SPLIT_CACHE_ENTRIES = 20_000;
const SPLIT_CACHE_KEY_LIMIT = 2_000;

export function splitUnits(input: string | readonly string[], options: UnitOptions = {}): Units {
  const key = `${options.dropConjoinedTail ? 1 : 0}${typeof input === 'string' ? `s${input}` : `a${input.join('\u0000')}`}`;
  let units = SPLIT_CACHE.get(key);
  if (!units) {
    units = computeUnits(input, options);
    if (key.length <= SPLIT_CACHE_KEY_LIMIT) {
      if (SPLIT_CACHE.size >= SPLIT_CACHE_ENTRIES) SPLIT_CACHE.clear();
      SPLIT_CACHE.set(key, units);
    }
  }
  // Callers own what they get: copies, never the cached arrays.
  return { leads: [...units.leads], partners: [...units.partners] };
}

function computeUnits(input: string | readonly string[], options: UnitOptions): Units {
  const text = separateJointLeads(joinUnitLines(typeof input === 'string' ? input.split(/\r?\n/) : input));
  // `A、B（A为牵头单位）`: a note after the list names which of its units lead.
  const note = text.includes('牵头') || text.includes('牽頭') ? LEAD_NOTE.exec(toSimplified(text)) : null;
  if (note) {
    const units = unitsOfBody(text.slice(0, note.index), options);
    const named = new Set(note[1]!.split(/[、，,和及]/u).map((n) => n.trim()).filter(Boolean));
    const all = [...units.leads, ...units.partners];
    if (named.size && [...named].every((n) => all.some((u) => toSimplified(u) === n))) {
      return { leads: all.filter((u) => named.has(toSimplified(u))), partners: all.filter((u) => !named.has(toSimplified(u))) };
    }
  }
  return unitsOfBody(text, options);
}

// `（区大数据局为牵头单位）`, `(市发改委是牵头部门)` closing a list of units.
const LEAD_NOTE = /[（(]\s*([^（）()]{2,60}?)\s*(?:为|是|作为)(?:牵头|主责|主办)(?:单位|部门)?\s*[）)]\s*[。；;]?\s*$/u;

function unitsOfBody(text: string, options: UnitOptions): Units {
  // The unit list ends at the first full stop; what follows is a note
  // (`…各乡镇党委和政府。以下均需…，不再列出。`).
  const body = withoutBareLabelAtEnd(colonAfterLabels(text.replace(NOTE_BRACKET, '').replace(NOTE_SENTENCE, '')));
  const labelled = splitByLabels(body);
  if (labelled) {
    const leads = new Set<string>();
    const partners = new Set<string>();
    for (const part of labelled) {
      const units = splitMarked(part.text, options);
      if (part.role === 'lead') addAll(leads, units.leads, units.partners);
      else if (part.role === 'partner') addAll(partners, units.leads, units.partners);
      else { addAll(leads, units.leads); addAll(partners, units.partners); }
    }
    return { leads: [...leads], partners: [...partners] };
  }
  return splitMarked(body, options);
}


// A label with nothing after it, not even its colon, after the last unit
// (`牵头单位:市发展和改革局 责任单位`: the page's end cut the next label): no part of the unit.
// Glued to it, the label goes only after a whole unit's name (`各主要经济指标牵头单位` is one unit).
// (Labels of a unit noun only: a bare role word after a unit, `…省财政厅配合`, is its role.)
const BARE_LABEL_AT_END = new RegExp(`([\\s\\u3000]*)${UNIT_LABEL}\\s*$`, 'u');

function withoutBareLabelAtEnd(body: string): string {
  const m = BARE_LABEL_AT_END.exec(toSimplified(body));
  if (!m || m.index === 0) return body;
  const before = body.slice(0, m.index);
  return m[1] || endsLikeUnit(toSimplified(before).split(/[、，,；;：:]/u).pop()!) ? before : body;
}

/**
 * `牵头：A、B 配合：C` / `牵头单位：A；责任单位：B`: labels name the role of the
 * units after them. 责任单位 next to a 牵头 label lists the partners.
 */
// Built from the vocabulary's labels, so every label a list item knows cuts a cell too (`承办单位：`, `主办单位：`).
// A target's data supplier (`数据提供单位：市统计局`) cuts the cell too, and its units are none of the task's.
const ROLE_LABEL_AT = new RegExp(`(${ROLE_LABEL}|${SUPPLIER_LABEL})\\s*[:：]`, 'gu');

interface LabelledPart { role: 'lead' | 'partner' | 'plain'; text: string }

function splitByLabels(body: string): LabelledPart[] | null {
  const marks = [...toSimplified(body).matchAll(ROLE_LABEL_AT)];
  if (!marks.length) return null;
  const hasLeadLabel = marks.some((m) => labelRole(m[1]!) === 'lead');
  const parts: LabelledPart[] = [];
  if (marks[0]!.index! > 0) parts.push({ role: 'plain', text: body.slice(0, marks[0]!.index) });
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? marks[k + 1]!.index! : body.length;
    const label = m[1]!;
    const kind = labelRole(label);
    if (kind === 'supplier') return;
    // 责任单位 with no lead label names the responsible units: their own marks (`A牵头、B`) decide, as with no label.
    const role = kind === 'lead' ? 'lead' : kind === 'responsible' && !hasLeadLabel ? 'plain' : 'partner';
    parts.push({ role, text: body.slice(m.index! + m[0].length, end) });
  });
  return parts;
}

function addAll(into: Set<string>, ...lists: readonly string[][]): void {
  for (const list of lists) for (const u of list) into.add(u);
}

// Units listed with spaces only (`区发改局 区财政局`): a space after a name
// that ends like a unit separates two units.
const UNIT_WORD_BEFORE = '(?<=(?:局|办|委|会|部|院|队|所|站|处|中心|公司|政府|厅|室|组|街道|镇|乡|村|馆|社|署|团|台|单位|部门))';
const SPACE_BETWEEN_UNITS = new RegExp(`${UNIT_WORD_BEFORE}[ \\u3000]+(?=\\p{Script=Han})`, 'gu');

// A person's name after a unit and a space (`市民政局 伍泽国`): the cell names who answers for it, no unit.
const PERSON_AFTER_UNIT = new RegExp(`${UNIT_WORD_BEFORE}[ \\u3000]+(\\p{Script=Han}{2,3})(?=$|[、，,；;\\s])`, 'gu');

function withoutPersons(body: string): string {
  if (!/[ \u3000]/u.test(body)) return body;
  return body.replace(PERSON_AFTER_UNIT, (whole, name: string) => (cellKind(name) === 'person' ? '' : whole));
}

/** Units of text with no role labels: 牵头 marks at the end of 、-runs decide. */
function splitMarked(body: string, options: UnitOptions): Units {
  const clauses = splitOutsideBrackets(withoutPersons(body).replace(SPACE_BETWEEN_UNITS, '、'), CLAUSE_SEP);
  const marked: { unit: string; lead: boolean }[] = [];
  let anyLead = false;
  // Runs before the first lead run that carry no role word of their own, in a list
  // that names no partner (`合肥市，省发展改革委牵头`): the 牵头 closes them too.
  const bare: number[] = [];
  const noPartner = !PARTNER_MARK.test(toSimplified(body));
  for (const clause of clauses) {
    const trimmed = clause.trim();
    if (!trimmed) continue;
    // A plain 牵头 closing a 、-run marks the whole run (`A、B牵头`); a
    // bracketed one marks only the unit it follows (`A（牵头）、B`).
    const runLead = LEAD_MARK.test(toSimplified(stripBracketed(trimmed)));
    if (runLead && !anyLead && noPartner) for (const k of bare) marked[k]!.lead = true;
    const bareRun = !anyLead && !runLead && !ANY_ROLE.test(toSimplified(trimmed));
    for (const raw of splitOutsideBrackets(trimmed, UNIT_SEP).flatMap(splitAtAnd)) {
      // `★区发改委、统计局`: the starred unit leads its cell.
      const starred = hasLeadMark(raw);
      const unit = cleanUnit(starred ? withoutLeadMark(raw) : raw, options);
      const lead = runLead || starred || BRACKETED_LEAD.test(toSimplified(raw));
      if (lead) anyLead = true;
      // A person named among the units (`分管副省长、…负责，省发改委牵头`) is no unit.
      if (unit && !isPersonTitle(unit)) {
        if (bareRun) bare.push(marked.length);
        marked.push({ unit, lead });
      }
    }
  }
  takePlaces(marked);
  shareNouns(marked);
  // Sets keep the order of the text and hold each unit once, in linear time.
  const leads = new Set<string>();
  const partners = new Set<string>();
  for (const { unit, lead } of marked) if (unit) (!anyLead || lead ? leads : partners).add(unit);
  return { leads: [...leads], partners: [...partners] };
}

/**
 * Two whole names joined by 和 (`省直各部门和各市人民政府`) are two units. Only
 * where the left ends like a unit and the right opens with a place or 各:
 * `市自然资源和规划局`, `住房和城乡建设局` are one name, and a catch-all after
 * 和 (`和各成员单位`, `和相关部门`) is a tail, not a unit.
 */
function splitAtAnd(raw: string): string[] {
  if (!raw.includes('和')) return [raw];
  const fold = toSimplified(raw);
  let depth = 0;
  for (let i = 1; i < fold.length - 2; i++) {
    const c = fold[i]!;
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) depth--;
    if (c !== '和' || depth !== 0) continue;
    const left = fold.slice(0, i).trim();
    const right = fold.slice(i + 1).trim();
    // `A局和B局分别牵头`: 分别 (each) says the two are separate units, whatever the right opens with.
    const each = right.indexOf('分别');
    if (each > 0 && endsLikeUnit(left) && endsLikeUnit(right.slice(0, each))) return [raw.slice(0, i), ...splitAtAnd(raw.slice(i + 1))];
    if (!AND_RIGHT_START.test(right) || CATCH_ALL.test(right) || !endsLikeUnit(left.replace(ETC_TAIL, '') || left) || !endsLikeUnit(right)) continue;
    return [raw.slice(0, i), ...splitAtAnd(raw.slice(i + 1))];
  }
  return [raw];
}
const AND_RIGHT_START = /^(?:各|省|市|县|区|州|乡|镇|街道)/u;
// (…and a class described, `和区直负有安全生产监管职责的部门`, is one too.)
const CATCH_ALL = new RegExp(`^(?:其他|相关|有关|各)?${CATCH_ALL_CLASS}$|的(?:部门|单位|机构)$`, 'u');

const PARTNER_MARK = new RegExp(alternation([...PARTNER_WORDS]), 'u');
const ANY_ROLE = new RegExp(ROLE_WORD, 'u');

/** A name that leaves its noun to the name after it takes it (`sharedNoun`). */
function shareNouns(marked: { unit: string; lead: boolean }[]): void {
  for (let k = 0; k + 1 < marked.length; k++) {
    const { unit } = marked[k]!;
    const next = marked[k + 1]!.unit;
    const noun = unit ? sharedNoun(unit, next) : null;
    // The next name is a unit already stripped of its role words: the noun ends it.
    if (noun && noun.index + noun.length === next.length) marked[k]!.unit = unit + next.slice(noun.index);
  }
}
const PLACE_TAKING = new Set<string>(PLACE_TAKING_UNITS);
const PLACE_TAIL = new RegExp(`(?:${alternation([...PLACE_TAKING_UNITS, '乡', '镇', '县', '区', '市'])})$`, 'u');
const NEVER_ALONE = new Set(['政府', '人民政府', '党委']);
const GENERIC_NOUNS = new Set(['单位', '部门']);
const QUALIFIER = /^(?:各有关|各相关|各级|各|有关|相关|其他)(?=\p{Script=Han})/u;
const LEVELS = new Set(['镇', '乡']);
const OWN_LEVEL = new Set(['街道办事处', '街办', '街道', '社区', '村', '村委会', '居委会']);
const QUALIFIED_CLASS = new RegExp(`^(各有关|各相关|各|有关|相关)${PLACE_LEVEL}$`, 'u');
const LEVELS_BEFORE = new Set(['乡', '镇', '街道', '乡镇', '社区', '村']);

/**
 * A bare unit that leaves its place to the unit before it takes that place:
 * `各乡镇党委、政府` → `各乡镇政府`, `张坂镇政府、党委` → `张坂镇党委`,
 * `各乡、街办、管理处` → `各街办`, `各管理处`. A bare `政府` or `党委` with no
 * place to take is no unit.
 */
function takePlaces(marked: { unit: string; lead: boolean }[]): void {
  distributeKinds(marked);
  expandPlaceRuns(marked);
  expandZoneRuns(marked);
  for (let k = 0; k < marked.length; k++) {
    const unit = marked[k]!.unit;
    if (!PLACE_TAKING.has(toSimplified(unit))) continue;
    const before = k > 0 ? marked[k - 1]!.unit : '';
    const tail = PLACE_TAIL.exec(toSimplified(before));
    // A bare level (`镇`, `乡`) takes the place of a level before it (`13个街道、镇`, `各乡、镇`), never of a government.
    const levelOnly = LEVELS.has(toSimplified(unit)) && !(tail && LEVELS_BEFORE.has(tail[0]));
    let place = tail && tail.index > 0 && !levelOnly ? before.slice(0, tail.index) : '';
    // A unit of a level of its own (`街道办事处`, `社区`) after a class of places (`各乡镇人民政府、街道办事处`)
    // takes the class's qualifier, not its level: `各街道办事处`, never `各乡镇街道办事处`.
    const levelClass = OWN_LEVEL.has(toSimplified(unit)) ? QUALIFIED_CLASS.exec(toSimplified(place)) : null;
    if (levelClass) place = place.slice(0, levelClass[1]!.length);
    // A bare generic noun after a qualified name (`各科室、单位`, `各有关处室、单位`) takes its qualifier: `各单位`, `各有关单位`.
    const qualifier = !place && GENERIC_NOUNS.has(toSimplified(unit)) ? QUALIFIER.exec(toSimplified(before)) : null;
    if (place) marked[k]!.unit = place + unit;
    else if (qualifier) marked[k]!.unit = before.slice(0, qualifier[0].length) + unit;
    else if (NEVER_ALONE.has(toSimplified(unit))) marked[k]!.unit = '';
  }
}

const FIRST_OF_RUN = new RegExp(`^各${PLACE_LEVEL}$`, 'u');
const MIDDLE_OF_RUN = new RegExp(`^${PLACE_LEVEL}$`, 'u');
// The last may carry an annotation (`区人民政府（管委会）`): it goes to every level of the run.
// The level may carry its own bracket (`县（市）政府`), and the name a tail of its own (`…政府及开发区管委会`).
const LAST_OF_RUN = new RegExp(`^(${PLACE_LEVEL}(?:[（(][^（）()]{1,4}[）)])?)((?:人民)?政府|党委|管委会)([（(][^（）()]{1,12}[）)]|及[^、，,；;]{2,16})?$`, 'u');

/**
 * `各县、市、区政府` lists the governments of each level: the 各 before the
 * first and the kind after the last belong to every level of the run
 * (`各县政府`, `各市政府`, `各区政府`).
 */
function distributeKinds(marked: { unit: string; lead: boolean }[]): void {
  for (let k = 0; k < marked.length; k++) {
    if (!FIRST_OF_RUN.test(toSimplified(marked[k]!.unit))) continue;
    let j = k + 1;
    while (j < marked.length && MIDDLE_OF_RUN.test(toSimplified(marked[j]!.unit))) j++;
    const last = j < marked.length ? LAST_OF_RUN.exec(toSimplified(marked[j]!.unit)) : null;
    if (!last || j === k) continue;
    const kind = marked[j]!.unit.slice(last[1]!.length, last[1]!.length + last[2]!.length);
    // A bracketed annotation after the kind (`（管委会）`) belongs to every level of the run; a `及…` tail to the last alone.
    const note = last[3] && /^[（(]/u.test(last[3]) ? marked[j]!.unit.slice(last[1]!.length + last[2]!.length) : '';
    for (let i = k; i <= j; i++) {
      marked[i]!.unit = i === j ? `各${marked[i]!.unit}` : `各${marked[i]!.unit.replace(/^各/u, '')}${kind}${note}`;
    }
    k = j;
  }
}

/**
 * Bare places before the name that ends their run take its level and kind
 * (`相关市、县政府` → `相关市政府`, `相关县政府`; `哈尔滨、黑河、绥芬河市政府` →
 * `哈尔滨市政府`, …): see `ellipticalPlace`. A qualifier opening the run
 * (`相关`, `有关`) belongs to its last name too.
 */
const ENDS_WITH_LEVEL = new RegExp(`${PLACE_LEVEL}$`, 'u');

function expandPlaceRuns(marked: { unit: string; lead: boolean }[]): void {
  for (let k = 0; k < marked.length; k++) {
    const unit = marked[k]!.unit;
    if (!unit) continue;
    const rest = marked.slice(k + 1, k + 1 + MAX_PLACE_RUN).map((m) => toSimplified(m.unit));
    const run = ellipticalPlace(toSimplified(unit), rest);
    if (!run) continue;
    // The qualifier and the kind as written (Traditional stays Traditional).
    const qualifier = run.qualifier ? unit.slice(0, run.qualifier.length) : '';
    const end = marked[k + run.count]!;
    const kind = end.unit.slice(end.unit.length - run.kind.length);
    for (let i = k; i <= k + run.count; i++) {
      const m = marked[i]!;
      if (i > k && qualifier && !toSimplified(m.unit).startsWith(run.qualifier!)) m.unit = qualifier + m.unit;
      // A place that names its level already (`荔湾区`, `海东市` before `临夏州…`) takes the body alone: `荔湾区政府`.
      if (i < k + run.count) m.unit += run.level && ENDS_WITH_LEVEL.test(toSimplified(m.unit)) ? kind.slice(run.level.length) : kind;
    }
    k += run.count;
  }
}

const ZONE_ONLY = new RegExp(`^\\p{Script=Han}{0,12}?(?:${alternation(ZONE_ENDINGS)})$`, 'u');
const ZONE_WITH_BODY = new RegExp(`^\\p{Script=Han}{0,12}?(?:${alternation(ZONE_ENDINGS)})(${alternation(ZONE_BODIES)})$`, 'u');
const MAX_ZONE_RUN = 4;

/**
 * Zones named bare before the zone that ends their run with its body
 * (`城乡一体化示范区、高新区党工委和管委会`, `镇江新区、高新区管委会`): the zone is
 * a place, its bodies are the units, and each bare zone takes the body of
 * the last (`城乡一体化示范区党工委和管委会`, `镇江新区管委会`). A zone named alone
 * (`高新区、经开区`) or after its body stays as written.
 */
function expandZoneRuns(marked: { unit: string; lead: boolean }[]): void {
  for (let k = 0; k < marked.length; k++) {
    if (!ZONE_ONLY.test(toSimplified(marked[k]!.unit))) continue;
    let j = k + 1;
    while (j < marked.length && j - k < MAX_ZONE_RUN && ZONE_ONLY.test(toSimplified(marked[j]!.unit))) j++;
    const end = j < marked.length ? ZONE_WITH_BODY.exec(toSimplified(marked[j]!.unit)) : null;
    if (!end) continue;
    // The body as written (Traditional stays Traditional).
    const body = marked[j]!.unit.slice(marked[j]!.unit.length - end[1]!.length);
    for (let i = k; i < j; i++) marked[i]!.unit += body;
    k = j;
  }
}

/**
 * The raw pieces between separators (outside brackets), before any name is
 * cleaned: the one place unit text is cut, so nothing but separators is lost.
 */
export function rawUnits(text: string): string[] {
  return splitOutsideBrackets(text, ALL_SEP);
}

/**
 * Lines of a cell join with a line break (a separator), except a line that
 * starts with a bracketed annotation, which belongs to the unit before it
 * (`区规划建设与交通运输住建局` / `（住建、交通）、…`).
 */
function joinUnitLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/[\s\u3000]+/gu, ' ').trim();
    if (!line) continue;
    const annotation = /^[（(](?![\d一二三四五六七八九十]{1,3}[）)])/u.test(line);
    out += out && !annotation ? `\n${line}` : line;
  }
  return out;
}

/**
 * Strips item numbers, role phrases and catch-all tails from one unit. The
 * patterns run on the Simplified form (so `牽頭`, `負責` match too) and cut the
 * text as written, which keeps its Traditional characters.
 */
function cleanUnit(raw: string, options: UnitOptions): string {
  const fold = toSimplified(raw);
  let start = 0;
  let end = fold.length;
  const trim = () => {
    while (start < end && isSpaceCode(fold.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(fold.charCodeAt(end - 1))) end--;
  };
  const cutTail = (re: RegExp) => {
    const m = re.exec(fold.slice(start, end));
    if (m) end = start + m.index;
    trim();
  };
  trim();
  const prefix = ITEM_PREFIX.exec(fold.slice(start, end));
  if (prefix) start += prefix[0].length;
  trim();
  // `由县发改局牵头`: who is named after 由 (`by`), not 由 itself; `以及各有关单位`: nor the conjunction.
  if (BY.test(fold.slice(start, end))) start++;
  const and = LEADING_AND.exec(fold.slice(start, end));
  if (and) start += and[0].length;
  for (let k = 0; k < 4; k++) {
    const before = end;
    cutTail(/[。.：:]+$/u);
    cutTail(BRACKETED_MARK_TAIL);
    cutTail(ROLE_TAIL);
    cutTail(ETC_TAIL);
    if (options.dropConjoinedTail) cutTail(CONJOINED_TAIL);
    // `嵩明县政府主要领导` (under `责任单位及责任人：`): the unit, not its leader.
    const leader = UNIT_LEADER_TAIL.exec(fold.slice(start, end));
    if (leader && leader.index > 0 && endsLikeUnit(fold.slice(start, start + leader.index))) { end = start + leader.index; trim(); }
    if (end === before) break;
  }
  const unit = raw.slice(start, end);
  // A fragment with no Han character is no unit, nor is a due date or a
  // rhythm that shares the clause (`（责任单位：县应急局，2022年底前完成）`).
  if (!hasHan(unit) || NOT_A_UNIT.test(fold.slice(start, end))) return '';
  return unit;
}

// 由 opening a name (`由县发改局`), not a name that starts with it (`由拳村` is no unit this reads).
const BY = /^由(?=\p{Script=Han}{2})(?![于此])/u;

/** Any opening bracket: without one, nothing is protected and the masks below are skipped. */
const ANY_OPEN = /[（(【\[〔［]/u;

function stripBracketed(s: string): string {
  if (!ANY_OPEN.test(s)) return s;
  const inside = bracketMask(s);
  // Runs outside the brackets, sliced whole rather than built a character at a time.
  let out = '';
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    if (!inside[i]) { if (from < 0) from = i; } else if (from >= 0) { out += s.slice(from, i); from = -1; }
  }
  return from >= 0 ? out + s.slice(from) : out;
}

/**
 * Marks the characters protected by brackets. Balanced pairs protect what
 * they enclose. An opening bracket that is never closed
 * (`区科技经济发展局（发改、安监、环境与国土资源局（国土、环境）`) protects up to
 * the last separator before the next opening bracket, so the unit it starts
 * keeps its annotation and the units after it are still split.
 */
function bracketMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  const stack: number[] = [];
  // Pairs nest, so marking each pair's span as it closes is quadratic on
  // `（（（…）））`: count the pairs around each position instead. An opening
  // bracket is pushed once and popped at most once, so what is left on the
  // stack at the end is exactly the unmatched ones.
  const around = new Int32Array(s.length + 1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (isOpenBracket(c)) stack.push(i);
    else if (isCloseBracket(c) && stack.length) {
      const open = stack.pop()!;
      around[open] += 1;
      around[i + 1] -= 1;
    }
  }
  for (let i = 0, depth = 0; i < s.length; i++) {
    depth += around[i]!;
    if (depth > 0) mask[i] = 1;
  }
  for (const open of stack) {
    let end = s.length;
    for (let k = open + 1; k < s.length; k++) if (isOpenBracket(s[k]!)) { end = k; break; }
    let lastSep = -1;
    for (let k = open + 1; k < end; k++) if (UNIT_SEP.has(s[k]!) || CLAUSE_SEP.has(s[k]!)) lastSep = k;
    const stop = end === s.length ? firstSepAfter(s, open) : lastSep;
    for (let k = open; k < (stop < 0 ? open + 1 : stop); k++) mask[k] = 1;
  }
  return mask;
}

function firstSepAfter(s: string, from: number): number {
  for (let k = from + 1; k < s.length; k++) if (UNIT_SEP.has(s[k]!) || CLAUSE_SEP.has(s[k]!)) return k;
  return s.length;
}

function splitOutsideBrackets(s: string, seps: Set<string>): string[] {
  const mask = ANY_OPEN.test(s) ? bracketMask(s) : null;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!mask?.[i] && seps.has(s[i]!)) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}
