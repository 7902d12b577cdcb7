import type { AnyMachineSnapshot } from 'xstate';
import type { BackPartOutcome } from './backPart.ts';
import { airBar } from './chart/derived.ts';
import type { CounterMoulderContext } from './chart/types.ts';
import { isColdReady, isHotReady } from './readiness.ts';

/** The narrow slice of state the 3D view draws: plain values, compared shallowly. */
export interface CounterMoulderLook {
  upperAt: 'rack' | 'hot' | 'cold';
  /** The counter is in the upper (its band shows). */
  counterIn: boolean;
  counterCentred: boolean;
  /** What the moulded back part looks like (null until the cold pad has let go). */
  backPart: BackPartOutcome | null;
  hotPadClosed: boolean;
  coldPadClosed: boolean;
  hotDisplayOn: boolean;
  coldDisplayOn: boolean;
  hotReady: boolean;
  coldReady: boolean;
  overTemp: boolean;
  mainOn: boolean;
  heaterOn: boolean;
  chillerOn: boolean;
  airBar: number;
  regulatorBar: number;
  estopIn: boolean;
  hotLeft: boolean;
  hotRight: boolean;
  coldLeft: boolean;
  coldRight: boolean;
}

export function counterMoulderLook(s: AnyMachineSnapshot): CounterMoulderLook {
  const c = s.context as CounterMoulderContext;
  const at = (v: object) => s.matches(v as never);
  const powered = c.mainOn;
  return {
    upperAt: s.hasTag('upperOnHot') ? 'hot' : s.hasTag('upperOnCold') ? 'cold' : 'rack',
    counterIn: !at({ work: 'bench' }),
    counterCentred: c.counterCentred,
    backPart: at({ work: 'formed' }) ? (c.lastResult?.outcome ?? null) : null,
    hotPadClosed: at({ hot: 'cycle' }),
    coldPadClosed: at({ cold: 'cycle' }),
    hotDisplayOn: powered && c.heaterOn,
    coldDisplayOn: powered && c.chillerOn,
    hotReady: isHotReady(s),
    coldReady: isColdReady(s),
    overTemp: at({ moulds: 'cutOut' }),
    mainOn: powered,
    heaterOn: c.heaterOn,
    chillerOn: c.chillerOn,
    airBar: airBar(c),
    regulatorBar: c.regulatorBar,
    estopIn: at({ safety: { estopped: 'latched' } }),
    hotLeft: c.held.hotLeft,
    hotRight: c.held.hotRight,
    coldLeft: c.held.coldLeft,
    coldRight: c.held.coldRight,
  };
}

export const sameLook = (a: CounterMoulderLook, b: CounterMoulderLook): boolean =>
  (Object.keys(a) as (keyof CounterMoulderLook)[]).every((k) => a[k] === b[k]);
