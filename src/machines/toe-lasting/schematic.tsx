import { useSessionHandle, useMachineSelector } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Gauge } from '../../ui/schematic/Gauge.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { AIR_MPA, HYDRAULIC_MPA } from './constants.ts';
import { sameLook, toeLastingLook, type ToeLastingLook } from './look.ts';

const W = 1100;
const H = 660;
/** Colours of machine-shapes.md §4 (Dalong type): ivory body, signal-red louvres and lamp frame, teal foot switch. */
const IVORY = '#e8e6d7';
const RED = '#ce2f2b';
const TEAL = '#02685b';
const BRONZE = '#9c7a3c';
const INK = '#2a2e33';
const STEEL = '#c9cdd0';
/** Full scale of the two round gauges (the same as the 3D view's dials). */
const HYDRAULIC_FULL_SCALE_MPA = 10;
const AIR_FULL_SCALE_MPA = 1;
/** The pincer ring's centre on the drawing, its half-width and the nine pincers' places along it. */
const RING = { x: 390, y: 290, rx: 110, ry: 46 } as const;
const PINCERS = 9;
/** Drawing units per mm of the last's offset against the light line (exaggerated so 2 mm shows). */
const OFFSET_UNITS_PER_MM = 6;

type Caption = (key: string, params?: Record<string, number | string>) => string;
/** A pressure as the language writes it (Indonesian uses a decimal comma). */
type Mpa = (value: number) => string;

/** The same look the 3D view draws (look.ts), a new object only on a change. */
function useLook(): ToeLastingLook {
  return useMachineSelector(toeLastingLook, sameLook);
}

/**
 * The toe laster from where the operator stands: the main tower (hood, red lamp frame, touch
 * screen on its arm, horseshoe of pincers round the last, front switch panel, base), the side
 * cabinet right with its two gauges, buttons, lamps and the melt controller, the foot switch on the floor.
 */
function ToeLastingSchematic() {
  const { module } = useSessionHandle();
  const { tm, lang } = useI18n();
  const look = useLook();
  const meltTemp = useMachineSelector((s) => module.readControl(s, 'meltTemp') ?? '');
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} meltTemp={meltTemp} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} mpa={(v) => tm(module.id, 'schematic.mpa', { value: lang === 'id' ? String(v).replace('.', ',') : String(v) })} />}>
      {/* In the order of controls.ts (the panel's order, which the guide's hints follow); each where it sits on the machine */}
      <C id="oilLevel" at={[112, 560]} />
      <C id="topUpOil" at={[112, 602]} />
      <C id="airFilter" at={[1010, 420]} />
      <C id="drainFilter" at={[1010, 590]} />
      <C id="meltTank" at={[112, 190]} />
      <C id="fillGranulate" at={[112, 230]} />
      <C id="pincers" at={[320, 172]} />
      <C id="cleanPincers" at={[470, 205]} />
      <C id="clearNozzle" at={[112, 272]} />
      <C id="repairHeater" at={[765, 612]} />
      <C id="mainSwitch" at={[698, 290]} />
      <C id="pumpStart" at={[690, 385]} />
      <C id="pumpStop" at={[810, 385]} look="stop" />
      <C id="heaterOn" at={[690, 470]} />
      <C id="heaterOff" at={[810, 470]} look="stop" />
      <C id="meltTemp" at={[850, 300]} label="below" />
      <C id="estop" at={[112, 470]} label="none" />
      <C id="cabinetEstop" at={[810, 550]} label="none" />
      <C id="reset" at={[690, 550]} look="blue" />
      <C id="program" at={[150, 100]} />
      <C id="side" at={[480, 492]} />
      <C id="pull" at={[310, 428]} />
      <C id="wiper" at={[480, 428]} />
      <C id="dwell" at={[310, 492]} />
      <C id="sidePincers" at={[395, 552]} />
      <C id="centreLight" at={[330, 38]} />
      <C id="placeLast" at={[112, 335]} />
      <C id="lastPosition" at={[390, 365]} />
      <C id="centreLine" at={[582, 240]} />
      <C id="pedalForward" at={[465, 612]} look="black" />
      <C id="pedalBack" at={[570, 612]} look="black" />
      <C id="toe" at={[582, 335]} />
      <C id="removeLast" at={[112, 380]} />
    </SchematicSheet>
  );
}

function Drawing({ look, meltTemp, caption, mpa }: { look: ToeLastingLook; meltTemp: string; caption: Caption; mpa: Mpa }) {
  return (
    <>
      <rect x={0} y={640} width={W} height={20} fill="#c9c4b8" />
      <Tower look={look} />
      <Ring look={look} />
      <Cabinet look={look} meltTemp={meltTemp} caption={caption} mpa={mpa} />
      {/* two-pedal foot switch lying on the floor */}
      <rect x={430} y={618} width={170} height={22} rx={6} fill={TEAL} stroke={INK} strokeWidth={2} data-part="footSwitch" />
    </>
  );
}

/** Base cabinet, head, sloping hood, red lamp frame with its beam, touch screen, melt pot, switch panel. */
function Tower({ look }: { look: ToeLastingLook }) {
  return (
    <g data-part="tower">
      <rect x={220} y={400} width={340} height={240} rx={6} fill={IVORY} stroke={INK} strokeWidth={3} />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <rect key={i} x={205} y={420 + i * 36} width={15} height={24} fill={RED} stroke={INK} strokeWidth={1} />
      ))}
      <rect x={230} y={190} width={320} height={210} rx={8} fill={IVORY} stroke={INK} strokeWidth={3} />
      <path d="M245 190 L280 60 H500 L535 190 Z" fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={350} y={90} width={80} height={40} rx={4} fill="#9fb6c4" stroke={INK} strokeWidth={2} />
      {/* red cross-line lamp frame; its beam on the toe when lit */}
      <path d="M255 190 V40 H305" fill="none" stroke={RED} strokeWidth={8} />
      {look.beamShown && <line x1={RING.x} y1={120} x2={RING.x} y2={RING.y + 40} stroke="#ff2a1a" strokeWidth={3} opacity={0.85} data-part="beam" />}
      {/* touch screen on its arm */}
      <line x1={205} y1={100} x2={280} y2={100} stroke={INK} strokeWidth={6} />
      <rect x={90} y={60} width={120} height={80} rx={6} fill={look.powered ? '#10263a' : '#4a4f55'} stroke="#55595f" strokeWidth={5} data-part="screen" data-on={look.powered ? 'true' : 'false'} />
      {/* melt pot and heater box on the head's upper left */}
      <rect x={236} y={205} width={50} height={50} rx={4} fill="#55595f" stroke={INK} strokeWidth={2} data-part="meltPot" />
      {/* front switch panel, inclined, under the head */}
      <rect x={228} y={400} width={334} height={185} rx={6} fill="#55595f" stroke={INK} strokeWidth={2} />
      {/* base e-stop boss, oil sight glass (bronze) and filler */}
      <rect x={87} y={445} width={50} height={50} rx={6} fill="#f2d21b" stroke={INK} strokeWidth={2} />
      <line x1={137} y1={470} x2={205} y2={470} stroke={INK} strokeWidth={2} strokeDasharray="4 4" />
      <rect x={236} y={592} width={40} height={40} rx={20} fill={BRONZE} stroke={INK} strokeWidth={2} data-part="oilSightGlass" />
      <line x1={236} y1={612} x2={276} y2={612} stroke="#e0b84a" strokeWidth={4} />
      <line x1={212} y1={602} x2={236} y2={610} stroke={INK} strokeWidth={2} strokeDasharray="4 4" />
    </g>
  );
}

/** The horseshoe of pincers round the toe, the last bottom-up on its rest, wipers and the melt nozzle. */
function Ring({ look }: { look: ToeLastingLook }) {
  const lastX = RING.x + look.lastOffsetMm * OFFSET_UNITS_PER_MM;
  const pulled = look.pincers === 2;
  const margin = look.result === 'torn' ? '#120a06' : '#5a3520';
  return (
    <g data-part="ring" data-pincers={look.pincers}>
      {/* the last support rising from below */}
      <rect x={RING.x - 12} y={look.lastOnRest ? 320 : 345} width={24} height={80} fill={STEEL} stroke={INK} strokeWidth={2} />
      {look.lastOnRest && (
        <g data-part="last" data-offset={look.lastOffsetMm}>
          <ellipse cx={lastX} cy={RING.y + 22} rx={78} ry={24} fill="#d9c9a3" stroke={INK} strokeWidth={2} />
          {look.marginDown ? (
            <ellipse cx={lastX} cy={RING.y + 12} rx={70} ry={12} fill={margin} stroke={INK} strokeWidth={1} />
          ) : (
            <path d={`M${lastX - 76} ${RING.y + 18} q76 -44 152 0`} fill="none" stroke={margin} strokeWidth={9} />
          )}
          <line x1={lastX} y1={RING.y - 6} x2={lastX} y2={RING.y + 30} stroke="#f2f2ee" strokeWidth={4} data-part="centreMark" />
          {look.result && look.result !== 'good' && <circle cx={lastX} cy={RING.y + 14} r={16} fill="none" stroke="#c0231b" strokeWidth={4} data-part="defect" data-result={look.result} />}
        </g>
      )}
      {/* nine pincers along the horseshoe; the toe one grips first, the sides pull with it */}
      {Array.from({ length: PINCERS }, (_, i) => {
        const a = Math.PI * (i / (PINCERS - 1));
        const x = RING.x - RING.rx * Math.cos(a);
        const y = RING.y - RING.ry * Math.sin(a);
        const toe = i === (PINCERS - 1) / 2;
        const grip = toe ? look.pincers > 0 : pulled && look.sidePincersOn;
        const lift = grip && pulled ? -12 : 0;
        return (
          <g key={i} transform={`translate(0 ${lift})`}>
            <line x1={x} y1={y - 50} x2={x} y2={y} stroke={BRONZE} strokeWidth={toe ? 12 : 9} />
            <rect x={x - 7} y={y} width={14} height={grip ? 10 : 16} fill={grip ? INK : '#55595f'} />
          </g>
        );
      })}
      {/* the wiper plates closing over the toe, and the hot-melt nozzle sweeping in */}
      <rect x={look.wipersIn ? RING.x - 70 : RING.x - 140} y={RING.y + 2} width={60} height={8} fill="#f4f4f0" stroke={INK} strokeWidth={2} data-part="wipers" data-in={look.wipersIn ? 'true' : 'false'} />
      <rect x={look.wipersIn ? RING.x + 10 : RING.x + 80} y={RING.y + 2} width={60} height={8} fill="#f4f4f0" stroke={INK} strokeWidth={2} />
      <line x1={286} y1={245} x2={look.nozzleIn ? RING.x - 40 : 290} y2={look.nozzleIn ? RING.y + 6 : 270} stroke="#30343a" strokeWidth={6} strokeLinecap="round" data-part="nozzle" />
    </g>
  );
}

/** The side cabinet: louvres, two gauges, lamps and the melt controller's red LED. */
function Cabinet({ look, meltTemp, caption, mpa }: { look: ToeLastingLook; meltTemp: string; caption: Caption; mpa: Mpa }) {
  return (
    <g data-part="cabinet">
      <path d="M640 640 V120 L670 90 H890 V640 Z" fill={IVORY} stroke={INK} strokeWidth={3} />
      {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
        <rect key={i} x={895} y={130 + i * 60} width={20} height={40} fill={RED} stroke={INK} strokeWidth={1} />
      ))}
      <Gauge id="hydraulicGauge" x={700} y={165} r={38} fraction={(look.pressureOk ? HYDRAULIC_MPA : 0) / HYDRAULIC_FULL_SCALE_MPA} reading={mpa(look.pressureOk ? HYDRAULIC_MPA : 0)} label={caption('hydraulicGauge')} />
      <Gauge id="airGauge" x={830} y={165} r={38} fraction={AIR_MPA / AIR_FULL_SCALE_MPA} reading={mpa(AIR_MPA)} label={caption('airGauge')} />
      <Display id="tempController" x={850} y={256} width={100} text={`${meltTemp}°C`} lit={look.heaterOn} />
      <Lamp id="pumpLamp" x={750} y={338} on={look.pumpRunning} color="#40ff60" r={11} />
      <Lamp id="heaterReadyLamp" x={750} y={424} on={look.meltReady} color="#ffb020" r={11} />
      {/* the air filter-regulator with its bowl, on the cabinet's side */}
      <rect x={925} y={470} width={40} height={90} rx={10} fill="#bfe3f2" stroke={INK} strokeWidth={2} opacity={0.9} data-part="filterBowl" />
      <line x1={915} y1={480} x2={925} y2={480} stroke={INK} strokeWidth={4} />
    </g>
  );
}

export default ToeLastingSchematic;
