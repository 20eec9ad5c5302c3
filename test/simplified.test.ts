/** `--simplified`: output text folded to Simplified through opencc-js; off by default. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-extract-simplified-'));
const file = join(dir, '計劃.txt');
writeFileSync(file, '關於印發《區安全生產專項整治方案》的通知\n序號\t任務\t牽頭單位\t完成時限\n1\t開展隱患排查\t區安監局、區衛計局\t2020年底前\n');

describe('--simplified', () => {
  it('keeps text as written by default, with canonical names in Simplified', () => {
    const run = runCli([file]);
    expect(run.code).toBe(0);
    const task = JSON.parse(run.stdout).documents[0].tasks[0];
    expect(task).toMatchObject({ task: '開展隱患排查', leads: ['區安監局', '區衛計局'] });
    expect(task.leadUnits).toEqual([
      { name: '區安監局', canonical: '应急管理局', prefix: '区' },
      { name: '區衛計局', canonical: '卫生健康委员会', prefix: '区' },
    ]);
  });

  it('folds every text to Simplified, but never the source path or the ids', () => {
    const run = runCli([file, '--simplified']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout).documents[0];
    expect(doc.source).toBe(file);
    expect(doc.title).toBe('区安全生产专项整治方案');
    expect(doc.tables[0].columns).toEqual(['序号', '任务', '牵头单位', '完成时限']);
    expect(doc.tasks[0]).toMatchObject({ id: '計劃:t0:r1', task: '开展隐患排查', leads: ['区安监局', '区卫计局'] });
    expect(doc.tasks[0].leadUnits[0]).toEqual({ name: '区安监局', canonical: '应急管理局', prefix: '区' });
    expect(doc.tasks[0].deadline).toMatchObject({ text: '2020年底前', end: '2020-12-31' });
    const csv = runCli([file, '--simplified', '--format', 'csv']).stdout;
    expect(csv).toContain('开展隐患排查');
    expect(csv).not.toContain('開展');
  });
});
