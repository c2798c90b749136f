package ru.masterskaya.registry.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders a numeric cell as the text a person means by it, whatever its display format: a year
 * as 2010 (not 2010.0 or 2 010), a phone or a 12-digit ИНН in full (not 7,70123E+11), a date as
 * ДД.ММ.ГГГГ. Excel keeps 15 significant digits, so 0.1 + 0.2 reads as 0.3 here too.
 */
final class CellTextFormatter extends DataFormatter {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904Windowing);
            return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(moment) : DATE_TIME.format(moment);
        }
        return plain(value);
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
