/** The chart's root id and the absolute ids of the states other regions and guards look at. */
export const ID = '#solePress';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  estopReleased: `${ID}.safety.estopped.released`,
  cycle: `${ID}.press.powered.cycle`,
  pressReady: `${ID}.press.powered.ready`,
  exhausting: `${ID}.press.powered.cycle.exhausting`,
  reactivatorOff: `${ID}.reactivator.off`,
  reactivatorReady: `${ID}.reactivator.on.ready`,
  activating: `${ID}.reactivator.on.activating`,
  atBench: `${ID}.work.atBench`,
  inHand: `${ID}.work.open.inHand`,
  soleLaid: `${ID}.work.open.soleLaid`,
  onPad: `${ID}.work.open.onPad`,
  pressing: `${ID}.work.pressing`,
  bonded: `${ID}.work.bonded`,
} as const;
