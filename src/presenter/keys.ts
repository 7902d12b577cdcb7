import type { Command } from './protocol.ts';

/**
 * Keys of a presenter's keyboard or wireless clicker (clickers send PageDown/PageUp, some "." or
 * "b" for blanking). Pure: the key's `key` value in, the show's command out (null: not ours).
 */
export function commandForKey(key: string): Command | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case '.':
    case 'b':
    case 'B':
      return 'blank';
    case 'Escape':
      return 'leave';
    case 'r':
    case 'R':
      return 'repeat';
    case 't':
    case 'T':
      return 'timer';
    default:
      return null;
  }
}
