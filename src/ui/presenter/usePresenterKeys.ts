import { useEffect, useRef } from 'react';
import { commandForKey } from '../../presenter/keys.ts';
import type { Command } from '../../presenter/protocol.ts';

/** A clicker's or keyboard's keys anywhere on the page become show commands (not while typing in a field). */
export function usePresenterKeys(onCommand: (c: Command) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const command = commandForKey(e.key);
      if (!command) return;
      // Space on a focused button would also click it: the key is the show's.
      e.preventDefault();
      if (!e.repeat) latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
