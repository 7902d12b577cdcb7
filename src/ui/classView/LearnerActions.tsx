import { useState, type FormEvent } from 'react';
import { LINK_NAME_MAX } from '../../app/urlParams.ts';
import { useI18n } from '../../common/i18n.tsx';
import type { Learner } from '../../records/attempt.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';

interface Props {
  readonly learner: Learner;
  readonly others: readonly Learner[];
  /** Attempts of this learner on the device (all, not only the filtered ones): the delete question names them. */
  readonly attemptCount: number;
  readonly onRename: (name: string) => Promise<void>;
  readonly onMerge: (intoId: string) => Promise<void>;
  readonly onDelete: () => Promise<void>;
}

type Asking = { kind: 'delete' } | { kind: 'merge'; into: Learner } | null;

/** A trainer's care of the list: rename, merge two names of one person, delete (both asked first). */
export function LearnerActions({ learner, others, attemptCount, onRename, onMerge, onDelete }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(learner.name);
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const [asking, setAsking] = useState<Asking>(null);
  const into = others.find((l) => l.id === intoId) ?? others[0];
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && name.trim() !== learner.name) void onRename(name);
  };
  return (
    <section className="class-manage" data-testid="class-manage">
      <h3>{t('class.manage')}</h3>
      <form onSubmit={rename} className="class-action">
        <label>
          {t('class.newName', { name: learner.name })}
          <input value={name} maxLength={LINK_NAME_MAX} onChange={(e) => setName(e.target.value)} data-testid="rename-input" />
        </label>
        <button type="submit" data-testid="rename-save">
          {t('class.rename')}
        </button>
      </form>
      {into && (
        <div className="class-action">
          <label>
            {t('class.mergeInto', { name: learner.name })}
            <select value={into.id} onChange={(e) => setIntoId(e.target.value)} data-testid="merge-into">
              {others.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setAsking({ kind: 'merge', into })} data-testid="merge">
            {t('class.merge')}
          </button>
        </div>
      )}
      <div className="class-action">
        <button type="button" className="danger" onClick={() => setAsking({ kind: 'delete' })} data-testid="delete-learner">
          {t('class.delete')}
        </button>
      </div>
      {asking?.kind === 'delete' && (
        <ConfirmDialog
          title={t('class.confirmDelete.title', { name: learner.name })}
          body={t('class.confirmDelete.body', { n: attemptCount })}
          confirmLabel={t('class.delete')}
          cancelLabel={t('class.cancel')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void onDelete();
          }}
        />
      )}
      {asking?.kind === 'merge' && (
        <ConfirmDialog
          title={t('class.confirmMerge.title', { from: learner.name, into: asking.into.name })}
          body={t('class.confirmMerge.body', { from: learner.name, into: asking.into.name })}
          confirmLabel={t('class.merge')}
          cancelLabel={t('class.cancel')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void onMerge(asking.into.id);
          }}
        />
      )}
    </section>
  );
}
