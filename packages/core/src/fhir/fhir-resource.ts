/** A FHIR R4 resource as plain JSON (the mappers build them; tests validate them against R4). */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** HL7 security labels carried in meta.security (HL7 AI Transparency on FHIR; v3 Confidentiality). */
export const SECURITY = {
  aiAsserted: {
    system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
    code: 'AIAST',
    display: 'Artificial Intelligence asserted',
  },
  normal: {
    system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
    code: 'N',
    display: 'normal',
  },
} as const satisfies Record<string, FhirCoding>;

const XHTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Narrative xhtml for plain text: escaped, one paragraph per line. */
export function narrative(text: string): { status: 'generated'; div: string } {
  const paras = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${l.replace(/[&<>"]/g, (c) => XHTML_ESCAPES[c]!)}</p>`)
    .join('');
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${paras}</div>` };
}
