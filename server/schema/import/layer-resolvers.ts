/** Ready-made layers: the list the Import dialog offers, and importing one (editors). */
import { InputError } from '../../../core/errors.ts';
import { importLayer, LAYERS, layerNamed, readLayerMeta } from '../../import/layers.ts';
import { requireRole } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const layerResolvers: Resolvers = {
  Query: {
    readyLayers: () =>
      Object.entries(LAYERS).map(([name, layer]) => {
        const meta = readLayerMeta(name);
        return {
          name,
          title: layer.title,
          description: layer.description,
          version: meta.version,
          date: meta.date,
          publisher: meta.publisher,
          url: meta.url,
          licence: meta.licence,
        };
      }),
  },
  Mutation: {
    importLayer: async (_, { name, dryRun }, context) => {
      requireRole(context, 'editor', 'import layers');
      if (!layerNamed(name)) {
        throw new InputError(
          'name',
          `there is no ready-made layer "${name}" (there is: ${Object.keys(LAYERS).join(', ')})`,
        );
      }
      const report = await importLayer(context.executor, name, { actor: context.viewer, dryRun: dryRun ?? false });
      return {
        ...report,
        entities: report.counts.entities,
        relationships: report.counts.relationships,
        keptEdited: report.keptEdited.length,
      };
    },
  },
};
