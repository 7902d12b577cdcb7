import { useEffect, useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';

const canFullscreen = () => typeof document !== 'undefined' && document.fullscreenEnabled === true && 'requestFullscreen' in document.documentElement;

/** Fullscreen for the projector (Fullscreen API); hidden where the browser does not offer it. */
export function FullscreenButton() {
  const { t } = useI18n();
  const [on, setOn] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (!canFullscreen()) return null;
  const toggle = () => {
    // A refusal (no user gesture, a policy) leaves the page as it is; nothing to report to the room.
    const done = on ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    done.catch(() => undefined);
  };
  return (
    <button type="button" onClick={toggle} data-testid="present-fullscreen" aria-pressed={on}>
      {on ? t('present.exitFullscreen') : t('present.fullscreen')}
    </button>
  );
}
