import type { ComponentProps } from 'react';
import { findMachine, machineModules } from '../machines/index.ts';
import { findDrill } from '../scenarios/bundled.ts';
import type { Drill } from '../scenarios/types.ts';
import { addMachineMessages, useI18n } from './i18n.tsx';
import { MachineScreen } from './MachineScreen.tsx';

// This chunk carries every machine's chart and texts; the home screen never waits for it.
addMachineMessages(machineModules);

type Props = Omit<ComponentProps<typeof MachineScreen>, 'module' | 'drill' | 'modeNotice'> & {
  machineId: string;
  scenarioId: string | null;
  fileDrill: Drill | null;
  modeNotice: string | null;
};

/** Lazy entry of the machine screen: resolves the machine id to its module and a drill id to its drill. */
export default function MachineRoute({ machineId, scenarioId, fileDrill, modeNotice, ...rest }: Props) {
  const i18n = useI18n();
  const module = findMachine(machineId);
  if (!module) throw new Error(`machine "${machineId}" is in the catalogue but not in machineModules`);
  const bundled = scenarioId ? findDrill(machineId, scenarioId) : undefined;
  const notice = scenarioId && !bundled ? i18n.t('drill.unknown', { id: scenarioId }) : modeNotice;
  return <MachineScreen module={module} drill={fileDrill ?? bundled ?? null} modeNotice={notice} {...rest} />;
}
