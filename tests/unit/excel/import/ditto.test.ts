import { describe, expect, it } from 'vitest';
import { dittoMark, resolveDitto } from '../../../../electron/core/excel/import/ditto';

describe('ditto marks', () => {
  it('knows the marks offices write, in either width, and nothing else', () => {
    for (const mark of ['同上', ' 同上 ', '同上。', '同上行', '〃', '〃〃', '"', '＂', '″', '″″'])
      expect(dittoMark(mark), mark).toBe('above');
    expect(dittoMark('同左')).toBe('left');
    for (const other of ['同仁堂', '同', '王芳', '', '上', 12, undefined, '"同上"以外的很长一段文字'])
      expect(dittoMark(other), String(other)).toBeNull();
  });

  it('replaces a mark by the value it stands for, a mark under a mark too', () => {
    const first = { rowNumber: 4, cells: ['湖东社区', '张丽'] };
    const second = { rowNumber: 5, cells: ['″', '同左'] };
    const third = { rowNumber: 6, cells: ['〃', '王芳'] };
    resolveDitto(second, first);
    resolveDitto(third, second);
    expect(second).toMatchObject({ cells: ['湖东社区', '湖东社区'], ditto: [0], dittoLeft: [1] });
    expect(third.cells).toEqual(['湖东社区', '王芳']);
  });
});
