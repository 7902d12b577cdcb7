import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import type { ControlSpec } from '../engine/machineModule.ts';
import { ControlWidget } from './ControlWidget.tsx';
import { useI18n } from './i18n.tsx';

/** The accessible HTML twin of the machine's controls, grouped as on the procedure. */
export function ControlPanel() {
  const { module } = useSessionHandle();
  const { t } = useI18n();
  const groups = new Map<string, ControlSpec[]>();
  for (const c of module.controls) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const hasHandButtons = module.controls.some((c) => c.id === 'buttonLeft');
  return (
    <nav className="control-panel" aria-label={t('machine.panel')}>
      {[...groups].map(([group, controls]) => (
        <fieldset key={group} className="control-group">
          <legend>{t(`group.${group}`)}</legend>
          {controls.map((c) => (
            <ControlWidget key={c.id} control={c} />
          ))}
        </fieldset>
      ))}
      {hasHandButtons && <p className="hint-text">{t('machine.keysHint')}</p>}
    </nav>
  );
}
