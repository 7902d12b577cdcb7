import type { MachineModule } from '../../engine/machineModule.ts';
import { buildTour, type Tour } from '../../presenter/tour.ts';

const tours = new Map<string, Tour>();

/** A machine's tour, computed once per page (the golden run takes a few hundred ms on a tablet). */
export function tourOf(module: MachineModule): Tour {
  let tour = tours.get(module.id);
  if (!tour) {
    tour = buildTour(module);
    tours.set(module.id, tour);
  }
  return tour;
}
