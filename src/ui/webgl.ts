/** The probe's answer, found once per page: every probe costs a WebGL context until it is collected. */
let probed: boolean | null = null;

/** True when the browser can create a WebGL context (WebGL2 preferred, WebGL1 accepted). */
export function hasWebGL(): boolean {
  if (new URLSearchParams(window.location.search).get('webgl') === 'off') return false; // support/test switch
  probed ??= probeWebGL();
  return probed;
}

function probeWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Hand the probe's context back now: browsers cap live contexts and drop the oldest.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
