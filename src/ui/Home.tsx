import type { ReactNode } from 'react';
import type { Mode } from '../engine/session.ts';
import { useI18n } from '../common/i18n.tsx';
import { DownloadAll } from './offline/DownloadAll.tsx';
import { Floor } from './home/Floor.tsx';
import { UpdatePrompt } from './offline/UpdatePrompt.tsx';

interface Props {
  onOpen: (machineId: string, mode: Mode) => void;
  onOpenRecord: (file: File) => void;
  fileProblems: string[] | null;
  /** Notices about the link that opened the app (unknown machine or language), untrusted parts clipped. */
  notices: readonly string[];
  /** Shown when the record reader could not be loaded (offline), with its retry. */
  recordFailure: ReactNode;
}

/** The home: the centre's floor (machines by station, with the learner's marks), downloads and records. */
export function Home({ onOpen, onOpenRecord, fileProblems, notices, recordFailure }: Props) {
  const { t } = useI18n();
  return (
    <main className="home" data-testid="home">
      <UpdatePrompt />
      <header className="home-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p>{t('app.intro')}</p>
      </header>
      {notices.map((notice) => (
        <p key={notice} className="notice warn" role="alert" data-testid="link-notice">
          {notice}
        </p>
      ))}
      <h2>{t('home.catalogue')}</h2>
      <Floor onOpen={onOpen} />
      <DownloadAll />
      <section className="open-record">
        <h2>{t('home.records')}</h2>
        <p>{t('home.recordsHelp')}</p>
        <label className="file-button">
          {t('home.openRecord')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="open-record"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onOpenRecord(file);
              e.target.value = '';
            }}
          />
        </label>
        {recordFailure}
        {fileProblems && (
          <div className="notice warn" role="alert" data-testid="file-problems">
            <p>{t('home.recordRefused')}</p>
            <ul>
              {fileProblems.slice(0, 20).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}
