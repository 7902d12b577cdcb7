/**
 * The sole press view's lights: its lamp, LED and IR-glow materials (one per light in the model,
 * model/palette.ts), the LED faces drawn over the two displays, and the discrete on/off of them.
 * (A .tsx file although it has no JSX: three belongs in a machine folder's view files only.)
 */
import { Box3, Vector3, type Material, type Mesh, type MeshStandardMaterial, type Object3D } from 'three';
import { materialNamed, setGlow } from '../../scene/materials.ts';
import { SegmentDisplay } from '../../scene/segmentDisplay.ts';
import type { SolePressLook } from './look.ts';

export const IR_COLOR = '#ff7020';
const LAMP_POWER_COLOR = '#fff4c0';
const LAMP_READY_COLOR = '#3cff6a';
const LED_COLOR = '#ff2010';
const LAMP_INTENSITY = 2.5;
const LED_INTENSITY = 0.6;

/** Material names of the lights, as in model/palette.ts. */
const PRESS_TIMER_LED = 'PressTimerLed';
const REACTIVATOR_LED = 'ReactivatorLed';

export interface LightMaterials {
  readonly pressPower: MeshStandardMaterial | null;
  readonly reactivatorReady: MeshStandardMaterial | null;
  readonly pressTimer: MeshStandardMaterial | null;
  readonly reactivatorDisplay: MeshStandardMaterial | null;
  readonly irGlow: MeshStandardMaterial | null;
}

/** Looked up once per model (never per frame: each lookup walks the scene). */
export function lightMaterials(scene: Object3D): LightMaterials {
  return {
    pressPower: materialNamed(scene, 'PressLampPower'),
    reactivatorReady: materialNamed(scene, 'ReactivatorLampReady'),
    pressTimer: materialNamed(scene, PRESS_TIMER_LED),
    reactivatorDisplay: materialNamed(scene, REACTIVATOR_LED),
    irGlow: materialNamed(scene, 'IrLampGlow'),
  };
}

export interface LedFaces {
  readonly press: SegmentDisplay | null;
  readonly reactivator: SegmentDisplay | null;
}

/** The LED faces over the two display windows; the caller disposes them with the view. */
export function ledFaces(pressDisplay: Object3D, reactivatorDisplay: Object3D): LedFaces {
  return { press: ledFace(pressDisplay, PRESS_TIMER_LED, 3), reactivator: ledFace(reactivatorDisplay, REACTIVATOR_LED, 4) };
}

/** An LED face over the window of a display node, sized from its LED material's mesh. */
function ledFace(node: Object3D, led: string, cells: number): SegmentDisplay | null {
  let mesh: Object3D | null = null;
  node.traverse((o) => {
    if (!mesh && ((o as Mesh).material as Material | undefined)?.name === led) mesh = o;
  });
  if (!mesh) return null;
  node.updateWorldMatrix(true, true);
  const box = new Box3().setFromObject(mesh);
  const size = box.getSize(new Vector3());
  const centre = box.getCenter(new Vector3()).setZ(box.max.z + 0.0004);
  node.worldToLocal(centre);
  const display = new SegmentDisplay(cells, size.x, size.y);
  display.attach(node, centre.x, centre.y, centre.z);
  return display;
}

/** Lamps and LEDs on or off, the displays' readings; the IR glow's intensity is eased by the view. */
export function applyLights(look: SolePressLook, mats: LightMaterials, leds: LedFaces | null): void {
  setGlow(mats.pressPower, look.pressPowerLamp, LAMP_POWER_COLOR, LAMP_INTENSITY);
  setGlow(mats.reactivatorReady, look.reactivatorReadyLamp, LAMP_READY_COLOR, LAMP_INTENSITY);
  setGlow(mats.pressTimer, look.pressTimerLit, LED_COLOR, LED_INTENSITY);
  setGlow(mats.reactivatorDisplay, look.reactivatorDisplayLit, LED_COLOR, LED_INTENSITY);
  mats.irGlow?.emissive.set(IR_COLOR);
  leds?.press?.show(look.pressTimerLit ? look.pressTimerS.toFixed(1) : null);
  leds?.reactivator?.show(look.reactivatorDisplayLit ? `${Math.round(look.reactivatorDisplayC)}°C` : null);
}
