import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
const roughingSummary: MachineSummary = {
  id: 'roughing',
  // Bottom room: the lasting margin is roughed after lasting and heat setting, before sole cementing.
  line: 60,
  texts: {
    id: {
      name: 'Mesin Gerinda (garuk)',
      purpose:
        'Mengasarkan pinggiran tarikan (lasting margin) sepatu yang sudah dicetak di acuan sebelum dilem sol: sepatu ditekan ringan dan rata ke roda sikat kawat yang berputar, debunya dihisap penyedot.',
    },
    en: {
      name: 'Roughing machine',
      purpose:
        'Roughs the lasting margin of a lasted shoe before the sole is cemented: the shoe is held with light, even pressure to the turning wire wheel while the extraction draws the dust away.',
    },
  },
};

export default roughingSummary;
