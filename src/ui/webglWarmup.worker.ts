/// <reference lib="webworker" />
// Makes one WebGL context off the page's main thread, then says so (see webgl.ts for why).

const canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1);
const attributes = { antialias: false, depth: false, stencil: false, alpha: false };
const gl = canvas ? (canvas.getContext('webgl2', attributes) ?? canvas.getContext('webgl', attributes)) : null;
(gl as WebGL2RenderingContext | WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage(gl !== null);
