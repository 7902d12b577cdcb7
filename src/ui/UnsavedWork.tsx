import { createContext, useContext, useEffect } from 'react';

/** A screen tells the app whether leaving now would throw away work nobody has seen the result of. */
export interface UnsavedWork {
  report(unsaved: boolean): void;
}

export const UnsavedWorkContext = createContext<UnsavedWork>({ report: () => undefined });

/** While `unsaved` is true, leaving (back, mode change, reload, close) asks first. */
export function useReportUnsaved(unsaved: boolean): void {
  const { report } = useContext(UnsavedWorkContext);
  useEffect(() => {
    report(unsaved);
    return () => report(false);
  }, [report, unsaved]);
}
