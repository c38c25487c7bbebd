package org.testbench.standards.reducer;

/**
 * Solves the small normal equations of the least squares fits here (a handful of unknowns) by
 * Cholesky decomposition, refusing systems the data leave singular.
 */
final class SymmetricSystem {

    /**
     * A pivot that has lost all but this fraction of its diagonal element means a column depends
     * on the others: the data cannot tell those parameters apart.
     */
    private static final double SINGULAR = 1e-12;

    private SymmetricSystem() {
    }

    /**
     * @param matrix the symmetric matrix A, row-major, size x size; left unchanged
     * @param right  the right-hand side b
     * @param size   the number of unknowns
     * @return x with A x = b, or null when A is singular or not positive definite
     */
    static double[] solve(double[] matrix, double[] right, int size) {
        double[] l = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i * size + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * size + k] * l[j * size + k];
                }
                if (i == j) {
                    if (!(sum > SINGULAR * matrix[i * size + i])) {
                        return null;
                    }
                    l[i * size + i] = Math.sqrt(sum);
                } else {
                    l[i * size + j] = sum / l[j * size + j];
                }
            }
        }
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = right[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * size + k] * y[k];
            }
            y[i] = sum / l[i * size + i];
        }
        double[] x = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) {
                sum -= l[k * size + i] * x[k];
            }
            x[i] = sum / l[i * size + i];
        }
        return x;
    }
}
