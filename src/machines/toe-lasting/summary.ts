import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const toeLastingSummary: MachineSummary = {
  id: 'toe-lasting',
  line: 40,
  texts: {
    id: {
      name: 'Mesin Toe Lasting (hidrolik, lem panas)',
      purpose:
        'Menarik bagian ujung atas sepatu menutupi acuan: capit ujung menjepit dulu, capit samping menarik, lalu lem panas disuntikkan dan pengusap menekan pinggiran ke sol dalam.',
    },
    en: {
      name: 'Toe lasting machine (hydraulic, hot-melt)',
      purpose:
        'Pulls the forepart of the upper over the last: the toe pincer grips first, the side pincers pull, then hot melt is injected and the wipers press the margin onto the insole.',
    },
  },
};

export default toeLastingSummary;
