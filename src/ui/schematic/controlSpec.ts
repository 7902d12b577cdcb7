import type { ControlSpec, GladiEvent, MachineModule } from '../../engine/machineModule.ts';

/** The control a schematic places, by id; a clear error naming the machine and the id when controls.ts has none. */
export function controlSpec(module: MachineModule, id: string): ControlSpec {
  const found = module.controls.find((c) => c.id === id);
  if (!found) throw new Error(`the 2D view of "${module.id}" places control "${id}", which its controls.ts does not list`);
  return found;
}

/** The positions a selector-like control can be set to (`user.set` events), in the order controls.ts lists them. */
export const setEventsOf = (control: ControlSpec): Extract<GladiEvent, { type: 'user.set' }>[] =>
  control.events.filter((e): e is Extract<GladiEvent, { type: 'user.set' }> => e.type === 'user.set');

/** Longer labels are cut at their first comma on the drawing (the full text stays the button's accessible name and tooltip). */
const SHORT_LABEL_CHARS = 30;

/**
 * A label short enough to stand beside a part: the panel's label without its "(…)" explanation,
 * the part before a colon ("Periksa sol: sudah dikasar…" → "Periksa sol"), and a long one up to its first comma.
 */
export function shortLabel(label: string): string {
  let short = label.replace(/\s*\([^()]*\)/g, '').split(':')[0]!.trim();
  if (short.length > SHORT_LABEL_CHARS && short.includes(',')) short = short.split(',')[0]!.trim();
  return short || label;
}

/** The automation attributes of a hinted control, the same as the panel's (`data-hint`, `data-hint-value`). */
export function hintAttributes(hinted: readonly string[]): Record<string, string> {
  if (hinted.length === 0) return {};
  return hinted[0] ? { 'data-hint': 'true', 'data-hint-value': hinted[0] } : { 'data-hint': 'true' };
}
