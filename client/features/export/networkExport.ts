/** The server's network export for the current view: its path with the view's filters, and the file's name. */
import { EXPORT_FILES, exportBaseName, type ExportFileName } from '../../../core/export/formats.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphFilterVariables } from '../../state/variables.ts';

export function networkExport(
  name: ExportFileName,
  state: Pick<AtlasState, 'filters' | 'asOf'>,
): { path: string; fileName: string } {
  const { file, suffix } = EXPORT_FILES[name];
  const { families, types, asOf, minConfidence } = graphFilterVariables(state);
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  if (families) params.set('families', families.join(','));
  if (types) params.set('types', types.join(','));
  if (minConfidence !== undefined) params.set('minConfidence', String(minConfidence));
  const query = params.toString();
  return { path: `/export/${file}${query ? `?${query}` : ''}`, fileName: `${exportBaseName(asOf)}${suffix}` };
}
