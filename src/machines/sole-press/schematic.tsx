import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Gauge } from '../../ui/schematic/Gauge.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { REGULATOR_SETTINGS_BAR } from './constants.ts';
import { sameLook, solePressLook, type SolePressLook } from './look.ts';

const W = 1000;
const H = 680;
const GAUGE_FULL_BAR = (REGULATOR_SETTINGS_BAR[REGULATOR_SETTINGS_BAR.length - 1] ?? 7) + 3;
const IR_COLOR = { off: '#5b6068', standby: '#e07a3a', full: '#ff3b1f' } as const;

/** The sole press station from the front: the reactivator on the left, the press in the middle, its panel and the air supply on the right. */
function SolePressSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useMachineSelector(solePressLook, sameLook);
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k) => tm(module.id, `schematic.${k}`)} />}>
      {/* Reactivator */}
      <C id="repairReactivator" at={[175, 62]} />
      <C id="tray" at={[175, 245]} />
      <C id="solePrep" at={[175, 290]} />
      <C id="upperPrep" at={[175, 338]} />
      <C id="reprepareSole" at={[175, 386]} />
      <C id="reactivatorTemp" at={[100, 505]} label="none" />
      <C id="reactivatorTimer" at={[250, 505]} label="none" />
      <C id="reactivatorSwitch" at={[100, 580]} />
      <C id="reactivatorEstop" at={[250, 580]} label="none" />
      {/* The press and the work in it */}
      <C id="soleEdges" at={[520, 62]} />
      <C id="laySole" at={[455, 215]} />
      <C id="peelSole" at={[600, 215]} />
      <C id="shoe" at={[520, 290]} />
      <C id="handsZone" at={[520, 390]} />
      <C id="clearZone" at={[612, 345]} />
      <C id="sensorTestRod" at={[430, 345]} />
      <C id="pad" at={[520, 466]} />
      <C id="replacePad" at={[520, 506]} />
      <C id="toeJack" at={[450, 585]} column />
      <C id="heelJack" at={[590, 585]} column />
      {/* Press panel */}
      <C id="mainSwitch" at={[770, 215]} />
      <C id="modeSelector" at={[910, 215]} />
      <C id="pressTime" at={[840, 285]} label="none" />
      <C id="start" at={[740, 350]} />
      <C id="stop" at={[840, 350]} look="stop" />
      <C id="reset" at={[940, 350]} look="blue" />
      <C id="estop" at={[840, 425]} label="none" />
      {/* Air supply */}
      <C id="airLineValve" at={[850, 515]} />
      <C id="airRegulator" at={[850, 575]} label="none" />
      <C id="compressor" at={[960, 645]} />
      <C id="filterBowl" at={[715, 645]} />
      <C id="filterDrain" at={[845, 645]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: SolePressLook; caption: (key: string) => string }) {
  const coverY = look.coverClosed ? 150 : 110;
  const work = (
    <g data-part="work">
      <path d="M-55 0 q10 -34 60 -34 h30 q20 0 20 34 z" fill="#6b3f22" stroke="#2a1a10" strokeWidth={2} />
      {look.soleOnShoe && <rect x={-58} y={0} width={116} height={9} rx={4} fill={look.toeGap || look.heelGap ? '#d9a066' : '#30343a'} />}
    </g>
  );
  return (
    <>
      <rect x={0} y={660} width={W} height={20} fill="#c9c4b8" />
      {/* reactivator cabinet: IR lamps over the tray, displays, knobs */}
      <rect x={30} y={100} width={290} height={500} rx={10} fill="#d8dde3" stroke="#4a5563" strokeWidth={4} />
      <text x={175} y={130} className="sx-part-label" textAnchor="middle">
        {caption('reactivator')}
      </text>
      <rect x={60} y={145} width={220} height={34} rx={6} fill={IR_COLOR[look.irLamps]} data-part="irLamps" data-ir={look.irLamps} />
      <Lamp id="reactivatorLamps" x={42} y={162} r={9} on={look.irLamps !== 'off'} color={IR_COLOR[look.irLamps === 'off' ? 'standby' : look.irLamps]} />
      <rect x={look.trayIn ? 60 : 20} y={195} width={230} height={16} rx={3} fill="#9aa3ad" stroke="#4a5563" strokeWidth={2} data-part="tray" />
      {look.work === 'tray' && <g transform={`translate(${look.trayIn ? 175 : 135} 195)`}>{work}</g>}
      {look.work === 'bench' && <g transform="translate(175 655)">{work}</g>}
      <Display id="reactivatorDisplay" x={100} y={450} width={110} text={`${Math.round(look.reactivatorDisplayC)}`} lit={look.reactivatorDisplayLit} label={caption('reactivatorDisplay')} />
      <Display id="reactivatorTimer" x={250} y={450} width={90} text={`${Math.ceil(look.reactivatorTimerS)}`} lit={look.reactivatorDisplayLit} label={caption('reactivatorTimer')} />
      <Lamp id="reactivatorReadyLamp" x={300} y={162} r={11} on={look.reactivatorReadyLamp} color="#3cff6a" label={caption('reactivatorReadyLamp')} />
      {/* the press: frame, cover (down when closing), the pad and the jacks */}
      <rect x={390} y={90} width={260} height={540} rx={10} fill="#4a6f8a" stroke="#1f3a5f" strokeWidth={4} />
      <rect x={410} y={coverY} width={220} height={40} rx={8} fill="#35597a" stroke="#1f3a5f" strokeWidth={3} data-part="cover" />
      <rect x={430} y={look.padInflated ? 410 : 420} width={180} height={look.padInflated ? 40 : 30} rx={14} fill="#2a2e33" data-part="pad" />
      {look.work === 'pad' && <g transform="translate(520 410)">{work}</g>}
      {look.work === 'hand' && <g transform="translate(520 270)" opacity={0.7}>{work}</g>}
      {/* light curtain posts and their beam */}
      <rect x={395} y={250} width={10} height={180} fill="#f2d21b" />
      <rect x={635} y={250} width={10} height={180} fill="#f2d21b" />
      {look.beamShown && <line x1={405} y1={390} x2={635} y2={390} stroke="#ff2a1a" strokeWidth={4} data-part="beam" />}
      <text x={520} y={650} className="sx-part-label" textAnchor="middle">
        {caption('press')}
      </text>
      {/* press panel */}
      <rect x={690} y={95} width={300} height={380} rx={10} fill="#d8dde3" stroke="#4a5563" strokeWidth={4} />
      <Lamp id="pressPowerLamp" x={730} y={135} r={12} on={look.pressPowerLamp} color="#fff4c0" />
      <Display id="pressTimerDisplay" x={830} y={135} width={100} text={`${Math.ceil(look.pressTimerS)}`} lit={look.pressTimerLit} />
      <Gauge id="pressGauge" x={935} y={140} r={38} fraction={look.pressGaugeBar / GAUGE_FULL_BAR} reading={`${look.pressGaugeBar.toFixed(1)}`} />
      {/* air supply: filter-regulator and its gauge */}
      <rect x={690} y={490} width={300} height={120} rx={10} fill="#e8eaed" stroke="#4a5563" strokeWidth={3} />
      <Gauge id="airGauge" x={735} y={545} r={36} fraction={look.airGaugeBar / GAUGE_FULL_BAR} reading={`${look.airGaugeBar.toFixed(1)}`} />
    </>
  );
}

export default SolePressSchematic;
