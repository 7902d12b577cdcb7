/** True when the browser can create a WebGL context (WebGL2 preferred, WebGL1 accepted). */
export function hasWebGL(): boolean {
  if (new URLSearchParams(window.location.search).get('webgl') === 'off') return false; // support/test switch
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
