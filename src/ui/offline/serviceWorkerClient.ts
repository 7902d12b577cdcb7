import { Workbox } from 'workbox-window';

/**
 * Registers the service worker (production build only: `npm start` has none) and tells the
 * screens when a new version waits. The new version takes over only when the learner presses
 * "Perbarui" (UpdatePrompt, shown on the home screen), never by itself in the middle of a session.
 */
export interface ServiceWorkerState {
  /** A new version is installed and waiting for "Perbarui". */
  readonly updateWaiting: boolean;
}

let state: ServiceWorkerState = { updateWaiting: false };
const listeners = new Set<() => void>();
let workbox: Workbox | null = null;
/** Only the tab whose learner pressed "Perbarui" reloads; another tab mid-session is left alone. */
let updateRequested = false;

const set = (next: ServiceWorkerState) => {
  state = next;
  listeners.forEach((l) => l());
};

export const serviceWorkerState = (): ServiceWorkerState => state;
export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called once at start-up (src/main.tsx). A browser without service workers just runs online. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}serviceWorker.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener('waiting', () => set({ updateWaiting: true }));
  // Once the new version controls the page (after "Perbarui"), load the page again from it.
  wb.addEventListener('controlling', (event) => {
    if (event.isUpdate && updateRequested) window.location.reload();
  });
  workbox = wb;
  // Registration can fail (private mode, a blocked worker): the app keeps working online.
  wb.register().catch((error: unknown) => console.warn('service worker not registered:', error));
}

/** "Perbarui": the waiting version takes over, and the `controlling` handler reloads into it. */
export function applyUpdate(): void {
  updateRequested = true;
  if (workbox && state.updateWaiting) workbox.messageSkipWaiting();
  else window.location.reload();
}
