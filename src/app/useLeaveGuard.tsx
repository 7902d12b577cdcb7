import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { useI18n } from '../common/i18n.tsx';
import type { UnsavedWork } from '../ui/UnsavedWork.tsx';

export interface LeaveGuard {
  /** Runs `action` at once, or after the user confirms if a session would be lost. */
  guard(action: () => void): void;
  /** Give to the screens through UnsavedWorkContext. */
  work: UnsavedWork;
  /** The question, when one is open (render inside the i18n provider). */
  dialog: ReactNode;
  /** The app shows `search` now (after its own pushState/replaceState). */
  shown(search: string): void;
}

/**
 * Asks before a running session is thrown away. In-app actions go through `guard`; the browser's
 * back/forward cannot be cancelled, so the shown entry is pushed again and the question asked; a
 * "yes" then steps back onto the entry the user wanted. Reload and close get the browser's own
 * question through `beforeunload`.
 */
export function useLeaveGuard(onPop: (search: string) => void): LeaveGuard {
  const unsaved = useRef(false);
  const shownSearch = useRef(window.location.search);
  const letNextPop = useRef(false);
  const [pending, setPending] = useState<(() => void) | null>(null);

  const guard = useCallback((action: () => void) => {
    if (unsaved.current) setPending(() => action);
    else action();
  }, []);

  useEffect(() => {
    const pop = () => {
      if (letNextPop.current || !unsaved.current) {
        letNextPop.current = false;
        shownSearch.current = window.location.search;
        return onPop(window.location.search);
      }
      window.history.pushState(null, '', shownSearch.current || window.location.pathname);
      setPending(() => () => {
        letNextPop.current = true;
        window.history.back();
      });
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      e.preventDefault();
      e.returnValue = ''; // older Chromium (Android WebView) still needs it
    };
    window.addEventListener('popstate', pop);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('popstate', pop);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [onPop]);

  const work = useMemo<UnsavedWork>(() => ({ report: (v) => void (unsaved.current = v) }), []);
  const dialog = pending && (
    <LeaveDialog
      onConfirm={() => {
        unsaved.current = false;
        setPending(null);
        pending();
      }}
      onCancel={() => setPending(null)}
    />
  );
  const shown = useCallback((search: string) => void (shownSearch.current = search), []);
  return { guard, work, dialog, shown };
}

function LeaveDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      title={t('leave.title')}
      body={t('leave.body')}
      confirmLabel={t('leave.yes')}
      cancelLabel={t('leave.no')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="leave-dialog"
    />
  );
}
