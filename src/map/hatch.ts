/** Draw the diagonal hatch used for contested ground, as RGBA pixels for `map.addImage`. */
export function hatchImage(size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 3;
      const i = (y * size + x) * 4;
      data[i] = on ? 40 : 255;
      data[i + 1] = on ? 40 : 255;
      data[i + 2] = on ? 40 : 255;
      data[i + 3] = on ? 210 : 70;
    }
  }
  return { width: size, height: size, data };
}

/** Draw the sparse dot screen that marks ground whose control is uncertain in the data. */
export function dotsImage(size = 16): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two dots per tile, on a diagonal lattice, each about 2 px across.
      const near = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 <= 1.2;
      const on = near(4, 4) || near(12, 12);
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = on ? 255 : 0;
      data[i + 3] = on ? 230 : 0;
    }
  }
  return { width: size, height: size, data };
}
