import { describe, expect, it } from 'vitest';
import { clip, showInvisible, untrusted } from './untrustedText.ts';

describe('untrusted text', () => {
  it('clips long text with an ellipsis and leaves short text alone', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(untrusted('x'.repeat(20_000)).length).toBe(120);
  });
  it('makes a right-to-left override and other invisible characters visible', () => {
    expect(showInvisible('\u202Egnp.exe')).toBe('<U+202E>gnp.exe');
    expect(showInvisible('a\u200Bb\uFEFFc\u0007')).toBe('a<U+200B>b<U+FEFF>c<U+0007>');
    expect(showInvisible('Sepatu kulit – 5 bar')).toBe('Sepatu kulit – 5 bar');
  });
});
