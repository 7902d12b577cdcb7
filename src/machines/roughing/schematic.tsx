import { useEffect } from 'react';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { Display } from '../../ui/schematic/Display.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import type { RoughingLook } from './lookTypes.ts';
import { useRoughingLook } from './useRoughingLook.tsx';

const W = 1000;
const H = 660;
/** While the wheel works a shoe the band grows in process steps that notify nobody: re-read this often (a view matter). */
const WORK_POLL_MS = 150;

/** The roughing machine from the front: dust bag and PPE hook left, the booth with motor and panel centre, the working bay right. */
function RoughingSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const { look, refresh } = useRoughingLook();
  useEffect(() => {
    if (!look.spindleRunning || !look.shoeHeld) return;
    const poll = setInterval(refresh, WORK_POLL_MS);
    return () => clearInterval(poll);
  }, [look.spindleRunning, look.shoeHeld, refresh]);
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} />}>
      {/* Protective equipment */}
      <C id="earMuffs" at={[90, 150]} />
      <C id="safetyGlasses" at={[90, 220]} />
      <C id="dustMask" at={[90, 290]} />
      {/* Checks */}
      <C id="dustBag" at={[250, 120]} />
      <C id="wheel" at={[250, 330]} />
      {/* The panel */}
      <C id="speed" at={[500, 330]} trackPx={110} />
      <C id="spindleStart" at={[420, 400]} />
      <C id="spindleStop" at={[500, 400]} />
      <C id="estop" at={[590, 400]} label="none" />
      <C id="reversingSwitch" at={[440, 470]} />
      <C id="extractionSwitch" at={[630, 470]} />
      <C id="sharpeningStone" at={[760, 330]} />
      {/* The work */}
      <C id="shoe" at={[880, 95]} />
      <C id="pressure" at={[880, 235]} trackPx={110} />
      <C id="pathOffset" at={[880, 325]} trackPx={110} />
      <C id="band" at={[880, 410]} />
      {/* Care */}
      <C id="cleanUp" at={[250, 540]} />
      <C id="emptyBag" at={[90, 540]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: RoughingLook; caption: (key: string, params?: Record<string, number>) => string }) {
  const turning = look.spindleRunning;
  return (
    <>
      <rect x={0} y={630} width={W} height={30} fill="#c9c4b8" />
      {/* cabinet with blue doors */}
      <rect x={180} y={500} width={640} height={130} fill="#b4b8bc" stroke="#4a5563" strokeWidth={3} />
      <rect x={195} y={512} width={300} height={110} fill="#184d9a" />
      <rect x={505} y={512} width={300} height={110} fill="#184d9a" />
      {/* booth */}
      <rect x={170} y={170} width={660} height={330} fill="#dfe2e5" stroke="#4a5563" strokeWidth={4} />
      <rect x={160} y={160} width={680} height={16} fill="#b4b8bc" />
      {/* dust bag on the roof, inflated while the fan pulls */}
      <rect x={190} y={look.extractionOn ? 20 : 40} width={look.extractionOn ? 110 : 90} height={look.extractionOn ? 140 : 120} rx={40} fill={look.bagFull ? '#d8cfae' : '#edebe4'} stroke="#6b6650" strokeWidth={3} data-part="bag" />
      <text x={245} y={15} className="sx-caption" textAnchor="middle">
        {caption('extraction')}
      </text>
      {/* motor, spindle, wheels */}
      <rect x={420} y={200} width={160} height={80} rx={10} fill="#184d9a" />
      <line x1={240} y1={240} x2={760} y2={240} stroke="#7b8a96" strokeWidth={8} />
      {[290, 710].map((x) => (
        <g key={x}>
          <circle cx={x} cy={240} r={45} fill="#6f7377" stroke="#2a2e33" strokeWidth={4} data-part="wheel" data-turning={turning ? 'true' : 'false'} />
          {turning && <circle cx={x} cy={240} r={32} fill="none" stroke="#b0b5ba" strokeWidth={6} strokeDasharray="8 10" />}
        </g>
      ))}
      <text x={710} y={305} className="sx-caption" textAnchor="middle">
        {caption('wheel')}
      </text>
      {turning && (
        <text x={710} y={185} className="sx-caption" textAnchor="middle" data-part="direction">
          {look.direction > 0 ? '↻' : '↺'}
        </text>
      )}
      {look.stoneOn && <rect x={740} y={270} width={40} height={16} fill="#8e887c" />}
      {/* panel */}
      <rect x={380} y={300} width={240} height={200} fill="#184d9a" opacity={0.25} />
      <Lamp id="spindleLamp" x={620} y={330} on={look.spindleRunning && !look.estopLatched} color="#3cff6a" r={11} />
      <Display id="inverterDisplay" x={500} y={290} width={100} text={caption('rpm', { rpm: look.speedRpm })} lit={!look.estopLatched} />
      {/* the shoe at the right wheel, its roughed band growing */}
      {look.shoeHeld && (
        <g data-part="shoe" transform={`translate(${look.pathOffsetMm * 4} ${-look.pressure * 12})`}>
          <ellipse cx={720} cy={330} rx={30} ry={60} fill="#2e2622" />
          <rect x={700} y={270} width={8} height={120 * look.roughed} fill={look.burnt ? '#3a1a0a' : '#d2bc9c'} />
          <text x={720} y={410} className="sx-caption" textAnchor="middle">
            {caption('roughed', { pct: Math.round(look.roughed * 100) })}
          </text>
        </g>
      )}
      {look.intoUpper && <circle cx={740} cy={300} r={9} fill="#c0231b" />}
      {look.dustOnLedge && <rect x={640} y={488} width={140} height={8} fill="#cbb89a" data-part="dust" />}
    </>
  );
}

export default RoughingSchematic;
