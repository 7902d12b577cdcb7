import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the failed part; `retry` resets the part and renders it again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** Clears whatever caches the failure (a lazy import, a model download) before a retry. */
  onReset: () => void;
  children: ReactNode;
}

/**
 * Catches a part that failed to load or render, so the rest of the app keeps working, and offers
 * a retry. Leaving the screen also resets, so coming back later tries afresh.
 */
export class RetryBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override componentDidCatch(error: unknown) {
    // Kept in the console for support; the artisan sees the plain message.
    console.warn('Gladi: a part failed to load:', error);
  }
  override componentWillUnmount() {
    if (this.state.error) this.props.onReset();
  }
  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };
  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
