import { useI18n } from '../../common/i18n.tsx';
import { QUALITY_CHOICES, type QualityChoice } from './qualityPolicy.ts';
import { chooseQuality, useQuality } from './qualityStore.ts';

/** "Kualitas gambar": automatic, or held high (projector) or low (weak tablet); kept on the device. */
export function QualitySelect() {
  const { t } = useI18n();
  const { choice } = useQuality();
  return (
    <label className="mode-select quality-select">
      <span className="visually-hidden">{t('quality.label')}</span>
      <select value={choice} onChange={(e) => chooseQuality(e.target.value as QualityChoice)} data-testid="quality-select" title={t('quality.label')}>
        {QUALITY_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`quality.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
