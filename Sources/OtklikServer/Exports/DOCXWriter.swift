import Foundation

/// A Word document (ECMA-376 WordprocessingML) of headings, paragraphs and tables on A4 pages, packed with
/// `ZIPPackage` (issue 7: the weekly note «downloadable as DOCX»). Texts are escaped by `XMLText`;
/// nothing in them is ever markup.
enum DOCXWriter {
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// The document's file.
    static func data(_ blocks: [WordBlock]) throws -> Data {
        try ZIPPackage.data((parts + [("word/document.xml", document(blocks))]).map { ($0.0, Data($0.1.utf8)) })
    }

    static func document(_ blocks: [WordBlock]) -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                body += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(level)\"/></w:pPr>\(run(text))</w:p>"
            case .paragraph(let text):
                body += "<w:p>\(run(text))</w:p>"
            case .table(let header, let rows, let textColumns):
                body += table(header: header, rows: rows, textColumns: textColumns)
            }
        }
        // A4 portrait with 2 cm margins, in twentieths of a point.
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>\
            </w:body></w:document>
            """
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
    }

    static func table(header: [String], rows: [[String]], textColumns: Int) -> String {
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B0B8C4\""
        func cell(_ text: String, bold: Bool, numeric: Bool) -> String {
            "<w:tc><w:p>\(numeric ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : "")\(run(text, bold: bold))</w:p></w:tc>"
        }
        func row(_ texts: [String], header: Bool) -> String {
            "<w:tr>\(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")"
                + texts.enumerated().map { cell($1, bold: header, numeric: $0 >= textColumns) }.joined() + "</w:tr>"
        }
        return """
            <w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/>\
            <w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr>\
            \(row(header, header: true))\(rows.map { row($0, header: false) }.joined())</w:tbl><w:p/>
            """
    }

    /// The fixed parts: content types, relationships and the styles of the headings.
    static let parts: [(String, String)] = [
        (
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            </Types>
            """
        ),
        (
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """
        ),
        (
            "word/_rels/document.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        ),
        (
            "word/styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="PT Sans" w:hAnsi="PT Sans" w:cs="PT Sans"/><w:sz w:val="22"/>\
            <w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
            </w:styles>
            """
        ),
    ]
}
