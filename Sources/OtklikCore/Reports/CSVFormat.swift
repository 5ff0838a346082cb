import Foundation

/// CSV as a Russian office opens it (issue 7): UTF-8 with a byte order mark (so Excel reads Cyrillic),
/// fields separated by semicolons and numbers with a decimal comma (the Russian locale's list separator and
/// decimal sign, so a double click opens numbers as numbers), lines ended by CRLF and fields quoted as
/// RFC 4180 says. A text starting with =, +, -, @, a tab or CR gets an apostrophe before it: citizens write
/// these texts, and a spreadsheet would run them as formulas (OWASP, "CSV Injection").
public enum CSVFormat {
    public static let byteOrderMark = "\u{FEFF}"
    public static let separator: Character = ";"

    /// The header line: the titles, a share's marked «, %».
    public static func header(_ columns: [ReportColumn]) -> String {
        line(columns.map { $0.kind == .share ? $0.title + ", %" : $0.title })
    }

    public static func row(_ values: [ReportValue], _ columns: [ReportColumn]) -> String {
        line(zip(values, columns).map { value, column in field(value, column.kind) })
    }

    /// Many rows, one after the other.
    public static func rows(_ rows: [[ReportValue]], _ columns: [ReportColumn]) -> String {
        rows.map { row($0, columns) }.joined()
    }

    static func field(_ value: ReportValue, _ kind: ReportColumn.Kind) -> String {
        switch value {
        case .empty: return ""
        case .date(let day): return day.russian
        case .text(let text):
            guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
            return "'" + text
        case .number(let number):
            switch kind {
            case .share: return decimal(number * 100, digits: 1)
            case .integer: return decimal(number, digits: 0)
            default:
                // Up to two decimals, without trailing zeros: 2,5 rather than 2,50.
                var text = decimal(number, digits: 2)
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(",") { text.removeLast() }
                return text
            }
        }
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.first == " " || field.last == " " else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number with a decimal comma and no grouping, rounded to `digits`.
    static func decimal(_ value: Double, digits: Int) -> String {
        let scale = [1.0, 10, 100][digits]
        let scaled = Int64((value * scale).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = String(scaled.magnitude / UInt64(scale))
        guard digits > 0 else { return sign + whole }
        let fraction = String(scaled.magnitude % UInt64(scale))
        return sign + whole + "," + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
