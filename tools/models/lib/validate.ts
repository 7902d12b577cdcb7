import { validateBytes } from 'gltf-validator';
import type { ValidationReport } from 'gltf-validator';

/** Run the Khronos glTF validator on GLB bytes. */
export function validateGlb(bytes: Uint8Array, uri = 'model.glb'): Promise<ValidationReport> {
  // The validator may keep a reference; hand it a copy so callers can reuse their buffer.
  return validateBytes(new Uint8Array(bytes), { uri, maxIssues: 200 });
}

/** One line per issue, for test failure messages and the build log. */
export function describeIssues(report: ValidationReport): string {
  const names = ['error', 'warning', 'info', 'hint'];
  return report.issues.messages.map((m) => `${names[m.severity] ?? m.severity} ${m.code} ${m.pointer ?? ''}: ${m.message}`).join('\n');
}
