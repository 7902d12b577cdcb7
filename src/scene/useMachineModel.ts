import { useLoader } from '@react-three/fiber';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { Object3D } from 'three';

/** Loads a machine's generated .glb (suspends until loaded; errors go to the stage boundary). */
export function useMachineModel(modelUrl: string): { scene: Object3D; url: string } {
  const url = `${import.meta.env.BASE_URL}${modelUrl}`;
  const gltf = useLoader(GLTFLoader, url);
  return { scene: gltf.scene, url };
}
