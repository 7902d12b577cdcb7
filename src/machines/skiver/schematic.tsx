import { useCallback, useEffect, useState } from 'react';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import type { Session } from '../../engine/session.ts';
import { useI18n } from '../../common/i18n.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { sameLook, skiverLook } from './look.ts';
import type { SkiverLook } from './lookTypes.ts';

const W = 1000;
const H = 660;
/** While the knife runs the feed advances in process steps that notify nobody: the drawing re-reads this often (a view matter). */
const FEED_POLL_MS = 150;
/** Where the leather strip is drawn: from the feed-in side (right) to under the knife and past it. */
const STRIP_START_X = 900;
const STRIP_TRAVEL = 420;

type SessionWithWork = Session & { process?: () => unknown; inputs?: () => Readonly<Record<string, number>> };

/** The same look the 3D view draws (look.ts), from the chart, the process and the inputs; a new object only on a change. */
function useLook(): SkiverLook {
  const { session } = useSessionHandle();
  const read = useCallback(() => {
    const s = session as SessionWithWork;
    return skiverLook(session.actor.getSnapshot(), s.process?.() as Parameters<typeof skiverLook>[1], s.inputs?.() ?? {});
  }, [session]);
  const [look, setLook] = useState(read);
  const refresh = useCallback(() => setLook((prev) => (sameLook(prev, read()) ? prev : read())), [read]);
  useEffect(() => {
    refresh();
    const actor = session.actor.subscribe(refresh);
    const off = session.subscribe(refresh);
    return () => {
      actor.unsubscribe();
      off();
    };
  }, [session, refresh]);
  useEffect(() => {
    if (!look.knifeSpinning) return;
    const poll = setInterval(refresh, FEED_POLL_MS);
    return () => clearInterval(poll);
  }, [look.knifeSpinning, refresh]);
  return look;
}

/** The post-bed skiver on its table, from the operator's seat: switch box left, head and knife centre, the work feeding right to left, the treadle below. */
function SkiverSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useLook();
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} />}>
      {/* Switch box */}
      <C id="motorSwitch" at={[115, 215]} />
      <C id="extractorSwitch" at={[115, 285]} />
      <C id="estop" at={[115, 348]} label="none" />
      {/* The head: set-up screws and feet */}
      <C id="presserFoot" at={[300, 215]} column />
      <C id="angle" at={[300, 335]} />
      <C id="thickness" at={[470, 160]} />
      <C id="width" at={[470, 250]} />
      <C id="tightenGuide" at={[470, 325]} />
      <C id="stoneLever" at={[640, 120]} />
      <C id="knifeGuard" at={[760, 195]} />
      {/* The knife, the foot and the plate */}
      <C id="knifeEdge" at={[660, 240]} />
      <C id="knifeGap" at={[700, 300]} />
      <C id="bottomPlate" at={[700, 440]} />
      <C id="cleanRoller" at={[700, 500]} />
      {/* The work */}
      <C id="piece" at={[880, 120]} />
      <C id="guideOffset" at={[880, 290]} trackPx={110} />
      <C id="skive" at={[560, 440]} />
      <C id="thicknessGauge" at={[880, 450]} />
      <C id="footLever" at={[880, 540]} />
      <C id="treadle" at={[520, 570]} trackPx={70} />
      {/* Extractor and chips */}
      <C id="extractorBag" at={[180, 470]} />
      <C id="emptyExtractor" at={[180, 540]} />
      <C id="cleanChips" at={[380, 545]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: SkiverLook; caption: (key: string, params?: Record<string, number>) => string }) {
  const fed = look.pieceLengthMm > 0 ? Math.min(1, look.fedMm / look.pieceLengthMm) : 0;
  const stripX = STRIP_START_X - fed * STRIP_TRAVEL;
  const footY = look.footRaised ? 318 : 332;
  return (
    <>
      {/* floor, table, legs */}
      <rect x={0} y={630} width={W} height={30} fill="#c9c4b8" />
      <rect x={40} y={380} width={920} height={22} fill="#a07a50" stroke="#5a3a20" strokeWidth={3} />
      <rect x={70} y={402} width={16} height={228} fill="#6b5a48" />
      <rect x={914} y={402} width={16} height={228} fill="#6b5a48" />
      {/* switch box */}
      <rect x={45} y={120} width={150} height={260} rx={8} fill="#d8dde3" stroke="#4a5563" strokeWidth={4} />
      <Lamp id="motorLamp" x={115} y={150} on={look.motorOn} color="#3cff6a" r={12} />
      {/* the head */}
      <rect x={230} y={100} width={400} height={280} rx={24} fill="#3f7a5a" stroke="#1e4a33" strokeWidth={4} />
      {/* bell knife, spinning (a drawn blur) when the chart says it turns */}
      <circle cx={640} cy={340} r={38} fill="#c9ced6" stroke="#4a5563" strokeWidth={5} data-part="knife" data-turning={look.knifeSpinning ? 'true' : 'false'} />
      {look.knifeSpinning && <circle cx={640} cy={340} r={28} fill="none" stroke="#7b8a96" strokeWidth={6} strokeDasharray="8 10" />}
      {look.stoneEngaged && <circle cx={600} cy={300} r={12} fill="#8c6d46" />}
      {/* knife guard: closed over the knife, or swung up open */}
      <path d={look.guardOpen ? 'M600 260 l60 -50' : 'M595 300 a48 48 0 0 1 90 0'} fill="none" stroke="#f2d21b" strokeWidth={10} data-part="guard" />
      {/* presser foot, up or down on the work */}
      <rect x={655} y={footY} width={70} height={12} rx={3} fill="#7b8a96" stroke="#2a2e33" strokeWidth={2} />
      {/* the leather, fed right to left, and the skive made so far */}
      {look.piece !== 'none' && (
        <g data-part="leather">
          <rect x={stripX} y={364} width={260} height={14} rx={3} fill={look.piece === 'scrap' ? '#c9a27a' : '#8a5a34'} stroke="#5a3a20" strokeWidth={2} />
          <rect x={stripX} y={364} width={Math.max(0, Math.min(260, 660 - stripX))} height={5} fill="#e2c7a6" opacity={look.fedMm > 0 ? 1 : 0} />
          <text x={800} y={425} className="sx-caption" textAnchor="middle">
            {caption('fed', { fed: Math.round(look.fedMm), length: Math.round(look.pieceLengthMm) })}
          </text>
        </g>
      )}
      {look.cutThrough && <circle cx={660} cy={370} r={10} fill="#c0231b" />}
      {/* extractor under the table, its bag full or not */}
      <rect x={110} y={420} width={140} height={90} rx={8} fill={look.extractorOn ? '#5b8fb9' : '#7b8a96'} stroke="#2a2e33" strokeWidth={3} data-part="extractor" />
      <ellipse cx={180} cy={600} rx={60} ry={look.extractorFull ? 30 : 18} fill="#e8e3c9" stroke="#6b6650" strokeWidth={3} />
      <text x={180} y={412} className="sx-caption" textAnchor="middle">
        {caption('extractor')}
      </text>
      {/* treadle on the floor, pressed by its travel */}
      <g transform={`rotate(${look.treadle * 12} 440 612)`} data-part="treadle">
        <rect x={440} y={604} width={160} height={16} rx={4} fill="#30343a" />
      </g>
    </>
  );
}

export default SkiverSchematic;
