package jp.kyodo.common.transfer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads a worksheet's XML with StAX, one row at a time, into a {@link Table.Builder}: the cell values as POI's
 * {@code XSSFSheetXMLHandler} gives them (shared and inline strings, booleans TRUE/FALSE, errors, numbers through the
 * cell's number format), without its costs per cell — an inline string no longer becomes an XMLBeans rich-text object,
 * which made reading a 10,000-row sheet of inline strings (what many tools write) several times slower than CSV.
 * Cells without a reference and elements outside the SpreadsheetML namespace are skipped, as that handler skips them.
 */
final class SheetStream {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private enum Type { NUMBER, BOOLEAN, ERROR, INLINE_STRING, SST_STRING, FORMULA }

    private final StylesTable styles;
    private final ReadOnlySharedStringsTable strings;
    private final DataFormatter formatter;
    private final Table.Builder table;

    private final StringBuilder value = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private boolean vOpen;
    private boolean isOpen;
    private int rowNum;
    private int nextRowNum;
    private Type type;
    private int formatIndex;
    private String formatString;
    private String cellRef;

    SheetStream(StylesTable styles, ReadOnlySharedStringsTable strings, DataFormatter formatter, Table.Builder table) {
        this.styles = styles;
        this.strings = strings;
        this.formatter = formatter;
        this.table = table;
    }

    /** Reads rows until the sheet ends or the table is over its cap. */
    void read(InputStream sheet) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(sheet);
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (NS.equals(r.getNamespaceURI())) {
                            start(r);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (NS.equals(r.getNamespaceURI()) && !end(r.getLocalName())) {
                            return;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (vOpen) {
                            value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions: nothing
                    }
                }
            }
        } finally {
            r.close();
        }
    }

    private boolean textTag(String name) {
        return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && isOpen);
    }

    private void start(XMLStreamReader r) {
        String name = r.getLocalName();
        if (textTag(name)) {
            vOpen = true;
            if (!isOpen) {
                value.setLength(0);
            }
        } else if ("is".equals(name)) {
            isOpen = true;
        } else if ("f".equals(name)) {
            if (type == Type.NUMBER) {
                type = Type.FORMULA;
            }
        } else if ("row".equals(name)) {
            String r0 = r.getAttributeValue(null, "r");
            rowNum = r0 != null ? Integer.parseInt(r0.trim()) - 1 : nextRowNum;
            cells.clear();
        } else if ("c".equals(name)) {
            type = Type.NUMBER;
            formatIndex = -1;
            formatString = null;
            cellRef = r.getAttributeValue(null, "r");
            String t = r.getAttributeValue(null, "t");
            String s = r.getAttributeValue(null, "s");
            if ("b".equals(t)) {
                type = Type.BOOLEAN;
            } else if ("e".equals(t)) {
                type = Type.ERROR;
            } else if ("inlineStr".equals(t)) {
                type = Type.INLINE_STRING;
            } else if ("s".equals(t)) {
                type = Type.SST_STRING;
            } else if ("str".equals(t)) {
                type = Type.FORMULA;
            } else {
                XSSFCellStyle style = null;
                if (styles != null) {
                    if (s != null) {
                        style = styles.getStyleAt(Integer.parseInt(s.trim()));
                    } else if (styles.getNumCellStyles() > 0) {
                        style = styles.getStyleAt(0);
                    }
                }
                if (style != null) {
                    formatIndex = style.getDataFormat();
                    formatString = style.getDataFormatString();
                    if (formatString == null) {
                        formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
                    }
                }
            }
        }
    }

    /** @return false to stop reading (the table is over its cap) */
    private boolean end(String name) {
        if (textTag(name)) {
            vOpen = false;
            if (!isOpen) {
                cell();
                value.setLength(0);
            }
        } else if ("is".equals(name)) {
            isOpen = false;
            cell();
            value.setLength(0);
        } else if ("row".equals(name)) {
            nextRowNum = rowNum + 1;
            return table.add(rowNum + 1, cells);
        }
        return true;
    }

    private void cell() {
        if (cellRef == null) {
            return;
        }
        String text = switch (type) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case FORMULA, NUMBER -> number(value.toString());
            case INLINE_STRING -> richText(value.toString());
            case SST_STRING -> shared(value.toString().trim());
        };
        if (text == null) {
            return;
        }
        int col = column(cellRef);
        while (cells.size() <= col) {
            cells.add(null);
        }
        cells.set(col, text);
    }

    /**
     * The column of a reference such as {@code B12}: read by hand, as POI's {@link CellReference} parses every one
     * with regular expressions (most of a sheet's reading time); anything else is left to it.
     */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        int digits = i;
        while (digits < n && ref.charAt(digits) >= '0' && ref.charAt(digits) <= '9') {
            digits++;
        }
        if (i == 0 || i > 3 || digits == i || digits != n) {
            return new CellReference(ref).getCol();
        }
        return col - 1;
    }

    private String number(String n) {
        if (formatString == null || n.isEmpty()) {
            return n;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(n.trim()), formatIndex, formatString);
        } catch (RuntimeException e) {
            return n;
        }
    }

    /** An inline string as POI reads it: only its {@code _xHHHH_} escapes need the rich-text decoding. */
    private static String richText(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }

    private String shared(String index) {
        if (index.isEmpty()) {
            return null;
        }
        try {
            return strings.getItemAt(Integer.parseInt(index)).getString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
