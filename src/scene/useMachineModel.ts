import { use } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { loadModel, modelIdleTimeoutMs } from './modelDownloads.ts';

const parseGlb = (bytes: ArrayBuffer, url: string): Promise<GLTF> => new GLTFLoader().parseAsync(bytes, url.slice(0, url.lastIndexOf('/') + 1));

/**
 * Loads a machine's generated .glb: suspends until loaded; a failure (hung, offline, missing,
 * broken) throws a ModelLoadError to the stage's boundary, which offers a retry.
 */
export function useMachineModel(modelUrl: string): { scene: Object3D; url: string } {
  const url = `${import.meta.env.BASE_URL}${modelUrl}`;
  const gltf = use(loadModel(url, modelIdleTimeoutMs(window.location.search), parseGlb));
  return { scene: gltf.scene, url };
}
