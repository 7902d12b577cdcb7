import type { ComponentProps } from 'react';
import { findMachine, machineModules } from '../machines/index.ts';
import { addMachineMessages } from './i18n.tsx';
import { MachineScreen } from './MachineScreen.tsx';

// This chunk carries every machine's chart and texts; the home screen never waits for it.
addMachineMessages(machineModules);

type Props = Omit<ComponentProps<typeof MachineScreen>, 'module'> & { machineId: string };

/** Lazy entry of the machine screen: resolves the machine id to its module. */
export default function MachineRoute({ machineId, ...rest }: Props) {
  const module = findMachine(machineId);
  if (!module) throw new Error(`machine "${machineId}" is in the catalogue but not in machineModules`);
  return <MachineScreen module={module} {...rest} />;
}
