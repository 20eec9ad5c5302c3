import { describe, expect, it } from 'vitest';
import { WarningLog } from '../../src/model/diagnostics.js';

describe('WarningLog', () => {
  it('keeps each warning once, in the order first seen, with its line only when it has one', () => {
    const log = new WarningLog();
    log.add('DECODE_REPLACED', 'bytes replaced');
    log.add('ORPHAN_MERGE', 'orphan', 4);
    log.push({ code: 'DECODE_REPLACED', message: 'bytes replaced' }, { code: 'ORPHAN_MERGE', message: 'orphan', line: 9 });
    log.add('ORPHAN_MERGE', 'orphan', 4);
    expect(log.toArray()).toEqual([
      { code: 'DECODE_REPLACED', message: 'bytes replaced' },
      { code: 'ORPHAN_MERGE', message: 'orphan', line: 4 },
      { code: 'ORPHAN_MERGE', message: 'orphan', line: 9 },
    ]);
    expect(log.size).toBe(3);
    expect(Object.keys(log.toArray()[0]!)).toEqual(['code', 'message']);
  });
});
