import type { MachineSummary } from '../catalogueTypes.ts';

/** Name and one-line purpose: all the home catalogue needs, so it loads without the machine itself. */
export const autoclaveSummary: MachineSummary = {
  id: 'autoclave',
  // Canvas shoes with rubber soles leave the usual flow for the vulcanizing tank.
  line: 90,
  texts: {
    id: {
      name: 'Ketel Vulkanisir (Autoklaf)',
      purpose:
        'Mematangkan karet sepatu kanvas: rak sepatu di troli masuk ke tangki bertekanan, pintu dikunci, uap dinaikkan perlahan ke suhu kerja dan ditahan selama waktu matang, lalu tekanan dibuang sebelum pintu dibuka.',
    },
    en: {
      name: 'Vulcanizing autoclave',
      purpose:
        'Cures the rubber of canvas shoes: the cart of shoes goes into a pressure tank, the door is locked, steam is raised gradually to the setpoint and held for the cure time, then the pressure is vented before the door opens.',
    },
  },
};

export default autoclaveSummary;
