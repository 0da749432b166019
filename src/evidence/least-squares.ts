// Ordinary least squares for the handful of columns the evidence model has (an intercept, weekday
// dummies, a trend, one driver): the normal equations solved by Cholesky. With p below a dozen a
// library adds nothing but weight; the projection matrix is kept, because the bootstrap refits the
// same design hundreds of times and each refit is then one matrix-vector product.

export interface Fit {
  /** Number of rows and columns. */
  n: number;
  p: number;
  /** The projection (X'X)^-1 X', p × n, row-major: coefficients = P y. */
  projection: Float64Array;
  /** The design, n × p, row-major. */
  design: Float64Array;
}

/** Prepares the fit of a design (n × p, row-major); null when its columns are collinear. */
export function prepare(design: Float64Array, n: number, p: number): Fit | null {
  const gram = new Float64Array(p * p);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let a = 0; a < p; a++) {
      const va = design[row + a]!;
      if (va === 0) continue;
      for (let b = a; b < p; b++) gram[a * p + b] += va * design[row + b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) gram[a * p + b] = gram[b * p + a]!;
  const inverse = invertSymmetric(gram, p);
  if (inverse === null) return null;
  const projection = new Float64Array(p * n);
  for (let a = 0; a < p; a++) {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let b = 0; b < p; b++) sum += inverse[a * p + b]! * design[i * p + b]!;
      projection[a * n + i] = sum;
    }
  }
  return { n, p, projection, design };
}

/** Coefficients P y into `out` (length p). */
export function coefficients(fit: Fit, y: Float64Array, out: Float64Array): Float64Array {
  const { n, p, projection } = fit;
  for (let a = 0; a < p; a++) {
    let sum = 0;
    const row = a * n;
    for (let i = 0; i < n; i++) sum += projection[row + i]! * y[i]!;
    out[a] = sum;
  }
  return out;
}

/** Residuals y − X β into `out` (length n). */
export function residuals(fit: Fit, y: Float64Array, beta: Float64Array, out: Float64Array): Float64Array {
  const { n, p, design } = fit;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let b = 0; b < p; b++) fitted += design[i * p + b]! * beta[b]!;
    out[i] = y[i]! - fitted;
  }
  return out;
}

/**
 * The cluster-robust standard error of coefficient `column` (CR1: residuals summed within each
 * cluster, with the G/(G−1) · (n−1)/(n−p) small-sample factor). Days of one week share a cluster:
 * they are not independent (a rainy week, a local event), so treating them as such would make the
 * intervals far too narrow.
 */
export function clusteredError(fit: Fit, column: number, resid: Float64Array, cluster: Int32Array, clusters: number): number {
  const { n, p, projection } = fit;
  const sums = new Float64Array(clusters);
  const row = column * n;
  for (let i = 0; i < n; i++) sums[cluster[i]!] += projection[row + i]! * resid[i]!;
  let variance = 0;
  for (let g = 0; g < clusters; g++) variance += sums[g]! * sums[g]!;
  const correction = clusters > 1 && n > p ? (clusters / (clusters - 1)) * ((n - 1) / (n - p)) : 1;
  return Math.sqrt(variance * correction);
}

/** Inverse of a symmetric positive definite matrix by Cholesky; null when it is (nearly) singular. */
function invertSymmetric(matrix: Float64Array, p: number): Float64Array | null {
  const lower = new Float64Array(p * p);
  let largest = 0;
  for (let a = 0; a < p; a++) largest = Math.max(largest, Math.abs(matrix[a * p + a]!));
  const tolerance = largest * 1e-10;
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      let sum = matrix[a * p + b]!;
      for (let k = 0; k < b; k++) sum -= lower[a * p + k]! * lower[b * p + k]!;
      if (a === b) {
        if (!(sum > tolerance)) return null;
        lower[a * p + a] = Math.sqrt(sum);
      } else lower[a * p + b] = sum / lower[b * p + b]!;
    }
  }
  // Invert L, then (L^-1)' L^-1.
  const inverseLower = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    inverseLower[a * p + a] = 1 / lower[a * p + a]!;
    for (let b = 0; b < a; b++) {
      let sum = 0;
      for (let k = b; k < a; k++) sum -= lower[a * p + k]! * inverseLower[k * p + b]!;
      inverseLower[a * p + b] = sum / lower[a * p + a]!;
    }
  }
  const inverse = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      let sum = 0;
      for (let k = a; k < p; k++) sum += inverseLower[k * p + a]! * inverseLower[k * p + b]!;
      inverse[a * p + b] = sum;
      inverse[b * p + a] = sum;
    }
  }
  return inverse;
}
