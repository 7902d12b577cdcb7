/**
 * Sole press front panel, on the cabinet front (z 0) either side of the blue window
 * (machine-shapes.md §6 part 5, moved out to x ±150 because the window spans x ±100).
 * Left: LED timer, power lamp + AUTO/MANUAL selector, e-stop, main isolator.
 * Right: pressure gauge Ø60, start (green) / stop (red), reset (blue).
 */
import { SOLE_PRESS_NODES as N } from '../../nodes.ts';
import type { SolePressGroup } from '../palette.ts';
import { eStop, flushButton, gauge, legend, mainSwitch, pilotLamp, selector } from '../../../../../tools/models/lib/parts/controls.ts';

export function buildPressPanel(root: SolePressGroup): void {
  const panel = root.group('PressPanel', [0, 600, 0]);
  const at = (x: number, y: number) => [x, y, 0] as const;

  // Timer: black bezel with a red LED window (own material so the view can light it).
  panel.span('BlackBakelite', [-192, -108], [680, 722], [0, 4]);
  const timer = panel.group(N.pressTimerDisplay, [-150, 701, 4]);
  timer.span('PressTimerLed', [-186, -114], [686, 716], [4, 5]);

  pilotLamp(panel, N.pressPowerLamp, 'PressLampPower', at(-176, 645), 10);
  selector(panel, N.pressModeSelector, at(-128, 645), 13);
  eStop(panel, N.pressEStop, at(-150, 565), 18);
  mainSwitch(panel, N.pressMainSwitch, at(-150, 475), 62);

  gauge(panel, N.pressGaugeNeedle, at(150, 655), 60);
  flushButton(panel, N.pressStartButton, 'SignalGreen', at(126, 580), 11);
  flushButton(panel, N.pressStopButton, 'SignalRed', at(174, 580), 11);
  flushButton(panel, N.pressResetButton, 'SignalBlue', at(150, 520), 10);
  for (const [x, y] of [[126, 556], [174, 556], [150, 498]] as const) legend(panel, [x, y, 0], 30);
}
