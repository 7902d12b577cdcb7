/** Preview shots of the heat setter line for tools/models/preview.ts (query without the model= part). */
const shots: Record<string, string> = {
  'heat-setter-front': 'view=front',
  'heat-setter-quarter': 'view=quarter&glow=LampHeat:ffb020,LampRun:40ff60,DisplayHeat:ff3020,DisplayChill:30a0ff',
  'heat-setter-side': 'view=side',
  'heat-setter-panel': 'view=front&target=0.35,1.28,-0.1&dist=0.8',
};
export default shots;
