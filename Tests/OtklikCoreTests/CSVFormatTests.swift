import Foundation
import Testing

@testable import OtklikCore

@Suite("CSV as a Russian office opens it: BOM, semicolons, decimal comma, RFC 4180 quoting, no formulas")
struct CSVFormatTests {
    let columns = [
        ReportColumn("Орган", .text), ReportColumn("Обращений", .integer), ReportColumn("Доля в срок", .share),
        ReportColumn("Медиана, дней", .decimal), ReportColumn("Поступило", .date),
    ]

    @Test("the header marks a share in per cent; numbers have a decimal comma, days are ДД.ММ.ГГГГ, lines end with CRLF")
    func numbers() {
        #expect(CSVFormat.header(columns) == "Орган;Обращений;Доля в срок, %;Медиана, дней;Поступило\r\n")
        let row = CSVFormat.row([.text("Администрация"), .number(1234), .number(0.8771), .number(2.5), .date(LocalDate(iso: "2026-11-05")!)], columns)
        #expect(row == "Администрация;1234;87,7;2,5;05.11.2026\r\n")
        #expect(CSVFormat.row([.text("Без ответов"), .number(0), .empty, .empty, .empty], columns) == "Без ответов;0;;;\r\n")
    }

    @Test("a field with a semicolon, a quote, a line break or edge spaces is quoted, its quotes doubled")
    func quoting() {
        let text = [ReportColumn("Текст", .text)]
        #expect(CSVFormat.row([.text("ул. Садовая; д. 5")], text) == "\"ул. Садовая; д. 5\"\r\n")
        #expect(CSVFormat.row([.text("Сказали \"сделаем\"")], text) == "\"Сказали \"\"сделаем\"\"\"\r\n")
        #expect(CSVFormat.row([.text("две\nстроки")], text) == "\"две\nстроки\"\r\n")
        #expect(CSVFormat.row([.text(" отступ")], text) == "\" отступ\"\r\n")
    }

    @Test("a citizen's text that a spreadsheet would run as a formula gets an apostrophe before it")
    func noFormulas() {
        let text = [ReportColumn("Текст", .text)]
        for start in ["=", "+", "-", "@"] {
            #expect(CSVFormat.row([.text(start + "1+1")], text) == "'\(start)1+1\r\n")
        }
        #expect(CSVFormat.row([.text("1+1=2")], text) == "1+1=2\r\n")
        #expect(CSVFormat.row([.number(-5)], [ReportColumn("Изменение", .integer)]) == "-5\r\n")
    }
}
