import type { AnyMachineSnapshot } from 'xstate';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Gauge } from '../../ui/schematic/Gauge.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import type { CounterMoulderContext, Station } from './chart/types.ts';
import { dwellOf } from './chart/derived.ts';
import { DWELL_TICK_MS } from './constants.ts';
import { counterMoulderLook, type CounterMoulderLook } from './look.ts';

const W = 1100;
const H = 660;
/** Colours of machine-shapes.md §5: ivory body with a teal accent, bright aluminium formers (the cold ones frosted), black rubber pads. */
const IVORY = '#eceae0';
const ACCENT = '#1f7a78';
const ALU = '#d3d8de';
const FROST = '#e6f1f8';
const INK = '#2a2e33';
/** Full scale of the air gauge, bar. */
const AIR_FULL_SCALE_BAR = 10;
/** Where the four formers stand on the deck, left to right: H1, H2, C1, C2 (the work uses H1 and C1). */
const FORMERS = [
  { x: 260, station: 'hot' as Station, used: true },
  { x: 420, station: 'hot' as Station, used: false },
  { x: 680, station: 'cold' as Station, used: true },
  { x: 840, station: 'cold' as Station, used: false },
];
const DECK_Y = 372;

/**
 * What the drawing shows: the 3D view's look (look.ts), plus what only a drawing writes out: the
 * controllers' setpoints, the timers' seconds and a pad on its way.
 */
interface MoulderLook extends CounterMoulderLook {
  readonly hotTempC: number;
  readonly coldTempC: number;
  readonly hotTimerS: number;
  readonly coldTimerS: number;
  readonly hotPadMoving: boolean;
  readonly coldPadMoving: boolean;
}

const moving = (s: AnyMachineSnapshot, station: Station): boolean => s.matches({ [station]: { cycle: 'closing' } } as never) || s.matches({ [station]: 'opening' } as never);

/** The timer's readout: the seconds still to go while its pad holds, its setting otherwise. */
const timerS = (s: AnyMachineSnapshot, c: CounterMoulderContext, station: Station): number =>
  s.matches({ [station]: { cycle: 'clamped' } } as never) ? (c.ticksLeft[station] * DWELL_TICK_MS) / 1000 : dwellOf(c, station);

function moulderLook(s: AnyMachineSnapshot): MoulderLook {
  const c = s.context as CounterMoulderContext;
  return {
    ...counterMoulderLook(s),
    hotTempC: c.hotTempC,
    coldTempC: c.coldTempC,
    hotTimerS: timerS(s, c, 'hot'),
    coldTimerS: timerS(s, c, 'cold'),
    hotPadMoving: moving(s, 'hot'),
    coldPadMoving: moving(s, 'cold'),
  };
}

const sameMoulderLook = (a: MoulderLook, b: MoulderLook): boolean => (Object.keys(a) as (keyof MoulderLook)[]).every((k) => a[k] === b[k]);

type Pad = 'open' | 'moving' | 'closed';
/** A pad that has closed (its cycle runs) is drawn round the former until it starts opening. */
const padOf = (inCycle: boolean, onTheWay: boolean): Pad => (onTheWay ? 'moving' : inCycle ? 'closed' : 'open');

type Caption = (key: string, params?: Record<string, number | string>) => string;

/**
 * The 2 hot + 2 cold heel counter moulder from where the operator stands: the cabinet and its
 * switches, the deck with four heel formers in a row (hot left, frosted cold right), the pads on
 * the portal behind them, the controllers, timers and READY lamps on the top beam, the air unit on
 * the left side and the louvred compressor panel on the right.
 */
function CounterMoulderSchematic() {
  const { module } = useSessionHandle();
  const { tm, lang } = useI18n();
  const look = useMachineSelector(moulderLook, sameMoulderLook);
  // Numbers in a caption as the language writes them (Indonesian uses a decimal comma).
  const caption: Caption = (k, p) => tm(module.id, `schematic.${k}`, p && Object.fromEntries(Object.entries(p).map(([n, v]) => [n, lang === 'id' ? String(v).replace('.', ',') : v])));
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={caption} />}>
      {/* In the order of controls.ts (the panel's order, which the guide's hints follow); each where it sits on the machine */}
      <C id="moulds" at={[340, 290]} />
      <C id="compressor" at={[1030, 470]} />
      <C id="repairController" at={[260, 28]} />
      <C id="mainSwitch" at={[245, 535]} />
      <C id="heaterSwitch" at={[452, 535]} />
      <C id="chillerSwitch" at={[700, 535]} />
      <C id="estop" at={[470, 420]} label="none" />
      <C id="reset" at={[880, 530]} look="blue" />
      <C id="hotTemp" at={[230, 172]} />
      <C id="coldTemp" at={[650, 172]} />
      <C id="hotDwell" at={[420, 168]} label="below" />
      <C id="coldDwell" at={[840, 168]} label="below" />
      <C id="airRegulator" at={[80, 345]} label="below" />
      <C id="insertCounter" at={[114, 464]} />
      <C id="counter" at={[550, 228]} />
      <C id="recentreCounter" at={[550, 268]} />
      <C id="upper" at={[80, 570]} column />
      <C id="hotLeft" at={[172, 425]} />
      <C id="hotRight" at={[348, 425]} />
      <C id="coldLeft" at={[592, 425]} />
      <C id="coldRight" at={[768, 425]} />
      <C id="backPart" at={[550, 308]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: MoulderLook; caption: Caption }) {
  return (
    <>
      <rect x={0} y={640} width={W} height={20} fill="#c9c4b8" />
      {/* base cabinet with its accent band and the compressor louvres on the right */}
      <rect x={150} y={380} width={800} height={260} rx={6} fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={150} y={590} width={800} height={14} fill={ACCENT} />
      {[0, 1, 2, 3, 4, 5, 6].map((i) => (
        <rect key={i} x={950} y={400 + i * 30} width={22} height={14} fill={ACCENT} stroke={INK} strokeWidth={1} />
      ))}
      {/* portal: uprights and top beam */}
      <rect x={160} y={60} width={20} height={DECK_Y - 60} fill="#8e9092" />
      <rect x={920} y={60} width={20} height={DECK_Y - 60} fill="#8e9092" />
      <rect x={150} y={55} width={800} height={90} rx={6} fill={IVORY} stroke={INK} strokeWidth={3} />
      <Display id="hotDisplay" x={230} y={95} width={90} text={look.overTemp ? 'HI' : `${look.hotTempC}°`} lit={look.hotDisplayOn} />
      <Lamp id="hotReadyLamp" x={305} y={95} on={look.hotReady} color="#40ff60" r={10} />
      <Display id="hotTimerDisplay" x={420} y={95} width={90} text={`${look.hotTimerS} s`} lit={look.mainOn} />
      <Display id="coldDisplay" x={650} y={95} width={90} text={`${look.coldTempC}°`} lit={look.coldDisplayOn} />
      <Lamp id="coldReadyLamp" x={725} y={95} on={look.coldReady} color="#40ff60" r={10} />
      <Display id="coldTimerDisplay" x={840} y={95} width={90} text={`${look.coldTimerS} s`} lit={look.mainOn} />
      {/* the deck and its four formers, each with its pad behind */}
      <rect x={140} y={DECK_Y} width={820} height={14} fill="#7b8a96" stroke={INK} strokeWidth={2} />
      {FORMERS.map((f) => (
        <Former key={f.x} x={f.x} cold={f.station === 'cold'} pad={!f.used ? 'open' : padOf(f.station === 'hot' ? look.hotPadClosed : look.coldPadClosed, f.station === 'hot' ? look.hotPadMoving : look.coldPadMoving)} />
      ))}
      <Upper look={look} />
      <AirUnit look={look} caption={caption} />
      <text x={550} y={625} className="sx-caption" textAnchor="middle">
        {caption('hotCold')}
      </text>
    </>
  );
}

/** A heel-shaped former on the deck, frosted when cold, with its rubber-lined pad above: open, moving, or clamped round it. */
function Former({ x, cold, pad }: { x: number; cold: boolean; pad: Pad }) {
  const padY = pad === 'closed' ? 280 : pad === 'moving' ? 255 : 225;
  return (
    <g data-part={cold ? 'coldFormer' : 'hotFormer'} data-pad={pad}>
      <line x1={x} y1={200} x2={x} y2={padY} stroke="#c9ced6" strokeWidth={8} />
      <path d={`M${x - 52} ${padY + 34} v-26 q52 -28 104 0 v26`} fill="#1b1f23" stroke={INK} strokeWidth={2} />
      <path d={`M${x - 42} ${DECK_Y} v-52 q42 -26 84 0 v52 z`} fill={cold ? FROST : ALU} stroke={INK} strokeWidth={2} />
      {cold && [0, 1, 2].map((i) => <circle key={i} cx={x - 22 + i * 22} cy={DECK_Y - 30} r={3} fill="#ffffff" stroke="#9fb6c4" strokeWidth={1} />)}
    </g>
  );
}

/** The upper (heel end) on the former it sits on, or on the rack at the left. */
function Upper({ look }: { look: MoulderLook }) {
  const x = look.upperAt === 'hot' ? FORMERS[0]!.x : look.upperAt === 'cold' ? FORMERS[2]!.x : 80;
  const y = look.upperAt === 'rack' ? 490 : DECK_Y - 62;
  const bad = look.backPart !== null && look.backPart !== 'good';
  return (
    <g data-part="upper" data-on={look.upperAt} data-counter={look.counterIn ? 'in' : 'out'}>
      {/* the rack stand at the left */}
      <rect x={30} y={470} width={100} height={10} fill="#8e9092" />
      <rect x={75} y={480} width={10} height={160} fill="#8e9092" />
      <path d={`M${x - 36} ${y + 24} q36 -40 72 0`} fill="none" stroke="#6e4326" strokeWidth={12} strokeLinecap="round" />
      {look.counterIn && <path d={`M${x - 28} ${y + 20} q28 -30 56 0`} fill="none" stroke="#e2c7a6" strokeWidth={5} />}
      {bad && <circle cx={x} cy={y + 6} r={22} fill="none" stroke="#c0231b" strokeWidth={4} data-part="defect" data-result={look.backPart ?? ''} />}
    </g>
  );
}

/** Filter-regulator and its gauge on the cabinet's left side. */
function AirUnit({ look, caption }: { look: MoulderLook; caption: Caption }) {
  return (
    <g data-part="airUnit">
      <line x1={118} y1={270} x2={150} y2={270} stroke={INK} strokeWidth={4} />
      <Gauge id="airGauge" x={80} y={260} r={36} fraction={look.airBar / AIR_FULL_SCALE_BAR} reading={caption('bar', { value: look.airBar })} />
    </g>
  );
}

export default CounterMoulderSchematic;
