import { machineModules } from '../machines/index.ts';
import { useI18n } from './i18n.tsx';

/** The machine catalogue: picture, name and purpose per machine, and a way in to practise. */
export function Home({ onOpen, notice }: { onOpen: (machineId: string) => void; notice: string | null }) {
  const { t, tm } = useI18n();
  return (
    <main className="home" data-testid="home">
      <header className="home-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p>{t('app.intro')}</p>
      </header>
      {notice && (
        <p className="notice warn" role="alert">
          {notice}
        </p>
      )}
      <h2>{t('home.catalogue')}</h2>
      <ul className="catalogue">
        {machineModules.map((m) => (
          <li key={m.id} className="machine-card" data-machine-card={m.id}>
            <img src={`${import.meta.env.BASE_URL}thumbnails/${m.id}.png`} alt="" width={320} height={200} loading="lazy" />
            <div className="machine-card-body">
              <h3>{tm(m.id, 'name')}</h3>
              <p>{tm(m.id, 'purpose')}</p>
              <button type="button" className="primary" onClick={() => onOpen(m.id)} data-open-machine={m.id}>
                {t('home.practise')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
