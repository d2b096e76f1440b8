import { FHIR_TYPES } from './fhir-store.ts';
import { PARAM_DOCS, SEARCH_PARAMS } from './fhir-search.ts';
import { IMPORTABLE_TYPES } from './fhir-transaction.ts';
import { SOFTWARE } from './signed-document.ts';

/** Exactly what /fhir implements — built from the same tables the handlers use, so it cannot drift. */
export function capabilityStatement(date: string) {
  const search = (type: (typeof FHIR_TYPES)[number]) =>
    [...SEARCH_PARAMS[type], '_count', '_offset'].map((name) => ({
      name,
      type: PARAM_DOCS[name as keyof typeof PARAM_DOCS].type,
      documentation: PARAM_DOCS[name as keyof typeof PARAM_DOCS].doc,
    }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    software: { name: SOFTWARE.name, version: SOFTWARE.version },
    implementation: {
      description: 'Yizhu FHIR R4 endpoint (read, search, EMR history import, signed-record export)',
    },
    rest: [
      {
        mode: 'server',
        security: {
          description:
            'Session cookie from /api/auth/login; x-csrf-token header on writes. Every answer is narrowed to ' +
            'what the caller may see (out of reach reads are 404). $document needs a password or one-time ' +
            'code entered within 5 minutes.',
        },
        resource: [
          ...FHIR_TYPES.map((type) => ({
            type,
            interaction: [
              { code: 'read' },
              { code: 'search-type' },
              ...((IMPORTABLE_TYPES as readonly string[]).includes(type) ? [{ code: 'create' }] : []),
            ],
            searchParam: search(type),
            ...(type === 'Composition'
              ? {
                  operation: [
                    {
                      name: 'document',
                      definition: 'http://hl7.org/fhir/OperationDefinition/Composition-document',
                    },
                  ],
                }
              : {}),
          })),
          // Importable history types other than the served ones: create only (they feed the draft).
          ...IMPORTABLE_TYPES.filter((t) => !(FHIR_TYPES as readonly string[]).includes(t)).map((type) => ({
            type,
            interaction: [{ code: 'create' }],
          })),
        ],
        interaction: [
          { code: 'transaction', documentation: 'EMR history of one patient; all entries or none' },
        ],
      },
    ],
  };
}
