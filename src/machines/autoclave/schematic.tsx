import { useMachineSelector, useSessionHandle, useSessionSelector } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Gauge } from '../../ui/schematic/Gauge.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { autoclaveLook, readings, sameLook, type AutoclaveLook, type Readings } from './look.ts';

const W = 1000;
const H = 680;
const GAUGE_FULL_KPA = 400;
const THERMO_FULL_C = 200;

/** The autoclave from the side: the tank with its door on the right, valves on top, the cart track, and the cabinet. */
function AutoclaveSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useMachineSelector(autoclaveLook, sameLook);
  const read = useSessionSelector(readings);
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} read={read} caption={(k) => tm(module.id, `schematic.${k}`)} />}>
      {/* Valves and checks on top of the tank */}
      <C id="supplyValve" at={[150, 60]} />
      <C id="ventValve" at={[300, 60]} />
      <C id="freeVent" at={[300, 130]} />
      <C id="safetyLever" at={[450, 60]} />
      <C id="safetyValve" at={[450, 130]} />
      <C id="drain" at={[330, 560]} />
      {/* Door */}
      <C id="door" at={[600, 230]} />
      <C id="doorLock" at={[600, 310]} />
      <C id="doorSeal" at={[600, 390]} />
      <C id="replaceSeal" at={[600, 450]} />
      {/* Work */}
      <C id="cart" at={[700, 560]} />
      <C id="reload" at={[700, 630]} />
      <C id="gloves" at={[540, 630]} />
      {/* Cabinet */}
      <C id="controller" at={[870, 300]} />
      <C id="setpoint" at={[870, 370]} label="none" />
      <C id="cureTime" at={[870, 430]} label="none" />
      <C id="estop" at={[870, 510]} label="none" />
    </SchematicSheet>
  );
}

function Drawing({ look, read, caption }: { look: AutoclaveLook; read: Readings; caption: (key: string) => string }) {
  const doorOpen = look.door === 'open';
  return (
    <>
      <rect x={0} y={660} width={W} height={20} fill="#c9c4b8" />
      {/* tank lying on saddles, door at the right end */}
      <rect x={60} y={180} width={460} height={300} rx={150} fill="#a9aea8" stroke="#4a5563" strokeWidth={4} data-part="tank" />
      {[130, 290, 450].map((x) => (
        <rect key={x} x={x - 40} y={470} width={80} height={190} fill="#2b2d2f" />
      ))}
      <text x={290} y={335} className="sx-part-label" textAnchor="middle">
        {caption('tank')}
      </text>
      <rect
        x={doorOpen ? 540 : 515}
        y={doorOpen ? 150 : 175}
        width={30}
        height={310}
        rx={12}
        fill={look.door === 'locked' ? '#e8b800' : '#a9aea8'}
        stroke="#2b2d2f"
        strokeWidth={3}
        data-part="door"
        data-door={look.door}
        transform={doorOpen ? 'rotate(-20 555 150)' : undefined}
      />
      {/* rails and the cart */}
      <rect x={60} y={455} width={820} height={8} fill="#7b8088" />
      <g data-part="cart" data-in={look.cartIn ? 'true' : 'false'} transform={`translate(${look.cartIn ? 250 : 700} 330)`}>
        <rect x={-70} y={0} width={140} height={120} fill="none" stroke="#d0d4d8" strokeWidth={5} />
        {look.shoesOnCart && [20, 55, 90].map((y) => <rect key={y} x={-60} y={y} width={120} height={18} fill="#2f4e86" stroke="#eeede6" strokeWidth={3} />)}
      </g>
      {/* steam plume from the vent */}
      {read.blowing && <ellipse cx={300} cy={110} rx={40} ry={26} fill="#f4f6f8" opacity={0.8} data-part="plume" />}
      <Gauge id="pressureGauge" x={130} y={120} r={40} fraction={read.kpa / GAUGE_FULL_KPA} reading={`${read.kpa}`} label={caption('pressureGauge')} />
      <Gauge id="thermometerGauge" x={220} y={260} r={36} fraction={read.tempC / THERMO_FULL_C} reading={`${read.tempC}`} label={caption('thermometerGauge')} />
      {/* control cabinet */}
      <rect x={790} y={120} width={180} height={540} rx={8} fill="#c5c7c4" stroke="#4a5563" strokeWidth={4} />
      <text x={880} y={145} className="sx-part-label" textAnchor="middle">
        {caption('cabinet')}
      </text>
      <Lamp id="runLamp" x={830} y={210} r={12} on={look.controllerOn} color="#3cff6a" label={caption('runLamp')} />
      <Lamp id="pressureLamp" x={880} y={210} r={12} on={look.pressurised} color="#ffb020" label={caption('pressureLamp')} />
      <Lamp id="alarmLamp" x={930} y={210} r={12} on={look.alarm} color="#ff2a1a" label={caption('alarmLamp')} />
    </>
  );
}

export default AutoclaveSchematic;
