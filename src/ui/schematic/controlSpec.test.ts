import { describe, expect, it } from 'vitest';
import { shortLabel } from './controlSpec.ts';

describe('labels on the drawing', () => {
  it.each([
    ['Kedalaman potong (roda atas; takik lebih besar = potong lebih dalam)', 'Kedalaman potong'],
    ['Periksa sol: sudah dikasar, diberi pencuci sol dan dilem, sudah kering', 'Periksa sol'],
    ['Kasar ulang dan bersihkan sol, beri pencuci sol dan lem lagi, tunggu kering', 'Kasar ulang dan bersihkan sol'],
    ['Saklar utama', 'Saklar utama'],
    ['Sekrup, tebal', 'Sekrup, tebal'],
    ['(x)', '(x)'],
  ])('%j → %j', (label, short) => expect(shortLabel(label)).toBe(short));
});
