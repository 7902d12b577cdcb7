import { use, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import type { Lang } from '../../i18n/catalogue.ts';
import { buildSopCard, type SopCard } from '../../sop/sopCard.ts';
import type { MachineModule } from '../../engine/machineModule.ts';
import type { LogEntry } from '../../engine/session.ts';
import { actionLabel } from '../actionLabel.ts';
import { machineBundle } from '../machineBundle.ts';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { QrCode } from './QrCode.tsx';
import { machineUrl, qrBase, stepPictureUrl, stepUrl, PICTURES_LIST } from './sopLinks.ts';
import { PAPERS, type Paper } from '../../app/urlParams.ts';
import './sop.css';

interface Props {
  machineId: string;
  paper: Paper;
  notices: readonly string[];
  onPaper: (paper: Paper) => void;
  onLang: (lang: Lang) => void;
  onBack: () => void;
}

/**
 * The printable SOP card of one machine (`?sop=<id>&lang=&paper=`), lazy: it loads the machine's
 * chunk and derives the card from it (sop/sopCard.ts). The toolbar is not printed; the card is
 * black on white with print CSS (`@page` A4 or A5), so the browser's own print (or `npm run sop`)
 * makes the paper copy. No PDF library.
 */
export default function SopRoute({ machineId, paper, notices, onPaper, onLang, onBack }: Props) {
  const { t } = useI18n();
  const { module } = use(machineBundle(machineId));
  const card = useMemo(() => buildSopCard(module), [module]);
  return (
    <div className="sop-screen">
      <div className="sop-toolbar top-bar">
        <button type="button" onClick={onBack} data-testid="back">
          ← {t('sop.back')}
        </button>
        <span className="sop-paper" role="group" aria-label={t('sop.paper')}>
          {t('sop.paper')}:{' '}
          {PAPERS.map((p) => (
            <button key={p} type="button" aria-pressed={p === paper} onClick={() => onPaper(p)} data-testid={`paper-${p}`}>
              {p}
            </button>
          ))}
        </span>
        <button type="button" onClick={() => window.print()} data-testid="sop-print">
          {t('sop.print')}
        </button>
        <LanguageSwitch onChange={onLang} />
      </div>
      {notices.map((n) => (
        <p key={n} className="notice warn sop-toolbar" role="status">
          {n}
        </p>
      ))}
      <main>
        <SopCardView module={module} card={card} paper={paper} />
      </main>
    </div>
  );
}

function SopCardView({ module, card, paper }: { module: MachineModule; card: SopCard; paper: Paper }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const tm = (key: string, params?: Readonly<Record<string, string | number>>) => i18n.tm(module.id, key, params);
  /** An optional text of the machine's own (for example `sop.ppe`), else the app's default. */
  const own = (key: string, fallback: string) => {
    const v = tm(key);
    return v.startsWith('[') ? fallback : v;
  };
  const stepN = new Map(card.steps.map((st) => [st.id, st.n]));
  const pictures = usePictureList(module.id);
  const [base] = useState(() => qrBase(window.location.search));
  return (
    <article
      className={`sop-card paper-${paper}`}
      data-testid="sop-card"
      data-machine={module.id}
      data-paper={paper}
      data-ready={pictures === null ? 'false' : 'true'}
      // Steps whose part is known but whose picture is not made yet (a machine added since `npm run sop:pictures`).
      data-pictures-missing={pictures === null ? '' : card.steps.filter((st) => st.node && !pictures.has(st.id)).map((st) => st.id).join(',')}
      lang={lang}
    >
      <header className="sop-head">
        <div>
          <p className="sop-kicker">
            {t('sop.title')} · {t('app.title')}
          </p>
          <h1>{tm('name')}</h1>
          <p className="sop-purpose">
            <strong>{t('sop.purpose')}:</strong> {tm('purpose')}
          </p>
        </div>
        <figure className="sop-qr" data-testid="sop-machine-qr">
          <QrCode text={machineUrl(base, module.id, lang)} sizeMm={24} label={t('sop.headerQr')} />
          <figcaption>
            {t('sop.headerQr')}
            <span className="sop-base">{base.replace(/^https?:\/\//, '')}</span>
          </figcaption>
        </figure>
      </header>

      <section className="sop-safety" aria-labelledby="sop-safety">
        <h2 id="sop-safety">⚠ {t('sop.safety')}</h2>
        <ul>
          <li>
            <strong>{t('sop.ppe')}:</strong> {own('sop.ppe', t('sop.ppe.default'))}
          </li>
          {card.estop && <li>{t('sop.estop', { control: tm(`control.${card.estop}`) })}</li>}
          {own('sop.interlocks', '') && <li>{tm('sop.interlocks')}</li>}
        </ul>
        {card.never.length > 0 && (
          <>
            <h3>{t('sop.never')}</h3>
            <ul className="sop-never">
              {card.never.map((id) => (
                <li key={id}>
                  <strong>✗ {tm(`mistake.${id}`)}</strong>
                  {own(`mistake.${id}.why`, '') && <> — {tm(`mistake.${id}.why`)}</>}
                  {own(`mistake.${id}.instead`, '') && (
                    <>
                      {' '}
                      <em>{t('sop.instead')}</em> {tm(`mistake.${id}.instead`)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="sop-ticket" aria-labelledby="sop-ticket">
        <h2 id="sop-ticket">{t('sop.ticket')}</h2>
        {card.ticket.length === 0 ? (
          <p>{t('sop.ticketNone')}</p>
        ) : (
          <table>
            <tbody>
              {card.ticket.map((s) => (
                <tr key={s.step}>
                  <td className="sop-n">{stepN.get(s.step)}</td>
                  <td>{tm(`step.${s.step}`)}</td>
                  <td className="sop-values">{s.events.length ? s.events.map((e: LogEntry, i) => <div key={i}>{actionLabel(i18n, module.id, e)}</div>) : t('sop.ticketDefault')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="sop-steps" aria-labelledby="sop-steps">
        <h2 id="sop-steps">{t('sop.steps')}</h2>
        <ol>
          {card.steps.map((st) => (
            <li key={st.id} className="sop-step" data-step={st.id}>
              <StepPicture machineId={module.id} stepId={st.id} available={pictures?.has(st.id) ?? false} missing={st.node ? t('sop.noPicture') : ''} />
              <div className="sop-step-text">
                <span className="sop-n">{st.n}</span>
                <p>
                  {tm(`step.${st.id}`)}
                  {st.group && <span className="sop-tag"> ({t('sop.anyOrder')})</span>}
                  {st.alreadyDone && <span className="sop-tag"> ({t('sop.alreadyDone')})</span>}
                </p>
              </div>
              {st.practisable && <QrCode text={stepUrl(base, module.id, st.id, lang)} sizeMm={19} label={t('sop.stepQr', { n: st.n })} />}
            </li>
          ))}
        </ol>
      </section>

      <section className="sop-faults" aria-labelledby="sop-faults">
        <h2 id="sop-faults">{t('sop.faults')}</h2>
        <ul>
          {card.faults.map((f) => (
            <li key={f.id}>
              <strong>{tm(`fault.${f.id}`)}</strong>: {tm(`fault.${f.id}.desc`)}{' '}
              {f.status && (
                <span>
                  <em>{t('sop.faultSays')}</em> {tm(f.status.key, f.status.params)}{' '}
                </span>
              )}
              <span>
                <em>{t('sop.faultDo')}</em>{' '}
                {own(`fault.${f.id}.action`, '') ? tm(`fault.${f.id}.action`) : f.actions.length > 0 ? `${f.actions.map((c) => tm(`control.${c}`)).join('; ')}.` : f.status ? t('sop.faultFollow') : t('sop.faultDefault')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <footer className="sop-foot">{t('sop.footer')}</footer>
    </article>
  );
}

/**
 * Which steps of this machine have a picture (public/sop/pictures.json, written with them by
 * `npm run sop:pictures`): a machine added since shows the neutral frame, without a request that fails.
 */
function usePictureList(machineId: string): ReadonlySet<string> | null {
  const [list, setList] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    let live = true;
    fetch(PICTURES_LIST)
      .then((r): Promise<Record<string, unknown>> | Record<string, unknown> => (r.ok ? (r.json() as Promise<Record<string, unknown>>) : {}))
      .catch((): Record<string, unknown> => ({}))
      .then((all) => {
        const ids = all[machineId];
        if (live) setList(new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []));
      });
    return () => void (live = false);
  }, [machineId]);
  return list;
}

/** The step's part, rendered from the model with that part highlighted; a neutral frame where the picture is not made yet. */
function StepPicture({ machineId, stepId, available, missing }: { machineId: string; stepId: string; available: boolean; missing: string }) {
  const [failed, setFailed] = useState(false);
  if (!available || failed) {
    return (
      <div className="sop-pic sop-pic-missing" data-picture="missing">
        {missing}
      </div>
    );
  }
  return <img className="sop-pic" src={stepPictureUrl(machineId, stepId)} alt="" width={160} height={120} data-picture="shown" onError={() => setFailed(true)} />;
}
