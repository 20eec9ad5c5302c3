/**
 * The command line run as a user would, for each case that used to give wrong
 * output in silence: the right output, or a clear refusal with its own exit
 * code. Fixtures are small plans written here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { SCHEMA, validateOutput, validateReport } from '../support/schema.js';

let work: string;
let plan: string;
let plan2: string;
let empty: string;

/** A task table as Word's plain-text export writes it: each cell a line starting with TAB. */
const tableText = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
const PLAN = `2021年城区防汛工作方案\n\n${tableText([
  ['序号', '重点任务', '牵头单位', '完成时限'],
  ['1', '排查城区易涝点', '区水利局', '2021年5月底前'],
  ['2', '修订防汛应急预案', '区应急局', '6月底前'],
])}\n`;
const PLAN2 = `城区排水工作安排\n\n${tableText([
  ['序号', '重点任务', '牵头单位', '完成时限'],
  ['1', '疏通排水管网', '区住建局', '6月底前'],
  ['2', '清理河道', '区水利局', '待定'],
])}\n`;
/** Prose and an indicator table: no task of either origin. */
const NO_TASKS = `一、总体要求\n坚持安全发展。\n（一）工作目标\n事故总量下降。\n\n主要指标\n\n${tableText([
  ['序号', '指标内容', '累计降幅'],
  ['1', '亿元GDP事故死亡率', '15%'],
])}\n`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-extract-main-'));
  plan = join(work, 'plan.txt');
  plan2 = join(work, 'plan2.txt');
  empty = join(work, 'prose.txt');
  writeFileSync(plan, PLAN);
  writeFileSync(plan2, PLAN2);
  writeFileSync(empty, NO_TASKS);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const fresh = (name: string) => {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('the output format follows -o and --excel', () => {
  it('-o tasks.csv, x.yaml, x.yml, x.ndjson, x.jsonl, x.json write their own format', () => {
    const dir = fresh('formats');
    const json = JSON.parse(runCli([plan]).stdout);
    for (const [name, format] of [['t.csv', 'csv'], ['t.yaml', 'yaml'], ['t.yml', 'yaml'], ['t.ndjson', 'ndjson'], ['t.jsonl', 'ndjson'], ['t.JSON', 'json']] as const) {
      const r = runCli([plan, '-o', join(dir, name)]);
      expect(r.code, name).toBe(0);
      const text = readFileSync(join(dir, name), 'utf8');
      const parsed = validateOutput(text, format, name);
      if (format === 'yaml') expect(parsed).toEqual(json);
      if (format === 'csv') expect(text.split('\n')[0]).toMatch(/^id,source,title,docNumber,issued,origin,/);
      if (format === 'ndjson') expect(parsed).toHaveLength(2);
    }
    expect(parseYaml(readFileSync(join(dir, 't.yml'), 'utf8'))).toEqual(json);
  });

  it('--excel alone writes CSV for Excel; -f is case-blind', () => {
    const r = runCli([plan, '--excel']);
    expect(r.code).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(r.stdout).toMatch(/^\uFEFFid,source,/);
    expect(runCli([plan, '-f', 'CSV']).stdout).toMatch(/^id,source,/);
    expect(runCli([plan, '--format', 'Yaml']).stdout).toMatch(/^schemaVersion: 1/);
  });

  it('a format that contradicts the file name, or --excel with another format, is a usage error before anything is written', () => {
    const dir = fresh('contradictions');
    for (const args of [['-f', 'json', '-o', join(dir, 'x.csv')], ['-f', 'yaml', '-o', join(dir, 'x.ndjson')], ['--excel', '-f', 'json'], ['--excel', '-o', join(dir, 'x.yaml')]]) {
      const r = runCli([plan, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^plan-extract: .*(contradicts|--excel writes CSV)/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an output is never an input', () => {
  it('refuses plan.txt -o plan.txt (exit 2) and leaves the plan as it was', () => {
    const r = runCli([plan, '-o', plan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan-extract: .*plan\.txt is both an input and the output/);
    expect(readFileSync(plan, 'utf8')).toBe(PLAN);
    // Another name of the same file is the same file.
    const r2 = runCli([join(work, '.', 'plan.txt'), '-o', `${work}/../${work.split('/').pop()}/plan.txt`]);
    expect(r2.code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(PLAN);
  });

  it('a rerun of a quoted glob *.txt -o out.txt leaves yesterday\'s out.txt out, with a warning', () => {
    const dir = fresh('rerun');
    writeFileSync(join(dir, 'a.txt'), PLAN);
    writeFileSync(join(dir, 'b.txt'), PLAN2);
    const out = join(dir, 'out.txt');
    const first = runCli([`${dir}/*.txt`, '-o', out]);
    expect(first.code).toBe(0);
    const yesterday = readFileSync(out, 'utf8');
    expect(JSON.parse(yesterday).documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const second = runCli([`${dir}/*.txt`, '-o', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/out\.txt: left out, it is the output \(-o\) of this run/);
    expect(readFileSync(out, 'utf8')).toBe(yesterday);
    // Expanded by the shell, out.txt is named on the command line: refused.
    const shell = runCli([join(dir, 'a.txt'), join(dir, 'b.txt'), out, '-o', out]);
    expect(shell.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(yesterday);
  });

  it('--report naming an input, or the -o file, is refused too', () => {
    const r = runCli([plan, '--report', plan, '-o', join(work, 'never.json')]);
    expect(r.code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(PLAN);
    const same = join(work, 'same.json');
    const r2 = runCli([plan, '--report', same, '-o', same]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^plan-extract: --report .*same\.json is also the -o output/);
    expect(existsSync(same)).toBe(false);
  });
});

describe('no task, --strict', () => {
  it('a document with no task gets a NO_TASKS warning naming the tables seen and why; exit 0', () => {
    const r = runCli([empty]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.tasks).toEqual([]);
    expect(doc.warnings).toEqual([{ code: 'NO_TASKS', message: expect.stringMatching(/no task table or task list found; 1 table\(s\) seen, none a task table — line \d+ \(主要指标\): an indicator table \(序号 \| 指标内容 \| 累计降幅\): it names targets, not tasks; 1 numbered item\(s\) name no responsible units/) }]);
    expect(r.stderr).toMatch(/^plan-extract: warning: .*prose\.txt: no task table or task list found.* \[NO_TASKS\]\n$/);
  });

  it('--strict exits 1 for an input with no task or an input that fails, 0 when every input has tasks', () => {
    expect(runCli([plan, empty, '--strict']).code).toBe(1);
    expect(runCli([plan, join(work, 'missing.txt'), '--strict']).code).toBe(1);
    expect(runCli([plan, plan2, '--strict']).code).toBe(0);
    expect(runCli([plan, empty]).code).toBe(0);
  });
});

describe('--out-dir and --report', () => {
  it('removes a previous run\'s file when its input now fails, and --report lists every input in every mode', () => {
    const dir = fresh('stale');
    const out = join(dir, 'out');
    const input = join(dir, 'plan.txt');
    writeFileSync(input, PLAN);
    expect(runCli([input, plan2, '--out-dir', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['plan.json', 'plan2.json']);
    writeFileSync(input, '%PDF-1.4\n');
    const report = join(dir, 'report.json');
    const r = runCli([input, plan2, '--out-dir', out, '--report', report]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['plan2.json']);
    expect(r.stderr).toMatch(/plan\.json: removed, the output of an earlier run/);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    validateReport(rep);
    expect(rep.summary).toEqual({ inputs: 2, ok: 1, noTasks: 0, failed: 1, tasks: 2 });
    expect(rep.inputs[0]).toMatchObject({ source: input, status: 'failed', error: { code: 'CORRUPT_PDF' } });
    expect(rep.inputs[1]).toMatchObject({ source: plan2, status: 'ok', tasks: 2, output: join(out, 'plan2.json') });
  });

  it('--report with CSV to stdout records warnings, no-task inputs and glob misses', () => {
    const report = join(fresh('report-csv'), 'run.json');
    const r = runCli([plan, empty, `${work}/nothing-*.docx`, '-f', 'csv', '--report', report]);
    expect(r.code).toBe(1);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    validateReport(rep);
    expect(rep.inputs.map((e: { status: string }) => e.status)).toEqual(['failed', 'ok', 'no-tasks']);
    expect(rep.inputs[0].error).toMatchObject({ code: 'ENOENT', message: 'no file matches this pattern' });
    expect(rep.inputs[2].warnings[0].code).toBe('NO_TASKS');
  });
});

describe('output-path failures: one clear line, their own exit code, nothing read', () => {
  it('--out-dir at a file exits 3 without "internal error" or EEXIST', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const r = runCli([plan, '--out-dir', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`plan-extract: ${file}: is a file, not a folder (--out-dir takes a folder; use -o for one output file)\n`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('-o into a missing folder exits 3 and names the folder, not a temporary file', () => {
    const target = join(work, 'no-such-dir', 'out.json');
    const r = runCli([plan, '-o', target]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`plan-extract: ${target}: cannot write here: the folder ${join(work, 'no-such-dir')} does not exist (create it first)\n`);
    expect(r.stderr).not.toMatch(/partial/);
    expect(existsSync(join(work, 'no-such-dir'))).toBe(false);
  });

  it('a write that fails part way (here: over the file size limit) exits 4 and keeps the old -o file', () => {
    const dir = fresh('efbig');
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    const big = 'seeds/004_d92f7439841e8d8a.txt';
    // SIGXFSZ ignored, so the over-limit write fails with EFBIG instead of killing the process.
    const limited = (args: string[]) => spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 8; exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const r = limited([big, '-o', out]);
    expect(r.status).toBe(4);
    expect(r.stderr).toBe(`plan-extract: ${out}: cannot write the output (the file is over the size limit (EFBIG)); the previous file, if any, is kept\n`);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
    const perInput = limited([big, '--out-dir', join(dir, 'each')]);
    expect(perInput.status).toBe(4);
    expect(perInput.stderr).toMatch(/004_d92f7439841e8d8a\.json: cannot write the output \(the file is over the size limit \(EFBIG\)\)/);
    expect(readdirSync(join(dir, 'each'))).toEqual([]);
  });

  it('-o at a folder, and --report into a missing folder, exit 3', () => {
    expect(runCli([plan, '-o', work]).code).toBe(3);
    expect(runCli([plan, '--report', join(work, 'nope', 'r.json')]).code).toBe(3);
  });
});

describe('inputs: globs, -r, --files-from', () => {
  it('expands quoted globs itself (** included), in a stable order; a pattern matching nothing is an error, the rest go on', () => {
    const dir = fresh('globs');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'b.txt'), PLAN2);
    writeFileSync(join(dir, 'sub', 'deeper', 'a.txt'), PLAN);
    writeFileSync(join(dir, 'sub', 'notes.md'), '# notes');
    const r = runCli([`${dir}/**/*.txt`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'sub', 'b.txt'), join(dir, 'sub', 'deeper', 'a.txt')]);
    const miss = runCli([`${dir}/*.docx`, plan]);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toMatch(/\*\.docx: no file matches this pattern/);
    const out = JSON.parse(miss.stdout);
    expect(out.documents).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ source: `${dir}/*.docx`, code: 'ENOENT' });
  });

  it('-r DIR reads the supported files of a folder and its subfolders', () => {
    const dir = fresh('recursive');
    mkdirSync(join(dir, 'x'), { recursive: true });
    writeFileSync(join(dir, 'x', 'one.TXT'), PLAN);
    writeFileSync(join(dir, 'two.txt'), PLAN2);
    writeFileSync(join(dir, 'data.json'), '{}');
    writeFileSync(join(dir, 'x', 'image.png'), 'not read');
    const r = runCli(['-r', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'two.txt'), join(dir, 'x', 'one.TXT')]);
    expect(runCli(['-r', join(dir, 'missing')]).code).toBe(1);
    const none = runCli(['-r', fresh('recursive-empty')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/recursive-empty: no supported file \(\.txt .*\) in this folder or below/);
  });

  it('--files-from FILE and --files-from - read a list of paths', () => {
    const list = join(work, 'list.txt');
    writeFileSync(list, `${plan}\n\n${plan2}\n`);
    const fromFile = JSON.parse(runCli(['--files-from', list]).stdout);
    expect(fromFile.documents.map((d: { source: string }) => d.source)).toEqual([plan, plan2]);
    const fromStdin = JSON.parse(runCli(['--files-from', '-'], { input: `${plan2}\r\n${plan}\r\n` }).stdout);
    expect(fromStdin.documents.map((d: { source: string }) => d.source)).toEqual([plan2, plan]);
    expect(runCli(['-', '--files-from', '-'], { input: '' }).code).toBe(2);
  });
});

describe('--only and --reference-year', () => {
  const mixed = () => {
    const f = join(work, 'mixed.txt');
    writeFileSync(f, `${PLAN}\n\n\n二、重点任务\n1.开展汛前检查。\n责任单位：区水利局\n`);
    return f;
  };

  it('--only tables and --only lists keep one origin', () => {
    const f = mixed();
    const origins = (args: string[]) => JSON.parse(runCli([f, ...args]).stdout).documents[0].tasks.map((t: { origin: string }) => t.origin);
    expect(origins([])).toEqual(['table', 'table', 'list']);
    expect(origins(['--only', 'tables'])).toEqual(['table', 'table']);
    expect(origins(['--only', 'lists'])).toEqual(['list']);
    expect(runCli([f, '--only', 'cells']).code).toBe(2);
  });

  it('--reference-year dates year-less phrases of a document that states no year, and never overrides a stated one', () => {
    const deadlines = (file: string, args: string[]) => JSON.parse(runCli([file, ...args]).stdout).documents[0].tasks.map((t: { deadline: { end: string | null } }) => t.deadline.end);
    expect(deadlines(plan2, [])).toEqual([null, null]);
    expect(deadlines(plan2, ['--reference-year', '2023'])).toEqual(['2023-06-30', null]);
    expect(deadlines(plan, ['--reference-year', '2023'])).toEqual(['2021-05-31', '2021-06-30']);
    // Each bad value is refused by normalizeOptions (test/index.test.ts); here, that the CLI says so as a usage error.
    for (const bad of ['23', 'next']) {
      const r = runCli([plan2, '--reference-year', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^plan-extract: referenceYear must be a four-digit year, got ${bad === 'next' ? '"next"' : bad}`));
    }
  });
});

describe('--explain', () => {
  it('names each task table with its column roles, each skipped table with a reason, list items, skipped items and unspecified deadlines', () => {
    const f = join(work, 'explain.txt');
    writeFileSync(f, `${PLAN2}\n\n\n${NO_TASKS}\n三、保障措施\n1.开展汛前检查。\n责任单位：区水利局\n2.加强组织领导。\n`);
    const r = runCli([f, '--explain']);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toMatch(/tables: 2 seen, 1 taken/);
    expect(text).toMatch(/✓ task table 0 at line \d+ “城区排水工作安排”: 2 row\(s\) taken/);
    expect(text).toMatch(/columns: 序号 → seq \| 重点任务 → task \| 牵头单位 → leads \| 完成时限 → deadline/);
    expect(text).toMatch(/✗ skipped table at line \d+ “主要指标”: an indicator table \(序号 \| 指标内容 \| 累计降幅\): it names targets, not tasks/);
    expect(text).toMatch(/list items: 1 found, 2 numbered item\(s\) skipped/);
    expect(text).toMatch(/✓ line \d+: 1 开展汛前检查。/);
    expect(text).toMatch(/✗ line \d+: 2 加强组织领导。 — no units named/);
    expect(text).toMatch(/✗ line \d+: 一 工作目标 — no units named/);
    expect(text).toMatch(/unspecified deadlines: 2\n {2}\? line \d+: “6月底前”.*\n {2}\? line \d+: “待定”/);
    expect(text).not.toMatch(/\x1b\[/);
    // With -o the data goes to the file and the report to stdout.
    const out = join(work, 'explained.json');
    const withOutput = runCli([f, '--explain', '-o', out]);
    expect(withOutput.stdout).toMatch(/tables: 2 seen, 1 taken/);
    expect(validateOutput(readFileSync(out, 'utf8'), 'json')).toMatchObject({ documents: [{ tasks: [{}, {}, {}] }] });
  });

  it('names every task table of each seed with its roles, and every skipped table with a reason', () => {
    const seeds = readdirSync('seeds').sort().map((s) => `seeds/${s}`);
    const json = JSON.parse(runCli(seeds).stdout);
    const text = runCli([...seeds, '--explain']).stdout;
    const sections = text.split(/^== /m).slice(1);
    expect(sections).toHaveLength(seeds.length);
    sections.forEach((section, k) => {
      const doc = json.documents[k];
      for (const t of doc.tables) {
        expect(section).toContain(`✓ task table ${t.index} at line ${t.line}`);
      }
      const roleLines = section.split('\n').filter((l) => l.trim().startsWith('columns:'));
      expect(roleLines).toHaveLength(doc.tables.length);
      for (const l of roleLines) expect(l).toMatch(/→ task\b/);
      for (const l of section.split('\n').filter((x) => x.includes('✗ skipped table'))) expect(l).toMatch(/: (no header|the header|the table is empty|an indicator table)/);
    });
    expect(text).toMatch(/✗ skipped table at line 153 “.*”: an indicator table \(序号 \| 指标内容 \| 累计降幅\)/);
  });
});

describe('terminal habits', () => {
  it('colour follows FORCE_COLOR, NO_COLOR and --no-color', () => {
    const explain = (env: NodeJS.ProcessEnv, extra: string[] = []) => runCli([plan, '--explain', ...extra], { env }).stdout;
    expect(explain({ FORCE_COLOR: '1' })).toMatch(/\x1b\[/);
    expect(explain({ FORCE_COLOR: '1' }, ['--no-color'])).not.toMatch(/\x1b\[/);
    expect(explain({ FORCE_COLOR: '0' })).not.toMatch(/\x1b\[/);
    expect(explain({ NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
    const warn = runCli([empty], { env: { FORCE_COLOR: '1' } });
    expect(warn.stderr).toMatch(/\x1b\[33mplan-extract: warning:/);
  });

  it('help shows the 50MB default, no (default: false), and every option of the issue', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toMatch(/--max-size <size>.*\(default: "50MB"\)/s);
    expect(help).not.toMatch(/default: (false|\[\])/);
    expect(help).not.toMatch(/52428800/);
    for (const o of ['--report', '--strict', '--explain', '--schema', '--only', '--reference-year', '--recursive', '--files-from', '--no-color']) expect(help).toContain(o);
  });

  it('usage errors are one line starting with plan-extract:', () => {
    for (const args of [['--bogus', plan], ['-f', 'xml', plan], [], ['--max-size', 'big', plan], ['-o', 'a.json', '--out-dir', 'b', plan]]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^plan-extract: /);
      expect(r.stderr).not.toMatch(/^error:/m);
    }
  });

  it('--schema prints the shipped schema', () => {
    const r = runCli(['--schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(SCHEMA);
    expect(statSync('schema/plan-extract.schema.json').size).toBe(Buffer.byteLength(r.stdout));
  });
});
