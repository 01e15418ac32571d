// A dense row-major matrix in one Float64Array: the model code handles 100,000+ rows, and one small array
// per row would spend more time in the garbage collector than in the arithmetic.
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function matrixFromColumns(columns: readonly ArrayLike<number>[], rows: number): Matrix {
  const cols = columns.length;
  const data = new Float64Array(rows * cols);
  columns.forEach((column, c) => {
    for (let i = 0; i < rows; i++) data[i * cols + c] = column[i] as number;
  });
  return { rows, cols, data };
}

/** Row i of `matrix` times `beta`. */
export function rowDot(matrix: Matrix, i: number, beta: ArrayLike<number>): number {
  let total = 0;
  const offset = i * matrix.cols;
  for (let c = 0; c < matrix.cols; c++) total += (matrix.data[offset + c] as number) * (beta[c] as number);
  return total;
}

export function dot(x: ArrayLike<number>, beta: ArrayLike<number>): number {
  let total = 0;
  for (let a = 0; a < x.length; a++) total += (x[a] as number) * (beta[a] as number);
  return total;
}

/** `pick` applied to every item, into a Float64Array (a plain loop: TypedArray.from with a map is slow). */
export function column<T>(items: readonly T[], pick: (item: T, index: number) => number): Float64Array {
  const values = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) values[i] = pick(items[i] as T, i);
  return values;
}
