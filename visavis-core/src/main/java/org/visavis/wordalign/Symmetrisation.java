package org.visavis.wordalign;

/**
 * Grow-diag-final-and (Koehn et al. 2005): the links both directions agree on, grown with
 * neighbouring links of either direction that align a still unaligned word, then links of either
 * direction between two unaligned words. Matrices are {@code [m + 1][n + 1]}, row and column 0
 * unused (NULL).
 */
final class Symmetrisation {
    private static final int[][] NEIGHBOURS = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};

    private Symmetrisation() {
    }

    static boolean[][] growDiagFinalAnd(boolean[][] forward, boolean[][] backward, int m, int n) {
        boolean[][] a = new boolean[m + 1][n + 1];
        boolean[] sourceAligned = new boolean[m + 1];
        boolean[] targetAligned = new boolean[n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (forward[i][j] && backward[i][j]) {
                    a[i][j] = true;
                    sourceAligned[i] = true;
                    targetAligned[j] = true;
                }
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 1; i <= m; i++) {
                for (int j = 1; j <= n; j++) {
                    if (!a[i][j]) {
                        continue;
                    }
                    for (int[] d : NEIGHBOURS) {
                        int x = i + d[0];
                        int y = j + d[1];
                        if (x < 1 || y < 1 || x > m || y > n || a[x][y] || !(forward[x][y] || backward[x][y])) {
                            continue;
                        }
                        if (!sourceAligned[x] || !targetAligned[y]) {
                            a[x][y] = true;
                            sourceAligned[x] = true;
                            targetAligned[y] = true;
                            grown = true;
                        }
                    }
                }
            }
        }
        for (boolean[][] direction : new boolean[][][] {forward, backward}) {
            for (int i = 1; i <= m; i++) {
                for (int j = 1; j <= n; j++) {
                    if (direction[i][j] && !sourceAligned[i] && !targetAligned[j]) {
                        a[i][j] = true;
                        sourceAligned[i] = true;
                        targetAligned[j] = true;
                    }
                }
            }
        }
        return a;
    }
}
