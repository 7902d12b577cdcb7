/**
 * Preview shots of this machine's model for `npx tsx tools/models/preview.ts [filter]`:
 * shot name → query for tools/models/preview/main.ts (the tool adds `model=<id>`).
 */
export default {
  'clicking-press-front': 'view=front',
  'clicking-press-quarter': 'view=quarter',
  'clicking-press-side': 'view=side',
  'clicking-press-rear': 'view=rear',
  'clicking-press-arm-aside': 'view=quarter&rot=ArmPivot:y:40',
  'clicking-press-arm-minus45-stroke': 'view=front&rot=ArmPivot:y:-45&move=ArmStroke:y:-0.06',
  'clicking-press-stroke-side': 'view=side&move=ArmStroke:y:-0.06&target=0,0.9,-0.28&dist=1.1',
  'clicking-press-strip': 'view=front&target=0,0.7,-0.04&dist=0.75&glow=LampPower:fff0a0,LampPump:40ff60',
  'clicking-press-board': 'view=top&target=0,0.85,-0.3&dist=1.3&rot=ArmPivot:y:60',
  'clicking-press-oil': 'view=side&target=0.38,0.33,-0.65&dist=0.5',
} satisfies Record<string, string>;
