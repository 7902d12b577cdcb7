/**
 * The layer rules of eslint.config.js, proven on planted code: each zone's forbidden import (or
 * global) is an error there, and the same line is fine where it belongs. Machine folders here are
 * made up (alpha, beta): the rules go by path, and no test outside a machine names a real one.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const PLANTED: readonly (readonly [zone: string, file: string, code: string, rule: string])[] = [
  ['engine → React', 'src/engine/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
  ['engine → machine registry', 'src/engine/planted.ts', "import { machineModules } from '../machines/index.ts';\nexport const x = machineModules;\n", 'no-restricted-imports'],
  ['engine → scenarios', 'src/engine/planted.ts', "import { bundledDrills } from '../scenarios/bundled.ts';\nexport const x = bundledDrills;\n", 'no-restricted-imports'],
  ['engine → DOM', 'src/engine/planted.ts', 'export const x = () => window.innerWidth;\n', 'no-restricted-globals'],
  ['engine → real timer', 'src/engine/planted.ts', 'export const x = () => setTimeout(() => {}, 5);\n', 'no-restricted-globals'],
  ['machine chart → three', 'src/machines/alpha/chart/planted.ts', "import { Vector3 } from 'three';\nexport const x = Vector3;\n", 'no-restricted-imports'],
  ['machine → node:fs', 'src/machines/beta/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
  ['machine → view module', 'src/machines/beta/planted.ts', "import { useI18n } from '../../common/i18n.tsx';\nexport const x = useI18n;\n", 'no-restricted-imports'],
  ['machine → another machine', 'src/machines/beta/planted.ts', "import { alphaControls } from '../alpha/controls.ts';\nexport const x = alphaControls;\n", 'gladi/machine-boundaries'],
  ['machine model → another machine', 'src/machines/beta/model/parts/planted.ts', "import N from '../../../alpha/nodes.ts';\nexport const x = N;\n", 'gladi/machine-boundaries'],
  ['ui → machine folder', 'src/ui/Planted.tsx', "import { betaControls } from '../machines/beta/controls.ts';\nexport const x = betaControls;\n", 'gladi/machine-boundaries'],
  ['scenarios → DOM', 'src/scenarios/planted.ts', 'export const x = () => document.title;\n', 'no-restricted-globals'],
  ['texts → React', 'src/i18n/planted.ts', "import { createContext } from 'react';\nexport const x = createContext;\n", 'no-restricted-imports'],
  ['ui → three', 'src/ui/Planted.tsx', "import { Mesh } from 'three';\nexport const x = Mesh;\n", 'no-restricted-imports'],
  ['ui → fiber', 'src/ui/Planted.tsx', "import { Canvas } from '@react-three/fiber';\nexport const x = Canvas;\n", 'no-restricted-imports'],
  ['scene → ui', 'src/scene/Planted.tsx', "import { StatusBar } from '../ui/StatusBar.tsx';\nexport const x = StatusBar;\n", 'no-restricted-imports'],
  ['a machine schematic → three', 'src/machines/beta/schematic.tsx', "import { Color } from 'three';\nexport const x = Color;\n", 'gladi/schematic-without-3d'],
  ['a machine schematic → fiber', 'src/machines/beta/schematic.tsx', "import { useFrame } from '@react-three/fiber';\nexport const x = useFrame;\n", 'gladi/schematic-without-3d'],
  ['a machine schematic → its 3D view', 'src/machines/beta/schematic.tsx', "import view from './view.tsx';\nexport const x = view;\n", 'gladi/schematic-without-3d'],
  ['a machine schematic → a 3D view helper', 'src/machines/beta/schematic.tsx', "import { Motion } from './viewMotion.tsx';\nexport const x = Motion;\n", 'gladi/schematic-without-3d'],
  ['the 2D kit → a scene component', 'src/ui/schematic/Planted.tsx', "import { HintMarkers } from '../../scene/HintMarkers.tsx';\nexport const x = HintMarkers;\n", 'gladi/schematic-without-3d'],
  ['tools → machine folder', 'tools/planted.ts', "import N from '../src/machines/beta/nodes.ts';\nexport const x = N;\n", 'gladi/machine-boundaries'],
];

const ALLOWED: readonly (readonly [place: string, file: string, code: string])[] = [
  ['a machine view → three', 'src/machines/beta/view.tsx', "import { Color } from 'three';\nexport const x = Color;\n"],
  ['a machine → its own files', 'src/machines/beta/chart/planted.ts', "import { betaControls } from '../controls.ts';\nexport const x = betaControls;\n"],
  ['scene → three and common', 'src/scene/Planted.tsx', "import { Mesh } from 'three';\nimport { useI18n } from '../common/i18n.tsx';\nexport const x = [Mesh, useI18n];\n"],
  ['engine React bindings → React', 'src/engine/react/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ['tests of pure code → node:fs', 'src/engine/planted.test.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
  ['a machine schematic → the 2D kit, its look and pure scene helpers', 'src/machines/beta/schematic.tsx', "import { Lamp } from '../../ui/schematic/Lamp.tsx';\nimport { betaLook } from './look.ts';\nimport { dragValue } from '../../scene/controlDrag.ts';\nexport const x = [Lamp, betaLook, dragValue];\n"],
  ['a machine view → the 2D kit rule does not apply', 'src/machines/beta/viewParts.tsx', "import { Color } from 'three';\nexport const x = Color;\n"],
  ['ui → the registries', 'src/ui/Planted.tsx', "import { machineCatalogue } from '../machines/catalogue.ts';\nexport const x = machineCatalogue;\n"],
];

describe('lint layer rules', () => {
  it.each(PLANTED)('refuses %s', async (_zone, file, code, rule) => {
    expect((await errorsOf(file, code)).some((e) => e.startsWith(`${rule}:`))).toBe(true);
  });

  it.each(ALLOWED)('allows %s', async (_place, file, code) => {
    expect(await errorsOf(file, code)).toEqual([]);
  });
});
