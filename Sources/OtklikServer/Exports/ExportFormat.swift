import OtklikCore

/// The files a table downloads as (issue 7): `format=csv` or `format=xlsx` beside a page's or the API's
/// own parameters.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv
    case xlsx

    var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

extension ExportFormat {
    /// The `format` parameter: nil for none or `json` (the page or the API's own answer).
    static func read(_ reader: inout QueryReader) -> ExportFormat? {
        guard let raw = reader.text("format"), raw != "json" else { return nil }
        if let format = ExportFormat(rawValue: raw) { return format }
        reader.errors.append(FieldError(field: "format", message: "Допустимые значения: json, csv, xlsx"))
        return nil
    }
}
