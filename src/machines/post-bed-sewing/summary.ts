import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
const sewingSummary: MachineSummary = {
  id: 'post-bed-sewing',
  // Closing room: the upper is stitched after its edges are thinned.
  line: 30,
  texts: {
    id: {
      name: 'Mesin Jahit Tiang (post bed)',
      purpose:
        'Menjahit bagian atas sepatu yang sudah berbentuk: kulit diputar di sekitar tiang sambil jarum mengikuti garis tanda, dengan jahitan mundur di awal dan akhir dan putaran di sudut.',
    },
    en: {
      name: 'Post-bed sewing machine',
      purpose:
        'Stitches shaped shoe uppers: the leather is turned around the post while the needle follows the marked line, with back-tacks at the start and end and a pivot at each corner.',
    },
  },
};

export default sewingSummary;
