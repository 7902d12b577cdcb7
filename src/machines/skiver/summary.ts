import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
const skiverSummary: MachineSummary = {
  id: 'skiver',
  // Closing-room preparation: edges are skived before folding and stitching.
  line: 20,
  texts: {
    id: {
      name: 'Mesin Seset (pisau mangkuk)',
      purpose:
        'Menipiskan pinggiran bagian atas sepatu sebelum dilipat, ditumpuk atau dijahit: pinggiran kulit diumpankan rata ke pengantar, di bawah sepatu penekan, ke pisau mangkuk yang berputar.',
    },
    en: {
      name: 'Skiving machine (bell knife)',
      purpose:
        'Thins the edges of upper parts before folding, lapping or stitching: the leather edge is fed evenly along the guide, under the presser foot, into the turning bell knife.',
    },
  },
};

export default skiverSummary;
