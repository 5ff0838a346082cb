import Foundation
import Hummingbird
import OtklikCore

/// A table as a downloaded file: CSV (`CSVFormat`) or XLSX (`XLSXWriter`), named in Russian.
struct ReportFile {
    var name: String
    var columns: [ReportColumn]
    var rows: [[ReportValue]]

    func response(_ format: ExportFormat) throws -> Response {
        Self.download(try data(format), name: name + "." + format.rawValue, contentType: format.contentType)
    }

    /// Any generated file as a download under its Russian `name`, never cached.
    static func download(_ data: Data, name: String, contentType: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType, .contentDisposition: disposition(name), .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// The file's bytes.
    func data(_ format: ExportFormat) throws -> Data {
        switch format {
        case .csv:
            return Data((CSVFormat.byteOrderMark + CSVFormat.header(columns) + CSVFormat.rows(rows, columns)).utf8)
        case .xlsx:
            let writer = try XLSXWriter(columns: columns, widths: Self.widths(columns, rows))
            for row in rows { try writer.append(row) }
            let file = writer.directory.appendingPathComponent("book.xlsx")
            try writer.finish(to: file)
            return try Data(contentsOf: file)
        }
    }

    /// Each column as wide as its longest text (in characters), within 8…60.
    static func widths(_ columns: [ReportColumn], _ rows: [[ReportValue]]) -> [Int] {
        columns.indices.map { index in
            var widest = columns[index].title.count
            for row in rows.prefix(1000) where index < row.count {
                if case .text(let text) = row[index] { widest = max(widest, text.count) }
            }
            return min(max(widest + 2, 8), 60)
        }
    }

    /// An attachment with a Russian name: an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187).
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
