import type { ReplayControls } from '../engine/react/useReplay.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';

/** Play, pause, step and scrub a recorded session. */
export function ReplayBar({ replay, onClose }: { replay: ReplayControls; onClose: () => void }) {
  const { t } = useI18n();
  const { player } = replay;
  return (
    <section className="replay-bar" aria-label={t('replay.title')} data-testid="replay-bar" data-replay-position={replay.position} data-replay-time={Math.round(replay.time)}>
      <h2>{t('replay.title')}</h2>
      <div className="replay-buttons">
        <button type="button" onClick={replay.stepBack} aria-label={t('replay.stepBack')} data-testid="replay-back">
          |◀
        </button>
        {replay.playing ? (
          <button type="button" onClick={replay.pause} data-testid="replay-pause">
            ‖ {t('replay.pause')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={replay.play} data-testid="replay-play">
            ▶ {t('replay.play')}
          </button>
        )}
        <button type="button" onClick={replay.stepForward} aria-label={t('replay.stepForward')} data-testid="replay-step">
          ▶|
        </button>
      </div>
      <label className="scrub">
        <span>
          {formatClock(replay.time)} / {formatClock(player.duration)}
        </span>
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.ceil(player.duration))}
          step={1}
          value={Math.round(replay.time)}
          onChange={(e) => {
            const v = Number(e.target.value);
            replay.seek(v >= Number(e.target.max) ? player.duration : v);
          }}
          aria-label={t('replay.scrub')}
          data-testid="replay-scrub"
        />
      </label>
      <button type="button" onClick={onClose} data-testid="replay-close">
        {t('replay.close')}
      </button>
    </section>
  );
}
