import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const solePressSummary: MachineSummary = {
  id: 'sole-press',
  line: 70,
  texts: {
    id: {
      name: 'Mesin Press Sol dan Reaktivator',
      purpose:
        'Menempelkan sol ke sepatu: lem sol dipanaskan lagi di reaktivator, sol dipasang mulai dari ujung, lalu ditekan rata oleh bantalan angin di bawah tutup mesin press.',
    },
    en: {
      name: 'Sole press and reactivator',
      purpose:
        'Attaches the sole to the shoe: the sole cement is heated again in the reactivator, the sole is laid from the toe, then pressed evenly by an air pad under the press cover.',
    },
  },
};

export default solePressSummary;
