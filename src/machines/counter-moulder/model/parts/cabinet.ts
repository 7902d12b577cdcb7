/**
 * Base cabinet, work deck, portal frame and top beam (machine-shapes.md §5 parts 1, 2, 6): an
 * ivory cabinet 1,400 × 950 × 850 with a blue front door and a louvred compressor panel on the
 * right side, a steel deck at y 950…970, two uprights and the beam with controllers and timers.
 */
import { COUNTER_MOULDER_NODES as N } from '../../nodes.ts';
import type { CounterMoulderGroup } from '../palette.ts';
import { levellingFoot, nameplate, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';
import { pilotLamp } from '../../../../../tools/models/lib/parts/controls.ts';

const BEAM_FRONT_Z = -600;

export function buildCabinet(root: CounterMoulderGroup): void {
  const body = root.group('Cabinet');
  body.span('PaintIvory', [-700, 700], [60, 950], [-850, 0]);
  // Blue front door with a handle, and the deck plate on top.
  body.span('PaintAccentBlue', [-640, 640], [120, 880], [0, 4]);
  body.span('Chrome', [520, 540], [420, 620], [4, 16]);
  body.span('SteelMachined', [-700, 700], [950, 970], [-520, 10]);
  for (const x of [-640, 640]) for (const z of [-790, -60]) levellingFoot(body, [x, 0, z], 60);
  nameplate(body, [0, 820, 6], 160, 50);
  warningSticker(body, [-300, 900, 6], 50);
  warningSticker(body, [300, 900, 6], 50);
  // Louvred panel of the refrigeration compressor on the right side (+x).
  const louvres = root.group(N.compressorPanel, [700, 450, -420]);
  louvres.span('LouvreGrey', [700, 706], [200, 720], [-760, -80]);
  for (let y = 240; y <= 680; y += 40) louvres.span('PaintDarkGrey', [706, 716], [y, y + 12], [-740, -100]);
  // Portal: two uprights and the top beam.
  for (const x of [-670, 670]) body.span('PaintIvory', [x - 30, x + 30], [970, 1650], [-730, -670]);
  body.span('PaintIvory', [-700, 700], [1600, 1720], [-800, BEAM_FRONT_Z]);
  body.span('PaintAccentBlue', [-700, 700], [1600, 1615], [BEAM_FRONT_Z, BEAM_FRONT_Z + 2]);
  // Controllers (temperature) and timers on the beam front, red LED displays; READY lamps.
  const unit = (name: string, display: string, led: 'HotDisplayLed' | 'ColdDisplayLed' | 'HotTimerLed' | 'ColdTimerLed', x: number) => {
    const g = root.group(name, [x, 1665, BEAM_FRONT_Z]);
    g.box('BezelBlack', [100, 52, 16], [x, 1665, BEAM_FRONT_Z + 8]);
    const d = root.group(display, [x, 1672, BEAM_FRONT_Z + 16]);
    d.box(led, [76, 24, 2], [x, 1672, BEAM_FRONT_Z + 17]);
    g.box('SignalGreen', [10, 6, 3], [x - 30, 1650, BEAM_FRONT_Z + 17]);
    g.box('SignalGreen', [10, 6, 3], [x + 30, 1650, BEAM_FRONT_Z + 17]);
  };
  unit(N.hotController, N.hotDisplay, 'HotDisplayLed', -470);
  unit(N.hotTimer, N.hotTimerDisplay, 'HotTimerLed', -340);
  unit(N.coldTimer, N.coldTimerDisplay, 'ColdTimerLed', 340);
  unit(N.coldController, N.coldDisplay, 'ColdDisplayLed', 470);
  pilotLamp(body, N.hotReadyLamp, 'LampHotReady', [-210, 1665, BEAM_FRONT_Z], 13);
  pilotLamp(body, N.coldReadyLamp, 'LampColdReady', [210, 1665, BEAM_FRONT_Z], 13);
  body.span('LabelWhite', [-120, 120], [1645, 1690], [BEAM_FRONT_Z, BEAM_FRONT_Z + 2]);
}
