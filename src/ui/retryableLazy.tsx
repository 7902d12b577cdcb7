import { lazy, type ComponentType, type ReactNode } from 'react';
import { retryImport } from './reloadToRetry.ts';

/** A lazily loaded part whose failed download can be tried again. */
export interface RetryableLazy<P> {
  /** Renders the part (suspends while it loads; a failed load throws to the nearest boundary). */
  readonly Component: (props: P) => ReactNode;
  /** After a failure: the next render imports the part again instead of rethrowing the old error. */
  reset(): void;
}

/**
 * React.lazy keeps a failed import for good, so a network blip would leave the part broken until
 * a full reload. This makes a fresh lazy after a failure whose import is a real retry
 * (`retryImport`: again in the page, or a fresh page where the browser keeps the failure).
 * `resume`: the part sits inside a running session, which a reload continues without asking.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, { resume = false } = {}): RetryableLazy<P> {
  let failed = false;
  const make = (retrying: boolean) =>
    lazy(() =>
      (retrying ? retryImport(load, { resume }) : load()).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
  const part = { current: make(false) };
  function Component(props: P) {
    const Current = part.current;
    return <Current {...props} />;
  }
  return {
    Component,
    reset() {
      if (!failed) return;
      failed = false;
      part.current = make(true);
    },
  };
}
