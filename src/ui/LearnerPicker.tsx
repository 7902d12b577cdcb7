import { useState, type FormEvent } from 'react';
import { useI18n } from '../common/i18n.tsx';
import { LINK_NAME_MAX } from '../app/urlParams.ts';
import { useLearners } from './LearnerContext.tsx';

/**
 * Who is practising: the current name always in view, and switching in one tap on a name (or
 * adding one). `inline` (home screen) shows the list open; in a top bar it folds under the name.
 */
export function LearnerPicker({ inline = false }: { inline?: boolean }) {
  const { t } = useI18n();
  const learners = useLearners();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!learners.store) return null;
  const shown = inline || open;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean) return;
    void learners.add(clean).then(() => {
      setName('');
      setOpen(false);
    });
  };
  return (
    <div className={`learner-picker${inline ? ' inline' : ''}`} data-testid="learner-picker">
      {inline ? (
        <p className="learner-current" data-testid="learner-current">
          {t('learner.label')}: <strong>{learners.current ? learners.current.name : t('learner.choose')}</strong>
        </p>
      ) : (
        <button type="button" className="learner-current" aria-expanded={shown} onClick={() => setOpen(!open)} data-testid="learner-current">
          {learners.current ? learners.current.name : t('learner.choose')}
        </button>
      )}
      {!learners.current && inline && <p className="notice">{t('learner.notSaved')}</p>}
      {shown && (
        <div className="learner-list" role="group" aria-label={t('learner.label')}>
          {learners.list.map((l) => (
            <button
              key={l.id}
              type="button"
              aria-pressed={learners.current?.id === l.id}
              onClick={() => {
                learners.select(l.id);
                setOpen(false);
              }}
              data-learner={l.name}
            >
              {l.name}
            </button>
          ))}
          <form onSubmit={submit} className="learner-add">
            <label>
              <span className="visually-hidden">{t('learner.newName')}</span>
              <input value={name} maxLength={LINK_NAME_MAX} placeholder={t('learner.newName')} onChange={(e) => setName(e.target.value)} data-testid="learner-name" />
            </label>
            <button type="submit" data-testid="learner-add">
              {t('learner.add')}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
