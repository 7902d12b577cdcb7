import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { firstFlaw, isGoodSkive, type SkiverContext } from './chart/context.ts';
import { WORK_TICKET, sameSetting } from './constants.ts';
import { angleOk, footOk, widthOk } from './procedure.ts';
import { isFeeding } from './process.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as SkiverContext;
/** The event as the chart got it: operator events, and (once the engine passes them) process signals. */
const event = (c: Change) => c.event as { type: string; control?: string; value?: unknown };
const isPress = (c: Change, id: string) => event(c).type === 'user.press' && event(c).control === id;
const isSet = (c: Change, id: string, value?: string) => event(c).type === 'user.set' && event(c).control === id && (value === undefined || event(c).value === value);
const running = (s: AnyMachineSnapshot) => s.hasTag('motorRunning');

/** A flawed part is graded by its worst flaw when it comes out from under the foot. */
const PART_FLAW_MISTAKE: Readonly<Record<string, string>> = {
  cutThrough: 'partCutThrough',
  jammed: 'partJammed',
  ragged: 'partRagged',
  widthUneven: 'partWidthUneven',
  thicknessUneven: 'partThicknessUneven',
  tooThick: 'partTooThick',
  tooThin: 'partTooThin',
};

/**
 * Graded mistakes of the skiver (domain brief §4, §6.5–6.7). Hands near the knife with energy on
 * are graded even when an interlock or a guard refused the action; a spoilt part is counted when
 * it is taken out; settings off the ticket when a part starts to feed.
 */
export const skiverMistakes: MistakeRules = {
  specs: [
    { id: 'sharpenGuardOpen', severity: 'critical' },
    { id: 'guardOpenedRunning', severity: 'major' },
    { id: 'footChangeRunning', severity: 'major' },
    { id: 'cleanWhileRunning', severity: 'major' },
    { id: 'pieceOutWhileFeeding', severity: 'major' },
    { id: 'partCutThrough', severity: 'major' },
    { id: 'partJammed', severity: 'minor' },
    { id: 'partRagged', severity: 'minor' },
    { id: 'partWidthUneven', severity: 'minor' },
    { id: 'partThicknessUneven', severity: 'minor' },
    { id: 'partTooThick', severity: 'minor' },
    { id: 'partTooThin', severity: 'minor' },
    { id: 'partUnfinished', severity: 'minor' },
    { id: 'chipsThrown', severity: 'minor' },
    { id: 'settingsOffTicket', severity: 'minor' },
    { id: 'wrongFoot', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const before = ctx(c.before);
    // The stone with the cover open: sparks and grit into the eyes, fingers at the knife.
    if (isPress(c, 'stoneLever') && before.guardOpen) found.push('sharpenGuardOpen');
    // Only the interlock stopped the knife.
    if (isSet(c, 'knifeGuard', 'open') && c.accepted && running(c.before)) found.push('guardOpenedRunning');
    if (isSet(c, 'presserFoot') && !c.accepted && running(c.before)) found.push('footChangeRunning');
    if ((isPress(c, 'cleanChips') || isPress(c, 'cleanRoller')) && !c.accepted && running(c.before)) found.push('cleanWhileRunning');
    if (isSet(c, 'piece', 'none') && !c.accepted && c.before.hasTag('knifeTurning') && before.piece !== 'none') found.push('pieceOutWhileFeeding');
    // A piece out from under the foot: a spoilt part by its worst flaw; chips thrown for any piece.
    if (isSet(c, 'piece', 'none') && c.accepted) {
      if (before.piece === 'part' && !isGoodSkive(before.flaws)) {
        const flaw = firstFlaw(before.flaws);
        const id = flaw ? PART_FLAW_MISTAKE[flaw] : undefined;
        if (id) found.push(id);
      } else if (before.piece === 'part' && !before.edgeDone) found.push('partUnfinished');
      if (before.flaws.chipsThrown) found.push('chipsThrown');
    }
    // A part starts to feed with the machine not set for the ticket (a screw that crept is a fault, not the trainee's setting).
    if (!isFeeding(c.before) && isFeeding(c.after) && ctx(c.after).piece === 'part') {
      const a = ctx(c.after);
      if (!widthOk(a) || !sameSetting(a.thicknessMm, WORK_TICKET.thicknessMm) || !angleOk(a)) found.push('settingsOffTicket');
      if (!footOk(a)) found.push('wrongFoot');
    }
    return found;
  },
};
