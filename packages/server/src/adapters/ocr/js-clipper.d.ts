// js-clipper ships plain JS without types: the part of Clipper 6 that split-line-images.ts uses.
declare module 'js-clipper' {
  interface IntPoint {
    X: number;
    Y: number;
  }
  interface ClipperOffset {
    AddPath(path: IntPoint[], joinType: number, endType: number): void;
    Execute(solution: IntPoint[][], delta: number): void;
  }
  const clipper: {
    ClipperOffset: new () => ClipperOffset;
    JoinType: { jtRound: number };
    EndType: { etClosedPolygon: number };
  };
  export default clipper;
}
