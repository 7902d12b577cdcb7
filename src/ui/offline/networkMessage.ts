import type { I18n } from '../../common/i18n.tsx';
import { ModelLoadError } from '../../scene/modelLoadError.ts';

/**
 * The learner's message for a part or a model that did not load. Offline, it says what to do
 * ("Mesin ini belum diunduh. Sambungkan internet sekali, lalu tekan Unduh.") instead of a
 * browser's "Failed to fetch"; online, the existing per-cause texts. The technical detail stays
 * folded in LoadFailure for support.
 */
export function stageFailureMessage(t: I18n['t'], error: unknown, online: boolean): string {
  const network = !(error instanceof ModelLoadError) || error.kind === 'network' || error.kind === 'timeout';
  if (!online && network) return t('offline.notDownloaded');
  return error instanceof ModelLoadError ? t(`machine.modelError.${error.kind}`) : t('load.failed', { part: t('load.part.stage') });
}

/** A lazily loaded part (machine screen, progress page, record reader) that did not load. */
export function partFailureMessage(t: I18n['t'], part: string, online: boolean): string {
  return online ? t('load.failed', { part }) : t('offline.partNotStored', { part });
}
