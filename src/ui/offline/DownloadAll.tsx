import { useI18n } from '../../common/i18n.tsx';
import { deviceTotals } from '../../offline/offlineFiles.ts';
import { download } from './offlineDownloads.ts';
import { DownloadProgress } from './DownloadProgress.tsx';
import { formatBytes } from './formatBytes.ts';
import { useOffline } from './useOffline.ts';
import { useOnline } from './useOnline.ts';
import './offline.css';

/** The home screen's "all machines" panel: what is stored, the size of the rest, one button for it. */
export function DownloadAll() {
  const { t, lang } = useI18n();
  const online = useOnline();
  const { manifest, storage, revisions, job } = useOffline();
  if (!manifest || manifest === 'unavailable') return null;
  const machines = [...storage.values()];
  const storedCount = machines.filter((m) => m.stored).length;
  // Shared files (three.js, the stage) counted once: what the device really holds and would fetch.
  const { storedBytes, missingBytes } = deviceTotals(manifest, revisions);
  const allJob = job && job.ids.length === manifest.machines.length ? job : null;
  return (
    <section className="offline-all" data-testid="offline-all" aria-labelledby="offline-all-title">
      <h2 id="offline-all-title">{t('offline.all.title')}</h2>
      {!online && (
        <p className="notice offline-now" role="status" data-testid="offline-now">
          {t('offline.nowOffline')}
        </p>
      )}
      <p>{t('offline.all.help')}</p>
      <p data-testid="offline-summary">{t('offline.all.summary', { n: storedCount, total: machines.length, size: formatBytes(storedBytes, lang) })}</p>
      {allJob ? (
        <DownloadProgress job={allJob} />
      ) : storedCount === machines.length ? (
        <p className="offline-stored">
          <span aria-hidden="true">✓ </span>
          {t('offline.all.stored')}
        </p>
      ) : (
        <button type="button" className="primary" disabled={job !== null && job.failure === null} onClick={() => void download(manifest.machines.map((m) => m.id))} data-testid="offline-download-all">
          <span aria-hidden="true">⤓ </span>
          {t('offline.all.download', { size: formatBytes(missingBytes, lang) })}
        </button>
      )}
    </section>
  );
}
