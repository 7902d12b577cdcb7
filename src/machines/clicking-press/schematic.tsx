import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Gauge } from '../../ui/schematic/Gauge.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { PRESSURE_SETTINGS_T } from './constants.ts';
import { clickingPressLook, sameLook, type ClickingPressLook } from './look.ts';

const W = 1060;
const H = 660;
const MAX_T = PRESSURE_SETTINGS_T[PRESSURE_SETTINGS_T.length - 1] ?? 20;
/** How far the beam is drawn lower on a stroke, drawing units. */
const STROKE = 22;

/** The clicking press from the operator's side: cabinet and board, the swing beam with its two buttons, the panel on the right. */
function ClickingPressSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useMachineSelector(clickingPressLook, sameLook);
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} />}>
      {/* Checks: the floor, the oil, the dies on their rack */}
      <C id="floorMark" at={[90, 630]} />
      <C id="oilSightGlass" at={[215, 545]} />
      <C id="oilFillCap" at={[215, 470]} />
      <C id="dieRack" at={[90, 40]} />
      <C id="swapDie" at={[90, 225]} />
      <C id="die" at={[90, 345]} column />
      {/* The board and the work on it */}
      <C id="board" at={[420, 385]} />
      <C id="turnBoard" at={[420, 455]} />
      <C id="cleanBoard" at={[420, 525]} />
      <C id="material" at={[640, 385]} />
      <C id="hideSide" at={[640, 455]} />
      <C id="diePlace" at={[640, 535]} />
      <C id="moveDie" at={[700, 615]} />
      <C id="removePart" at={[470, 615]} />
      {/* The beam: swung over the die or aside, its two buttons, the depth wheel on top */}
      <C id="arm" at={[560, 70]} />
      <C id="buttonLeft" at={[420, 185]} look="black" />
      <C id="buttonRight" at={[740, 185]} look="black" />
      <C id="depth" at={[850, 30]} label="none" />
      {/* The panel */}
      <C id="pressure" at={[950, 215]} label="none" />
      <C id="mainSwitch" at={[950, 268]} />
      <C id="pumpStart" at={[895, 392]} />
      <C id="pumpStop" at={[1005, 392]} look="stop" />
      <C id="modeSelector" at={[950, 462]} />
      <C id="modeKey" at={[950, 528]} />
      <C id="estop" at={[900, 605]} label="none" />
      <C id="reset" at={[1005, 605]} look="blue" />
      <C id="reportMechanic" at={[775, 262]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: ClickingPressLook; caption: (key: string, params?: Record<string, number>) => string }) {
  const beamY = look.beamDown ? STROKE : 0;
  const leather = look.material === 'scrap' ? '#c9a27a' : look.grainUp ? '#8a5a34' : '#e2c7a6';
  return (
    <>
      {/* floor (the yellow floor marking at the operator's place), cabinet, column */}
      <rect x={0} y={612} width={W} height={48} fill="#c9c4b8" />
      <rect x={20} y={604} width={150} height={8} fill="#f2d21b" opacity={0.9} />
      <rect x={320} y={330} width={480} height={282} rx={8} fill="#3f6e96" stroke="#1f3a5f" strokeWidth={4} />
      <rect x={760} y={60} width={48} height={280} fill="#35597a" stroke="#1f3a5f" strokeWidth={4} />
      {/* oil sight glass on the cabinet's side, the fill cap above it */}
      <circle cx={340} cy={470} r={10} fill="#30343a" />
      <rect x={326} y={505} width={28} height={70} rx={4} fill="#eef5f8" stroke="#1f3a5f" strokeWidth={3} />
      <rect x={329} y={look.oilLow ? 560 : 510} width={22} height={look.oilLow ? 12 : 62} fill="#c28a12" data-part="oil" data-low={look.oilLow ? 'true' : 'false'} />
      <text x={340} y={600} className="sx-caption" textAnchor="middle" fill="#fff">
        {caption('oil')}
      </text>
      {/* the cutting board and what lies on it */}
      <rect x={335} y={300} width={450} height={30} rx={3} fill={look.boardGrooved ? '#b9b6a8' : '#e8e3c9'} stroke="#6b6650" strokeWidth={3} data-part="board" />
      {look.boardGrooved && <path d="M370 312 h120 M550 318 h140" stroke="#6b6650" strokeWidth={3} />}
      <text x={560} y={352} className="sx-part-label" textAnchor="middle" fill="#fff">
        {caption('board')}
      </text>
      {look.material && <rect x={400} y={289} width={320} height={11} rx={3} fill={leather} stroke="#5a3a20" strokeWidth={2} data-part="material" />}
      {look.die && <path d={look.dieOnDefect ? 'M420 288 l30 -18 h70 l30 18 z' : 'M520 288 l30 -18 h70 l30 18 z'} fill="none" stroke="#8c8c8c" strokeWidth={5} data-part="die" />}
      {look.cut !== 'none' && <rect x={530} y={280} width={90} height={8} fill={look.cut === 'clean' ? '#d9a066' : '#b33'} data-part="cut" data-cut={look.cut} />}
      {/* the die rack on the wall */}
      <rect x={25} y={70} width={130} height={125} rx={6} fill="#d7d2c4" stroke="#6b6650" strokeWidth={3} />
      {[105, 140, 175].map((y) => (
        <path key={y} d={`M50 ${y} l18 -14 h44 l18 14 z`} fill="none" stroke="#8c8c8c" strokeWidth={4} />
      ))}
      {/* the swing beam: over the board (lower on a stroke), or swung aside round the column */}
      {look.armAside ? (
        <rect x={690} y={150} width={190} height={62} rx={10} fill="#4f7fa8" stroke="#1f3a5f" strokeWidth={4} opacity={0.6} data-part="beam" data-aside="true" />
      ) : (
        <g transform={`translate(0 ${beamY})`} data-part="beam" data-aside="false">
          <rect x={360} y={150} width={448} height={62} rx={10} fill="#4f7fa8" stroke="#1f3a5f" strokeWidth={4} />
          <rect x={530} y={212} width={120} height={14} fill="#7b8a96" />
        </g>
      )}
      {/* depth handwheel atop the column */}
      <circle cx={784} cy={40} r={26} fill="none" stroke="#2a2e33" strokeWidth={8} />
      <line x1={784} y1={40} x2={784 + 24 * Math.cos(look.depthNotch)} y2={40 + 24 * Math.sin(look.depthNotch)} stroke="#2a2e33" strokeWidth={6} />
      {/* the panel */}
      <rect x={845} y={160} width={210} height={475} rx={10} fill="#d8dde3" stroke="#4a5563" strokeWidth={4} />
      <Gauge id="pressureGauge" x={950} y={95} r={50} fraction={look.gauge} reading={`${Math.round(look.gauge * MAX_T)} t`} />
      <Display id="pressureSetting" x={950} y={180} width={90} text={`${look.pressureT} t`} lit={look.mainOn} />
      <Lamp id="powerLamp" x={895} y={318} r={12} on={look.mainOn} color="#fff4c0" label={caption('powerLamp')} />
      <Lamp id="pumpLamp" x={1005} y={318} r={12} on={look.pumpOn} color="#3cff6a" label={caption('pumpLamp')} />
      {/* finished parts in the bin */}
      <rect x={570} y={575} width={70} height={35} fill="#8c6d46" opacity={0.6} />
      <text x={605} y={648} className="sx-caption" textAnchor="middle">
        {caption('bin', { count: look.partsInBin })}
      </text>
    </>
  );
}

export default ClickingPressSchematic;
