/**
 * Preview shots of this machine's model for `npx tsx tools/models/preview.ts [filter]`:
 * shot name → query for tools/models/preview/main.ts (the tool adds `model=<id>`).
 */

/** The view hides the failed-bond wedges unless the sole lifts; most shots hide them too. */
const HIDE_GAPS = 'hide=SoleToeGap,SoleHeelGap';

export default {
  'sole-press-front': `view=front&${HIDE_GAPS}`,
  'sole-press-quarter': `view=quarter&${HIDE_GAPS}&glow=IrLampGlow:ff7a1a`,
  'sole-press-side': `view=side&${HIDE_GAPS}`,
  'sole-press-rear': `view=rear&${HIDE_GAPS}`,
  'sole-press-left': `view=left&${HIDE_GAPS}&glow=IrLampGlow:ff7a1a`,
  'sole-press-open': `view=quarter&rot=CoverHinge:x:-75&${HIDE_GAPS}&target=0,0.9,-0.4&dist=1.4`,
  'sole-press-open-side': `view=side&rot=CoverHinge:x:-75&${HIDE_GAPS}&target=0,0.9,-0.4&dist=1.6`,
  'sole-press-panel': 'view=front&target=0,0.55,0&dist=0.8&glow=PressLampPower:fff0a0,PressTimerLed:ff2010',
  'sole-press-air': 'view=quarter&target=0.25,0.55,-0.3&dist=0.7&rot=AirLineValve:y:90',
  'sole-press-shoe': 'view=quarter&rot=CoverHinge:x:-75&target=0,0.9,-0.38&dist=0.6',
  'sole-press-gaps': 'view=side&rot=CoverHinge:x:-75&target=0,0.86,-0.38&dist=0.5',
  'sole-press-reactivator':
    'view=front&move=ReactivatorTray:z:0.3&target=-0.75,0.9,0&dist=1.2&glow=IrLampGlow:ff7a1a,ReactivatorLed:ff2010,ReactivatorLampReady:40ff60',
} satisfies Record<string, string>;
