import { lazy, type ComponentType, type ReactNode } from 'react';

/** A lazily loaded part whose failed download can be tried again. */
export interface RetryableLazy<P> {
  /** Renders the part (suspends while it loads; a failed load throws to the nearest boundary). */
  readonly Component: (props: P) => ReactNode;
  /** After a failure: the next render imports the part again instead of rethrowing the old error. */
  reset(): void;
}

/**
 * React.lazy keeps a failed import for good, so a network blip would leave the part broken until
 * a full reload. This makes a fresh lazy after a failure; Chromium fetches a module again when an
 * earlier import of it failed, so `import()` once more is a real retry.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): RetryableLazy<P> {
  let failed = false;
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
  const part = { current: make() };
  function Component(props: P) {
    const Current = part.current;
    return <Current {...props} />;
  }
  return {
    Component,
    reset() {
      if (!failed) return;
      failed = false;
      part.current = make();
    },
  };
}
