package jp.kyodo.transfer.rest;

/** Texts shared by the transfer operations' OpenAPI annotations. */
final class TransferDoc {

    static final String FILE = "The file, as an attachment";

    static final String DISPOSITION = "attachment; filename=\"<data set>-<yyyyMMdd>.<csv|xlsx>\" (date in Japan time)";

    static final String EXPORT = "取込と同じ形式 / the same format the import reads: row 1 holds the column keys "
            + "(headers=ja: the Japanese labels, which the import reads too) and coded values as codes (labels=ja: as their "
            + "Japanese labels, yes/no as はい/いいえ, which the import reads too), so an unchanged export imports back with every row UNCHANGED. CSV is UTF-8 with a byte order mark "
            + "(Excel then opens it as UTF-8), CRLF line ends and RFC 4180 quoting; a text value that starts with "
            + "= + - @ is written with a leading ' so that Excel does not run it as a formula (the import removes it). "
            + "An .xlsx has the rows on its first sheet (text as text, numbers, dates yyyy-mm-dd, TRUE/FALSE) and a "
            + "second sheet 項目説明 that explains each column. ";

    private TransferDoc() {
    }
}
