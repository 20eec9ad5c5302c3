/** The unit records beside `leads`/`partners` in every extracted task. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFile, ResolverPool } from '../../src/index.js';
import { extractDocument } from '../../src/extract.js';
import { readDocument } from '../../src/read/index.js';
import { UnitNamer, SHIPPED_ALIASES } from '../../src/units/canonical.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

describe('unit records in the task records', () => {
  it('gives every lead and partner of the seeds a unit record, in order, right after them', async () => {
    const pool = new ResolverPool();
    let checked = 0;
    for (const f of readdirSync(SEEDS).sort()) {
      const doc = await extractFile(SEEDS + f, pool);
      for (const t of doc.tasks) {
        expect(t.leadUnits.map((u) => u.name)).toEqual(t.leads);
        expect(t.partnerUnits.map((u) => u.name)).toEqual(t.partners);
        for (const u of [...t.leadUnits, ...t.partnerUnits]) expect(u.canonical.length).toBeGreaterThan(0);
        const keys = Object.keys(t);
        expect(keys.slice(keys.indexOf('partners'), keys.indexOf('partners') + 3)).toEqual(['partners', 'leadUnits', 'partnerUnits']);
        checked += t.leads.length + t.partners.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('names units with the table it is given', async () => {
    const text = '序号\t任务\t牵头单位\n1\t开展检查\t区监控中心\n';
    const model = await readDocument(new TextEncoder().encode(text), 'plan.txt');
    const namer = new UnitNamer([SHIPPED_ALIASES, { units: [{ canonical: '建筑工地安全监控中心', aliases: ['监控中心'] }] }]);
    const doc = extractDocument(model, { pool: new ResolverPool(), idPrefix: 'plan', units: namer });
    expect(doc.tasks.map((t) => t.leadUnits)).toEqual([[{ name: '区监控中心', canonical: '建筑工地安全监控中心', prefix: '区' }]]);
    expect(extractDocument(model).tasks[0]!.leadUnits[0]!.canonical).toBe('监控中心');
  });
});
