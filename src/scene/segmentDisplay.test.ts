import { describe, expect, it } from 'vitest';
import { segmentCells } from './segmentDisplay.ts';

const bits = (text: string, cells: number) => segmentCells(text, cells).map((c) => `${c.bits.toString(2)}${c.dot ? '.' : ''}`);

describe('7-segment cells', () => {
  it('puts the decimal point on the digit before it and right-aligns', () => {
    expect(bits('15.0', 3)).toEqual(['110', '1101101.', '111111']);
    expect(bits('0.5', 3)).toEqual(['0', '111111.', '1101101']);
  });
  it('shows a temperature with degree and C, blanking unknown characters', () => {
    expect(bits('70°C', 4)).toEqual(['111', '111111', '1100011', '111001']);
    expect(bits('x', 2)).toEqual(['0', '0']);
  });
  it('keeps the last cells when the text is too long', () => {
    expect(bits('123', 2)).toEqual(['1011011', '1001111']);
  });
});
