package org.communitysafety.core.io.xlsx;

import java.io.IOException;

/**
 * The characters of shared-string text one sheet may expand to: {@value #BASE}, plus
 * {@value #RATIO} a byte of the sheet's XML, plus the shared strings themselves (each may be used
 * once). A cell that names a shared string costs some 25 bytes of XML, so ordinary text — even a
 * 200-character string repeated on every row — stays below it, while a small sheet that names one
 * huge string in many cells, a zip bomb in another form that would fill every report and rejects
 * file with copies, stops being read. Not thread-safe; one a sheet. Package-private.
 */
final class SharedTextBudget {
    static final long BASE = 256L << 10;
    static final long RATIO = 8;

    /** A sheet that expands past its budget. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    private final long budget;
    private long spent;

    /**
     * @param sheetBytes the size of the sheet's XML, or -1 when unknown
     * @param sharedStringBytes the bytes the workbook's shared strings take ({@link SharedStrings#byteCount()})
     */
    SharedTextBudget(long sheetBytes, long sharedStringBytes) {
        this.budget = BASE + RATIO * Math.max(0, sheetBytes) + sharedStringBytes;
    }

    /** {@code value}, counted against the budget. */
    String spend(String value) throws Exceeded {
        spent += value.length();
        if (spent > budget) {
            throw new Exceeded(String.format(java.util.Locale.ROOT, "the sheet's cells name more than %,d characters"
                    + " of shared text, %d times its own size and all the shared strings more: it looks built to"
                    + " amplify, like a zip bomb", budget, RATIO));
        }
        return value;
    }
}
