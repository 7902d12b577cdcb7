/**
 * Preview shots of this machine's model for `npx tsx tools/models/preview.ts toe-lasting`:
 * shot name → query for tools/models/preview/main.ts (the tool adds `model=<id>`).
 */

/** The view hides the defects and the lasted margin unless the toe shows them. */
const HIDE = 'hide=ToeTear,ToePleats,ToeMarginGap,ToeGlueStrings,LastedMargin';

export default {
  'toe-lasting-front': `view=front&${HIDE}`,
  'toe-lasting-quarter': `view=quarter&${HIDE}`,
  'toe-lasting-side': `view=side&${HIDE}`,
  'toe-lasting-left': `view=left&${HIDE}`,
  'toe-lasting-ring': `view=quarter&target=0,1.22,-0.32&dist=0.8&${HIDE}`,
  'toe-lasting-lasted': 'view=quarter&target=0,1.22,-0.32&dist=0.6&hide=UpperMargin,ToeTear,ToeGlueStrings',
  'toe-lasting-defects': 'view=front&target=0,1.22,-0.36&dist=0.5&hide=UpperMargin',
  'toe-lasting-cabinet': 'view=front&target=0.47,1.1,-0.2&dist=0.9&glow=PumpLamp:40ff60,HeaterReadyLamp:ffb020,TempLed:ff2010',
  'toe-lasting-panel': `view=front&target=0,1.0,-0.1&dist=0.7&${HIDE}`,
} satisfies Record<string, string>;
