import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const counterMoulderSummary: MachineSummary = {
  id: 'counter-moulder',
  line: 45,
  texts: {
    id: {
      name: 'Mesin Pembentuk Tumit (2 panas 2 dingin)',
      purpose:
        'Membentuk bagian tumit upper sebelum lasting: counter dilunakkan di cetakan panas, lalu segera dipindah ke cetakan dingin supaya bentuknya terkunci.',
    },
    en: {
      name: 'Heel counter moulder (2 hot 2 cold)',
      purpose:
        'Shapes the back part of the upper before lasting: the counter is softened on a hot mould, then moved at once to a cold mould so the shape sets.',
    },
  },
};

export default counterMoulderSummary;
