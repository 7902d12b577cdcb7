import { useI18n } from '../../common/i18n.tsx';

/** The trainer's way to a machine's printable SOP card (opens beside the practice, in a new tab). */
export function SopLink({ machineId }: { machineId: string }) {
  const { t, lang } = useI18n();
  const href = `?${new URLSearchParams({ sop: machineId, lang }).toString()}`;
  return (
    <p className="sop-link">
      <a href={href} target="_blank" rel="noopener" data-testid="sop-link">
        🖨 {t('sop.open')}
      </a>
      <small>{t('sop.openHint')}</small>
    </p>
  );
}
