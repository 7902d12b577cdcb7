import { use, useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { loadModel, modelFetchUrl, modelIdleTimeoutMs } from './modelDownloads.ts';

// The models are meshopt-compressed (tools/models/lib/compress.ts); the decoder is WebAssembly,
// hence 'wasm-unsafe-eval' in the production CSP's script-src.
const parseGlb = (bytes: ArrayBuffer, url: string): Promise<GLTF> =>
  new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(bytes, url.slice(0, url.lastIndexOf('/') + 1));
const download = (modelUrl: string) => {
  const url = modelFetchUrl(modelUrl);
  return { url, model: loadModel(url, modelIdleTimeoutMs(window.location.search), parseGlb) };
};

/**
 * Watches the model download from outside the Canvas: false while it loads, true once loaded; a
 * failure (hung, offline, missing, broken) is thrown here, in the page's own React root, to the
 * stage's boundary. Thrown inside the Canvas it would be re-reported by fiber's root as an
 * uncaught page error, so views inside the Canvas are mounted only once this says true.
 */
export function useModelDownload(modelUrl: string): boolean {
  const [outcome, setOutcome] = useState<{ url: string; error: Error | null } | null>(null);
  useEffect(() => {
    let current = true;
    download(modelUrl).model.then(
      () => current && setOutcome({ url: modelUrl, error: null }),
      (error: unknown) => current && setOutcome({ url: modelUrl, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [modelUrl]);
  if (outcome?.url !== modelUrl) return false;
  if (outcome.error) throw outcome.error;
  return true;
}

/** A machine's generated model, for its view (mounted after `useModelDownload` says it is loaded). */
export function useMachineModel(modelUrl: string): { scene: Object3D; url: string } {
  const { url, model } = download(modelUrl);
  return { scene: use(model).scene, url };
}
