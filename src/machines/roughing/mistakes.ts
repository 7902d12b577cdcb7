import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { allPpe, firstFlaw, isGoodBand, type RoughingContext } from './chart/context.ts';
import { WORK_TICKET } from './constants.ts';
import { speedOk } from './procedure.ts';
import { isRoughing } from './process.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as RoughingContext;
const event = (c: Change) => c.event as { type: string; control?: string; value?: unknown };
const isPress = (c: Change, id: string) => event(c).type === 'user.press' && event(c).control === id;
const isSet = (c: Change, id: string, value?: string) => event(c).type === 'user.set' && event(c).control === id && (value === undefined || event(c).value === value);
const running = (s: AnyMachineSnapshot) => s.hasTag('spindleRunning');

/** A spoilt shoe is graded by its worst flaw when it is put down (a snatched one already was, when it happened). */
const SHOE_FLAW_MISTAKE: Readonly<Record<string, string>> = {
  intoUpper: 'shoeIntoUpper',
  burnt: 'shoeBurnt',
  tooDeep: 'shoeTooDeep',
  patchy: 'shoePatchy',
  uneven: 'shoeUneven',
};

/**
 * Graded mistakes of the roughing machine (brief §12.1). Sparks into a bag of leather dust is the
 * critical one, graded even though the interlock refuses the stone; the spindle started without
 * protection or before the extraction when it will rough; a spoilt shoe when it is put down.
 */
export const roughingMistakes: MistakeRules = {
  specs: [
    { id: 'sharpenExtractionOn', severity: 'critical' },
    { id: 'noProtection', severity: 'major' },
    { id: 'spindleBeforeExtraction', severity: 'major' },
    { id: 'roughedReversed', severity: 'major' },
    { id: 'reverseWhileRunning', severity: 'minor' },
    { id: 'cleanWhileRunning', severity: 'major' },
    { id: 'shoeIntoUpper', severity: 'major' },
    { id: 'shoeBurnt', severity: 'minor' },
    { id: 'shoeTooDeep', severity: 'minor' },
    { id: 'shoePatchy', severity: 'minor' },
    { id: 'shoeUneven', severity: 'minor' },
    { id: 'shoeUnfinished', severity: 'minor' },
    { id: 'dustEscaped', severity: 'minor' },
    { id: 'speedOffTicket', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const before = ctx(c.before);
    const after = ctx(c.after);
    if (isPress(c, 'sharpeningStone') && before.extractionOn) found.push('sharpenExtractionOn');
    if (isPress(c, 'spindleStart') && c.accepted && !running(c.before)) {
      if (!allPpe(before)) found.push('noProtection');
      // Forward means it will rough: the extraction must already pull. Reversed (to sharpen) it must not.
      if (before.reversing === WORK_TICKET.direction && !before.extractionOn) found.push('spindleBeforeExtraction');
    }
    if (isSet(c, 'reversingSwitch') && !c.accepted && running(c.before)) found.push('reverseWhileRunning');
    if (isPress(c, 'cleanUp') && !c.accepted && running(c.before)) found.push('cleanWhileRunning');
    if (!before.flaws.wrongWay && after.flaws.wrongWay) found.push('roughedReversed');
    if (isSet(c, 'shoe', 'none') && c.accepted && before.shoe !== 'none') {
      if (!isGoodBand(before.flaws)) {
        const flaw = firstFlaw(before.flaws);
        const id = flaw ? SHOE_FLAW_MISTAKE[flaw] : undefined;
        if (id) found.push(id);
      } else if (!before.bandDone) found.push('shoeUnfinished');
      if (before.flaws.dustEscaped) found.push('dustEscaped');
    }
    // Roughing starts at a speed off the ticket.
    if (!isRoughing(c.before) && isRoughing(c.after) && !speedOk(after)) found.push('speedOffTicket');
    return found;
  },
};
