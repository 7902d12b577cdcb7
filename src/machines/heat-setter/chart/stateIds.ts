/** The chart's id and the state ids that guards in other regions look at. */
export const ID = 'heatSetter';
const ROOT = `#${ID}`;
export const STATE_IDS = {
  estopped: `${ROOT}.safety.estopped`,
  heatReady: `${ROOT}.heater.ready`,
  heatRunOn: `${ROOT}.heater.runOn`,
  chillReady: `${ROOT}.chiller.ready`,
  defrosting: `${ROOT}.chiller.defrosting`,
  running: `${ROOT}.conveyor.running`,
} as const;
