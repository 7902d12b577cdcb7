/** Preview shots of the roughing machine for tools/models/preview.ts (query without the model= part). */
const BAY = 'target=0.38,0.9,-0.3';
const shots: Record<string, string> = {
  'roughing-front': 'view=front',
  'roughing-quarter': 'view=quarter&glow=WorkLampLens:fff4d0,LampSpindlePilot:40ff60,InverterLed:ff3020',
  'roughing-side': 'view=side',
  'roughing-bay': `view=quarter&${BAY}&dist=0.7`,
  'roughing-panel': 'view=front&target=0,0.69,-0.25&dist=0.6',
};
export default shots;
