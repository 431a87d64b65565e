/** Largest canvas side the atlas lets MapLibre draw (`maxCanvasSize`); the GPU's own limits still apply. */
export const MAX_CANVAS_SIDE = 16384;
