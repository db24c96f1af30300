package org.alpfaq.mirror;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two small texts (a repositories file is a few lines), by longest common subsequence. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    public static String diff(String oldText, String newText, String oldName, String newName) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // ops: ' ' keep, '-' delete, '+' insert, with indexes into a and b
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new int[] {' ', i++, j++});
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new int[] {'-', i++, j});
            } else {
                ops.add(new int[] {'+', i, j++});
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size()) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            if (out.length() == 0) {
                out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
            }
            int aStart = ops.get(start)[1];
            int bStart = ops.get(start)[2];
            int aLen = 0;
            int bLen = 0;
            StringBuilder hunk = new StringBuilder();
            for (int x = start; x < end; x++) {
                int[] op = ops.get(x);
                switch (op[0]) {
                    case ' ' -> {
                        hunk.append(' ').append(a.get(op[1])).append('\n');
                        aLen++;
                        bLen++;
                    }
                    case '-' -> {
                        hunk.append('-').append(a.get(op[1])).append('\n');
                        aLen++;
                    }
                    default -> {
                        hunk.append('+').append(b.get(op[2])).append('\n');
                        bLen++;
                    }
                }
            }
            out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }

    private static String range(int start, int len) {
        return (len == 0 ? start : start + 1) + "," + len;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        String[] parts = text.split("\n", -1);
        int count = text.endsWith("\n") ? parts.length - 1 : parts.length;
        for (int i = 0; i < count; i++) {
            out.add(parts[i]);
        }
        return out;
    }
}
