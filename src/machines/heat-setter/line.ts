import { CHILL_TUNNEL_M, HEAT_TUNNEL_M, MAX_SHOES, PITCH_M, type SteamSetting } from './constants.ts';
import { judgeShoe, type ShoePass, type ShoeVerdict } from './shoeJudge.ts';

/**
 * The pure model of the line's conveyor (issue 16): several lasted shoes ride the belt at once, in
 * slots at the fixed pitch, so the chart keeps no state per slot. Zones along the line: `heat`
 * (the tunnel, loaded from the entrance), `exit` (the outfeed table at the far end: one shoe
 * waits there to be unloaded into the chiller), `chill` (the chiller tunnel), `out` (the
 * delasting table). Each shoe's time in the heat and the cold follows from the belt speed and the
 * tunnel lengths; `judgeShoe` judges it when it is delasted.
 */

export type Zone = 'heat' | 'exit' | 'chill' | 'out';

export interface ShoeOnLine {
  readonly id: number;
  readonly zone: Zone;
  /** Metres travelled in its zone (heat and chill only). */
  readonly posM: number;
  readonly pass: ShoePass;
}

export interface Line {
  readonly shoes: readonly ShoeOnLine[];
  readonly nextId: number;
  /** A shoe reached the far end while another still sat on the outfeed table: the exit jams. */
  readonly jammed: boolean;
}

/** What the line's settings and machines are doing during one step. */
export interface LineConditions {
  readonly beltRunning: boolean;
  readonly speedMMin: number;
  /** The tunnel is at its setpoint (READY); otherwise a shoe inside only warms, it does not set. */
  readonly heatReady: boolean;
  readonly heatC: number;
  readonly steam: SteamSetting;
  readonly chillReady: boolean;
  readonly chillC: number;
  /** The evaporator is iced / the drain full: condensate drips on the shoes. */
  readonly chillerWet: boolean;
}

export const EMPTY_LINE: Line = { shoes: [], nextId: 1, jammed: false };

/** Belt steps are sums of fractions of a metre: compare positions with this slack. */
const EPS_M = 1e-9;

const FRESH_PASS: ShoePass = { heatS: 0, heatC: null, coolHeatS: 0, steam: 'off', chillS: 0, chillC: null, chillerWet: false };
const STEAM_ORDER: readonly SteamSetting[] = ['off', 'low', 'high'];
const wetter = (a: SteamSetting, b: SteamSetting): SteamSetting => (STEAM_ORDER.indexOf(a) >= STEAM_ORDER.indexOf(b) ? a : b);

export const count = (line: Line, zone: Zone): number => line.shoes.filter((s) => s.zone === zone).length;

/** A shoe may go on at the entrance only into a free slot: the previous one a whole pitch in. */
export const canLoad = (line: Line): boolean =>
  !line.jammed && line.shoes.length < MAX_SHOES && line.shoes.every((s) => s.zone !== 'heat' || s.posM >= PITCH_M - EPS_M);

export const loadShoe = (line: Line): Line =>
  canLoad(line) ? { ...line, shoes: [...line.shoes, { id: line.nextId, zone: 'heat', posM: 0, pass: FRESH_PASS }], nextId: line.nextId + 1 } : line;

/** Unload the shoe waiting at the far end into the chiller's entrance (clears a jam too, once the belt is stopped). */
export const transferShoe = (line: Line): Line => {
  const waiting = line.shoes.find((s) => s.zone === 'exit');
  if (!waiting) return line;
  return { ...line, jammed: false, shoes: line.shoes.map((s) => (s === waiting ? { ...s, zone: 'chill', posM: 0 } : s)) };
};

/** Takes the first shoe off the delasting table and judges it (null: none there). */
export function delastShoe(line: Line): { line: Line; verdict: ShoeVerdict } | null {
  const first = line.shoes.find((s) => s.zone === 'out');
  if (!first) return null;
  return { line: { ...line, shoes: line.shoes.filter((s) => s !== first) }, verdict: judgeShoe(first.pass) };
}

/** Clears a jam at the exit: the shoe stuck at the far end is set on the outfeed table by hand (belt stopped). */
export const clearJam = (line: Line): Line => ({ ...line, jammed: false });

/** Moves the line on by `dtS` seconds: exposures accumulate, the belt carries the shoes on. */
export function advanceLine(line: Line, dtS: number, c: LineConditions): Line {
  const stepM = c.beltRunning && !line.jammed ? (c.speedMMin * dtS) / 60 : 0;
  let exitTaken = line.shoes.some((s) => s.zone === 'exit');
  let jammed = line.jammed;
  const shoes = line.shoes.map((s): ShoeOnLine => {
    if (s.zone === 'heat') {
      const pass: ShoePass = c.heatReady
        ? { ...s.pass, heatS: s.pass.heatS + dtS, heatC: Math.max(s.pass.heatC ?? -Infinity, c.heatC), steam: wetter(s.pass.steam, c.steam) }
        : { ...s.pass, coolHeatS: s.pass.coolHeatS + dtS };
      const posM = s.posM + stepM;
      if (posM < HEAT_TUNNEL_M - EPS_M) return { ...s, posM, pass };
      if (exitTaken) {
        jammed = true;
        return { ...s, posM: HEAT_TUNNEL_M, pass };
      }
      exitTaken = true;
      return { ...s, zone: 'exit', posM: 0, pass };
    }
    if (s.zone === 'chill') {
      const pass: ShoePass = c.chillReady
        ? { ...s.pass, chillS: s.pass.chillS + dtS, chillC: Math.min(s.pass.chillC ?? Infinity, c.chillC), chillerWet: s.pass.chillerWet || c.chillerWet }
        : { ...s.pass, chillerWet: s.pass.chillerWet || c.chillerWet };
      const posM = s.posM + stepM;
      return posM < CHILL_TUNNEL_M - EPS_M ? { ...s, posM, pass } : { ...s, zone: 'out', posM: 0, pass };
    }
    return s;
  });
  return { ...line, shoes, jammed };
}
