/// The weekly notes as issued each Monday, the latest first, each with its document to download.
struct WeeklyArchiveView {
    struct Row {
        var week: String
        var subject: String
        var issuedAt: String
        var sha256: String
        var link: String
    }

    var chrome: PageChrome
    var rows: [Row]
    var hasRows: Bool
}
