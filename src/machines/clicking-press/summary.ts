import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const clickingPressSummary: MachineSummary = {
  id: 'clicking-press',
  line: 10,
  texts: {
    id: {
      name: 'Mesin Plong Swing Arm',
      purpose:
        'Memotong bagian upper, lapis dan sol dari kulit dengan pisau plong, dengan lengan ayun hidrolik bergaya tekan sampai 20 ton-gaya.',
    },
    en: {
      name: 'Swing-arm clicking press',
      purpose:
        'Cuts upper, lining and sole parts from leather with steel-rule dies under a hydraulic swing arm pressing with up to 20 tonnes-force.',
    },
  },
};

export default clickingPressSummary;
