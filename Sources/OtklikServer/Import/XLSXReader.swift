import Foundation
import OtklikCore
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an Office Open XML workbook (SpreadsheetML, ECMA-376 Part 1 §18) as rows of
/// text, for the history import (issue 8: «bulk import of history from CSV/XLSX»): shared and inline strings,
/// numbers as written, a number in a date style as «ДД.ММ.ГГГГ ЧЧ:ММ» (the wall time Excel stores), gaps in a
/// row filled with empty cells. Nothing is evaluated: a formula's cached value is read like any other.
enum XLSXReader {
    /// The package's magic: a ZIP file (what tells an XLSX from a CSV).
    static func looksLikeWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    static func rows(_ data: Data) throws(ValidationFailure) -> [[String]] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            let strings = try part("xl/sharedStrings.xml", in: archive).map(SharedStrings.parse) ?? []
            let dateStyles = try part("xl/styles.xml", in: archive).map(DateStyles.parse) ?? []
            guard let sheet = try part(try firstSheetPath(archive), in: archive) else {
                throw ValidationFailure([FieldError(field: "file", message: "В книге нет листа")])
            }
            return try SheetRows.parse(sheet, strings: strings, dateStyles: dateStyles)
        } catch let failure as ValidationFailure {
            throw failure
        } catch {
            throw ValidationFailure([FieldError(field: "file", message: "Файл не читается как книга Excel (XLSX): \(error)")])
        }
    }

    private static func part(_ path: String, in archive: Archive) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// The first sheet of `xl/workbook.xml`, through its relationship; `xl/worksheets/sheet1.xml` when unnamed.
    private static func firstSheetPath(_ archive: Archive) throws -> String {
        guard let workbook = try part("xl/workbook.xml", in: archive), let relations = try part("xl/_rels/workbook.xml.rels", in: archive),
            let id = Elements.attributes(of: "sheet", in: workbook).first?["r:id"],
            let target = Elements.attributes(of: "Relationship", in: relations).first(where: { $0["Id"] == id })?["Target"]
        else { return "xl/worksheets/sheet1.xml" }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The attributes of every element of one name, in document order.
    private final class Elements: NSObject, XMLParserDelegate {
        let name: String
        var found: [[String: String]] = []

        init(_ name: String) { self.name = name }

        static func attributes(of name: String, in data: Data) -> [[String: String]] {
            let reader = Elements(name)
            let parser = XMLParser(data: data)
            parser.delegate = reader
            // A broken part finds nothing, and the caller falls back to the usual sheet.
            _ = parser.parse()
            return reader.found
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if element == name { found.append(attributes) }
        }
    }

    /// `sharedStrings.xml`: each `<si>`'s text, runs (`<r><t>`) joined, phonetic hints (`<rPh>`) left out.
    private final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0

        static func parse(_ data: Data) throws -> [String] {
            let reader = SharedStrings()
            let parser = XMLParser(data: data)
            parser.delegate = reader
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
            return reader.strings
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "si": current = ""
            case "rPh": phonetic += 1
            case "t": inText = phonetic == 0
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "si": strings.append(current)
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }
    }

    /// `styles.xml`: which cell formats (`cellXfs`, by index) show a number as a date — the built-in date
    /// formats (14–22, 45–47) and any custom one whose code has a day, month, year or hour outside quotes.
    private final class DateStyles: NSObject, XMLParserDelegate {
        static let builtIn: Set<Int> = Set(14...22).union(45...47)
        var customDates: Set<Int> = []
        var formats: [Int] = []
        var inCellFormats = false

        static func parse(_ data: Data) throws -> Set<Int> {
            let reader = DateStyles()
            let parser = XMLParser(data: data)
            parser.delegate = reader
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
            let dates = builtIn.union(reader.customDates)
            return Set(reader.formats.indices.filter { dates.contains(reader.formats[$0]) })
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDate(code) { customDates.insert(id) }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "cellXfs" { inCellFormats = false }
        }

        static func isDate(_ code: String) -> Bool {
            var quoted = false
            var bracket = false
            for character in code.lowercased() {
                switch character {
                case "\"": quoted.toggle()
                case "[": bracket = true
                case "]": bracket = false
                case "d", "m", "y", "h": if !quoted && !bracket { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// A worksheet's `<row>`s of `<c r="B2" t="s" s="3"><v>…</v></c>` (or `<is><t>…</t></is>` for an inline string).
    private final class SheetRows: NSObject, XMLParserDelegate {
        let strings: [String]
        let dateStyles: Set<Int>
        var rows: [[String]] = []
        var row: [String] = []
        var column = 0
        var type = ""
        var style = 0
        var value = ""
        var inValue = false
        var failure: String?

        init(strings: [String], dateStyles: Set<Int>) {
            self.strings = strings
            self.dateStyles = dateStyles
        }

        static func parse(_ data: Data, strings: [String], dateStyles: Set<Int>) throws -> [[String]] {
            let reader = SheetRows(strings: strings, dateStyles: dateStyles)
            let parser = XMLParser(data: data)
            parser.delegate = reader
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
            if let failure = reader.failure { throw ValidationFailure([FieldError(field: "file", message: failure)]) }
            return reader.rows
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "row":
                // Rows left out of the sheet are empty ones: kept, so a row's number is its line in the report.
                if let number = attributes["r"].flatMap(Int.init) { while rows.count < number - 1 { rows.append([]) } }
                row = []
            case "c":
                column = attributes["r"].flatMap(Self.column) ?? row.count
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
            case "v", "t": inValue = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inValue { value += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "v", "t": inValue = false
            case "c":
                while row.count < column { row.append("") }
                row.append(text())
            case "row": rows.append(row)
            default: break
            }
        }

        /// The cell's text by its type: a shared string by index, a boolean as ИСТИНА/ЛОЖЬ, a dated number as a date.
        private func text() -> String {
            switch type {
            case "s":
                guard let index = Int(value), strings.indices.contains(index) else {
                    failure = "Ячейка ссылается на строку \(value), которой нет в книге"
                    return ""
                }
                return strings[index]
            case "b": return value == "1" ? "ИСТИНА" : "ЛОЖЬ"
            case "n" where dateStyles.contains(style): return Double(value).map(Self.date) ?? value
            default: return value
            }
        }

        /// «B» of «B12» as 1.
        static func column(_ reference: String) -> Int? {
            let letters = reference.prefix { $0.isLetter }.uppercased()
            guard !letters.isEmpty else { return nil }
            return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        }

        /// An Excel serial date (days since 30.12.1899, the 1900 system) as the wall time it stands for.
        static func date(_ serial: Double) -> String {
            // Serials before 1900 are not dates a history holds; the day count starts at 1970-01-01 (serial 25569).
            let seconds = max(Int64((serial * 86_400).rounded()), 0)
            let day = LocalDate(dayNumber: seconds / 86_400 - 25_569)
            let rest = Int(seconds % 86_400)
            return day.russian + String(format: " %02d:%02d", rest / 3600, rest % 3600 / 60)
        }
    }
}
