/**
 * Preview shots of this machine's model for `npx tsx tools/models/preview.ts [filter]`:
 * shot name → query for tools/models/preview/main.ts (the tool adds `model=<id>`).
 */
export default {
  'counter-moulder-front': 'view=front&hide=UpperScorch',
  'counter-moulder-quarter': 'view=quarter&hide=UpperScorch&glow=LampHotReady:40ff60,LampColdReady:40ff60',
  'counter-moulder-side': 'view=side&hide=UpperScorch',
  'counter-moulder-deck': 'view=top&target=0,1.0,-0.3&dist=1.6&hide=UpperScorch',
} satisfies Record<string, string>;
