import { parseHl7OruR01 } from '../labs/parse-hl7-oru.ts';
import type { LabObservation } from '../labs/lab-observation.ts';

/** Test factory: a CBC-style report with high, low, within-range, preliminary and qualitative rows. */
export const LAB_MSG = [
  'MSH|^~\\&|LIS|CITY LAB|YIZHU|CLINIC|20240305103000+0800||ORU^R01^ORU_R01|MSG0001|P|2.5.1',
  'OBR|1|ORD1|FIL1|58410-2^CBC panel^LN|||20240305081200+0800|||||||||||||||||||F',
  'OBX|1|NM|6690-2^Leukocytes^LN||12.5|10*9/L|3.5-9.5|H|||F',
  'OBX|2|NM|718-7^Hemoglobin^LN||128|g/L|130-175|L|||F',
  'OBX|3|NM|^血小板计数||480|10*9/L|125-350|H|||P',
  'OBX|4|ST|20454-5^Protein^LN||Negative||Negative||||F',
  'OBX|5|NM|2093-3^Cholesterol^LN||4.1|mmol/L|<5.2|N|||F',
  'OBX|6|NM|4548-4^HbA1c^LN||7.2|%|4-6|H|||F',
].join('\r');

export const labExplainObservations = (): LabObservation[] =>
  parseHl7OruR01(LAB_MSG, { sourceId: 'lab-1' }).observations;
