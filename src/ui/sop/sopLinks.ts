import type { Lang } from '../../i18n/catalogue.ts';

/** The app's own address (origin and base path), so a printed QR opens this very installation. */
export const appBase = (): string => new URL(import.meta.env.BASE_URL, window.location.origin).href;

/**
 * Where the printed codes point: the card link's `qrBase` (an http(s) address: the centre's own
 * server, when `npm run sop` prints from a local copy), else this very app. The card prints it.
 */
export function qrBase(search: string): string {
  const given = new URLSearchParams(search).get('qrBase');
  if (given) {
    try {
      const u = new URL(given);
      if (u.protocol === 'https:' || u.protocol === 'http:') return new URL(u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`, u.origin).href;
    } catch {
      // not an address: this app's own
    }
  }
  return appBase();
}

/** Guided practice of a machine from one step, as a printed QR code opens it. */
export const stepUrl = (base: string, machineId: string, stepId: string, lang: Lang): string =>
  `${base}?${new URLSearchParams({ machine: machineId, mode: 'guided', step: stepId, lang }).toString()}`;

/** The machine itself (the card's header QR). */
export const machineUrl = (base: string, machineId: string, lang: Lang): string => `${base}?${new URLSearchParams({ machine: machineId, lang }).toString()}`;

/** A step's picture, rendered from the model by `npm run sop:pictures` (public/sop/<machine>/<step>.png). */
export const stepPictureUrl = (machineId: string, stepId: string): string => `${import.meta.env.BASE_URL}sop/${machineId}/${stepId}.png`;

/** Which pictures exist, per machine: `{ "<machine>": ["<step>", …] }`, written by `npm run sop:pictures`. */
export const PICTURES_LIST = `${import.meta.env.BASE_URL}sop/pictures.json`;
