import OtklikCore
import OtklikStore

/// The rating as a table for a file: the same figures as the page.
enum RatingTable {
    static let columns =
        [
            ReportColumn("Место", .integer), ReportColumn("Было место", .integer), ReportColumn("Орган", .text), ReportColumn("Балл", .decimal),
            ReportColumn("Обращений", .integer),
        ] + BodyRatings.measures.map { ReportColumn($0.title, $0.isShare ? .share : .decimal) }

    static func file(_ ratings: [BodyRating], request: SliceRequest, references: ReferenceData) -> ReportFile {
        ReportFile(
            name: "Рейтинг органов — \(request.from.iso)—\(request.to.iso)", columns: columns,
            rows: ratings.map { rating in
                [
                    ReportValue(rating.place.map(Double.init)), ReportValue(rating.previousPlace.map(Double.init)),
                    .text(references.bodyName(rating.bodyId) ?? rating.bodyId), ReportValue(rating.score.map { ($0 * 10).rounded() / 10 }),
                    .number(Double(rating.figures.appeals)),
                ] + BodyRatings.measures.map { ReportValue(rating.figures[$0]) }
            }
        )
    }
}
