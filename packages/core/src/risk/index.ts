// Public API of the risk models.
export type { Cholesterol, RiskModelRef, RiskNotComputed } from './risk-result.ts';
export { CHINA_PAR_MODEL } from './china-par-model.ts';
export {
  chinaPar10YearRisk,
  type ChinaParBand,
  type ChinaParInput,
  type ChinaParResult,
} from './china-par.ts';
export { CDRS_MODEL } from './cdrs-model.ts';
export { chineseDiabetesRiskScore, type CdrsInput, type CdrsResult } from './chinese-diabetes-risk-score.ts';
