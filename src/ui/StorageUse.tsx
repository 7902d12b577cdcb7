import { useEffect, useState } from 'react';
import { useI18n } from '../common/i18n.tsx';
import { storageUse, type StorageUse as Use } from '../storage/deviceStorage.ts';

const MB = 1024 * 1024;

/** How much this device holds for Gladi (shown only where the browser can say). */
export function StorageUse() {
  const { t, lang } = useI18n();
  const [use, setUse] = useState<Use | null>(null);
  useEffect(() => {
    let live = true;
    void storageUse().then((u) => live && setUse(u));
    return () => void (live = false);
  }, []);
  if (!use) return null;
  const mb = (n: number) => (n / MB).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <p className="storage-use" data-testid="storage-use">
      {use.quota ? t('storage.usedOf', { used: mb(use.usage), quota: mb(use.quota) }) : t('storage.used', { used: mb(use.usage) })}
    </p>
  );
}
