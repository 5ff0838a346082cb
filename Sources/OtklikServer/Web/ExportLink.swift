/// A link downloading what a page shows as a file (issue 7), one per `ExportFormat`.
struct ExportLink {
    var title: String
    var link: String

    /// `path` with the page's own query and each format.
    static func all(_ path: String, query: String) -> [ExportLink] {
        ExportFormat.allCases.map { ExportLink(title: $0.rawValue.uppercased(), link: "\(path)?\(query.isEmpty ? "" : query + "&")format=\($0.rawValue)") }
    }
}
