import Foundation
import OtklikCore

/// A workbook of one sheet (issue 7: exports), written row by row to a temporary file so a million rows
/// take no more memory than one buffer, then packed (`ZIPPackage`) into the parts of an Office Open
/// XML spreadsheet (ECMA-376): a bold shaded header frozen at the top, column widths, and number formats
/// by column kind (whole numbers grouped, shares in per cent, dates as ДД.ММ.ГГГГ). Texts are inline
/// strings: nothing in a cell is ever a formula.
final class XLSXWriter {
    /// Style indexes of `styles.xml`, by what a cell holds.
    enum Style: Int {
        case text = 0
        case header = 1
        case integer = 2
        case decimal = 3
        case share = 4
        case date = 5

        init(_ kind: ReportColumn.Kind) {
            switch kind {
            case .text: self = .text
            case .integer: self = .integer
            case .decimal: self = .decimal
            case .share: self = .share
            case .date: self = .date
            }
        }
    }

    let columns: [ReportColumn]
    let directory: URL
    private let sheet: FileHandle
    private var buffer = Data()
    private var rowNumber = 1
    private(set) var rows = 0

    init(columns: [ReportColumn], widths: [Int]) throws {
        self.columns = columns
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sheetURL = directory.appendingPathComponent("sheet1.xml")
        guard FileManager.default.createFile(atPath: sheetURL.path, contents: nil) else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: sheetURL.path]) }
        sheet = try FileHandle(forWritingTo: sheetURL)
        let cols = zip(columns.indices, widths).map { index, width in "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>" }
        write(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(cols.joined())</cols><sheetData>
            """
        )
        try append(row: columns.map { ReportValue.text($0.title) }, header: true)
    }

    deinit {
        try? sheet.close()
        try? FileManager.default.removeItem(at: directory)
    }

    func append(_ values: [ReportValue]) throws {
        try append(row: values, header: false)
        rows += 1
    }

    private func append(row values: [ReportValue], header: Bool) throws {
        var line = "<row r=\"\(rowNumber)\">"
        for (index, value) in values.enumerated() where index < columns.count {
            let reference = Self.columnName(index) + String(rowNumber)
            let style = header ? Style.header : Style(columns[index].kind)
            switch value {
            case .empty: continue
            case .text(let text):
                line += "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
            case .number(let number) where number.isFinite:
                line += "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(number)</v></c>"
            case .number:
                // Not a number or infinite: a spreadsheet has no such value, the cell stays empty.
                continue
            case .date(let day):
                // Spreadsheet day numbers count from 1899-12-30 (ECMA-376 Part 1, 18.17.4.1, the 1900 date system).
                line += "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(day.dayNumber - Self.epoch.dayNumber)</v></c>"
            }
        }
        write(line + "</row>")
        rowNumber += 1
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Finishes the sheet and packs the workbook into `destination`.
    func finish(to destination: URL) throws {
        write("</sheetData></worksheet>")
        try flush()
        try sheet.close()
        try ZIPPackage.write(
            Self.parts.map { ($0.0, Data($0.1.utf8)) }, files: [("xl/worksheets/sheet1.xml", directory.appendingPathComponent("sheet1.xml"))],
            to: destination
        )
    }

    private func write(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private func flush() throws {
        try sheet.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static let epoch = LocalDate(iso: "1899-12-30")!

    /// A, B, …, Z, AA, AB, …
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// The fixed parts of the package: content types, relationships, the workbook and its styles.
    static let parts: [(String, String)] = [
        (
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>
            """
        ),
        (
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """
        ),
        (
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Отклик" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        ),
        (
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        ),
        (
            "xl/styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFE7EEF8"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="6">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
            <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            </cellXfs></styleSheet>
            """
        ),
    ]
}
