import type { GlyphHints } from '@yizhu/core/labs/ocr-page-geometry.ts';
import type { PageTransform } from './page-geometry.ts';

/**
 * What the OCR engine hands to the lab parser. Boxes are in the coordinates of the straightened page
 * (`width` x `height`), where table rows are horizontal; `transform` maps them back onto the uploaded
 * image (see toSourceBox) for evidence highlights.
 */
export interface OcrBox {
  text: string;
  box: [x: number, y: number, w: number, h: number];
  /** Recognition confidence 0..1 (mean character probability). */
  score: number;
  /** What the recogniser also saw where OCR often misreads (a lost point, an arrow read as 1). */
  glyphHints?: GlyphHints;
}

export interface OcrPageResult {
  width: number;
  height: number;
  boxes: OcrBox[];
  transform: PageTransform;
}

export interface OcrResult {
  pages: OcrPageResult[];
}
