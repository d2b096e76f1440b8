// OCR adapter: photo → text boxes (worker thread, PaddleOCR on onnxruntime) → lab observations.
export { createOcrEngine, type OcrEngine, type OcrEngineOptions } from './create-ocr-engine.ts';
export {
  readLabReport,
  parseRecognisedPages,
  mapLabEvidence,
  type LabReportReading,
} from './read-lab-report.ts';
export { toSourceBox, type PageTransform } from './page-geometry.ts';
export type { OcrBox, OcrPageResult, OcrResult } from './ocr-types.ts';
export type { RecogniseOptions } from './recognise-page.ts';
