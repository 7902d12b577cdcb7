import { useI18n } from '../../common/i18n.tsx';
import { download, remove } from './offlineDownloads.ts';
import { DownloadProgress } from './DownloadProgress.tsx';
import { formatBytes } from './formatBytes.ts';
import { useOffline } from './useOffline.ts';
import './offline.css';

/**
 * One machine's "Unduh untuk offline": its size before, progress during, and after it whether it
 * is stored and how much; on the home card also its removal. Nothing without the build's list
 * (the dev server has no service worker).
 */
export function MachineDownload({ machineId, place }: { machineId: string; place: 'card' | 'machine' }) {
  const { t, tm, lang } = useI18n();
  const { manifest, storage, kept, job } = useOffline();
  const mine = storage.get(machineId);
  if (!manifest || manifest === 'unavailable' || !mine) return null;
  const name = tm(machineId, 'name');
  const ownJob = job && job.ids.includes(machineId) ? job : null;
  return (
    <div className={`offline-dl offline-dl-${place}`} data-offline-machine={machineId} data-offline-stored={mine.stored ? 'true' : 'false'}>
      {ownJob ? (
        <DownloadProgress job={ownJob} />
      ) : mine.stored ? (
        <>
          <span className="offline-stored" data-testid="offline-stored">
            <span aria-hidden="true">✓ </span>
            {t('offline.stored', { size: formatBytes(mine.totalBytes, lang) })}
          </span>
          {place === 'card' && (
            <button type="button" className="secondary offline-remove" onClick={() => void remove(machineId)} data-testid="offline-remove">
              {t('offline.remove')}
              {/* Which machine, for a screen reader (the visible words stay the start of the name). */}
              <span className="visually-hidden">: {name}</span>
            </button>
          )}
        </>
      ) : kept.has(machineId) ? (
        // Downloaded before, but a new version changed its files: said as such, fetched again by itself when online.
        <>
          <span className="offline-stored-old" data-testid="offline-stored-old">
            {t('offline.storedOld')}
          </span>
          <button type="button" className="offline-download" disabled={job !== null && job.failure === null} onClick={() => void download([machineId])} data-testid="offline-download">
            <span aria-hidden="true">⤓ </span>
            {t('offline.downloadAgain', { size: formatBytes(mine.missingBytes, lang) })}
            {place === 'card' && <span className="visually-hidden">: {name}</span>}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="offline-download"
          disabled={job !== null && job.failure === null}
          onClick={() => void download([machineId])}
          data-testid="offline-download"
        >
          <span aria-hidden="true">⤓ </span>
          {t('offline.downloadSize', { size: formatBytes(mine.missingBytes, lang) })}
          {place === 'card' && <span className="visually-hidden">: {name}</span>}
        </button>
      )}
    </div>
  );
}
