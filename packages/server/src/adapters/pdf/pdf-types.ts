import type { TextLayerItem } from '@yizhu/core';
import type { Matrix } from './pdf-text-items.ts';

/**
 * What the PDF worker reports for each page, in page units (points at scale 1) of the page as shown.
 * A scanned page (no text layer, an image) carries its rendering for the OCR engine instead of items.
 */
export interface PdfPageContent {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  /** Boxes on the page turned upright (see `quarterTurns`), where table rows are horizontal. */
  items: TextLayerItem[];
  /** Clockwise quarter turns that stood the page's text upright (0 for nearly every PDF). */
  quarterTurns: number;
  /** Maps item boxes back onto the displayed page, when the page was turned. */
  toDisplay?: Matrix;
  /** A PNG of the page at `scale` pixels per page unit. */
  scan?: { png: Uint8Array; scale: number };
}

export interface PdfPages {
  pages: PdfPageContent[];
}
