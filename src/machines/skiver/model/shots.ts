/** Preview shots of the skiver for tools/models/preview.ts (query without the model= part). */
const WORK = 'target=-0.15,0.9,-0.04';
const shots: Record<string, string> = {
  'skiver-front': 'view=front',
  'skiver-quarter': 'view=quarter&glow=WorkLightLens:fff4d0,LampMotorPilot:40ff60',
  'skiver-side': 'view=side',
  'skiver-rear': 'view=rear',
  'skiver-knife': `view=front&${WORK}&dist=0.35`,
  'skiver-knife-quarter': `view=quarter&${WORK}&dist=0.4`,
  'skiver-guard-open': `view=quarter&${WORK}&dist=0.45&rot=KnifeGuard:x:-70;GrindingStone:z:11&move=PresserFoot:y:0.005`,
  'skiver-fed': `view=front&${WORK}&dist=0.6&move=LeatherPiece:x:-0.12&hide=ScrapStrip`,
  'skiver-under': 'view=front&target=0,0.45,-0.2&dist=1.3&rot=Treadle:x:16&scale=ExtractorBag:x:1.35;ExtractorBag:z:1.35',
};
export default shots;
