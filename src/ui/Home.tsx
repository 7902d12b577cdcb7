import type { ReactNode } from 'react';
import { machineCatalogue } from '../machines/catalogue.ts';
import { MODES, type Mode } from '../engine/session.ts';
import { useI18n } from '../common/i18n.tsx';
import { DownloadAll } from './offline/DownloadAll.tsx';
import { MachineDownload } from './offline/MachineDownload.tsx';
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

/** The machine catalogue: picture, name and purpose per machine, and a way in to practise. */
export function Home({ onOpen, onOpenRecord, fileProblems, notices, recordFailure }: Props) {
  const { t, tm } = useI18n();
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
      <ul className="catalogue">
        {machineCatalogue.map((m) => (
          <li key={m.id} className="machine-card" data-machine-card={m.id}>
            <img src={`${import.meta.env.BASE_URL}thumbnails/${m.id}.png`} alt="" width={320} height={200} loading="lazy" />
            <div className="machine-card-body">
              <h3>{tm(m.id, 'name')}</h3>
              <p>{tm(m.id, 'purpose')}</p>
              <div className="mode-buttons">
                {MODES.map((mode) => (
                  <button
                    key={mode}
                    type="button"
                    className={mode === 'guided' ? 'primary' : ''}
                    onClick={() => onOpen(m.id, mode)}
                    data-open-machine={m.id}
                    data-open-mode={mode}
                  >
                    {t(`mode.${mode}`)}
                  </button>
                ))}
              </div>
              <MachineDownload machineId={m.id} place="card" />
            </div>
          </li>
        ))}
      </ul>
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
