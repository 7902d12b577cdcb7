/**
 * Whether this browser can draw the 3D stage (WebGL2 preferred, WebGL1 accepted), found once per
 * page. The page's first WebGL context is the costly one (with software GL about 0.3 s, several
 * times that on a slow CPU, during which the page cannot answer a touch); later ones take a few
 * milliseconds. So a worker makes that first context off the main thread, and only then does the
 * page make its own small test context, the one whose answer counts: a worker may lack WebGL
 * where the page has it, or the other way round.
 */
let answer: Promise<boolean> | null = null;

/** How long the warm-up may take before the page tests anyway [I]. */
const WARMUP_LIMIT_MS = 3000;

export function webglSupport(): Promise<boolean> {
  if (new URLSearchParams(window.location.search).get('webgl') === 'off') return Promise.resolve(false); // support/test switch
  answer ??= warmUp().then(probeWebGL);
  return answer;
}

/** Starts finding out early (a machine was chosen), so the answer is there when the stage asks. */
export const warmWebgl = (): void => void webglSupport();

function warmUp(): Promise<void> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve();
  return new Promise<void>((done) => {
    let worker: Worker | null = null;
    // Not procedure time: a bound on waiting for a helper that may never answer.
    const timer = setTimeout(finish, WARMUP_LIMIT_MS);
    function finish() {
      clearTimeout(timer);
      worker?.terminate();
      done();
    }
    try {
      worker = new Worker(new URL('./webglWarmup.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = finish;
      worker.onerror = finish;
    } catch {
      finish();
    }
  });
}

function probeWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Hand the probe's context back now: browsers cap live contexts and drop the oldest.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
