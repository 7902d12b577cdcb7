import { useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import type { ClassFile } from './classFiles.ts';
import type { FileOutcome } from './importBundles.ts';

interface Props {
  readonly onDownload: (which: 'bundle' | 'csv' | 'xapi') => Promise<ClassFile>;
  readonly onImport: (files: readonly File[]) => Promise<FileOutcome[]>;
  readonly download: (file: ClassFile) => void;
}

/** Records in and out by file: a class bundle (tablet → laptop), the CSV and the xAPI statements. */
export function RecordsTransfer({ onDownload, onImport, download }: Props) {
  const { t } = useI18n();
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  /** Counts imports, so the list of a second identical import is told from the first one's. */
  const [runs, setRuns] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => {
    setFailure(null);
    action().catch((error: unknown) => setFailure(t('class.actionFailed', { detail: String(error) })));
  };
  const button = (which: 'bundle' | 'csv' | 'xapi', label: string) => (
    <button type="button" onClick={() => run(async () => download(await onDownload(which)))} data-testid={`download-${which}`}>
      {label}
    </button>
  );
  return (
    <section className="class-transfer">
      <h3>{t('class.transfer')}</h3>
      <div className="class-action">
        {button('bundle', t('class.exportBundle'))}
        {button('csv', t('class.csv'))}
        {button('xapi', t('class.xapi'))}
        <label className="file-button">
          {t('class.importBundles')}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            data-testid="import-bundles"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) run(async () => {
                  setOutcomes(await onImport(files));
                  setRuns((n) => n + 1);
                });
            }}
          />
        </label>
      </div>
      {failure && (
        <p className="notice warn" role="alert">
          {failure}
        </p>
      )}
      {outcomes && (
        <ul className="class-import" data-testid="import-outcome" data-import-run={runs} aria-live="polite">
          {outcomes.map((o, i) =>
            o.ok ? (
              <li key={i} data-import-file={o.file} data-import-ok="true" data-added={o.attemptsAdded} data-updated={o.attemptsUpdated} data-skipped={o.attemptsSkipped}>
                {t('class.import.added', { file: o.file, added: o.attemptsAdded, updated: o.attemptsUpdated, skipped: o.attemptsSkipped })}
              </li>
            ) : (
              <li key={i} data-import-file={o.file} data-import-ok="false" className="notice warn">
                {/* The alert inside the item: a list's children must stay list items. */}
                <div role="alert">
                  {t('class.import.refused', { file: o.file })}
                  <ul>
                    {o.problems.slice(0, 20).map((p, j) => (
                      <li key={j}>{p}</li>
                    ))}
                  </ul>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
