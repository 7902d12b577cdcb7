import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import type { ControlSpec } from '../engine/machineModule.ts';
import { ControlWidget } from './ControlWidget.tsx';
import { useI18n } from '../common/i18n.tsx';

/** The accessible HTML twin of the machine's controls, grouped as on the procedure. */
export function ControlPanel() {
  const { module } = useSessionHandle();
  const { t } = useI18n();
  const groups = new Map<string, ControlSpec[]>();
  for (const c of module.controls) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return (
    <nav className="control-panel" aria-label={t('machine.panel')}>
      {[...groups].map(([group, controls]) => (
        <fieldset key={group} className="control-group">
          <legend>{t(`group.${group}`)}</legend>
          {controls.map((c) => (
            <ControlWidget key={c.id} control={c} />
          ))}
          {/* How to hold two buttons, in plain view next to them (touch users never see a tooltip). */}
          {controls.some((c) => c.id === 'buttonLeft') && (
            <div className="hint-text" data-testid="hold-help">
              <p>{t('machine.holdHint')}</p>
              <p>{t('machine.keysHint')}</p>
            </div>
          )}
        </fieldset>
      ))}
    </nav>
  );
}
