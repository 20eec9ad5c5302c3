import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../src/model/document.js';
import { detectParts, partAt } from '../../src/detect/parts.js';

const paragraphs = (...lines: string[]): ParagraphBlock[] => lines.map((text, k) => ({ kind: 'paragraph', text, line: k + 1 }));

describe('detectParts', () => {
  it('gives each attachment of a bundle its title, from the lines below its marker or after it', () => {
    const blocks = paragraphs(
      '关于印发专项整治方案的通知', // 1
      '附件1', // 2
      '道路运输安全专项整治', // 3
      '三年行动实施方案', // 4
      '一、工作目标', // 5
      '附件2：消防安全专项整治三年行动实施方案', // 6
      '一、工作目标', // 7
      '附件：1. 消防重点项目清单', // 8 a list of the attachment's own attachments
      '附件1', // 9 out of sequence: inside 附件2
      '附件3', // 10
      '为做好渔业安全工作，制定本方案。', // 11
    );
    const parts = detectParts(blocks);
    expect(parts).toEqual([
      { line: 2, title: '道路运输安全专项整治三年行动实施方案' },
      { line: 6, title: '消防安全专项整治三年行动实施方案' },
      { line: 10, title: '附件3' },
    ]);
    expect([1, 5, 9, 11].map((line) => partAt(parts, line))).toEqual([null, '道路运输安全专项整治三年行动实施方案', '消防安全专项整治三年行动实施方案', '附件3']);
  });

  it('a single attachment bundles nothing', () => {
    expect(detectParts(paragraphs('关于印发方案的通知', '附件1', '某某实施方案'))).toEqual([]);
  });
});
