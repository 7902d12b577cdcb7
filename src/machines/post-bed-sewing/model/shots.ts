/** Preview shots of the post-bed machine for tools/models/preview.ts (query without the model= part). */
const WORK = 'target=0,1.0,-0.2';
const shots: Record<string, string> = {
  'post-bed-sewing-front': 'view=front',
  'post-bed-sewing-quarter': 'view=quarter',
  'post-bed-sewing-side': 'view=side',
  'post-bed-sewing-needle': `view=quarter&${WORK}&dist=0.45&hide=ScrapPiece`,
  'post-bed-sewing-under': 'view=front&target=0.1,0.4,-0.2&dist=1.4',
};
export default shots;
