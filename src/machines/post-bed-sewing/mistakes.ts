import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { flawList, type FlawId, type SewingContext } from './chart/context.ts';
import { needleOk, needleStopOk, pressureOk, speedOk, stitchOk, tensionOk, threadOk } from './procedure.ts';
import { isSewingWork } from './process.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as SewingContext;
const event = (c: Change) => c.event as { type: string; control?: string; value?: unknown };
const isPress = (c: Change, id: string) => event(c).type === 'user.press' && event(c).control === id;
const isSet = (c: Change, id: string, value?: string) => event(c).type === 'user.set' && event(c).control === id && (value === undefined || event(c).value === value);
const powered = (s: AnyMachineSnapshot) => s.hasTag('powered');

/** A spoilt upper is graded by each flaw of its seam when it comes off the post. */
const SEAM_MISTAKE: Readonly<Record<FlawId, string>> = {
  threadBreak: 'seamThreadBreak',
  skipped: 'seamSkipped',
  loops: 'seamLoops',
  pucker: 'seamPucker',
  stitchLength: 'seamStitchLength',
  offLine: 'seamOffLine',
  cornerMissed: 'seamCornerMissed',
  tooFast: 'seamTooFast',
  noTackStart: 'seamNoTackStart',
  noTackEnd: 'seamNoTackEnd',
  unfinished: 'seamUnfinished',
};

/**
 * Graded mistakes of the post-bed machine (domain brief §4, §7.6–7.7; issue 14). Hands at the
 * needle, thread or hook with the power on are graded even though the interlock refused them; a
 * spoilt upper is graded when it comes off the post; settings off the ticket when the upper's
 * seam starts.
 */
export const sewingMistakes: MistakeRules = {
  specs: [
    { id: 'threadingPowerOn', severity: 'critical' },
    { id: 'needleChangePowerOn', severity: 'critical' },
    { id: 'bobbinPowerOn', severity: 'major' },
    { id: 'cleanPowerOn', severity: 'major' },
    { id: 'pedalAtPowerOn', severity: 'minor' },
    { id: 'guardOffPowered', severity: 'major' },
    { id: 'needlePulled', severity: 'major' },
    { id: 'pieceOutWhileSewing', severity: 'major' },
    { id: 'turnFootDown', severity: 'minor' },
    { id: 'pivotNeedleUp', severity: 'minor' },
    { id: 'settingsOffTicket', severity: 'minor' },
    { id: 'wrongNeedleOrThread', severity: 'minor' },
    ...Object.values(SEAM_MISTAKE).map((id) => ({ id, severity: 'minor' as const })),
  ],
  detect(c) {
    const found: string[] = [];
    const before = ctx(c.before);
    const after = ctx(c.after);
    const on = powered(c.before);
    if (isPress(c, 'threadMachine') && !c.accepted && on) found.push('threadingPowerOn');
    if (isSet(c, 'threadCone') && !c.accepted && on) found.push('threadingPowerOn');
    if (isPress(c, 'changeNeedle') && !c.accepted && on) found.push('needleChangePowerOn');
    if (isSet(c, 'bobbin') && !c.accepted && on) found.push('bobbinPowerOn');
    if ((isPress(c, 'cleanLint') || isPress(c, 'oil')) && !c.accepted && on) found.push('cleanPowerOn');
    if (isSet(c, 'powerSwitch', 'on') && c.accepted && after.startBlocked) found.push('pedalAtPowerOn');
    if ((isSet(c, 'fingerGuard', 'off') || isSet(c, 'eyeGuard', 'up') || isSet(c, 'beltCover', 'off')) && c.accepted && on) found.push('guardOffPowered');
    if (!before.needleBroken && after.needleBroken && event(c).type === 'user.adjust') found.push('needlePulled');
    if (isSet(c, 'piece', 'none') && !c.accepted && c.before.hasTag('needleRunning') && before.piece !== 'none') found.push('pieceOutWhileSewing');
    if (isPress(c, 'turnWork') && !c.accepted && before.piece === 'upper' && !before.footUp) found.push('turnFootDown');
    if (isPress(c, 'turnWork') && c.accepted && after.pivotNeedleUp) found.push('pivotNeedleUp');
    // An upper off the post: each flaw of a spoilt seam.
    if (isSet(c, 'piece', 'none') && c.accepted && before.piece === 'upper') for (const f of flawList(after.flaws)) found.push(SEAM_MISTAKE[f]);
    // The upper's seam starts with the machine not set for the ticket.
    if (!isSewingWork(c.before) && isSewingWork(c.after) && after.piece === 'upper' && after.marks.tackStart === false && after.pivots === 0) {
      if (!stitchOk(after) || !tensionOk(after) || !pressureOk(after) || !speedOk(after) || !needleStopOk(after)) found.push('settingsOffTicket');
      if (!needleOk(after) || !threadOk(after)) found.push('wrongNeedleOrThread');
    }
    return found;
  },
};
