import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { HeatSetterContext } from './chart/types.ts';
import { PITCH_M, TICKET_STEAM, WORK_TICKET } from './constants.ts';
import { count } from './line.ts';

/**
 * Exhaustive tests cannot try every setting: the representatives reach every class that matters
 * (the default heat blisters, the ticket's keeps the shape; the default speed is too fast).
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  heatTemp: ['100'],
  chillTemp: ['-10'],
  conveyorSpeed: ['0.5'],
  steam: ['low'],
};
/** Inspections only tick check marks; they cannot change what the line may do next. */
const SKIP_TYPES = new Set(['user.inspect']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) => !SKIP_TYPES.has(e.type) && (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/** Every process setting on the work ticket (one class: the walk only needs right or not). */
const onTicket = (c: HeatSetterContext): boolean =>
  c.heatTempC === WORK_TICKET.heatTempC.min && c.chillTempC === WORK_TICKET.chillTempC.min && c.speedMMin === WORK_TICKET.speedMMin.min && c.steam === TICKET_STEAM;

/**
 * The part of the snapshot that decides what can happen next: the state value, switches, faults
 * and shutdown care, whether the settings are on the ticket, and the line as how many shoes ride
 * it (and whether one waits at the exit or on the delasting table) plus how far the leading shoe has come (in
 * pitches), so a belt tick that moves it is a new state and the walk follows shoes through.
 * Where the other shoes are exactly is left out: it only repeats the same classes.
 */
export function heatSetterExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as HeatSetterContext;
  const l = c.line;
  const lead = l.shoes.find((sh) => sh.zone === 'heat' || sh.zone === 'chill');
  return JSON.stringify([
    s.value,
    // The isolator, heat and chiller switches show in the state value (power, heater, chiller).
    [c.fanOn, c.chillerDoorOpen],
    // Faults only as "some fault pending" (the cut-out, fan trip and jam show in the state value).
    c.controllerFault || c.fanFault || c.chillerIced,
    [c.defrosted, c.drained],
    onTicket(c),
    [l.shoes.length, count(l, 'exit') > 0, count(l, 'out') > 0, l.jammed],
    lead ? [lead.zone, Math.floor(lead.posM / PITCH_M)] : null,
    [c.lastVerdict?.outcome ?? null, c.goodShoes > 0],
  ]);
}
