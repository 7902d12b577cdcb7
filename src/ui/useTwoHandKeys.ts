import { useEffect } from 'react';
import type { SessionHandle } from '../engine/react/SessionContext.tsx';

/** Keyboard stand-ins for the two hand buttons: hold F (left) and J (right). */
const KEYS: Readonly<Record<string, string>> = { f: 'buttonLeft', j: 'buttonRight' };

export function useTwoHandKeys(handle: SessionHandle, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const has = (id: string) => handle.module.controls.some((c) => c.id === id);
    const onKey = (down: boolean) => (e: KeyboardEvent) => {
      const control = KEYS[e.key.toLowerCase()];
      if (!control || !has(control) || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      e.preventDefault();
      handle.send({ type: down ? 'user.press' : 'user.release', control }, e.timeStamp);
    };
    const down = onKey(true);
    const up = onKey(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [handle, enabled]);
}
