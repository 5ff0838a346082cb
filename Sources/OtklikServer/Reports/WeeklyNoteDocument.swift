import Foundation
import Hummingbird
import OtklikCore

/// The weekly analytic note as a Word document (issue 7): the same sections and figures as its page, in
/// tables where the page has charts.
enum WeeklyNoteDocument {
    /// The note as a downloaded `.docx`.
    static func response(_ dashboard: Dashboard, notable: [NotableCase], labels: SliceLabels, week: ReportWeek, subject: String) throws -> Response {
        let data = try DOCXWriter.data(blocks(dashboard, notable: notable, labels: labels, week: week, subject: subject))
        return ReportFile.download(data, name: fileName(subject: subject, monday: week.monday), contentType: DOCXWriter.contentType)
    }

    /// «Аналитическая записка — город Таганрог — 2026-11-16.docx».
    static func fileName(subject: String, monday: LocalDate) -> String {
        "Аналитическая записка — \(subject) — \(monday.iso).docx"
    }

    static func blocks(_ dashboard: Dashboard, notable: [NotableCase], labels: SliceLabels, week: ReportWeek, subject: String) -> [WordBlock] {
        let before = ReportWeek(containing: week.monday.adding(days: -7)).title
        var blocks: [WordBlock] = [
            .heading("Аналитическая записка за неделю \(week.title)", level: 1),
            .paragraph("\(subject.prefix(1).uppercased() + subject.dropFirst()); сравнение с неделей \(before)"),
            .heading("Неделя в цифрах", level: 2),
            .table(
                header: ["Показатель", "Неделя", "Неделей раньше", "Изменение"],
                rows: dashboard.headlines.map { slice in
                    let measure = slice.request.measure
                    return [
                        measure.title, SliceFormat.value(slice.total, measure), SliceFormat.value(slice.previousTotal, measure),
                        SliceFormat.change(slice.total, from: slice.previousTotal, measure),
                    ]
                }
            ),
            .heading("Обращения по отраслевым блокам", level: 2),
        ]
        let byBlock = dashboard.byBlock.groups.sorted { ($0.value ?? 0, $1.row) > ($1.value ?? 0, $0.row) }.prefix(8)
        blocks.append(
            .table(
                header: ["Отраслевой блок", "Неделя", "Неделей раньше"],
                rows: byBlock.map { [labels.title(.block, $0.row), SliceFormat.value($0.value, .count), SliceFormat.value($0.previous, .count)] }
            )
        )
        func section(_ title: String, empty: String, header: [String], rows: [[String]], textColumns: Int = 1) {
            blocks.append(.heading(title, level: 2))
            blocks.append(rows.isEmpty ? .paragraph(empty) : .table(header: header, rows: rows, textColumns: textColumns))
        }
        section(
            "Растущие проблемы", empty: "Заметного роста за неделю нет.", header: ["Муниципалитет · блок", "Неделя", "Неделей раньше"],
            rows: dashboard.growing(limit: 10).map { group in
                [
                    "\(labels.title(.municipality, group.row)) · \(labels.title(.block, group.column ?? ""))", SliceFormat.value(group.value, .count),
                    SliceFormat.value(group.previous ?? 0, .count),
                ]
            }
        )
        section(
            "Всплески", empty: "Всплесков нет.", header: ["Где", "Обращений за неделю", "Обычная неделя"],
            rows: dashboard.spikes.map { spike in
                [
                    "\(labels.title(.municipality, spike.municipalityId)) · \(labels.title(.block, spike.blockId))", SliceFormat.grouped(spike.count),
                    SliceFormat.decimal(spike.baseline, digits: 1),
                ]
            }
        )
        section(
            "Органы с наибольшим числом просроченных", empty: "Просроченных обращений нет.", header: ["Орган", "Просрочено"],
            rows: dashboard.mostOverdue(limit: 10).map { [labels.title(.body, $0.row), SliceFormat.value($0.value, .overdue)] }
        )
        section(
            "Заметные случаи", empty: "Заметных случаев нет.", header: ["Номер", "Где", "Суть", "Почему", "Статус"],
            rows: notable.map { item in
                [
                    item.number, "\(labels.title(.municipality, item.municipalityId ?? "")) · \(labels.title(.block, item.blockId ?? ""))", item.summary,
                    item.reasons.joined(separator: "; "), item.status.title,
                ]
            }, textColumns: 5
        )
        return blocks
    }
}
