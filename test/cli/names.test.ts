import { describe, expect, it } from 'vitest';
import { displayName } from '../../src/cli/names.js';

describe('displayName', () => {
  it('keeps ordinary names, Chinese and spaces included, as they are', () => {
    expect(displayName('plans/安全生产 方案.docx')).toBe('plans/安全生产 方案.docx');
  });

  it('escapes control characters so a message stays on one line', () => {
    expect(displayName('bad\nname.pdf')).toBe('bad\\nname.pdf');
    expect(displayName('a\r\tb')).toBe('a\\r\\tb');
    expect(displayName('\u001b[31mred')).toBe('\\x1b[31mred');
    expect(displayName('x\u2028y\u0085z')).toBe('x\\u2028y\\x85z');
    expect(displayName('a\nb\nc')).not.toMatch(/[\n\r]/);
  });
});
