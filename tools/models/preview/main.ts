/**
 * Browser side of the model preview (tools/models/preview.ts drives it): loads
 * /models/<model>.glb (model = a machine id, required), applies an optional pose from the URL and
 * renders one fixed view.
 *
 * URL: ?model=<id>&view=front|quarter|side|rear|top|left
 *      &rot=ArmPivot:y:40;CoverHinge:x:-75   (degrees)   &move=ArmStroke:y:-0.06 (metres)
 *      &scale=Pad:y:1.3   &hide=SoleToeGap,SoleHeelGap   &glow=IrLampGlow:ff7a1a,LampPower:fff2a0 (hex without #)
 *      &target=x,y,z&dist=1.2  (close-up on a point)
 */
import {
  ACESFilmicToneMapping,
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  PCFSoftShadowMap,
  PerspectiveCamera,
  PlaneGeometry,
  PMREMGenerator,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { modelFileUrl } from '../../../src/engine/modelFile.ts';
import { unpackModel } from '../../../src/scene/unpackModel.ts';

declare global {
  interface Window {
    __previewDone?: boolean;
    __previewError?: string;
  }
}

const params = new URLSearchParams(location.search);
const DEG = Math.PI / 180;

function entries(key: string, sep = ';'): string[][] {
  return (params.get(key) ?? '').split(sep).filter(Boolean).map((e) => e.split(':'));
}

function applyPose(root: Object3D): void {
  const find = (name: string) => {
    const o = root.getObjectByName(name);
    if (!o) throw new Error(`pose: no node ${name}`);
    return o;
  };
  const axis = (a: string | undefined) => (a === 'x' || a === 'y' || a === 'z' ? a : 'y');
  for (const [name = '', a, v = '0'] of entries('rot')) find(name).rotation[axis(a)] += Number(v) * DEG;
  for (const [name = '', a, v = '0'] of entries('move')) find(name).position[axis(a)] += Number(v);
  for (const [name = '', a, v = '1'] of entries('scale')) find(name).scale[axis(a)] *= Number(v);
  for (const [name = ''] of entries('hide', ',')) find(name).visible = false;
  const glow = new Map(entries('glow', ',').map(([m = '', c = 'ffffff']) => [m, `#${c}`]));
  root.traverse((o) => {
    if (o instanceof Mesh) {
      const mats = Array.isArray(o.material) ? o.material : [o.material];
      for (const m of mats) {
        const c = glow.get(m.name);
        if (c && m instanceof MeshStandardMaterial) {
          m.emissive = new Color(c);
          m.emissiveIntensity = 1.5;
        }
      }
      o.castShadow = true;
      o.receiveShadow = true;
    }
  });
}

function cameraFor(view: string, box: Box3): { eye: Vector3; target: Vector3 } {
  const c = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  const r = Math.max(size.x, size.y * 1.3, size.z) * 1.25 + 0.6;
  const t = params.get('target');
  if (t) {
    const [x = 0, y = 0, z = 0] = t.split(',').map(Number);
    const d = Number(params.get('dist') ?? '1');
    const target = new Vector3(x, y, z);
    const dir = view === 'side' ? new Vector3(1, 0.3, 0.2) : view === 'quarter' ? new Vector3(0.8, 0.45, 1) : new Vector3(0, 0.35, 1);
    return { eye: target.clone().add(dir.normalize().multiplyScalar(d)), target };
  }
  const target = new Vector3(c.x, Math.min(c.y, 0.8), c.z);
  const dirs: Record<string, Vector3> = {
    front: new Vector3(0, 0.32, 1),
    quarter: new Vector3(0.75, 0.5, 1),
    side: new Vector3(1, 0.25, 0.05),
    rear: new Vector3(-0.8, 0.5, -1),
    top: new Vector3(0, 1, 0.35),
    left: new Vector3(-1, 0.35, 0.6),
  };
  const dir = (dirs[view] ?? dirs.front!).clone().normalize();
  return { eye: target.clone().add(dir.multiplyScalar(r)), target };
}

async function main(): Promise<void> {
  const width = Number(params.get('w') ?? '1100');
  const height = Number(params.get('h') ?? '820');
  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setSize(width, height);
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.shadowMap.enabled = true;
  renderer.shadowMap.type = PCFSoftShadowMap;
  document.body.appendChild(renderer.domElement);

  const scene = new Scene();
  scene.background = new Color('#d9dde2');
  scene.environment = new PMREMGenerator(renderer).fromScene(new RoomEnvironment(), 0.04).texture;
  scene.environmentIntensity = 0.6;
  scene.add(new HemisphereLight('#ffffff', '#8a8478', 0.6));
  const sun = new DirectionalLight('#ffffff', 2.2);
  sun.position.set(2.5, 5, 3.5);
  sun.castShadow = true;
  sun.shadow.mapSize.set(2048, 2048);
  Object.assign(sun.shadow.camera, { left: -3, right: 3, top: 3, bottom: -3, near: 0.5, far: 15 });
  scene.add(sun);
  const floor = new Mesh(new PlaneGeometry(12, 12), new MeshStandardMaterial({ color: '#9a9c9e', roughness: 0.9 }));
  floor.rotation.x = -Math.PI / 2;
  floor.receiveShadow = true;
  scene.add(floor);

  const model = params.get('model');
  if (!model) throw new Error('no model in the query: ?model=<machine id>');
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(await unpackModel(await (await fetch(`/${modelFileUrl(model)}`)).arrayBuffer()), '/models/');
  applyPose(gltf.scene);
  scene.add(gltf.scene);

  const box = new Box3().setFromObject(gltf.scene);
  const { eye, target } = cameraFor(params.get('view') ?? 'front', box);
  const camera = new PerspectiveCamera(Number(params.get('fov') ?? '35'), width / height, 0.05, 50);
  camera.position.copy(eye);
  camera.lookAt(target);
  renderer.render(scene, camera);
  window.__previewDone = true;
}

main().catch((e: unknown) => {
  window.__previewError = String(e);
});
