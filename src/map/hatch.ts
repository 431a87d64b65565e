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
