/**
 * YAML: the same records as JSON, written document by document as items of
 * the top-level `documents` sequence. The yaml package is loaded only when
 * this format is asked for.
 */
import type { FormatWriter } from './types.js';

export async function yamlWriter(): Promise<FormatWriter> {
  const { stringify } = await import('yaml');
  const opts = { lineWidth: 0, aliasDuplicateObjects: false } as const;
  return {
    begin: () => 'schemaVersion: 1\ndocuments:\n',
    document: (doc) => stringify([doc], opts),
    separator: '',
    end: (errors, anyDocument) => `${anyDocument ? '' : '  []\n'}errors:${errors.length ? `\n${stringify(errors, opts)}` : ' []\n'}`,
  };
}
