import type { Lang } from '../../i18n/catalogue.ts';

const MB = 1024 * 1024;

/** "1,4 MB" / "27 KB" in the learner's number format (the same MB as the storage line on the home screen). */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
  return `${(bytes / MB).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}
