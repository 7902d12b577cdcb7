import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { heatSetterLook, sameLook, type HeatSetterLook, type SlotLook } from './look.ts';

const W = 1000;
const H = 680;
const BELT_Y = 430;
/** Sheet x of each zone along the line (left: the loading end). */
const ZONE_X = { heat: [70, 330], exit: 375, chill: [480, 800], out: 880 } as const;

const slotX = (s: SlotLook): number => {
  if (s.zone === 'heat') return ZONE_X.heat[0] + (ZONE_X.heat[1] - ZONE_X.heat[0]) * s.t;
  if (s.zone === 'chill') return ZONE_X.chill[0] + (ZONE_X.chill[1] - ZONE_X.chill[0]) * s.t;
  return s.zone === 'exit' ? ZONE_X.exit : ZONE_X.out;
};

/** The line from the side: oven, outfeed, chiller and delasting table on the belt; the control box and chiller panel above. */
function HeatSetterSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useMachineSelector(heatSetterLook, sameLook);
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} />}>
      {/* Control box on the oven's entrance face */}
      <C id="isolator" at={[65, 70]} />
      <C id="heatTemp" at={[225, 70]} />
      <C id="conveyorSpeed" at={[410, 70]} />
      <C id="fan" at={[65, 200]} />
      <C id="heatOn" at={[175, 200]} />
      <C id="heatOff" at={[300, 200]} />
      <C id="steam" at={[420, 200]} />
      <C id="conveyorStart" at={[65, 270]} />
      <C id="conveyorStop" at={[175, 270]} />
      <C id="reset" at={[300, 270]} />
      <C id="estop" at={[410, 275]} label="none" />
      {/* Chiller panel */}
      <C id="chillTemp" at={[600, 70]} />
      <C id="chillerOn" at={[760, 70]} />
      <C id="chillerOff" at={[900, 70]} />
      <C id="defrost" at={[760, 150]} />
      <C id="drain" at={[900, 150]} />
      <C id="chillerDoor" at={[640, 230]} />
      {/* Along the line */}
      <C id="loadShoe" at={[120, 510]} />
      <C id="unloadShoe" at={[340, 510]} />
      <C id="pullCord" at={[600, 520]} />
      <C id="delast" at={[860, 510]} />
      <C id="tunnel" at={[120, 570]} />
      <C id="clearJam" at={[340, 570]} />
      <C id="shape" at={[860, 570]} />
      <C id="repairFan" at={[120, 630]} />
      <C id="repairController" at={[340, 630]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: HeatSetterLook; caption: (key: string, p?: Record<string, string | number>) => string }) {
  return (
    <>
      <rect x={0} y={660} width={W} height={20} fill="#c9c4b8" />
      {/* panels behind the controls */}
      <rect x={15} y={20} width={470} height={300} rx={8} fill="#e9e8e2" stroke="#4a5563" strokeWidth={3} />
      <text x={470} y={40} className="sx-part-label" textAnchor="end">{caption('controlBox')}</text>
      <rect x={515} y={20} width={470} height={280} rx={8} fill="#eef2f4" stroke="#2f6db5" strokeWidth={3} />
      <text x={970} y={290} className="sx-part-label" textAnchor="end">{caption('chillerPanel')}</text>
      <Display id="heatDisplay" x={225} y={130} text={`${look.heatDisplayC} °C`} lit={look.isolatorOn} label={caption('heatDisplay')} />
      <Display id="chillDisplay" x={600} y={140} text={`${look.chillDisplayC} °C`} lit={look.isolatorOn} label={caption('chillDisplay')} />
      <Lamp id="heatLamp" x={340} y={125} r={11} on={look.heatLamp} color="#ffb020" label={caption('heatLamp')} />
      <Lamp id="runLamp" x={395} y={125} r={11} on={look.runLamp} color="#3cff6a" label={caption('runLamp')} />
      <Lamp id="alarmLamp" x={450} y={125} r={11} on={look.alarmLamp} color="#ff2a1a" label={caption('alarmLamp')} />
      {/* belt, oven, chiller, tables */}
      <rect x={20} y={BELT_Y} width={960} height={10} fill="#2a2c2e" data-part="belt" data-running={look.running ? 'true' : 'false'} />
      <text x={420} y={BELT_Y - 12} className="sx-caption" textAnchor="middle">{caption('speed', { v: look.speedMMin })}</text>
      <rect x={100} y={340} width={230} height={90} fill="#00a68a" stroke="#c6baa4" strokeWidth={6} data-part="tunnel" />
      <text x={215} y={332} className="sx-part-label" textAnchor="middle">{caption('tunnel')}</text>
      <rect x={480} y={330} width={330} height={100} fill="#2f6db5" stroke="#eef2f4" strokeWidth={8} data-part="chiller" />
      <text x={645} y={322} className="sx-part-label" textAnchor="middle">{caption('chiller')}</text>
      <rect x={560} y={look.chillerDoorOpen ? 430 : 335} width={170} height={look.chillerDoorOpen ? 20 : 90} fill="#9cc0e8" opacity={0.8} data-part="chillerDoor" data-open={look.chillerDoorOpen ? 'true' : 'false'} />
      {[100, 330, 480, 810].map((x) => <rect key={x} x={x - 3} y={380} width={6} height={50} fill="#e4d9bf" />)}
      {[30, 240, 455, 720, 960].map((x) => <rect key={x} x={x} y={BELT_Y + 10} width={12} height={220} fill="#7b8088" />)}
      <line x1={20} y1={470} x2={980} y2={470} stroke={look.cord ? '#c21f1a' : '#e8c21a'} strokeWidth={4} strokeDasharray={look.cord ? '10 6' : undefined} data-part="pullCord" />
      {look.slots.map((s, i) =>
        s.zone === null ? null : (
          <g key={i} data-part="shoe" data-zone={s.zone} transform={`translate(${slotX(s)} ${BELT_Y})`}>
            <rect x={-22} y={-34} width={44} height={34} rx={8} fill="#3b2416" stroke="#c9b18a" strokeWidth={3} />
          </g>
        ),
      )}
    </>
  );
}

export default HeatSetterSchematic;
