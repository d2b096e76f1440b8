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
  /**
   * When the text ends in a digit and "1": the arrows the recogniser also saw in that last glyph. An
   * inline "↑"/"↓" after a value is often read as "1"; the lab parser decides with the reference range.
   */
  trailingOneArrows?: ('↑' | '↓')[];
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
