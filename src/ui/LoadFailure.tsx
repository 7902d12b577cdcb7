import type { ReactNode } from 'react';
import { untrusted } from '../engine/untrustedText.ts';
import { useI18n } from '../common/i18n.tsx';

/** A plain message, a retry button, and the technical detail folded away for support. */
export function LoadFailure({ message, detail, onRetry, testId, className = '' }: { message: ReactNode; detail: string; onRetry: () => void; testId: string; className?: string }) {
  const { t } = useI18n();
  return (
    <div className={`notice warn load-failure ${className}`} role="alert" data-testid={testId}>
      <p>{message}</p>
      <button type="button" className="primary" onClick={onRetry} data-testid="retry">
        {t('load.retry')}
      </button>
      <details>
        <summary>{t('load.details')}</summary>
        <code>{untrusted(detail, 500)}</code>
      </details>
    </div>
  );
}
