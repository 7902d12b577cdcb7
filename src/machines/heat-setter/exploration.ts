import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { HeatSetterContext } from './chart/types.ts';
import { TICKET_STEAM, WORK_TICKET } from './constants.ts';
import { count } from './line.ts';
import { judgeShoe, type ShoePass } from './shoeJudge.ts';

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

/**
 * How many process settings are on the work ticket: a count, not a yes/no, so a walk can put
 * them right one at a time (with a yes/no, setting the first of four would look like no change).
 */
const onTicket = (c: HeatSetterContext): number =>
  [c.heatTempC === WORK_TICKET.heatTempC.min, c.chillTempC === WORK_TICKET.chillTempC.min, c.speedMMin === WORK_TICKET.speedMMin.min, c.steam === TICKET_STEAM].filter(Boolean).length;

/** Already spoiled for good (too hot, too long, wet): so a walk keeps a clean shoe apart from a spoiled one at the same place. */
const SPOILING = new Set(['tooHot', 'tooLongHot', 'steamWet', 'dripWet']);
const spoiled = (p: ShoePass): boolean => judgeShoe(p).defects.some((d) => SPOILING.has(d));

/** A shoe as the walk tells shoes apart: where it is, and spoiled yet (or, on the delasting table, its verdict). */
const shoeClass = (sh: { zone: string; pass: ShoePass }): [string, string | boolean] => [sh.zone, sh.zone === 'out' ? judgeShoe(sh.pass).outcome : spoiled(sh.pass)];

/**
 * The line at full run: both tunnels at setpoint, the belt running, no fault, no e-stop. Only
 * there does the walk follow each belt step (the leading shoe's position, to the mm); elsewhere the line is
 * kept as a few classes, so the shoes do not multiply every switch and fault combination.
 */
const atFullRun = (s: AnyMachineSnapshot, c: HeatSetterContext): boolean =>
  s.hasTag('heatReady') && s.hasTag('chillReady') && s.hasTag('conveyorRunning') && !s.hasTag('estop') && !c.controllerFault && !c.fanFault && !c.chillerIced;

/**
 * The part of the snapshot that decides what can happen next: the state value, the fan and the
 * chiller door (the other switches show in the state value), whether a fault is pending, the
 * shutdown care, how many settings are on the ticket, the line (see `atFullRun`) and whether a
 * shoe kept its shape yet. Replays stay exact however coarse this is (the walk keeps each path's
 * real timing); coarser only means fewer paths tried.
 */
export function heatSetterExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as HeatSetterContext;
  const l = c.line;
  const lineClass = [l.shoes.length > 0, count(l, 'exit') > 0, count(l, 'out') > 0, l.jammed];
  const lead = l.shoes.find((sh) => sh.zone === 'heat' || sh.zone === 'chill');
  return JSON.stringify([
    s.value,
    [c.fanOn, c.chillerDoorOpen],
    c.controllerFault || c.fanFault || c.chillerIced,
    l.shoes.length > 0 ? null : [c.defrosted, c.drained],
    onTicket(c),
    atFullRun(s, c) ? [lineClass, l.shoes.map(shoeClass), lead ? [lead.zone, Math.round(lead.posM * 1000)] : null] : lineClass,
    c.goodShoes > 0,
  ]);
}
