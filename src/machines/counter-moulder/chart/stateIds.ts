/** The chart's root id and the absolute ids of the states other regions and guards look at. */
export const ID = '#counterMoulder';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  estopReleased: `${ID}.safety.estopped.released`,
  mouldsReady: `${ID}.moulds.ready`,
  mouldsOff: `${ID}.moulds.off`,
  cutOut: `${ID}.moulds.cutOut`,
  hotOpen: `${ID}.hot.open`,
  coldOpen: `${ID}.cold.open`,
  hotCycle: `${ID}.hot.cycle`,
  hotClosing: `${ID}.hot.cycle.closing`,
  hotOpening: `${ID}.hot.opening`,
  coldClosing: `${ID}.cold.cycle.closing`,
  coldOpening: `${ID}.cold.opening`,
  coldCycle: `${ID}.cold.cycle`,
  bench: `${ID}.work.bench`,
  ready: `${ID}.work.ready`,
  onHot: `${ID}.work.onHot`,
  softened: `${ID}.work.softened`,
  softOnHot: `${ID}.work.softened.onHot`,
  onCold: `${ID}.work.softened.onCold`,
  formed: `${ID}.work.formed`,
} as const;
