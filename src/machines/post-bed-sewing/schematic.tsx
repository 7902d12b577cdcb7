import { useCallback, useEffect, useState } from 'react';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import type { Session } from '../../engine/session.ts';
import { useI18n } from '../../common/i18n.tsx';
import { Lamp } from '../../ui/schematic/Lamp.tsx';
import { SchematicControl as C } from '../../ui/schematic/SchematicControl.tsx';
import { SchematicSheet } from '../../ui/schematic/SchematicSheet.tsx';
import { DRIFT_TOL_MM } from './constants.ts';
import { sameLook, sewingLook } from './look.ts';
import type { SewingLook } from './lookTypes.ts';

const W = 1000;
const H = 660;
/** While the needle runs the process lays stitches in steps that notify nobody: the drawing re-reads this often (a view matter). */
const SEAM_POLL_MS = 150;
/** Colours of machine-shapes.md §3: Juki ivory head with grey, light melamine table, black box. */
const IVORY = '#eeede8';
const HEAD_GREY = '#8e9092';
const INK = '#2a2e33';
const CHROME = '#c9ced6';
/** The needle's x on the drawing, the post top's y, and the needle tip up (top dead centre) and down (in the work). */
const NEEDLE_X = 365;
const POST_TOP = 266;
const TIP_UP = 246;
const TIP_DOWN = 276;
/** The plan view of the work under the table: its origin (the seam's start) and its scale, units per mm. */
const PLAN = { x: 172, y: 598, mmUnits: 2.2 } as const;

type SessionWithWork = Session & { process?: () => unknown; inputs?: () => Readonly<Record<string, number>> };
type Caption = (key: string, params?: Record<string, number>) => string;

/** The same look the 3D view draws (look.ts), from the chart, the process and the inputs; a new object only on a change. */
function useLook(): SewingLook {
  const { session } = useSessionHandle();
  const read = useCallback(() => {
    const s = session as SessionWithWork;
    return sewingLook(session.actor.getSnapshot(), s.process?.() as Parameters<typeof sewingLook>[1], s.inputs?.() ?? {});
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
    if (!look.needleRunning) return;
    const poll = setInterval(refresh, SEAM_POLL_MS);
    return () => clearInterval(poll);
  }, [look.needleRunning, refresh]);
  return look;
}

/**
 * The post-bed machine from the operator's chair: the head standing on the table (post under the
 * needle, C-arm, handwheel right, thread stand behind right), the care things on the table left,
 * and under the table the knee lifter, the control box and the pedal, with the work seen from above.
 */
function SewingSchematic() {
  const { module } = useSessionHandle();
  const { tm } = useI18n();
  const look = useLook();
  return (
    <SchematicSheet width={W} height={H} label={tm(module.id, 'name')} drawing={<Drawing look={look} caption={(k, p) => tm(module.id, `schematic.${k}`, p)} />}>
      {/* In the order of controls.ts (the panel's order, which the guide's hints follow); each where it sits on the machine */}
      <C id="cleanLint" at={[100, 400]} />
      <C id="oil" at={[100, 441]} />
      <C id="changeNeedle" at={[100, 480]} />
      <C id="threadCone" at={[880, 255]} column />
      <C id="threadMachine" at={[520, 70]} />
      <C id="windBobbin" at={[720, 408]} />
      <C id="bobbin" at={[490, 330]} />
      <C id="fingerGuard" at={[490, 270]} />
      <C id="eyeGuard" at={[475, 210]} />
      <C id="beltCover" at={[735, 240]} column />
      <C id="stitchLength" at={[620, 228]} trackPx={80} />
      <C id="tension" at={[170, 100]} trackPx={90} />
      <C id="pressure" at={[330, 52]} trackPx={90} />
      <C id="maxSpeed" at={[850, 505]} />
      <C id="needleStop" at={[880, 575]} />
      <C id="powerSwitch" at={[600, 505]} />
      <C id="estop" at={[815, 392]} label="none" />
      <C id="piece" at={[112, 282]} column />
      <C id="handwheel" at={[720, 118]} />
      <C id="kneeLifter" at={[455, 478]} />
      <C id="pedal" at={[450, 565]} trackPx={60} />
      <C id="backTack" at={[262, 212]} trackPx={50} />
      <C id="steer" at={[250, 350]} trackPx={100} />
      <C id="turnWork" at={[490, 380]} />
      <C id="trim" at={[668, 608]} />
      <C id="seam" at={[255, 470]} />
    </SchematicSheet>
  );
}

function Drawing({ look, caption }: { look: SewingLook; caption: Caption }) {
  const tip = look.needleDown ? TIP_DOWN : TIP_UP;
  const rollerY = look.footUp ? POST_TOP - 20 : POST_TOP - 9;
  return (
    <>
      {/* floor, table, stand */}
      <rect x={0} y={640} width={W} height={20} fill="#c9c4b8" />
      <rect x={40} y={420} width={920} height={20} fill="#ecebe4" stroke="#6b6650" strokeWidth={3} />
      <rect x={60} y={440} width={14} height={200} fill="#55595f" />
      <rect x={926} y={440} width={14} height={200} fill="#55595f" />
      <Head look={look} tip={tip} rollerY={rollerY} />
      <Work look={look} />
      <TableTop look={look} caption={caption} />
      <UnderTable look={look} caption={caption} />
      <SeamPlan look={look} caption={caption} />
    </>
  );
}

/** Head base, post, upright, arm and needle head (ivory and grey), with what moves on them. */
function Head({ look, tip, rollerY }: { look: SewingLook; tip: number; rollerY: number }) {
  return (
    <g data-part="head">
      <rect x={270} y={392} width={390} height={28} rx={4} fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={580} y={110} width={80} height={284} rx={6} fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={320} y={110} width={340} height={70} rx={10} fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={300} y={100} width={120} height={150} rx={10} fill={IVORY} stroke={INK} strokeWidth={3} />
      <rect x={300} y={100} width={120} height={18} rx={6} fill={HEAD_GREY} />
      {/* the post, chrome on top, the bobbin in it */}
      <rect x={NEEDLE_X - 20} y={POST_TOP} width={40} height={126} fill={HEAD_GREY} stroke={INK} strokeWidth={3} />
      <rect x={NEEDLE_X - 24} y={POST_TOP - 4} width={48} height={8} rx={2} fill={CHROME} stroke={INK} strokeWidth={2} />
      <circle cx={NEEDLE_X} cy={300} r={9} fill={look.bobbinIn ? '#e2d3a6' : '#55595f'} stroke={INK} strokeWidth={2} data-part="bobbin" />
      {/* pressure screw, tension dial, back-tack lever */}
      <rect x={352} y={84} width={26} height={16} rx={3} fill="#30343a" />
      <circle cx={296} cy={150} r={12} fill="#30343a" stroke={CHROME} strokeWidth={4} />
      <g transform={`rotate(${look.backTack ? -25 : 0} 300 180)`} data-part="backTack">
        <rect x={284} y={180} width={12} height={44} rx={4} fill="#30343a" />
      </g>
      {/* needle bar and needle (a blur while it runs), the take-up lever */}
      <rect x={NEEDLE_X - 5} y={118} width={10} height={tip - 140} fill={CHROME} stroke={INK} strokeWidth={1} />
      <line x1={NEEDLE_X} y1={tip - 22} x2={NEEDLE_X} y2={tip} stroke={look.needleBroken ? '#c0231b' : INK} strokeWidth={3} strokeDasharray={look.needleBroken ? '6 4' : undefined} data-part="needle" data-running={look.needleRunning ? 'true' : 'false'} />
      {look.needleRunning && <rect x={NEEDLE_X - 9} y={TIP_UP - 22} width={18} height={TIP_DOWN - TIP_UP + 22} rx={6} fill="#7b8a96" opacity={0.35} />}
      <path d={look.needleDown ? 'M392 150 l26 14' : 'M392 150 l26 -14'} stroke={INK} strokeWidth={6} strokeLinecap="round" />
      {/* roller presser beside the needle, up with the knee lifter */}
      <line x1={398} y1={200} x2={385} y2={rollerY} stroke={HEAD_GREY} strokeWidth={6} />
      <circle cx={385} cy={rollerY} r={9} fill={CHROME} stroke={INK} strokeWidth={2} data-part="roller" data-up={look.footUp ? 'true' : 'false'} />
      {/* guards: eye shield in front of the needle, finger guard round it */}
      {look.eyeGuardDown ? <rect x={338} y={200} width={54} height={34} rx={4} fill="#bfe3f2" opacity={0.7} stroke="#4a8aa6" strokeWidth={2} /> : <rect x={338} y={166} width={54} height={12} rx={4} fill="#bfe3f2" opacity={0.7} stroke="#4a8aa6" strokeWidth={2} />}
      {look.fingerGuard && <path d={`M${NEEDLE_X - 14} ${POST_TOP - 2} v-14 h28 v14`} fill="none" stroke={CHROME} strokeWidth={3} />}
      {/* handwheel at the arm's right end, the belt behind its cover */}
      <ellipse cx={672} cy={150} rx={12} ry={40} fill="#30343a" stroke={INK} strokeWidth={2} data-part="handwheel" />
      {look.beltCover ? (
        <rect x={660} y={190} width={28} height={204} rx={4} fill={HEAD_GREY} stroke={INK} strokeWidth={2} data-part="beltCover" />
      ) : (
        <line x1={672} y1={190} x2={672} y2={440} stroke="#30343a" strokeWidth={5} strokeDasharray="10 6" data-part="belt" />
      )}
      {/* stitch-length dial on the upright, its reading */}
      <circle cx={620} cy={285} r={24} fill="#fbfbf7" stroke={INK} strokeWidth={3} />
      <line x1={620} y1={285} x2={620 + 18 * Math.cos(((look.stitchMm / 6) * 300 - 240) * (Math.PI / 180))} y2={285 + 18 * Math.sin(((look.stitchMm / 6) * 300 - 240) * (Math.PI / 180))} stroke="#c0231b" strokeWidth={3} />
      {/* thread from the stand over the arm to the needle */}
      <polyline points={`880,40 470,88 430,100 ${NEEDLE_X + 10},130`} fill="none" stroke="#a8322b" strokeWidth={2} />
    </g>
  );
}

/** The piece on the post top, pushed sideways by the hand (steer). */
function Work({ look }: { look: SewingLook }) {
  if (look.piece === 'none') return null;
  const shift = look.steerMm * 4;
  const color = look.piece === 'scrap' ? '#c9a27a' : '#6e4326';
  return (
    <g data-part="work" data-piece={look.piece} transform={`translate(${shift} 0)`}>
      <path d={`M${NEEDLE_X - 150} ${POST_TOP - 6} q60 -18 150 -4 q40 6 60 4 v6 h-210 z`} fill={color} stroke="#3a2414" strokeWidth={2} />
      {look.turned && <path d={`M${NEEDLE_X + 40} ${POST_TOP - 10} l14 -22`} stroke="#ffd23f" strokeWidth={4} strokeLinecap="round" />}
    </g>
  );
}

/** Oil can, brush and needle case on the left, bobbin winder, e-stop and thread cones on the right. */
function TableTop({ look, caption }: { look: SewingLook; caption: Caption }) {
  return (
    <g data-part="tableTop">
      <rect x={60} y={396} width={40} height={24} rx={4} fill="#c0231b" />
      <rect x={140} y={410} width={70} height={10} rx={3} fill="#f2d21b" />
      <rect x={250} y={412} width={46} height={8} rx={2} fill="#2d64b3" />
      <rect x={705} y={400} width={30} height={20} rx={3} fill={HEAD_GREY} />
      <circle cx={720} cy={396} r={7} fill={look.bobbinIn ? '#e2d3a6' : CHROME} stroke={INK} strokeWidth={2} />
      {/* thread stand: rod, guide bar, two cones */}
      <rect x={876} y={40} width={8} height={380} fill={CHROME} stroke={INK} strokeWidth={1} />
      <rect x={830} y={34} width={100} height={8} rx={3} fill={CHROME} stroke={INK} strokeWidth={1} />
      <path d="M836 420 l10 -78 h16 l10 78 z" fill="#d94f2b" stroke={INK} strokeWidth={2} />
      <path d="M888 420 l10 -78 h16 l10 78 z" fill="#3b7bbf" stroke={INK} strokeWidth={2} />
      <text x={880} y={26} className="sx-caption" textAnchor="middle">
        {caption('threadStand')}
      </text>
    </g>
  );
}

/** The knee lifter paddle, the black control box with its lamp and speed limit, the pedal on the floor. */
function UnderTable({ look, caption }: { look: SewingLook; caption: Caption }) {
  return (
    <g data-part="underTable">
      <g transform={`rotate(${look.footUp ? -20 : 0} 400 440)`} data-part="kneeLifter">
        <line x1={400} y1={440} x2={400} y2={500} stroke={CHROME} strokeWidth={6} />
        <rect x={388} y={496} width={24} height={40} rx={5} fill="#30343a" />
      </g>
      <rect x={560} y={450} width={370} height={100} rx={8} fill="#30343a" stroke={INK} strokeWidth={3} data-part="controlBox" />
      <Lamp id="powerLamp" x={742} y={468} on={look.powerOn} color="#3cff6a" r={9} />
      <text x={745} y={543} className="sx-caption" textAnchor="middle" style={{ fill: '#ffffff' }}>
        {caption('controlBox')}
      </text>
      {look.needleRunning && (
        <text x={755} y={450 - 8} className="sx-caption" textAnchor="middle">
          {caption('speed', { spm: Math.round(look.spm) })}
        </text>
      )}
      {/* the pedal: toe forward tilts it, heel back trims */}
      <g transform={`rotate(${look.pedal * 12} 500 616)`} data-part="pedal">
        <rect x={380} y={608} width={240} height={16} rx={4} fill="#55595f" stroke={INK} strokeWidth={2} />
      </g>
      <line x1={440} y1={540} x2={480} y2={608} stroke="#55595f" strokeWidth={3} />
    </g>
  );
}

/** The work from above: the marked line (dashed), the stitches laid (red where off the line or skipped), the needle now. */
function SeamPlan({ look, caption }: { look: SewingLook; caption: Caption }) {
  const k = PLAN.mmUnits;
  const px = (x: number) => PLAN.x + x * k;
  const py = (y: number) => PLAN.y - y * k;
  const [first = 0, second = 0] = look.legs;
  const line = look.legs.length > 1 ? `M${px(0)} ${py(0)} H${px(first)} V${py(second)}` : `M${px(0)} ${py(0)} H${px(first)}`;
  let prev = { x: 0, y: 0 };
  const segments = look.stitches.map((s, i) => {
    const bad = s.skipped || s.driftMm > DRIFT_TOL_MM;
    const seg = <line key={i} x1={px(prev.x)} y1={py(prev.y)} x2={px(s.x)} y2={py(s.y)} stroke={bad ? '#c0231b' : '#1b1f23'} strokeWidth={s.skipped ? 1 : 2.5} strokeDasharray={s.skipped ? '2 3' : undefined} />;
    prev = s;
    return seg;
  });
  const last = look.stitches[look.stitches.length - 1];
  return (
    <g data-part="seamPlan" data-stitches={look.stitches.length}>
      <rect x={150} y={492} width={180} height={140} rx={8} fill="#fbfbf7" stroke={INK} strokeWidth={2} />
      {look.piece !== 'none' && (
        <>
          <path d={line} fill="none" stroke="#8a8f96" strokeWidth={2} strokeDasharray="6 5" />
          {segments}
          {look.missingTackStart && <circle cx={px(0)} cy={py(0)} r={6} fill="none" stroke="#c0231b" strokeWidth={3} />}
          {look.missingTackEnd && last && <circle cx={px(last.x)} cy={py(last.y)} r={6} fill="none" stroke="#c0231b" strokeWidth={3} />}
          <path d={`M${px(look.needleX) - 6} ${py(look.needleY)} h12 M${px(look.needleX)} ${py(look.needleY) - 6} v12`} stroke="#2d64b3" strokeWidth={3} data-part="needleMark" />
        </>
      )}
      <text x={240} y={624} className="sx-caption" textAnchor="middle">
        {caption('stitches', { count: look.stitches.length })}
      </text>
    </g>
  );
}

export default SewingSchematic;
