/** The chart's root id and the absolute ids of the states other regions and guards look at. */
export const ID = '#toeLasting';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  estopReleased: `${ID}.safety.estopped.released`,
  powered: `${ID}.power.on`,
  pressureOk: `${ID}.pump.running.ready`,
  pumpOff: `${ID}.pump.off`,
  meltReady: `${ID}.heater.on.ready`,
  empty: `${ID}.work.empty`,
  placed: `${ID}.work.placed`,
  gripped: `${ID}.work.gripped`,
  pulled: `${ID}.work.gripped.pulled`,
  lasting: `${ID}.work.lasting`,
  holding: `${ID}.work.holding`,
  lasted: `${ID}.work.lasted`,
} as const;
