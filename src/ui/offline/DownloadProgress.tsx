import { useI18n } from '../../common/i18n.tsx';
import { dismissFailure, download, type DownloadJob } from './offlineDownloads.ts';
import { formatBytes } from './formatBytes.ts';

/** A running download's bar, or a failed one's message in the learner's language with a retry. */
export function DownloadProgress({ job }: { job: DownloadJob }) {
  const { t, lang } = useI18n();
  if (job.failure) {
    return (
      <div className="offline-failure" role="alert" data-testid="offline-failure" data-failure={job.failure}>
        <p>{t(`offline.failed.${job.failure}`)}</p>
        <div className="offline-actions">
          <button type="button" className="primary" onClick={() => void download(job.ids)}>
            {t('offline.download')}
          </button>
          <button type="button" onClick={dismissFailure}>
            {t('offline.failed.close')}
          </button>
        </div>
        <details>
          <summary>{t('load.details')}</summary>
          <code>{job.detail.slice(0, 300)}</code>
        </details>
      </div>
    );
  }
  const label = t('offline.downloading', { done: formatBytes(job.doneBytes, lang), total: formatBytes(job.totalBytes, lang) });
  return (
    <div className="offline-progress" role="status" data-testid="offline-progress">
      <progress max={Math.max(job.totalBytes, 1)} value={job.doneBytes} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
