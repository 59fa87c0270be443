/** The rectangle a chart is drawn into, in points (origin top-left, y downwards). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
