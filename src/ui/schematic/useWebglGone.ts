import { useEffect, useState } from 'react';
import { WEBGL_GONE_EVENT, type WebglGoneReason } from '../../scene/contextGone.ts';

/** Why the 3D stage gave up on WebGL in this screen (a context not restored, or none created), or null; `clear` tries 3D again. */
export function useWebglGone(): { gone: WebglGoneReason | null; clear: () => void } {
  const [gone, setGone] = useState<WebglGoneReason | null>(null);
  useEffect(() => {
    const hear = (e: Event) => setGone((e as CustomEvent<WebglGoneReason>).detail === 'create' ? 'create' : 'lost');
    window.addEventListener(WEBGL_GONE_EVENT, hear);
    return () => window.removeEventListener(WEBGL_GONE_EVENT, hear);
  }, []);
  return { gone, clear: () => setGone(null) };
}
