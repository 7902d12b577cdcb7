import type { AnyMachineSnapshot } from 'xstate';
import { PRESSURE_SETTINGS_T, type PartFlaw } from './constants.ts';
import type { ClickingPressContext } from './chart/types.ts';

/** The narrow slice of state the 3D view draws: plain values, compared shallowly. */
export interface ClickingPressLook {
  armAside: boolean;
  beamDown: boolean;
  mainOn: boolean;
  pumpOn: boolean;
  /** Pressure gauge reading as a fraction of full scale. */
  gauge: number;
  leftHeld: boolean;
  rightHeld: boolean;
  estopIn: boolean;
  oneHand: boolean;
  depthNotch: number;
  pressureT: number;
  oilLow: boolean;
  material: 'scrap' | 'leather' | null;
  die: boolean;
  cut: 'none' | 'clean' | 'incomplete' | 'deep';
  /** How the production hide lies, and the flaw the cut part shows. */
  grainUp: boolean;
  dieOnDefect: boolean;
  partFlaw: PartFlaw | null;
  /** The board check found grooves (still there). */
  boardGrooved: boolean;
  partsInBin: number;
}

const MAX_T = PRESSURE_SETTINGS_T[PRESSURE_SETTINGS_T.length - 1] ?? 20;
/** Standby pressure with the pump running and the beam at rest, as a fraction of full scale [I]. */
const STANDBY_GAUGE = 0.12;

export function clickingPressLook(s: AnyMachineSnapshot): ClickingPressLook {
  const c = s.context as ClickingPressContext;
  const pumpOn = s.hasTag('pumpOn');
  const beamDown = s.hasTag('descending');
  const work = (s.value as { work: string }).work;
  return {
    armAside: s.matches({ arm: 'aside' }),
    beamDown,
    mainOn: c.mainOn && !s.hasTag('estop'),
    pumpOn,
    gauge: !pumpOn ? 0 : beamDown ? c.pressureT / MAX_T : s.matches({ power: { powered: 'pumpStarting' } }) ? STANDBY_GAUGE / 2 : STANDBY_GAUGE,
    leftHeld: c.held.buttonLeft,
    rightHeld: c.held.buttonRight,
    estopIn: s.matches({ power: { estopped: 'latched' } }),
    oneHand: c.mode === 'oneHand',
    depthNotch: c.depthNotch,
    pressureT: c.pressureT,
    oilLow: c.oilLow,
    material: c.material,
    die: c.die !== null,
    cut: work === 'partCut' ? 'clean' : work === 'cutIncomplete' ? 'incomplete' : work === 'boardCutDeep' ? 'deep' : 'none',
    partsInBin: c.goodParts,
    grainUp: c.hide.grainUp,
    dieOnDefect: c.hide.place === 'defect',
    partFlaw: c.partFlaw,
    boardGrooved: c.boardSpotWorn && c.finding === 'boardGrooved',
  };
}

export const sameLook = (a: ClickingPressLook, b: ClickingPressLook): boolean =>
  (Object.keys(a) as (keyof ClickingPressLook)[]).every((k) => a[k] === b[k]);
