// PDF adapter: lab report PDF → text layer (or, for scans, rendered pages through OCR) → observations.
export {
  createPdfReader,
  MAX_PDF_PAGES,
  type PdfReader,
  type PdfReaderOptions,
} from './create-pdf-reader.ts';
export { readLabPdf, type PdfLabReading } from './read-lab-pdf.ts';
export { isPdf, assertCompletePdf } from './sniff-pdf.ts';
export { pdfTextItems, type PdfjsTextItem, type PdfjsFontStyle } from './pdf-text-items.ts';
export type { PdfPageContent, PdfPages } from './pdf-types.ts';
