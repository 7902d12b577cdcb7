import { useEffect, useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import { lrsRuntime } from '../../net/lrsApp.ts';
import type { LrsRuntime } from '../../net/lrsRuntime.ts';
import type { LrsSettingsProblem } from '../../net/lrsSettings.ts';
import type { OutboxStatus } from '../../records/outbox/outbox.ts';
import type { FlushReport } from '../../records/outbox/types.ts';

/** The last flush as the trainer needs it: sent, waiting for the network, or a settings problem to fix. */
type LastOutcome = 'sent' | 'waiting' | 'credentials' | 'endpoint' | null;

const outcomeOf = (r: FlushReport): LastOutcome =>
  r.outcome === 'unauthorised' ? 'credentials' : r.outcome === 'misconfigured' ? 'endpoint' : r.outcome === 'done' ? 'sent' : 'waiting';

/**
 * Trainer only: the device's Learning Record Store (endpoint, key, secret; kept on this device,
 * never bundled), "send now", and what the outbox holds. Opening it loads the LRS code lazily.
 */
export function LrsSettingsForm() {
  const { t } = useI18n();
  const [rt, setRt] = useState<LrsRuntime | null>(null);
  const [fields, setFields] = useState({ endpoint: '', key: '', secret: '' });
  const [problems, setProblems] = useState<LrsSettingsProblem[]>([]);
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [last, setLast] = useState<LastOutcome>(null);
  const [configured, setConfigured] = useState(false);

  useEffect(() => {
    let live = true;
    let off = () => {};
    void lrsRuntime().then((r) => {
      if (!live) return;
      setRt(r);
      const s = r.sync.settings();
      setConfigured(s !== null);
      if (s) setFields({ endpoint: s.endpoint, key: s.key, secret: '' });
      const refresh = () => void r.sync.status().then((st) => live && setStatus(st));
      off = r.onReport((report) => {
        if (!live) return;
        setLast(outcomeOf(report));
        refresh();
      });
      refresh();
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const refresh = async (r: LrsRuntime) => setStatus(await r.sync.status());
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [k]: e.target.value });

  return (
    <details className="trainer-lrs" data-testid="lrs-settings">
      <summary>{t('trainer.lrs.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!rt) return;
          void rt.sync.saveSettings(fields).then(async (p) => {
            setProblems(p);
            if (p.length === 0) {
              setConfigured(true);
              setFields((f) => ({ ...f, secret: '' }));
            }
            await refresh(rt);
          });
        }}
      >
        <p className="control-label">{t('trainer.lrs.help')}</p>
        <label>
          {t('trainer.lrs.endpoint')}
          <input type="url" autoComplete="off" value={fields.endpoint} onChange={set('endpoint')} data-testid="lrs-endpoint" />
        </label>
        <label>
          {t('trainer.lrs.key')}
          <input type="text" autoComplete="off" value={fields.key} onChange={set('key')} data-testid="lrs-key" />
        </label>
        <label>
          {t('trainer.lrs.secret')}
          <input type="password" autoComplete="new-password" value={fields.secret} onChange={set('secret')} data-testid="lrs-secret" />
        </label>
        {problems.length > 0 && (
          <ul role="alert" data-testid="lrs-problems">
            {problems.map((p) => (
              <li key={p}>{t(`trainer.lrs.problem.${p}`)}</li>
            ))}
          </ul>
        )}
        <button type="submit" disabled={!rt} data-testid="lrs-save">
          {t('trainer.lrs.save')}
        </button>
        <button
          type="button"
          disabled={!rt || !configured}
          data-testid="lrs-clear"
          onClick={() => {
            rt?.sync.clearSettings();
            setConfigured(false);
            setFields({ endpoint: '', key: '', secret: '' });
          }}
        >
          {t('trainer.lrs.clear')}
        </button>
        <button type="button" disabled={!rt || !configured} data-testid="lrs-send" onClick={() => rt && void rt.sync.flushNow().then(() => refresh(rt))}>
          {t('trainer.lrs.sendNow')}
        </button>
      </form>
      <div role="status" aria-live="polite" data-testid="lrs-status" data-pending={status?.pending ?? ''} data-rejected={status?.rejected.length ?? ''} data-last={last ?? ''} data-configured={String(configured)}>
        <p>{configured ? t('trainer.lrs.queued', { count: status?.pending ?? 0 }) : t('trainer.lrs.off')}</p>
        {last && last !== 'waiting' && <p>{t(`trainer.lrs.last.${last}`)}</p>}
        {last === 'waiting' && status !== null && status.pending > 0 && <p>{t('trainer.lrs.last.waiting')}</p>}
        {status && status.rejected.length > 0 && (
          <ul data-testid="lrs-rejected">
            {status.rejected.map((e) => (
              <li key={e.id}>{t('trainer.lrs.rejected', { id: e.id, status: e.rejection?.httpStatus ?? 0, reason: e.rejection?.reason ?? '' })}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
