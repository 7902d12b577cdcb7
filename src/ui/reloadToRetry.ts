/**
 * Browsers now keep a failed `import()` for the life of the page (the HTML module map: Chromium
 * 150 does): the same chunk, or any chunk that imports it, fails again without a request even
 * once the network is back. So a retry first imports again (enough where the browser forgets
 * failures), and when that fails while the file answers a plain request, the one real retry is a
 * fresh page. What the learner was doing goes with it: the running attempt is saved first and
 * continued without asking, and a record file being opened is carried over and opened again.
 */

const CARRIED_KEY = 'gladi.reloadedToRetry';
/** Larger record files are not carried (sessionStorage holds a few MB); the learner opens them again. */
const CARRY_FILE_MAX_CHARS = 2_000_000;

const IMPORT_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

export const isImportFailure = (error: unknown): boolean => error instanceof Error && IMPORT_FAILURE.test(error.message);

/** The module the browser names in its message (Chromium, Firefox), or null (Safari names none). */
export function failedModuleUrl(error: unknown): string | null {
  const url = error instanceof Error ? /\b(https?:\/\/[^\s'"]+)/.exec(error.message)?.[1] : undefined;
  return url ?? null;
}

/** What a reload to retry hands to the fresh page. */
export interface Carried {
  /** Continue the running attempt without the "continue?" question (a retry from inside a session). */
  readonly resume: boolean;
  readonly file: { readonly name: string; readonly type: string; readonly text: string } | null;
}

const savers = new Set<() => Promise<unknown>>();

/** Registers work that must be saved before the page reloads itself (the autosave's flush). */
export function saveBeforeReload(save: () => Promise<unknown>): () => void {
  savers.add(save);
  return () => void savers.delete(save);
}

async function answersNow(url: string | null): Promise<boolean> {
  try {
    return (await fetch(url ?? window.location.href, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * Imports again; if the browser still refuses a file that the network serves now, saves, reloads
 * and never settles (the page goes). Any other failure (still offline) is thrown as before.
 */
export async function retryImport<T>(load: () => Promise<T>, carry: { file?: File; resume?: boolean } = {}): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isImportFailure(error) || !(await answersNow(failedModuleUrl(error)))) throw error;
    await reloadToRetry(carry.file, carry.resume === true);
    return new Promise<T>(() => undefined);
  }
}

async function reloadToRetry(file: File | undefined, resume: boolean): Promise<void> {
  await Promise.allSettled([...savers].map((save) => save()));
  const text = file && file.size <= CARRY_FILE_MAX_CHARS ? await file.text() : null;
  const handed: Carried = { resume, file: file && text !== null ? { name: file.name, type: file.type, text } : null };
  try {
    window.sessionStorage.setItem(CARRIED_KEY, JSON.stringify(handed));
  } catch {
    // Storage full or blocked: the reload still retries; the learner answers "continue?" instead.
  }
  window.location.reload();
}

let carried: { resume: boolean; file: Carried['file'] } | undefined;

/** What the page before this one carried over, read once from storage and then forgotten. */
function readCarried(): { resume: boolean; file: Carried['file'] } {
  if (carried) return carried;
  carried = { resume: false, file: null };
  try {
    const raw = window.sessionStorage.getItem(CARRIED_KEY);
    window.sessionStorage.removeItem(CARRIED_KEY);
    const value = (raw ? JSON.parse(raw) : null) as Partial<Carried> | null;
    carried = { resume: value?.resume === true, file: value?.file && typeof value.file.text === 'string' ? value.file : null };
  } catch {
    // Unreadable: nothing carried; the learner is asked as after any reload.
  }
  return carried;
}

/** Whether this page was reloaded to retry with a session running (true once). */
export function takeCarriedResume(): boolean {
  const c = readCarried();
  const resume = c.resume;
  c.resume = false;
  return resume;
}

/** The record file that was being opened when the page reloaded to retry (once). */
export function takeCarriedFile(): File | null {
  const c = readCarried();
  const file = c.file ? new File([c.file.text], c.file.name, { type: c.file.type }) : null;
  c.file = null;
  return file;
}
