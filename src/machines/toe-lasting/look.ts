import type { AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import type { ToeOutcome } from './toeQuality.ts';
import type { ToeLastingMachine } from './machine.ts';

/**
 * The narrow slice of state the 3D view draws: plain values compared shallowly, so the view
 * re-renders only on a change. The toe result is what the lasted toe on the rest shows.
 */
export interface ToeLastingLook {
  readonly mainOn: boolean;
  readonly powered: boolean;
  readonly estopBase: boolean;
  readonly estopCabinet: boolean;
  readonly pumpRunning: boolean;
  readonly pressureOk: boolean;
  readonly heaterOn: boolean;
  readonly meltReady: boolean;
  readonly pullMPa: number;
  readonly wiperMPa: number;
  readonly dwellS: number;
  readonly left: boolean;
  readonly sidePincersOn: boolean;
  readonly beamShown: boolean;
  readonly lastOnRest: boolean;
  /** Where the last sits against the light line, mm (+ = right). */
  readonly lastOffsetMm: number;
  /** 0 open, 1 toe pincer closed (step 1), 2 all pincers pulling (step 2 and the lasting). */
  readonly pincers: 0 | 1 | 2;
  readonly nozzleIn: boolean;
  readonly wipersIn: boolean;
  /** The margin has been wiped down (lasting under way or done). */
  readonly marginDown: boolean;
  /** What the lasted toe shows (null before it is released). */
  readonly result: ToeOutcome | null;
}

export function toeLastingLook(snapshot: AnyMachineSnapshot): ToeLastingLook {
  const s = snapshot as SnapshotFrom<ToeLastingMachine>;
  const c = s.context;
  const at = (v: object) => s.matches(v as never);
  const lasting = at({ work: 'lasting' });
  const wiping = at({ work: { lasting: 'wiping' } }) || at({ work: { lasting: 'dwelling' } }) || at({ work: 'holding' });
  const lasted = at({ work: 'lasted' });
  return {
    mainOn: c.mainOn,
    powered: s.hasTag('powered'),
    estopBase: c.estopDown.base,
    estopCabinet: c.estopDown.cabinet,
    pumpRunning: s.hasTag('pumpRunning'),
    pressureOk: s.hasTag('pressureOk'),
    heaterOn: s.hasTag('heaterOn'),
    meltReady: s.hasTag('meltReady'),
    pullMPa: c.pullMPa,
    wiperMPa: c.wiperMPa,
    dwellS: c.dwellS,
    left: c.side === 'left',
    sidePincersOn: c.sidePincersOn,
    beamShown: c.centreLightOn && s.hasTag('powered'),
    lastOnRest: s.hasTag('lastOnRest'),
    lastOffsetMm: c.lastOffsetMm,
    pincers: s.hasTag('pulling') || at({ work: { lasting: 'cementing' } }) ? 2 : s.hasTag('toeGrip') ? 1 : 0,
    nozzleIn: at({ work: { lasting: 'cementing' } }),
    wipersIn: wiping,
    marginDown: wiping || lasted || (lasting && !at({ work: { lasting: 'cementing' } })),
    result: lasted ? (c.lastResult?.outcome ?? null) : null,
  };
}

export const sameLook = (a: ToeLastingLook, b: ToeLastingLook): boolean =>
  (Object.keys(a) as (keyof ToeLastingLook)[]).every((k) => a[k] === b[k]);
